"""A country written in initials is a place where the text puts something there ("in the
U.S."), not where it only says whose ("U.S. sanctions"). Made-up sentences, run through the
real model."""

from __future__ import annotations

import pytest

from detente.places import default_gazetteer, find_places


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
