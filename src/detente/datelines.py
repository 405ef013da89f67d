"""The dateline that opens a story: where it was filed from ("MOMBASA —", "SAN JOSE, COSTA
RICA —", "SEOUL, Nov. 1 (Yonhap) --"). One reader, shared by the sentence splitter (the lead
sentence starts after it), the story's setting (it counts for its place's country) and the
places stage (it places the lead event).

    dateline_match(text) -> re.Match | None
    dateline_place(text) -> str | None   (a bureau's dateline only, for the setting)
    body_start(match) -> int
"""

from __future__ import annotations

import re

#: "MOMBASA —", "SAN JOSE, COSTA RICA —", "Kabul, Afghanistan -", "KATHMANDU:", "KYIV, April 16
#: (Reuters) -", "CHISINAU, September 10. /TASS/.", "Dera Ismail Khan (Reuters) –": an
#: upper-case place name (or a title-case one of up to three capitalised words followed by a
#: spaced dash, "Tunis - Police fired", or by a comma or a wire agency's bracket; not "The main
#: rebel group, Forces for ... (FDD), insisted"), an
#: optional region after a comma, an optional date and an optional wire agency, then a dash or
#: a colon. A date or an agency may stand for the dash ("Lagos, June 3 (IANS) Police said").
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_AGENCY = r"\([A-Z][A-Za-z&-]{1,14}\)|/[A-Z]{2,12}/\.?"
_DASH = r"—|–|--| - |-(?=\s)"
_DATELINE = re.compile(
    r"\A\s*(?P<place>[A-Z][A-Z .'’/-]{1,40}?(?=\s*(?:[,(]|:\s|" + _DASH + r"))"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?= (?:—|–|-) )"
    r"|[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}(?=\s*(?:,|\s(?:" + _AGENCY + r")\s*(?:"
    + _DASH + r"))))"
    r"(?:,\s*(?!" + _MONTH + r"\s*\d)(?P<region>[A-Za-z][A-Za-z .'’-]{1,40}?)"
    r"(?=\s*(?:[,(]|" + _DASH + r")))?"
    r"(?:,?\s*(?P<date>" + _MONTH + r"\s*\d{1,2}\.?))?"
    r"\s*,?\s*(?P<agency>" + _AGENCY + r")?"
    r"\s*(?P<dash>" + _DASH + r"|:(?=\s))?\s*\S")


#: a second dash before the sentence ends: the first opened an aside, not a dateline
_ASIDE = re.compile(r"[^.!?\n]{1,150}?\s(?:—|–|--|-)\s")


def dateline_match(text: str) -> re.Match | None:
    """The dateline opening ``text`` (groups ``place``, ``region``, ``date``, ``agency``,
    ``dash``), else None."""
    match = _DATELINE.match(text[:120])
    if match is None or not (match.group("dash") or match.group("agency")
                             or match.group("date")):
        return None
    if not (match.group("place").isupper() or match.group("agency") or match.group("date")) \
            and _ASIDE.match(text, match.end() - 1):
        return None  # "Okonkwo — leader of the largest party — said": a name and an aside
    return match


def dateline_place(text: str) -> str | None:
    """The place of a dateline that opens ``text`` (the region after a comma if any), for the
    story's setting: a bureau's dateline only ("KABUL —"), not a wire's ("BANGKOK, May 2
    (Reuters) -", "NAIROBI:"), which as often heads a story from a neighbouring state."""
    m = dateline_match(text)
    if not m or m.group("date") or m.group("agency") or m.group("dash") in (None, ":"):
        return None
    place = (m.group("region") or m.group("place")).strip(" .")
    return place.title() if place.isupper() else place


def body_start(match: re.Match) -> int:
    """Where the story's text starts after the dateline ``match`` (its first character)."""
    return match.end() - 1
