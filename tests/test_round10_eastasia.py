"""Round 10, East and Southeast Asia VOA stories: constructions seen in fresh stories and
fixed by rule. Every sentence here is made up for these tests (none comes from an
evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2024, 5, 10)


# --- state ships entering another state's waters: a show of force to that state ------------

@pytest.mark.model
@pytest.mark.parametrize("sentence, target", [
    # the adjective names whose waters
    ("Three Chinese coast guard vessels entered Philippine waters on Thursday.", "PHL"),
    # the possessive names them, read through the speaker
    ("Vietnam says two Chinese warships have entered its territorial waters.", "VNM"),
    # sailing through a named state's zone, as entering it
    ("Four Russian navy ships sailed through Japan's contiguous zone on Wednesday.", "JPN"),
])
def test_state_ships_entering_waters_are_a_show_of_force(analyzer, sentence, target):
    (event,) = events_in(analyzer, sentence, "MOBILIZE", PUBLISHED)
    assert event.mode == "weapons"
    assert codes(event.recipient) == [target]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a port is no claimed space, and a cargo ship no force
    "A cargo ship carrying grain entered the port of Odessa on Monday.",
    # migrants' and fishermen's boats show no state's force
    "A boat carrying migrants entered Italian waters on Sunday.",
    "Dozens of fishing vessels entered the bay before the storm.",
])
def test_other_ships_entering_are_no_force(analyzer, sentence):
    assert "MOBILIZE" not in told(analyzer, sentence, PUBLISHED)


# --- a divided state's halves: "the North", "the South", "the two Koreas" ---------------------

def _mentions(analyzer, text):
    from detente.records import Article
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # "the North" alone, once the story has named a Korea
    "South Korean officials met on Monday. The North has backed down from an earlier deal.",
    # "the North" as the object, and as a possessor
    "Seoul accused the North of firing artillery near the border on Sunday.",
    "South Korean officials said on Monday they had met the North's delegates.",
])
def test_the_north_of_a_korean_story_is_north_korea(analyzer, sentence):
    parties = {p.code for e in _mentions(analyzer, sentence).events
               for p in e.actor + e.recipient}
    assert "PRK" in parties


@pytest.mark.model
def test_the_two_koreas_are_both_halves_named_before(analyzer):
    text = ("South Korean officials hope to resume talks with the rival North. "
            "The two Koreas met for long talks in the border village on Sunday.")
    (talks,) = [e for e in _mentions(analyzer, text).events
                if e.event == "CONSULT" and "long talks" in e.evidence.sentence]
    assert sorted({p.code for p in talks.actor + talks.recipient if p.code}) == ["KOR", "PRK"]


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # a compass point, and the start or end of a longer name, stay no state, even in a story
    # that names a Korea (the halves are only looked for there)
    "Rebels attacked a town in the north of Nigeria on Monday.",
    "Chinese ships sailed in the South China Sea on Monday.",
    "Brazil's president criticized the Global South on Monday.",
])
def test_north_and_south_elsewhere_name_no_korea(analyzer, sentence):
    text = "South Korea's foreign minister spoke to reporters in Seoul. " + sentence
    found = [e for e in _mentions(analyzer, text).events if e.evidence.sentence == sentence]
    assert found  # the sentence's own act is there, with no Korea read from its words
    codes_ = {p.code for e in found for p in e.actor + e.recipient
              if p.start >= text.index(sentence)}
    assert not codes_ & {"PRK", "KOR"}
