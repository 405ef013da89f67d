"""Dates an act takes from the frame its clause sits in, and a "since" date it must not take
(events/timeframe.py). Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _dates(analyzer, text, category):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.evidence.trigger, e.date if e.date_basis == "text" else None)
            for e in result.events if e.event == category]


@pytest.mark.model
def test_a_gerund_after_before_shares_the_time_of_its_verb(analyzer):
    text = "In July 2020, the Haitian gang leader escaped his prison cell before being caught by guards."
    assert _dates(analyzer, text, "COERCE") == [("caught", "2020-07")]


@pytest.mark.model
def test_a_gerund_after_after_shares_the_time_of_its_verb(analyzer):
    text = "Nigerian soldiers raided the village Thursday after arresting two rebel commanders."
    assert _dates(analyzer, text, "COERCE") == [("arresting", "2025-03-13")]


@pytest.mark.model
def test_a_when_clause_on_a_date_dates_its_acts(analyzer):
    text = ("The worst came in March, when Nigerian soldiers raided the village and detained "
            "30 men.")
    assert _dates(analyzer, text, "COERCE") == [("detained", "2025-03")]


@pytest.mark.model
def test_a_date_inside_a_since_phrase_does_not_date_the_tally(analyzer):
    text = "Since taking office in 2022, the Kenyan president has arrested dozens of opposition leaders."
    assert _dates(analyzer, text, "COERCE") == [("arrested", None)]


@pytest.mark.model
def test_a_participle_on_the_statement_dates_the_saying(analyzer):
    text = ("\"We will not back down,\" Kenya's interior minister added in a statement emailed "
            "to reporters on Wednesday.")
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    assert [(q.text, q.date) for q in result.quotes] == [("We will not back down", "2025-03-12")]
