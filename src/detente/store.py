"""Store: analyses in an embedded DuckDB file.

``Store.write`` is idempotent: an article already stored by the same EXTRACTOR_VERSION is left
alone; one stored by an older version has all its rows replaced. Rows go in as Arrow tables
(``INSERT ... SELECT FROM arrow``), which is orders of magnitude faster than executemany.

The store composes no stages: ``runner.ingest`` reads, analyses and stores for the CLI
(skipping articles already current, so a re-run costs no NLP), opening the file read-write
only to store each chunk so other processes can read the store while it runs. Every open
waits up to ``wait`` seconds for a lock held by another process (see ``dblock``).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

from . import dblock, records, store_schema, stories as stories_mod, summary
from .tables import (_ACTOR_FIELDS, _CHILD_TABLES, LEDGER_KINDS, _columns, _push,
                     _storable, arrow_table, table_rows)
from .errors import StoreError
from .records import Analysis
from .store_schema import SCHEMA_VERSION  # noqa: F401  (re-exported: the store's schema)

#: Most event ids ``with_actors`` writes into its statement (more go as one list parameter).
_LISTED_IDS = 1000
#: The last day of an event's period, in SQL (``date`` is its first day).
PERIOD_END = ("CAST(CASE e.date_precision WHEN 'year' THEN e.date + INTERVAL 1 YEAR "
               "WHEN 'month' THEN e.date + INTERVAL 1 MONTH ELSE e.date + INTERVAL 1 DAY END "
               "AS DATE) - 1")


def period_where(since: str | dt.date | None, until: str | dt.date | None
                 ) -> tuple[list[str], list]:
    """Conditions on ``events e`` (and their parameters) keeping the events whose period
    overlaps since..until: "2025-05" is within until=2025 and within since=2025-05-20."""
    where: list[str] = []
    params: list = []
    if since:  # the event's period ends on or after the first day of ``since``
        # i.e. (``date`` being its period's first day) a day on or after it, a month from its
        # month on, a year from its year on: plain comparisons, which a scan can skip row
        # groups by, where PERIOD_END computes a date for every row (a third of a second at a
        # million events)
        first = records.first_day(since)
        where.append("e.date >= ? AND (e.date >= ? OR (e.date_precision = 'month' AND e.date "
                     ">= ?) OR e.date_precision = 'year')")
        params += [first.replace(month=1, day=1), first, first.replace(day=1)]
    if until:  # ... and starts on or before the last day of ``until``
        where.append("e.date <= ?")
        params.append(records.last_day(until))
    return where, params


#: Quarantine codes that a later successful analysis of the same origin makes obsolete.
_ANALYSIS_CODES = ("analysis_failed", "analysis_timeout", "worker_crashed", "worker_stalled")


@dataclass
class WriteResult:
    """What one ``write`` (or a whole ``ingest``) did."""

    read: int = 0
    new: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    quotes: int = 0
    rejected: int = 0

    def add(self, other: "WriteResult") -> None:
        for f in ("read", "new", "replaced", "unchanged", "events", "quotes", "rejected"):
            setattr(self, f, getattr(self, f) + getattr(other, f))

    def summary(self) -> str:
        return (f"articles: {self.read} read, {self.new} new, {self.replaced} replaced, "
                f"{self.unchanged} unchanged; {self.events} events, {self.quotes} quotes; "
                f"{self.rejected} rejected")


def _release_key(v: str) -> tuple:
    """Orderable key of the release part of a version ("0.10.0" > "0.9.1")."""
    return tuple((int(p), "") if p.isdigit() else (-1, p) for p in re.split(r"[.\-]", v))


def _is_current(stored: str | None, now: str) -> bool:
    """Are rows stored by extractor version ``stored`` to be kept when ``now`` sees them?

    Versions are "release+fingerprint" (the fingerprint hashes the rules and data). The same
    version is current; a newer release's rows are kept by an older detente; within one
    release, another fingerprint means other rules or data, so the rows are replaced.
    """
    if stored is None:
        return False
    if stored == now:
        return True
    return _release_key(stored.split("+", 1)[0]) > _release_key(now.split("+", 1)[0])


class Store:
    """A detente database. Use as a context manager: ``with Store("x.duckdb") as s: ...``.

    Opening read-write creates the tables, or repairs a file whose creation was interrupted.
    ``wait`` is how long to wait for another process's lock before ``StoreBusy``; keep a
    read-write Store open only while writing, since it keeps every other process out.
    """

    def __init__(self, path: str | os.PathLike = "detente.duckdb", *, read_only: bool = False,
                 wait: float = 0.0):
        self.path = os.fspath(path)
        self.read_only = read_only
        self.con = dblock.open_file(self.path, read_only, wait)
        try:
            if not read_only:
                store_schema.create(self.con, self.path)
            else:
                store_schema.check(self.con, self.path)
        except BaseException:
            self.con.close()
            raise

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _tables(self) -> set[str]:
        return store_schema.tables(self.con)

    # ------------------------------------------------------------------ writing
    def stored_versions(self, ids: Iterable[str]) -> dict[str, str]:
        """article id -> extractor version, for the ids already stored."""
        ids = list(ids)
        if not ids:
            return {}
        rows = self.con.execute(
            "SELECT id, extractor_version FROM articles WHERE id IN (SELECT unnest(?))",
            [ids]).fetchall()
        return dict(rows)

    def stored_hashes(self, ids: Iterable[str]) -> dict[str, str | None]:
        """article id -> content hash of the text stored under it, for the ids already stored."""
        ids = list(ids)
        if not ids:
            return {}
        return dict(self.con.execute(
            "SELECT id, content_hash FROM articles WHERE id IN (SELECT unnest(?))",
            [ids]).fetchall())

    def current_ids(self, ids: Iterable[str], hashes: dict[str, str] | None = None) -> set[str]:
        """The ids among ``ids`` stored by this (or a newer) extractor version.

        With ``hashes`` (id -> content hash of the text at hand), an id whose stored text has
        another hash is not current: a source that corrects an article under the same id gets
        it re-analysed, not skipped as unchanged.
        """
        ids = list(ids)
        current = {i for i, v in self.stored_versions(ids).items()
                   if _is_current(v, records.EXTRACTOR_VERSION)}
        if hashes and current:
            stored = self.stored_hashes(current)
            current = {i for i in current
                       if stored.get(i) is None or hashes.get(i) in (None, stored[i])}
        return current

    def write(self, analyses: Iterable[Analysis], rejected: Iterable[Any] = ()) -> WriteResult:
        """Store analyses: new articles added, older-version ones replaced, current ones kept.

        ``rejected`` items (``ingest.Rejected``) go to the quarantine table in the same
        transaction, so a kill stores both or neither.
        """
        analyses = list(analyses)
        rejected = list(rejected)
        result = WriteResult(read=len(analyses))
        stored = self.stored_versions({a.article.id for a in analyses})
        given = {a.article.id: a.article.content_hash for a in analyses}
        changed = {i for i, h in self.stored_hashes(stored).items()
                   if h is not None and h != given[i]}
        todo: dict[str, Analysis] = {}
        replace: list[str] = []
        for a in analyses:
            aid = a.article.id
            old = stored.get(aid)
            if aid in todo or (_is_current(old, a.extractor_version) and aid not in changed):
                result.unchanged += 1
                continue
            todo[aid] = a
            if old is None:
                result.new += 1
            else:
                result.replaced += 1
                replace.append(aid)
        if not todo and not rejected:
            return result
        rows = table_rows(todo.values())
        result.events = len(rows["events"]["id"])
        result.quotes = len(rows["quotes"]["id"])
        origins = [_storable(a.article.origin) for a in todo.values() if a.article.origin]

        def go() -> None:
            self._insert(rows, replace)
            summary.refresh(self.con, list(todo))
            self._relink_articles(list(todo))
            if origins:  # stored now: earlier failures of the same item are obsolete
                self.con.execute("DELETE FROM quarantine WHERE code IN (SELECT unnest(?)) AND "
                                 "origin IN (SELECT unnest(?))", [list(_ANALYSIS_CODES), origins])
            self._quarantine(rejected)

        self._transaction(go)
        # the rowids the party rows fetch their events by exist once the rows are committed
        # (a page checks each one, so a kill before this costs speed, not correctness)
        summary.set_rowids(self.con, list(todo))
        return result

    def transaction(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` in one transaction of this store's connection (rolled back if it raises);
        for bulk writers outside this class, such as ``archive.load``."""
        self._transaction(fn)

    def _transaction(self, fn: Callable[[], None]) -> None:
        store_schema.in_transaction(self.con, fn)

    def _insert(self, rows: dict[str, dict[str, list]], replace: list[str]) -> None:
        if replace:
            for table in _CHILD_TABLES:
                self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?))",
                                 [replace])
            self.con.execute("DELETE FROM articles WHERE id IN (SELECT unnest(?))", [replace])
        for table, columns in rows.items():
            if not columns[next(iter(columns))]:
                continue
            self._append(table, columns)

    def _append(self, table: str, columns: dict[str, list]) -> None:
        arrow = arrow_table(table, columns)
        self.con.register("_incoming", arrow)
        try:
            cols = ", ".join(f'"{c}"' for c in columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def quarantine_add(self, rejected: Iterable[Any]) -> int:
        """Record rejected inputs (``ingest.Rejected``); one row per (origin, code), latest kept."""
        items = list(rejected)
        if items:
            self._transaction(lambda: self._quarantine(items))
        return len(items)

    def _quarantine(self, items: list) -> None:
        if not items:
            return
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        cols = {"origin": [r.origin for r in items], "code": [r.code for r in items],
                "message": [r.message for r in items], "excerpt": [r.excerpt for r in items],
                "seen_at": [now] * len(items)}
        self.con.execute(
            "DELETE FROM quarantine WHERE origin || chr(31) || code IN (SELECT unnest(?))",
            [[_storable(f"{r.origin}\x1f{r.code}") for r in items]])
        self._append("quarantine", cols)

    # ------------------------------------------------------------------ feeds
    def feed_seen(self, feed: str, keys: Iterable[str]) -> dict[str, tuple[str, int]]:
        """item key -> (status, attempts) for the items of ``feed`` taken before."""
        keys = list(keys)
        if not keys:
            return {}
        rows = self.con.execute("SELECT item_key, status, attempts FROM feed_items WHERE feed = ? "
                                "AND item_key IN (SELECT unnest(?))", [feed, keys]).fetchall()
        return {k: (status, attempts) for k, status, attempts in rows}

    def feed_mark(self, feed: str, items: Iterable[tuple[str, str | None, str | None, str]],
                  at: dt.datetime) -> None:
        """Remember items of ``feed`` as (key, link, article id, status), in one transaction;
        an item met again keeps its first_seen and counts one more attempt."""
        items = list({item[0]: item for item in items}.values())  # one row per key, last wins
        if not items:
            return

        def go() -> None:
            keys = [_storable(k) for k, _, _, _ in items]
            before = dict((k, (first, n)) for k, first, n in self.con.execute(
                "SELECT item_key, first_seen, attempts FROM feed_items WHERE feed = ? AND "
                "item_key IN (SELECT unnest(?))", [feed, keys]).fetchall())
            self.con.execute("DELETE FROM feed_items WHERE feed = ? AND item_key IN "
                             "(SELECT unnest(?))", [feed, keys])
            cols = _columns("feed_items")
            for (_, link, article_id, status), k in zip(items, keys):
                first, n = before.get(k, (at, 0))
                _push(cols, feed=_storable(feed), item_key=k, link=_storable(link),
                      article_id=article_id, status=status, attempts=(n or 0) + 1,
                      first_seen=first, last_seen=at)
            self._append("feed_items", cols)

        self._transaction(go)

    # ------------------------------------------------------------------ reading
    def _dicts(self, sql: str, params: list | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def events(self, actor: str | None = None, recipient: str | None = None,
               type: str | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, modality: str | None = None,
               include_non_asserted: bool = False, limit: int | None = None,
               min_confidence: float | None = None) -> list[dict]:
        """Events as dicts in the output contract's shape, plus article_id/title/url/published.

        By default only asserted events (hedged ones included) are returned; ``modality``
        selects one modality instead. ``since``/``until`` (a date, "YYYY-MM-DD", "YYYY-MM" or
        "YYYY") keep the events whose period overlaps theirs ("2025-05" is within
        since=2025-05-20), of either ``date_basis``; undated events never match them.
        ``min_confidence`` keeps the events whose ``confidence`` is at least that.
        """
        where, params = [], []
        if modality:
            where.append("e.modality = ?")
            params.append(modality)
        elif not include_non_asserted:
            where.append("e.modality = 'asserted'")
        if type:
            where.append("e.event = ?")
            params.append(type.upper())
        if min_confidence is not None:
            where.append("e.confidence >= ?")
            params.append(float(min_confidence))
        for role, code in (("actor", actor), ("recipient", recipient)):
            if code:
                where.append("e.id IN (SELECT event_id FROM event_actors WHERE role = ? "
                             "AND (upper(code) = ? OR upper(org) = ?))")
                params += [role, code.upper(), code.upper()]
        cond, cond_params = period_where(since, until)
        where += cond
        params += cond_params
        sql = ("SELECT e.*, a.title, a.url, a.published FROM events e "
               "JOIN articles a ON a.id = e.article_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY a.published NULLS LAST, e.article_id, e.sentence_start, e.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        return self.with_actors(self._dicts(sql, params))

    def actor_codes(self) -> set[str]:
        """Every actor code and organisation short name that stored events use (upper case):
        what ``events(actor=...)`` can match."""
        rows = self.con.execute("SELECT DISTINCT upper(code) FROM event_actors WHERE code IS "
                                "NOT NULL UNION SELECT DISTINCT upper(org) FROM event_actors "
                                "WHERE org IS NOT NULL").fetchall()
        return {r[0] for r in rows}

    def with_actors(self, rows: list[dict]) -> list[dict]:
        """Event rows (``events`` columns, plus title/url/published) in the output contract's
        shape, each with its actors and recipients."""
        found: dict[tuple[str, str], dict[str, list[dict]]] = {}
        if not rows:
            return []
        # by event id alone (a key built in SQL would be computed for every stored actor
        # row), the article checked on the way out
        ids = sorted({r["id"] for r in rows})
        # up to a page of ids as a list of values, which DuckDB looks up in the index; as a
        # list parameter past a few dozen ids it scans every actor row (0.1 s at a million)
        listed = len(ids) <= _LISTED_IDS
        within = f"({', '.join('?' * len(ids))})" if listed else "(SELECT unnest(?))"
        for r in self._dicts(f"SELECT * FROM event_actors WHERE event_id IN {within} "
                             "ORDER BY role, position", ids if listed else [ids]):
            actor = {f: r["role_title" if f == "role" else f] for f in _ACTOR_FIELDS}
            found.setdefault((r["article_id"], r["event_id"]), {}) \
                .setdefault(r["role"], []).append(actor)
        return [_event_dict(r, found.get((r["article_id"], r["id"]), {})) for r in rows]

    def quotes(self) -> list[dict]:
        """Quotes in the output contract's shape, plus article_id/title/url/published."""
        rows = self._dicts("SELECT q.*, a.title, a.url, a.published FROM quotes q JOIN articles a "
                           "ON a.id = q.article_id ORDER BY a.published NULLS LAST, "
                           "q.article_id, q.sentence_start, q.id")
        out = []
        for r in rows:
            speaker = ({f: r[f"speaker_{f}"] for f in _ACTOR_FIELDS}
                       if any(r[f"speaker_{f}"] for f in _ACTOR_FIELDS) else None)
            out.append({"id": r["id"], "speaker": speaker, "text": r["text"],
                        "direct": r["direct"], "date": r["date"],
                        "date_precision": r["date_precision"],
                        "evidence": {"sentence": r["sentence"], "start": r["sentence_start"],
                                     "end": r["sentence_end"]},
                        **_article_fields(r)})
        return out

    def ledger_items(self, kinds: Iterable[str] | None = None) -> list[dict]:
        """Per-article ledger items (statement/round/position/claim dicts), oldest article first.

        Each item gets ``ledger_kind`` (statement, round, position or claim: the row's kind),
        and ``kind``, ``article_id``, ``published``, ``title`` and ``url`` where the item has
        no such key of its own (a claim's own ``kind`` is "duration" or "date", so readers go by
        ``ledger_kind``).
        """
        sql = ("SELECT l.kind, l.item, l.article_id, a.title, a.url, a.published FROM ledger l "
               "JOIN articles a ON a.id = l.article_id")
        params: list = []
        if kinds is not None:
            sql += " WHERE l.kind IN (SELECT unnest(?))"
            params.append([LEDGER_KINDS.get(k, k) for k in kinds])
        sql += " ORDER BY a.published NULLS LAST, l.article_id, l.kind, l.position"
        out = []
        for r in self._dicts(sql, params):
            item = json.loads(r["item"])
            if not isinstance(item, dict):
                item = {"value": item}
            item["ledger_kind"] = r["kind"]
            for k, v in (("kind", r["kind"]), *_article_fields(r).items()):
                item.setdefault(k, v)
            out.append(item)
        return out

    def articles(self) -> list[dict]:
        """Stored articles (without their text), oldest first."""
        return self._dicts("SELECT id, title, url, source, published, origin, extractor_version,"
                           " ingested_at FROM articles ORDER BY published NULLS LAST, id")

    def quarantine(self) -> list[dict]:
        """Rejected inputs, most recent first."""
        return self._dicts("SELECT origin, code, message, excerpt, seen_at FROM quarantine "
                           "ORDER BY seen_at DESC, origin")

    def counts(self) -> dict[str, int]:
        """Row count of every table."""
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", *_CHILD_TABLES, "quarantine")}

    # ------------------------------------------------------------------ stories
    def _relink_articles(self, article_ids: list[str]) -> None:
        stories_mod.relink(self.con, article_ids)

    def rebuild_stories(self, window: int | None = None) -> int:
        """Link every stored event row into stories anew (``window``: days two day dates may
        be apart, kept for later ingests); returns the number of stories."""
        found: list[int] = []
        self._transaction(lambda: found.append(stories_mod.rebuild(self.con, window)))
        return found[0]

    def _has_stories(self) -> bool:
        # a file written before stories existed has no such tables until opened to write
        if "stories" not in self._tables():
            raise StoreError(f"{self.path} has no stories table (written by an older "
                             f"detente); run `detente stories --rebuild --db {self.path}`")
        return True

    def stories(self, **filters: Any) -> list[dict]:
        """Stories (see ``stories.read``): event rows of several articles told of one event."""
        self._has_stories()
        return stories_mod.read(self.con, **filters)

    def story_counts(self) -> dict[str, int]:
        """Stories stored, rows in them and rows that could be (see ``stories.counts``)."""
        self._has_stories()
        return stories_mod.counts(self.con)


def _article_fields(r: dict) -> dict:
    pub = r.get("published")
    return {"article_id": r["article_id"], "title": r.get("title"), "url": r.get("url"),
            "published": pub.isoformat() if isinstance(pub, dt.date) else pub}


def _event_dict(r: dict, actors: dict[str, list[dict]]) -> dict:
    location = None
    if r["location_name"] is not None or r["location_text"] is not None:
        location = {"text": r["location_text"], "name": r["location_name"],
                    "country": r["location_country"], "lat": r["lat"], "lon": r["lon"],
                    "geonameid": r["geonameid"], "resolution": r.get("location_resolution"),
                    "coordinates": r.get("location_coordinates")}
    return {"id": r["id"], "event": r["event"], "mode": r["mode"],
            "context": list(r["context"] or []), "modality": r["modality"],
            "hedged": r["hedged"], "actor": actors.get("actor", []),
            "recipient": actors.get("recipient", []),
            "date": records.at_precision(r["date"], r["date_precision"]),
            "date_precision": r["date_precision"], "date_basis": r["date_basis"],
            "date_text": r["date_text"], "location": location,
            "evidence": {"sentence": r["sentence"], "start": r["sentence_start"],
                         "end": r["sentence_end"], "trigger": r["trigger"]},
            "also_evidence": json.loads(r.get("also_evidence") or "[]"),
            "confidence": r["confidence"], **_article_fields(r)}
