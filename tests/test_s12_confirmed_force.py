"""A weak force verb confirmed by the harm its clause tells (session 12): "jets targeted X,
killing 40" used force, "the campaign targeted voters" did not. Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2025, 3, 8)


@pytest.mark.model
def test_a_target_struck_with_a_toll_is_an_attack(analyzer):
    # the jets name no side: only the toll shows that "targeted" was force
    (found,) = events_in(analyzer, "Unidentified jets targeted a rebel base near Kidal on "
                         "Sunday, killing at least 30 fighters.", "ASSAULT", PUBLISHED)
    assert found.evidence.trigger == "targeted"
    assert found.location is not None and found.location.name == "Kidal"


@pytest.mark.model
def test_a_target_with_no_harm_told_is_no_attack(analyzer):
    assert events_in(analyzer, "The Malian campaign targeted young voters in the north, "
                     "reaching millions.", "ASSAULT", PUBLISHED) == []
