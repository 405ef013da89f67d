"""Session 14, a battery of made-up wire items on the date of an event.

- A DATE entity of the NER that runs a day into the length of what came before it ("on
  Thursday after weeks of fighting") is read as the day and the length
  (time.yaml joined_expressions, dates._split_joined).
- A clause set days or more before the main clause ("days after X ... on Friday", "two weeks
  after clashes on Tuesday") lends it no day; one of "as" or a bare "after" still does
  (time.yaml later_day_units, grounding._owned_elsewhere).
- A day written as another noun's possessor ("after Saturday's mutiny") dates that noun, not
  the act the "after" phrase hangs on (dates._possessor_of_other).
- A light verb of taking part takes the day written on its event noun ("joined Friday's
  march"); a verb acting on the event does not ("called off next week's talks")
  (time.yaml taking_part_verbs, dates.noun_date).
- A speaker's own act made by saying it is dated by the statement though no country codes the
  speaker ("the ministry said Saturday that it rejects ...": dating._own).
- "He also accused ..." takes the day of the act of the party a pronoun stands for told up to
  three sentences back, when only that party's words come between (a quote by the same
  speaker: also_acts).

Made-up sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

DAY = dt.date(2025, 6, 2)  # a Monday


@pytest.mark.model
def test_a_day_run_into_a_length_is_still_the_day(analyzer):
    text = "Government forces retook the town on Friday after weeks of heavy fighting."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert (found.date, found.date_basis) == ("2025-05-30", "text")


@pytest.mark.model
def test_an_act_days_after_a_dated_one_is_not_dated_by_it(analyzer):
    text = "Police in Tunis detained a blogger, days after the minister criticized the press on Friday."
    (found,) = events_in(analyzer, text, "COERCE", DAY)
    assert found.date_basis == "publication"
    assert found.date == "2025-06-02"


@pytest.mark.model
def test_an_act_weeks_after_a_dated_one_is_not_dated_by_it(analyzer):
    text = ("Armenia accused Azerbaijan of violating the truce, two weeks after clashes on "
            "Tuesday killed dozens of soldiers.")
    (found,) = events_in(analyzer, text, "ACCUSE", DAY)
    assert found.date_basis == "publication"


@pytest.mark.model
def test_an_as_clause_still_dates_its_main_clause(analyzer):
    # the other side of the rule: what happens as another thing happens shares its day
    text = "The African Union condemned the crackdown as police killed five protesters on Friday."
    found = events_in(analyzer, text, "ACCUSE", DAY)
    assert [(e.date, e.date_basis) for e in found] == [("2025-05-30", "text")]


@pytest.mark.model
def test_a_day_owned_by_another_noun_after_after_does_not_date_the_act(analyzer):
    text = "Chad's president thanked the army for its loyalty after Saturday's failed mutiny."
    (found,) = events_in(analyzer, text, "SUPPORT", DAY)
    assert found.date_basis == "publication"


@pytest.mark.model
def test_joining_a_dated_protest_is_dated_by_it(analyzer):
    text = "Teachers joined Wednesday's strike in Accra over unpaid wages."
    (found,) = events_in(analyzer, text, "PROTEST", DAY)
    assert (found.date, found.date_basis) == ("2025-05-28", "text")


@pytest.mark.model
def test_calling_off_dated_talks_is_not_dated_by_them(analyzer):
    text = "India has called off next week's talks with Pakistan, officials said."
    found = events_in(analyzer, text, "SANCTION", DAY)
    assert found and all(e.date == "2025-06-02" and e.date_precision == "day" for e in found)


@pytest.mark.model
def test_a_speaker_of_no_country_dates_its_own_refusal(analyzer):
    # the speaker's own act made by saying it, though no country codes the speaker
    text = "The ministry said Saturday that it rejects the proposal from Moscow."
    (found,) = events_in(analyzer, text, "REJECT", DAY)
    assert (found.date, found.date_basis) == ("2025-05-31", "text")


@pytest.mark.model
def test_an_also_act_after_the_speakers_quote_takes_the_statement_day(analyzer):
    text = ("A Kremlin spokesman on Thursday dismissed the report. 'These claims are absurd,' "
            "he told reporters. He also accused Kyiv of spreading lies.")
    (found,) = events_in(analyzer, text, "ACCUSE", DAY)
    assert (found.date, found.date_basis) == ("2025-05-29", "text")


@pytest.mark.model
def test_an_also_act_after_another_partys_act_is_not_carried_back(analyzer):
    text = ("A Kremlin spokesman on Thursday dismissed the report. Ukraine's foreign minister "
            "rejected the denial. He also accused Moscow of spreading lies.")
    (found,) = events_in(analyzer, text, "ACCUSE", DAY)
    assert found.date_basis == "publication"
