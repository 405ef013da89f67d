"""A claim of responsibility names who carried out an attack (events/claims.py), and a claim
of an attack already told adds its doer to that telling instead of a second record. Every
story is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 9, 17)


def _assaults(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == "ASSAULT"]


@pytest.mark.model
@pytest.mark.parametrize("claim", [
    "Boko Haram claimed responsibility for the bombing of a market in Maiduguri.",
    "Boko Haram took responsibility for the bombing of a market in Maiduguri.",
    "Boko Haram claimed the bombing of a market in Maiduguri.",
])
def test_the_claimant_is_the_doer(analyzer, claim):
    (event,) = _assaults(analyzer, claim)
    assert [a.text for a in event.actor] == ["Boko Haram"]
    assert event.modality == "asserted"
    assert event.location is not None and event.location.name == "Maiduguri"


@pytest.mark.model
def test_a_claim_of_an_attack_told_before_names_its_doer_in_one_record(analyzer):
    text = ("Gunmen attacked a police checkpoint in Maiduguri on Sunday, killing four "
            "officers. Boko Haram claimed responsibility for the attack.")
    (event,) = _assaults(analyzer, text)
    assert [a.text for a in event.actor] == ["Boko Haram"]
    assert event.evidence.sentence.startswith("Gunmen attacked")
    assert [e.sentence for e in event.also_evidence] == [
        "Boko Haram claimed responsibility for the attack."]
    assert event.date == "2024-09-15"


@pytest.mark.model
def test_a_tally_of_claimed_attacks_is_no_single_attack(analyzer):
    text = "Boko Haram has claimed responsibility for several attacks in Borno since January."
    assert _assaults(analyzer, text) == []


@pytest.mark.model
def test_credit_claimed_for_a_truce_makes_no_party_to_it(analyzer):
    (analysis,) = analyzer.analyze([Article.make(
        "The governor claimed credit for the ceasefire between the two militias.",
        published=PUBLISHED)])
    assert all("claimed" not in (e.evidence.trigger or "") for e in analysis.events)
