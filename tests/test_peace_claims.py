"""Claim checks: a stated duration against a start date the same article gives (no model)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from detente.context import ArticleContext
from detente.dates import resolve_dates
from detente.peace.claims import _contradiction, extract_claims
from detente.records import Article


@pytest.mark.parametrize("stated, bound, actual, verdict", [
    (730.5, "over", 1213, "understates"),   # "over two years" for 3y3m: would say "over three"
    (730.5, "over", 900, None),             # "over two years" for 2y5m: fine
    (730.5, "over", 500, "overstates"),     # "over two years" for 1y4m: not over two
    (730.5, "under", 800, "understates"),   # "nearly two years" when it is already longer
    (365.25, "exact", 1100, "understates"),  # "a year" for three years
    (365.25, "about", 400, None),           # "about a year" for 13 months: fine
])
def test_contradiction(stated, bound, actual, verdict):
    assert _contradiction(stated, bound, 365.25, actual) is verdict


def _ctx(blank_nlp, text, published):
    # the dates are the date stage's: the ledger has no date resolver of its own
    doc = blank_nlp(text)
    article = Article.make(text, published=published)
    return ArticleContext(article=article, doc=doc, actors=SimpleNamespace(mentions=[],
                          resolve=lambda span: ()), dates=resolve_dates(doc, published),
                          places=[])


def test_duration_against_war_start_in_same_article(blank_nlp):
    text = ("The war, which has gone on for over two years, shows no sign of ending. "
            "Fighting has raged since the invasion began in March 2021.")
    ctx = _ctx(blank_nlp, text, dt.date(2025, 6, 10))
    (claim,) = extract_claims(ctx)
    # the words are the date stage's duration (today it reads "on for over two years")
    (stated,) = [r.text for r in ctx.dates if r.kind == "duration"]
    (start,) = [r.text for r in ctx.dates if r.value == "2021-03"]
    assert stated.endswith("over two years") and start.endswith("March 2021")
    assert claim.kind == "duration"
    assert claim.check == ("invasion since 2021-03 (stated in the same article): about 4 years "
                           f"3 months at 2025-06-10; '{stated}' understates it")
    assert [e["text"] for e in claim.evidence] == [stated, start]


def test_consistent_duration_is_not_flagged(blank_nlp):
    text = ("The conflict has lasted over four years. The war broke out in March 2021.")
    assert extract_claims(_ctx(blank_nlp, text, dt.date(2025, 6, 10))) == []


def test_duration_about_something_else_is_not_checked(blank_nlp):
    text = ("The minister spent over two years in exile. The war broke out in March 2021.")
    assert extract_claims(_ctx(blank_nlp, text, dt.date(2025, 6, 10))) == []


def test_weekday_that_does_not_match_the_date(blank_nlp):
    text = "The talks opened on Tuesday, May 16, 2025. They ended on Friday, May 16, 2025."
    (claim,) = extract_claims(_ctx(blank_nlp, text, dt.date(2025, 5, 29)))
    assert (claim.kind, claim.text, claim.check) == \
        ("date", "Tuesday, May 16, 2025", "2025-05-16 is a Friday, not a Tuesday")
