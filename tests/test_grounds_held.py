"""An arrest or a jailing "on suspicion of / on charges of ..." is done to the person held, not
to a party named in the offence (events/offences.py held_on)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2024, 5, 15)


def _held(analyzer, text):
    (event,) = events_in(analyzer, text, "COERCE", PUBLISHED)
    return {(r.code, r.sector) for r in event.recipient}


@pytest.mark.model
def test_party_in_suspicion_is_not_held(analyzer):
    text = ("Georgian police detained three opposition activists in Tbilisi on Wednesday on "
            "suspicion of organizing violence against police officers.")
    assert _held(analyzer, text) == {("GEO", "OPP")}


@pytest.mark.model
def test_party_in_charges_is_not_held(analyzer):
    text = ("A court in Bangladesh jailed a former minister on Thursday on charges of "
            "corruption in a deal with Chinese firms.")
    assert "CHN" not in {code for code, _ in _held(analyzer, text)}


@pytest.mark.model
def test_curb_imposed_on_a_party_keeps_its_target(analyzer):
    # near miss: "on" names whom the measure is imposed on, no grounds noun
    text = "Chinese authorities imposed restrictions on foreign journalists in Xinjiang on Thursday."
    assert {sector for _, sector in _held(analyzer, text)} == {"JRN"}
