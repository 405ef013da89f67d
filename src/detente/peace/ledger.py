"""The cross-article ledger: one record per real meeting, one per (holder, issue) position.

``build(source)`` takes per-article analyses (``Analysis`` objects, ``Analysis.as_dict()``
dicts, or the store's ``ledger_items()`` rows) and returns
``{"rounds", "positions", "statements", "claims", "articles"}``.

Rounds from different articles are the same meeting when their process matches and
  * both are dated and the dates agree at the coarser precision (venues, if both known, agree);
  * or one is an undated future mention ("a new round is expected") and the other is the next
    round of that process reported after it.
Each source's status goes into ``status_history``; a future status never overrides "held" or
"cancelled". When sources disagree on a field (a duration, a count, a venue), every value is
kept with its article in ``values_by_source`` and a ``claims`` entry flags the disagreement.

Position changes use the firmness scale in ``positions.STRENGTH``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Iterable

from ..records import content_id
from ._support import compatible
from .positions import STRENGTH

FUTURE = {"announced", "expected", "scheduled"}
OPEN = FUTURE | {"postponed"}
_FINAL = {"held", "cancelled"}
#: Scalar round fields whose disagreements between sources are kept side by side.
COMPARED = ("date", "venue", "format", "level", "host", "duration_hours", "prisoners")
_CLAIM_KIND = {"date": "date", "duration_hours": "duration", "prisoners": "count"}
KINDS = ("statements", "rounds", "positions", "claims")


def _articles(source) -> list[tuple[dict, dict]]:
    """Normalise the input to [(article meta, {kind: [items]})] sorted by publication date."""
    per: dict[str, tuple[dict, dict]] = {}
    order = []
    for obj in source:
        if hasattr(obj, "as_dict") and hasattr(obj, "article"):
            obj = obj.as_dict()
        if "article" in obj and isinstance(obj["article"], dict):
            meta = dict(obj["article"])
            per[meta["id"]] = (meta, {k: [dict(x) for x in obj.get(k, [])] for k in KINDS})
            order.append(meta["id"])
            continue
        # One store row: a ledger item with article fields added.
        aid = obj.get("article_id")
        # ledger_kind is the store row's kind; a claim's own "kind" says duration or date
        kind = obj.get("ledger_kind") or obj.get("kind") or obj.get("_kind")
        kind = kind if kind in KINDS else (kind + "s" if kind and kind + "s" in KINDS else None)
        if aid is None or kind is None:
            continue
        if aid not in per:
            per[aid] = ({"id": aid, "published": obj.get("published"), "title": obj.get("title"),
                         "url": obj.get("url")}, {k: [] for k in KINDS})
            order.append(aid)
        item = obj.get("item") if isinstance(obj.get("item"), dict) else obj
        per[aid][1][kind].append(dict(item))
    idx = {aid: i for i, aid in enumerate(order)}
    out = [per[a] for a in order]
    out.sort(key=lambda p: (str(p[0].get("published") or ""), idx[p[0]["id"]]))
    return out


def _same_venue(a, b) -> bool:
    return not a or not b or a.get("name") == b.get("name")


def _same_process(a: list, b: list) -> bool:
    """Equal party sets; a mention naming fewer than two parties fits any process containing them."""
    a, b = set(a or ()), set(b or ())
    if len(a) < 2 or len(b) < 2:
        return a <= b or b <= a
    return a == b


def _find_round(rounds: list[dict], r: dict, published: str) -> dict | None:
    cands = [c for c in rounds if _same_process(c["process"], r.get("process"))]
    if r.get("date"):
        for c in cands:
            if c.get("date") and compatible(c["date"], r["date"]) and \
                    _same_venue(c.get("venue"), r.get("venue")):
                return c
        # Two reports of one meeting a day apart at the same venue: one meeting, two dates.
        for c in cands:
            if c.get("date") and len(c["date"]) == len(r["date"]) == 10 and c.get("venue") \
                    and r.get("venue") and _same_venue(c["venue"], r["venue"]) \
                    and abs((dt.date.fromisoformat(c["date"]) - dt.date.fromisoformat(r["date"])).days) <= 1:
                return c
        # An undated announcement followed by the dated round it announced.
        # ... but only a meeting dated on or after the announcement ("a new round is expected"
        # is not the round held two weeks before it was said).
        opens = [c for c in cands if not c.get("date") and c["status"] in OPEN
                 and r["date"] >= (c.get("announced_on") or c["first_published"] or "")[:len(r["date"])]]
        return opens[-1] if opens else None
    if r.get("status") in OPEN | {"cancelled"}:
        opens = [c for c in cands if c["status"] in OPEN]
        return opens[-1] if opens else None
    if r.get("status") == "held" and r.get("venue"):
        # "talks in Jeddah" reported held, undated, after an article that scheduled talks of the
        # same parties in Jeddah: the same meeting.
        same = [c for c in cands if c.get("venue") and _same_venue(c["venue"], r["venue"])
                and (not c.get("date") or c["date"] <= published[:len(c["date"])] if published
                     else True)]
        return same[-1] if same else None
    return None


def _value_key(v):
    return repr(sorted(v.items())) if isinstance(v, dict) else repr(v)


def _merge_round(target: dict, r: dict, aid: str) -> None:
    if set(target.get("process") or ()) < set(r.get("process") or ()):
        target["process"] = list(r["process"])  # a one-party mention met its full process
    for field in COMPARED:
        new, old = r.get(field), target.get(field)
        if new is None:
            continue
        seen = target["_values"].setdefault(field, [])
        if not any(_value_key(x["value"]) == _value_key(new) for x in seen if x["article_id"] == aid):
            entry = {"value": new, "article_id": aid}
            said = (r.get("figures_evidence") or {}).get(field)
            if said:
                entry["evidence"] = said
            seen.append(entry)
        if old is None:
            target[field] = new
            if field == "date":
                target["date_precision"] = r.get("date_precision")
        elif field == "date" and new != old and compatible(new, old) and len(new) > len(old):
            target["date"], target["date_precision"] = new, r.get("date_precision")
        elif field == "venue" and isinstance(old, dict) and old.get("name") == new.get("name"):
            continue
    for field in ("mediators", "participants", "outcome", "events"):
        target[field] += [v for v in r.get(field) or [] if v not in target[field]]
    for key in ("announced_by", "announced_on", "window"):
        target[key] = target.get(key) or r.get(key)
    target["sources"] += r.get("sources") or []
    target["status_history"] += r.get("status_history") or [
        {"status": r["status"], "date": None, "article_id": aid, "evidence": None}]
    _settle_status(target)


def _settle_status(target: dict) -> None:
    status = None
    for h in target["status_history"]:
        if status in _FINAL and h["status"] in FUTURE:
            continue  # a stale "will be held" after the meeting happened
        status = h["status"]
    target["status"] = status


def _disagreements(values: dict) -> dict:
    out = {}
    for field, vals in values.items():
        distinct = {_value_key(v["value"]) for v in vals}
        if field == "date":
            # A month and a day inside it are one date at two precisions, not a disagreement.
            ds = sorted({v["value"] for v in vals}, key=len)
            if all(compatible(a, b) for a in ds for b in ds):
                continue
        if field == "venue":
            distinct = {(v["value"] or {}).get("name") for v in vals}
        if len(distinct) > 1:
            out[field] = vals
    return out


def _build_rounds(articles) -> list[dict]:
    rounds: list[dict] = []
    for meta, items in articles:
        aid = meta["id"]
        published = str(meta.get("published") or "")
        for r in items["rounds"]:
            r = dict(r)
            r.setdefault("process", [])
            r.setdefault("status", None)
            r.setdefault("sources", [])
            r.setdefault("status_history", [{"status": r.get("status"), "date": published or None,
                                             "article_id": aid, "evidence": None}])
            target = _find_round(rounds, r, published)
            if target is None:
                target = {k: (list(v) if isinstance(v, list) else v) for k, v in r.items()
                          if k not in ("id", "values_by_source", "figures_evidence")}
                target.update(sources=[], status_history=[], mediators=[], participants=[],
                              outcome=[], events=[], _values={}, first_published=published)
                for f in COMPARED:
                    target[f] = None
                rounds.append(target)
            _merge_round(target, r, aid)
    out = []
    for t in rounds:
        t["values_by_source"] = _disagreements(t.pop("_values"))
        t["process"] = sorted(t["process"])
        first = (t["sources"] or [{}])[0]
        t["id"] = content_id("round", t["process"], t.get("date") or first.get("article_id"),
                             first.get("start"))
        t.pop("first_published", None)
        out.append(t)
    out.sort(key=lambda t: (t.get("date") or "9999", t["status_history"][0]["date"] or ""))
    return out


def _change(prev: str | None, new: str | None, explicit: str | None) -> str:
    if explicit == "dropped" or new is None:
        return "dropped"
    if prev is None:
        return "new"
    a, b = STRENGTH.get(prev, 0), STRENGTH.get(new, 0)
    return "reaffirmed" if a == b else ("hardened" if b > a else "softened")


def _build_positions(articles) -> list[dict]:
    groups: dict[tuple, list] = defaultdict(list)
    for meta, items in articles:
        for p in items["positions"]:
            if p.get("holder") and p.get("issue"):
                groups[(p["holder"], p["issue"])].append((meta, p))
    out = []
    for (holder, issue), obs in groups.items():
        obs.sort(key=lambda mp: (mp[1].get("first_seen") or "", str(mp[0].get("published") or "")))
        history, stance, prev = [], None, None
        rec = {"holder": holder, "holder_name": None, "issue": issue, "concerns": None,
               "condition_for": None, "includes": [], "evidence": [], "statements": []}
        for meta, p in obs:
            change = _change(prev, p.get("stance"), p.get("change"))
            if p.get("stance"):
                prev = stance = p["stance"]
                rec["condition_for"] = p.get("condition_for")
            history.append({"stance": p.get("stance"), "change": change,
                            "date": p.get("first_seen"), "article_id": meta["id"],
                            "condition_for": p.get("condition_for"),
                            "evidence": (p.get("evidence") or [{}])[0].get("sentence")})
            rec["holder_name"] = rec["holder_name"] or p.get("holder_name")
            rec["concerns"] = p.get("concerns") or rec["concerns"]
            rec["includes"] += [x for x in p.get("includes") or [] if x not in rec["includes"]]
            rec["evidence"] += p.get("evidence") or []
            rec["statements"] += [s for s in p.get("statements") or [] if s not in rec["statements"]]
        dates = [h["date"] for h in history if h["date"]]
        rec.update(stance=stance, change=history[-1]["change"], history=history,
                   first_seen=min(dates) if dates else None,
                   last_seen=max(dates) if dates else None,
                   id=content_id("position", holder, issue))
        out.append(rec)
    out.sort(key=lambda p: (p["holder"], p["issue"]))
    return out


def _round_claims(rounds: list[dict]) -> list[dict]:
    claims = []
    for r in rounds:
        for field, vals in r["values_by_source"].items():
            if field not in _CLAIM_KIND:
                continue
            shown = ", ".join(f"{v['value']} ({v['article_id'][:8]})" for v in vals)
            ev = []
            for v in vals:
                # The sentence stating the figure, else the article's first sentence on the round.
                src = next((s for s in r["sources"] if s["article_id"] == v["article_id"]
                            and s["evidence"] == v.get("evidence")), None) or \
                    next((s for s in r["sources"] if s["article_id"] == v["article_id"]), None)
                ev.append({"article_id": v["article_id"], "value": v["value"],
                           "sentence": src["evidence"] if src else None,
                           "start": src["start"] if src else None, "end": src["end"] if src else None})
            claims.append({
                "id": content_id("claim", r["id"], field),
                "text": f"{field} of the round of {r.get('date') or 'unknown date'}",
                "kind": _CLAIM_KIND[field], "round": r["id"],
                "check": f"sources disagree on {field.replace('_', ' ')}: {shown}",
                "evidence": ev, "conflicts_with": [v["article_id"] for v in vals[1:]],
            })
    return claims


def build(source: Iterable) -> dict:
    """The ledger of every article in ``source`` (see the module docstring)."""
    articles = _articles(source)
    rounds = _build_rounds(articles)
    statements, claims = [], []
    for meta, items in articles:
        statements += [dict(s, article_id=meta["id"]) for s in items["statements"]]
        claims += [dict(c, article_id=meta["id"]) for c in items["claims"]]
    return {
        "rounds": rounds,
        "positions": _build_positions(articles),
        "statements": statements,
        "claims": claims + _round_claims(rounds),
        "articles": {m["id"]: m for m, _ in articles},
    }

