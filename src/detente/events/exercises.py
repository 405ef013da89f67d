"""A military exercise held together is cooperation, not a show of force.

"Russian warships held naval drills with Chinese ships", "the Indonesian army conducted
exercises alongside Australian troops", "a Japanese destroyer joined Australian warships for
drills", "U.S. and South Korean forces began annual exercises": PLOVER codes joint military
games and manoeuvres as COOPERATE. The same nouns done by one side alone ("Chinese forces
staged drills around Taiwan") stay MOBILIZE. Read on the candidates, before the arguments:
the other party is a named state, people or body in a "with" phrase or the object of a verb
of joining, or the exercise's doers name two states; an exercise joined ("joined the drills")
is held with others by definition.
"""

from __future__ import annotations

from .lexicon import events_words
from .phrases import subject_of
from .triggers import lem

#: Nouns of a military exercise (lemmas).
EXERCISE_NOUNS = events_words("exercise_nouns")
#: Verbs whose object is the party joined for an exercise.
JOINING_VERBS = events_words("exercise_joining_verbs")
#: Prepositions naming the other party of an exercise.
PARTY_PREPS = events_words("exercise_party_preps")
#: Entity types that name a state, a people or a body.
_NATION_ENTS = frozenset({"GPE", "NORP"})
_PARTY_ENTS = _NATION_ENTS | {"ORG"}


def _names_party(tok) -> bool:
    """'Chinese ships', 'the Indian navy', 'Australia': the phrase names a state or body."""
    if tok.ent_type_ in _PARTY_ENTS:
        return True
    return any(c.dep_ in ("amod", "compound", "poss") and c.ent_type_ in _PARTY_ENTS
               for c in tok.children)


def _other_party(cand) -> bool:
    """A named party the exercise is held with or that was joined for it."""
    holders = [t for t in (cand.noun, cand.head) if t is not None]
    for h in holders:
        for p in h.children:
            if p.dep_ == "prep" and p.lower_ in PARTY_PREPS and any(
                    g.dep_ == "pobj" and _names_party(g) for g in p.children):
                return True
    verb = cand.head
    if lem(verb) not in JOINING_VERBS:
        return False
    # "joined the drills": an exercise others hold; "joined Japanese warships for drills"
    return any(c.dep_ == "dobj" and (c.i == cand.noun.i or _names_party(c))
               for c in verb.children)


def _two_states(cand) -> bool:
    """The doers' phrase names two states or peoples ('U.S. and South Korean forces')."""
    subj, _ = subject_of(cand.head)
    if subj is None:
        return False
    named = {t.lower_ for t in subj.subtree
             if t.ent_type_ in _NATION_ENTS and t.ent_iob_ == "B"}
    return len(named) >= 2


def joint(by_token: dict) -> None:
    """Make an exercise held with another party, or by two states' forces, COOPERATE."""
    for cand in by_token.values():
        if cand.dropped or cand.event != "MOBILIZE" or cand.noun is None:
            continue
        if lem(cand.noun) not in EXERCISE_NOUNS:
            continue
        if _other_party(cand) or _two_states(cand):
            cand.event, cand.mode = "COOPERATE", None
