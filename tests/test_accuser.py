"""Whom a denial of charges answers when the sentence names no accuser (events/recipients.py
``accuser``). Every story is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.recipients import CHARGE_NOUNS, INNOCENCE
from detente.records import Article

PUBLISHED = dt.date(2025, 6, 2)

HOME = ("Zambian police arrested opposition mayor Chanda Mulenga in Lusaka on Monday. "
        "Zambian prosecutors charged him with fraud and abuse of office. {}")


def _rejections(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == "REJECT"]


@pytest.mark.model
@pytest.mark.parametrize("denial", [
    "Mulenga denied all the charges.",
    "The mayor rejected the accusations.",
    "Mulenga has pleaded not guilty.",
    "Mulenga rejected the verdict.",
])
def test_a_home_party_denying_charges_answers_its_own_state(analyzer, denial):
    (event,) = _rejections(analyzer, HOME.format(denial))
    assert [a.code for a in event.actor] == ["ZMB"]
    assert [r.code for r in event.recipient] == ["ZMB"]


@pytest.mark.model
def test_a_foreign_state_denying_charges_gets_no_guessed_accuser(analyzer):
    text = HOME.format("Zambian officials said the money went abroad. Angola denied the "
                       "allegations.")
    events = [e for e in _rejections(analyzer, text) if e.evidence.trigger == "denied"]
    (event,) = events
    assert [a.code for a in event.actor] == ["AGO"]
    assert not any(r.code == "ZMB" for r in event.recipient)


@pytest.mark.model
def test_a_foreign_party_pleading_answers_the_court_of_the_story_country(analyzer):
    text = HOME.format("Two Angolan businessmen charged with him have pleaded not guilty.")
    (event,) = _rejections(analyzer, text)
    assert [a.code for a in event.actor] == ["AGO"]
    assert [r.code for r in event.recipient] == ["ZMB"]


@pytest.mark.model
def test_a_denial_of_something_else_gets_no_accuser(analyzer):
    (event,) = _rejections(analyzer, HOME.format("Mulenga denied any wrongdoing."))
    assert event.recipient == ()


def test_charge_and_innocence_words_load():
    assert {"charge", "allegation", "accusation", "warrant"} <= CHARGE_NOUNS
    assert "guilty" in INNOCENCE


ABROAD = ("Chadian lawmakers voted in N'Djamena on Monday to extend the president's term by "
          "three years. Opposition parties in Chad boycotted the vote. Chadian police "
          "arrested 40 protesters in Moundou. {}")


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == category]


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("The U.S. State Department threatened sanctions.", "THREATEN"),
    ("France condemned the decision.", "ACCUSE"),
])
def test_foreign_pressure_aimed_at_no_one_is_aimed_at_the_story_country(analyzer, text,
                                                                          category):
    (event,) = _events(analyzer, ABROAD.format(text), category)
    assert {a.code for a in event.actor} <= {"USA", "FRA"}
    assert [r.code for r in event.recipient] == ["TCD"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The U.N. envoy for Chad called for an end to the violence.",
    "The opposition leader is calling for new elections within a year.",
])
def test_an_appeal_to_no_one_is_addressed_to_the_story_country(analyzer, text):
    events = [e for e in _events(analyzer, ABROAD.format(text), "REQUEST")
              if e.evidence.sentence.startswith("The ")]
    (event,) = events
    assert [r.code for r in event.recipient] == ["TCD"]


@pytest.mark.model
def test_disapproval_at_home_is_aimed_at_home_and_a_bodys_is_not(analyzer):
    home = _events(analyzer, ABROAD.format("Chad's interior minister called the vote "
                                           "\"deplorable.\""), "ACCUSE")
    assert [[r.code for r in e.recipient] for e in home] == [["TCD"]]
    body = _events(analyzer, ABROAD.format("The African Union criticized how its own "
                                           "summits are run."), "ACCUSE")
    assert body and all("TCD" not in {r.code for r in e.recipient} for e in body)
