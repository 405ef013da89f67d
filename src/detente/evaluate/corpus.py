"""Scoring a set of whole articles (a folder of document gold files), pooled over articles.

Each article is scored as document gold (``document.py``); counts, not ratios, are pooled:
category tp/fp/fn, matched-pair accuracies, must-not violations, quotes found and attributed,
and the events whose actors carry no country. Every error keeps the id of its article.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from .common import PairStats, category_table, ratio, strict_category
from .document import has_no_country, score_events, score_must_not, score_quotes


def score_corpus(items: Iterable[tuple[str, dict, str, dict]]) -> dict[str, Any]:
    """Score (doc id, gold, text, system output) items; pure, like the per-document scorer."""
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    stats, quote_stats = PairStats(), PairStats()
    excluded: Counter = Counter()
    must: Counter = Counter()
    quotes: Counter = Counter()
    errors: list[dict] = []
    per_doc: dict[str, dict] = {}
    n_gold = n_sys = no_country = 0
    for doc_id, gold, text, out in items:
        errs: list[dict] = []
        paired: set[int] = set()
        table, doc_stats, exc = score_events(gold, text, out, errs, paired)
        for cat, row in table["per_category"].items():
            tp[cat] += row["tp"]
            fp[cat] += row["fp"]
            fn[cat] += row["fn"]
        stats.merge(doc_stats)
        excluded.update(exc)
        must.update(score_must_not(gold, out, errs, paired)["figures"])
        quotes.update(score_quotes(gold, out, errs, quote_stats)["counts"])
        strict = [s for s in out.get("events") or () if strict_category(s) is not None]
        n_gold += len(gold.get("events") or ())
        n_sys += len(strict)
        no_country += sum(has_no_country(s) for s in strict)
        for e in errs:
            e["id"] = doc_id
        errors.extend(errs)
        per_doc[doc_id] = {"gold": len(gold.get("events") or ()), "system": len(strict),
                           "tp": table["micro"]["tp"],
                           "fully_right": doc_stats.correct("fully_right")}
    return _report(category_table(tp, fp, fn), stats, quote_stats, {
        "excluded": excluded, "must": must, "quotes": quotes, "errors": errors,
        "per_doc": per_doc, "n_gold": n_gold, "n_sys": n_sys, "no_country": no_country})


def _report(table: dict, stats: PairStats, quote_stats: PairStats, acc: dict) -> dict[str, Any]:
    pairs = stats.figures()
    full = stats.correct("fully_right")
    q = acc["quotes"]
    quote_figs = {"gold": q["gold"], "system": q["system"], "found": ratio(q["found"], q["gold"]),
                  "attribution": ratio(q["attributed"], q["gold"]), **quote_stats.figures()}
    must = {"items": acc["must"]["items"], "violations": acc["must"]["violations"],
            "violating_events": acc["must"]["violating_events"]}
    figures = {"micro_f1": table["micro"]["f1"], "micro_precision": table["micro"]["precision"],
               "micro_recall": table["micro"]["recall"], "macro_f1": table["macro_f1"],
               **pairs,
               "fully_right_of_output": ratio(full, acc["n_sys"]),
               "fully_right_of_gold": ratio(full, acc["n_gold"]),
               "actor_no_country_share": ratio(acc["no_country"], acc["n_sys"]),
               "must_not_violations": must["violations"],
               "quotes_found": quote_figs["found"], "quotes_attribution": quote_figs["attribution"]}
    return {
        "gold_kind": "documents",
        "units": len(acc["per_doc"]),
        "gold_events": acc["n_gold"],
        "system_events": acc["n_sys"],
        "excluded_not_asserted": dict(acc["excluded"]),
        "events": table,
        "pairs": {"figures": pairs, "support": stats.support()},
        "modality_confusion": stats.modality,
        "must_not": {"figures": must},
        "quotes": {"figures": quote_figs},
        "per_document": acc["per_doc"],
        "figures": figures,
        "errors": acc["errors"],
    }
