"""Reading the store for the dashboard: one short read-only connection per request.

DuckDB lets one process write a file only while no other process has it open, so the server
keeps no connection between requests: ``detente ingest`` gets the file between two page loads,
and a page load that meets an ingest mid-batch waits ``WAIT`` seconds, then reports StoreBusy
(the app answers 503, "retry").
"""

from __future__ import annotations

import contextlib
import json
import os
from typing import Any, Iterator

from .. import summary
from ..store import Store, period_where
from .params import SORTS, EventFilters, quad_of

#: Seconds a request waits for an ingest's batch to be written before answering 503.
WAIT = 2.0
FACETS = ("category", "modality", "country", "mode")


@contextlib.contextmanager
def opened(path: str) -> Iterator[Store | None]:
    """The store read-only, or None when there is none yet (the pages then say how to add
    articles). Errors of an existing file (busy, not a database) are raised."""
    if not os.path.exists(path):
        yield None
        return
    store = Store(path, read_only=True, wait=WAIT)
    try:
        yield store
    finally:
        store.close()


def file_state(path: str) -> tuple:
    """Changes whenever the database does: the file's and its write-ahead log's size and
    modification time (DuckDB writes to the log first and folds it in later)."""
    out = []
    for p in (path, path + ".wal"):
        try:
            st = os.stat(p)
            out.append((st.st_mtime_ns, st.st_size))
        except OSError:
            out.append(None)
    return tuple(out)


def _rows(store: Store, sql: str, params: list | None = None) -> list[dict]:
    return store._dicts(sql, params or [])


#: Filters that are one column's value: a facet of one of them is counted without it.
_SIMPLE = {"category": "e.event", "mode": "e.mode", "country": "upper(e.location_country)"}


def _where(f: EventFilters, skip: tuple[str, ...] = ()) -> tuple[str, list]:
    """SQL condition on ``events e`` for the filters, less those named in ``skip``."""
    where: list[str] = []
    params: list[Any] = []
    if f.modality != "all":
        where.append("e.modality = ?")
        params.append(f.modality)
    for name, column in _SIMPLE.items():
        value = getattr(f, name)
        if value and name not in skip:
            where.append(f"{column} = ?")
            params.append(value)
    for role in ("actor", "recipient"):
        value = getattr(f, role)
        if value:
            # an uncorrelated semi-join (a hash join), not EXISTS per event row: 2-3x faster
            # a name matches from the start of one of its words: "rus" is no part of Belarus
            where.append("e.id IN (SELECT x.event_id FROM event_actors x WHERE x.role = ? AND "
                         "(upper(x.code) = ? OR upper(x.org) = ? OR x.name ILIKE ? "
                         "ESCAPE '\\' OR x.name ILIKE ? ESCAPE '\\'))")
            params += [role, value.upper(), value.upper(), f"{_like(value)}%",
                       f"% {_like(value)}%"]
    if f.place:
        where.append("lower(e.location_name) = ?")
        params.append(f.place.lower())
    # periods overlap, as in ``detente events``
    cond, cond_params = period_where(f.since, f.until)
    where += cond
    params += cond_params
    if f.q:
        where.append("e.sentence ILIKE ? ESCAPE '\\'")
        params.append(f"%{_like(f.q)}%")
    return (" WHERE " + " AND ".join(where)) if where else "", params


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


#: Filters that cost a scan of their own (a join, a pattern, a place name; dates are plain
#: comparisons, as cheap as the modality's): with any of them set, the matching events are
#: collected into a temporary table, at most ``CAP`` + 1 of them, so a filter that most
#: events pass stops early. Fewer than that: the count, the facets and the page come exactly
#: from the table. More: the total is shown as "50,000+", the facets count the first ``CAP``
#: matches (in the order they were stored), and the page is sorted from a scan of its own.
_COSTLY = ("actor", "recipient", "place", "q")
CAP = 50_000
#: What the count, the facets and the sort read of each matching event (``rid``: its rowid).
_MATCH_COLUMNS = ("e.rowid AS rid, e.event AS category, e.mode AS mode, e.modality AS "
                  "modality, upper(e.location_country) AS country, e.date AS date, "
                  "e.confidence AS confidence, e.article_id AS article_id")
#: Sorts on the match set (``m``); ties go by rowid, i.e. by the order events were stored:
#: within an article, the order of its text.
_MATCH_SORTS = {"date": "m.date NULLS LAST", "-date": "m.date DESC NULLS LAST",
                "published": "a.published NULLS LAST",
                "-published": "a.published DESC NULLS LAST",
                "event": "m.category", "confidence": "m.confidence DESC"}


