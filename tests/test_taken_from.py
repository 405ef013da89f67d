"""The side a place is taken from (events/taken_from.py): "recaptured the town of X from
the rebels" is done to the rebels, not to the town's state or its civilians; "from" after a
person object still says what the person is put out of. Every sentence is made up for these
tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def _sides(event):
    return codes(event.recipient), sorted({r.sector for r in event.recipient if r.sector})


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    ("Ethiopia's army said Wednesday its troops had recaptured the town of Lalibela from "
     "Tigrayan forces.", (["ETH"], ["REB"])),
    ("Rebels seized the town of Bunagana from Congolese troops on Monday, residents said.",
     (["COD"], ["MIL"])),
    ("Ukrainian forces recaptured the village of Robotyne from Russian troops, Kyiv said on "
     "Monday.", (["RUS"], ["MIL"])),
])
def test_a_place_taken_from_a_party_is_taken_from_that_party(analyzer, text, recipient):
    (event,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert _sides(event) == recipient


@pytest.mark.model
def test_a_person_put_out_of_a_place_is_still_the_recipient(analyzer):
    text = "Mali expelled the French ambassador from Bamako on Monday."
    (event,) = events_in(analyzer, text, "SANCTION", PUBLISHED)
    assert codes(event.recipient) == ["FRA"]


@pytest.mark.model
def test_things_seized_from_people_keep_their_reading(analyzer):
    text = "Police seized weapons from the suspects in Lagos on Monday, Nigerian officials said."
    (event,) = events_in(analyzer, text, "COERCE", PUBLISHED)
    assert codes(event.recipient) == ["NGA"]
