"""Cooperative events (round 8): background alignments that are no act, commitments to a
party's security, respect for its sovereignty, inked agreements, a scourge fought together,
and aid whose receiver is named beside the goods or in apposition to a possessive. Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 9, 10)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, tuple(sorted({a.code for a in e.actor if a.code})),
             tuple(sorted({r.code for r in e.recipient if r.code})))
            for e in analysis.events]


def _categories(analyzer, text):
    return {event for event, _, _ in _events(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Egypt and Qatar have supported opposing sides in the Libyan conflict for years.",
    "Both governments have backed opposite sides in Sudan's civil war for a decade.",
    "Iran and Saudi Arabia have long backed different sides in Lebanon's politics.",
])
def test_backing_sides_in_a_war_is_background_not_support(analyzer, text):
    assert "SUPPORT" not in _categories(analyzer, text)


@pytest.mark.model
def test_backing_one_named_side_is_still_support(analyzer):
    assert ("SUPPORT", ("TUR",), ("UKR",)) in _events(
        analyzer, "Turkey backed the Ukrainian side on Tuesday.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("A statement said the envoy expressed Washington's commitment to Taiwan's security.",
     ("SUPPORT", ("USA",), ("TWN",))),
    ("Japan reaffirmed its commitment to the sovereignty of the Philippines on Monday.",
     ("SUPPORT", ("JPN",), ("PHL",))),
    ("Britain remains committed to Estonia's defence, the minister said on Friday.",
     ("SUPPORT", ("GBR",), ("EST",))),
])
def test_a_commitment_to_a_partys_security_backs_that_party(analyzer, text, expected):
    events = _events(analyzer, text)
    assert expected in events
    assert not any(event == "AGREE" for event, _, _ in events)


@pytest.mark.model
def test_a_commitment_to_a_shared_goal_stays_a_pledge(analyzer):
    events = _events(analyzer, "Brazil and Chile committed to open and fair trade on Monday.")
    assert ("AGREE", ("BRA", "CHL"), ()) in events


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Beijing respects Kazakhstan's sovereignty and territorial integrity, the minister said.",
     ("SUPPORT", ("CHN",), ("KAZ",))),
    ("India respected Nepal's independence, its foreign secretary told reporters.",
     ("SUPPORT", ("IND",), ("NPL",))),
])
def test_respecting_a_partys_sovereignty_is_support(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_respecting_rules_backs_no_one(analyzer):
    assert "SUPPORT" not in _categories(
        analyzer, "Peru respects the rules of the trade bloc, the minister said.")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ghana and Togo inked four agreements on Wednesday in Accra.",
     ("SUPPORT", ("GHA", "TGO"), ())),
    ("Poland inked a deal with South Korea on Monday to buy 180 tanks.",
     ("SUPPORT", ("POL",), ("KOR",))),
])
def test_inking_an_agreement_is_signing_it(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_inking_a_tattoo_is_no_event(analyzer):
    assert _events(analyzer, "The footballer inked a tattoo of his club's badge on Monday.") \
        == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The presidents of Chad and Niger agreed on Monday to fight terrorism in both countries.",
    "Somalia and Kenya agreed to battle piracy off their coasts.",
])
def test_agreeing_to_fight_a_scourge_is_an_agreement_not_a_threat(analyzer, text):
    categories = _categories(analyzer, text)
    assert "AGREE" in categories
    assert not categories & {"THREATEN", "ASSAULT"}


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Moscow is planning on delivering a batch of attack helicopters to its ally Mali by the "
     "end of the year.", ("AID", ("RUS",), ("MLI",))),
    ("China sent medical supplies to its neighbour, Laos, on Sunday.",
     ("AID", ("CHN",), ("LAO",))),
    # the parser hangs "to Syria" on the tents
    ("The purchase followed after Turkey donated tents to Syria in January, which its "
     "president described as a sign of friendship.", ("AID", ("TUR",), ("SYR",))),
])
def test_aid_goes_to_the_receiver_not_the_goods(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_the_doer_is_not_its_own_receiver_through_its_ally(analyzer):
    events = _events(analyzer, "Moscow is planning on delivering a batch of attack helicopters "
                               "to its ally Mali by the end of the year.")
    assert not any(event == "AID" and "RUS" in recipients
                   for event, _, recipients in events)


@pytest.mark.model
def test_a_subject_phrase_stops_at_its_verb(analyzer):
    # the parser hangs the closing apposition on the subject; the helped party stays the
    # recipient instead of joining the helper
    events = _events(analyzer, "Last year, Japan helped Laos build a school and a clinic "
                               "in Pakse, two small towns located south of the capital.")
    assert ("AID", ("JPN",), ("LAO",)) in events


@pytest.mark.model
def test_a_joint_act_repeats_none_of_its_doers_as_recipient(analyzer):
    events = _events(analyzer, "Ghana and Togo signed a memorandum of understanding on "
                               "defence between Ghana and Togo on Monday.")
    assert ("SUPPORT", ("GHA", "TGO"), ()) in events
    assert not any(recipients for event, _, recipients in events if event == "SUPPORT")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The Colombian government and the rebel forces reached a ceasefire agreement on Sunday.",
     ("AGREE", ("COL",), ("COL",))),
    ("Mozambique's government and its rebels have agreed on a ceasefire.",
     ("AGREE", ("MOZ",), ("MOZ",))),
    ("The government of Niger and Tuareg rebels signed a peace deal in Algiers.",
     ("SUPPORT", ("NER",), ("NER",))),
])
def test_a_state_acting_with_its_armed_opponents_acts_with_its_own(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
def test_people_sheltering_somewhere_are_given_no_aid(analyzer):
    assert "AID" not in _categories(
        analyzer, "Officials say commanders of the Sudanese rebel group are sheltering in Chad.")


@pytest.mark.model
def test_sheltering_someone_is_still_aid(analyzer):
    assert ("AID", ("UGA",), ("SSD",)) in _events(
        analyzer, "Uganda sheltered thousands of refugees from South Sudan last year.")
