"""Verbal acts news prose tells without the verb of the act (issue 9, recall of verbal events):
a stance given as the purpose of another act ("gathered ... in protest against X"), criticism
as a condemning name for a party's act in reported speech ("said Moscow's propaganda ..."),
and "later" in a past narration, which dates an act, not a plan.

Made-up sentences, read by the event stage with the dictionary resolver of test_events.
"""

from __future__ import annotations

import pytest

from detente.events import strict_category
from test_events import events_of


def kept(nlp, text, category):
    """(actor codes, recipient codes, trigger) of each asserted event of ``category``."""
    out = []
    for e in events_of(nlp, text):
        if e.event == category and strict_category(e.event, e.modality) is not None:
            out.append(([a.code for a in e.actor], [r.code for r in e.recipient],
                        e.evidence.trigger))
    return out


# --- a stance as the purpose of another act ------------------------------------------------

@pytest.mark.model
def test_gathering_in_protest_against_a_party_is_a_protest_by_the_crowd(nlp_sm):
    text = "Farmers from Chad gathered in Paris on Monday in protest against Mali's new levy."
    # one event: the crowd's gathering, told as a protest by its purpose (events/triggers'
    # crowd senses), not a second one for the noun
    assert kept(nlp_sm, text, "PROTEST") == [(["TCD"], ["MLI"], "gathered")]


@pytest.mark.model
def test_acting_in_solidarity_with_a_party_is_support(nlp_sm):
    # the parser hangs "in solidarity" on the object ("candles"): the verb's doers still act
    text = "Students from Chile lit candles on Sunday in solidarity with the people of Peru."
    assert kept(nlp_sm, text, "SUPPORT") == [(["CHL"], ["PER"], "solidarity")]


@pytest.mark.model
def test_support_that_is_only_talked_about_is_no_act(nlp_sm):
    # "support" is an event only as the purpose of an act, not as a thing that matters
    text = "Norway's support is crucial for Chad to finish the reform."
    assert kept(nlp_sm, text, "SUPPORT") == []


@pytest.mark.model
def test_a_stance_phrase_with_an_article_is_a_setting_not_a_purpose(nlp_sm):
    # "in the protest" tells where someone was, and says nothing of what they meant
    text = "Police from Peru were injured in the protest against Chile on Monday."
    assert kept(nlp_sm, text, "PROTEST") == []


# --- criticism without an accusing verb ----------------------------------------------------

@pytest.mark.model
def test_a_condemning_adjective_on_a_partys_act_in_a_quote_is_criticism(nlp_sm):
    text = '"It is time to end Chad\'s cruel attacks," Mali\'s president said on Monday.'
    assert kept(nlp_sm, text, "ACCUSE") == [(["MLI"], ["TCD"], "cruel")]


@pytest.mark.model
def test_a_wrong_done_by_a_party_in_reported_speech_is_criticism(nlp_sm):
    text = "Farmers from Peru say they face discrimination by the government of Chile."
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "ACCUSE")] == [(["PER"], ["CHL"])]


@pytest.mark.model
def test_a_victims_possessive_is_not_the_party_blamed(nlp_sm):
    # the detention was done to the possessor: the possessor is not accused of it
    text = "Norway's foreign minister said Peru's unjust detention had lasted two years."
    assert all(r != ["PER"] for _, r, _ in kept(nlp_sm, text, "ACCUSE"))


@pytest.mark.model
def test_the_narrators_own_adjective_is_no_ones_criticism(nlp_sm):
    text = "Chad's brutal attacks on Mali continued on Monday."
    assert kept(nlp_sm, text, "ACCUSE") == []


# --- "later" in a past narration --------------------------------------------------------------

@pytest.mark.model
def test_a_passive_past_act_done_later_is_asserted_not_future(nlp_sm):
    text = "The plan was approved by the parliament of Peru a few hours later."
    events = [e for e in events_of(nlp_sm, text) if e.event == "SUPPORT"]
    assert [e.modality for e in events] == ["asserted"]


@pytest.mark.model
def test_saying_a_named_party_poses_a_threat_is_criticism_not_a_threat(nlp_sm):
    text = "Peru's foreign minister said Chile poses a threat to regional security."
    assert kept(nlp_sm, text, "ACCUSE") == [(["PER"], ["CHL"], "threat")]
    assert kept(nlp_sm, text, "THREATEN") == []


@pytest.mark.model
def test_saying_a_party_poses_no_threat_blames_no_one(nlp_sm):
    text = "Peru's foreign minister said Chile poses no threat to regional security."
    assert kept(nlp_sm, text, "ACCUSE") == []


# --- names given to an act or a person -----------------------------------------------------

@pytest.mark.model
def test_exposing_someone_as_a_fraud_is_criticism(nlp_sm):
    text = "Chile's culture minister exposed Peru's trade envoy as a fraud on Monday."
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "ACCUSE")] == [(["CHL"], ["PER"])]


