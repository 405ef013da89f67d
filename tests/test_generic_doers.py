"""Unnamed doers of violence: group nouns give a sector, and the place of the act gives the
country when nothing names one, also when the tagger takes the sentence's first word for a
name. Every sentence is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article


@pytest.mark.model
@pytest.mark.parametrize("doer, sector", [
    ("Militiamen", "REB"), ("Maoists", "REB"), ("A gunman", "REB"), ("Villagers", "CVL"),
    ("Arsonists", "CRM"),
])
def test_a_group_noun_opening_the_sentence_takes_the_place_country(analyzer, doer, sector):
    (analysis,) = analyzer.analyze([Article.make(
        f"{doer} attacked a police station near Kano on Monday.",
        published=dt.date(2023, 5, 9))])
    (event,) = [e for e in analysis.events if e.event == "ASSAULT"]
    assert [(a.code, a.sector) for a in event.actor] == [("NGA", sector)]


@pytest.mark.model
def test_a_named_group_opening_the_sentence_keeps_no_guessed_country(analyzer):
    (analysis,) = analyzer.analyze([Article.make(
        "Kovalenko Brigade attacked a police station near Kano on Monday.",
        published=dt.date(2023, 5, 9))])
    (event,) = [e for e in analysis.events if e.event == "ASSAULT"]
    assert [a.code for a in event.actor] != ["NGA"]