def _matches(store: Store, f: EventFilters) -> tuple[str, list, bool]:
    """The events matching every filter but the one-column ones, as a relation ``m``: its SQL,
    its parameters, and whether it was cut at ``CAP`` + 1 rows. Without a costly filter a
    plain subquery (modality alone is a cheap scan, and a copy of most of the store would
    cost more than it saves)."""
    core, params = _where(f, skip=tuple(_SIMPLE))
    sql = f"SELECT {_MATCH_COLUMNS} FROM events e{core}"
    if not any(getattr(f, name) for name in _COSTLY):
        return f"({sql})", params, False
    store.con.execute(f"CREATE OR REPLACE TEMP TABLE matches AS {sql} LIMIT {CAP + 1}", params)
    if store.con.execute("SELECT count(*) FROM matches").fetchone()[0] > CAP:
        return f"(SELECT * FROM matches LIMIT {CAP})", [], True
    return "matches", [], False


def events(store: Store, f: EventFilters) -> dict:
    """One page of events, the total and facet counts (``capped``: see ``CAP``)."""
    source, params, capped = _matches(store, f)
    total, facet_counts = counts(store, f, source, params)
    offset = (f.page - 1) * f.per_page
    if capped:
        # the page's rowids sorted from every match (the table holds only the first ones)
        where, wparams = _where(f)
        joined = " JOIN articles a ON a.id = e.article_id" if "a." in SORTS[f.sort] else ""
        sql = (f"SELECT e.rowid FROM events e{joined}{where} ORDER BY {SORTS[f.sort]}, e.rowid "
               "LIMIT ? OFFSET ?")
        args = [*wparams, f.per_page, offset]
        total = min(total, CAP)
    else:
        cond, cond_params = _simple(f)
        joined = " JOIN articles a ON a.id = m.article_id" if "a." in SORTS[f.sort] else ""
        sql = (f"SELECT m.rid FROM {source} m{joined} WHERE {cond} ORDER BY "
               f"{_MATCH_SORTS[f.sort]}, m.rid LIMIT ? OFFSET ?")
        args = [*params, *cond_params, f.per_page, offset]
    # the page's rowids first (a top-N over narrow columns), then its full rows by rowid
    rids = [r[0] for r in store.con.execute(sql, args).fetchall()]
    return {"total": total, "capped": capped, "page": f.page, "per_page": f.per_page,
            "events": store.with_actors(rows_by_rowid(store, rids)), "facets": facet_counts}


def rows_by_rowid(store: Store, rids: list[int]) -> list[dict]:
    """Event rows (with their article's title, url and date) in the order of ``rids``."""
    if not rids:
        return []
    rows = _rows(store, "SELECT e.rowid AS _rid, e.* FROM events e WHERE e.rowid IN "
                        "(SELECT unnest(?))", [rids])
    arts = {r["id"]: r for r in _rows(
        store, "SELECT id, title, url, published FROM articles WHERE id IN (SELECT unnest(?))",
        [sorted({r["article_id"] for r in rows})])}
    by_rid = {}
    for r in rows:
        art = arts.get(r["article_id"], {})
        r.update(title=art.get("title"), url=art.get("url"), published=art.get("published"))
        by_rid[r.pop("_rid")] = r
    return [by_rid[i] for i in rids if i in by_rid]


def all_events(store: Store, f: EventFilters) -> list[dict]:
    """Every event the filters select (no paging), for the CSV and Parquet downloads."""
    where, params = _where(f)
    rows = _rows(store, "SELECT e.*, a.title, a.url, a.published FROM events e JOIN articles a "
                        f"ON a.id = e.article_id{where} ORDER BY {SORTS[f.sort]}, e.rowid",
                 params)
    return store.with_actors(rows)


def _simple(f: EventFilters, skip: str = "") -> tuple[str, list]:
    """The one-column filters as a condition on the match set ``m``."""
    where, params = ["TRUE"], []
    for name in _SIMPLE:
        if getattr(f, name) and name != skip:
            where.append(f"m.{name} = ?")
            params.append(getattr(f, name))
    return " AND ".join(where), params


