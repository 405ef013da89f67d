"""Recipients that are not the doer's own side unless the text puts them there (issue 9,
round 9): the doer's places and guessed compatriots beside a foreign party, a party named
beside a possessive pronoun, the owner of a condemned thing told in the passive, a party's
country written in the phrase that places it, the holder of detainees whose release is
demanded, and "him" in words a body reports.
Every sentence is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 6, 2)


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == category]


def _codes(parties):
    return sorted({p.code for p in parties if p.code})


@pytest.mark.model
@pytest.mark.parametrize("text, category, recipient", [
    # the doer's capital is where the act happened, not a second recipient
    ("The move answered Russia's expulsion of two US diplomats from the American embassy in "
     "Moscow.", "SANCTION", ["USA"]),
    ("Iran has allowed consular access to British citizen John Brown, who was detained in "
     "Tehran on May 3.", "RETREAT", ["GBR"]),
    # "military" read with the story's (the doer's) country by guess
    ("North Korea fired a short-range ballistic missile on Thursday, North Korean state media "
     "said. Pyongyang called the launch a routine test of its defences. North Korea warned the "
     "United States and its regional allies of a \"fiercer\" military response.", "THREATEN",
     ["USA"]),
])
def test_own_places_and_guessed_compatriots_beside_a_foreign_party_are_dropped(
        analyzer, text, category, recipient):
    (event, *_) = [e for e in _events(analyzer, text, category) if e.modality == "asserted"]
    assert _codes(event.recipient) == recipient


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Ethiopia accused its neighbour Eritrea of backing rebels.", "ETH", "ERI"),
    ("India accused its rival Pakistan of sheltering militants.", "IND", "PAK"),
])
def test_a_party_named_after_a_possessive_pronoun_is_the_recipient(
        analyzer, text, actor, recipient):
    (event,) = _events(analyzer, text, "ACCUSE")
    assert _codes(event.actor) == [actor]
    assert _codes(event.recipient) == [recipient]


@pytest.mark.model
def test_the_owner_of_a_thing_condemned_in_the_passive_is_the_recipient(analyzer):
    text = ("Venezuela issued two statements on Tuesday about the border. "
            "Their statements were condemned by Guyana's government.")
    (event,) = _events(analyzer, text, "ACCUSE")
    assert _codes(event.actor) == ["GUY"]
    assert _codes(event.recipient) == ["VEN"]


@pytest.mark.model
def test_a_party_keeps_the_country_written_in_the_phrase_placing_it(analyzer):
    text = "Egypt summoned the ambassadors from Germany, Italy and the Netherlands."
    (event,) = _events(analyzer, text, "ACCUSE")
    assert _codes(event.recipient) == ["DEU", "ITA", "NLD"]


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Iranian authorities arrested two French teachers in Tehran last May. France on Monday "
     "demanded the release of the teachers.", "FRA", "IRN"),
    ("Russian security forces detained an American journalist in Yekaterinburg on March 29. "
     "The United States demanded his immediate release.", "USA", "RUS"),
    ("Venezuela has detained three Colombian soldiers near the border. Colombia requested "
     "consular access to the soldiers.", "COL", "VEN"),
])
def test_a_demand_for_a_release_is_made_of_whoever_took_the_detainees(
        analyzer, text, actor, recipient):
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.actor) == [actor]
    assert _codes(event.recipient) == [recipient]


@pytest.mark.model
def test_him_in_reported_words_is_not_the_body_that_reports_them(analyzer):
    text = ("The British envoy was called to the foreign ministry on Sunday. Iran summoned him "
            "over his attendance at a rally, the Iranian Foreign Ministry said.")
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.actor) == ["IRN"]
    assert _codes(event.recipient) == ["GBR"]
