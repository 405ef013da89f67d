""""The group" with its own "of" phrase ("accused the group of stalling") still stands for
the organisation named before (actor_bodies.group_before); a statement is not placed where
another act joined to it happens ("accused X of Y and ordered operations in Z",
events/statement_place.py). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 6, 11)  # a Tuesday

_STORIES = [
    ("Hamas on Sunday rejected the latest proposal. Israeli Prime Minister Benjamin Netanyahu "
     "accused the group of stalling and vowed to continue the offensive in Rafah.", "PSE"),
    ("The ELN attacked an army post in Arauca on Monday. Colombia's defense minister accused "
     "the group of violating the cease-fire and ordered new operations in Cauca.", "COL"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, blamed", _STORIES)
def test_the_group_of_a_charge_is_the_group_named_before(analyzer, text, blamed):
    (event,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert codes(event.recipient) == [blamed] and \
        {r.sector for r in event.recipient} == {"REB"}


@pytest.mark.model
@pytest.mark.parametrize("text, blamed", _STORIES)
def test_a_charge_is_not_placed_where_a_joined_act_happens(analyzer, text, blamed):
    (event,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert event.location is None


@pytest.mark.model
def test_a_statement_made_in_a_place_keeps_it(analyzer):
    text = "Colombia's defense minister accused the ELN in Bogota on Monday of violating the truce."
    (event,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert event.location is not None and event.location.name == "Bogotá"
