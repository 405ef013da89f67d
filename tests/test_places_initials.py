"""A country written in initials is a place where the text puts something there ("in the
U.S."), not where it only says whose ("U.S. sanctions"); a thing frozen in the passive is read
from its subject ("assets were frozen"). Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.places import default_gazetteer, find_places
from detente.records import Article


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    ("The activist was detained after arriving in the U.S. last year.", [("U.S.", "USA")]),
    ("Protests spread across the U.K. on Sunday.", [("U.K.", "GBR")]),
    ("Iran's missile industry is under U.S. sanctions.", [("Iran", "IRN")]),
    ("Assets were frozen in U.S. banks.", [("U.S.", "USA")]),
])
def test_initials_are_a_place_only_where_something_is(nlp_sm, text, found):
    places = find_places(nlp_sm(text), default_gazetteer())
    assert [(p.text, p.country) for p in places] == found


@pytest.mark.model
def test_a_passive_freeze_of_a_partys_assets_is_a_sanction_by_the_banks_state(analyzer):
    text = "About $9 billion in Afghan central bank assets were frozen in U.S. banks."
    result = next(analyzer.analyze([Article.make(text, published=dt.date(2024, 8, 21))]))
    got = [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
           for e in result.events]
    assert got == [("SANCTION", ["USA"], ["AFG"])]
