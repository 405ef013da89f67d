"""A strike told by its weapon (events/weapons.py): where a missile fell says nothing of who
fired it. Every story is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 11, 4)


def _assaults(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == "ASSAULT"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A missile hit an apartment block in Odesa on Sunday, killing three people.",
    "Shelling killed two civilians in Kherson.",
    "A drone strike killed a commander in southern Lebanon.",
])
def test_an_unattributed_strike_takes_no_country_from_where_it_fell(analyzer, text):
    (event,) = _assaults(analyzer, text)
    assert all(a.code is None for a in event.actor)
    assert any(r.code for r in event.recipient)


@pytest.mark.model
def test_the_article_names_the_striker_of_a_later_strike_on_the_same_country(analyzer):
    text = ("Russian forces attacked Ukraine overnight with drones and missiles. A missile "
            "hit an apartment block in Odesa, killing three people.")
    odesa = [e for e in _assaults(analyzer, text) if e.evidence.sentence.startswith("A missile")]
    assert [[a.code for a in e.actor] for e in odesa] == [["RUS"]]


@pytest.mark.model
def test_a_planted_bomb_still_takes_the_place_country(analyzer):
    (event,) = _assaults(analyzer, "A roadside bomb killed three soldiers in Kandahar.")
    assert [a.code for a in event.actor] == ["AFG"]


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, e.mode, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in analysis.events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Syria launched a dozen rockets at Turkey on Friday.",
     [("ASSAULT", "heavy-weapons", ["SYR"], ["TUR"])]),
    ("Pakistan launched drones against Afghanistan overnight.",
     [("ASSAULT", "heavy-weapons", ["PAK"], ["AFG"])]),
    ("India launched a ballistic missile into the sea in a test.",
     [("MOBILIZE", "weapons", ["IND"], [])]),
    ("Chile launched a weather satellite on a rocket.", []),
    # a day after "on" is when, not a target
    ("India launched a ballistic missile on Sunday.", [("MOBILIZE", "weapons", ["IND"], [])]),
])
def test_a_launch_attacks_only_when_aimed_at_someone(analyzer, text, expected):
    assert _events(analyzer, text) == expected


@pytest.mark.model
def test_a_launch_aimed_by_a_clause_of_its_own_attacks(analyzer):
    events = _events(analyzer, "Syrian forces launched two rockets targeting a Turkish base.")
    assert ("ASSAULT", "heavy-weapons", ["SYR"], []) in events
    assert not [e for e in events if e[0] == "MOBILIZE"]
