"""U.S. diplomacy stories (round 10): a state representative's journey abroad told alone is a
visit; a weekday in a gerund or present clause of time takes a future main clause's tense;
an economy targeted by a state's measures is no attack; sanctions reinstated are a sanction.
Every sentence is made up for these tests (none comes from an evaluation set or a collected
article); each case says which construction it pins."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 12)  # a Wednesday


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis.events


def _codes(parties) -> set:
    return {p.code for p in parties}


@pytest.mark.model
@pytest.mark.parametrize("text, host", [
    # an official arriving abroad: the host is the state of the place reached
    ("Japanese Foreign Minister Takeshi Iwaya has arrived in Jakarta to meet regional "
     "counterparts.", {"IDN"}),
    # two places reached: two hosts
    ("German President Frank-Walter Steinmeier is traveling to Chile and Peru this week.",
     {"CHL", "PER"}),
])
def test_an_officials_journey_abroad_is_a_visit(analyzer, text, host):
    visits = [e for e in _events(analyzer, text) if (e.event, e.mode) == ("CONSULT", "visit")]
    assert len(visits) == 1
    assert _codes(visits[0].recipient) == host
    assert all(r.sector == "GOV" for r in visits[0].recipient)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # people who are no state's representatives arrive somewhere: no visit
    "Thousands of refugees have arrived in Chad since January.",
    "Hundreds of opposition supporters arrived in the capital on Tuesday.",
])
def test_other_arrivals_are_no_visit(analyzer, text):
    assert not [e for e in _events(analyzer, text) if e.event == "CONSULT"]


@pytest.mark.model
def test_a_journey_with_its_trip_noun_is_one_visit(analyzer):
    # the trip noun tells the visit; the journey verb adds no second record
    text = "Indian Prime Minister Narendra Modi arrived in Hanoi on Tuesday for a state visit."
    visits = [e for e in _events(analyzer, text) if e.event == "CONSULT"]
    assert len(visits) == 1
    assert _codes(visits[0].recipient) == {"VNM"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a bare gerund after "before" under a future verb
    "The minister will visit Oslo before flying to Brussels on Sunday for talks with EU "
    "leaders.",
    # a present clause of time opened by "when" under a future verb
    "Trade is expected to top the agenda when the chancellor meets the French president on "
    "Sunday.",
])
def test_a_weekday_in_a_clause_of_time_under_a_future_verb_lies_ahead(analyzer, text):
    dates = {e.date for e in _events(analyzer, text) if e.event == "CONSULT"}
    assert "2025-03-16" in dates
    assert "2025-03-09" not in dates


@pytest.mark.model
def test_a_weekday_under_a_past_verb_stays_behind(analyzer):
    text = "The minister visited Oslo before flying to Brussels on Sunday for talks."
    assert "2025-03-16" not in {e.date for e in _events(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Treasury Department, which is targeting Iran's oil and banking industries, named "
    "12 companies.",
    "Washington is committed to targeting any attempt by Pyongyang to secure funding.",
])
def test_an_economy_targeted_is_no_attack(analyzer, text):
    assert "ASSAULT" not in {e.event for e in _events(analyzer, text)}


@pytest.mark.model
def test_troops_targeted_stay_an_attack(analyzer):
    text = "Boko Haram fighters targeted Nigerian troops in Maiduguri on Tuesday."
    assert "ASSAULT" in {e.event for e in _events(analyzer, text)}


@pytest.mark.model
def test_sanctions_reinstated_are_a_sanction(analyzer):
    text = "The European Union reinstated sweeping sanctions on Belarus on Tuesday."
    events = _events(analyzer, text)
    assert [(e.event, e.mode) for e in events] == [("SANCTION", "discontinue")]
    assert _codes(events[0].recipient) == {"BLR"}


@pytest.mark.model
def test_a_journey_not_made_is_no_visit_and_no_refusal(analyzer):
    text = ('"I will keep working with the people of Sudan," the U.N. rapporteur said, noting '
            'that she has not traveled to Sudan for over a year.')
    assert not {"CONSULT", "REJECT"} & {e.event for e in _events(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, hosts", [
    ("Chinese Foreign Minister Wang Yi has arrived in New Delhi.", ["IND"]),
    ("Chinese Foreign Minister Wang Yi has arrived in the United States.", ["USA"]),
    ("The Japanese foreign minister is traveling to Norway, Finland and South Korea this week.",
     ["FIN", "KOR", "NOR"]),
])
def test_a_journey_to_a_place_of_several_words_is_a_visit_to_its_state(analyzer, text, hosts):
    (article,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 12))])
    (visit,) = [e for e in article.events if e.event == "CONSULT"]
    assert sorted(r.code for r in visit.recipient) == hosts
