"""Round 10 (South and Central Asia): constructions found on fresh whole articles. Every story
here is made up for the tests (none comes from an evaluation set or a fresh article)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.arguments import PURPOSE_TARGET_VERBS, PURPOSE_TARGETED
from detente.records import Article

PUBLISHED = dt.date(2025, 6, 2)

SETTING = ("Nepali police arrested an opposition organiser in Pokhara on Monday. "
           "Nepali officials said the protests would be contained. {}")


def _events(analyzer, text, event):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == event]


def test_the_purpose_lists_are_data():
    assert "disperse" in PURPOSE_TARGET_VERBS
    assert PURPOSE_TARGETED == {"COERCE", "ASSAULT"}


@pytest.mark.model
@pytest.mark.parametrize("sentence, trigger", [
    ("Police fired tear gas to disperse the crowd in Pokhara on Tuesday.", "fired"),
    ("Riot police fired rubber bullets and tear gas shells to disperse the protesters.", "fired"),
])
def test_a_crowd_dispersed_by_fire_is_the_recipient(analyzer, sentence, trigger):
    events = [e for e in _events(analyzer, SETTING.format(sentence), "COERCE")
              if e.evidence.trigger == trigger]
    (event,) = events
    assert [a.sector for a in event.actor] == ["COP"]
    assert [r.sector for r in event.recipient] == ["CVL"]
    assert not any(r.sector == "GOV" for r in event.recipient)


@pytest.mark.model
def test_fire_opened_beside_a_dispersal_is_aimed_at_the_crowd(analyzer):
    text = SETTING.format("Police opened fire and used water cannon to disperse the "
                          "demonstrators in Pokhara.")
    events = [e for e in _events(analyzer, text, "ASSAULT") if e.evidence.trigger == "opened"]
    (event,) = events
    assert [r.sector for r in event.recipient] == ["CVL"]


@pytest.mark.model
def test_a_purpose_without_a_dispersal_leaves_the_object(analyzer):
    text = SETTING.format("Police arrested three students to calm the town.")
    event = [e for e in _events(analyzer, text, "COERCE") if e.evidence.trigger == "arrested"][-1]
    assert [r.text for r in event.recipient] == ["students"]
