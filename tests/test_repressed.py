"""A state force's act at home is used on the people it names or the crowd told before, never
on the state itself (events/repressed.py)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2015, 1, 10)


def _sectors(event):
    return {(r.code, r.sector) for r in event.recipient}


def _force(analyzer, text):
    """The COERCE and ASSAULT events of ``text``."""
    return events_in(analyzer, text, "COERCE", PUBLISHED) + events_in(
        analyzer, text, "ASSAULT", PUBLISHED)


def _by_verb(events, word):
    found = [e for e in events if word in e.evidence.sentence]
    assert found, [e.evidence.sentence for e in events]
    return found[0]


@pytest.mark.model
def test_people_fired_at_receive_the_act(analyzer):
    text = ("DHAKA, Bangladesh — Police fired tear gas and rubber bullets at the protesters "
            "on Saturday.")
    (event,) = _force(analyzer, text)
    assert _sectors(event) == {("BGD", "CVL")}


@pytest.mark.model
def test_crowd_told_before_receives_a_force_act_with_no_object(analyzer):
    text = ("KAMPALA, Uganda — Thousands of opposition supporters marched through Kampala on "
            "Tuesday. Police fired tear gas and live bullets.")
    event = _by_verb(_force(analyzer, text), "Police fired")
    assert _sectors(event) == {("UGA", "CVL")}


@pytest.mark.model
def test_crackdown_on_demonstrators(analyzer):
    text = ("KAMPALA, Uganda — Soldiers cracked down on the demonstrators near the parliament "
            "on Tuesday.")
    (event,) = _force(analyzer, text)
    assert ("UGA", "GOV") not in _sectors(event)
    assert ("UGA", "CVL") in _sectors(event)


@pytest.mark.model
def test_a_thing_seized_takes_no_crowd_from_before(analyzer):
    text = ("KAMPALA, Uganda — Thousands of students marched through Kampala on Tuesday. "
            "Police also seized weapons in the city.")
    event = _by_verb(_force(analyzer, text), "seized")
    assert all(r.sector not in ("CVL", "EDU") for r in event.recipient)


@pytest.mark.model
def test_written_own_officials_stay_the_recipient(analyzer):
    text = ("DHAKA, Bangladesh — Police arrested two government ministers on Saturday after "
            "thousands of protesters rallied.")
    event = _by_verb(_force(analyzer, text), "arrested")
    assert ("BGD", "GOV") in _sectors(event)


@pytest.mark.model
def test_owner_of_what_is_taken_is_the_crowd_told_before(analyzer):
    text = ("KINSHASA, Congo — Some 30 activists chanted slogans calling on the president to "
            "step down on Saturday. Police officers confiscated their banners.")
    event = _by_verb(_force(analyzer, text), "confiscated")
    assert ("COD", "GOV") not in _sectors(event)
    assert ("COD", "CVL") in _sectors(event)


@pytest.mark.model
def test_passive_subject_is_the_people_arrested(analyzer):
    text = ("Three reporters working for a now-banned news broadcaster in Myanmar have been "
            "arrested in Thailand on charges of illegally entering the country.")
    event = _by_verb(_force(analyzer, text), "arrested")
    assert all(r.sector != "GOV" for r in event.recipient)
    assert any(r.sector == "JRN" for r in event.recipient)
