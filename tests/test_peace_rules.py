"""Per-article ledger rules on short made-up texts, through the real pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUB = dt.date(2026, 5, 14)  # a Thursday


def _ledger(analyzer, text):
    return next(analyzer.analyze([Article.make(text, published=PUB)])).as_dict()


@pytest.mark.model
def test_generic_and_internal_meetings_are_not_rounds(analyzer):
    out = _ledger(analyzer, "The prime minister told a cabinet meeting on Monday that prices "
                            "would fall. Fresh talks could offer a way out, analysts said.")
    assert out["rounds"] == []


@pytest.mark.model
def test_venue_country_is_not_a_party(analyzer):
    out = _ledger(analyzer, "Armenian and Azerbaijani delegations held talks in Abu Dhabi on "
                            "Tuesday, the first direct talks since January 2025.")
    held, prior = out["rounds"]
    assert (held["process"], held["date"], held["status"]) == (["ARM", "AZE"], "2026-05-12", "held")
    assert held["venue"]["country"] == "ARE" and held["host"] == "ARE"
    assert (prior["date"], prior["date_precision"], prior["format"]) == ("2025-01", "month", "direct")


@pytest.mark.model
def test_negated_agreement_is_a_rejection(analyzer):
    out = _ledger(analyzer, "Serbia has not agreed to the ceasefire, officials in Belgrade said.")
    assert [(p["holder"], p["issue"], p["stance"]) for p in out["positions"]] == \
        [("SRB", "ceasefire", "reject")]


@pytest.mark.model
def test_opposition_party_is_not_a_stance(analyzer):
    out = _ledger(analyzer, "The opposition party in Georgia said the elections were unfair.")
    assert out["positions"] == []


@pytest.mark.model
def test_precondition_for_talks(analyzer):
    out = _ledger(analyzer, "Azerbaijan insists on a peace treaty recognising its territorial "
                            "integrity as a precondition for further talks with Armenia.")
    (pos,) = [p for p in out["positions"] if p["issue"] == "territorial_integrity"]
    assert (pos["holder"], pos["stance"], pos["condition_for"], pos["concerns"]) == \
        ("AZE", "demand", "talks", "AZE")


@pytest.mark.model
def test_organisation_mediator_is_named_and_kosovo_is_a_party(analyzer):
    out = _ledger(analyzer, "The foreign ministers of Serbia and Kosovo will meet in Brussels "
                            "for EU-facilitated talks, the EU's foreign policy chief announced.")
    (r,) = out["rounds"]
    assert (r["process"], r["status"], r["mediators"], r["format"], r["level"]) == \
        (["SRB", "XKX"], "scheduled", ["EU"], "mediated", "ministers")


@pytest.mark.model
def test_agreed_ceasefire_outcome_and_acceptance(analyzer):
    out = _ledger(analyzer, "India and Pakistan agreed on Saturday to an immediate ceasefire "
                            "after talks between their military commanders.")
    (r,) = out["rounds"]
    assert r["outcome"] == ["ceasefire_agreed"]
    assert {(p["holder"], p["stance"]) for p in out["positions"]} == {("IND", "accept"), ("PAK", "accept")}


@pytest.mark.model
def test_forum_talks_are_skipped_for_the_bilateral_ones_in_the_same_sentence(analyzer):
    # The first talks noun is a multilateral forum; the round is the second, with its own venue.
    out = _ledger(analyzer, "The G20 talks in Rome follow Armenia-Azerbaijan talks in Geneva, "
                            "where Armenia said it is ready to accept an Azerbaijani proposal "
                            "for a ceasefire.")
    (r,) = out["rounds"]
    assert (r["process"], r["venue"]["name"], r["status"]) == (["ARM", "AZE"], "Geneva", "held")
    assert {(p["holder"], p["stance"]) for p in out["positions"]} == \
        {("AZE", "propose"), ("ARM", "accept")}


@pytest.mark.parametrize("text", [
    # normative: a view on talks, not a meeting
    "Chancellor Olaf Scholz of Germany said on Wednesday that talks with Japan must continue.",
    # offered talks that were turned down
    "Tehran on Wednesday rejected a U.S. offer for new nuclear talks in Oman.",
    # doubted: the summit is not expected, its absence is
    "Experts see little chance that another summit between Washington and Hanoi will take "
    "place this year.",
    # a meeting with no second party tied to it: the other country is only in the sentence
    "Chinese President Xi Jinping convened a meeting with business leaders on Monday about "
    "U.S. restrictions and the war.",
])
@pytest.mark.model
def test_not_a_round(analyzer, text):
    assert _ledger(analyzer, text)["rounds"] == []


@pytest.mark.model
def test_party_named_by_surname_after_full_mention_and_anaphoric_summit(analyzer):
    out = _ledger(analyzer, "U.S. President Donald Trump praised North Korean leader Kim Jong Un. "
                            "Trump met with Kim at the Singapore summit in June 2018. "
                            "Their second summit was in February 2019 in Hanoi.")
    assert [(r["process"], r["date"], r["venue"]["name"]) for r in out["rounds"]] == [
        (["PRK", "USA"], "2018-06", "Singapore"), (["PRK", "USA"], "2019-02", "Hanoi")]


@pytest.mark.model
def test_urging_to_accept_a_proposal(analyzer):
    out = _ledger(analyzer, "Top diplomats from the Group of Seven urged Russia on Friday to "
                            "accept a U.S.-proposed ceasefire.")
    assert {(p["holder"], p["stance"]) for p in out["positions"]} == \
        {("USA", "propose"), ("G7", "demand")}
