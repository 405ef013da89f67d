"""Regulation, sport, a trial's charge and robbery told in the words of conflict (issue 9,
round 8, false events; events/civil.py). Made-up sentences through the real model; each case
has a twin where a political act is told."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2025, 9, 2)

SPORT_REPORT = (
    "Ghana beat Togo in the qualifier on Sunday. The coach praised his striker after the "
    "match at the national stadium.\n\n"
    "Ghana's clash with Mali comes next week.")


def _told(analyzer, text) -> set[str]:
    return told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # a ban with a motive of husbandry, health or prices regulates; one aimed at a party stays
    ("Kenya imposed a three-month ban on fishing in Lake Victoria to protect the breeding of "
     "tilapia.", "COERCE", False),
    ("Peru banned poultry imports from Chile on Monday after an outbreak of bird flu.",
     "SANCTION", False),
    ("Peru banned imports from Chile on Monday in retaliation for its tariffs.",
     "SANCTION", True),
    # a game won: a score beside the verb, or an article told in the words of sport
    ("Portugal defeated Morocco 2-1 in Doha on Saturday.", "ASSAULT", False),
    ("Moroccan soldiers beat 12 protesters in Laayoune on Saturday.", "ASSAULT", True),
    (SPORT_REPORT, "ASSAULT", False),
    # an offence named as what a trial is for: the court hears a charge
    ("The trial of a Greek officer for assaulting a reporter at a rally was adjourned on "
     "Monday.", "ASSAULT", False),
    ("A Greek officer assaulted a reporter at a rally on Monday.", "ASSAULT", True),
    # harm in a robbery without an armed or police force named is crime
    ("Gunmen shot dead a shopkeeper in Karachi during a robbery on Monday.", "ASSAULT", False),
    ("Police shot dead two suspects in Karachi during a robbery on Monday.", "ASSAULT", True),
])
def test_civil_acts(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told
