"""Disaster reports in the words of blame and violence (issue 9, round 7, false events):
nature judged blames no one (candidates._natural_subject), and a toll in a "with" phrase on a
disaster is nature's (no_force.nature_toll). Made-up sentences through the real model; each
case has a twin where the act is told."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2025, 9, 2)


def _told(analyzer, text) -> set[str]:
    return told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    ("Peru's president said the earthquake was the worst disaster in the nation's history.",
     "ACCUSE", False),
    ("Peru's president said Chile's decision was a disaster for the region.", "ACCUSE", True),
    ("Floods swept the Indus valley on Monday, with 40 Pakistani villagers killed.",
     "ASSAULT", False),
    ("Pakistani officials said the cyclone was the strongest in decades, with hundreds "
     "dead and wounded.", "ASSAULT", False),
    ("Taliban fighters stormed a Pakistani police post on Monday, with 40 officers killed.",
     "ASSAULT", True),
])
def test_disaster_words(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told
