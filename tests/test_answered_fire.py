"""Shooting back: "returned fire" is an armed act, aimed at whoever attacked the answering side
just before (events/answers.py ``answer_attacks``); "returned fire in a statement" is words.
Every story is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.answers import ANSWERING, ATTACKS
from detente.records import Article

PUBLISHED = dt.date(2025, 3, 4)


def _attacks(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == "ASSAULT"]


def _sides(event):
    return ([a.code for a in event.actor], [r.code for r in event.recipient])


@pytest.mark.model
@pytest.mark.parametrize("answer", [
    "Ukrainian soldiers returned fire.",
    "The Ukrainian border guards immediately returned fire.",
])
def test_returned_fire_is_aimed_at_the_attacker_told_before(analyzer, answer):
    text = f"Russian troops fired at a Ukrainian checkpoint near Kharkiv on Monday. {answer}"
    first, second = _attacks(analyzer, text)
    assert _sides(first) == (["RUS"], ["UKR"])
    assert _sides(second) == (["UKR"], ["RUS"])


@pytest.mark.model
def test_hitting_back_is_aimed_at_the_attacker_told_before(analyzer):
    text = ("Armenian forces shelled Azerbaijani positions on Monday. "
            "Azerbaijani troops hit back with artillery.")
    answer = _attacks(analyzer, text)[-1]
    assert _sides(answer) == (["AZE"], ["ARM"])


@pytest.mark.model
def test_returned_fire_alone_names_no_target(analyzer):
    (event,) = _attacks(analyzer, "Ukrainian soldiers returned fire on Monday.")
    assert _sides(event) == (["UKR"], [])
    assert event.mode == "firearms"


@pytest.mark.model
def test_returning_fire_in_words_is_no_attack(analyzer):
    text = "Beijing returned fire in a statement on Monday, calling the report biased."
    assert _attacks(analyzer, text) == []


@pytest.mark.model
def test_returning_other_things_is_no_attack(analyzer):
    text = "Ukrainian officials returned the bodies of 20 soldiers to Russia on Monday."
    assert _attacks(analyzer, text) == []


def test_answering_words_load():
    assert "return fire" in ANSWERING
    assert "hit back" in ANSWERING
    assert ATTACKS == frozenset({"ASSAULT"})


@pytest.mark.model
@pytest.mark.parametrize("retort", [
    "China's foreign ministry shot back, saying the ships were on routine patrols.",
    "The embassy fired back in a statement, accusing the newspaper of lying.",
])
def test_shooting_back_in_words_is_no_attack(analyzer, retort):
    assert _attacks(analyzer, retort) == []


@pytest.mark.model
@pytest.mark.parametrize("answer, mode", [
    ("Nigerian soldiers shot back at the gunmen, police in Kano said.", "firearms"),
    ("Nigerian soldiers fired back at the gunmen near Maiduguri on Sunday.", "firearms"),
])
def test_shooting_back_with_arms_is_an_attack(analyzer, answer, mode):
    (event,) = _attacks(analyzer, answer)
    assert [a.code for a in event.actor] == ["NGA"]
    if mode:
        assert event.mode == mode
