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
