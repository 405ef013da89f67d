"""Clauses on a participant or on an attack noun: a relative clause on the subject dates its
own act, not the main one (grounding.clause_dates; one on the cause still may); a participle
of striking on the attack a harm was done by tells where that attack landed
(events/placing.py). Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2021, 3, 4)  # a Thursday


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == category]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Houthi rebels, who seized the capital in 2014, blamed Saudi Arabia for the strike.",
    "The Iranian minister, who took office two years ago, accused Israel of sabotage.",
])
def test_a_relative_clause_on_the_doer_does_not_date_the_main_act(analyzer, text):
    (accuse,) = _events(analyzer, text, "ACCUSE")
    assert (accuse.modality, accuse.date_basis) == ("asserted", "publication")


@pytest.mark.model
def test_a_relative_clause_on_the_doer_keeps_its_own_act_dated(analyzer):
    text = "The Saudi prince, who visited Washington in May 2020, criticized Iran."
    (visit,) = _events(analyzer, text, "CONSULT")
    assert (visit.date, visit.modality) == ("2020-05", "historical")


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Officials said a commander was killed Thursday in an airstrike targeting his hideout "
     "in Iraq's Anbar desert.", "IRQ"),
    ("Police said three officers were killed on Monday in an attack targeting a checkpoint "
     "in Nigeria's Borno State.", "NGA"),
])
def test_a_participle_of_striking_on_the_means_places_the_harm(analyzer, text, place):
    assert place in {e.location.country for e in _events(analyzer, text, "ASSAULT")
                     if e.location is not None}


@pytest.mark.model
def test_a_relative_clause_on_the_cause_still_dates_the_act(analyzer):
    text = ("Cambodian opposition officials were jailed over a protest that turned violent in "
            "Phnom Penh in July 2014.")
    assert [e.date for e in _events(analyzer, text, "COERCE")] == ["2014-07"]
