"""Senses of "mass" (triggers.yaml): troops massed mobilize, and so does a state massing with
no troop word; people massed at a state's seat or a foreign mission, or with protest words,
protest; other crowds of people massed (refugees at a border crossing, fans at a stadium)
are no event. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Thousands of opposition supporters massed outside parliament in Tbilisi on Sunday, "
     "Georgian media said.", "PROTEST"),
    ("Russia massed troops on Ukraine's border on Monday, NATO said.", "MOBILIZE"),
    ("Russia has massed near Ukraine's border for weeks, NATO said on Monday.", "MOBILIZE"),
])
def test_massed_people_or_troops(analyzer, text, category):
    assert category in told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Thousands of refugees massed at the border crossing with Poland on Monday, Belarusian "
    "officials said.",
    "Fans massed outside the stadium in Lagos on Sunday, Nigerian police said.",
])
def test_other_crowds_massed_are_no_event(analyzer, text):
    assert not told(analyzer, text, PUBLISHED)
