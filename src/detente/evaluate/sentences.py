"""Scoring against sentence gold (one record per sentence, PLOVER GSR style)."""

from __future__ import annotations

from collections import Counter
from typing import Any

from .common import (PairStats, actor_codes, category_table, overlap_score,
                     pair_one_to_one, participants_agree, strict_category)


def _codes(actors) -> list[str]:
    return sorted(actor_codes(actors))


def _sys_brief(ev: dict) -> dict[str, Any]:
    return {"event": ev.get("event"), "modality": ev.get("modality"),
            "actor": _codes(ev.get("actor")), "recipient": _codes(ev.get("recipient")),
            "trigger": (ev.get("evidence") or {}).get("trigger")}


def score_sentence_gold(records: list[dict], outputs: list[dict]) -> dict[str, Any]:
    """Score system outputs (``Analysis.as_dict()`` shape, one per record, same order).

    Pure: no model, no files. See ``detente.evaluate`` for the matching rules.
    """
    if len(records) != len(outputs):
        raise ValueError(f"{len(records)} gold records but {len(outputs)} system outputs")
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    stats = PairStats()
    excluded: Counter = Counter()
    errors: list[dict] = []
    n_gold = n_sys = 0
    for rec, out in zip(records, outputs):
        gold = [e for e in rec.get("events") or () if e.get("event")]
        system = []
        for ev in out.get("events") or ():
            cat = strict_category(ev)
            if cat is None:
                excluded[ev.get("modality")] += 1
            else:
                system.append((cat, ev))
        n_gold += len(gold)
        n_sys += len(system)
        where = {"id": rec.get("id"), "sentence": rec.get("text")}
        for cat in sorted({g["event"] for g in gold} | {c for c, _ in system}):
            g_c = [g for g in gold if g["event"] == cat]
            s_c = [ev for c, ev in system if c == cat]
            pairs = pair_one_to_one(g_c, s_c, lambda g, s: True, overlap_score)
            tp[cat] += len(pairs)
            fn[cat] += len(g_c) - len(pairs)
            fp[cat] += len(s_c) - len(pairs)
            matched_g = {gi for gi, _ in pairs}
            matched_s = {si for _, si in pairs}
            for gi, si in pairs:
                g, s = g_c[gi], s_c[si]
                stats.add_pair(g, s)
                if not participants_agree(g, s):
                    errors.append({"kind": "wrong_actors", **where, "event": cat,
                                   "gold": {"actor": _codes(g.get("actor")),
                                            "recipient": _codes(g.get("recipient"))},
                                   "system": _sys_brief(s)})
            for gi, g in enumerate(g_c):
                if gi not in matched_g:
                    errors.append({"kind": "miss", **where, "event": cat,
                                   "gold": {"actor": _codes(g.get("actor")),
                                            "recipient": _codes(g.get("recipient")),
                                            "trigger": g.get("event_text")}})
            for si, s in enumerate(s_c):
                if si not in matched_s:
                    errors.append({"kind": "false_positive", **where, "event": cat,
                                   "system": _sys_brief(s)})
    table = category_table(tp, fp, fn)
    # A miss and a false positive in the same sentence usually mean a wrong category.
    confused: Counter = Counter()
    by_id: dict = {}
    for e in errors:
        if e["kind"] in ("miss", "false_positive"):
            by_id.setdefault(e["id"], {"miss": [], "false_positive": []})[e["kind"]].append(e["event"])
    for sides in by_id.values():
        for g, s_ in zip(sorted(sides["miss"]), sorted(sides["false_positive"])):
            confused[f"{g}->{s_}"] += 1
    pairs = stats.figures()
    figures = {"micro_f1": table["micro"]["f1"], "micro_precision": table["micro"]["precision"],
               "micro_recall": table["micro"]["recall"], "macro_f1": table["macro_f1"], **pairs}
    return {
        "gold_kind": "sentence",
        "units": len(records),
        "gold_events": n_gold,
        "system_events": n_sys,
        "excluded_not_asserted": dict(sorted(excluded.items(), key=lambda kv: str(kv[0]))),
        "events": table,
        "pairs": {"figures": pairs, "support": stats.support()},
        "category_confusion": dict(confused.most_common()),
        "figures": figures,
        "errors": errors,
    }
