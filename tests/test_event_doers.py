"""The doer side of an event across a story (made-up sentences, real model).

- a state named as a party acts through its government: "Zarland banned imports" gives the
  state with sector GOV, while a town or a people keeps none of it;
- a person placed only by an international body ("U.N.-appointed rapporteur X") is one of
  its officials.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 12)


def _events(analyzer, text, category):
    out = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [e for e in out.events if e.event == category]


def _side(actors):
    return [(a.code, a.sector) for a in actors]


@pytest.mark.model
def test_a_state_named_as_a_party_is_its_government(analyzer):
    (e,) = _events(analyzer, "Peru banned imports of poultry from Chile on Monday.", "SANCTION")
    assert _side(e.actor) == [("PER", "GOV")]


@pytest.mark.model
def test_a_states_people_keep_their_own_sector(analyzer):
    (e,) = _events(analyzer, "Chileans protested against Peru on Monday in Santiago.",
                   "PROTEST")
    assert _side(e.actor) == [("CHL", "CVL")]
    assert _side(e.recipient) == [("PER", "GOV")]


@pytest.mark.model
def test_a_person_placed_by_an_international_body_is_its_official(analyzer):
    (e,) = _events(analyzer, "United Nations-appointed special rapporteur Richard Hollis "
                   "confirmed Wednesday that the Peruvian police had barred him from entering "
                   "the country.", "COERCE")
    assert _side(e.actor) == [("PER", "COP")]
    assert _side(e.recipient) == [("IGO", "GOV")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "the two presidents" counts back to the two heads of state named before
    "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi "
    "on Monday. The two presidents are closely cooperating on security.",
    # "the two prime ministers": a modifier between the number and the plural head
    "Kenyan Prime Minister Joel Okoth hosted Tanzanian Prime Minister Amina Said in Nairobi on "
    "Monday. The two prime ministers are closely cooperating on security.",
])
def test_a_counted_plural_of_office_holders_is_their_two_states(analyzer, text):
    (e,) = _events(analyzer, text, "COOPERATE")
    assert sorted(_side(e.actor)) == [("KEN", "GOV"), ("TZA", "GOV")]
