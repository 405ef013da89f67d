"""Scoring the peace-process ledger of document gold: rounds, positions, claims.

Rounds pair one to one when their process (party code sets) overlap, preferring the same date
(at the gold precision), then the same status and format. Positions pair when holder code and
issue are equal. Claims pair when one text contains the other (normalised) or the system text
covers at least 60% of the gold claim's words of three letters or more. For each part:
``recall`` = paired / gold, ``precision`` = paired / system, ``f1``; then per-field accuracies
over the pairs where the gold states the field.
"""

from __future__ import annotations

import re
from typing import Any, Iterable

from .common import (PairStats, actor_codes, alpha3, date_matches, name_matches, norm_code,
                     norm_text, pair_one_to_one, precision_of)


def _codes(value: Any) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, (str, dict)):
        value = [value]
    return actor_codes(value)


def _set_prf(n_pairs: int, n_gold: int, n_sys: int) -> dict[str, Any]:
    p = n_pairs / n_sys if n_sys else 0.0
    r = n_pairs / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"gold": n_gold, "system": n_sys, "recall": round(r, 4), "precision": round(p, 4),
            "f1": round(f, 4)}


def _round_date_ok(g: dict, s: dict) -> bool:
    prec = g.get("date_precision") or precision_of(g.get("date"))
    return date_matches(g.get("date"), prec, s.get("date"))


def _name(value: Any) -> str:
    if isinstance(value, dict):
        value = value.get("name") or value.get("text")
    return norm_text(value)


def score_rounds(gold: Iterable[dict], system: Iterable[dict], errors: list) -> dict:
    gold, system = list(gold), [s for s in system if isinstance(s, dict)]
    pairs = pair_one_to_one(
        gold, system, lambda g, s: bool(_codes(g.get("process")) & _codes(s.get("process"))),
        lambda g, s: 3.0 * _round_date_ok(g, s) + 2.0 * (g.get("status") == s.get("status"))
        + (g.get("format") == s.get("format")))
    stats = PairStats()
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        stats.add("process_acc", _codes(g.get("process")) == _codes(s.get("process")))
        if "date" in g:
            stats.add("date_acc", _round_date_ok(g, s))
        for key in ("status", "format"):
            if g.get(key):
                stats.add(f"{key}_acc", g[key] == s.get(key))
        venue = g.get("venue")
        if venue:
            sv = s.get("venue") or {}
            if venue.get("name"):
                stats.add("venue_name_acc", _name(venue) == _name(sv))
            if venue.get("country"):
                stats.add("venue_country_acc", alpha3(venue["country"]) == alpha3(sv.get("country")))
        if g.get("outcome"):
            want = set(g["outcome"])
            got = set(s.get("outcome") or ())
            stats.add("outcome_overlap", bool(want & got))
        if g.get("announced_by"):
            sys_by = s.get("announced_by")
            stats.add("announced_by_acc", bool(sys_by) and name_matches(g["announced_by"], sys_by))
    matched = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched:
            errors.append({"kind": "round_miss",
                           "detail": f"{'+'.join(g.get('process') or ())} {g.get('date')} "
                                     f"{g.get('status')}"})
    return {"figures": {**_set_prf(len(pairs), len(gold), len(system)), **stats.figures()}}


def score_positions(gold: Iterable[dict], system: Iterable[dict], errors: list) -> dict:
    gold, system = list(gold), [s for s in system if isinstance(s, dict)]
    pairs = pair_one_to_one(
        gold, system,
        lambda g, s: norm_code(g.get("holder")) is not None
        and _codes(g.get("holder")) == _codes(s.get("holder")) and g.get("issue") == s.get("issue"),
        lambda g, s: float(g.get("stance") == s.get("stance")))
    stats = PairStats()
    for gi, si in pairs:
        g, s = gold[gi], system[si]
        stats.add("stance_acc", g.get("stance") == s.get("stance"))
        if g.get("concerns"):
            stats.add("concerns_acc", _codes(g["concerns"]) == _codes(s.get("concerns")))
        if g.get("condition_for"):
            stats.add("condition_for_acc", g["condition_for"] == s.get("condition_for"))
        if g.get("first_seen"):
            stats.add("first_seen_acc", date_matches(g["first_seen"], precision_of(g["first_seen"]),
                                                     s.get("first_seen")))
        if g.get("includes"):
            got = " | ".join(norm_text(x) for x in s.get("includes") or ())
            stats.add("includes_acc", all(norm_text(x) in got for x in g["includes"]))
    matched = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched:
            errors.append({"kind": "position_miss",
                           "detail": f"{g.get('holder')} {g.get('stance')} {g.get('issue')}"})
    return {"figures": {**_set_prf(len(pairs), len(gold), len(system)), **stats.figures()}}


_WORD = re.compile(r"[a-z0-9]{3,}")


def claim_overlaps(gold_text: str | None, sys_text: str | None) -> bool:
    g, s = norm_text(gold_text), norm_text(sys_text)
    if not g or not s:
        return False
    if g in s or s in g:
        return True
    gw = set(_WORD.findall(g))
    return bool(gw) and len(gw & set(_WORD.findall(s))) / len(gw) >= 0.6


def score_claims(gold: Iterable[dict], system: Iterable[dict], errors: list) -> dict:
    gold, system = list(gold), [s for s in system if isinstance(s, dict)]
    pairs = pair_one_to_one(gold, system, lambda g, s: claim_overlaps(g.get("text"), s.get("text")),
                            lambda g, s: 0.0)
    matched = {gi for gi, _ in pairs}
    for gi, g in enumerate(gold):
        if gi not in matched:
            errors.append({"kind": "claim_miss", "sentence": g.get("text"),
                           "detail": "claim not flagged"})
    return {"figures": _set_prf(len(pairs), len(gold), len(system))}
