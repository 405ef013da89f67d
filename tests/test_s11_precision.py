"""Statements that describe rather than tell an act (events/nonevents.py), and the acts told
beside them. Every sentence is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes as _codes, events_in

PUBLISHED = dt.date(2025, 6, 4)


def _events(analyzer, text, category):
    return events_in(analyzer, text, category, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Moldovan border guards, backed by Romanian police, patrolled the river crossing on "
     "Tuesday.", "SUPPORT"),
    ("Finland froze a road project, also financed by Latvia.", "AID"),
])
def test_a_participle_with_its_doer_on_a_noun_describes_the_noun(analyzer, text, category):
    assert _events(analyzer, text, category) == []


@pytest.mark.model
def test_backing_told_in_a_clause_of_its_own_stays(analyzer):
    (event,) = _events(analyzer, "Romania backed Moldova's bid on Tuesday, its foreign "
                                 "minister said.", "SUPPORT")
    assert _codes(event.actor) == ["ROU"]
    assert _codes(event.recipient) == ["MDA"]
    assert event.modality == "asserted"
    assert event.date == "2025-06-03"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Latvia and Estonia regard the militia as a terrorist group.",
    "The militia is considered a terrorist organization by Latvia and Estonia.",
    "Latvia considers the rebels a terrorist organization but is calling for talks.",
])
def test_a_party_classed_as_terrorist_by_a_view_held_is_no_accusation(analyzer, text):
    assert _events(analyzer, text, "ACCUSE") == []


@pytest.mark.model
def test_calling_a_party_terrorists_stays_an_accusation(analyzer):
    (event,) = _events(analyzer, "Estonia's foreign minister on Monday called the Latvian "
                                 "rebels terrorists.", "ACCUSE")
    assert _codes(event.actor) == ["EST"]
    assert event.modality == "asserted"
    assert event.date == "2025-06-02"


@pytest.mark.model
def test_a_view_of_an_act_stays_an_accusation(analyzer):
    (event,) = _events(analyzer, "Lithuania regards Poland's border closure as illegal.",
                       "ACCUSE")
    assert _codes(event.actor) == ["LTU"]
    assert _codes(event.recipient) == ["POL"]


PLAN = ("Moldova's foreign minister arrived in Bucharest on Tuesday, where he will hold talks "
        "this week with his Romanian counterpart. The minister is to return home on Friday, "
        "a day after his scheduled meeting with the Romanian foreign minister. The two sides "
        "will discuss border crossings and energy links.")


@pytest.mark.model
def test_a_planned_meeting_told_again_is_one_plan(analyzer):
    plans = [e for e in _events(analyzer, PLAN, "CONSULT") if e.modality == "future"]
    assert len(plans) == 1
    (plan,) = plans
    assert _codes(plan.actor) == ["MDA"]
    assert _codes(plan.recipient) == ["ROU"]
    assert len(plan.also_evidence) >= 1


@pytest.mark.model
def test_plans_with_other_sides_stay_apart(analyzer):
    text = ("Moldova's president will meet Romania's president in Bucharest on Monday. "
            "Separately, she will also hold talks with Ukraine's president in Kyiv on Friday.")
    plans = [e for e in _events(analyzer, text, "CONSULT") if e.modality == "future"]
    assert sorted(_codes(p.recipient)[0] for p in plans) == ["ROU", "UKR"]
