"""Session 14, general constructions left over from the made-up batteries: a hyphenated
protest noun the parser hangs on the next noun ("staged a sit-in outside parliament"),
forces ordered to a place (events/orders.py), aid counted in a sum of money ("announced
$50 million in aid to X") or named by a package, and harm done by rioters, which the PLOVER
manual's PROTEST mode riot covers (events/riots.py). Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article
from event_helpers import codes, events_in

DAY = dt.date(2025, 3, 4)


def _one(analyzer, text, category):
    found = events_in(analyzer, text, category, DAY)
    assert found, f"no {category} event in {text!r}"
    return found[0]


# --- a split protest noun read as the next noun's modifier ----------------------------------

SIT_INS = [
    # "sit-in" parsed as a modifier of "parliament", the verb's object
    ("Students staged a sit-in outside parliament in Lagos on Tuesday.", ["NGA"]),
    ("Nurses held a sit-in outside parliament in Accra.", ["GHA"]),
    ("Dozens of teachers began a sit-in outside parliament in Nairobi on Monday.", ["KEN"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors", SIT_INS)
def test_a_sit_in_outside_a_building_is_a_protest(analyzer, text, actors):
    event = _one(analyzer, text, "PROTEST")
    assert codes(event.actor) == actors


# --- forces ordered to a place ---------------------------------------------------------------

ORDERED = [
    ("Kenyan President Amina Odera ordered troops to the border with Somalia on Monday.",
     ["KEN"], "troops"),
    ("The Nigerian government ordered soldiers to the flooded region.", ["NGA"], "troops"),
    # police sent into the streets: the mode from the forces named
    ("The Ghanaian interior minister ordered police into the streets of Kumasi on Friday.",
     ["GHA"], "police"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors, mode", ORDERED)
def test_forces_ordered_to_a_place_are_deployed_by_the_orderer(analyzer, text, actors, mode):
    event = _one(analyzer, text, "MOBILIZE")
    assert codes(event.actor) == actors and event.mode == mode


@pytest.mark.model
def test_forces_ordered_to_a_border_are_deployed_against_the_neighbour(analyzer):
    text = "Chile and Peru have ordered troops to their borders with Bolivia."
    event = _one(analyzer, text, "MOBILIZE")
    assert codes(event.actor) == ["CHL", "PER"] and codes(event.recipient) == ["BOL"]


@pytest.mark.model
def test_forces_ordered_to_do_something_are_not_a_deployment(analyzer):
    text = "The Malian general ordered troops to advance on the town."
    assert not events_in(analyzer, text, "MOBILIZE", DAY)


# --- aid counted in money, or named by its package --------------------------------------------

AID = [
    ("Japan announced $50 million in aid to Sudan.", ["JPN"], ["SDN"]),
    ("Germany announced 20 million euros in humanitarian aid to Yemen on Friday.", ["DEU"],
     ["YEM"]),
    ("Canada announced $10 million in emergency assistance to Malawi.", ["CAN"], ["MWI"]),
    # the aid noun on the container "package"
    ("Japan announced an aid package for Sudan.", ["JPN"], ["SDN"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors, recipients", AID)
def test_aid_announced_as_a_sum_or_a_package(analyzer, text, actors, recipients):
    event = _one(analyzer, text, "AID")
    assert codes(event.actor) == actors and codes(event.recipient) == recipients


# --- riots -----------------------------------------------------------------------------------

RIOTS = [
    ("Rioters torched shops and cars in the centre of Bamako.", ["MLI"]),
    ("Rioters set fire to police stations in Dhaka on Sunday.", ["BGD"]),
    # the crowd counted, and a crowd named by its participle
    ("Hundreds of rioters looted shops in Port-au-Prince.", ["HTI"]),
    ("Rioting youths attacked police vehicles in Conakry.", ["GIN"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors", RIOTS)
def test_harm_done_by_rioters_is_a_riot(analyzer, text, actors):
    event = _one(analyzer, text, "PROTEST")
    assert event.mode == "riot" and codes(event.actor) == actors
    assert not events_in(analyzer, text, "ASSAULT", DAY)


@pytest.mark.model
def test_rioting_as_a_noun_is_a_riot(analyzer):
    event = _one(analyzer, "Rioting erupted in several towns in northern Nigeria.", "PROTEST")
    assert event.mode == "riot"


@pytest.mark.model
def test_force_used_on_rioters_stays_an_assault(analyzer):
    event = _one(analyzer, "Police beat rioters in Dhaka on Sunday.", "ASSAULT")
    assert codes(event.actor) == ["BGD"]


# --- who did a passive arrest: the force that tells of it --------------------------------------

TOLD_ARRESTS = [
    # the teller's police, with the country of the place
    ("A journalist was detained in Lahore, police said.", ["PAK"], "COP"),
    ("Two activists were detained in Nairobi, police said.", ["KEN"], "COP"),
    ("Three students were arrested in Kampala on Friday, the army said.", ["UGA"], "MIL"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors, sector", TOLD_ARRESTS)
def test_the_force_telling_of_a_passive_arrest_made_it(analyzer, text, actors, sector):
    event = _one(analyzer, text, "COERCE")
    assert codes(event.actor) == actors and [a.sector for a in event.actor] == [sector]


DATELINE_HOMONYMS = [
    # "Punjab" is a province of two states: the dateline's country steers the name
    ("ISLAMABAD — A journalist was detained in Punjab on Monday, police said.", ["PAK"]),
    ("NEW DELHI — A journalist was detained in Punjab on Monday, police said.", ["IND"]),
    ("ISLAMABAD — Soldiers were deployed in Hyderabad on Monday after floods.", ["PAK"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors", DATELINE_HOMONYMS)
def test_a_homonym_place_is_read_in_the_dateline_country(analyzer, text, actors):
    found = [e for cat in ("COERCE", "MOBILIZE") for e in events_in(analyzer, text, cat, DAY)]
    assert found and codes(found[0].actor) == actors


# --- a later mention's country given back to a bare one ------------------------------------

LATER_HEADS = [
    # the bare "Police" acted in Somalia's capital: not the later Kenyan police
    ("Police fired tear gas at protesters in Mogadishu on Monday. Somalia and Kenya have long "
     "disputed their sea border. Kenyan police said on Tuesday they had arrested two smugglers "
     "near Mandera.", ["SOM"]),
    ("Police arrested 14 students in Kigali on Monday. Rwanda and Burundi have long traded "
     "accusations. Burundian police said on Tuesday they had detained two smugglers near "
     "the border.", ["RWA"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors", LATER_HEADS)
def test_a_later_mention_does_not_move_a_bare_one_out_of_its_place(analyzer, text, actors):
    (analysis,) = analyzer.analyze([Article.make(text, published=DAY)])
    first = min(analysis.events, key=lambda e: e.evidence.start)
    assert codes(first.actor) == actors


@pytest.mark.model
def test_a_later_mention_still_names_an_unplaced_bare_one(analyzer):
    text = ("Police fired tear gas at protesters on Monday. Somalia and Kenya have long "
            "disputed their sea border. Kenyan police said on Tuesday they had arrested two "
            "smugglers near Mandera.")
    event = _one(analyzer, text, "COERCE")
    assert codes(event.actor) == ["KEN"]


@pytest.mark.model
def test_a_sum_accepted_in_foreign_funding_keeps_its_giver(analyzer):
    # the sum anchors the aid; the giver is still read on the aid noun ("Chinese funding")
    text = "The Philippine president accepted $2 billion in Chinese funding in 2019."
    event = _one(analyzer, text, "AID")
    assert codes(event.actor) == ["CHN"] and codes(event.recipient) == ["PHL"]


# --- an offer to host talks between two sides -------------------------------------------------

OFFERS = [
    # "host" tagged a noun: the talks are the offer's content, their sides its recipients
    ("Qatar offered to host talks between Sudan and Chad.", ["QAT"], ["SDN", "TCD"]),
    ("Egypt offered to host talks between Israel and Hamas.", ["EGY"], ["ISR", "PSE"]),
    # a control: the noun content the parse already read
    ("Qatar proposed talks between Sudan and Chad on Monday.", ["QAT"], ["SDN", "TCD"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, actors, recipients", OFFERS)
def test_the_sides_of_offered_talks_receive_the_offer(analyzer, text, actors, recipients):
    event = _one(analyzer, text, "AGREE")
    assert codes(event.actor) == actors and codes(event.recipient) == recipients


# --- one event, one record ---------------------------------------------------------------------

FRIDAY = dt.date(2025, 3, 7)


def _records(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=FRIDAY)])
    return [e for e in analysis.events if e.event == category and e.modality == "asserted"]


ONE_RECORD = [
    # the claim names the doer of the lead's attack (the retelling took the lead's doers),
    # so "Tuesday's raid" by the same group is that attack
    ("Gunmen attacked a police station in the northern town of Garissa on Tuesday, killing "
     "five officers. The attack, the deadliest this year, was claimed by al-Shabab. Kenyan "
     "officials said Tuesday's raid showed the group could still strike deep inside the "
     "country.", "ASSAULT", ["SOM"]),
    # "Friday's attack" is dated by its possessive, not by the verb's "early Saturday"
    ("Gunmen stormed a hotel in Mogadishu on Thursday, killing 12 people. Somali forces "
     "ended Thursday's attack early Friday.", "ASSAULT", ["SOM"]),
    # the host of talks told before is no side of them, and the talks going on the next day
    # are the same round
    ("Armenia and Azerbaijan began peace talks in Washington on Monday. The two-day talks "
     "were hosted by the United States. The talks resumed on Tuesday with a focus on the "
     "border.", "CONSULT", ["ARM", "AZE"]),
    ("Colombian negotiators met ELN rebel leaders in Havana on Monday. At the talks, both "
     "sides agreed to extend a ceasefire. The talks were hosted by Cuba.", "CONSULT",
     ["COL"]),
    # a siege named again on later days, with no doer of its own
    ("Rebels besieged the town of Bunia on Monday. The siege of Bunia entered its third day "
     "on Wednesday. Congolese troops broke the siege on Thursday.", "COERCE", ["COD"]),
]


@pytest.mark.model
@pytest.mark.parametrize("text, category, actors", ONE_RECORD)
def test_an_event_told_again_is_one_record(analyzer, text, category, actors):
    found = _records(analyzer, text, category)
    assert len(found) == 1 and codes(found[0].actor) == actors
    assert found[0].also_evidence


TWO_RECORDS = [
    # two attacks in two towns on two days
    ("Gunmen attacked a market in Maiduguri on Monday, killing six people. On Wednesday, "
     "gunmen attacked a church in Kano, killing three.", "ASSAULT"),
    # two sieges of two places
    ("Rebels besieged the town of Bunia on Monday. Rebels besieged the village of Komanda "
     "on Thursday.", "COERCE"),
    # talks in two cities on two days, the second hosted by another party
    ("Armenia and Azerbaijan held talks in Washington on Monday. On Friday, Armenia and "
     "Azerbaijan held talks in Brussels hosted by the EU.", "CONSULT"),
    # the same talks resumed after a long break are another round
    ("Sudan and Chad held talks in Doha on March 1. The talks resumed on March 20 in Doha.",
     "CONSULT"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, category", TWO_RECORDS)
def test_distinct_events_stay_apart(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 21))])
    assert len([e for e in analysis.events if e.event == category]) == 2


# --- a visit one is invited to make --------------------------------------------------------------

INVITED = [
    # the visit lies ahead of the invitation: future, and "in April" is the coming April
    ("The Jordanian king on Monday invited the Iraqi prime minister to visit Amman in April.",
     "2025-04"),
    ("The Saudi king invited the Pakistani prime minister to visit Riyadh.", None),
    ("Kenya's president invited his Ugandan counterpart to visit Nairobi next month.",
     "2025-04"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, month", INVITED)
def test_an_invited_visit_is_ahead(analyzer, text, month):
    event = _one(analyzer, text, "CONSULT")
    assert event.modality == "future"
    if month is not None:
        assert str(event.date).startswith(month)
