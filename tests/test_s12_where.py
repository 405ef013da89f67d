"""Where and when (session 12b): the meetings of a story's talks held at the venue the story
gives them ("arrived in X for two days of talks ... will hold talks Tuesday"), a past conjunct
dated with the verb before it ("arrested five men on Monday and charged them"), and whole
weeks counted from the day named last ("Two weeks earlier, ..."). Made-up sentences; the
model-marked tests run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2025, 3, 4)  # a Tuesday
ARRIVAL = ("Delegates from Chad and Sudan arrived in Oslo on Monday for two days of talks on "
           "their border. ")


def _place(event):
    return event.location.name if event.location is not None else None


def _later_talks(analyzer, second):
    found = events_in(analyzer, ARRIVAL + second, "CONSULT", PUBLISHED)
    return [e for e in found if e.evidence.start >= len(ARRIVAL) - 1]


@pytest.mark.model
def test_a_meeting_of_the_talks_is_held_at_their_venue(analyzer):
    (found,) = _later_talks(analyzer, "The two governments will hold talks Tuesday on the "
                            "dispute, officials said.")
    assert _place(found) == "Oslo"


@pytest.mark.model
def test_a_meeting_by_phone_has_no_venue(analyzer):
    # held apart: the story's venue is not where a call is
    (found,) = _later_talks(analyzer, "The two presidents will hold talks by phone Tuesday on "
                            "the dispute, officials said.")
    assert _place(found) is None


@pytest.mark.model
def test_a_new_round_is_another_occasion_with_no_venue_yet(analyzer):
    # the talks so far were in Oslo; where the next round meets is not told
    (found,) = _later_talks(analyzer, "A new round of negotiations between Chad and Sudan is "
                            "expected to be announced soon, officials said.")
    assert _place(found) is None


@pytest.mark.model
def test_talks_of_another_month_are_another_occasion(analyzer):
    (found,) = _later_talks(analyzer, "The two governments held talks last month on the "
                            "dispute, officials said.")
    assert found.date == "2025-02"
    assert _place(found) is None


@pytest.mark.model
def test_a_past_conjunct_takes_the_day_of_the_verb_before_it(analyzer):
    (found,) = events_in(analyzer, "Police arrested five men on Monday and charged them with "
                         "treason.", "ACCUSE", PUBLISHED)
    assert found.date == "2025-03-03"


@pytest.mark.model
def test_a_present_perfect_conjunct_keeps_its_own_time(analyzer):
    # "have charged": a tally up to now, not Monday's telling
    (found,) = events_in(analyzer, "Police arrested five men on Monday and have charged them "
                         "with treason.", "ACCUSE", PUBLISHED)
    assert found.date != "2025-03-03"


@pytest.mark.model
def test_weeks_earlier_count_back_from_the_day_named_last(analyzer):
    found = events_in(analyzer, "Troops seized the town on Friday. Two weeks earlier, rebels "
                      "attacked a police post.", "ASSAULT", PUBLISHED)
    assert sorted(e.date for e in found) == ["2025-02-14", "2025-02-28"]


def test_week_offsets_resolve_without_the_model():
    from detente.records import DateRef
    from detente.relative_days import anchor_days

    named = DateRef("on Friday", 0, 9, "point", "2025-02-28", "day")
    later = DateRef("A week later", 30, 42, "unresolved")
    assert anchor_days([named, later])[1].value == "2025-03-07"


@pytest.mark.model
def test_the_place_of_saying_is_not_the_place_of_the_reported_act(analyzer):
    # "In X, he said he was sending troops": where he spoke, not where the troops go
    (found,) = events_in(analyzer, "In Caracas, the president said he was sending tank "
                         "battalions to the border.", "MOBILIZE", PUBLISHED)
    assert _place(found) is None


@pytest.mark.model
def test_a_place_inside_a_participle_of_saying_is_content(analyzer):
    found = events_in(analyzer, "The alliance urged Pakistan to act, saying militant havens "
                      "were being used to attack troops in Afghanistan.", "REQUEST", PUBLISHED)
    assert [_place(e) for e in found] == [None]


@pytest.mark.model
def test_where_a_participle_of_saying_was_told_stays_the_venue(analyzer):
    # "telling journalists in X that ...": X is where it was said
    (found,) = events_in(analyzer, "The opposition leader rejected the charges, telling "
                         "reporters in Mostar that they were false.", "REJECT", PUBLISHED)
    assert _place(found) == "Mostar"
