"""The dateline that opens a story: where it was filed from ("MOMBASA —", "SAN JOSE, COSTA
RICA —", "SEOUL, Nov. 1 (Yonhap) --"). One reader, shared by the sentence splitter (the lead
sentence starts after it), the story's setting (it counts for its place's country) and the
places stage (it places the lead event).

    dateline_match(text) -> re.Match | None
    dateline_place(text) -> str | None
"""

from __future__ import annotations

import re

#: "MOMBASA —", "SAN JOSE, COSTA RICA —", "Kabul, Afghanistan -": an upper-case (or title-case,
#: followed by a comma and a country) place name, then a dash, opening the article. A wire
#: service may add the day and itself before the dash, and may then end with a colon
#: ("SEOUL, Nov. 1 (Yonhap) --", "MIRANSHAH, Pakistan, July 18 (AFP):").
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z .'’-]{1,40}?|[A-Z][\w .'’-]{1,40}?(?=,))"
    r"(?:,\s*(?P<region>[A-Za-z .'’-]{2,40}?))?"
    r"(?:,?\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}))?"
    r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&-]{0,30})\))?"
    r"\s*(?P<sep>—|–|--| - |(?<=[)\d]):)\s*\S")


def dateline_match(text: str) -> re.Match | None:
    """The dateline opening ``text`` (groups ``place``, ``region``, ``day``, ``agency``;
    ``sep`` is the dash or colon that ends it), else None."""
    return _DATELINE.match(text[:120])


def dateline_place(text: str) -> str | None:
    """The place of a dateline that opens ``text`` (the region after a comma if any)."""
    m = dateline_match(text)
    if not m:
        return None
    place = (m.group("region") or m.group("place")).strip(" .")
    return place.title() if place.isupper() else place