def counts(store: Store, f: EventFilters, source: str, params: list, top: int = 15
           ) -> tuple[int, dict[str, list[dict]]]:
    """The number of events the filters select, and facet counts beside them: a facet of a
    one-column filter (category, mode, country) is counted as if that filter were not set,
    so the other choices stay visible. One statement over the match set ``source``."""
    every, every_params = _simple(f)
    parts = [f"SELECT 'total' AS facet, NULL AS v, count(*) AS n FROM m WHERE {every}"]
    args = [*params, *every_params]
    for name in FACETS:
        cond, cond_params = _simple(f, skip=name)
        parts.append(f"SELECT '{name}', {name}, count(*) FROM m WHERE {cond} GROUP BY {name}")
        args += cond_params
    # only the facets' columns are kept (the match set also carries the sort's)
    sql = (f"WITH m AS MATERIALIZED (SELECT {', '.join(FACETS)} FROM {source}) "
           + " UNION ALL ".join(parts))
    total, out = 0, {name: [] for name in FACETS}
    for facet, value, n in store.con.execute(sql, args).fetchall():
        if facet == "total":
            total = n
        elif value is not None:
            out[facet].append({"value": value, "count": n})
    for name, values in out.items():
        values.sort(key=lambda v: (-v["count"], v["value"]))
        del values[top:]
    return total, out


def event(store: Store, event_id: str) -> dict | None:
    """One event with its article's text, the story it belongs to and the story's other
    mentions; None when no such event."""
    rows = _rows(store, "SELECT e.*, a.title, a.url, a.published, a.source, a.text AS "
                        "article_text FROM events e JOIN articles a ON a.id = e.article_id "
                        "WHERE e.id = ? ORDER BY a.published NULLS LAST, e.article_id LIMIT 1",
                 [event_id])
    if not rows:
        return None
    row = rows[0]
    out = store.with_actors([row])[0]
    out["source"] = row["source"]
    out["article_text"] = row["article_text"]
    out["story"] = _story(store, row["id"], row["article_id"])
    return out


def _story(store: Store, event_id: str, article_id: str) -> dict | None:
    if "stories" not in store._tables():
        return None
    found = _rows(store, "SELECT s.* FROM story_events se JOIN stories s ON s.id = se.story_id "
                         "WHERE se.event_id = ? AND se.article_id = ? LIMIT 1",
                  [event_id, article_id])
    if not found:
        return None
    story = found[0]
    story["mentions_list"] = _rows(
        store, "SELECT se.event_id, se.article_id, a.title, a.url, a.published, e.sentence "
               "FROM story_events se JOIN articles a ON a.id = se.article_id JOIN events e ON "
               "e.id = se.event_id AND e.article_id = se.article_id WHERE se.story_id = ? AND "
               "NOT (se.event_id = ? AND se.article_id = ?) ORDER BY a.published NULLS LAST, "
               "se.position", [story["id"], event_id, article_id])
    return story


def article(store: Store, article_id: str) -> dict | None:
    """An article with its text and every event, quote and rejection told of it."""
    found = _rows(store, "SELECT id, title, url, source, published, origin, text, "
                         "extractor_version, ingested_at FROM articles WHERE id = ?",
                  [article_id])
    if not found:
        return None
    art = found[0]
    rows = _rows(store, "SELECT e.*, a.title, a.url, a.published FROM events e JOIN articles a "
                        "ON a.id = e.article_id WHERE e.article_id = ? ORDER BY "
                        "e.sentence_start, e.id", [article_id])
    art["events"] = store.with_actors(rows)
    art["quotes"] = _rows(store, "SELECT id, speaker_name, speaker_code, text, direct, "
                                 "sentence_start, sentence_end FROM quotes WHERE article_id = ? "
                                 "ORDER BY sentence_start", [article_id])
    art["rejections"] = _rows(store, "SELECT code, message, seen_at FROM quarantine WHERE "
                                     "origin = ?", [art["origin"]]) if art["origin"] else []
    return art


def overview(store: Store) -> dict:
    """Counts for the front page: events per month by quad class (asserted events with a
    month-or-day date), top actor pairs, articles and quarantined inputs."""
    quad = quad_of()
    months: dict[str, dict[str, int]] = {}
    for month, category, n in store.con.execute(
            "SELECT strftime(date, '%Y-%m') AS m, event, count(*) FROM events WHERE modality = "
            "'asserted' AND date_precision IN ('day', 'month') GROUP BY m, event "
            "ORDER BY m").fetchall():
        row = months.setdefault(month, {q: 0 for q in QUADS})
        row[quad.get(category, "verbal_cooperation")] += n
    counts = store.counts()
    # the counts ingest keeps; from the rows only for a file written by other means
    pairs = summary.top_pairs(store.con, counts["events"])
    if pairs is None:
        pairs = summary.live_top_pairs(store.con)
    return {"articles": counts["articles"], "events": counts["events"],
            "quotes": counts["quotes"], "quarantine": counts["quarantine"],
            "months": [{"month": m, **c} for m, c in months.items()], "top_pairs": pairs}


QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")


def plain(value: Any) -> Any:
    """JSON-ready: dates as ISO strings, nested."""
    return json.loads(json.dumps(value, default=str, ensure_ascii=False))
