"""Weak categories on made-up wire sentences (session 14 battery): AID given as hardware,
training or distributed relief; COOPERATE as joint patrols or projects; CONCEDE as a measure
of force ended."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article
from event_helpers import codes, events_in

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def analyzer():
    from detente.pipeline import Analyzer

    return Analyzer()


def _one(analyzer, text, category):
    found = [e for e in events_in(analyzer, text, category, PUBLISHED)
             if e.modality == "asserted"]
    assert len(found) == 1, (text, found)
    return found[0]


@pytest.mark.parametrize("text,actor,recipient", [
    ("Norway delivered three air-defence systems to Moldova last week.", "NOR", "MDA"),
    ("Canada shipped interceptors and artillery shells to Ukraine on Monday.", "CAN", "UKR"),
])
def test_hardware_delivered_is_aid(analyzer, text, actor, recipient):
    ev = _one(analyzer, text, "AID")
    assert codes(ev.actor) == [actor] and codes(ev.recipient) == [recipient]


def test_forces_trained_for_another_state_are_military_aid(analyzer):
    ev = _one(analyzer, "Italy trained 200 Libyan coast guard officers this month.", "AID")
    assert ev.mode == "military"
    assert codes(ev.actor) == ["ITA"] and codes(ev.recipient) == ["LBY"]


@pytest.mark.parametrize("text", [
    "The runners trained for the marathon in the hills.",
    "She trained as a nurse in Manila before the war.",
])
def test_training_that_is_no_aid(analyzer, text):
    assert events_in(analyzer, text, "AID", PUBLISHED) == []


def test_relief_distributed_is_aid(analyzer):
    ev = _one(analyzer, "The Red Cross began distributing blankets to displaced families "
                        "in Chad on Monday.", "AID")
    assert ev.actor


def test_leaflets_distributed_are_no_aid(analyzer):
    assert events_in(analyzer, "Activists distributed leaflets outside the parliament.",
                     "AID", PUBLISHED) == []


@pytest.mark.parametrize("text", [
    "Thai and Cambodian troops held joint patrols along the border on Tuesday.",
    "Kenya and Ethiopia launched a joint irrigation project on Wednesday.",
])
def test_joint_acts_are_cooperation(analyzer, text):
    ev = _one(analyzer, text, "COOPERATE")
    assert len(codes(ev.actor) + codes(ev.recipient)) == 2


@pytest.mark.parametrize("text", [
    "Peru's government ended the state of emergency in the south on Tuesday.",
    "The junta ended the curfew in the capital on Friday.",
])
def test_a_measure_of_force_ended_is_a_concession(analyzer, text):
    _one(analyzer, text, "CONCEDE")


@pytest.mark.parametrize("text", [
    "The meeting ended without an agreement on Friday.",
    "The civil war ended in 2002.",
])
def test_other_endings_are_no_concession(analyzer, text):
    assert events_in(analyzer, text, "CONCEDE", PUBLISHED) == []
