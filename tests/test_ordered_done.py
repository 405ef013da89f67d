"""An act ordered done to someone (events/ordered_done.py): "a judge ordered the opposition
leader detained" is the judge's act done to the leader, dated by the order, however the
parser hangs the participle; "ordered troops to attack" stays the troops' act. Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2022, 12, 16)  # a Friday


def _sectors(parties):
    return sorted({p.sector for p in parties if p.sector})


@pytest.mark.model
@pytest.mark.parametrize("text, category, doer, patient, date", [
    ("Peru's president spoke on Friday. A Peruvian judge on Thursday ordered former "
     "President Pedro Castillo held in pretrial detention for 18 months.", "COERCE",
     "JUD", "PER", "2022-12-15"),
    ("Egypt's president spoke on Friday. An Egyptian court ordered the activist jailed for "
     "five years on Monday.", "COERCE", "JUD", "EGY", "2022-12-12"),
    ("Tunisia's president ordered the parliament speaker arrested on Tuesday, state media "
     "said.", "COERCE", "GOV", "TUN", "2022-12-13"),
    ("A Turkish court on Wednesday ordered 12 journalists released pending trial.",
     "RETREAT", "JUD", None, "2022-12-14"),
])
def test_an_act_ordered_done_is_the_orderers(analyzer, text, category, doer, patient, date):
    (event,) = events_in(analyzer, text, category, PUBLISHED)
    assert _sectors(event.actor) == [doer] and event.date == date
    assert codes(event.recipient) == ([patient] if patient else [])
    assert event.recipient


@pytest.mark.model
def test_troops_ordered_to_attack_do_the_attack(analyzer):
    text = "Sudan's army chief ordered troops to attack the rebel base on Monday."
    (event,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert _sectors(event.actor) == ["MIL"] and _sectors(event.recipient) == ["REB"]
