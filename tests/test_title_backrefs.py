"""Actor stage: a bare title ("the secretary", "the general", "the commander") stands for the
person named before with a title of that head, and takes that person's country and sector
(``actor_backrefs.titled_person``). Made-up sentences on the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import ArticleActors, load_kb
from tests.event_helpers import events_in

pytestmark = pytest.mark.model

DAY = dt.date(2025, 5, 29)


def resolved(nlp_sm, text, words):
    """(code, sector, name) of the actors ``words`` (the last place it occurs in ``text``)
    names."""
    doc = nlp_sm(text)
    actors = ArticleActors(doc, load_kb(), DAY)
    i = text.rindex(words)
    span = doc.char_span(i, i + len(words), alignment_mode="expand")
    return [(a.code, a.sector, a.name) for a in actors.resolve(span)]


@pytest.mark.parametrize("text, words, expected", [
    ("U.S. Secretary of State Jane Marlow arrived in Cairo on Monday. The secretary met "
     "Egyptian officials.", "The secretary", ("USA", "GOV", "Jane Marlow")),
    ("Pakistan's army chief Gen. Tariq Hamid flew to Beijing on Monday. The general met "
     "Chinese officials.", "The general", ("PAK", "MIL", "Tariq Hamid")),
    # before: the story's setting, South Korea
    ("U.S. Forces Korea commander Gen. Paul Dorsey visited Seoul on Friday. The commander "
     "met South Korean officials.", "The commander", ("USA", "MIL", "Paul Dorsey")),
    # two secretaries in turn: the one named last
    ("U.S. Secretary of State Jane Marlow met allies in Brussels on Monday. On Tuesday, "
     "British Foreign Secretary Tom Ashby arrived in Kyiv. The secretary met Ukrainian "
     "officials.", "The secretary", ("GBR", "GOV", "Tom Ashby")),
])
def test_a_bare_title_is_the_person_named_before_with_it(nlp_sm, text, words, expected):
    assert resolved(nlp_sm, text, words) == [expected]


@pytest.mark.parametrize("text, words", [
    # two secretaries named together: which one is meant is unsaid
    ("U.S. Secretary of State Jane Marlow and British Foreign Secretary Tom Ashby arrived in "
     "Kyiv on Monday. The secretary met Ukrainian officials.", "The secretary"),
    # "Secretary General" is a secretary, not a general
    ("NATO Secretary General Lars Berg arrived in Kyiv on Monday. The general met Ukrainian "
     "officials.", "The general"),
    # no secretary named before
    ("Kenyan police detained 20 protesters in Nairobi on Monday. The secretary condemned the "
     "arrests.", "The secretary"),
])
def test_a_bare_title_with_no_one_person_to_stand_for_names_no_one(nlp_sm, text, words):
    assert resolved(nlp_sm, text, words) == []


def test_a_title_with_an_owner_of_its_own_is_not_the_person_named_before(nlp_sm):
    text = ("U.S. Secretary of Labor Jane Marlow visited Nairobi on Monday. The secretary of "
            "the Kenyan teachers union criticized the government.")
    assert all(name != "Jane Marlow" for _, _, name in resolved(nlp_sm, text, "The secretary"))


def test_title_heads():
    from detente.actor_backrefs import title_head

    assert [title_head(t) for t in ("Secretary of State", "Defense Secretary", "Gen.",
                                     "Secretary-General", "army chief", "Lieutenant General")
            ] == ["secretary", "secretary", "general", "secretary", "chief", "general"]


def test_the_secretary_acts_for_the_secretary_named_before(analyzer):
    text = ("U.S. Secretary of State Jane Marlow arrived in Cairo on Monday for talks on Gaza. "
            "The secretary urged Egyptian officials to open the Rafah crossing.")
    (event,) = events_in(analyzer, text, "REQUEST", DAY)
    assert [(a.code, a.sector) for a in event.actor] == [("USA", "GOV")]
    assert [a.code for a in event.recipient] == ["EGY"]
