"""The pipeline runs end to end and returns the output contract's shape."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

CONTRACT_KEYS = {"article", "events", "quotes", "statements", "rounds", "positions", "claims"}


@pytest.mark.model
def test_analysis_has_contract_shape(analyzer):
    article = Article.make("Talks were held in Geneva on Monday.", published=dt.date(2024, 3, 6))
    out = next(analyzer.analyze([article])).as_dict()
    assert set(out) == CONTRACT_KEYS
    assert out["article"]["published"] == "2024-03-06"
    assert out["article"]["id"] == article.id


def test_article_id_is_content_hash():
    assert Article.make("same text").id == Article.make("same text").id
    assert Article.make("same text").id != Article.make("other text").id
