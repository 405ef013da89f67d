"""An act with no date of its own told as part of an event named as already told ("killed in
the attack") takes that event's date; an act in an event not told before ("in an attack") does
not. Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday
LEAD = "Officials said Friday that 12 people lost their lives in Tuesday's ambush on a bus. "


def _assaults(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.date if e.date_basis == "text" else None, e.evidence.sentence.split()[0])
            for e in result.events if e.event == "ASSAULT"]


@pytest.mark.model
def test_an_act_told_in_the_attack_told_before_takes_its_date(analyzer):
    got = _assaults(analyzer, LEAD + "Two soldiers were also killed in the attack by militants.")
    assert got == [("2025-03-11", "Two")]


@pytest.mark.model
def test_an_act_in_an_attack_not_told_before_keeps_no_date(analyzer):
    got = _assaults(analyzer, LEAD + "Two soldiers were also killed in an attack by militants.")
    assert got == [(None, "Two")]


def _threats(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [e.date if e.date_basis == "text" else None
            for e in result.events if e.event == "THREATEN"]


STATEMENT = ("Foreign Minister Sameh Shoukry issued a statement Tuesday saying Cairo was deeply "
             "disappointed by the Ethiopian move. ")


@pytest.mark.model
def test_the_statement_told_before_dates_what_it_does(analyzer):
    got = _threats(analyzer, STATEMENT + "The statement threatened sanctions against Ethiopia.")
    assert got == ["2025-03-11"]


@pytest.mark.model
def test_a_statement_not_told_before_is_not_dated_by_another(analyzer):
    got = _threats(analyzer, STATEMENT + "A separate statement by Egypt threatened sanctions against Ethiopia.")
    assert got == [None]
