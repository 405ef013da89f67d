"""aims: a state organ's criticism of an act by its own country's armed challengers is aimed at
them (session 14 audit of new stories)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def analyzer():
    from detente.pipeline import Analyzer

    return Analyzer()


@pytest.mark.parametrize("text,code", [
    ("Rebels attacked an army post in Cauca on Monday. Colombia's defence minister "
     "condemned the attack.", "COL"),
    ("Insurgents bombed a market in Kunduz on Sunday. Afghanistan's president condemned "
     "the bombing.", "AFG"),
])
def test_condemning_the_own_countrys_rebels_aims_at_them(analyzer, text, code):
    (ev,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert codes(ev.actor) == [code]
    assert [(r.code, r.sector) for r in ev.recipient] == [(code, "REB")]

