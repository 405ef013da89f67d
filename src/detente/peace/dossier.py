"""The dossier as Markdown: a report on one peace process that reads as plain text.

``render(ledger, parties, events=(), quotes=(), fmt="md")`` returns the document as a string.
The HTML dossier is the dashboard's dyad page printed (``detente.web.pairview.dossier_html``,
one template for both), which this layer cannot import. Article text is hostile: every piece
of it is escaped, and only http/https URLs become links.
"""

from __future__ import annotations

import html
import re
from urllib.parse import urlparse

#: The sections of a dossier, in order (in HTML, the dyad page's section ids).
SECTIONS = ("timeline", "rounds", "positions", "quotes", "claims", "sources")


def safe_url(url) -> str | None:
    """``url`` if it is an http(s) URL, else None (no javascript:, data:, file: links)."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    parsed = urlparse(url)
    if parsed.scheme.lower() in ("http", "https") and parsed.netloc and not re.search(r"[\s<>\"']", url):
        return url
    return None


def _article_ref(articles: dict, aid: str | None, fmt: str = "md") -> str:
    meta = articles.get(aid or "", {})
    label = f"{meta.get('published') or ''} {meta.get('title') or (aid or '')[:8]}".strip()
    return f"[{_md(label)}](#a-{_slug(aid)})"


def _slug(aid) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "", str(aid or ""))


def _md(text) -> str:
    """Markdown-safe text: HTML escaped, Markdown punctuation and table pipes neutralised."""
    text = html.escape("" if text is None else str(text), quote=False)
    text = re.sub(r"([\\`*_\[\]{}|~])", r"\\\1", text)
    return " ".join(text.split())


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


def render(ledger: dict, parties=(), events=(), quotes=(), fmt: str = "md", title: str | None = None) -> str:
    """The dossier of ``ledger`` as Markdown. ``ledger``, ``events`` and ``quotes`` come
    already restricted to the pair (``pair.about``): they are shown as given."""
    if fmt != "md":
        raise ValueError(f"fmt {fmt!r}: this renderer writes Markdown; the HTML dossier is "
                         "detente.web.pairview.dossier_html (the dyad page printed)")
    parties = [p.upper() for p in parties]
    title = title or ("Peace process dossier: " + " – ".join(parties) if parties else "Peace process dossier")
    return _markdown(ledger, parties, events, list(quotes), title)
