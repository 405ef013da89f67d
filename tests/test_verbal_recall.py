"""Verbal conflict told without the usual verb: a claim called false in reported speech is a
rejection of it; an answer a speaker announces to another party's act is a threat. Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 12)


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == category]


def _codes(parties):
    return sorted({p.code for p in parties if p.code})


@pytest.mark.model
@pytest.mark.parametrize("text, accuser", [
    ("Chile's foreign ministry said the Peruvian allegations were baseless.", "PER"),
    ("The Kremlin said the accusations by Britain were absurd and false.", "GBR"),
    ("Ghana's interior minister said the Togolese claim was a total fabrication.", "TGO"),
])
def test_claim_called_false_is_rejection_of_its_maker(analyzer, text, accuser):
    (event,) = _events(analyzer, text, "REJECT")
    assert event.modality == "asserted"
    assert _codes(event.recipient) == [accuser]


@pytest.mark.model
def test_claim_called_false_reaches_back_to_the_earlier_accuser(analyzer):
    text = ("Malawi's opposition accused the electoral commission of rigging the vote. "
            "The head of the Malawian electoral commission said the allegations were "
            "unfounded.")
    rejections = _events(analyzer, text, "REJECT")
    assert [(_codes(e.actor), _codes(e.recipient)) for e in rejections] == [(["MWI"], ["MWI"])]


@pytest.mark.model
def test_claim_called_true_is_no_rejection(analyzer):
    text = "Chile's foreign ministry said the Peruvian allegations were accurate."
    assert _events(analyzer, text, "REJECT") == []


@pytest.mark.model
@pytest.mark.parametrize("text, actor, target", [
    ("Ankara will respond to new sanctions should the EU decide to impose them, Turkey's "
     "foreign minister said on Monday.", "TUR", "IGO"),
    ('"If Japan imposes export curbs, China will take retaliatory measures," the Chinese '
     "commerce ministry spokesman said.", "CHN", "JPN"),
    ("Pakistan's army chief said Pakistan would hit back hard at India.", "PAK", "IND"),
])
def test_announced_answer_is_a_threat(analyzer, text, actor, target):
    (event,) = _events(analyzer, text, "THREATEN")
    assert event.modality == "asserted"
    assert (_codes(event.actor), _codes(event.recipient)) == ([actor], [target])


@pytest.mark.model
def test_announced_retaliation_needs_no_named_target(analyzer):
    text = ("Venezuelan Foreign Minister Ana Rojas condemned the measure. She added that "
            "Venezuela would retaliate.")
    (event,) = _events(analyzer, text, "THREATEN")
    assert _codes(event.actor) == ["VEN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya's foreign minister said Kenya will respond to questions from lawmakers on Friday.",
    "Peru's defence minister said Peru would not retaliate.",
    "Bolivia's president said Bolivia responded to the sanctions last year.",
])
def test_no_threat_without_a_hostile_answer_announced(analyzer, text):
    assert _events(analyzer, text, "THREATEN") == []
