"""Blame told in reported speech without an accusing verb (events/blame.py): a speaker says a
named party does a wrong, is behind a harm, had a harm pinned on it, directs it from a place,
or acts in a way that concerns the speaker. Made-up sentences; the dictionary resolver of
test_events (only the event stage is under test).
"""

from __future__ import annotations

import pytest

from detente.events import strict_category
from test_events import events_of


def accusations(nlp, text):
    """(actor codes, recipient codes) of each asserted ACCUSE event."""
    return [([a.code for a in e.actor], [r.code for r in e.recipient])
            for e in events_of(nlp, text)
            if e.event == "ACCUSE" and strict_category(e.event, e.modality) is not None]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a wrongdoing verb in the reported clause, its subject blamed
    ("Japan said Iran had violated the nuclear agreement.", (["JPN"], ["IRN"])),
    # the parser hangs the subject on the auxiliary when quotes split the verb group
    ('Japan said Iran is "flagrantly" defying the council.', (["JPN"], ["IRN"])),
    # commit + a crime
    ("Ukraine said Russian forces committed war crimes near the city.", (["UKR"], ["RUS"])),
])
def test_saying_a_party_does_a_wrong_is_criticism_of_it(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # negated: the speaker clears the party
    "Japan said Iran had not violated the nuclear agreement.",
    # a modal: a risk foreseen, no wrong said to be done
    "Japan said Iran could violate the nuclear agreement.",
    # the narrator's own sentence is no one's accusation
    "Iran violated the nuclear agreement in 2019.",
    # a pronoun names no party
    "Japan said it violated nothing.",
])
def test_no_wrong_said_of_a_named_party_blames_no_one(nlp_sm, text):
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Iran's foreign minister said Israel was behind the assassination.", (["IRN"], ["ISR"])),
    ("Kenya said Sudan was responsible for the bombing.", (["KEN"], ["SDN"])),
    ("Peru said Chile was complicit in the scheme.", (["PER"], ["CHL"])),
])
def test_saying_a_party_is_behind_a_harm_blames_it(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
def test_being_responsible_for_something_harmless_blames_no_one(nlp_sm):
    assert accusations(nlp_sm, "Kenya said Sudan was responsible for the census.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the "by" phrase is a party
    "India said the bombing was orchestrated by Pakistan.",
    # the planners are unnamed: the place they act from is blamed
    "India said the bombing was masterminded by militants based in Pakistan.",
    # the directors of the harm, placed
    "India said the handlers of the bombers were in Pakistan.",
])
def test_pinning_a_harm_on_a_party_or_the_place_its_planners_are_in(nlp_sm, text):
    assert accusations(nlp_sm, text) == [(["IND"], ["PAK"])]


@pytest.mark.model
def test_a_harm_planned_from_a_peoples_soil_blames_their_state(nlp_sm):
    text = "India said the bombing was planned from Syrian soil."
    assert accusations(nlp_sm, text) == [(["IND"], ["SYR"])]


@pytest.mark.model
def test_a_meeting_organised_by_a_party_blames_no_one(nlp_sm):
    text = "India said the meeting was organised by Pakistan."
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
def test_concern_about_a_partys_own_conduct_is_criticism(nlp_sm):
    text = ("Japan's foreign minister said he was deeply concerned about the recent actions "
            "of China.")
    assert accusations(nlp_sm, text) == [(["JPN"], ["CHN"])]


@pytest.mark.model
def test_concern_about_a_situation_blames_no_one(nlp_sm):
    text = "Japan's foreign minister said he was deeply concerned about the violence in Chad."
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Chile expressed outrage over Peru's decision.", (["CHL"], ["PER"])),
    ("Chile voiced anger at Peru's decision.", (["CHL"], ["PER"])),
    ("Chile pointed the finger at Peru for the blast.", (["CHL"], ["PER"])),
    # a label for a party
    ("Chile described Peru's envoy as a propagandist and a gangster.", (["CHL"], ["PER"])),
])
def test_anger_and_labels_are_criticism(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    '"Russia is lying," Ukraine said.',
    "Ukraine said Russia was lying about the attack.",
])
def test_saying_a_party_lies_is_criticism(nlp_sm, text):
    assert accusations(nlp_sm, text) == [(["UKR"], ["RUS"])]


