"""States named only as the far side of a border: landmarks, not parties or settings.

"Militants attacked a camp near the border with Burkina Faso", "people from towns near the
India-Nepal border", "two soldiers were killed near the Afghan border": the state after a
border word says where the border runs. It is not the country the story happens in, not a
party to an act told in the phrase around it, and not the country of the unnamed people
placed near it. The border word itself may still be a party's object ("Pakistan closed its
border with Afghanistan": ``events/borders.py`` reads that), so a phrase that *is* the border
keeps its state; only a phrase that merely passes by a border ("camps near the X border")
drops it.

"Talks opened in Harbour Town, Zorvania": a state written after a town's name and a comma
only says which country the town is in. It is no party, and not one of "the two sides" a
later sentence counts back to (``place_country``).

Public API:
    border_side(doc, start, end) -> int | None   the border word a state's words name a side of
    place_country(doc, kb, start, end, code) -> bool   a state written as a town's country
    without_border_sides(doc, found, start, end) -> list   mentions of a phrase, landmarks out
    mark_border_sides(doc, mentions)   sets each mention's ``landmark``, for the setting
"""

from __future__ import annotations

from typing import Any

from . import knowledge, tree

#: nouns (lemmas) of a border ("border", "frontier"): one list with the border acts'
_BORDERS = knowledge.words("lexicon/events.yaml", "border_nouns")
#: prepositions that join a state to the border it lies on ("the border with X", "between")
_SIDE_PREPS = knowledge.words("lexicon/actors.yaml", "border_side_prepositions")
#: how a state's word hangs on the border word inside its name ("the Afghan border",
#: "Afghanistan's border", "the India-Nepal border": one side a compound of the other)
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "poss", "conj", "cc", "punct"})
#: steps from a state's word up to its border word: "the India - Nepal border" is two
_MAX_STEPS = 3
#: at most this many capitalised words make the town's name before "Town, State"
_PLACE_WORDS = 4
#: tokens after a state's name that make it the owner of what follows ("Zorvania's army")
_OWNING = frozenset({"'s", "’s", "'"})


def border_side(doc, start: int, end: int) -> int | None:
    """The index of the border word whose side the words at [start, end) name, or None."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    tok = span.root
    for child, head in tree.steps_up(tok, _MAX_STEPS):
        if child.dep_ == "pobj" and head.lower_ in _SIDE_PREPS:
            continue  # "the border with X": on to the border word over the preposition
        if child.dep_ == "prep" and child.lower_ in _SIDE_PREPS or child.dep_ in _NAME_DEPS:
            if head.lemma_.lower() in _BORDERS and not span.start <= head.i < span.end:
                return head.i
            continue
        return None
    return None


def place_country(doc, kb, start: int, end: int, code: str | None) -> bool:
    """Whether the state ``code`` written at [start, end) is the country of a town named just
    before it, "Town, State" ("met in Port Vale, Zorvania"): the town's name (the
    capitalised words before the comma) is a place the gazetteer puts in that same state. A
    state that owns what follows ("in Port Vale, Zorvania's army said") is a party again."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if code is None or span is None or not len(span) or span.start < 2:
        return False
    comma = span.start - 1
    if doc[comma].text != "," or (span.end < len(doc) and doc[span.end].text in _OWNING):
        return False
    first = comma
    while first > 0 and comma - first < _PLACE_WORDS and doc[first - 1].text[:1].isupper():
        first -= 1
    for i in range(first, comma):  # the longest name first: "Addis Ababa", then "Ababa"
        place = kb.place(doc[i:comma].text)
        if place is not None:
            return place.code == code
    return False


def without_border_sides(doc, found: list[Any], start: int, end: int) -> list[Any]:
    """``found`` (mentions of the phrase at [start, end)) without the states it names only
    as a border's side, when the border word is a modifier deep in the phrase ("towns near
    the India-Nepal border"), not the phrase's head ("the Afghan border")."""
    if len(found) < 2 or not doc.has_annotation("DEP"):
        return found
    whole = doc.char_span(start, end, alignment_mode="expand")
    if whole is None or not len(whole):
        return found
    root = whole.root.i
    kept = []
    for m in found:
        side = border_side(doc, m.start_char, m.end_char)
        if side is not None and side != root and whole.start <= side < whole.end:
            continue
        kept.append(m)
    return kept


def mark_border_sides(doc, mentions: list[Any]) -> None:
    """Set ``landmark`` on each of ``mentions`` (with ``start_char``, ``end_char``): whether
    it names a state only as a border's side, which then does not count for the setting."""
    for m in mentions:
        m.landmark = border_side(doc, m.start_char, m.end_char) is not None
