"""Events told through what is said of them rather than by their doer's verb: a claim of
responsibility names who carried out an attack (events/claims.py), and a claim of an attack
already told adds its doer to that telling instead of a second record; an event noun that
"erupted" or "broke out" happened (events/occurrence.py). Every story is made up for
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
    from detente.events.occurrence import occurred

    root = next(t for t in nlp_sm(text) if t.dep_ == "ROOT")
    assert occurred(root) is told


# ---------------------------------------------------------------------------- blame laid
GUNMEN = "Gunmen attacked a police checkpoint in Maiduguri on Sunday, killing four officers. "


@pytest.mark.model
@pytest.mark.parametrize("blame, accused", [
    ("The governor blamed Boko Haram for the attack.", True),
    ("The army blamed the attack on Boko Haram.", True),
    ("Police said Boko Haram was behind the attack.", True),
    ("The army attributed the attack to Boko Haram.", False),
    ("Police said the attack was carried out by Boko Haram.", False),
])
def test_blame_laid_for_an_attack_told_before_names_its_doer(analyzer, blame, accused):
    (analysis,) = analyzer.analyze([Article.make(GUNMEN + blame, published=PUBLISHED)])
    (event,) = [e for e in analysis.events if e.event == "ASSAULT"]
    assert [a.text for a in event.actor] == ["Boko Haram"]
    assert event.evidence.sentence.startswith("Gunmen attacked")
    assert event.date == "2024-09-15"
    # the blame stays an accusation of its own where a verb of blame tells it
    accusations = [e for e in analysis.events if e.event == "ACCUSE"]
    assert [[a.text for a in e.recipient] for e in accusations] == (
        [["Boko Haram"]] if accused else [])


@pytest.mark.model
def test_an_attack_blamed_in_a_relative_clause_takes_the_blamed_doer(analyzer):
    text = ("The bombing, which the government blamed on Boko Haram, killed 12 people at a "
            "market in Maiduguri on Tuesday.")
    (event,) = _assaults(analyzer, text)
    assert [a.text for a in event.actor] == ["Boko Haram"]


@pytest.mark.model
@pytest.mark.parametrize("text, doer", [
    # a doer the telling names is never replaced by the party another blames
    ("Nigerian troops shelled a village near Maiduguri on Sunday, killing five people. "
     "Boko Haram blamed Cameroon for the attack.", "Nigerian troops"),
    # blame denied or not laid names nobody
    (GUNMEN + "Boko Haram denied that it was behind the attack.", "Gunmen"),
    (GUNMEN + "The governor did not blame Boko Haram for the attack.", "Gunmen"),
    (GUNMEN + "The governor may blame Boko Haram for the attack.", "Gunmen"),
    # a state blamed by another state is a charge between them, not the doer named
    ("Gunmen attacked a concert hall near Moscow on Friday, killing 40 people. Russia "
     "blamed Ukraine for the attack.", "Gunmen"),
])
def test_blame_never_replaces_a_named_doer_nor_comes_from_a_denial(analyzer, text, doer):
    (event,) = [e for e in _assaults(analyzer, text) if e.evidence.sentence.startswith(
        text.split(" ", 1)[0])]
    assert [a.text for a in event.actor] == [doer]


@pytest.mark.model
def test_a_claim_names_the_doer_of_an_attack_placed_in_another_country(analyzer):
    # the claimant's code (a group with no state) differs from the place standing in for the
    # unnamed doer: the claim still fills the telling, and the two tellings are one record
    text = ("A bomb exploded at a mosque in Kabul on Friday, killing 20 worshippers. "
            "The Islamic State group claimed responsibility for the attack.")
    (event,) = _assaults(analyzer, text)
    assert event.actor[0].name == "Islamic State"
    assert event.evidence.sentence.startswith("A bomb exploded")
