"""Cooperative events in constructions the seventh round fixed: agreements signed (SUPPORT,
as the PLOVER manual codes signing), military hardware handed over (AID), exercises held with another
party or by two states' forces (COOPERATE, not a show of force), an honour conferred on a
party and efforts appreciated (SUPPORT aimed at the honoured party), and three readings that
made false events around them ("counter-terrorism efforts" blame no one, "why doesn't X give
us ..." refuses nothing, "the skill demonstrated by the army" is no demonstration). Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 3, 9)


def _found(analyzer, text, category):
    return [(codes(e.actor), codes(e.recipient), e.modality)
            for e in events_in(analyzer, text, category, PUBLISHED)]


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Chile and Bolivia signed three trade agreements in La Paz on Monday.",
     ["BOL", "CHL"], []),
    # a named document, and a date after the verb that is no particle ("sign on")
    ("Ghana's finance minister signed the Second Supplementary Agreement with the "
     "Government of Togo on Friday.", ["GHA"], ["TGO"]),
])
def test_an_agreement_signed_is_coded_as_the_manual_codes_signing(analyzer, text, actor,
                                                                  recipient):
    assert (actor, recipient, "asserted") in _found(analyzer, text, "SUPPORT")


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Germany delivered tanks to Poland on Monday.", ["DEU"], ["POL"]),
    ("Canada announced the delivery of armored vehicles to Ukraine on Monday.", ["CAN"],
     ["UKR"]),
    # through a measure of the goods
    ("Norway announced the delivery of the first batch of armored personnel carriers to "
     "Ukraine.", ["NOR"], ["UKR"]),
])
def test_military_hardware_handed_over_is_aid(analyzer, text, actor, recipient):
    assert (actor, recipient, "asserted") in _found(analyzer, text, "AID")


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Russian warships held naval drills with Chinese ships in the Sea of Japan on Monday.",
     ["RUS"], ["CHN"]),
    ("The Indonesian army conducted military exercises with Australian troops on Tuesday.",
     ["IDN"], ["AUS"]),
    # the party joined for the drills is the other side
    ("A Japanese destroyer joined Australian warships for drills on Saturday.", ["JPN"],
     ["AUS"]),
    # two states' forces hold the exercise together
    ("U.S. and South Korean forces began annual military exercises on Thursday.",
     ["KOR", "USA"], []),
    # "coordinated" carries the exercise like "held"
    ("Indian warships coordinated a joint maritime exercise with the United States Navy on "
     "Monday.", ["IND"], ["USA"]),
])
def test_an_exercise_held_together_is_cooperation(analyzer, text, actor, recipient):
    assert (actor, recipient, "asserted") in _found(analyzer, text, "COOPERATE")
    assert _found(analyzer, text, "MOBILIZE") == []


@pytest.mark.model
def test_drills_by_one_side_stay_a_show_of_force(analyzer):
    text = "Chinese forces staged large-scale drills around Taiwan on Wednesday."
    assert _found(analyzer, text, "COOPERATE") == []
    assert [a for a, _, _ in _found(analyzer, text, "MOBILIZE")] == [["CHN"]]


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Mauritius conferred its highest civilian honor on the Indian prime minister on "
     "Wednesday.", ["MUS"], ["IND"]),
    ("Kenya bestowed a medal on the Ugandan president.", ["KEN"], ["UGA"]),
    ("The Russian defence minister appreciated the efforts of the Pakistani armed forces.",
     ["RUS"], ["PAK"]),
])
def test_an_honour_conferred_or_efforts_appreciated_back_that_party(
        analyzer, text, actor, recipient):
    assert (actor, recipient, "asserted") in _found(analyzer, text, "SUPPORT")


@pytest.mark.model
def test_conferring_with_officials_is_still_a_meeting(analyzer):
    text = "The Kenyan president conferred with Ugandan officials on Tuesday."
    assert _found(analyzer, text, "SUPPORT") == []
    assert _found(analyzer, text, "CONSULT") != []


@pytest.mark.model
def test_a_currency_that_appreciates_backs_no_one(analyzer):
    assert _found(analyzer, "The rupee appreciated against the dollar on Monday.",
                  "SUPPORT") == []


@pytest.mark.model
def test_a_skill_demonstrated_is_no_demonstration(analyzer):
    text = "Egypt's president praised the resolve demonstrated by the Sudanese army."
    assert _found(analyzer, text, "PROTEST") == []


@pytest.mark.model
def test_counter_terrorism_efforts_blame_no_one(analyzer):
    text = ("Russia would provide helicopters to strengthen Pakistan's counter-terrorism "
            "efforts, the Russian ambassador said on Monday.")
    assert _found(analyzer, text, "ACCUSE") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "\"Why doesn't Brazil send us the vaccines?\" a Bolivian minister asked on Monday.",
    "\"Why won't the government meet the strikers,\" the union leader said on Monday.",
])
def test_asking_why_a_party_does_not_act_is_no_refusal(analyzer, text):
    assert _found(analyzer, text, "REJECT") == []


@pytest.mark.model
def test_a_person_extradited_from_a_state_was_extradited_by_it(analyzer):
    text = "Two men were extradited from Thailand to China on Sunday."
    assert (["THA"], ["CHN"], "asserted") in _found(analyzer, text, "COOPERATE")


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The Libyan government apologized on Friday for the mob attack on the Russian Embassy "
     "in Tripoli.", ["LBY"], ["RUS"]),
    ("The Turkish foreign minister apologised for the deaths of two Greek fishermen.",
     ["TUR"], ["GRC"]),
    # addressed to a party: that party, whatever the apology is for
    ("Japan apologized to South Korea for the remarks on Monday.", ["JPN"], ["KOR"]),
])
def test_an_apology_is_made_to_the_state_its_wrong_names(analyzer, text, actor, recipient):
    assert (actor, recipient, "asserted") in _found(analyzer, text, "CONCEDE")


@pytest.mark.model
def test_sanctions_lifted_in_part_are_no_sanction(analyzer):
    text = "The United States lifted some of its sanctions on Belarus on Monday."
    assert _found(analyzer, text, "SANCTION") == []
    assert (["USA"], ["BLR"], "asserted") in _found(analyzer, text, "CONCEDE")


@pytest.mark.model
def test_a_deal_finalized_when_parties_agreed_is_theirs(analyzer):
    text = ("The deal was finalized on Thursday when leaders of Chad and Sudan agreed in "
            "Doha to stop the fighting.")
    assert (["SDN", "TCD"], [], "asserted") in _found(analyzer, text, "AGREE")


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Jordan praised the accord signed between Israel and the United Arab Emirates.",
     ["JOR"], ["ARE", "ISR"]),
    ("Kenya hailed the deal reached between Sudan and South Sudan on Tuesday.", ["KEN"],
     ["SDN", "SSD"]),
])
def test_backing_a_deal_made_between_two_parties_backs_them(analyzer, text, actor, recipient):
    assert (actor, recipient, "asserted") in _found(analyzer, text, "SUPPORT")


@pytest.mark.model
def test_a_visit_undertaken_is_a_visit_not_a_pledge(analyzer):
    text = "The Indian prime minister undertook a two-day visit to Nepal on Monday."
    assert _found(analyzer, text, "AGREE") == []
    assert (["IND"], ["NPL"], "asserted") in _found(analyzer, text, "CONSULT")
