"""A stance told again on the same thing is one record (events/restated.py); a stance on
another thing stays a record of its own. Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _supports(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [e for e in result.events if e.event == "SUPPORT"]


@pytest.mark.model
def test_a_stance_on_the_same_thing_told_again_is_one_record(analyzer):
    (ev,) = _supports(analyzer, "Canada endorsed the new trade deal on Monday. Officials in "
                                "Ottawa said Canada backs the deal because it helps farmers.")
    assert ev.evidence.trigger.startswith("endorsed")
    assert [a.sentence for a in ev.also_evidence] == [
        "Officials in Ottawa said Canada backs the deal because it helps farmers."]


@pytest.mark.model
def test_a_stance_on_another_thing_is_another_record(analyzer):
    evs = _supports(analyzer, "Canada endorsed the new trade deal on Monday. Officials in "
                              "Ottawa said Canada backs the plan because it helps farmers.")
    assert len(evs) == 2 and all(not e.also_evidence for e in evs)


@pytest.mark.model
def test_a_statement_retold_in_its_speakers_own_words_is_one_record(analyzer):
    text = ("Chile urged Peru to free the reporter on Monday. \u201cWe urge Peru to release him "
            "now,\u201d Chilean Foreign Minister Alberto van Klaveren told reporters.")
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    (ev,) = [e for e in result.events if e.event == "REQUEST"]
    assert ev.evidence.trigger.startswith("urged")
    assert len(ev.also_evidence) == 1 and "We urge" in ev.also_evidence[0].sentence


@pytest.mark.model
def test_an_attacks_toll_told_in_the_next_sentence_is_that_attack(analyzer):
    text = ("M23 rebels stormed a Congolese army base near Goma on Monday. "
            "Nine soldiers were killed.")
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    (ev,) = [e for e in result.events if e.event == "ASSAULT"]
    assert [a.sentence for a in ev.also_evidence] == ["Nine soldiers were killed."]


@pytest.mark.model
def test_the_attackers_own_dead_are_another_event(analyzer):
    text = ("M23 rebels stormed a Congolese army base near Goma on Monday. "
            "Sixteen rebels were killed.")
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    assert len([e for e in result.events if e.event == "ASSAULT"]) == 2
