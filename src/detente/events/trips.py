"""A visit told as the purpose or state of a journey: "X arrived in Lima for a state visit",
"X is on an official visit to Uganda", "X flew to Moscow for talks with Y".

The visit noun has no doer of its own; the one who travels (the subject of the verb the
"for/on" phrase hangs on) is the visitor. The host is what the noun names ("a visit to
Uganda", "talks with Y") or, failing that, the place the journey ends ("arrived in Lima").
Only verbs of going, arriving and being away count: "prepared for a visit", "asked for
talks" tell no journey (word lists in data/lexicon/events.yaml).
"""

from __future__ import annotations

from .lexicon import events_words
from .phrases import subject_of

#: Verbs (lemmas) of a journey whose "for/on" phrase is the trip's purpose or state.
JOURNEY_VERBS = events_words("journey_verbs")
#: Prepositions that tie a trip noun to such a verb ("for a visit", "on a visit").
TRIP_PREPS = events_words("trip_preps")
#: Prepositions by which the journey verb names where it ends ("arrived in", "flew to").
DESTINATION_PREPS = events_words("destination_preps")
#: Nouns (lemmas) of meetings that a journey can be for.
TRIP_NOUNS = events_words("trip_nouns")
#: Nouns (lemmas) by which a visit names its host as a place ("a visit to the country").
PLACE_NOUNS = events_words("trip_place_nouns")
#: Entity types of a destination.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def journey(noun):
    """The journey verb a trip noun hangs on through "for/on" ("arrived ... for a visit"),
    or None."""
    if noun.lemma_.lower() not in TRIP_NOUNS:
        return None
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in TRIP_PREPS:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in JOURNEY_VERBS:
        return None
    return verb


def trip_roles(noun, cand, roles) -> None:
    """Fill the visitor (and the host where the noun names none) of a trip noun hanging on a
    journey verb; leave ``roles`` alone otherwise."""
    verb = journey(noun) if not roles.actor and cand.kind == "noun" else None
    if verb is None:
        return
    subj, passive = subject_of(verb)
    if subj is None or passive:
        return
    roles.actor = [subj]
    ends = [g for p in verb.children
            if p.dep_ == "prep" and p.lower_ in DESTINATION_PREPS and p.i < noun.i
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ in _PLACES]
    if ends and all(t.lemma_.lower() in PLACE_NOUNS for t in roles.recipient):
        # "arrived in Asmara for a visit to the country": the named place is the country meant
        roles.recipient = ends
