"""A pair's (or one party's) ledger shaped for the actor and dyad pages and the printed dossier.

Input is what ``peace.pair.about`` keeps for a pair (or the party's share of the ledger), so
the dashboard's dyad page and ``detente dossier`` show one selection, through one template.
Output is plain data (the pages' JSON twins): the month-by-category counts, the rounds in
date order with their status history, the positions matrix whose every change carries the
article and offset of its evidence sentence, the quotes sorted by who speaks about whom.
"""

from __future__ import annotations

import math
from typing import Iterable

from . import render
from .params import quad_of

#: Events a dyad page lists (the counts and the chart take every one of them).
LIST_EVENTS = 50

#: A change of position, as the matrix marks it (the dossier's marks, kept).
CHANGE_MARK = {"new": "+", "reaffirmed": "=", "softened": "▼", "hardened": "▲",
               "dropped": "✕"}
#: Precisions that place an event in one month (a year-only date places it in none).
_MONTHLY = ("day", "month")


# ----------------------------------------------------------------------------- timeline
def months_between(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` ("2025-11" .. "2026-02"), gaps included: a
    quiet month is a fact the chart shows, not a column it drops."""
    y, m = int(first[:4]), int(first[5:7])
    ly, lm = int(last[:4]), int(last[5:7])
    out = []
    while (y, m) <= (ly, lm) and len(out) < 1200:  # a century of months at most
        out.append(f"{y:04d}-{m:02d}")
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return out


def timeline(counts: Iterable[tuple[str, str, int]]) -> dict:
    """``(month, category, n)`` rows -> {months, categories, counts: {category: [n per
    month]}, total}: the chart's data and its JSON twin."""
    table: dict[str, dict[str, int]] = {}
    for month, category, n in counts:
        if month and category:
            row = table.setdefault(category, {})
            row[month] = row.get(month, 0) + int(n)
    seen = sorted({m for row in table.values() for m in row})
    if not seen:
        return {"months": [], "categories": [], "counts": {}, "total": 0}
    months = months_between(seen[0], seen[-1])
    order = list(quad_of())  # the ontology's order: cooperation first, force last
    cats = sorted(table, key=lambda c: (order.index(c) if c in order else len(order), c))
    return {"months": months, "categories": cats,
            "counts": {c: [table[c].get(m, 0) for m in months] for c in cats},
            "total": sum(sum(row.values()) for row in table.values())}


def event_months(events: Iterable[dict]) -> list[tuple[str, str, int]]:
    """Month and category of each event dated to a month or a day (asserted ones only)."""
    return [(str(ev["date"])[:7], ev.get("event"), 1) for ev in events
            if ev.get("date") and ev.get("date_precision", "day") in _MONTHLY
            and ev.get("modality", "asserted") == "asserted"]


#: Most columns a chart draws: a longer span is drawn by quarter, then by year, so the
#: labels stay legible on a screen and on paper.
MAX_COLUMNS = 24


def _bin(month: str, unit: str) -> str:
    if unit == "quarter":
        return f"{month[:4]}-Q{(int(month[5:7]) - 1) // 3 + 1}"
    return month[:4] if unit == "year" else month


def chart(tl: dict, cell_w: int = 38, cell_h: int = 24, left: int = 116) -> dict:
    """SVG geometry of a time x category grid: one cell per month (or quarter, or year, see
    ``MAX_COLUMNS``) and category, its count written in it and its shade growing with the
    count; the totals at the row ends."""
    months, cats = tl["months"], tl["categories"]
    unit = "month"
    for unit in ("month", "quarter", "year"):
        if len({_bin(m, unit) for m in months}) <= MAX_COLUMNS:
            break
    columns = list(dict.fromkeys(_bin(m, unit) for m in months))
    where = {c: j for j, c in enumerate(columns)}
    binned = {}
    for cat in cats:
        row = [0] * len(columns)
        for m, n in zip(months, tl["counts"][cat]):
            row[where[_bin(m, unit)]] += n
        binned[cat] = row
    top = max((n for row in binned.values() for n in row), default=0) or 1
    quad = quad_of()
    rows = []
    top_y = 22  # room for the totals' heading
    for i, cat in enumerate(cats):
        y = top_y + i * cell_h
        cells = [{"x": left + j * cell_w, "n": n, "month": columns[j],
                  # at least a faint shade for one event, full for the busiest cell
                  "opacity": round(0.18 + 0.82 * math.sqrt(n / top), 2)}
                 for j, n in enumerate(binned[cat]) if n]
        for c in cells:  # a light count on a dark cell, a dark one elsewhere
            c["light"] = quad.get(cat, "").startswith("material") and c["opacity"] > 0.55
        rows.append({"category": cat, "quad": quad.get(cat, "verbal_cooperation"), "y": y,
                     "cells": cells, "total": sum(binned[cat])})
    grid_w = len(columns) * cell_w
    grid_h = len(cats) * cell_h
    labels = [{"x": left + j * cell_w + cell_w / 2, "month": c} for j, c in enumerate(columns)]
    return {"rows": rows, "labels": labels, "cell_w": cell_w, "cell_h": cell_h, "unit": unit,
            "left": left, "grid_w": grid_w, "grid_h": grid_h, "top": top_y,
            "width": left + grid_w + 56, "height": top_y + grid_h + 62, "max": top}


# ----------------------------------------------------------------------------- rounds
def rounds(items: Iterable[dict]) -> list[dict]:
    """The rounds oldest first (undated ones last), each with its sources and history."""
    out = []
    for r in items:
        venue = r.get("venue") or {}
        out.append({
            "id": r.get("id"), "process": list(r.get("process") or ()),
            "date": r.get("date"), "window": r.get("window"),
            "date_precision": r.get("date_precision"), "status": r.get("status"),
            "history": [{"status": h.get("status"), "date": h.get("date"),
                         "article_id": h.get("article_id")}
                        for h in r.get("status_history") or ()],
            "venue": venue.get("name"), "venue_country": venue.get("country"),
            "format": r.get("format"), "level": r.get("level"),
            "mediators": list(r.get("mediators") or ()),
            "outcome": list(r.get("outcome") or ()),
            "disagreements": sorted(r.get("values_by_source") or {}),
            "sources": [{"article_id": s.get("article_id"), "sentence": s.get("evidence"),
                         "start": s.get("start"), "end": s.get("end")}
                        for s in r.get("sources") or ()],
        })
    out.sort(key=lambda r: (r["date"] is None, str(r["date"] or "")))
    return out


# ----------------------------------------------------------------------------- positions
def _evidence_of(p: dict, article_id, sentence) -> dict:
    """The evidence entry behind one step of a position's history (same article and
    sentence; else the article's first sentence on it)."""
    found = [e for e in p.get("evidence") or () if e.get("article_id") == article_id]
    exact = [e for e in found if e.get("sentence") == sentence]
    return (exact or found or [{}])[0]


def positions(items: Iterable[dict]) -> dict:
    """{holders, issues, cells}: one cell per holder and issue, with every change of the
    position in order, each carrying the article and offset of the sentence saying it."""
    cells = []
    for p in items:
        changes = []
        for step in p.get("history") or [{"stance": p.get("stance"),
                                          "change": p.get("change"),
                                          "date": p.get("first_seen"),
                                          "article_id": (p.get("evidence") or [{}])[0]
                                          .get("article_id"),
                                          "evidence": (p.get("evidence") or [{}])[0]
                                          .get("sentence")}]:
            ev = _evidence_of(p, step.get("article_id"), step.get("evidence"))
            changes.append({"change": step.get("change"), "stance": step.get("stance"),
                            "date": step.get("date"),
                            "condition_for": step.get("condition_for"),
                            "mark": CHANGE_MARK.get(step.get("change"), ""),
                            "article_id": step.get("article_id"),
                            "sentence": ev.get("sentence") or step.get("evidence"),
                            "start": ev.get("start"), "end": ev.get("end")})
        cells.append({"holder": p.get("holder"), "holder_name": p.get("holder_name"),
                      "issue": p.get("issue"), "stance": p.get("stance"),
                      "change": p.get("change"), "concerns": p.get("concerns"),
                      "condition_for": p.get("condition_for"),
                      "includes": list(p.get("includes") or ()),
                      "first_seen": p.get("first_seen"), "last_seen": p.get("last_seen"),
                      "changes": changes})
    holders = sorted({c["holder"] for c in cells if c["holder"]})
    issues = sorted({c["issue"] for c in cells if c["issue"]})
    return {"holders": holders, "issues": issues, "cells": cells}


def matrix(pos: dict) -> list[dict]:
    """The positions as table rows: one per holder, one cell (or None) per issue."""
    index = {(c["holder"], c["issue"]): c for c in pos["cells"]}
    return [{"holder": h, "cells": [index.get((h, i)) for i in pos["issues"]]}
            for h in pos["holders"]]


# ----------------------------------------------------------------------------- quotes, claims
def _speaker(q: dict) -> str | None:
    sp = q.get("speaker") if isinstance(q.get("speaker"), dict) else {}
    code = sp.get("org") or sp.get("code")
    return code.upper() if isinstance(code, str) else None


def quotes(items: Iterable[dict], a: str, b: str | None = None) -> list[dict]:
    """The quotes with ``about``: "A>B" for A speaking of B, "B>A", "third" for anyone
    else naming both; on one party's page, "own" for the party's words."""
    out = []
    for q in items:
        sp = q.get("speaker") if isinstance(q.get("speaker"), dict) else {}
        who = _speaker(q)
        if b is None:
            about = "own" if who == a else "other"
        else:
            about = f"{a}>{b}" if who == a else f"{b}>{a}" if who == b else "third"
        ev = q.get("evidence") or {}
        out.append({"id": q.get("id"), "text": q.get("text"), "direct": q.get("direct"),
                    "date": q.get("date"), "about": about, "speaker_code": who,
                    "speaker_name": sp.get("name") or sp.get("text"),
                    "article_id": q.get("article_id"), "sentence": ev.get("sentence"),
                    "start": ev.get("start"), "end": ev.get("end"),
                    "title": q.get("title"), "published": q.get("published")})
    return out


def claims(items: Iterable[dict]) -> list[dict]:
    return [{"id": c.get("id"), "kind": c.get("kind"), "text": c.get("text"),
             "check": c.get("check"), "round": c.get("round"),
             "evidence": [{"article_id": e.get("article_id"), "sentence": e.get("sentence"),
                           "start": e.get("start"), "end": e.get("end")}
                          for e in c.get("evidence") or ()]}
            for c in items]


def sources(articles: dict) -> list[dict]:
    """The articles items come from, oldest first."""
    rows = [{"id": aid, "title": (meta or {}).get("title"), "url": (meta or {}).get("url"),
             "published": (meta or {}).get("published")} for aid, meta in articles.items()]
    rows.sort(key=lambda r: (str(r["published"] or ""), str(r["id"])))
    return rows


def pair_view(part: dict, a: str, b: str) -> dict:
    """The dyad page's data from ``pair.about``'s selection for ``a`` and ``b``."""
    events = part.get("events") or []
    view = {
        "timeline": timeline(event_months(events)),
        "rounds": rounds(part.get("rounds") or ()),
        "positions": positions(part.get("positions") or ()),
        "quotes": quotes(part.get("quotes") or (), a, b),
        "claims": claims(part.get("claims") or ()),
        "sources": sources(part.get("articles") or {}),
    }
    view["counts"] = {"events": len(events), "rounds": len(view["rounds"]),
                      "positions": len(view["positions"]["cells"]),
                      "quotes": len(view["quotes"]), "claims": len(view["claims"]),
                      "articles": len(view["sources"])}
    return view


# ----------------------------------------------------------------------------- printing
def source_anchor(article_id, start=None) -> str:
    """In a printed dossier, evidence points at the article in the page's list of sources."""
    return "#a-" + render.slug(article_id)


def dyad_context(view: dict, printed: bool, href) -> dict:
    """What the dyad template needs besides the data: the chart's geometry, the matrix rows,
    where evidence links go, and the layout (the dashboard's, or a standalone page)."""
    return {"chart": chart(view["timeline"]), "matrix": matrix(view["positions"]),
            "href": href, "printed": printed,
            "layout": "print.html" if printed else "base.html"}


def dossier_html(part: dict, parties: list[dict]) -> str:
    """The dyad page printed (``detente dossier``): ``pair.about``'s selection for the two
    ``parties`` ({code, name}), one file with its stylesheets inline and every piece of
    evidence pointing to the article in its own list of sources."""
    a, b = parties
    view = pair_view(part, a["code"], b["code"])
    view["events"] = (part.get("events") or [])[-LIST_EVENTS:][::-1]
    return render.environment().get_template("dyad.html").render(
        a=a, b=b, v=view, css=render.inline_css(), db="",
        **dyad_context(view, True, source_anchor))