@pytest.mark.model
def test_calling_a_gift_a_gesture_of_friendship_is_support(nlp_sm):
    # the "of" phrase carries the praise: "a gesture" alone says nothing
    text = "Peru's president described the Chilean donation as a gesture of friendship."
    assert [a for a, _, _ in kept(nlp_sm, text, "SUPPORT")] == [["PER"]]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru's foreign minister said Chile's decision was a cowardly act.",   # amod on the noun
    "Peru's foreign minister said Chile's decision was a step backwards.",  # noun + adverb
])
def test_a_predicate_made_condemning_by_its_modifier_is_criticism(nlp_sm, text):
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "ACCUSE")] == [(["PER"], ["CHL"])]


@pytest.mark.model
def test_a_speakers_pronoun_inside_a_clause_of_the_subject_does_not_make_it_their_own(nlp_sm):
    # "me" belongs to the clause about the decision, not to the subject phrase itself
    text = ('"Chile\'s decision that it will no longer receive me is a step backwards," '
            "Peru's foreign minister said.")
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "ACCUSE")] == [(["PER"], ["CHL"])]


@pytest.mark.model
def test_the_speakers_own_side_in_the_subject_is_still_no_demand(nlp_sm):
    text = '"Our allies and we must stand firm," the president of Peru said.'
    assert kept(nlp_sm, text, "REQUEST") == []


# --- a word of criticism in another sense ------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("A cyclone from the Indian Ocean slammed into Chad's capital on Monday.", []),  # impact
    ("Peru's president slammed Chile's decision on Monday.", [(["PER"], ["CHL"])]),  # criticism
])
def test_slamming_into_a_place_is_no_criticism(nlp_sm, text, expected):
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "ACCUSE")] == expected


# --- backing received ------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chad's president has the support of France.",                     # giver on the noun
    "Chad's president received strong support from France on Monday.",  # giver on the verb
])
def test_support_received_from_a_named_giver_is_the_givers_support(nlp_sm, text):
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "SUPPORT")] == [(["FRA"], ["TCD"])]


@pytest.mark.model
def test_support_won_in_a_vote_stays_no_event(nlp_sm):
    # the phrase table keeps "win support" out; a received-backing verb list does not add it
    assert kept(nlp_sm, "The bill won support from lawmakers in Chad.", "SUPPORT") == []


# --- a call joined to what was said ---------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the parser hangs "called" on "resume" (inside what was said)
    "Chad's foreign minister said the talks would resume on Monday and called on Mali to "
    "release the prisoners.",
    # ... and "urged" on the infinitive "cut"
    "Chad's foreign minister said the plan aims to cut costs and urged Mali to approve it.",
])
def test_a_past_verb_joined_to_a_reported_clause_is_the_speakers_own_act(nlp_sm, text):
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "REQUEST")] == [(["TCD"], ["MLI"])]


@pytest.mark.model
def test_a_bare_verb_joined_to_a_modal_stays_what_was_said(nlp_sm):
    # "would resume ... and free": both are the minister's forecast, not acts
    text = "Chad's foreign minister said Mali would resume talks and free the prisoners."
    assert kept(nlp_sm, text, "RETREAT") == []


# --- what is wanted is not done -----------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("It is important for Chad and Mali to negotiate directly.", []),      # on an adjective
    ("Norway's help is crucial for Chad to negotiate the loan.", []),      # on a copula
    ("Norway arranged for Chad and Mali to meet in Oslo on Monday.", [["TCD", "MLI"]]),  # done
])
def test_a_for_to_clause_judged_needful_is_not_asserted(nlp_sm, text, expected):
    assert [a for a, _, _ in kept(nlp_sm, text, "CONSULT")] == expected


# --- an appeal told as a need stressed ------------------------------------------------------

@pytest.mark.model
def test_stressing_the_urgency_of_an_act_is_a_request(nlp_sm):
    text = "Chad's defense minister stressed the urgency of boosting Mali's defense on Monday."
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "REQUEST")] == [(["TCD"], ["MLI"])]


@pytest.mark.model
def test_stressing_a_point_is_no_request(nlp_sm):
    # only a need or an urgency is asked for; "stressed the importance" stays a statement
    text = "Chad's defense minister stressed the importance of the talks with Mali."
    assert kept(nlp_sm, text, "REQUEST") == []


@pytest.mark.model
def test_the_act_whose_need_is_stressed_did_not_happen(nlp_sm):
    text = "Chad's president stressed the need for Mali to open its border."
    assert [(a, r) for a, r, _ in kept(nlp_sm, text, "REQUEST")] == [(["TCD"], ["MLI"])]
    assert kept(nlp_sm, text, "RETREAT") == []
