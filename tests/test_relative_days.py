"""Days counted from the day the story named last (detente/relative_days.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article, DateRef
from detente.relative_days import anchor_days


def _ref(text, start, kind="unresolved", value=None, precision=None):
    return DateRef(text, start, start + len(text), kind, value, precision)


@pytest.mark.parametrize("text, expected", [
    ("A day earlier", "2025-03-10"), ("the next day", "2025-03-12"),
    ("Two days later", "2025-03-13"), ("on the same day", "2025-03-11"),
    ("3 days before", "2025-03-08"), ("The following morning", "2025-03-12"),
])
def test_a_relative_day_counts_from_the_day_named_before(text, expected):
    refs = anchor_days([_ref("on Tuesday", 10, "point", "2025-03-11", "day"), _ref(text, 60)])
    assert (refs[1].kind, refs[1].value, refs[1].precision) == ("point", expected, "day")


def test_no_day_named_close_before_leaves_it_unresolved():
    tuesday = _ref("on Tuesday", 10, "point", "2025-03-11", "day")
    far = anchor_days([tuesday, _ref("a day later", 900)])
    month = anchor_days([_ref("in March", 10, "point", "2025-03", "month"),
                         _ref("a day later", 40)])
    first = anchor_days([_ref("The next day", 0)])
    assert [r[-1].kind for r in (far, month, first)] == ["unresolved"] * 3


def test_other_phrases_are_left_alone():
    refs = anchor_days([_ref("on Tuesday", 10, "point", "2025-03-11", "day"),
                        _ref("the day before the vote", 40), _ref("later that week", 80)])
    assert [r.kind for r in refs[1:]] == ["unresolved", "unresolved"]


def test_a_resolved_relative_day_is_the_anchor_of_the_next():
    refs = anchor_days([_ref("on Tuesday", 10, "point", "2025-03-11", "day"),
                        _ref("the next day", 60), _ref("two days later", 120)])
    assert [r.value for r in refs] == ["2025-03-11", "2025-03-12", "2025-03-14"]


@pytest.mark.model
def test_an_act_told_a_day_earlier_is_dated_from_the_day_before(analyzer):
    text = ("Rebels attacked a police post in Kidal on Tuesday. A day earlier, troops shelled a "
            "rebel camp near Gao.")
    result = next(analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 14))]))
    assert [(e.evidence.trigger, e.date) for e in result.events] == [
        ("attacked", "2025-03-11"), ("shelled", "2025-03-10")]
