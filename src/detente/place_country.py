"""The country of a place the gazetteer cannot give one to ("the village of X", "Y village",
"at the Z market"): that of a place named beside it in its sentence, else the country the
story has named most before that sentence. Helpers of the place stage (``places``).

A sentence here ends at a full stop or at a line break, whichever comes first: a paragraph
that ends without a space after its stop ("... took place in July.\\n\\nX said ... in South
Africa") does not run on into the next one.

Public API:
    entry_place(text, start, end, entry) -> Place      a mention read as a gazetteer entry
    salient_country(before, gazetteer) -> Place | None  the country named most in ``before``
    nearest_country(named, at, text) -> str | None     of the sentence's nearest named place
    next_country(named, at, text) -> str | None        of the next named place in the sentence
    story_country(named, at, text, gazetteer) -> str | None  named most before the sentence
"""

from __future__ import annotations

import re

from .grounding import Entry, Gazetteer
from .records import Place

__all__ = ["entry_place", "nearest_country", "next_country", "salient_country",
           "story_country"]

#: where a sentence (or a paragraph's last one) ends
_SENTENCE_END = re.compile(r"\.\s|\n")


def entry_place(text: str, start: int, end: int, entry: Entry) -> Place:
    return Place(text, start, end, entry.name, entry.country, entry.lat, entry.lon,
                 entry.geonameid, entry.feature)


def _sentence_around(text: str, at: int) -> tuple[int, int]:
    """(start, end) of the sentence holding the offset ``at``."""
    begin = max(text.rfind(". ", 0, at), text.rfind("\n", 0, at)) + 1
    m = _SENTENCE_END.search(text, at)
    return begin, m.start() if m else len(text)


def salient_country(before: list[Place], gazetteer: Gazetteer, latest: bool = True
                    ) -> Place | None:
    """The country named most often (as a country or through its places) in ``before``; among
    equals the later named (``latest``: what "the country" refers back to), else the first
    (the story's own, which its lead names: "KIGALI — ... the border with Burundi")."""
    count: dict[str, int] = {}
    last: dict[str, int] = {}
    first: dict[str, int] = {}
    for place in before:
        if place.country:
            count[place.country] = count.get(place.country, 0) + 1
            last[place.country] = place.start
            first.setdefault(place.country, -place.start)
    if not count:
        return None
    best = max(count, key=lambda c: (count[c], last[c] if latest else first[c]))
    entry = gazetteer.countries.get(best)
    return entry_place(entry.name, last[best], last[best], entry) if entry is not None else None


def nearest_country(named: list[Place], at: int, text: str) -> str | None:
    """The country of the named place of the sentence around ``at`` nearest to it."""
    begin, stop = _sentence_around(text, at)
    near = [p for p in named if begin <= p.start < stop and p.country]
    return min(near, key=lambda p: abs(p.start - at)).country if near else None


def next_country(named: list[Place], at: int, text: str) -> str | None:
    """The country of the next named place in the same sentence ("the town of X, near Y")."""
    stop = _sentence_around(text, at)[1]
    return next((p.country for p in named if at <= p.start < stop and p.country), None)


def story_country(named: list[Place], at: int, text: str, gazetteer: Gazetteer) -> str | None:
    """The country the text has named most before the sentence of ``at``: a village in a story
    about Nepal is in Nepal (not in Britain, of "the Britain-based monitor" beside it)."""
    begin = _sentence_around(text, at)[0]
    story = salient_country([p for p in named if p.end <= begin], gazetteer, latest=False)
    return story.country if story is not None else None
