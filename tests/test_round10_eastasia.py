"""Round 10, East and Southeast Asia VOA stories: constructions seen in fresh stories and
fixed by rule. Every sentence here is made up for these tests (none comes from an
evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2024, 5, 10)


# --- state ships entering another state's waters: a show of force to that state ------------

@pytest.mark.model
@pytest.mark.parametrize("sentence, target", [
    # the adjective names whose waters
    ("Three Chinese coast guard vessels entered Philippine waters on Thursday.", "PHL"),
    # the possessive names them, read through the speaker
    ("Vietnam says two Chinese warships have entered its territorial waters.", "VNM"),
    # sailing through a named state's zone, as entering it
    ("Four Russian navy ships sailed through Japan's contiguous zone on Wednesday.", "JPN"),
])
def test_state_ships_entering_waters_are_a_show_of_force(analyzer, sentence, target):
    (event,) = events_in(analyzer, sentence, "MOBILIZE", PUBLISHED)
    assert event.mode == "weapons"
    assert codes(event.recipient) == [target]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a port is no claimed space, and a cargo ship no force
    "A cargo ship carrying grain entered the port of Odessa on Monday.",
    # migrants' and fishermen's boats show no state's force
    "A boat carrying migrants entered Italian waters on Sunday.",
    "Dozens of fishing vessels entered the bay before the storm.",
])
def test_other_ships_entering_are_no_force(analyzer, sentence):
    assert "MOBILIZE" not in told(analyzer, sentence, PUBLISHED)
