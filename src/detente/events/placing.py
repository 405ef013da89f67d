"""The place an act's own words give it, as its category reads them.

A place after "on" or "against" is where an act of force lands ("strikes on X", "a raid on
X"), but what any other act aims at or is about: "called on X to withdraw", "sanctions on
X", "a Security Council meeting on X" happen wherever the callers, the sanctioning state or
the Council are (``placed_by_target`` and ``target_prepositions`` in
data/lexicon/places.yaml).
"""

from __future__ import annotations

from ..places import place_for
from .lexicon import category_set

__all__ = ["own_place"]

#: acts that happen where they land
PLACED_BY_TARGET = category_set("placed_by_target", "lexicon/places.yaml")


def own_place(ctx, cand):
    """The place tied to the candidate's trigger, read for its category, else None."""
    return place_for(ctx, cand.head, targets=cand.event in PLACED_BY_TARGET)