@pytest.mark.model
def test_a_place_lying_somewhere_blames_no_one(nlp_sm):
    assert accusations(nlp_sm, "Ukraine said Russia lies on the border of Ukraine.") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Russia's move drew sharp criticism from Germany.",
    "The Russian plan met with criticism from Germany.",
    "Russia has faced criticism from Germany over the deportations.",
])
def test_criticism_drawn_from_a_party_is_its_criticism_of_the_doer(nlp_sm, text):
    assert accusations(nlp_sm, text) == [(["DEU"], ["RUS"])]


@pytest.mark.model
def test_criticism_drawn_from_no_one_named_is_no_event(nlp_sm):
    assert accusations(nlp_sm, "Russia's move drew sharp criticism.") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Japan is outraged by China's decision.", (["JPN"], ["CHN"])),
    ("Germany was disappointed with Russia's response.", (["DEU"], ["RUS"])),
    ("Japan is deeply concerned about the military buildup of China.", (["JPN"], ["CHN"])),
])
def test_a_partys_feeling_about_another_partys_conduct_is_criticism(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a situation, not a party's conduct
    "Japan is concerned about the spread of the virus.",
    # the one who feels is no party
    "Residents are worried about China's decision.",
    # negated
    "Japan is not concerned about China's decision.",
])
def test_feelings_about_no_partys_conduct_or_of_no_party_blame_no_one(nlp_sm, text):
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "to blame": the speaker blames, the subject is blamed
    "Ukraine said Russia was to blame for the attack.",
    "Ukraine held Russia responsible for the attack.",
    # news of a party's act that alarms another party
    "Ukraine is alarmed by reports that Russia has executed prisoners.",
])
def test_blame_and_alarm_name_the_accuser_and_the_accused(nlp_sm, text):
    assert accusations(nlp_sm, text) == [(["UKR"], ["RUS"])]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # no one named holds them responsible
    "Russia was held responsible for the attack.",
    # still to be done
    "Ukraine will hold Russia responsible for the attack.",
])
def test_holding_responsible_in_the_passive_or_future_is_no_asserted_blame(nlp_sm, text):
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
def test_a_reported_blaming_stays_the_blamers_own(nlp_sm):
    # "blame" counts as the speaker's only in "was to blame"; here China does the blaming
    text = "Japan says China blamed Iran for the attack."
    assert accusations(nlp_sm, text) == [(["CHN"], ["IRN"])]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # an object that denies the wrong or makes the verb praise
    "Japan said Iran committed no abuses.",
    "Japan said Iran had defied expectations.",
    # no harm: planning a meeting, being behind a deal
    "Japan said the meeting was planned by Iran.",
    "Japan said Iran was behind the peace deal.",
])
def test_a_wrongdoing_word_without_a_wrong_blames_no_one(nlp_sm, text):
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Iran said Israel bears full responsibility for the attack.", (["IRN"], ["ISR"])),
    # the "of" phrase names the act: an act of terrorism
    ("Russia said Ukraine's incursion was an act of terrorism.", (["RUS"], ["UKR"])),
])
def test_responsibility_borne_and_acts_named_by_their_kind(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
def test_an_act_named_genocide_is_criticism(nlp_sm):
    assert [a for a, _ in accusations(nlp_sm, "Turkey described the killings as genocide.")] \
        == [["TUR"]]


@pytest.mark.model
def test_a_harm_pinned_by_a_by_phrase_stays_its_doers_act_too(nlp_sm):
    # the blame is the speaker's; the bombing is still the militants'
    events = events_of(nlp_sm, "India said the bombing was orchestrated by Syrian militants.")
    assert sorted((e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
                  for e in events) == [("ACCUSE", ["IND"], ["SYR"]), ("ASSAULT", ["SYR"], [])]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("India repeated its allegation that Pakistan was behind the attack.", [(["IND"], ["PAK"])]),
    # rejecting the claim is no accusation by the one who rejects it
    ("Pakistan rejected the claim that India was behind the attack.", []),
])
def test_a_claim_pressed_by_its_maker_blames_whom_it_blames(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == expected
