"""The diplomatic act done to an envoy: a foreign envoy summoned (a formal protest, ACCUSE),
a state's own envoy called home (SANCTION/withdraw), an envoy told to leave or declared
persona non grata (SANCTION/expel), and a state that "protests" a decision (ACCUSE, not a
street protest). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 3, 5)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, e.mode, tuple(sorted({a.code for a in e.actor if a.code})),
             tuple(sorted({r.code for r in e.recipient if r.code})), e.modality)
            for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Lithuania summoned the Chinese charge d'affaires on Monday.",
     ("ACCUSE", "disapprove", ("LTU",), ("CHN",), "asserted")),
    ("Peru's foreign ministry summoned the Mexican ambassador over the president's remarks.",
     ("ACCUSE", "disapprove", ("PER",), ("MEX",), "asserted")),
    ("Chile summoned Bolivia's envoy Juan Perez on Monday to protest the remarks.",
     ("ACCUSE", "disapprove", ("CHL",), ("BOL",), "asserted")),
    # told in the passive: the ministry the envoy was summoned to is the summoner's
    ("The Chinese ambassador was summoned to the German foreign ministry on Tuesday.",
     ("ACCUSE", "disapprove", ("DEU",), ("CHN",), "asserted")),
    ("Ghana's ambassador, who was summoned to the foreign ministry in Abuja on Monday, was "
     "handed a protest note.", ("ACCUSE", "disapprove", ("NGA",), ("GHA",), "asserted")),
])
def test_a_foreign_envoy_summoned_is_a_protest_to_the_envoys_state(analyzer, text, expected):
    events = _events(analyzer, text)
    assert expected in events
    assert not [e for e in events if e[0] == "REQUEST"]


@pytest.mark.model
def test_a_summons_to_court_stays_no_protest(analyzer):
    events = _events(analyzer, "The court summoned the former minister on Monday.")
    assert not [e for e in events if e[0] == "ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Hungary called back its envoy to Kyiv for consultations on Tuesday.",
     ("SANCTION", "withdraw", ("HUN",), ("UKR",), "asserted")),
    ("Kenya summoned its high commissioner from London on Friday.",
     ("SANCTION", "withdraw", ("KEN",), ("GBR",), "asserted")),
])
def test_a_states_own_envoy_called_home_is_a_recall(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_a_call_returned_is_no_recall(analyzer):
    events = _events(analyzer, "The Ugandan minister called back on Monday after the meeting.")
    assert not [e for e in events if e[0] == "SANCTION"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Sudan gave the Chadian ambassador 72 hours to leave the country on Sunday.",
     ("SANCTION", "expel", ("SDN",), ("TCD",), "asserted")),
    ("Mali ordered the French ambassador to leave the country within 72 hours.",
     ("SANCTION", "expel", ("MLI",), ("FRA",), "asserted")),
    ("In April Russia asked an employee of the Ukrainian embassy to leave the country.",
     ("SANCTION", "expel", ("RUS",), ("UKR",), "historical")),
    # told in the passive: the state the envoys must leave sends them off
    ("Two staff members of the Iranian embassy were ordered to leave Albania within 24 "
     "hours.", ("SANCTION", "expel", ("ALB",), ("IRN",), "asserted")),
    ("The State Department on Tuesday expelled Omar Haddad, charge d'affaires at the Libyan "
     "embassy in Washington.", ("SANCTION", "expel", ("USA",), ("LBY",), "asserted")),
])
def test_an_envoy_sent_off_is_an_expulsion(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_an_order_to_leave_given_to_others_stays_a_request(analyzer):
    events = _events(analyzer, "The governor ordered the protesters to leave the square on "
                               "Monday.")
    assert [e[0] for e in events] == ["REQUEST"]


@pytest.mark.model
def test_an_envoy_declared_persona_non_grata_is_expelled(analyzer):
    events = _events(analyzer, "Britain declared a Russian attache persona non grata on "
                               "Monday.")
    assert [e[:4] for e in events] == [("SANCTION", "expel", ("GBR",), ("RUS",))]


@pytest.mark.model
def test_a_state_that_protests_objects_by_word(analyzer):
    events = _events(analyzer, "Turkey protested the decision on Wednesday.")
    assert [e[0] for e in events] == ["ACCUSE"]
    crowd = _events(analyzer, "Thousands of students protested in Ankara on Wednesday.")
    assert [e[0] for e in crowd] == ["PROTEST"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Turkey handed a protest note to the Greek ambassador on Monday.",
     ("ACCUSE", "disapprove", ("TUR",), ("GRC",), "asserted")),
    ("Turkey handed a note of protest to the Greek ambassador on Monday.",
     ("ACCUSE", "disapprove", ("TUR",), ("GRC",), "asserted")),
])
def test_a_protest_note_handed_to_an_envoy_is_a_protest_to_its_state(analyzer, text,
                                                                      expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Pakistan had summoned India's Deputy High Commissioner J P Singh over the harassment "
     "of officials of the Pakistan High Commission.", (("PAK",), ("IND",))),
    ("Canada condemned Russia over its strikes on Ukraine on Monday.", (("CAN",), ("RUS",))),
])
def test_what_a_party_is_pressed_over_is_no_second_party(analyzer, text, expected):
    found = [e[2:4] for e in _events(analyzer, text) if e[0] == "ACCUSE"]
    assert found == [expected]
