"""The place an act of force is done to (events/targets.py) is where it happened, and a city
as its object stands for its country's side. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article


def _one(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2024, 2, 12))])
    (event,) = [e for e in analysis.events if e.event == category]
    return event


@pytest.mark.model
@pytest.mark.parametrize("text, category, place, recipient", [
    ("Russian forces shelled Kharkiv overnight.", "ASSAULT", "Kharkiv", "UKR"),
    ("Rebels seized the town of Bunia on Sunday.", "ASSAULT", "Bunia", "COD"),
    ("Israeli jets bombed Beirut's southern suburbs.", "ASSAULT", "Beirut", "LBN"),
])
def test_the_object_place_of_an_act_of_force_is_where_it_happened(analyzer, text, category,
                                                                    place, recipient):
    event = _one(analyzer, text, category)
    assert event.location is not None and event.location.name == place
    assert recipient in {r.code for r in event.recipient}


@pytest.mark.model
def test_a_country_possessing_the_object_is_not_the_place(analyzer):
    event = _one(analyzer, "French police detained Iran's ambassador on Monday.", "COERCE")
    assert event.location is None or event.location.country != "IRN"
