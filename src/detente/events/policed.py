"""A crowd's protest told through what the police did to it, and whom a protest with no
named doer is aimed at.

"Police in Paris arrested dozens of people during a demonstration against the law",
"security forces dispersed a rally in Lima": the protest is told only as the scene of the
arrests, yet the arrests say it took place, there and then. Like a protest that is its
clause's subject ("a demonstration in Nairobi turned violent"), it is kept at a known place
with the people of that place as its doers. A protest coded to the people of its place and
naming no target is aimed at the state there (PLOVER codes a street protest against the
government of the place).
"""

from __future__ import annotations

from .lexicon import category_set, load_lexicon
from .parties import state_actor

#: Crowd acts kept, with no named doer, when a police act is done to them or during them.
POLICED = category_set("kept_when_policed")
#: The acts of the police that tell the crowd act took place.
POLICING = category_set("policing_acts")


def policed(d) -> bool:
    """A nominal crowd act at a known place that a police act (the verb the noun hangs on)
    is done to or during: "arrested dozens during a demonstration"."""
    cand = d.cand
    if d.event not in POLICED or cand.kind != "noun" or cand.predicate is None:
        return False
    if d.location is None or not d.location.country:
        return False
    lex = load_lexicon()
    entry = lex.verbs.get(lex.lemma(cand.predicate))
    return entry is not None and entry.event in POLICING


def home_target(ctx, d) -> tuple:
    """The recipient of a crowd act whose doers are the people of its place: the state of
    that place when no target is coded, else the recipient as it is."""
    if d.event not in POLICED or any(r.code for r in d.recipient):
        return d.recipient
    return (state_actor(ctx, d.location.country, "GOV"),)
