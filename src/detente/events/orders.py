"""Forces ordered to a place: "the president ordered troops to the border".

An order whose object is armed forces and whose "to" phrase names where they go, with no
infinitive of what they are to do there, is the orderer's deployment (PLOVER MOBILIZE,
troops). "Ordered troops to advance" stays with the infinitive (the sense table reads it
as the act the troops are told to do), and "ordered troops out of the city" is no move to
a place.
"""

from __future__ import annotations

from .lexicon import Entry, events_words

#: Verbs of command whose object, sent to a place, is deployed ("ordered", "commanded").
ORDERING = events_words("ordering_verbs")
#: Nouns (lemmas) of armed forces an order can send somewhere.
FORCES = events_words("ordered_forces")
#: Prepositions of the place forces are sent to.
SENDING_PREPS = events_words("sending_preps")


def ordered_move(key: str, entry: Entry | None, verb) -> Entry | None:
    """MOBILIZE troops for "ordered troops to the border", else ``entry``."""
    if entry is not None or key not in ORDERING or verb.pos_ != "VERB":
        return entry
    if any(c.dep_ in ("xcomp", "ccomp") for c in verb.children):
        return entry  # "ordered troops to advance": the act they are told to do
    forces = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in FORCES]
    if not forces:
        return entry
    to = [p for t in (verb, *forces) for p in t.children
          if p.dep_ == "prep" and p.lower_ in SENDING_PREPS and p.i > forces[0].i
          and any(g.dep_ == "pobj" for g in p.children)]
    return Entry("MOBILIZE", None, False) if to else entry  # the mode from its cue words
