"""A visit told by the journey alone: "Foreign Minister X has arrived in Hanoi", "X is
travelling to Norway and Finland this week", "X and Y are headed to Peru next week".

The journey verbs of ``journey_visit_keys`` are CONSULT/visit triggers (data/triggers.yaml),
but most people who arrive or travel make no visit: refugees arriving in a country, party
members arriving in a city. The journey is a visit only when a state's representative (an
actor of ``visitor_sectors`` with a country) goes abroad; the host is then the state of the
place the journey ends, not a party named elsewhere in the sentence. A journey told with a
trip noun ("arrived in Lima for a state visit") is no trigger (the senses of the keys in
data/triggers.yaml): the noun tells the visit (trips.py). Only a journey told as made or under
way counts: a planned one ("is due to travel to X on Tuesday") is most often told again by
what it is for ("is expected to discuss ... with X"), a future meeting that the article's
retellings do not fold into it, so it would be told twice.
"""

from __future__ import annotations

from .lexicon import events_words
from .parties import state_actor
from .phrases import phrase

#: Phrasal journey keys ("arrive in", "travel to") that tell a visit by themselves.
JOURNEY_KEYS = events_words("journey_visit_keys")
#: Sectors of a traveller who represents a state.
VISITOR_SECTORS = events_words("visitor_sectors")


def _ends(verb, prep_word: str) -> list[tuple[int, int]]:
    """Character ranges of the phrases named as where the journey ends: the object of its own
    preposition, conjuncts included, relative clauses cut off ("to New Delhi", "to Norway,
    Finland and the United States", not "to Kabul, where ...")."""
    return [(span.start_char, span.end_char)
            for p in verb.children if p.dep_ == "prep" and p.lower_ == prep_word
            for g in p.children if g.dep_ == "pobj" for span in (phrase(g),)]


def visit_parties(ctx, cand, actor: tuple, recipient: tuple) -> tuple | None:
    """(actor, recipient) of a candidate; for a journey key, None when the journey is no visit
    (not made, no state representative travelling, no host abroad), else the travellers and
    the states of the places they go to."""
    if cand.key not in JOURNEY_KEYS or cand.kind != "verb":
        return actor, recipient
    verb = cand.tokens[0]
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "she has not travelled to Cuba since 2019": no visit, no refusal
    homes = {a.code for a in actor if a.code and (a.sector or "").lower() in VISITOR_SECTORS}
    if not homes:
        return None
    hosts: list[str] = []
    for start, end in _ends(verb, cand.key.split()[-1]):
        for place in ctx.places_in(start, end):
            if place.country and place.country not in homes and place.country not in hosts:
                hosts.append(place.country)
    if not hosts:
        return None
    return actor, tuple(state_actor(ctx, code, "GOV") for code in hosts)


def planned(cand, modality: str) -> bool:
    """A journey key told as still to come, or as a mere possibility: no visit record."""
    return cand.key in JOURNEY_KEYS and cand.kind == "verb" and \
        modality not in ("asserted", "historical")
