"""Session 12, precision on whole articles: a readiness under a modal of possibility on its
copula is not asserted (events/modality.py ``_copula_open``); "open to" an act is a
readiness, as "ready to" is, and the act it is open to is not done (triggers.yaml
``adjectives``, ``act_adjectives``); "agreed on the importance of X" is a view shared, not an
agreement (events/nonevents.py ``_shared_view``). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import nonevents
from detente.events.lexicon import load_lexicon
from detente.records import Article

PUBLISHED = dt.date(2025, 5, 8)


def _events(analyzer, text, event=None):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if event is None or e.event == event]


def _codes(parties):
    return sorted(p.code for p in parties if p.code)


# --- data -----------------------------------------------------------------------------------

def test_open_to_is_a_readiness_only_with_an_act_after_it():
    lex = load_lexicon()
    assert lex.adjectives["open to"].event == "AGREE"
    assert "open to" in lex.act_adjectives
    assert "open" in lex.intent  # what it is open to is its content, no act of its own


def test_view_nouns_are_judgements_not_acts():
    assert {"importance", "need"} <= nonevents.VIEW_NOUNS
    assert not {"ceasefire", "deal", "aid"} & nonevents.VIEW_NOUNS


# --- a modal on the copula ------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a modal of possibility hung on the copula, which the adjective does not climb to
    "Opposition figures say the Iranian government may be ready to release more prisoners.",
    "Diplomats believe Iran could be willing to resume talks with the inspectors.",
])
def test_a_readiness_under_may_or_could_is_not_asserted(analyzer, text):
    (agree,) = _events(analyzer, text, "AGREE")
    assert agree.modality == "hypothetical"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iran says it is ready to resume talks with the inspectors.",
    # "will"/"would" on the copula report a stance ahead, not a possibility
    "Iran said it would be ready to resume talks with the inspectors.",
])
def test_a_readiness_stated_stays_asserted(analyzer, text):
    (agree,) = _events(analyzer, text, "AGREE")
    assert agree.modality == "asserted"
    assert _codes(agree.actor) == ["IRN"]


# --- open to --------------------------------------------------------------------------------

@pytest.mark.model
def test_open_to_suspending_sanctions_is_an_agreement_not_a_suspension(analyzer):
    text = ("Several German lawmakers said on Monday they are open to suspending new sanctions "
            "on Iran, but only if Tehran takes concrete steps first.")
    events = _events(analyzer, text)
    assert [e.event for e in events] == ["AGREE"]
    (agree,) = events
    assert agree.modality == "asserted"
    assert _codes(agree.actor) == ["DEU"]


@pytest.mark.model
def test_open_to_people_or_traffic_is_no_event(analyzer):
    text = "Officials in Armenia said the border crossing is open to traffic again on Monday."
    assert _events(analyzer, text, "AGREE") == []


# --- a view shared --------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Russian and Iranian foreign ministers agreed on the need for calm in the region.",
    "The Russian and Iranian foreign ministers spoke by phone and agreed on the importance of "
    "humanitarian aid for the region.",
])
def test_agreeing_on_the_importance_of_something_is_no_agreement(analyzer, text):
    assert _events(analyzer, text, "AGREE") == []


@pytest.mark.model
def test_agreeing_on_a_ceasefire_stays_an_agreement(analyzer):
    text = "The Russian and Iranian foreign ministers agreed on a ceasefire in the region."
    (agree,) = _events(analyzer, text, "AGREE")
    assert _codes(agree.actor) == ["IRN", "RUS"]


# --- easing a measure of force --------------------------------------------------------------

@pytest.mark.model
def test_pledging_to_ease_a_state_of_emergency_is_an_agreement_not_a_threat(analyzer):
    text = ("Georgia's president has pledged to ease the state of emergency declared in the "
            "capital last week.")
    events = _events(analyzer, text)
    assert "THREATEN" not in [e.event for e in events]
    (agree,) = [e for e in events if e.event == "AGREE"]
    assert _codes(agree.actor) == ["GEO"]


# --- a name given ---------------------------------------------------------------------------

@pytest.mark.model
def test_what_a_delegate_called_a_plan_for_talks_is_no_call_and_no_talks(analyzer):
    text = ("Iraqi and Iranian officials talked for an hour, producing what one Iraqi delegate "
            "called a \"framework\" for a second round of talks.")
    assert {e.event for e in _events(analyzer, text)} <= {"CONSULT"}
    assert not [e for e in _events(analyzer, text, "CONSULT")
                if "framework" in e.evidence.trigger]


@pytest.mark.model
def test_calling_for_talks_stays_a_request(analyzer):
    (request,) = _events(analyzer, "Iran called for a second round of talks with Iraq.",
                         "REQUEST")
    assert _codes(request.actor) == ["IRN"]


# --- paying for one's own doings ------------------------------------------------------------

def test_own_activities_are_data():
    assert {"operation", "war"} <= nonevents.OWN_ACTIVITIES
    assert "proxy" not in nonevents.OWN_ACTIVITIES  # a party funded is aided


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The separatist movement funds its operations through levies on river traffic.",
    "The United States finances its war in Afghanistan with borrowed money.",
])
def test_funding_ones_own_operations_is_no_aid(analyzer, text):
    assert _events(analyzer, text, "AID") == []


@pytest.mark.model
def test_funding_ones_proxies_stays_aid(analyzer):
    (aid,) = _events(analyzer, "Iran funds its proxies in Syria.", "AID")
    assert _codes(aid.actor) == ["IRN"]


# --- a charge standing ----------------------------------------------------------------------

@pytest.mark.model
def test_a_present_passive_accusation_with_no_accuser_is_background(analyzer):
    text = "Sudan is accused of supporting militias blamed for attacks on villages in Darfur."
    assert _events(analyzer, text, "ACCUSE") == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Sudan is accused by Chad of supporting rebel militias.",  # the accuser named
    "Sudan was accused by Chad of supporting rebel militias.",
    "Chad accused Sudan of supporting rebel militias.",
])
def test_an_accusation_with_its_accuser_stays(analyzer, text):
    (accuse,) = _events(analyzer, text, "ACCUSE")
    assert _codes(accuse.actor) == ["TCD"]
    assert _codes(accuse.recipient) == ["SDN"]
