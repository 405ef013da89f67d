"""Claims and their answers (session 12): a speaker who says a vote was rigged, charges it or
claims a named party did an act of force accuses; one who says the claims are false rejects
them, aimed at whoever made them. Made-up sentences; the model-marked tests run the real
model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article
from event_helpers import codes, events_in

PUBLISHED = dt.date(2025, 3, 8)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return list(analysis.events)


@pytest.mark.model
def test_saying_a_vote_was_rigged_is_an_accusation(analyzer):
    (found,) = events_in(analyzer, "The Velonian opposition says the local elections were "
                         "rigged.", "ACCUSE", PUBLISHED)
    assert found.evidence.trigger == "rigged"


@pytest.mark.model
def test_a_vote_that_may_be_rigged_accuses_no_one(analyzer):
    assert events_in(analyzer, "The opposition fears the local elections will be rigged.",
                     "ACCUSE", PUBLISHED) == []


@pytest.mark.model
def test_charging_that_a_vote_was_rigged_is_an_accusation(analyzer):
    (found,) = events_in(analyzer, "Opposition leaders in Kenya charge that the March "
                         "referendum was rigged.", "ACCUSE", PUBLISHED)
    assert found.evidence.trigger == "charge"
    assert codes(found.actor) == ["KEN"]


@pytest.mark.model
def test_charges_denied_after_a_clause_are_no_new_charge(analyzer):
    found = events_in(analyzer, "Rival parties have alleged that the army was behind the "
                      "fraud, charges the electoral board denied.", "ACCUSE", PUBLISHED)
    assert [e.evidence.trigger for e in found] == ["alleged"]


@pytest.mark.model
def test_claiming_a_named_party_shot_something_down_accuses_it(analyzer):
    events = _events(analyzer, "Moscow claims the cargo plane was shot down by Ukrainian "
                     "forces.")
    (charge,) = [e for e in events if e.event == "ACCUSE"]
    assert codes(charge.actor) == ["RUS"] and codes(charge.recipient) == ["UKR"]
    assert any(e.event == "ASSAULT" for e in events)


@pytest.mark.model
def test_claiming_ones_own_fighters_acted_accuses_no_one(analyzer):
    assert events_in(analyzer, "The militia claimed its fighters shot down a helicopter.",
                     "ACCUSE", PUBLISHED) == []


@pytest.mark.model
def test_saying_the_claims_are_false_rejects_their_makers(analyzer):
    events = _events(analyzer, "Chile accused Peru of hiding the smugglers on Monday. Peru's "
                     "government said the claims were false.")
    (denial,) = [e for e in events if e.event == "REJECT"]
    assert codes(denial.actor) == ["PER"] and codes(denial.recipient) == ["CHL"]


@pytest.mark.model
def test_a_by_phrase_after_the_instrument_names_the_doer(analyzer):
    (found,) = events_in(analyzer, "A police helicopter was shot down with a missile by "
                         "Malian soldiers.", "ASSAULT", PUBLISHED)
    assert codes(found.actor) == ["MLI"]
