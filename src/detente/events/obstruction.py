"""Roads blocked and buildings barricaded by armed or state forces.

"Riot police blocked off the streets", "the government barricaded the election office",
"troops sealed the roads with barricades", "a contingent of police blocked the road to his
house": the words that, done by a crowd, tell an obstructing protest (PLOVER PROTEST, mode
obstruct) tell, done by the police, the army or the government, a restriction of movement
(COERCE, mode restrict). A crowd, a party or unnamed doers keep the protest reading.

The force nouns live in ``data/lexicon/events.yaml`` (``obstructing_forces``, and
``force_units`` for the bodies of them read through "of").
"""

from __future__ import annotations

from .lexicon import events_words

#: Lemmas of doers whose blocking is a restriction, not a protest ("police", "troops").
FORCES = events_words("obstructing_forces")
#: Nouns of a body of such forces ("a contingent of police").
UNITS = events_words("force_units")
#: Nouns of members of a force named by its modifier ("security forces", "security agents").
BODIES = events_words("force_bodies")


def _plain_force(tok) -> bool:
    """"police", "riot police", "security forces", "the government"."""
    if tok.lemma_.lower() in FORCES or tok.lower_ in FORCES:
        return True
    return tok.lower_ in BODIES and any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in FORCES for c in tok.children)


def is_force(tok) -> bool:
    """A force, or a unit of one read through its "of" ("a contingent of police")."""
    if _plain_force(tok):
        return True
    return tok.lemma_.lower() in UNITS and any(
        _plain_force(g) for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children if g.dep_ == "pobj")


def by_force(cand, roles) -> bool:
    """An obstruction (PROTEST, mode obstruct) whose doers are all armed or state forces."""
    if cand.event != "PROTEST" or cand.mode != "obstruct" or not roles.actor:
        return False
    return all(is_force(t) for t in roles.actor)


def restate(cand, roles) -> None:
    """Re-read a forces' obstruction as the restriction it is (in place)."""
    if by_force(cand, roles):
        cand.event, cand.mode = "COERCE", "restrict"
