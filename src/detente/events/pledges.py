"""A commitment to a party's security is backing of that party, not a promise.

"The envoy expressed Washington's commitment to Taiwan's security", "Tokyo reaffirmed its
commitment to the sovereignty of the Philippines", "Britain remains committed to Estonia's
defence": PLOVER codes these as SUPPORT of the party whose security or sovereignty is named
(the recipient comes from the possessor, as for any SUPPORT); so is respect for it ("Beijing
respects Kazakhstan's sovereignty"), while respect for no one's ("we respect territorial
integrity") states a principle and is no event. A commitment to an act or a shared goal
("committed to open and fair trade", "a commitment to free navigation") names no party's own
good and stays AGREE.
"""

from __future__ import annotations

from .lexicon import PARTY_ENTS, events_words
from .triggers import lem

#: What a party has that others stand guard over (lemmas).
GUARDED_VALUES = events_words("guarded_values")
#: Prepositions through which a commitment names what it is to.
VALUE_PREPS = events_words("pledge_value_preps")
#: Verbs whose object is a guarded value respected ("respects Ukraine's sovereignty").
RESPECT_KEYS = events_words("respect_verbs")


def _owned(value) -> bool:
    """'Taiwan's security', 'the security of Taiwan', 'Ukrainian sovereignty': a named owner."""
    for c in value.children:
        if c.dep_ == "poss" and (c.ent_type_ in PARTY_ENTS or c.pos_ == "PROPN"):
            return True
        if c.dep_ in ("amod", "compound") and c.ent_type_ in ("GPE", "NORP"):
            return True
        if c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and (g.ent_type_ in PARTY_ENTS or g.pos_ == "PROPN")
                for g in c.children):
            return True
    return False


def _owned_value(values) -> bool:
    values = list(values)
    values += [c for v in values for c in v.children if c.dep_ == "conj"]
    return any(lem(v) in GUARDED_VALUES and _owned(v) for v in values)


def _guarded(holder) -> bool:
    """The commitment word's "to" phrase is a named party's security, sovereignty ..."""
    return any(_owned_value(g for g in p.children if g.dep_ == "pobj")
               for p in holder.children if p.dep_ == "prep" and p.lower_ in VALUE_PREPS)


def backing(by_token: dict) -> None:
    """Make a commitment (noun or verb) to a named party's security SUPPORT; drop respect
    shown to no one's ("we respect sovereignty": a principle, no party backed)."""
    for cand in by_token.values():
        if cand.dropped:
            continue
        if cand.event == "SUPPORT" and cand.key in RESPECT_KEYS:
            cand.dropped = not _owned_value(
                c for c in cand.head.children if c.dep_ in ("dobj", "nsubjpass"))
            continue
        if cand.event != "AGREE":
            continue
        holders = [t for t in (cand.noun, cand.head) if t is not None]
        if any(_guarded(h) for h in holders):
            cand.event, cand.mode = "SUPPORT", None
