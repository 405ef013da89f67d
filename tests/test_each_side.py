""""Each side" points back at the pair last named, as "both sides" does (references in
data/actors/sectors.yaml). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article


def _accusations(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2024, 3, 8))])
    return [tuple(sorted({a.code for a in e.actor if a.code}))
            for e in analysis.events if e.event == "ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chad and Niger clashed along their border on Monday. Each side blamed the other for "
    "the violence.",
    "Fighting erupted on Monday between Chad and Niger, with each side reporting losses and "
    "blaming the other for the violence.",
])
def test_each_side_is_the_pair_last_named(analyzer, text):
    assert ("NER", "TCD") in _accusations(analyzer, text)
