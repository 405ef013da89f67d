"""States named only as a border's side (actor_landmarks.py), nationals abroad and a state's
foreign ministry (setting.py): made-up stories."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actor_landmarks import border_side
from detente.actors import ArticleActors, load_kb
from detente.records import Article

DAY = dt.date(2025, 3, 4)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def _side(nlp, text, name):
    doc = nlp(text)
    start = text.index(name)
    return border_side(doc, start, start + len(name))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Troops patrolled a town near the border with Niger.", "Niger"),
    ("Refugees crossed at the Thai border on Monday.", "Thai"),
    ("Villagers from towns near the Laos-Thailand border fled.", "Thailand"),
    ("Fighting broke out along the border between Sudan and Chad.", "Chad"),
])
def test_a_state_after_a_border_word_is_its_side(nlp_sm, text, name):
    assert _side(nlp_sm, text, name) is not None


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("Niger closed the road to the capital.", "Niger"),
    ("Thai troops patrolled the border.", "Thai"),
    ("Talks with Chad resumed near the border.", "Chad"),
])
def test_a_state_that_is_no_border_side(nlp_sm, text, name):
    assert _side(nlp_sm, text, name) is None


STORY = ("Suspected jihadists attacked an army post near the border with Burkina Faso in "
         "western Niger on Sunday, killing six Nigerien soldiers, the army said. The militants "
         "fled on motorbikes. Villagers from towns near the Niger-Burkina Faso border have fled "
         "to the city of Tillaberi, residents said.")


@pytest.mark.model
def test_a_border_side_neither_sets_the_story_nor_joins_a_phrase(nlp_sm, kb):
    aa = ArticleActors(nlp_sm(STORY), kb, DAY)
    assert aa.setting == "NER"
    phrase = "Villagers from towns near the Niger-Burkina Faso border"
    start = STORY.index(phrase)
    found = aa.resolve(aa.doc.char_span(start, start + len(phrase)))
    assert [(a.code, a.sector) for a in found] == [("NER", "CVL")]


@pytest.mark.model
def test_gunmen_near_a_border_are_of_the_story_not_of_the_neighbour(analyzer):
    article = Article(id="made-up-border", text=STORY, published=DAY)
    analysis = next(analyzer.analyze([article]))
    attacks = [e for e in analysis.events if e.event == "ASSAULT"
               and e.evidence.sentence.startswith("Suspected jihadists")]
    assert attacks, [e.event for e in analysis.events]
    assert {a.code for a in attacks[0].actor} == {"NER"}
    assert "BFA" not in {a.code for e in analysis.events for a in e.actor + e.recipient}


@pytest.mark.model
def test_a_border_after_near_is_where_not_whom(analyzer):
    text = ("Gunmen killed two Pakistani soldiers near the Afghan border on Sunday, the "
            "Pakistani military said. Pakistani officials condemned the attack.")
    analysis = next(analyzer.analyze([Article(id="made-up-near", text=text, published=DAY)]))
    kills = [e for e in analysis.events if e.event == "ASSAULT"]
    assert kills and [sorted({a.code for a in e.recipient}) for e in kills][0] == ["PAK"]


# --- nationals abroad and a state's foreign ministry ------------------------------------------

ABROAD = ("The Ministry of Foreign Affairs condemned the killing of a British aid worker on "
          "Friday. The ministry said the perpetrators would be found. Police in Abuja said two "
          "suspects had been arrested. The victim's British family thanked Nigerian police.")


@pytest.mark.model
def test_a_nationality_of_private_people_does_not_set_a_close_story(nlp_sm, kb):
    aa = ArticleActors(nlp_sm(ABROAD), kb, DAY)
    assert aa.setting == "NGA"
    start = ABROAD.index("British aid worker")
    found = aa.resolve(aa.doc.char_span(start, start + len("British aid worker")))
    assert [a.code for a in found] == ["GBR"]  # the worker keeps her own nationality


@pytest.mark.model
def test_the_ministry_of_foreign_affairs_is_the_story_state_s(nlp_sm, kb):
    aa = ArticleActors(nlp_sm(ABROAD), kb, DAY)
    name = "The Ministry of Foreign Affairs"
    found = aa.resolve(aa.doc.char_span(0, len(name)))
    assert [(a.code, a.sector) for a in found] == [("NGA", "GOV")]


def test_foreign_before_an_office_word_names_a_portfolio():
    from detente.setting import takes_setting
    assert takes_setting(["the", "ministry", "of", "foreign", "affairs", "foreign"])
    assert takes_setting(["the", "foreign", "ministry"])
    assert not takes_setting(["foreign", "diplomats"])
    assert not takes_setting(["the", "foreign", "and", "defence", "ministers"])
    assert not takes_setting(["foreign", "minister"])  # often a visiting minister
