"""Events whose own sentence names no place but whose place the story gives elsewhere: an act
dated through the incident it names ("during the protest"), a lead that tells an outcome
before the scene (events/scene.py); "the area" standing for the last town or region named
(places.py); a later day of the same talks (events/talks_venue.py). With the near-misses
that keep no place. Made-up stories, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2024, 5, 14)  # a Tuesday


def _places(analyzer, text, category):
    return [(e.evidence.trigger, e.location.name if e.location else None)
            for e in events_in(analyzer, text, category, PUBLISHED)]


@pytest.mark.model
def test_an_act_dated_by_the_incident_it_names_takes_its_place(analyzer):
    text = ("Hundreds of people gathered in Dhaka on Thursday to protest power cuts. "
            "The stone-throwing protesters also attacked an office during the protest.")
    assert _places(analyzer, text, "ASSAULT") == [("attacked", "Dhaka")]


@pytest.mark.model
def test_arrests_after_the_clashes_are_where_the_clashes_were(analyzer):
    text = ("Kenyan police clashed with opposition supporters in Nairobi on Monday. "
            "Police arrested 40 people after the clashes.")
    assert _places(analyzer, text, "COERCE") == [("arrested", "Nairobi")]


@pytest.mark.model
def test_a_day_named_again_opens_another_incident(analyzer):
    text = ("Ugandan police arrested 30 opposition supporters in Kampala on Monday. "
            "Also on Monday, gunmen killed two soldiers in an ambush, the army said.")
    assert _places(analyzer, text, "ASSAULT") == [("killed", None)]


@pytest.mark.model
def test_a_lead_outcome_takes_the_scene_set_after_it(analyzer):
    text = ("Witnesses say more than 200 people were injured when police fired tear gas to "
            "disperse the crowd. Those hurt include officers. Hundreds of people gathered in "
            "Dhaka on Thursday to protest power cuts.")
    got = events_in(analyzer, text, "COERCE", PUBLISHED)
    assert [(e.location.name if e.location else None, e.date) for e in got] == [
        ("Dhaka", "2024-05-09")]


@pytest.mark.model
def test_a_lead_act_of_another_day_keeps_no_place(analyzer):
    text = ("Police arrested 40 opposition leaders on Monday, the party said. "
            "Protesters marched in Kampala on Tuesday against fuel prices.")
    assert _places(analyzer, text, "COERCE") == [("arrested", None)]


@pytest.mark.model
def test_the_area_is_the_last_town_named(analyzer):
    text = ("Fighting broke out in Bor on Thursday between rival South Sudanese militias. "
            "The government sent more troops to the area on Friday, officials said.")
    assert _places(analyzer, text, "MOBILIZE") == [("sent", "Bor")]


@pytest.mark.model
def test_a_later_day_of_talks_is_held_where_they_opened(analyzer):
    text = ("Negotiators from Sudan's army and the Rapid Support Forces opened talks in Jeddah "
            "on Saturday. The second day of talks on Sunday produced no agreement, Sudanese "
            "officials said.")
    assert [p for _, p in _places(analyzer, text, "CONSULT")] == ["Jeddah", "Jeddah"]


@pytest.mark.model
def test_another_round_of_talks_is_not_placed_by_the_first(analyzer):
    text = ("Negotiators from Sudan's army and the Rapid Support Forces opened talks in Jeddah "
            "on Saturday. The second round of talks on Sunday produced no agreement, Sudanese "
            "officials said.")
    assert [p for _, p in _places(analyzer, text, "CONSULT")] == ["Jeddah", None]


@pytest.mark.model
def test_an_act_told_as_going_on_then_takes_the_scene(analyzer):
    text = ("Militants attacked a passenger bus Sunday in Nigeria's Zamfara state, taking many "
            "passengers hostage. It later claimed it was holding over 50 hostages.")
    got = [(e.evidence.trigger, e.date, e.location.name if e.location else None)
           for e in events_in(analyzer, text, "ASSAULT", PUBLISHED)]
    assert got[-1] == ("holding over 50 hostages", "2024-05-12", "Zamfara")


@pytest.mark.model
def test_a_lead_of_other_sides_keeps_no_place(analyzer):
    text = ("Israeli jets killed 20 Palestinians overnight, health officials said. Russian "
            "missiles struck apartment blocks in Kyiv on Tuesday, killing three people.")
    got = [(e.evidence.trigger, e.location.name if e.location else None)
           for e in events_in(analyzer, text, "ASSAULT", PUBLISHED)]
    assert got[0] == ("killed", None)


@pytest.mark.model
def test_an_act_at_the_scene_is_where_the_incident_was(analyzer):
    text = ("A car bomb exploded near a market in Kirkuk on Sunday, Iraqi police said. Police "
            "arrested two suspects at the scene on Monday.")
    assert _places(analyzer, text, "COERCE") == [("arrested", "Kirkuk")]


@pytest.mark.model
def test_an_act_at_another_kind_of_site_keeps_no_place(analyzer):
    text = ("A car bomb exploded near a market in Kirkuk on Sunday, Iraqi police said. Police "
            "arrested two men at the test site on Monday.")
    assert _places(analyzer, text, "COERCE") == [("arrested", None)]
