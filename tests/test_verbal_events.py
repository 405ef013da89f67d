"""Verbal events in news prose (issue 9): criticism, requests, refusals, and what is not one.

Made-up sentences parsed by the small model; actors come from the dictionary resolver of
test_events, so only the event stage is under test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import strict_category
from detente.records import Article
from test_events import events_of

pytestmark = pytest.mark.model


def asserted(nlp, text):
    """(category, mode) of every event a strict export would keep."""
    return [(e.event, e.mode) for e in events_of(nlp, text)
            if strict_category(e.event, e.modality) is not None]


@pytest.mark.parametrize("text", [
    'Kenya described the vote as "shameful."',          # describe X as ADJ
    "Chile called the decision unacceptable.",          # call X ADJ
    "Egypt tweeted condemnation of the killings.",      # an utterance verb with its noun
    "Canada placed blame on Iran for the crash.",       # place blame on
    "Japan is deeply disappointed that Korea extended the ban.",  # adjective + that-clause
])
def test_criticism_phrased_as_a_description_is_an_accusation(nlp_sm, text):
    assert ("ACCUSE", "disapprove") in asserted(nlp_sm, text) or \
        ("ACCUSE", "allege") in asserted(nlp_sm, text)


def test_calling_an_allegation_false_is_a_rejection(nlp_sm):
    assert [e for e, _ in asserted(nlp_sm, 'Egypt called the allegations "baseless."')] == \
        ["REJECT"]


@pytest.mark.parametrize("text", [
    "Peru told Ecuador to reopen the border crossing.",   # tell X to
    "A court in Kenya ordered Sudan to pay the fees.",    # order X to
    "Nepal encouraged India to resume the census.",       # encourage X to
])
def test_telling_someone_to_act_is_a_request(nlp_sm, text):
    assert "REQUEST" in [e for e, _ in asserted(nlp_sm, text)]


def test_an_order_to_do_a_material_act_is_that_act(nlp_sm):
    # the order is the suspension, done by the state that gave it
    evs = asserted(nlp_sm, "Spain ordered the newspaper to suspend publication.")
    assert [e for e, _ in evs] == ["SANCTION"]


def test_what_a_call_for_asks_is_not_an_event(nlp_sm):
    evs = asserted(nlp_sm, "Canada called for Iran to lift the travel ban.")
    assert [e for e, _ in evs] == ["REQUEST"]


def test_what_an_accusation_alleges_did_not_happen(nlp_sm):
    text = ("Greece accused the company, along with another firm, of trying to influence "
            "the Madrid talks.")
    assert [e for e, _ in asserted(nlp_sm, text)] == ["ACCUSE"]


def test_the_content_of_a_claim_is_not_asserted(nlp_sm):
    text = "Pakistan repeated the claim that the attack was planned by militants in Iran."
    assert asserted(nlp_sm, text) == []


@pytest.mark.parametrize("text", [
    "Chad's ministry refused to comment.",                 # a reporter's question
    "Critics in Chile blame Nepal for the crisis.",        # generic commentators
    "Brazil's president signed a decree extending his term.",  # a domestic act
    "Italy has a long-term commitment to the security of Greece.",  # analysis-speak
    'We know about the Iran threat," the leader said.',    # a danger, not a threat made
    "Israel warned that Iran could rebuild its militias.",    # someone else's comeback
])
def test_not_an_asserted_verbal_event(nlp_sm, text):
    assert asserted(nlp_sm, text) == []


def test_no_country_recognizing_is_a_negation(nlp_sm):
    evs = events_of(nlp_sm, "No country has recognized the junta in Mali.")
    assert [(e.event, e.modality) for e in evs] == [("SUPPORT", "negated")]


def test_no_longer_recognizing_is_a_rejection(nlp_sm):
    evs = asserted(nlp_sm, "Cuba said it will no longer recognize the government of Chile.")
    assert [e for e, _ in evs] == ["REJECT"]


@pytest.mark.parametrize("text", [
    "Officials said that if Kenya cannot accept the proposal, the talks will collapse.",
    "If the government does not agree to the terms, the rebels will walk away.",
])
def test_a_negation_under_if_is_a_condition_not_a_refusal(analyzer, text):
    (result,) = analyzer.results([Article.make(text, published=dt.date(2024, 3, 6))])
    assert [e.modality for e in result.events if e.event in ("REJECT", "AGREE")] == \
        ["hypothetical"]


def test_a_warning_about_anothers_acts_is_a_criticism(nlp_sm):
    evs = asserted(nlp_sm, "Israel warned that Iran's policies would destabilize the region.")
    assert evs == [("ACCUSE", "disapprove")]


def test_a_warning_of_ones_own_response_is_a_threat(nlp_sm):
    evs = asserted(nlp_sm, "Russia warned that it would respond to any attack.")
    assert [e for e, _ in evs] == ["THREATEN"]


def test_what_commentators_say_a_party_does_is_commentary(nlp_sm):
    assert asserted(nlp_sm, "Analysts say that India backs the plan by Japan.") == []


def test_a_clause_beside_the_commentators_saying_stays(nlp_sm):
    text = "As Spain and Chile hold talks in Lima, analysts say the tariffs will stay."
    assert "CONSULT" in [e for e, _ in asserted(nlp_sm, text)]


def test_a_threat_named_with_what_it_threatens_stays(nlp_sm):
    evs = asserted(nlp_sm, "Greece tested the system in spite of threats of Turkish sanctions.")
    assert "THREATEN" in [e for e, _ in evs]
