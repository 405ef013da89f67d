"""The story's guessed country gives way to the country an act took place in
(events/scene_parties.py): unnamed police, protesters and victims of an act placed abroad are
of that place; unnamed fighters doing it keep no country; a state's voice, a named person and
an act that is no act of force keep the guess. Made-up sentences."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from detente.events.scene_parties import _moved
from detente.records import Actor, Article

PUBLISHED = dt.date(2024, 3, 2)  # a Saturday


def _first(analyzer, text, event):
    events = next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events
    found = [e for e in events if e.event == event]
    assert found, [e.event for e in events]
    return found[0]


def _codes(parties):
    return sorted(a.code or "-" for a in parties)


@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient", [
    ("JOHANNESBURG, South Africa — Police arrested dozens of opposition supporters in Harare "
     "on Tuesday, a rights group said. South Africa's president Cyril Ramaphosa said he was "
     "concerned. South African officials did not comment.", "COERCE", ["ZWE"], ["ZWE"]),
    ("BEIRUT, Lebanon — Protesters stormed the parliament in Baghdad on Saturday, witnesses "
     "said. Lebanon has seen similar protests. Lebanese officials said they were watching.",
     "ASSAULT", ["IRQ"], ["IRQ"]),
    ("LONDON — Two people were killed in Nairobi on Tuesday when police fired on "
     "demonstrators, witnesses said. Britain's foreign secretary urged restraint. British "
     "officials said they were concerned.", "ASSAULT", ["KEN"], ["KEN"]),
])
def test_unnamed_parties_of_an_act_abroad_are_of_its_place(analyzer, text, event, actor,
                                                             recipient):
    e = _first(analyzer, text, event)
    assert (_codes(e.actor), _codes(e.recipient)) == (actor, recipient)


@pytest.mark.model
def test_unnamed_fighters_abroad_are_nobodys_sure_side(analyzer):
    text = ("DAKAR, Senegal — Militants ambushed a convoy near Gao on Friday, killing four "
            "soldiers. Senegal's president called for calm. Senegalese officials said the "
            "region needed help.")
    e = _first(analyzer, text, "ASSAULT")
    assert _codes(e.actor) == ["-"]
    assert "SEN" not in _codes(e.recipient)


@pytest.mark.model
def test_the_dateline_countrys_own_act_at_home_keeps_the_setting(analyzer):
    text = ("NAIROBI, Kenya — Police fired tear gas at protesters in Mombasa on Monday. Kenya's "
            "interior minister defended the police.")
    e = _first(analyzer, text, "COERCE")
    assert _codes(e.actor) == ["KEN"]


def _rule(actor, doing, event="ASSAULT", source=()):
    where = SimpleNamespace(name="Gao", country="MLI")
    return _moved(actor, where, set(source), doing, event).code


def test_which_guessed_parties_give_way_to_the_acts_country():
    soldiers = Actor("soldiers", "FRA", "MIL")
    villagers = Actor("villagers", "SEN", "CVL")
    assert _rule(villagers, False) == "MLI"
    assert _rule(Actor("militants", "SEN", "REB"), True) is None  # a doer abroad: unsure
    assert _rule(soldiers, False) == "FRA"  # a home story's soldiers lost abroad
    assert _rule(Actor("the government", "SEN", "GOV"), True) == "SEN"
    assert _rule(Actor("Macky Sall", "SEN", "GOV", "Macky Sall"), True) == "SEN"
    assert _rule(villagers, False, event="CONSULT") == "SEN"  # a venue, not where one belongs
    assert _rule(Actor("officials", "USA", "GOV"), True, "ACCUSE", ["USA"]) == "MLI"


@pytest.mark.model
def test_soldiers_a_state_reports_harmed_are_its_own(analyzer):
    # the story is set in Switzerland (dateline, the Swiss ministry); the Armenian ministry's
    # unnamed soldiers are Armenia's, not the setting's
    text = ("GENEVA — Talks between Armenia and Azerbaijan will resume next week, the Swiss "
            "foreign ministry said on Friday. Swiss officials said the venue was ready. "
            "Armenia's defence ministry said two soldiers were killed on Thursday when a "
            "drone struck their post.")
    e = _first(analyzer, text, "ASSAULT")
    assert _codes(e.recipient) == ["ARM"]


@pytest.mark.model
def test_militants_a_state_reports_killed_are_not_made_its_own(analyzer):
    text = ("GENEVA — Talks between Armenia and Azerbaijan will resume next week, the Swiss "
            "foreign ministry said on Friday. Swiss officials said the venue was ready. "
            "Armenia's defence ministry said two militants were killed on Thursday.")
    events = next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events
    assert not any("ARM" in _codes(e.recipient) for e in events if e.event == "ASSAULT")
