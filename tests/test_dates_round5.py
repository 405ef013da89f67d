"""Dates and modality of events on whole stories (issue 9, round 5): frames of earlier
occasions, the time of what an act sets, weeks across two months, the phases of an event, acts
before a clause of history or over a span begun years ago, and the course of a past episode.
Made-up sentences; the model-marked tests run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import periods
from detente.records import Article

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday


def _events(analyzer, text, category, published=PUBLISHED):
    result = next(analyzer.analyze([Article.make(text, published=published)]))
    return [(e.evidence.trigger, e.modality, e.date if e.date_basis == "text" else None)
            for e in result.events if e.event == category]


# --- weeks (hermetic) -----------------------------------------------------------------------
def test_a_sunday_storys_last_week_is_the_week_just_gone():
    assert periods.period("last", "week", dt.date(2025, 3, 9)) == ("2025-03", "month")


def test_a_week_across_two_months_is_dated_to_the_month_with_most_of_its_days():
    # Tuesday March 4: last week ran from Sunday February 23 to Saturday March 1
    assert periods.period("last", "week", dt.date(2025, 3, 4)) == ("2025-02", "month")
    # Friday March 7 is in the week of Sunday March 2: the same last week
    assert periods.period("last", "week", dt.date(2025, 3, 7)) == ("2025-02", "month")
    # Wednesday April 2: last week ran from March 23 to March 29
    assert periods.period("last", "week", dt.date(2025, 4, 2)) == ("2025-03", "month")


def test_this_week_stops_at_publication():
    # Monday June 2: this week so far is Sunday June 1 and Monday June 2
    assert periods.period("this", "week", dt.date(2025, 6, 2)) == ("2025-06", "month")


def test_weeks_ago_take_the_month_holding_most_of_the_week():
    assert periods.ago(2, "week", dt.date(2025, 3, 13)) == ("2025-02", "month")


def test_a_season_across_the_new_year_names_no_single_year():
    assert periods.cover(*periods.season("winter", 2024)) is None


# --- modality and dates on the real model ------------------------------------------------------
@pytest.mark.model
def test_in_the_past_frames_an_act_as_background(analyzer):
    text = "In the past, Ankara has threatened to close the air base to American planes."
    assert _events(analyzer, text, "THREATEN") == [("threatened", "historical", None)]


@pytest.mark.model
def test_in_previous_talks_frames_an_act_as_background(analyzer):
    text = "In previous rounds of talks, Iran has rejected American demands."
    assert [m for _, m, _ in _events(analyzer, text, "REJECT")] == ["historical"]


@pytest.mark.model
def test_a_span_up_to_now_is_no_background(analyzer):
    text = "In the past two weeks, Kenyan police have arrested dozens of protesters."
    assert [m for _, m, _ in _events(analyzer, text, "COERCE")] == ["asserted"]


@pytest.mark.model
def test_a_for_date_is_the_time_of_what_a_past_act_sets(analyzer):
    text = "In 2019, a Kenyan court ordered the release of the Somali officials and set a new trial for 2020."
    assert _events(analyzer, text, "RETREAT") == [("ordered the release", "historical", "2019")]


@pytest.mark.model
def test_a_for_date_still_dates_talks_to_come(analyzer):
    text = "Kenyan and Somali officials will hold talks scheduled for Monday."
    assert _events(analyzer, text, "CONSULT") == [("hold talks", "future", "2025-03-17")]


@pytest.mark.model
def test_a_for_date_on_a_participle_dates_the_talks_its_phrase_names(analyzer):
    text = "The second round of talks between Chad and Niger, planned for May 2 in Niamey, " \
           "has been postponed, officials said."
    assert _events(analyzer, text, "CONSULT") == [("talks", "future", "2025-05-02")]


@pytest.mark.model
def test_last_week_of_a_sunday_story_is_its_month(analyzer):
    text = ("Sudanese officials told Egypt in phone conversations last week that they had "
            "closed the border.")
    assert ("conversations", "asserted", "2025-03") in _events(
        analyzer, text, "CONSULT", published=dt.date(2025, 3, 9))


@pytest.mark.model
def test_the_start_of_negotiations_dates_them(analyzer):
    text = "The Kenyan minister made the offer at the beginning of talks with Somalia on Monday."
    assert _events(analyzer, text, "CONSULT") == [("talks", "asserted", "2025-03-10")]


@pytest.mark.model
def test_an_act_before_a_clause_of_history_is_history(analyzer):
    text = "Iranian officials were detained for three years before Iraq released them in 2021."
    assert _events(analyzer, text, "COERCE") == [("detained", "historical", None)]


@pytest.mark.model
def test_acts_over_a_span_begun_years_ago_are_history(analyzer):
    text = "Since he assumed his duties in 2022, the Kenyan envoy has made several trips to Somalia."
    assert [m for _, m, _ in _events(analyzer, text, "CONSULT")] == ["historical"]


@pytest.mark.model
def test_acts_over_a_span_begun_weeks_ago_are_news(analyzer):
    text = "Since February 1, Myanmar security forces have arrested at least 2,400 people."
    assert [m for _, m, _ in _events(analyzer, text, "COERCE")] == ["asserted"]


@pytest.mark.model
def test_an_act_after_an_act_of_history_belongs_to_its_episode(analyzer):
    text = ("In 2018, Iranian officials offered to pay the reporter's relatives in Iran. "
            "The relatives refused.")
    assert _events(analyzer, text, "REJECT") == [("refused", "historical", "2018")]


@pytest.mark.model
def test_an_act_told_as_later_is_history_without_the_episodes_date(analyzer):
    text = ("In 2022, Guatemalan authorities arrested the publisher. A Guatemalan court later "
            "sentenced him to six years in prison.")
    assert _events(analyzer, text, "SANCTION") == [("sentenced", "historical", None)]


@pytest.mark.model
def test_a_sentence_about_others_has_left_the_episode(analyzer):
    text = ("In 2024, Baloch separatists killed nearly 400 people in over 500 attacks. "
            "Pakistani officials blamed India.")
    assert [m for _, m, _ in _events(analyzer, text, "ACCUSE")] == ["asserted"]


@pytest.mark.model
def test_a_present_perfect_act_is_no_part_of_the_episode(analyzer):
    text = ("In 2019, Kenyan police arrested the opposition leader. The Kenyan police have "
            "denied the charges.")
    assert [m for _, m, _ in _events(analyzer, text, "REJECT")] == ["asserted"]


@pytest.mark.model
def test_a_statement_told_over_a_few_sentences_dates_its_acts(analyzer):
    text = ("Kenya warned Wednesday that it would expel Somali diplomats. \"We will not accept "
            "interference in our affairs,\" the Kenyan foreign ministry said in a statement. "
            "\"Our patience has limits.\" Kenya accused Somalia of meddling in its elections.")
    assert _events(analyzer, text, "ACCUSE") == [("accused", "asserted", "2025-03-12")]


@pytest.mark.model
def test_a_new_date_ends_the_statements_reach(analyzer):
    text = ("Kenya warned Wednesday that it would expel Somali diplomats. On Monday, Somali "
            "troops crossed the border near Mandera. Kenya accused Somalia of meddling in its "
            "elections.")
    assert _events(analyzer, text, "ACCUSE") == [("accused", "asserted", None)]
