"""States named only as the far side of a border: landmarks, not parties or settings.

"Militants attacked a camp near the border with Burkina Faso", "people from towns near the
India-Nepal border", "two soldiers were killed near the Afghan border": the state after a
border word says where the border runs. It is not the country the story happens in, not a
party to an act told in the phrase around it, and not the country of the unnamed people
placed near it. The border word itself may still be a party's object ("Pakistan closed its
border with Afghanistan": ``events/borders.py`` reads that), so a phrase that *is* the border
keeps its state; only a phrase that merely passes by a border ("camps near the X border")
drops it.

Public API:
    border_side(doc, start, end) -> int | None   the border word a state's words name a side of
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
