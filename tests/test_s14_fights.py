"""Session 14 audit of new stories: the other side of "killed during fighting with X" (a
gerund), a title that names its group ("a rebel leader"), and one party told twice ("the
top rebel commander, known as X") kept once."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import knowledge
from event_helpers import events_in

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def analyzer():
    from detente.pipeline import Analyzer

    return Analyzer()


def _sides(ev):
    return ([(a.code, a.sector) for a in ev.actor], [(r.code, r.sector) for r in ev.recipient])


def test_killed_during_fighting_with_troops_names_the_troops(analyzer):
    text = ("Three soldiers were killed during fighting with al-Shabab militants near "
            "Kismayo on Monday.")
    (ev,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    actor, recipient = _sides(ev)
    assert actor == [("SOM", "REB")] and recipient == [("SOM", "MIL")]


def test_self_naming_title_sectors_are_data():
    assert {"reb", "opp"} <= knowledge.words("lexicon/actors.yaml", "self_naming_title_sectors")


@pytest.mark.parametrize("text,sector", [
    ("Police in Yemen arrested a rebel leader on Monday.", "REB"),
    ("Troops in Mali arrested a militant leader on Monday.", "REB"),
])
def test_a_title_that_names_its_group_gives_the_sector(analyzer, text, sector):
    (ev,) = events_in(analyzer, text, "COERCE", PUBLISHED)
    assert [r.sector for r in ev.recipient] == [sector]


def test_a_party_told_twice_by_apposition_is_one_recipient(analyzer):
    text = ("Peru's president and the top rebel commander, known as Comandante Rojo, met in "
            "Lima on Monday.")
    (ev,) = events_in(analyzer, text, "CONSULT", PUBLISHED)
    parties = [(a.code, a.sector) for a in ev.actor + ev.recipient if a.sector == "REB"]
    assert len(parties) == 1
