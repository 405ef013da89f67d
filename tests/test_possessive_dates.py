"""A date in the possessive ("last year's operation", "last month's campaign") resolves like
the bare expression, so the act told during that time takes its date. Made-up sentences; the
last two run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.dates import parse_expression
from detente.records import Article

THU = dt.date(2024, 3, 14)  # a Thursday


def _parse(text):
    ref = parse_expression(text, 0, len(text), THU)
    return ref.kind, ref.value, ref.precision


@pytest.mark.parametrize("text, expected", [
    ("last year's", ("point", "2023", "year")),
    ("During last year's", ("point", "2023", "year")),
    ("last month's", ("point", "2024-02", "month")),
    ("Tuesday's", ("point", "2024-03-12", "day")),
])
def test_a_possessive_date_resolves_like_the_bare_one(text, expected):
    assert _parse(text) == expected


def test_a_decade_with_an_apostrophe_is_not_read_as_its_first_year():
    assert _parse("the 1990's")[1] != "1990"


def _dated(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=THU)]))
    return {e.event: e.date for e in result.events if e.date_basis == "text"}


@pytest.mark.model
def test_an_act_during_last_years_offensive_is_dated_last_year(analyzer):
    dated = _dated(analyzer, "During last year's offensive, the Kenyan air force bombed rebel "
                             "camps in the Gedo region.")
    assert dated.get("ASSAULT") == "2023"


@pytest.mark.model
def test_an_arrest_during_last_months_campaign_is_dated_last_month(analyzer):
    dated = _dated(analyzer, "Police arrested 40 opposition members during last month's "
                             "election campaign, the party said.")
    assert dated.get("COERCE") == "2024-02"
