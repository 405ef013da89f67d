"""Helpers shared by the model tests that read one category's events of a made-up article."""

from __future__ import annotations

import datetime as dt

from detente.records import Article


def events_in(analyzer, text, category, published: dt.date):
    """The events of ``category`` the analyzer finds in ``text`` published on ``published``."""
    (analysis,) = analyzer.analyze([Article.make(text, published=published)])
    return [e for e in analysis.events if e.event == category]


def codes(parties):
    """The sorted set of country codes of ``parties`` (actors or recipients)."""
    return sorted({p.code for p in parties if p.code})


def told(analyzer, text, published: dt.date) -> set[str]:
    """The categories ``text`` asserts (as done, or to be done): negated and hypothetical
    events left out."""
    (analysis,) = analyzer.analyze([Article.make(text, published=published)])
    return {e.event for e in analysis.events if e.modality not in ("negated", "hypothetical")}
