"""Claim checks inside one article: stated durations against stated start dates, weekdays
against calendar dates.

"The conflict, which has lasted over two years" next to "since the outbreak of the war in
February 2022" on a 2025-05-29 story does not add up: the war is three years and three months
old, and a writer who knew it would say "over three years". A duration is flagged when it is
off by at least one of its own units (see ``_contradiction``). Conflicts between articles
(3 vs 5 hours, 120 vs 150 prisoners) are found by the cross-article ledger.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from .. import knowledge, tree
from ..dates import unit_days, weekday_mismatch
from ..records import Claim, content_id
from ._support import article_text, cached, dates_of

_LEXICON = "lexicon/ledger.yaml"
_SUBJECT = knowledge.pattern(_LEXICON, "war_subject", re.I)
_START_CUE = knowledge.pattern(_LEXICON, "war_start", re.I)
#: a duration the date stage cannot measure the unit of is taken as counted in years
_YEAR_DAYS = 365.25


def _to_date(value: str) -> dt.date:
    parts = [int(p) for p in value.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return dt.date(*parts)


def _span_years_months(days: float) -> str:
    months = int(days / 30.44)  # completed months, as people count age
    y, m = divmod(months, 12)
    if y and m:
        return f"about {y} year{'s' * (y != 1)} {m} month{'s' * (m != 1)}"
    if y:
        return f"about {y} year{'s' * (y != 1)}"
    return f"about {m} month{'s' * (m != 1)}"


def _contradiction(stated: float, bound: str | None, unit_days: float, actual: float) -> str | None:
    """'understates' / 'overstates' when ``actual`` days is inconsistent with the claim."""
    if bound == "over":
        if actual < stated:
            return "overstates"
        return "understates" if actual >= stated + unit_days else None
    if bound == "under":
        if actual > stated * 1.02:
            return "understates"
        return "overstates" if actual < stated - unit_days else None
    if abs(actual - stated) > max(unit_days, 0.25 * stated):
        return "understates" if actual > stated else "overstates"
    return None


def _starts(ctx, refs) -> list[tuple[object, str]]:
    """Dates the article gives as the start of the war/conflict, with the words saying so."""
    text = article_text(ctx)
    out = []
    for r in refs:
        if not r.value or r.kind not in ("point", "interval_start"):
            continue
        before = text[max(0, r.start - 70):r.start]
        before = before[before.rfind(".") + 1:]
        subjects = list(_SUBJECT.finditer(before))
        if subjects and _START_CUE.search(before):
            out.append((r, subjects[-1].group(0)))  # the noun nearest the date
    return out


def _claim_text(ctx, ref) -> str:
    """The clause making the duration claim: its subject noun phrase up to the duration."""
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return ref.text
    tok = tree.climb(span.root, while_=lambda t: not _SUBJECT.fullmatch(t.text), limit=6)
    if _SUBJECT.fullmatch(tok.text) and tok.left_edge.idx < ref.start:
        return article_text(ctx)[tok.left_edge.idx:ref.end]
    sent = span.sent
    return article_text(ctx)[sent.start_char:ref.end]


def weekday_claims(ctx) -> list[dict]:
    """"Tuesday, May 16" when May 16 of that year is a Friday: one of the two is wrong. The
    date stage reads the expression (and chooses the year when it has none)."""
    text = article_text(ctx)
    out = []
    for ref in dates_of(ctx):
        found = weekday_mismatch(ref)
        if found is None:
            continue
        offset, stated, actual = found
        at = ref.start + offset
        said = text[at:ref.end]
        lo = _dot_before(ctx, at) + 1
        hi = _dot_from(ctx, ref.end)
        hi = len(text) if hi < 0 else hi + 1
        ev = {"article_id": ctx.article.id, "sentence": text[lo:hi].strip(), "start": lo,
              "end": hi, "text": said}
        out.append({
            "id": content_id(ctx.article.id, "claim", at, said),
            "text": said, "kind": "date",
            "check": f"{ref.value} is a {actual}, not a {stated}",
            "evidence": [ev, dict(ev, text=stated)], "conflicts_with": stated,
        })
    return out


def _dots(ctx) -> list[int]:
    return cached(ctx, "dots", lambda: [m.start() for m in re.finditer(r"\.", article_text(ctx))])


def _dot_before(ctx, at: int) -> int:
    """``text.rfind(".", 0, at)`` by bisection: a text without full stops would make every
    rfind read back to its start."""
    dots = _dots(ctx)
    k = bisect.bisect_left(dots, at)
    return dots[k - 1] if k else -1


def _dot_from(ctx, at: int) -> int:
    """``text.find(".", at)`` by bisection."""
    dots = _dots(ctx)
    k = bisect.bisect_left(dots, at)
    return dots[k] if k < len(dots) else -1


def extract_claims(ctx) -> list[Claim]:
    return [Claim.from_dict(c) for c in duration_claims(ctx) + weekday_claims(ctx)]


def duration_claims(ctx) -> list[dict]:
    published = ctx.article.published
    if published is None:
        return []
    refs = dates_of(ctx)
    if not any(r.kind == "duration" and r.duration_days for r in refs):
        return []
    starts = _starts(ctx, refs)
    if not starts:
        return []
    text = article_text(ctx)
    claims = []
    start_ref, subject = min(starts, key=lambda s: s[0].value)  # the same for every claim
    for ref in refs:
        if ref.kind != "duration" or not ref.duration_days:
            continue
        sent_lo = _dot_before(ctx, ref.start) + 1
        if not _SUBJECT.search(text[sent_lo:ref.start]):
            continue
        actual = (published - _to_date(start_ref.value)).days
        verdict = _contradiction(ref.duration_days, ref.bound, unit_days(ref) or _YEAR_DAYS,
                                 actual)
        if verdict is None:
            continue
        claim_text = _claim_text(ctx, ref)
        s_start = _dot_before(ctx, start_ref.start) + 1
        s_end = _dot_from(ctx, start_ref.end)
        s_end = len(text) if s_end < 0 else s_end + 1
        c_end = _dot_from(ctx, ref.end)
        c_end = len(text) if c_end < 0 else c_end + 1
        claims.append({
            "id": content_id(ctx.article.id, "claim", ref.start, ref.text),
            "text": claim_text,
            "kind": "duration",
            "stated": {"text": ref.text, "days": ref.duration_days, "bound": ref.bound},
            "computed": {"since": start_ref.value, "at": published.isoformat(), "days": actual},
            "check": (f"{subject.lower()} since {start_ref.value} (stated in the same article): "
                      f"{_span_years_months(actual)} at {published.isoformat()}; "
                      f"'{ref.text}' {verdict} it"),
            "evidence": [
                {"article_id": ctx.article.id, "sentence": text[sent_lo:c_end].strip(),
                 "start": sent_lo, "end": c_end, "text": ref.text},
                {"article_id": ctx.article.id, "sentence": text[s_start:s_end].strip(),
                 "start": s_start, "end": s_end, "text": start_ref.text},
            ],
            "conflicts_with": start_ref.text,
        })
    return claims
