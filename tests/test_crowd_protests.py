"""Crowd protests at home: aimed at the state of the place when the text names no target,
and told by "took place" as having happened. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 3, 5)


def _protests(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(tuple(sorted({a.code for a in e.actor if a.code})),
             tuple(sorted({r.code for r in e.recipient if r.code})), e.modality)
            for e in analysis.events if e.event == "PROTEST"]


@pytest.mark.model
@pytest.mark.parametrize("story, expected", [
    ("LUSAKA - Zambian teachers went on strike on Monday over unpaid salaries. Zambia's "
     "largest union said the strike would go on until the salaries are paid.",
     (("ZMB",), ("ZMB",), "asserted")),
    ("LA PAZ - Hundreds of Bolivian students rallied in La Paz on Tuesday against fuel price "
     "rises. Bolivia raised the price of diesel last week.", (("BOL",), ("BOL",), "asserted")),
])
def test_a_crowd_at_home_protests_against_its_state(analyzer, story, expected):
    assert expected in _protests(analyzer, story)


@pytest.mark.model
def test_a_crowd_abroad_keeps_no_guessed_target(analyzer):
    found = _protests(analyzer, "Hundreds of Eritreans protested in Stockholm on Saturday. "
                                "Swedish police said the march was peaceful.")
    assert found and all(recipient == () for _, recipient, _ in found)


@pytest.mark.model
def test_demonstrations_that_took_place_happened(analyzer):
    found = _protests(analyzer, "Opposition supporters marched in Quito on Monday. Similar "
                                "demonstrations took place in Guayaquil on Tuesday.")
    assert len(found) == 2


@pytest.mark.model
def test_a_protest_told_by_the_arrests_during_it_took_place(analyzer):
    found = _protests(analyzer, "QUITO - Police in Quito arrested dozens of people during a "
                                "demonstration against a new mining law on Saturday. "
                                "Ecuador's interior minister praised the officers.")
    assert found == [(("ECU",), ("ECU",), "asserted")]


@pytest.mark.model
def test_a_protest_called_for_is_no_protest_held(analyzer):
    found = _protests(analyzer, "BELGRADE - The opposition called for protests across Serbia "
                                "on Saturday. Serbia's president rejected the demand.")
    assert found == []
