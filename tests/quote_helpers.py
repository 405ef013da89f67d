"""Helpers of the speaker tests: the quotes detente finds in a made-up story."""

from __future__ import annotations

import datetime as dt

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def quotes(analyzer, text):
    (analysis,) = list(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return analysis.quotes


def said(analyzer, text, words):
    """The one quote whose text is ``words``."""
    (q,) = [q for q in quotes(analyzer, text) if q.text == words]
    return q
