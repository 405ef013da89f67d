"""Rendering an evaluation report for a terminal. Gold and article text is escaped."""

from __future__ import annotations

import re
from typing import Any

# Control characters and bidi overrides would let hostile article text rewrite the terminal.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def safe(text: Any, limit: int = 0) -> str:
    """Text with control characters escaped and newlines flattened, optionally shortened."""
    s = "" if text is None else str(text)
    s = _UNSAFE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), s)
    s = s.replace("\n", " ").replace("\t", " ")
    if limit and len(s) > limit:
        s = s[: limit - 1] + "…"
    return s


def _num(v: Any) -> str:
    return "  -  " if v is None else f"{v:.3f}"


def _codes(v: Any) -> str:
    return "+".join(v) if v else "-"


def render(report: dict[str, Any], errors: bool = False) -> str:
    """The human-readable report: the same figures as ``--json``."""
    lines = []
    kind = report.get("gold_kind")
    unit = {"sentence": "sentences", "documents": "articles"}.get(kind, "document")
    head = f"detente eval {safe(report.get('gold_path', ''))}: {kind} gold"
    if kind in ("sentence", "documents"):
        head += f", {report['units']} {unit if report['units'] != 1 else unit[:-1]}"
    head += f", model {report.get('model', '?')}"
    if report.get("published"):
        head += f", published {report['published']}"
    lines.append(head)
    excl = report.get("excluded_not_asserted") or {}
    lines.append(f"events: gold {report['gold_events']}, system {report['system_events']}"
                 + (" (not counted as assertions: "
                    + ", ".join(f"{k} {v}" for k, v in excl.items()) + ")" if excl else ""))
    table = report["events"]
    lines.append(f"  {'category':<10} {'gold':>4} {'sys':>4} {'tp':>4} "
                 f"{'prec':>6} {'rec':>6} {'f1':>6}")
    for cat, row in table["per_category"].items():
        lines.append(f"  {cat:<10} {row['tp'] + row['fn']:>4} {row['tp'] + row['fp']:>4} "
                     f"{row['tp']:>4} {row['precision']:>6.3f} {row['recall']:>6.3f} "
                     f"{row['f1']:>6.3f}")
    m = table["micro"]
    lines.append(f"  {'micro':<10} {m['tp'] + m['fn']:>4} {m['tp'] + m['fp']:>4} {m['tp']:>4} "
                 f"{m['precision']:>6.3f} {m['recall']:>6.3f} {m['f1']:>6.3f}")
    lines.append(f"  macro F1 {table['macro_f1']:.3f}")
    pairs = report["pairs"]
    if pairs["figures"]:
        lines.append("on matched events (n = pairs or actors counted):")
        for name, value in pairs["figures"].items():
            lines.append(f"  {name:<28} {_num(value)}  (n={pairs['support'][name]})")
    else:
        lines.append("on matched events: no matched events yet")
    figs = report.get("figures") or {}
    if "fully_right_of_output" in figs:
        lines.append(f"fully right (category, actor and recipient countries, date, place): "
                     f"{_num(figs['fully_right_of_output'])} of output events, "
                     f"{_num(figs['fully_right_of_gold'])} of gold events; "
                     f"output events with no actor country: "
                     f"{_num(figs['actor_no_country_share'])}")
    cats = report.get("category_confusion")
    if cats:
        lines.append("likely wrong category (gold->system, a miss and a false positive in one "
                     "sentence): " + ", ".join(f"{k} {v}" for k, v in cats.items()))
    conf = report.get("modality_confusion")
    if conf:
        lines.append("modality confusion (gold -> system, matched events):")
        for g, row in conf.items():
            lines.append(f"  {g:<12} " + ", ".join(f"{s} {n}" for s, n in row.items()))
    for section in ("must_not", "quotes", "statements", "rounds", "positions", "claims"):
        part = report.get(section)
        if part is None:
            continue
        figs = ", ".join(f"{k} {_num(v) if isinstance(v, float) or v is None else v}"
                         for k, v in part["figures"].items())
        lines.append(f"{section}: {figs}")
    if errors:
        lines.append("")
        lines.append(f"errors ({len(report['errors'])}):")
        for e in report["errors"]:
            lines.append(_error_line(e))
    return "\n".join(lines)


def _error_line(e: dict) -> str:
    kind = e["kind"]
    where = f"[{safe(e.get('id') or '')}] " if e.get("id") else ""
    gold, system = e.get("gold") or {}, e.get("system") or {}
    if kind in ("miss", "false_positive", "wrong_actors", "wrong_fields"):
        parts = [f"{kind.upper():<14} {e.get('event', '')}"]
        if gold:
            parts.append(f"gold {_codes(gold.get('actor'))} -> {_codes(gold.get('recipient'))}"
                         + (f" ({safe(gold.get('trigger'))})" if gold.get("trigger") else "")
                         + (f" [{gold['modality']}]" if gold.get("modality") else ""))
        if system:
            parts.append(f"system {system.get('event')}/{system.get('modality')} "
                         f"{_codes(system.get('actor'))} -> {_codes(system.get('recipient'))}"
                         f" ({safe(system.get('trigger'))})")
        if e.get("detail"):
            parts.append(safe(e["detail"]))
        text = "  ".join(parts)
    else:
        detail = e.get("detail") or ""
        text = f"{kind.upper():<14} {safe(detail)}"
    sentence = e.get("sentence")
    out = f"  {where}{text}"
    if sentence:
        out += f"\n      | {safe(sentence, 300)}"
    return out
