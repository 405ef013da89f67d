"""Forces set by a border are deployed against the neighbour (events/borders.py): "massed
troops on Ukraine's border", "deployed tanks along the frontier with Armenia"; forces moved
are deployed ("moved troops to its border with China", a sense of "move"), moving anything
else is no event. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


@pytest.mark.model
@pytest.mark.parametrize("text, neighbour", [
    ("Russia massed troops on Ukraine's border on Monday, NATO said.", "UKR"),
    ("India moved troops to its border with China on Monday, officials said.", "CHN"),
    ("Azerbaijan deployed tanks along the frontier with Armenia on Monday, Armenian "
     "officials said.", "ARM"),
])
def test_forces_by_a_border_are_aimed_at_the_neighbour(analyzer, text, neighbour):
    (event,) = events_in(analyzer, text, "MOBILIZE", PUBLISHED)
    assert codes(event.recipient) == [neighbour]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya moved its embassy to Jerusalem on Monday, officials said.",
    "Poland moved the summit to Warsaw on Monday, officials said.",
])
def test_other_things_moved_are_no_force(analyzer, text):
    assert not told(analyzer, text, PUBLISHED)
