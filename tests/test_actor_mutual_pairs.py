"""Actor stage: "the nuclear-armed neighbors", "the warring rivals" -- a plural of a relation
each party has to the other, after "the" and a modifier, refers back to the two parties named
before, like "the two neighbors". Made-up sentences on the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import ArticleActors, load_kb

pytestmark = pytest.mark.model

DAY = dt.date(2025, 5, 29)


def codes(nlp_sm, text, words):
    """The sorted country codes of the actors ``words`` (a substring of ``text``) names."""
    doc = nlp_sm(text)
    actors = ArticleActors(doc, load_kb(), DAY)
    i = text.index(words)
    span = doc.char_span(i, i + len(words), alignment_mode="expand")
    return sorted(a.code for a in actors.resolve(span) if a.code)


@pytest.mark.parametrize("text, words", [
    ("The border between Peru and Chile was closed on Monday. The nuclear-armed neighbors "
     "have fought three wars since 1900.", "The nuclear-armed neighbors"),
    ("Peru accused Chile of moving troops. The South American neighbours have clashed "
     "before.", "The South American neighbours"),
])
def test_modified_neighbors_are_the_two_states_named_before(nlp_sm, text, words):
    assert codes(nlp_sm, text, words) == ["CHL", "PER"]


def test_bare_neighbours_are_left_alone(nlp_sm):
    text = "Peru met Chile on Monday. It will coordinate with the neighbours on water."
    assert codes(nlp_sm, text, "the neighbours") == []


def test_a_compound_rivals_word_is_no_pair(nlp_sm):
    text = "Peru met Chile on Monday. The old rivals game drew a crowd in Lima."
    assert codes(nlp_sm, text, "The old rivals game") != ["CHL", "PER"]


def test_a_number_before_the_modifier_still_counts_the_parties(nlp_sm):
    text = ("Peru, Chile and Bolivia held talks on Monday. The three rival neighbours agreed "
            "to meet again.")
    assert codes(nlp_sm, text, "The three rival neighbours") == ["BOL", "CHL", "PER"]
