"""Who withdraws or deploys troops that a noun names.

"Germany accelerated the withdrawal of troops from Mali", "the United States completed the
deployment of 3,000 soldiers to Poland": the noun's own phrase names no side ("troops"),
and with no doer the event would be coded to the place (Mali withdrawing from Mali). The
subject of the verb that carries the movement out, hastens, orders or halts it is its doer.
A verb of reaction ("critics slammed the withdrawal") names no doer and is not read.
"""

from __future__ import annotations

from .lexicon import category_set, events_words, particle_keys
from .phrases import phrase, subject_of
from .triggers import lem

#: Verbs (lemmas, phrasal with their particle) whose subject moves the troops.
PACE = events_words("movement_pace_verbs")
#: Categories of troop movements named by a noun.
MOVES = category_set("troop_movement_categories", "lexicon/events.yaml")


def _pace_key(verb) -> str | None:
    lemma = lem(verb)
    return next((k for k in particle_keys(verb, lemma) if k in PACE),
                lemma if lemma in PACE else None)


def mover(ctx, d) -> tuple:
    """The named side moving the troops of a noun event ``d`` with no doer of its own, from
    the subject of the verb it is the object of; () when there is none. Troops given the
    country they leave or enter, or where it happens ("the withdrawal of troops from Mali"
    read as Mali's), are no doer of their own."""
    if d.event not in MOVES or d.cand.kind != "noun":
        return ()
    noun = d.cand.noun if d.cand.noun is not None else d.cand.head
    if noun.dep_ != "dobj" or noun.head.pos_ != "VERB" or _pace_key(noun.head) is None:
        return ()  # the parse first: cheap, and it turns most drafts away
    codes = {a.code for a in d.actor if a.code}
    left = {r.code for r in d.recipient} | {a.code for a in left_country(ctx, d)}
    if d.location is not None:
        left.add(d.location.country)
    if codes and not codes <= left:
        return ()
    subj, passive = subject_of(noun.head)
    if subj is None or passive:
        return ()
    return tuple(a for a in ctx.actors.resolve(phrase(subj)) or () if a.code)


def left_country(ctx, d) -> tuple:
    """The named places of a noun withdrawal's "from" phrase ("the withdrawal of forces
    from Panama"): where the troops leave, the side the retreat is made to."""
    if d.event != "RETREAT" or d.cand.kind != "noun":
        return ()
    noun = d.cand.noun if d.cand.noun is not None else d.cand.head
    # "the withdrawal of forces from Panama": the parser may hang the place on the forces
    holders = [noun] + [g for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                        for g in p.children if g.dep_ == "pobj"]
    return tuple(a for h in holders for p in h.children
                 if p.dep_ == "prep" and p.lower_ == "from"
                 for g in p.children if g.dep_ == "pobj"
                 for a in ctx.actors.resolve(phrase(g)) or () if a.code)
