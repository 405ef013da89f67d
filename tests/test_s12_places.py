"""Places and dates (session 12): a place name the parser hangs on the bare day after it
("gathered in Lagos Thursday"), crowds in the streets of a city ("took to the streets of X"),
and an attempted act dated with the clause that tries it ("as protesters tried to storm X").
Made-up sentences; the model-marked tests run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2025, 3, 8)  # a Saturday


def _place(event):
    return event.location.name if event.location is not None else None


@pytest.mark.model
def test_a_place_before_a_bare_day_is_the_venue(analyzer):
    (found,) = events_in(analyzer, "Hundreds of farmers gathered in Lagos Thursday to demand "
                         "lower fuel prices.", "PROTEST", PUBLISHED)
    assert _place(found) == "Lagos"
    assert found.date == "2025-03-06"


@pytest.mark.model
def test_a_crowd_in_the_streets_of_a_city_is_in_that_city(analyzer):
    (found,) = events_in(analyzer, "Riot police clashed with students in the streets of "
                         "Khartoum on Sunday.", "ASSAULT", PUBLISHED)
    assert _place(found) == "Khartoum"


@pytest.mark.model
def test_taking_to_the_streets_of_a_city_is_no_destination(analyzer):
    (found,) = events_in(analyzer, "Teachers took to the streets of Tbilisi on Monday to "
                         "protest against the pension reform.", "PROTEST", PUBLISHED)
    assert _place(found) == "Tbilisi"


@pytest.mark.model
def test_a_destination_is_still_no_venue(analyzer):
    found = events_in(analyzer, "The refugees were deported to Georgia last week.", "COERCE",
                      PUBLISHED)
    assert found and all(_place(e) is None for e in found)


@pytest.mark.model
def test_an_attempted_act_takes_the_date_of_the_clause_it_is_tried_in(analyzer):
    (found,) = events_in(analyzer, "Police fired tear gas on Monday as protesters tried to "
                         "storm the parliament building.", "ASSAULT", PUBLISHED)
    assert found.evidence.trigger == "storm"
    assert found.date == "2025-03-03"
