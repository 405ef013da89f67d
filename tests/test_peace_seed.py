"""The founding article scored against its hand-coded gold: the ledger parts must be perfect."""

from __future__ import annotations

import pytest

from conftest import SHARED

GOLD = SHARED / "eval" / "seed" / "gold.json"


@pytest.mark.model
@pytest.mark.skipif(not GOLD.exists(), reason="../shared/eval is not beside this checkout")
def test_seed_ledger_scores(analyzer):
    import json

    from detente.evaluate.document import score_document_gold
    from detente.records import Article
    import datetime as dt

    gold = json.loads(GOLD.read_text())
    text = (GOLD.parent / gold["text_file"]).read_text(encoding="utf-8")
    article = Article.make(text, published=dt.date.fromisoformat(gold["published"]))
    out = next(analyzer.analyze([article])).as_dict()
    report = score_document_gold(gold, text, out)
    for part in ("rounds", "positions", "claims"):
        assert report[part]["figures"]["f1"] == 1.0, (part, report[part])
    assert report["rounds"]["figures"]["status_acc"] == 1.0
    assert report["positions"]["figures"]["stance_acc"] == 1.0
