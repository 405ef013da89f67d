"""Acts of force in whole short reports (round 6): one attack retold with new words in each
sentence is one event, accidents and rescues told in the words of force are none, a victim
raised out of a reported clause is no doer, police raids and tear gas are coercion, and ground
taken back is ground retaken. Every sentence is made up for these tests (none comes from an
evaluation set; places are public, people and villages invented)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 9, 12)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.modality in ("asserted", "historical")]


def _categories(analyzer, text):
    return [e.event for e in _events(analyzer, text)]


RETOLD = (
    "Gunmen attacked the village of Dankoli in Nigeria's Zamfara state on Tuesday, killing "
    "nine farmers, police said.\n\n"
    "The bandits arrived on motorcycles and opened fire on the villagers, a resident said.\n\n"
    "\"They started shooting at everyone they saw,\" he said.\n\n"
    "Four people were killed on the spot, he added.")


@pytest.mark.model
def test_an_attack_retold_in_new_words_is_one_event(analyzer):
    events = [e for e in _events(analyzer, RETOLD) if e.event == "ASSAULT"]
    assert len(events) == 1
    assert {a.code for a in events[0].actor} == {"NGA"}
    assert len(events[0].also_evidence) >= 2


@pytest.mark.model
def test_an_attack_on_the_forces_that_arrived_stays_apart(analyzer):
    text = ("Gunmen raided a village in Nigeria's Katsina state on Saturday, killing ten "
            "villagers, police said.\n\n"
            "The gunmen then opened fire on security forces as they arrived, wounding two "
            "soldiers.")
    assert _categories(analyzer, text).count("ASSAULT") == 2


@pytest.mark.model
def test_another_attack_is_not_folded_into_the_first(analyzer):
    text = ("Gunmen attacked a village in Nigeria's Zamfara state on Tuesday, killing nine "
            "farmers, police said.\n\n"
            "In another attack, bandits shot dead five traders on a highway in the state.")
    assert _categories(analyzer, text).count("ASSAULT") == 2


@pytest.mark.model
def test_the_militants_killed_by_troops_are_not_the_militants_attack(analyzer):
    text = ("Militants attacked a bus carrying workers near Quetta in Pakistan on Monday, "
            "killing six passengers.\n\n"
            "Snipers later killed three of the attackers, officials said.")
    assert _categories(analyzer, text).count("ASSAULT") == 2


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Eight people were killed and 30 injured when a bus rolled over on a highway in Peru.",
    "Twelve people were killed when their truck plunged into a ravine in Nepal on Monday.",
    "Firefighters battled the blaze for six hours in Dhaka on Friday.",
    "Rescuers in Nepal have been fighting through deep snow and battling strong winds.",
    "The wounded were rushed to the district hospital in Kabul.",
    "Japan dispatched 10,000 troops for rescue operations after the floods.",
])
def test_accidents_struggles_and_rescues_are_no_force(analyzer, text):
    assert not {"ASSAULT", "MOBILIZE"} & set(_categories(analyzer, text))


@pytest.mark.model
def test_troops_deployed_to_a_border_are_still_mobilized(analyzer):
    text = "Kenya deployed 2,000 troops to the border with Somalia on Monday."
    assert "MOBILIZE" in _categories(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "At least six villagers were reported to have been killed in Kenya on Monday.",
    "Four policemen have been confirmed killed in Kenya, officials said.",
])
def test_a_victim_raised_out_of_a_reported_harm_is_no_doer(analyzer, text):
    for e in _events(analyzer, text):
        assert not any(a.text.endswith(("villagers", "policemen")) for a in e.actor)


@pytest.mark.model
def test_rebels_reported_to_have_attacked_stay_the_doers(analyzer):
    from detente.events.force_roles import raised_victim
    from detente.events.arguments import Roles
    from detente import nlp

    doc = nlp.load("sm")("The rebels were reported to have attacked the town.")
    attacked = next(t for t in doc if t.lower_ == "attacked")

    class Cand:
        event, kind, head = "ASSAULT", "verb", attacked

    roles = Roles(actor=[doc[1]], recipient=[doc[8]])
    raised_victim(Cand, roles)
    assert [t.i for t in roles.actor] == [1]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Pakistani police raided a house in Lahore and arrested three suspects.",
    "Police in Nairobi fired tear gas on Tuesday to disperse protesters.",
    "Riot police fired rubber bullets at demonstrators in Minsk on Sunday.",
])
def test_police_raids_and_tear_gas_are_coercion(analyzer, text):
    categories = _categories(analyzer, text)
    assert "COERCE" in categories and "ASSAULT" not in categories


@pytest.mark.model
def test_a_raid_by_gunmen_stays_an_attack(analyzer):
    text = "Gunmen raided a village in Zamfara, Nigeria, on Sunday, killing ten people."
    assert "ASSAULT" in _categories(analyzer, text)


@pytest.mark.model
def test_ground_taken_back_is_retaken_and_children_taken_back_are_not(analyzer):
    # ground taken back by force is an occupation carried out: ASSAULT (mode occupy), as the
    # manual sets it apart from THREATEN territory; no confiscation beside it
    categories = _categories(
        analyzer, "Kenyan troops took back the town of Garissa from militants on Friday.")
    assert "ASSAULT" in categories and "COERCE" not in categories
    assert _categories(
        analyzer, "His mother decided to take her children back to their home in Peru.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Nigerian troops rescued 15 hostages from a bandit camp in Katsina state.",
    "Colombian police rescued a kidnapped rancher in a raid in Cesar province.",
])
def test_hostages_rescued_are_no_aid(analyzer, text):
    assert "AID" not in _categories(analyzer, text)


@pytest.mark.model
def test_a_harm_told_again_after_the_attack_named_as_known_folds_into_it(analyzer):
    text = ("A civilian was killed in a grenade explosion at a busy market in Srinagar, "
            "India, on Sunday.\n\n"
            "Sources said the attack was made on a police patrol at around 4 pm.\n\n"
            "The grenade was hurled on the police patrol from a bridge, an officer said.")
    assert _categories(analyzer, text).count("ASSAULT") == 2


@pytest.mark.model
def test_tear_gas_shells_fired_are_coercion(analyzer):
    text = ("Hundreds of police fired several rounds of tear gas shells at protesters in "
            "Kathmandu on Saturday.")
    categories = _categories(analyzer, text)
    assert "COERCE" in categories and "ASSAULT" not in categories


@pytest.mark.model
def test_ground_an_offensive_was_launched_to_retake_is_its_aim(analyzer):
    (analysis,) = analyzer.analyze([Article.make(
        "The Iraqi army launched an offensive to recapture the city of Mosul.",
        published=PUBLISHED)])
    found = {(e.event, e.mode, e.modality) for e in analysis.events}
    # the offensive is under way; the town to be taken is its aim: an occupation not yet done
    assert ("ASSAULT", "asserted") in {(c, m) for c, _, m in found}
    assert ("ASSAULT", "occupy", "hypothetical") in found
