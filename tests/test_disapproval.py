"""Disapproval told as a feeling expressed ("expressed strong opposition to the sale") is
criticism of the act's doer. Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan expressed strong opposition to Russia's military drills near the islands.",
    "Japan voiced displeasure with Russia's military drills near the islands.",
])
def test_expressed_opposition_is_criticism_of_the_doer(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 1, 20))])
    (event,) = [e for e in analysis.events if e.event == "ACCUSE"]
    assert (event.mode, [a.code for a in event.actor]) == ("disapprove", ["JPN"])
    assert "RUS" in {r.code for r in event.recipient}
