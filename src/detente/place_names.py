"""Names of places as news writes them and the parse mislabels them: a kind noun closing a
region's name ("Zamfara State", which the gazetteer knows as Zamfara) and a region the NER takes
for an organisation or a person ("Khyber Pakhtunkhwa" tagged ORG) where its words say it is a
place. Helpers of the place stage (``places.find_places``).

Public API:
    named_part(text, gazetteer) -> str            the name the gazetteer knows
    region_in_place(entry, text, start, end) -> bool  a region named where only a place stands
"""

from __future__ import annotations

import re

from . import knowledge
from .grounding import Entry, Gazetteer

__all__ = ["named_part", "region_in_place"]

_PLACES = "lexicon/places.yaml"
#: kind nouns that may close a region's name without being part of the gazetteer's name:
#: "Zamfara State", "Sagaing Region", "Rakhine state"
_NAME_SUFFIXES = knowledge.words(_PLACES, "name_suffix_nouns")


def named_part(text: str, gazetteer: Gazetteer) -> str:
    """The name in a mention the gazetteer knows only without its kind noun ("Zamfara
    State" -> "Zamfara"); the mention itself otherwise."""
    head, _, last = text.rpartition(" ")
    if head and last.lower() in _NAME_SUFFIXES and not gazetteer.candidates(text) and \
            gazetteer.candidates(head):
        return head
    return text


#: "in Pakistan's northern X", "in X": a region named where only a place can stand
_REGION_BEFORE = re.compile(r"(?:\b(?:in|at|near|across|throughout)|['’]s)\s+(?:the\s+)?"
                            r"(?:[a-z-]+\s+)?$")
_REGION_AFTER = re.compile(r"^\s*(?:\([A-Z]{2,6}\)\s*)?(?i:"
                           + "|".join(sorted(map(re.escape, _NAME_SUFFIXES))) + r")\b")


def region_in_place(entry: Entry | None, text: str, start: int, end: int) -> bool:
    """A region of the gazetteer the NER took for an organisation or a person
    ("Khyber Pakhtunkhwa" tagged ORG) where its words say it is a place: after "in" or a
    country's possessive, or before its kind noun ("X (KP) province")."""
    return entry is not None and entry.feature == "region" and bool(
        _REGION_BEFORE.search(text[max(0, start - 40):start])
        or _REGION_AFTER.match(text[end:end + 30]))
