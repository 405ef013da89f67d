"""Doers the text leaves to the reader: who killed the fighters a state's force reports dead.

"The army said 20 rebels were killed in clashes": a passive of harm with no "by" phrase,
reported by a state's armed force, police or government about its armed foes, is that force's
own operation told from its side. The sectors come from ``reported_kills`` in
``data/lexicon/actors.yaml``: a speaker of the ``forces`` sectors, victims all of the ``foes``
sectors. Killed civilians are left alone: whoever reports them dead is no more their killer
than a witness is.

"Journalists were harassed while covering events and detained": small parsers hang the bare
participle "detained" on the gesture "covering", so it would lose the passive of the clause it
belongs to and make the journalists the ones who detained (``misplaced_passive``).
"""

from __future__ import annotations

from dataclasses import replace

from .. import knowledge, tree

_KILLS = knowledge.table("lexicon/actors.yaml", "reported_kills")
#: Sectors of the state's forces that report their own strikes ("the army said ..."), and
#: of the state's armed foes ("militants", "rebels"): data/lexicon/actors.yaml
FORCES = frozenset(_KILLS["forces"])
FOES = frozenset(_KILLS["foes"])
#: Sectors of the forces that make arrests: telling of a passive arrest makes them its doers
#: ("was detained, police said"); officials who tell it only report it
ARRESTING = frozenset(s.upper() for s in knowledge.words("lexicon/actors.yaml",
                                                          "arresting_sectors"))


def reporting_force(ctx, lex, cand, roles, recipient: tuple, speaker_actors: tuple) -> tuple:
    """The speaking state force as the doer of a harm its statement reports in the passive
    with no doer named, when every victim is an armed foe; else ()."""
    if roles.actor or not speaker_actors or not recipient or cand.kind != "verb":
        return ()
    if not lex.is_material_conflict(cand.event):
        return ()
    verb = cand.head
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return ()  # "the militants killed ...": the doer is named
    if not all(r.sector in FOES for r in recipient):
        return ()
    countries = ctx.actors.kb.countries
    if not all(s.code in countries and s.sector in FORCES for s in speaker_actors):
        return ()
    return speaker_actors


def telling_state(ctx, cand, speaker_actors: tuple, place_state: tuple) -> tuple:
    """"A journalist was detained in X, police said": the state force (police, army,
    intelligence) that tells of a coercion done in the passive with no doer is its doer, over
    the place, which the text does not name as the one who acted; a force with no country
    of its own is that of the place's state (``place_state``). Else ()."""
    if cand.event != "COERCE" or not speaker_actors or cand.kind != "verb":
        return ()
    if not any(c.dep_ == "auxpass" for c in cand.head.children):
        return ()
    if not all(s.sector in ARRESTING for s in speaker_actors):
        return ()
    countries = ctx.actors.kb.countries
    if all(s.code in countries for s in speaker_actors):
        return speaker_actors
    home = {a.code for a in place_state if a.code in countries}
    if len(home) == 1 and not any(s.code for s in speaker_actors):
        return tuple(replace(s, code=next(iter(home))) for s in speaker_actors)
    return ()


def misplaced_passive(verb) -> bool:
    """Whether ``verb``, a bare past participle (no auxiliary, no subject) coordinated with
    a gerund, really continues the passive clause that gerund hangs on ("were harassed while
    covering events and detained"): a participle is not coordinated with a gerund."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or head.tag_ != "VBG" or any(
            c.dep_ in ("aux", "nsubj") for c in verb.children):
        return False
    clause = head.head
    if head.dep_ not in ("advcl", "xcomp") or clause.i == head.i:
        return False
    # "were blocked or harassed while covering": the clause, or the verb it is a conjunct of
    return tree.is_passive(clause) or (clause.dep_ == "conj" and tree.is_passive(clause.head))
