"""Session 13, precision: event nouns and infinitives named, not told.

- an act named as what a protest or a criticism is about ("condemn X's move to seize the
  port", "disappointment at the withdrawal") is no event of its own; the protest stays
  (events/topic_nouns.py ``_reacted_to``);
- an undated event noun that "comes after" or "follows" another event is told again, not
  told (events/topic_nouns.py ``_weighed``, cautions.yaml ``sequel_verbs``); a dated one stays;
- the act a party is pressed or given a deadline to do is asked for, not done
  (triggers.yaml modality ``feared_nouns``; events/irrealis.py reads an infinitive the parser
  hangs on the noun as an adverbial clause).

Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import topic_nouns
from detente.events.lexicon import load_lexicon
from detente.records import Article

PUBLISHED = dt.date(2025, 3, 4)


def _events(analyzer, text, event=None):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if event is None or e.event == event]


def _asserted(analyzer, text, event):
    return [e for e in _events(analyzer, text, event)
            if e.modality not in ("hypothetical", "negated")]


# --- data -----------------------------------------------------------------------------------

def test_reaction_and_sequel_words_are_loaded():
    assert {"condemn", "protest"} <= topic_nouns.REACTION_VERBS
    assert {"disappointment", "opposition"} <= topic_nouns.REACTION_NOUNS
    assert {"at", "to"} <= topic_nouns.REACTION_PREPS
    assert {"come", "follow"} <= topic_nouns.SEQUELS
    # occurring is telling: "the talks took place", "clashes broke out" are news
    assert not {"take", "break", "begin"} & topic_nouns.SEQUELS


def test_pressure_and_deadlines_ask_for_their_content():
    assert {"pressure", "deadline", "ultimatum"} <= load_lexicon().modality["feared_nouns"]


# --- what a protest is about ----------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # the infinitive of a noun that a verb of protest takes as its object
    ("Protesters gathered outside the French embassy in Algiers to condemn France's move to "
     "seize the port.", "ASSAULT"),
    # the "at" phrase of a noun of protest
    ("They have expressed strong disappointment at the British withdrawal.", "RETREAT"),
    # a second object joined to the first
    ("Ethiopia continues to protest Egypt's decision to recognize the region as independent, "
     "as well as Egypt's insistence on keeping troops there.", "REQUEST"),
])
def test_the_act_a_protest_is_about_is_not_coded(analyzer, text, event):
    assert _events(analyzer, text, event) == []


@pytest.mark.model
def test_the_protest_itself_stays(analyzer):
    text = ("Protesters gathered outside the French embassy in Algiers to condemn France's move "
            "to seize the port.")
    (protest,) = _events(analyzer, text, "PROTEST")
    assert [a.code for a in protest.actor] == ["DZA"]


# --- an event noun set against another ------------------------------------------------------

@pytest.mark.model
def test_a_visit_that_comes_after_another_event_is_told_again(analyzer):
    text = "The Kenyan minister's visit comes after Somalia launched a rocket on Tuesday."
    assert _events(analyzer, text, "CONSULT") == []
    (launch,) = _events(analyzer, text, "MOBILIZE")  # the event it comes after is told
    assert [a.code for a in launch.actor] == ["SOM"]


# --- asked for, not done --------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    ("Kenyan officials are under pressure from the United States to agree to a truce with "
     "Somalia.", "AGREE"),
    ("A resolution adopted by the Security Council in May set a deadline for Syria to suspend "
     "its chemical program.", "SANCTION"),
])
def test_what_a_party_is_pressed_to_do_is_not_asserted(analyzer, text, event):
    assert _asserted(analyzer, text, event) == []


# --- a noun the parser joins to a verb ------------------------------------------------------

@pytest.mark.model
def test_a_visit_canceled_as_well_as_drills_is_not_asserted(analyzer):
    # the parser joins "a visit" to "canceled" as if it were a second verb; it is what was
    # canceled
    text = ("The Brazilian navy has canceled joint drills with Peru, as well as a visit to Peru "
            "by the Brazilian fleet commander.")
    visits = _events(analyzer, text, "CONSULT")
    assert visits and all(v.modality == "negated" for v in visits)


# --- what reports say -----------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, told", [
    ("Peru recalled its ambassador on Monday, just days after reports that Peruvian and "
     "Chilean leaders had agreed to talks.", "SANCTION"),
    ("Peru says it has ended all contacts with Chile, accusing it of lying, just after reports "
     "that Peruvian and Chilean leaders had spoken by phone and agreed to talks.", "ACCUSE"),
])
def test_what_unattributed_reports_say_is_not_asserted(analyzer, text, told):
    assert _asserted(analyzer, text, "AGREE") == []
    assert _asserted(analyzer, text, told)  # the act the sentence tells stays


def test_reports_and_rumors_relay_their_content():
    assert {"report", "rumor", "speculation"} <= load_lexicon().modality["feared_nouns"]


# --- a title --------------------------------------------------------------------------------

@pytest.mark.model
def test_a_sentence_with_no_verb_tells_no_event(analyzer):
    assert _events(analyzer, "The latest developments in Ethiopia's war on Eritrea.") == []


@pytest.mark.model
def test_the_same_words_with_a_verb_tell_one(analyzer):
    text = "Ethiopian troops shelled an Eritrean border town on Monday."
    (force,) = _events(analyzer, text, "ASSAULT")
    assert [a.code for a in force.actor] == ["ETH"]


# --- an attempt at cooperation --------------------------------------------------------------

@pytest.mark.model
def test_cooperation_tried_for_is_not_asserted(analyzer):
    text = '"We are trying to cooperate with everybody until we achieve peace in Yemen," ' \
           'the Omani envoy said.'
    coop = _events(analyzer, text, "COOPERATE")
    assert coop and all(e.modality == "hypothetical" for e in coop)


@pytest.mark.model
def test_force_tried_is_still_told(analyzer):
    (force,) = _events(analyzer, "Omani troops tried to retake the port by force on Monday.",
                       "ASSAULT")
    assert force.modality == "asserted"
