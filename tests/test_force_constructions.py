"""Acts of force on single news sentences (round 5, PLOVER sentences): leaving a bloc is a
reduction of ties, an alert against a disease is no mobilization, the wounded of an attack
add to its toll, the doer of a troop withdrawal named by a noun, and the neighbour across a
closed border. Every sentence is made up for these tests (none comes from an evaluation
set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 1)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, sorted({a.code for a in e.actor if a.code}),
             sorted({r.code for r in e.recipient if r.code})) for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Venezuela quit the Organization of American States in 2019, officials said.",
     ("SANCTION", ["VEN"], ["IGO"])),
    ("Hungary's parliament voted on Tuesday to quit the International Criminal Court.",
     ("SANCTION", ["HUN"], ["IGO"])),
    ("Critics attacked Britain's decision to relinquish EU membership.",
     ("SANCTION", ["GBR"], ["IGO"])),
])
def test_leaving_a_bloc_is_a_sanction_not_a_retreat(analyzer, text, expected):
    assert expected in _events(analyzer, text)
    assert not any(e[0] == "RETREAT" for e in _events(analyzer, text))


@pytest.mark.model
def test_ceding_ground_stays_a_retreat(analyzer):
    text = "Rebels relinquished control of the town of Goma to government troops on Friday."
    assert [e[0] for e in _events(analyzer, text)] == ["RETREAT"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana went on high alert Friday after an Ebola case was confirmed in Ivory Coast.",
    "The Philippines went on high alert as Typhoon Mawar approached the northern coast.",
    "Uganda went on alert on Monday over a cholera outbreak in Kampala.",
])
def test_an_alert_against_a_disease_or_storm_is_no_mobilization(analyzer, text):
    assert not any(e[0] == "MOBILIZE" for e in _events(analyzer, text))


@pytest.mark.model
def test_an_alert_against_warships_stays_a_mobilization(analyzer):
    text = "Taiwan went on high alert after Chinese warships entered its waters."
    assert ("MOBILIZE", ["TWN"], []) in _events(analyzer, text)


@pytest.mark.model
def test_an_alert_after_arson_by_rebels_stays_a_mobilization(analyzer):
    # "fire" is no hazard word: rebels setting fire is an attack
    text = "Yemen went on high alert after rebels set fire to a fuel depot in Aden."
    assert any(e[0] == "MOBILIZE" for e in _events(analyzer, text))


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("A car bomb near the town of Kirkuk killed one Turkish engineer and wounded three "
     "others.", [("ASSAULT", ["IRQ"], ["TUR"])]),
    ("A roadside bombing near the Afghan city of Kandahar killed two Canadian soldiers and "
     "wounded four others.", [("ASSAULT", ["AFG"], ["CAN"])]),
])
def test_the_wounded_of_an_attack_add_to_its_toll(analyzer, text, expected):
    assert _events(analyzer, text) == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Germany accelerated the withdrawal of troops from Mali, the defense ministry said.",
     ("RETREAT", ["DEU"], ["MLI"])),
    ("France completed the withdrawal of soldiers from Niger on Friday.",
     ("RETREAT", ["FRA"], ["NER"])),
])
def test_the_subject_hastening_a_withdrawal_is_its_doer(analyzer, text, expected):
    assert _events(analyzer, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Pakistan closed its border with Afghanistan on Sunday after clashes.",
     ("COERCE", ["PAK"], ["AFG"])),
    ("Thailand reopened its border with Cambodia on Monday.", ("RETREAT", ["THA"], ["KHM"])),
    ("Russia closed its southern borders with Georgia and Azerbaijan.",
     ("COERCE", ["RUS"], ["AZE", "GEO"])),
])
def test_a_border_act_is_done_to_the_neighbour(analyzer, text, expected):
    assert _events(analyzer, text) == [expected]


@pytest.mark.model
def test_the_place_left_is_no_doer_of_a_withdrawal_with_no_recipient(analyzer):
    text = "Britain speeded up the withdrawal of troops from Basra, officials said."
    assert _events(analyzer, text) == [("RETREAT", ["GBR"], ["IRQ"])]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Opposition parties in Kenya organized a general strike that shut down Nairobi on Monday.",
    "A protest by farmers shut down the main highway between Delhi and Punjab.",
])
def test_what_a_strike_or_protest_shuts_is_no_coercion(analyzer, text):
    events = _events(analyzer, text)
    assert [e[0] for e in events] == ["PROTEST"]


@pytest.mark.model
def test_a_shutdown_by_the_army_stays_a_coercion(analyzer):
    text = "The army shut down the internet in Khartoum after protests."
    assert [e[0] for e in _events(analyzer, text)] == ["COERCE"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("The rebels freed 12 Indian aid workers whom they had abducted in May.",
     ("ASSAULT", [], ["IND"])),
    ("Police found the two Italian tourists whom gunmen had kidnapped near the Nigerien "
     "border.", ("ASSAULT", [], ["ITA"])),
])
def test_the_victim_of_a_relative_clause_is_its_antecedent(analyzer, text, expected):
    assert expected in _events(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "China is keen to learn from Russian experience during Russia's war in Ukraine, analysts "
    "said.",
    "Grain prices in Egypt rose sharply amid Russia's war in Ukraine.",
    "Exports from Jordan have fallen since Israel's war in Gaza began.",
])
def test_a_war_named_as_the_frame_of_other_news_is_no_attack(analyzer, text):
    assert not any(e[0] == "ASSAULT" for e in _events(analyzer, text))


@pytest.mark.model
def test_a_war_launched_stays_an_attack(analyzer):
    text = "The Sudanese army launched a war against the Rapid Support Forces in April."
    assert [e[0] for e in _events(analyzer, text)] == ["ASSAULT"]
