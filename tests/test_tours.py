"""A visit to several states is one meeting in each (events/tours.py). Made-up sentences,
run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 10)


def _meetings(analyzer, text):
    (result,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(sorted(a.code for a in e.actor), sorted(r.code for r in e.recipient),
             e.location.name if e.location else None)
            for e in result.events if e.event == "CONSULT"]


@pytest.mark.model
def test_a_visit_to_two_states_is_a_meeting_in_each(analyzer):
    got = _meetings(analyzer, "French President Emmanuel Macron visited Kenya and Ethiopia "
                              "last week.")
    assert got == [(["FRA"], ["KEN"], "Kenya"), (["FRA"], ["ETH"], "Ethiopia")]


@pytest.mark.model
def test_each_stop_of_a_tour_has_its_own_record(analyzer):
    (result,) = analyzer.analyze([Article.make(
        "Chinese Premier Li Qiang will visit Canberra, Wellington and Kuala Lumpur next "
        "month.", published=PUBLISHED)])
    stops = [e for e in result.events if e.event == "CONSULT"]
    assert [e.location.name for e in stops] == ["Canberra", "Wellington", "Kuala Lumpur"]
    assert len({e.id for e in stops}) == 3


@pytest.mark.model
def test_meeting_two_states_in_one_city_stays_one_meeting(analyzer):
    got = _meetings(analyzer, "Macron met the leaders of Kenya and Ethiopia in Nairobi on "
                              "Monday.")
    assert got == [(["FRA"], ["ETH", "KEN"], "Nairobi")]
