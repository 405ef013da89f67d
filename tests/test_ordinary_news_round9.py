"""Ordinary news told in the words of political events (issue 9, round 9): relief workers
sent are aid, not forces; volunteers or funds mobilized are no mobilization; an order whose
object is a thing asks no party; a court suspending a sentence imposes nothing; a purchase
helped along is business; a bare harm participle after a verb of carrying names people, not
an attack; an act set aside by "rather than" or "instead of" is not done; a rally of an
election campaign is no protest; investors, shareholders and markets do no political act.
Made-up sentences through the real model; each case has a twin that keeps its event."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2025, 3, 14)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "India deployed medical teams and rescue dogs to Nepal after the earthquake.",
    "The World Health Organization deployed 40 experts in epidemiology to Angola.",
    "Chile dispatched doctors and nurses to Peru after the floods.",
])
def test_relief_workers_sent_are_aid(analyzer, text):
    found = told(analyzer, text, PUBLISHED)
    assert "MOBILIZE" not in found
    assert "AID" in found


@pytest.mark.model
def test_troops_deployed_stay_a_mobilization(analyzer):
    found = told(analyzer, "India deployed troops and tanks to the border with China.",
                 PUBLISHED)
    assert "MOBILIZE" in found


@pytest.mark.model
def test_relief_team_sent_abroad_names_its_recipient(analyzer):
    (aid,) = events_in(analyzer, "Chile dispatched doctors and nurses to Peru after the floods.",
                       "AID", PUBLISHED)
    assert codes(aid.actor) == ["CHL"]
    assert codes(aid.recipient) == ["PER"]


@pytest.mark.model
@pytest.mark.parametrize("text, mobilized", [
    ("Japan mobilized 20,000 volunteers to clean up the coast after the tsunami.", False),
    ("The Thai government mobilized resources for the recovery of the flooded provinces.",
     False),
    ("Thailand mobilized 5,000 soldiers along the border with Cambodia.", True),
])
def test_mobilized_volunteers_are_no_forces(analyzer, text, mobilized):
    assert ("MOBILIZE" in told(analyzer, text, PUBLISHED)) is mobilized


@pytest.mark.model
@pytest.mark.parametrize("text, requested", [
    ("Canada's prime minister ordered flags to be flown at half-mast to honour the victims.",
     False),
    ("Spain's prime minister ordered the defence budget to be cut by a tenth.", False),
    ("Kenya's High Court ordered the electoral commission to publish the results.", True),
])
def test_an_order_to_a_thing_asks_no_party(analyzer, text, requested):
    assert ("REQUEST" in told(analyzer, text, PUBLISHED)) is requested


@pytest.mark.model
@pytest.mark.parametrize("text, sanctioned", [
    ("A court in Lima suspended the sentence of the former Peruvian minister pending appeal.",
     False),
    ("Peru suspended talks with Bolivia over the border dispute.", True),
])
def test_a_suspended_sentence_is_no_sanction(analyzer, text, sanctioned):
    assert ("SANCTION" in told(analyzer, text, PUBLISHED)) is sanctioned


@pytest.mark.model
@pytest.mark.parametrize("text, aided", [
    ("The Ohio development agency is assisting the purchase of the plant with a loan "
     "guarantee.", False),
    ("Norway helped Sudan with $20 million in humanitarian aid.", True),
])
def test_a_purchase_helped_along_is_no_aid(analyzer, text, aided):
    assert ("AID" in told(analyzer, text, PUBLISHED)) is aided


@pytest.mark.model
@pytest.mark.parametrize("text, attacked", [
    ("Army helicopters evacuated wounded from the flooded villages in Sindh.", False),
    ("Rescuers pulled dead and injured from the rubble in Antakya.", False),
    ("Gunmen wounded three villagers in an attack in Sindh.", True),
])
def test_people_carried_are_no_attack(analyzer, text, attacked):
    assert ("ASSAULT" in told(analyzer, text, PUBLISHED)) is attacked


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("The Colombian rebels fled into the jungle rather than surrender to the army.",
     "RETREAT"),
    ("Rather than negotiate with the unions, the French government imposed the reform by "
     "decree.", "CONSULT"),
    ("Iran kept enriching uranium instead of signing the deal with the United States.",
     "SUPPORT"),
])
def test_an_act_set_aside_is_not_done(analyzer, text, category):
    assert category not in told(analyzer, text, PUBLISHED)
    (event,) = [e for e in events_in(analyzer, text, category, PUBLISHED)]
    assert event.modality == "negated"


@pytest.mark.model
def test_an_act_chosen_stays_done(analyzer):
    found = told(analyzer, "The Colombian rebels surrendered to the army rather than flee "
                 "into the jungle.", PUBLISHED)
    assert "RETREAT" in found


@pytest.mark.model
@pytest.mark.parametrize("text, protested", [
    ("Indian Prime Minister Narendra Modi addressed an election rally in Bihar on Saturday.",
     False),
    ("Brazil's president held a campaign rally in Sao Paulo ahead of the runoff.", False),
    ("Kenya's opposition leader held a rally in Kisumu after the electoral board cleared his "
     "candidacy.", False),
    ("Thousands of Kenyan opposition supporters held a rally in Nairobi to protest the "
     "election results.", True),
])
def test_a_campaign_rally_is_no_protest(analyzer, text, protested):
    assert ("PROTEST" in told(analyzer, text, PUBLISHED)) is protested


@pytest.mark.model
def test_an_attack_on_a_campaign_rally_stays(analyzer):
    found = told(analyzer, "A gunman opened fire at a campaign rally of the Slovak prime "
                 "minister in Handlova.", PUBLISHED)
    assert "ASSAULT" in found
    assert "PROTEST" not in found


@pytest.mark.model
@pytest.mark.parametrize("text, category, kept", [
    ("Japanese shareholders rejected the merger between Nissan and Honda.", "REJECT", False),
    ("Investors rejected the bond sale as Argentina's peso slumped.", "REJECT", False),
    ("Foreign investors pulled out of Russian bonds after the invasion of Ukraine.", "RETREAT",
     False),
    ("Japan rejected the merger between the two Chinese state firms.", "REJECT", True),
])
def test_markets_are_no_parties(analyzer, text, category, kept):
    assert (category in told(analyzer, text, PUBLISHED)) is kept


@pytest.mark.model
def test_market_vendors_stay_a_sector(analyzer):
    found = told(analyzer, "Nigeria's tomato sellers are pleading with the authorities in "
                 "Abuja to lift the ban on imports.", PUBLISHED)
    assert "REQUEST" in found
