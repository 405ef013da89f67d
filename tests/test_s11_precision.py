"""Statements that describe rather than tell an act (events/nonevents.py), and the acts told
beside them. Every sentence is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes as _codes, events_in

PUBLISHED = dt.date(2025, 6, 4)


def _events(analyzer, text, category):
    return events_in(analyzer, text, category, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Moldovan border guards, backed by Romanian police, patrolled the river crossing on "
     "Tuesday.", "SUPPORT"),
    ("Finland froze a road project, also financed by Latvia.", "AID"),
])
def test_a_participle_with_its_doer_on_a_noun_describes_the_noun(analyzer, text, category):
    assert _events(analyzer, text, category) == []


@pytest.mark.model
def test_backing_told_in_a_clause_of_its_own_stays(analyzer):
    (event,) = _events(analyzer, "Romania backed Moldova's bid on Tuesday, its foreign "
                                 "minister said.", "SUPPORT")
    assert _codes(event.actor) == ["ROU"]
    assert _codes(event.recipient) == ["MDA"]
    assert event.modality == "asserted"
    assert event.date == "2025-06-03"
