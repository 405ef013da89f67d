"""Days counted from the day the story named last: "a day earlier", "the next day", "two days
later", "that same day".

News tells a sequence by anchoring each step on the one before ("Rebels attacked a police
post on Tuesday. A day earlier, troops had shelled their camp."). The date reader leaves
these expressions unresolved, since alone they name no day; here each one takes the nearest
day the text named before it (a point of day precision, within ``REACH`` characters), moved
by its offset. Farther back, or after a month or a year only, the anchor is too loose and the
expression stays unresolved. The phrases are in ``data/lexicon/time.yaml`` (``day_offsets``;
``week_offsets`` count whole weeks: "Two weeks earlier, ..." is 14 days before the day named).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from . import knowledge
from .records import DateRef

__all__ = ["anchor_days"]

_TIME = "lexicon/time.yaml"
#: how far back (characters, about three sentences) the day a relative expression counts
#: from may be named: farther back, the story has moved on to other times
REACH = 500
_NUMBERS = knowledge.table(_TIME, "number_words")
_SIGN = {"same": 0, "after": 1, "before": -1}


def _patterns() -> list[tuple[int, re.Pattern]]:
    """(signed days per count, pattern) per phrase of ``day_offsets`` and ``week_offsets``
    ("two weeks earlier": 14 days back); "N" stands for a number."""
    number = r"(?P<n>\d{1,2}|" + "|".join(sorted(map(re.escape, _NUMBERS), key=len,
                                                    reverse=True)) + ")"
    out = []
    for key, unit in (("day_offsets", 1), ("week_offsets", 7)):
        for direction, phrases in knowledge.table(_TIME, key).items():
            for phrase in phrases:
                body = re.escape(phrase).replace("N", number)
                out.append((_SIGN[direction] * unit, re.compile(r"(?:on\s+)?" + body)))
    return out


_PHRASES = _patterns()


def _offset(text: str) -> int | None:
    """The days ``text`` counts from the day before it, or None if it is no such phrase."""
    words = " ".join(text.lower().split())
    for sign, pattern in _PHRASES:
        match = pattern.fullmatch(words)
        if match is not None:
            count = match.groupdict().get("n")
            n = 1 if count is None else int(count) if count.isdigit() else int(_NUMBERS[count])
            return sign * n
    return None


def anchor_days(refs: list[DateRef]) -> list[DateRef]:
    """``refs`` (in text order) with each relative day resolved from the last day named
    before it (module docstring); the others unchanged."""
    out: list[DateRef] = []
    last: DateRef | None = None
    for ref in refs:
        if ref.kind == "unresolved":
            days = _offset(ref.text)
            if days is not None and last is not None and ref.start - last.end <= REACH:
                day = dt.date.fromisoformat(last.value) + dt.timedelta(days=days)
                ref = dataclasses.replace(ref, kind="point", value=day.isoformat(),
                                          precision="day")
        if ref.kind == "point" and ref.precision == "day" and ref.value:
            last = ref
        out.append(ref)
    return out
