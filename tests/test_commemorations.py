"""The episode an anniversary story commemorates is history in its retellings (issue 9,
round 7, false events: events/commemorations.py). Made-up stories through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2025, 4, 7)


@pytest.mark.model
def test_retold_massacre_is_history(analyzer):
    text = ("Hundreds gathered on Sunday for the 30th anniversary commemoration of the "
            "massacre at the church in Nyarubuye, where 300 villagers were killed by "
            "Rwandan militiamen. Over two days, Rwandan militiamen killed 300 villagers "
            "inside the church, survivors recalled.")
    found = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert found and all(e.modality == "historical" for e in found)


@pytest.mark.model
def test_new_attack_on_the_anniversary_stays_news(analyzer):
    text = ("On the anniversary of the massacre, Burundian gunmen attacked the mourners "
            "at the church in Nyarubuye.")
    found = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert [e.modality for e in found] == ["asserted"]
