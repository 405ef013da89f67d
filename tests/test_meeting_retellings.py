"""A meeting told twice in one article, each time with a verb of its own, is one record when
the same two sides meet on the same day the words give. Every sentence is made up for these
tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 8)


def _meetings(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == "CONSULT"]


@pytest.mark.model
def test_a_meeting_told_again_with_its_own_verb_on_the_same_day_is_one_meeting(analyzer):
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on "
            "Monday to discuss border trade. Ruto later wrote on social media that he had met "
            "Hassan on Monday in the town of Namanga.")
    (meeting,) = _meetings(analyzer, text)
    assert meeting.date == "2024-05-06"
    assert len(meeting.also_evidence) == 1


@pytest.mark.model
def test_meetings_of_the_same_sides_on_different_days_stay_two(analyzer):
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on "
            "Monday to discuss border trade. Ruto met Hassan again on Wednesday in Arusha.")
    meetings = _meetings(analyzer, text)
    assert sorted(e.date for e in meetings) == ["2024-05-06", "2024-05-08"]
    assert all(not e.also_evidence for e in meetings)


@pytest.mark.model
def test_meetings_with_other_sides_on_one_day_stay_two(analyzer):
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on "
            "Monday. Ruto also met Ugandan President Yoweri Museveni on Monday.")
    meetings = _meetings(analyzer, text)
    assert len(meetings) == 2 and all(not e.also_evidence for e in meetings)


@pytest.mark.model
def test_an_undated_retelling_told_as_background_stays_apart(analyzer):
    text = ("Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan on "
            "Monday to discuss border trade. Ruto and Hassan had met several times before.")
    meetings = [e for e in _meetings(analyzer, text) if e.date == "2024-05-06"]
    assert len(meetings) == 1 and not meetings[0].also_evidence
