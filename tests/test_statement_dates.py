"""Which events a speaker's statement dates: acts made by saying them take the date of the
saying; acts the speaker reports do not; a statement noun carries its date to the saying; a
participle or purpose clause takes its head's date on either side of the head. Made-up
sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return {e.event: e for e in result.events}


@pytest.mark.model
def _text_date(ev):
    """The date the text gives the event (an undated event carries the publication date with
    basis "publication": that is no date from the text)."""
    return ev.date if ev.date_basis == "text" else None


def test_an_act_the_speaker_reports_is_not_dated_by_the_statement(analyzer):
    ev = _events(analyzer, "Ethiopia said Friday that Eritrean troops had shelled the border town.")
    assert (ev["ASSAULT"].actor[0].code, _text_date(ev["ASSAULT"])) == ("ERI", None)


@pytest.mark.model
def test_the_speakers_own_refusal_is_dated_by_the_statement(analyzer):
    ev = _events(analyzer, "The Malian envoy said Friday that Mali rejects the French proposal.")
    assert ev["REJECT"].date == "2025-03-14"


@pytest.mark.model
def test_a_participle_of_saying_takes_the_date_of_issuing_the_statement(analyzer):
    ev = _events(analyzer, "British Foreign Secretary Anne Hale issued a statement Monday saying "
                           "the United Kingdom is “deeply disappointed” by the Georgian vote.")
    assert (ev["ACCUSE"].date, ev["ACCUSE"].date_text) == ("2025-03-10", "Monday")


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    # the date modifies the statement noun, the vehicle of the condemnation
    ("Chile's president condemned the Bolivian coup in a Tuesday statement.", "2025-03-11"),
    ("Kenya's foreign ministry, in a statement on Wednesday, accused Uganda of arming rebels.",
     "2025-03-12"),
])
def test_a_date_on_the_statement_noun_dates_the_act(analyzer, text, date):
    assert _events(analyzer, text)["ACCUSE"].date == date


@pytest.mark.model
def test_a_speech_act_right_after_the_dated_statement_takes_its_date(analyzer):
    ev = _events(analyzer, "Afghan government spokesman Ali Noor disclosed the decision to a "
                           "broadcaster late Tuesday. Noor accused the Norwegian envoy of "
                           "spreading lies.")
    assert ev["ACCUSE"].date == "2025-03-11"


@pytest.mark.model
def test_a_speech_act_paragraphs_later_is_another_occasion(analyzer):
    ev = _events(analyzer, "Afghan government spokesman Ali Noor disclosed the decision to a "
                           "broadcaster late Tuesday. The envoy has visited Kabul twice. Aid groups "
                           "have left the country. The economy is weak. Noor accused the Norwegian "
                           "envoy of spreading lies.")
    assert (ev["ACCUSE"].recipient[0].code, _text_date(ev["ACCUSE"])) == ("NOR", None)


@pytest.mark.model
def test_a_purpose_clause_takes_the_date_after_its_head(analyzer):
    ev = _events(analyzer, "Dozens of Cameroonian traders held a sit-in Monday at the central "
                           "market in Yaounde to protest new taxes.")
    assert ev["PROTEST"].date == "2025-03-10"


@pytest.mark.model
def test_the_date_of_a_since_clause_is_not_the_date_of_the_main_clause(analyzer):
    ev = _events(analyzer, "The Norwegian envoy has conducted several trips to Kabul since he "
                           "took office in 2022.")
    assert _text_date(ev["CONSULT"]) is None


@pytest.mark.model
def test_a_clause_of_as_shares_its_date_with_the_main_clause(analyzer):
    ev = _events(analyzer, "Ghana's president condemned the Togolese crackdown as police killed "
                           "five protesters in Lome on Friday.")
    assert (ev["ACCUSE"].date, ev["ASSAULT"].date) == ("2025-03-14", "2025-03-14")


@pytest.mark.model
@pytest.mark.parametrize("published, date", [
    (dt.date(2025, 3, 28), "2025-03"),  # the span lies inside March
    (dt.date(2025, 3, 5), "2025"),      # it starts in February: only the year is certain
])
def test_an_act_inside_the_past_weeks_is_dated_by_what_holds_the_span(analyzer, published,
                                                                        date):
    result = next(analyzer.analyze([Article.make(
        "Zambian police arrested 40 opposition supporters in the past two weeks.",
        published=published)]))
    assert [e.date for e in result.events if e.event == "COERCE"] == [date]


@pytest.mark.model
@pytest.mark.parametrize("text, event, date", [
    # announced as under way: the announcement is the act
    ("In December, Somalia announced it was cutting ties with Kenya.", "SANCTION", "2024-12"),
    # reported as done: when it was done the text does not say
    ("The Pakistani military said Friday it killed 33 militants.", "ASSAULT", None),
    # confirmed as going on: it did not start with the saying
    ("Kenya's finance minister confirmed Sunday that Kenya is negotiating a new loan with the "
     "International Monetary Fund.", "CONSULT", None),
])
def test_the_speakers_own_material_act_is_dated_only_when_announced_as_under_way(
        analyzer, text, event, date):
    assert _text_date(_events(analyzer, text)[event]) == date


@pytest.mark.model
def test_a_clause_of_after_gives_its_date_to_a_main_clause_without_one(analyzer):
    ev = _events(analyzer, "Nigerian officials condemned the raid after gunmen kidnapped 40 "
                           "pupils in Zamfara on Tuesday.")
    assert ev["ACCUSE"].date == "2025-03-11"


@pytest.mark.model
def test_a_meeting_on_whose_sidelines_an_act_took_place_shares_its_date(analyzer):
    ev = _events(analyzer, "Nigerian Defense Minister Ali Musa announced the plan Tuesday on the "
                           "sidelines of a meeting of West African defense chiefs.")
    assert ev["CONSULT"].date == "2025-03-11"
