"""Round 10 (Middle East fresh stories): constructions found in fresh articles that nobody
tuned on. Every sentence here is made up for these tests (none comes from an evaluation set).

- What an allegation verb's clause says is the allegation's content, not an act the text
  asserts ("cut ties, alleging X supports extremists"); the accusation itself stays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2019, 6, 12)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.modality not in ("negated", "hypothetical")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # participle after a main act: the reason given is only alleged
    "Jordan and Kuwait recalled their ambassadors from Oman in May, alleging Oman supports "
    "armed groups.",
    # finite verb with "that"
    "Oman alleged that Kuwait funds armed groups in the region.",
    # "charging anew that": the charge's content
    "Kuwait announced new sanctions on Oman, charging that Muscat supports militants.",
])
def test_what_an_allegation_says_is_not_asserted(analyzer, text):
    events = _events(analyzer, text)
    assert not [e for e in events if e.event in ("SUPPORT", "AID")], events
    assert [e for e in events if e.event in ("ACCUSE", "SANCTION")]


@pytest.mark.model
def test_a_charge_with_a_noun_object_is_still_an_accusation(analyzer):
    events = _events(analyzer, "Prosecutors in Amman charged the former minister with fraud.")
    assert [e.event for e in events] == ["ACCUSE"]


@pytest.mark.model
def test_a_denial_of_the_charge_told_inside_the_allegation_stays(analyzer):
    text = "Kuwait has alleged that Omani troops crossed the border, a charge denied by Oman."
    events = _events(analyzer, text)
    assert "REJECT" in [e.event for e in events]


@pytest.mark.model
def test_blame_laid_through_an_allegation_and_its_denial_stay(analyzer):
    # the parser may hang the allegation itself under "charges": the accusation it lays and
    # the denial of it are acts, not the allegation's content
    text = ("Opposition parties in Jordan have persistently alleged that the army was behind "
            "widespread rigging, including internet shutdowns on polling day, charges the "
            "electoral commission denied.")
    kinds = [e.event for e in _events(analyzer, text)]
    assert "ACCUSE" in kinds and "REJECT" in kinds, kinds
