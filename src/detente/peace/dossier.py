"""The dossier: a self-contained report on one peace process, HTML or Markdown.

``render(ledger, parties, events=(), quotes=(), fmt="html")`` returns the document as a string.
The HTML has no scripts and no external resources (inline CSS and an inline SVG timeline), so it
renders offline and can be forwarded as one file. Article text is hostile: every piece of it is
escaped, and only http/https URLs become links.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import urlparse

SECTIONS = ("timeline", "rounds", "positions", "quotes", "claims", "sources")
CHANGE_MARK = {"new": "＋", "reaffirmed": "=", "softened": "▼", "hardened": "▲", "dropped": "✕"}
_CSS = """body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;color:#222}
table{border-collapse:collapse;width:100%;margin:.5em 0 1.5em}th,td{border:1px solid #ccc;
padding:4px 6px;vertical-align:top;text-align:left}th{background:#f2f2f2}.ev{color:#555;
font-size:12px}.hardened{background:#fde2e2}.softened{background:#e2f4e2}.dropped{color:#999}
blockquote{margin:.4em 0;padding-left:.8em;border-left:3px solid #ccc}small{color:#666}"""


def safe_url(url) -> str | None:
    """``url`` if it is an http(s) URL, else None (no javascript:, data:, file: links)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme.lower() in ("http", "https") and parsed.netloc and not re.search(r"[\s<>\"']", url):
        return url
    return None


def e(value) -> str:
    """HTML-escape anything (None -> empty)."""
    return html.escape("" if value is None else str(value), quote=True)


def _article_ref(articles: dict, aid: str | None, fmt: str) -> str:
    meta = articles.get(aid or "", {})
    label = f"{meta.get('published') or ''} {meta.get('title') or (aid or '')[:8]}".strip()
    if fmt == "md":
        return f"[{_md(label)}](#a-{_slug(aid)})"
    return f'<a href="#a-{_slug(aid)}">{e(label)}</a>'


def _slug(aid) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", str(aid or ""))


def _md(text) -> str:
    """Markdown-safe text: HTML escaped, Markdown punctuation and table pipes neutralised."""
    text = html.escape("" if text is None else str(text), quote=False)
    text = re.sub(r"([\\`*_\[\]{}|~])", r"\\\1", text)
    return " ".join(text.split())


# ----------------------------------------------------------------------------- timeline


def _parse(d) -> dt.date | None:
    if not d:
        return None
    s = str(d)
    try:
        return dt.date.fromisoformat(s[:10] if len(s) >= 10 else (s + "-01-01")[:10] if len(s) == 4
                                     else s[:7] + "-01")
    except ValueError:
        return None


def timeline_svg(events, rounds, width: int = 1000) -> str:
    """Inline SVG: one lane per event category, a dot per event, rounds as diamonds on top."""
    points = []
    for ev in events:
        d = _parse(ev.get("date"))
        if d:
            points.append((ev.get("event") or "OTHER", d, ev))
    for r in rounds:
        d = _parse(r.get("date"))
        if d:
            points.append(("ROUND", d, r))
    lanes = ["ROUND"] + sorted({p[0] for p in points if p[0] != "ROUND"})
    if not points:
        return ('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="30" role="img">'
                '<text x="4" y="20">No dated events or rounds.</text></svg>')
    lo = min(p[1] for p in points)
    hi = max(p[1] for p in points)
    span = max((hi - lo).days, 1)
    left, lane_h = 110, 24
    height = lane_h * len(lanes) + 40
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'role="img" aria-label="Timeline of events by category">']
    for i, lane in enumerate(lanes):
        y = 20 + i * lane_h
        out.append(f'<text x="4" y="{y + 4}" font-size="11">{e(lane)}</text>'
                   f'<line x1="{left}" y1="{y}" x2="{width - 10}" y2="{y}" stroke="#ddd"/>')
    for lane, d, item in points:
        x = left + (width - left - 20) * (d - lo).days / span
        y = 20 + lanes.index(lane) * lane_h
        label = e(f"{d.isoformat()} {lane} {(item.get('evidence') or {}).get('sentence', '') if isinstance(item.get('evidence'), dict) else item.get('status', '')}")
        if lane == "ROUND":
            out.append(f'<polygon points="{x:.1f},{y - 6} {x + 6:.1f},{y} {x:.1f},{y + 6} {x - 6:.1f},{y}" '
                       f'fill="#b03030"><title>{label}</title></polygon>')
        else:
            out.append(f'<circle cx="{x:.1f}" cy="{y}" r="4" fill="#3060b0"><title>{label}</title></circle>')
    y = height - 8
    out.append(f'<text x="{left}" y="{y}" font-size="11">{e(lo.isoformat())}</text>'
               f'<text x="{width - 90}" y="{y}" font-size="11">{e(hi.isoformat())}</text></svg>')
    return "".join(out)


# ----------------------------------------------------------------------------- rows


def _venue(r) -> str:
    v = r.get("venue") or {}
    return ", ".join(x for x in (v.get("name"), v.get("country")) if x)


def _round_rows(rounds):
    for r in rounds:
        hist = " → ".join(h.get("status") or "?" for h in r.get("status_history") or [])
        disagree = "; ".join(
            f"{k}: " + " vs ".join(str(v['value'].get('name') if isinstance(v['value'], dict) else v['value'])
                                   for v in vals)
            for k, vals in (r.get("values_by_source") or {}).items())
        yield r, {
            "date": r.get("date") or r.get("window") or "undated", "status": r.get("status"),
            "history": hist, "venue": _venue(r), "format": r.get("format"), "level": r.get("level"),
            "mediators": ", ".join(r.get("mediators") or []),
            "outcome": ", ".join(r.get("outcome") or []), "disagreements": disagree,
        }


def _quote_rows(quotes, parties):
    # the quotes come chosen (``pair.about``): a third party's words about both parties stay
    for q in quotes:
        yield q, q.get("speaker") or {}


# ----------------------------------------------------------------------------- html


def _html(ledger, parties, events, quotes, title) -> str:
    arts = ledger.get("articles", {})
    rounds, positions = ledger["rounds"], ledger["positions"]
    parts = [f"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
             f"<title>{e(title)}</title><style>{_CSS}</style></head><body>",
             f"<h1>{e(title)}</h1><p><small>{len(arts)} articles, {len(rounds)} rounds, "
             f"{len(positions)} positions. Generated by detente; every entry links to its "
             f"evidence.</small></p>"]
    parts.append('<section id="timeline"><h2>Timeline</h2>' + timeline_svg(events, rounds) + "</section>")
    parts.append('<section id="rounds"><h2>Negotiation rounds</h2><table><tr><th>Date</th><th>Status</th>'
                 "<th>History</th><th>Venue</th><th>Format</th><th>Level</th><th>Mediators</th>"
                 "<th>Outcome</th><th>Sources disagree</th><th>Evidence</th></tr>")
    for r, row in _round_rows(rounds):
        ev = "".join(f'<div class="ev">“{e(s.get("evidence"))}” — {_article_ref(arts, s.get("article_id"), "html")}</div>'
                     for s in r.get("sources") or [])
        parts.append('<tr class="round">' + "".join(f"<td>{e(row[k])}</td>" for k in
                     ("date", "status", "history", "venue", "format", "level", "mediators",
                      "outcome", "disagreements")) + f"<td>{ev}</td></tr>")
    parts.append("</table></section>")
    holders = sorted({p["holder"] for p in positions})
    issues = sorted({p["issue"] for p in positions})
    parts.append('<section id="positions"><h2>Positions</h2><p><small>Latest stance per holder and '
                 'issue; ▲ hardened, ▼ softened, = reaffirmed, ＋ new, ✕ dropped.</small></p>'
                 "<table><tr><th>Holder</th>" + "".join(f"<th>{e(i)}</th>" for i in issues) + "</tr>")
    index = {(p["holder"], p["issue"]): p for p in positions}
    for h in holders:
        cells = []
        for i in issues:
            p = index.get((h, i))
            if p is None:
                cells.append("<td></td>")
                continue
            hist = " → ".join(f"{x.get('stance')} ({x.get('date')})" for x in p.get("history") or [])
            cond = f" for {p['condition_for']}" if p.get("condition_for") else ""
            cells.append(f'<td class="{e(p.get("change"))}" title="{e(hist)}">{e(p.get("stance"))}{e(cond)} '
                         f'{e(CHANGE_MARK.get(p.get("change"), ""))}</td>')
        parts.append(f"<tr><th>{e(h)}</th>{''.join(cells)}</tr>")
    parts.append("</table><ul>")
    for p in positions:
        ev = p.get("evidence") or [{}]
        last = ev[-1]
        parts.append(f'<li><b>{e(p["holder"])}</b> {e(p.get("stance"))} <i>{e(p["issue"])}</i> '
                     f'({e(p.get("change"))}, {e(p.get("first_seen"))} – {e(p.get("last_seen"))}): '
                     f'<span class="ev">“{e(last.get("sentence"))}” — '
                     f'{_article_ref(arts, last.get("article_id"), "html")}</span></li>')
    parts.append("</ul></section>")
    parts.append('<section id="quotes"><h2>Key quotes</h2>')
    for q, sp in _quote_rows(quotes, parties):
        parts.append(f"<blockquote>“{e(q.get('text'))}”<br><small>{e(sp.get('name') or sp.get('text'))}"
                     f" ({e(sp.get('code'))}), {e(q.get('date'))} — "
                     f"{_article_ref(arts, q.get('article_id'), 'html')}</small></blockquote>")
    parts.append("</section>")
    parts.append('<section id="claims"><h2>Flagged claims</h2><ul>')
    for c in ledger.get("claims") or []:
        evs = "".join(f'<div class="ev">“{e(x.get("sentence"))}” — {_article_ref(arts, x.get("article_id"), "html")}</div>'
                      for x in c.get("evidence") or [])
        parts.append(f"<li><b>{e(c.get('kind'))}</b>: {e(c.get('text'))}<br>{e(c.get('check'))}{evs}</li>")
    parts.append("</ul></section>")
    parts.append('<section id="sources"><h2>Sources</h2><ol>')
    for aid, meta in arts.items():
        url = safe_url(meta.get("url"))
        name = e(meta.get("title") or aid)
        link = f'<a href="{e(url)}" rel="noopener noreferrer">{name}</a>' if url else name
        parts.append(f'<li id="a-{_slug(aid)}">{e(meta.get("published"))} {link} <small>{e(aid)}</small></li>')
    parts.append("</ol></section></body></html>")
    return "\n".join(parts)


# ----------------------------------------------------------------------------- markdown


def _markdown(ledger, parties, events, quotes, title) -> str:
    arts = ledger.get("articles", {})
    out = [f"# {_md(title)}", "", f"{len(arts)} articles, {len(ledger['rounds'])} rounds, "
           f"{len(ledger['positions'])} positions.", "", "## Timeline", ""]
    # Sorted on (date, kind) only: two entries of one day and kind must not compare their dicts.
    dated = sorted(((str(x.get("date")), str(x.get("event") or "ROUND")) for x in
                    [*events, *ledger["rounds"]] if x.get("date")))
    out += [f"- {_md(d)} {_md(kind)}" for d, kind in dated] or ["(no dated events)"]
    out += ["", "## Negotiation rounds", "",
            "| Date | Status | History | Venue | Format | Level | Mediators | Outcome | Sources disagree | Evidence |",
            "|---|---|---|---|---|---|---|---|---|---|"]
    for r, row in _round_rows(ledger["rounds"]):
        ev = "<br>".join(f"“{_md(s.get('evidence'))}” {_article_ref(arts, s.get('article_id'), 'md')}"
                         for s in r.get("sources") or [])
        out.append("| " + " | ".join(_md(row[k]) for k in ("date", "status", "history", "venue", "format",
                                                             "level", "mediators", "outcome",
                                                             "disagreements")) + f" | {ev} |")
    out += ["", "## Positions", "", "| Holder | Issue | Stance | Change | For | First seen | Last seen | Evidence |",
            "|---|---|---|---|---|---|---|---|"]
    for p in ledger["positions"]:
        last = (p.get("evidence") or [{}])[-1]
        out.append("| " + " | ".join(_md(p.get(k)) for k in ("holder", "issue", "stance", "change",
                                                               "condition_for", "first_seen", "last_seen"))
                   + f" | “{_md(last.get('sentence'))}” {_article_ref(arts, last.get('article_id'), 'md')} |")
    out += ["", "## Key quotes", ""]
    for q, sp in _quote_rows(quotes, parties):
        out.append(f"> “{_md(q.get('text'))}” — {_md(sp.get('name') or sp.get('text'))}, {_md(q.get('date'))} "
                   f"{_article_ref(arts, q.get('article_id'), 'md')}")
        out.append("")
    out += ["", "## Flagged claims", ""]
    for c in ledger.get("claims") or []:
        out.append(f"- **{_md(c.get('kind'))}**: {_md(c.get('text'))} — {_md(c.get('check'))}")
    out += ["", "## Sources", ""]
    for aid, meta in arts.items():
        url = safe_url(meta.get("url"))
        name = _md(meta.get("title") or aid)
        link = f"[{name}](<{url}>)" if url else name
        out.append(f'- <a id="a-{_slug(aid)}"></a>{_md(meta.get("published"))} {link}')
    return "\n".join(out) + "\n"


def render(ledger: dict, parties=(), events=(), quotes=(), fmt: str = "html", title: str | None = None) -> str:
    """The dossier of ``ledger`` as HTML or Markdown. ``ledger``, ``events`` and ``quotes``
    come already restricted to the pair (``pair.about``): they are shown as given."""
    parties = [p.upper() for p in parties]
    title = title or ("Peace process dossier: " + " – ".join(parties) if parties else "Peace process dossier")
    if fmt == "md":
        return _markdown(ledger, parties, events, list(quotes), title)
    return _html(ledger, parties, events, list(quotes), title)
