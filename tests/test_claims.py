"""Events told through what is said of them rather than by their doer's verb: a claim of
responsibility names who carried out an attack (events/claims.py), and a claim of an attack
already told adds its doer to that telling instead of a second record; an event noun that
"erupted" or "broke out" happened (triggers.py, occurrence verbs). Every story is made up for
these tests (none comes from an evaluation set)."""

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


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Protests erupted in Mombasa after the court ruling.", "Mombasa"),
    ("Protests broke out across Senegal after the arrest of the opposition leader.", "Senegal"),
])
def test_protests_told_as_having_happened_are_protests(analyzer, text, place):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    (event,) = [e for e in analysis.events if e.event == "PROTEST"]
    assert event.location is not None and event.location.name == place
    assert event.actor and event.actor[0].code == event.location.country


@pytest.mark.model
@pytest.mark.parametrize("text, told", [
    ("Riots broke out in the capital.", True),
    ("Clashes flared up near the border.", True),
    ("The negotiations broke down in May.", False),
    ("The protests ended on Friday.", False),
])
def test_which_verbs_tell_their_event_noun_as_having_happened(nlp_sm, text, told):
    from detente.events.triggers import _occurrence

    root = next(t for t in nlp_sm(text) if t.dep_ == "ROOT")
    assert _occurrence(root) is told
