"""Round 10, Africa: forces sent for a fight, a group described by the aim of its struggle, and
the English names of Somalia's regions. Every sentence is made up for these tests (none
comes from an evaluation set or a collected article); each case says which construction it
pins."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _asserted(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.modality not in ("negated", "hypothetical")]


def _categories(analyzer, text) -> list:
    return [e.event for e in _asserted(analyzer, text)]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a fight that forces are sent for is their purpose: the sending is the event
    "Kenya deployed 800 troops to the border region to help fight the militants.",
    "The president thanked Uganda for sending soldiers to help fight the rebels in the north.",
    "Chad has sent 2,000 troops to help local soldiers fight the jihadists.",
])
def test_fight_that_forces_are_sent_for_is_no_attack(analyzer, text):
    assert "ASSAULT" not in _categories(analyzer, text)


@pytest.mark.model
def test_help_brought_by_forces_sent_stays(analyzer):
    # the help itself is what the troops bring: it is not made a purpose left open
    text = "Chad has sent 2,000 troops to help Niger's army fight the jihadists."
    assert "AID" in _categories(analyzer, text)


@pytest.mark.model
def test_letter_sent_to_protest_is_still_the_protest(analyzer):
    # a sending verb whose object is no force is left as it was
    text = "Opposition lawmakers sent a letter to protest the arrest of their leader."
    before = _categories(analyzer, text)
    assert "ASSAULT" not in before


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a group described by its ongoing struggle: no discrete attack
    "The movement is fighting to overthrow the government in Bamako.",
    "Delegates of the army and a militia fighting to topple it met in Addis Ababa on Tuesday.",
])
def test_described_struggle_is_no_attack(analyzer, text):
    assert "ASSAULT" not in _categories(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # fighting told as an act of the day stays
    "Rebels were fighting government troops near Goma on Tuesday.",
    "Soldiers fought the militants for six hours outside the town on Tuesday.",
    # a long war told as the group's doing is kept (the held-out coders code it)
    "Baloch separatists have been fighting an insurgency against the Pakistani state.",
])
def test_fighting_of_the_day_stays(analyzer, text):
    assert "ASSAULT" in _categories(analyzer, text)


def test_somali_regions_are_in_the_gazetteer():
    from detente.grounding import default_gazetteer

    g = default_gazetteer()
    for name in ("Lower Shabelle", "Middle Shabelle", "Lower Juba", "Hiran"):
        entry = g.lookup(name)
        assert entry is not None and entry.country == "SOM", name
