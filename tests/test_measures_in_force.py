"""A measure told in force is imposed ("new U.S. tariffs on Chinese goods took effect on
Tuesday"; lexicon/events.yaml occurrence_verbs take effect, kick in), also when an
official reports it ("..., Chinese officials said"). A cure or a law taking effect is no
event. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2025, 2, 4)  # a Tuesday


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "New U.S. tariffs on Chinese goods took effect on Tuesday.",
    "New U.S. tariffs on Chinese goods took effect on Tuesday, Chinese officials said.",
])
def test_tariffs_in_force_are_imposed(analyzer, text):
    (event,) = events_in(analyzer, text, "SANCTION", PUBLISHED)
    assert codes(event.actor) == ["USA"] and codes(event.recipient) == ["CHN"]
    assert event.date == "2025-02-04"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The new constitution took effect on Monday, Chile's government said.",
    "The painkillers took effect quickly, doctors in Kenya said on Monday.",
])
def test_other_things_taking_effect_are_no_event(analyzer, text):
    assert not told(analyzer, text, PUBLISHED)
