"""Measures raised by a verb of degree, concessions of dropping a prosecution, the side a
measure's nationality names, and an act whose subject the parser makes a noun of demand.
Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 5, 8)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, e.modality,
             "+".join(sorted({a.code or "-" for a in e.actor})) or "-",
             "+".join(sorted({a.code or "-" for a in e.recipient})) or "-")
            for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Beijing doubled the tariff on Australian wine on Tuesday.", "CHN", "AUS"),
    ("Washington boosted tariffs on Chinese electric vehicles on Monday.", "USA", "CHN"),
    ("Ottawa added a new levy on American steel on Friday.", "CAN", "USA"),
    ("Britain reimposed sanctions on Syria on Monday.", "GBR", "SYR"),
])
def test_a_measure_raised_by_a_verb_of_degree_is_a_sanction(analyzer, text, actor, recipient):
    assert ("SANCTION", "asserted", actor, recipient) in _events(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("Washington delayed the tariffs on Mexican goods for a month on Thursday.",
     "CONCEDE", "USA", "MEX"),
    ("Washington exempted Mexican cars from the tariffs on Thursday.", "CONCEDE", "USA", "MEX"),
    ("The United States imposed visa bans on 12 Ugandan officials on Monday.",
     "SANCTION", "USA", "UGA"),
    ("Iran freed the French tourist from detention on Monday.", "RETREAT", "IRN", "FRA"),
])
def test_measures_put_off_visas_refused_and_releases(analyzer, text, event, actor, recipient):
    assert (event, "asserted", actor, recipient) in _events(analyzer, text)


@pytest.mark.model
def test_a_release_from_house_arrest_is_a_release_not_an_arrest(analyzer):
    found = _events(analyzer, "The junta released the former president from house arrest "
                              "on Monday.")
    assert [e[:2] for e in found] == [("RETREAT", "asserted")]


@pytest.mark.model
def test_a_measures_nationality_is_its_imposer_not_its_target(analyzer):
    found = _events(analyzer, "Washington doubled the 25% U.S. tariff on Canadian steel on "
                              "Tuesday.")
    assert ("SANCTION", "asserted", "USA", "CAN") in found


@pytest.mark.model
def test_dropping_charges_is_a_concession(analyzer):
    found = _events(analyzer, "Ankara dropped the case against a German reporter on Monday.")
    assert [e for e in found if e[0] == "CONCEDE"] == [("CONCEDE", "asserted", "TUR", "DEU")]


@pytest.mark.model
def test_an_act_asked_for_in_a_call_is_not_asserted(analyzer):
    found = _events(analyzer, "The group reiterated its call to the authorities to "
                              "immediately drop all charges against him.")
    assert not [e for e in found if e[0] == "CONCEDE" and e[1] == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("France welcomed the announcement that Ukraine had agreed to a ceasefire.", "FRA", "UKR"),
    ("Lawmakers in Ottawa welcomed Monday's news that Mexico had agreed to resume talks.",
     "CAN", "MEX"),
    ("The United Nations welcomed the ceasefire agreed by Armenia and Azerbaijan on Monday.",
     "IGO", "ARM+AZE"),
    ("Kenya backed the proposal by Ethiopia on Monday.", "KEN", "ETH"),
])
def test_backing_an_act_backs_its_doer(analyzer, text, actor, recipient):
    assert ("SUPPORT", "asserted", actor, recipient) in _events(analyzer, text)


@pytest.mark.model
def test_a_by_phrase_naming_no_party_is_no_recipient_of_backing(analyzer):
    found = _events(analyzer, "Nigeria's senate backed the budget by a wide margin on Monday.")
    assert [e for e in found if e[0] == "SUPPORT"] == [("SUPPORT", "asserted", "NGA", "-")]


@pytest.mark.model
@pytest.mark.parametrize("text, actor", [
    ("Thousands of people gathered outside the parliament in Nairobi on Tuesday to oppose "
     "the tax bill.", "KEN"),
    ("Supporters of the opposition gathered in central Harare on Saturday in protest against "
     "the arrest of their leader.", "ZWE"),
])
def test_a_crowd_gathered_against_something_protests(analyzer, text, actor):
    assert [e[:3] for e in _events(analyzer, text) if e[0] == "PROTEST"] == [
        ("PROTEST", "asserted", actor)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Hundreds of people gathered in Kabul on Friday to mourn the victims.",
    "Investigators gathered evidence in Kherson on Monday.",
    "Leaders gathered in Brussels on Thursday for a summit.",
])
def test_a_gathering_with_no_word_of_protest_is_no_protest(analyzer, text):
    assert not [e for e in _events(analyzer, text) if e[0] == "PROTEST"]
