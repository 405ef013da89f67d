"""An act "in central X" is placed in country X even where the NER mistags X after the compass
word (a person, a work of art): places.py _IN_X reads an optional compass word."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2024, 5, 15)


def _place(analyzer, text):
    (event,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    return event.location.name if event.location else None


@pytest.mark.model
def test_compass_part_of_a_country_is_the_country_not_the_dateline(analyzer):
    text = ("BAMAKO, Mali (AP) — Gunmen killed 20 villagers in central Mali on Sunday, local "
            "officials said.")
    assert _place(analyzer, text) == "Mali"


@pytest.mark.model
def test_compass_part_of_niger_is_niger(analyzer):
    text = ("NIAMEY, Niger (AP) — Gunmen killed 20 villagers in northern Niger on Sunday, local "
            "officials said.")
    assert _place(analyzer, text) == "Niger"


@pytest.mark.model
def test_town_named_after_a_compass_word_keeps_the_town(analyzer):
    # near miss: the town the act is at stays the place
    text = ("BEIRUT (AP) — An Israeli airstrike hit a house in the southern Lebanese town of "
            "Khiam on Monday, killing three people, Lebanese state media said.")
    assert _place(analyzer, text) == "Khiam"
