"""Cooperative events told in constructions that used to be missed or given the wrong doer:
a visit told as a journey's purpose, a leader hosted for a meal, goods measured out ("40
tons of relief material"), the deed a party is praised for, and "historic" as praise. Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 5, 8)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, tuple(sorted({a.code for a in e.actor if a.code})),
             tuple(sorted({r.code for r in e.recipient if r.code})), e.modality)
            for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chilean President Gabriel Boric arrived in Lima on Monday for a two-day state visit.",
     ("CONSULT", ("CHL",), ("PER",), "asserted")),
    ("The Kenyan president is on an official visit to Uganda this week.",
     ("CONSULT", ("KEN",), ("UGA",), "asserted")),
    # the place the journey ends is "the country" the visit is to
    ("Ethiopia's prime minister arrived in Asmara on Tuesday for a working visit to the "
     "country.", ("CONSULT", ("ETH",), ("ERI",), "asserted")),
    ("German Chancellor Olaf Scholz left for Beijing on Sunday on a three-day trip.",
     ("CONSULT", ("DEU",), ("CHN",), "asserted")),
])
def test_a_visit_told_as_the_purpose_of_a_journey(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_a_journey_for_talks_keeps_the_party_the_talks_name(analyzer):
    events = _events(analyzer, "The Iranian foreign minister flew to Moscow on Thursday for "
                               "talks with Russia's foreign minister.")
    assert ("CONSULT", ("IRN",), ("RUS",), "asserted") in events


@pytest.mark.model
def test_waiting_for_a_visit_is_no_journey(analyzer):
    events = _events(analyzer, "Thousands of Filipinos waited in Manila on Monday for a visit "
                               "by the pope.")
    assert [e for e in events if e[0] == "CONSULT"] == []


@pytest.mark.model
def test_a_leader_hosted_for_dinner_is_a_meeting(analyzer):
    events = _events(analyzer, "Indian Prime Minister Narendra Modi hosted Japanese Prime "
                               "Minister Fumio Kishida for dinner on Tuesday.")
    assert ("CONSULT", ("IND",), ("JPN",), "asserted") in events


@pytest.mark.model
def test_a_dinner_hosted_with_no_guest_named_is_no_meeting(analyzer):
    events = _events(analyzer, "Kenya hosted a dinner for the diplomats on Monday.")
    assert [e for e in events if e[0] == "CONSULT"] == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("India sent 50 tons of relief material to Nepal on Monday.",
     ("AID", ("IND",), ("NPL",), "asserted")),
    ("Japan delivered 20 tonnes of medical supplies to Ukraine on Friday.",
     ("AID", ("JPN",), ("UKR",), "asserted")),
])
def test_goods_measured_out_are_aid(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_the_deed_a_party_is_praised_for_is_its_own(analyzer):
    events = _events(analyzer, "The British foreign secretary praised Egypt's president on "
                               "Tuesday for releasing the jailed activists.")
    assert ("SUPPORT", ("GBR",), ("EGY",), "asserted") in events
    assert [e[1] for e in events if e[0] == "RETREAT"] == [("EGY",)]


@pytest.mark.model
def test_a_historic_visit_is_not_in_the_past(analyzer):
    events = _events(analyzer, "The emir of Qatar is on a historic one-day state visit to "
                               "Guyana.")
    assert ("CONSULT", ("QAT",), ("GUY",), "asserted") in events


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Relief supplies from the United States reached Pakistan on Saturday.",
     ("AID", ("USA",), ("PAK",), "asserted")),
    ("A shipment of humanitarian aid from Turkey arrived in Somalia on Monday.",
     ("AID", ("TUR",), ("SOM",), "asserted")),
])
def test_aid_told_by_its_arrival(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_aid_arriving_from_no_named_giver_is_no_event(analyzer):
    assert _events(analyzer, "Aid reached the besieged town on Monday.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "More than 20,000 people marched in the capital Nairobi on Tuesday.",
    "Thousands of students rallied in Dhaka on Friday against the quota system.",
    "Opposition activists in Harare have held a week of anti-government protests.",
])
def test_crowds_that_march_rally_or_protest(analyzer, text):
    categories = {e[0] for e in _events(analyzer, text)}
    assert "PROTEST" in categories
    assert "ACCUSE" not in categories


@pytest.mark.model
def test_troops_marching_into_a_town_are_no_protest(analyzer):
    events = _events(analyzer, "Government troops marched into the town on Sunday.")
    assert "PROTEST" not in {e[0] for e in events}


@pytest.mark.model
def test_a_passive_deal_in_a_clause_of_time_is_the_main_subjects(analyzer):
    events = _events(analyzer, "Kenyan teachers ended their strike on Friday once an "
                               "agreement was reached with the government.")
    assert ("AGREE", ("KEN",), ("KEN",), "asserted") in events


@pytest.mark.model
def test_a_passive_deal_under_a_passive_main_clause_has_no_doer(analyzer):
    events = _events(analyzer, "The hostages were freed after a deal was reached with the "
                               "kidnappers.")
    assert [e for e in events if e[0] == "AGREE"] == []


@pytest.mark.model
def test_relief_dispatched_is_aid_and_troops_dispatched_are_not(analyzer):
    assert ("AID", ("IND",), ("NPL",), "asserted") in _events(
        analyzer, "India dispatched relief packages and rescue teams to Nepal on Sunday.")
    troops = _events(analyzer, "Egypt dispatched troops to the border on Sunday.")
    assert [e[0] for e in troops] == ["MOBILIZE"]


@pytest.mark.model
def test_talks_as_the_purpose_of_a_call_are_the_call(analyzer):
    events = _events(analyzer, "The Japanese and South Korean foreign ministers spoke on "
                               "Tuesday to discuss relations.")
    assert ("CONSULT", ("JPN", "KOR"), (), "asserted") in events


@pytest.mark.model
def test_leaders_who_witness_the_signing_of_agreements_sign_them(analyzer):
    events = _events(analyzer, "Kenyan President William Ruto and Ugandan President Yoweri "
                               "Museveni attended the signing of a trade pact in Nairobi.")
    assert ("SUPPORT", ("KEN", "UGA"), (), "asserted") in events


@pytest.mark.model
def test_the_signing_of_a_player_is_no_agreement(analyzer):
    assert _events(analyzer, "The club confirmed the signing of the Brazilian striker on "
                             "Monday.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Egyptian President Abdel Fattah el-Sissi received Jordan's King Abdullah in Cairo on "
    "Sunday.",
    "Jordan's King Abdullah was received by Egyptian President Abdel Fattah el-Sissi in Cairo "
    "on Sunday.",
])
def test_a_leader_received_by_another_is_hosted(analyzer, text):
    assert ("CONSULT", ("EGY",), ("JOR",), "asserted") in _events(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry in Cairo received a letter from the Jordanian embassy on Sunday.",
    "Last year, the Cambodian journalist received an award from the U.S. Secretary of State.",
])
def test_things_received_are_no_meeting(analyzer, text):
    assert "CONSULT" not in {e[0] for e in _events(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Teachers in Nigeria walked off the job on Monday to demand better pay.", "PROTEST"),
    ("Thousands of Ford workers walked out of the plant in Michigan on Friday.", "PROTEST"),
    ("The Russian delegation walked out of the talks in Geneva on Monday.", "SANCTION"),
])
def test_workers_who_walk_out_strike_and_delegates_leave(analyzer, text, expected):
    assert expected in {e[0] for e in _events(analyzer, text)}


@pytest.mark.model
def test_walking_off_a_stage_is_no_strike(analyzer):
    events = _events(analyzer, "Kenyan President William Ruto walked off the stage on Monday.")
    assert "PROTEST" not in {e[0] for e in events}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("South Korea's provision of humanitarian assistance to Japan began on Monday.",
     ("AID", ("KOR",), ("JPN",), "asserted")),
    ("Germany announced the delivery of two air defense systems to Ukraine on Friday.",
     ("AID", ("DEU",), ("UKR",), "asserted")),
    ("The first shipment of U.S. aid to Haiti arrived on Monday.",
     ("AID", ("USA",), ("HTI",), "asserted")),
])
def test_goods_given_in_measures_are_aid(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_the_delivery_of_a_speech_is_no_aid(analyzer):
    assert _events(analyzer, "The Kenyan president's delivery of the speech in Nairobi was "
                             "flawless.") == []
