"""Round 10 (Latin America fresh VOA stories): constructions seen in whole articles that no
gold set had tuned on. Every sentence is made up for these tests (none comes from an
evaluation set or a collected article); each case says which construction it pins."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis.events


def _asserted(events, category):
    return [e for e in events if e.event == category and e.modality == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the harm is what the forces were sent to help with, through "help" + bare verb
    "Chile sent 500 troops to help fight the rebels in the north.",
    # ... with the helped party named as the subject of the harm verb
    "Brazil deployed 300 soldiers to help local police fight the gangs.",
    # ... and with a gerund of sending
    "The president thanked Peru for sending troops to help fight the militants.",
])
def test_a_harm_forces_were_sent_to_help_with_is_not_done(analyzer, text):
    events = _events(analyzer, text)
    assert [e.event for e in events if e.event == "MOBILIZE"] == ["MOBILIZE"]
    assert _asserted(events, "ASSAULT") == []


@pytest.mark.model
def test_helping_in_a_fight_that_was_fought_is_still_told(analyzer):
    # "help" under no verb of sending: the soldiers did fight
    events = _events(analyzer, "Chilean soldiers helped Peruvian troops fight the rebels on Tuesday.")
    assert len(_asserted(events, "ASSAULT")) == 1
