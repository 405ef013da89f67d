"""Verbal conflict told without the usual verb: a claim called false in reported speech is a
rejection of it; an answer a speaker announces to another party's act is a threat. Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes as _codes, events_in

PUBLISHED = dt.date(2025, 3, 12)


def _events(analyzer, text, category):
    return events_in(analyzer, text, category, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, accuser", [
    ("Chile's foreign ministry said the Peruvian allegations were baseless.", "PER"),
    ("The Kremlin said the accusations by Britain were absurd and false.", "GBR"),
    ("Ghana's interior minister said the Togolese claim was a total fabrication.", "TGO"),
])
def test_claim_called_false_is_rejection_of_its_maker(analyzer, text, accuser):
    (event,) = _events(analyzer, text, "REJECT")
    assert event.modality == "asserted"
    assert _codes(event.recipient) == [accuser]


@pytest.mark.model
def test_claim_called_false_reaches_back_to_the_earlier_accuser(analyzer):
    text = ("Malawi's opposition accused the electoral commission of rigging the vote. "
            "The head of the Malawian electoral commission said the allegations were "
            "unfounded.")
    rejections = _events(analyzer, text, "REJECT")
    assert [(_codes(e.actor), _codes(e.recipient)) for e in rejections] == [(["MWI"], ["MWI"])]


@pytest.mark.model
def test_claim_called_true_is_no_rejection(analyzer):
    text = "Chile's foreign ministry said the Peruvian allegations were accurate."
    assert _events(analyzer, text, "REJECT") == []


@pytest.mark.model
@pytest.mark.parametrize("text, actor, target", [
    ("Ankara will respond to new sanctions should the EU decide to impose them, Turkey's "
     "foreign minister said on Monday.", "TUR", "IGO"),
    ('"If Japan imposes export curbs, China will take retaliatory measures," the Chinese '
     "commerce ministry spokesman said.", "CHN", "JPN"),
    ("Pakistan's army chief said Pakistan would hit back hard at India.", "PAK", "IND"),
])
def test_announced_answer_is_a_threat(analyzer, text, actor, target):
    (event,) = _events(analyzer, text, "THREATEN")
    assert event.modality == "asserted"
    assert (_codes(event.actor), _codes(event.recipient)) == ([actor], [target])


@pytest.mark.model
def test_announced_retaliation_needs_no_named_target(analyzer):
    text = ("Venezuelan Foreign Minister Ana Rojas condemned the measure. She added that "
            "Venezuela would retaliate.")
    (event,) = _events(analyzer, text, "THREATEN")
    assert _codes(event.actor) == ["VEN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said Kenya will respond to questions from lawmakers on Friday.",
    "Peru's defence minister said Peru would not retaliate.",
    "Bolivia's president said Bolivia responded to the sanctions last year.",
])
def test_no_threat_without_a_hostile_answer_announced(analyzer, text):
    assert _events(analyzer, text, "THREATEN") == []


@pytest.mark.model
def test_warned_answer_aims_at_the_conditions_party(analyzer):
    text = ("Serbia's foreign ministry warned Belgrade will react if the European Union "
            "imposes new sanctions against Serbia.")
    (event,) = _events(analyzer, text, "THREATEN")
    assert (_codes(event.actor), _codes(event.recipient)) == (["SRB"], ["IGO"])


@pytest.mark.model
@pytest.mark.parametrize("text, actor, target", [
    ("Japan's prime minister castigated China for its maritime incursions.", "JPN", "CHN"),
    ("Brazil's foreign minister assailed the American tariffs as unfair.", "BRA", "USA"),
    ("Ghana's president admonished Togo for the border closure.", "GHA", "TGO"),
    ("The German chancellor hit back at Hungarian criticism of the sanctions.", "DEU", "HUN"),
    ("Assistant Foreign Minister Ali Rezaei expressed Tehran's strong protest to the "
     "British government's hostile stance.", "IRN", "GBR"),
])
def test_criticism_verbs_and_voiced_protest(analyzer, text, actor, target):
    accusations = _events(analyzer, text, "ACCUSE")
    assert [(_codes(e.actor), _codes(e.recipient)) for e in accusations] == [([actor],
                                                                               [target])]
    assert _events(analyzer, text, "ASSAULT") == [] and _events(analyzer, text, "PROTEST") == []


@pytest.mark.model
def test_attacking_a_governments_handling_is_criticism(analyzer):
    text = ("The Indian opposition leader attacked the government's handling of the "
            "border dispute.")
    assert [e.event for e in _events(analyzer, text, "ACCUSE")] == ["ACCUSE"]
    assert _events(analyzer, text, "ASSAULT") == []


@pytest.mark.model
def test_hitting_an_economy_is_no_criticism(analyzer):
    text = ("The sanctions imposed by the United States on Moscow have hit Russia's "
            "economy, a government report said.")
    assert _events(analyzer, text, "ACCUSE") == []


@pytest.mark.model
def test_speakers_participle_on_the_reported_clause_is_the_speakers(analyzer):
    text = ("Zambian opposition leader Hakainde Mwila said the results were a sham, calling "
            "on Malawi to reject them.")
    requests = _events(analyzer, text, "REQUEST")
    assert [(_codes(e.actor), _codes(e.recipient)) for e in requests] == [(["ZMB"], ["MWI"])]


@pytest.mark.model
def test_plea_not_to_act_is_a_request_not_a_refusal(analyzer):
    text = ('"I plead with Nigeria not to recognise this government," Ghanaian opposition '
            "leader Kofi Mensah said.")
    requests = _events(analyzer, text, "REQUEST")
    assert [_codes(e.actor) for e in requests] == [["GHA"]]
    assert _events(analyzer, text, "REJECT") == []


@pytest.mark.model
@pytest.mark.parametrize("text, actor, target", [
    ("Lithuania views the Russian decision as a provocation, the Lithuanian foreign minister "
     "said.", "LTU", "RUS"),
    ("The Greek government regards the Turkish drilling as illegal.", "GRC", "TUR"),
])
def test_viewing_an_act_in_condemning_terms_is_criticism(analyzer, text, actor, target):
    (event,) = _events(analyzer, text, "ACCUSE")
    assert (_codes(event.actor), _codes(event.recipient)) == ([actor], [target])


@pytest.mark.model
def test_accusation_set_against_a_denial_is_asserted(analyzer):
    text = "But Rwanda denied the claims, instead accusing Burundi of harboring rebels."
    (event,) = _events(analyzer, text, "ACCUSE")
    assert (event.modality, _codes(event.actor), _codes(event.recipient)) == (
        "asserted", ["RWA"], ["BDI"])


@pytest.mark.model
@pytest.mark.parametrize("text, blamed", [
    ("In a letter, Burundi claimed that Rwanda supported a failed coup attempt.", ["RWA"]),
    ("The Congolese government said Rwanda was arming the militants.", ["RWA"]),
    ("German officials said Germany supported the American strikes on the militants.", None),
    ("The French minister said France backed the peace plan.", None),
])
def test_backing_a_harm_in_reported_speech_blames_the_backer(analyzer, text, blamed):
    accusations = _events(analyzer, text, "ACCUSE")
    assert [_codes(e.recipient) for e in accusations] == ([blamed] if blamed else [])


@pytest.mark.model
def test_calling_a_leader_to_brief_him_is_a_phone_call(analyzer):
    text = "Israel's prime minister called the Egyptian president to brief him on the decision."
    assert _events(analyzer, text, "REQUEST") == []
    assert [e.mode for e in _events(analyzer, text, "CONSULT")] == ["phone"]


@pytest.mark.model
def test_judged_act_named_by_its_doers_participle(analyzer):
    text = "The Indian foreign ministry said the decision taken by Pakistan was unacceptable."
    (event,) = _events(analyzer, text, "ACCUSE")
    assert (_codes(event.actor), _codes(event.recipient)) == (["IND"], ["PAK"])


@pytest.mark.model
@pytest.mark.parametrize("text, blamed", [
    ("The Japanese defence minister said China's military buildup poses a serious threat to "
     "regional security.", ["CHN"]),
    ("The Iranian minister said the American sanctions pose no threat to Iran.", None),
])
def test_a_partys_act_said_to_pose_a_threat_blames_the_party(analyzer, text, blamed):
    accusations = _events(analyzer, text, "ACCUSE")
    assert [_codes(e.recipient) for e in accusations] == ([blamed] if blamed else [])


@pytest.mark.model
def test_pronoun_named_by_its_appositive(analyzer):
    text = ('"We, the undersigned human rights organizations, call on the Egyptian authorities '
            'to free the journalists," the statement said.')
    (event,) = _events(analyzer, text, "REQUEST")
    assert (_codes(event.actor), _codes(event.recipient)) == (["NGO"], ["EGY"])


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ukraine's president questioned Russia's commitment to the ceasefire.", [["RUS"]]),
    ("Kenyan police questioned the suspect for hours.", []),
])
def test_questioning_a_partys_good_faith_is_criticism(analyzer, text, expected):
    assert [_codes(e.recipient) for e in _events(analyzer, text, "ACCUSE")] == expected
