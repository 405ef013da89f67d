"""Store: analyses in an embedded DuckDB file.

``Store.write`` is idempotent: an article already stored by the same EXTRACTOR_VERSION is left
alone; one stored by an older version has all its rows replaced. Rows go in as Arrow tables
(``INSERT ... SELECT FROM arrow``), which is orders of magnitude faster than executemany.

``ingest`` composes ingest -> pipeline -> store for the CLI, skipping articles that are already
current so a re-run costs no NLP.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable

import duckdb
import pyarrow as pa

from . import records
from .errors import StoreError
from .records import Analysis, Article

SCHEMA_VERSION = 1
LEDGER_KINDS = {"statements": "statement", "rounds": "round", "positions": "position",
                "claims": "claim"}

_ACTOR_FIELDS = ("text", "name", "code", "sector", "role", "org", "wikidata")

_SCHEMA = {
    "articles": """id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, source VARCHAR,
        published DATE, origin VARCHAR, text VARCHAR, extractor_version VARCHAR,
        ingested_at TIMESTAMP""",
    "events": """id VARCHAR, article_id VARCHAR, event VARCHAR, mode VARCHAR,
        context VARCHAR[], modality VARCHAR, hedged BOOLEAN, date VARCHAR,
        date_precision VARCHAR, date_text VARCHAR, date_source VARCHAR,
        location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
        lat DOUBLE, lon DOUBLE, geonameid BIGINT, sentence VARCHAR, sentence_start INTEGER,
        sentence_end INTEGER, trigger VARCHAR, confidence DOUBLE""",
    "event_actors": """event_id VARCHAR, article_id VARCHAR, role VARCHAR, position INTEGER,
        text VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR, role_title VARCHAR,
        org VARCHAR, wikidata VARCHAR""",
    "quotes": """id VARCHAR, article_id VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR,
        speaker_code VARCHAR, speaker_sector VARCHAR, speaker_role VARCHAR,
        speaker_org VARCHAR, speaker_wikidata VARCHAR, text VARCHAR, direct BOOLEAN,
        date VARCHAR, date_precision VARCHAR, sentence VARCHAR, sentence_start INTEGER,
        sentence_end INTEGER""",
    "ledger": """article_id VARCHAR, kind VARCHAR, position INTEGER, item VARCHAR,
        published DATE""",
    "quarantine": """origin VARCHAR, code VARCHAR, message VARCHAR, excerpt VARCHAR,
        seen_at TIMESTAMP""",
}
_CHILD_TABLES = ("events", "event_actors", "quotes", "ledger")


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


def _version_key(v: str | None) -> tuple:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"[.\-+]", v or "0"))


def _connect(path: str, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and path != ":memory:" and not os.path.exists(path):
        raise StoreError(f"no detente database at {path}; run `detente ingest` first or "
                         "point --db at an existing file")
    try:
        return duckdb.connect(path, read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise StoreError(f"another detente process is writing to {path}; wait for it or "
                             "use --db") from None
        raise StoreError(f"cannot open database {path}: {exc}") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path} is not a detente (DuckDB) database ({exc}); give another "
                         "--db") from None


class Store:
    """A detente database. Use as a context manager: ``with Store("x.duckdb") as s: ...``."""

    def __init__(self, path: str | os.PathLike = "detente.duckdb", *, read_only: bool = False):
        self.path = os.fspath(path)
        self.read_only = read_only
        self.con = _connect(self.path, read_only)
        if not read_only:
            self._create()
        else:
            self._check_schema()

    # ------------------------------------------------------------------ lifecycle
    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self.con.close()

    def _create(self) -> None:
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        for name, cols in _SCHEMA.items():
            self.con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({cols})")
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                         [str(SCHEMA_VERSION)])
        self._check_schema()

    def _check_schema(self) -> None:
        try:
            row = self.con.execute(
                "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.CatalogException:
            raise StoreError(f"{self.path} is not a detente database (no meta table); give "
                             "another --db") from None
        if row is None or int(row[0]) != SCHEMA_VERSION:
            raise StoreError(f"{self.path} has schema version {row and row[0]}, this detente "
                             f"needs {SCHEMA_VERSION}; ingest into a new --db")

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

    def is_current(self, article_id: str) -> bool:
        """True when this article is stored by this (or a newer) extractor version."""
        v = self.stored_versions([article_id]).get(article_id)
        return v is not None and _version_key(v) >= _version_key(records.EXTRACTOR_VERSION)

    def write(self, analyses: Iterable[Analysis]) -> WriteResult:
        """Store analyses: new articles added, older-version ones replaced, current ones kept."""
        analyses = list(analyses)
        result = WriteResult(read=len(analyses))
        stored = self.stored_versions({a.article.id for a in analyses})
        todo: dict[str, Analysis] = {}
        replace: list[str] = []
        for a in analyses:
            aid = a.article.id
            old = stored.get(aid)
            if aid in todo or (old is not None and
                               _version_key(old) >= _version_key(a.extractor_version)):
                result.unchanged += 1
                continue
            todo[aid] = a
            if old is None:
                result.new += 1
            else:
                result.replaced += 1
                replace.append(aid)
        if not todo:
            return result
        rows = _rows(todo.values())
        result.events = len(rows["events"]["id"])
        result.quotes = len(rows["quotes"]["id"])
        self._transaction(lambda: self._insert(rows, replace))
        return result

    def _transaction(self, fn: Callable[[], None]) -> None:
        self.con.execute("BEGIN TRANSACTION")
        try:
            fn()
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

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
        types = {r[0]: r[1] for r in self.con.execute(f"DESCRIBE {table}").fetchall()}
        arrow = pa.table({k: pa.array(v, type=_arrow_type(types[k])) for k, v in columns.items()})
        self.con.register("_incoming", arrow)
        try:
            cols = ", ".join(f'"{c}"' for c in columns)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        finally:
            self.con.unregister("_incoming")

    def quarantine_add(self, rejected: Iterable[Any]) -> int:
        """Record rejected inputs (``ingest.Rejected``); one row per (origin, code), latest kept."""
        items = list(rejected)
        if not items:
            return 0
        now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
        cols = {"origin": [r.origin for r in items], "code": [r.code for r in items],
                "message": [r.message for r in items], "excerpt": [r.excerpt for r in items],
                "seen_at": [now] * len(items)}

        def go() -> None:
            self.con.execute(
                "DELETE FROM quarantine WHERE origin || chr(31) || code IN (SELECT unnest(?))",
                [[f"{r.origin}\x1f{r.code}" for r in items]])
            self._append("quarantine", cols)

        self._transaction(go)
        return len(items)

    # ------------------------------------------------------------------ reading
    def _dicts(self, sql: str, params: list | None = None) -> list[dict]:
        cur = self.con.execute(sql, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def events(self, actor: str | None = None, recipient: str | None = None,
               type: str | None = None, since: str | dt.date | None = None,
               until: str | dt.date | None = None, modality: str | None = None,
               include_non_asserted: bool = False, limit: int | None = None) -> list[dict]:
        """Events as dicts in the output contract's shape, plus article_id/title/url/published.

        By default only asserted events (hedged ones included) are returned; ``modality``
        selects one modality instead. ``since``/``until`` compare at the event date's own
        precision ("2025-05" is within since=2025-05-20); undated events never match them.
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
        for role, code in (("actor", actor), ("recipient", recipient)):
            if code:
                where.append("e.id IN (SELECT event_id FROM event_actors WHERE role = ? "
                             "AND (upper(code) = ? OR upper(org) = ?))")
                params += [role, code.upper(), code.upper()]
        if since:
            where.append("e.date >= substr(?, 1, length(e.date))")
            params.append(str(since))
        if until:
            where.append("e.date <= substr(?, 1, length(e.date))")
            params.append(str(until))
        sql = ("SELECT e.*, a.title, a.url, a.published FROM events e "
               "JOIN articles a ON a.id = e.article_id"
               + (" WHERE " + " AND ".join(where) if where else "")
               + " ORDER BY a.published NULLS LAST, e.article_id, e.sentence_start, e.id")
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._dicts(sql, params)
        actors = self._actors([r["id"] for r in rows])
        return [_event_dict(r, actors.get(r["id"], {})) for r in rows]

    def _actors(self, event_ids: list[str]) -> dict[str, dict[str, list[dict]]]:
        out: dict[str, dict[str, list[dict]]] = {}
        if not event_ids:
            return out
        for r in self._dicts("SELECT * FROM event_actors WHERE event_id IN (SELECT unnest(?)) "
                             "ORDER BY event_id, role, position", [event_ids]):
            actor = {f: r["role_title" if f == "role" else f] for f in _ACTOR_FIELDS}
            out.setdefault(r["event_id"], {}).setdefault(r["role"], []).append(actor)
        return out

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

        Each item gets ``kind``, ``article_id``, ``published``, ``title`` and ``url`` added
        (existing keys of the item are not overwritten).
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


# ---------------------------------------------------------------------- rows <-> records


def _arrow_type(sql_type: str) -> pa.DataType:
    return {"VARCHAR": pa.string(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
            "BOOLEAN": pa.bool_(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
            "DOUBLE": pa.float64(), "VARCHAR[]": pa.list_(pa.string())}[sql_type]


def _columns(table: str) -> dict[str, list]:
    names = [c.strip().split()[0] for c in _SCHEMA[table].split(",")
             if c.strip() and not c.strip().startswith(("PRIMARY",))]
    return {n: [] for n in names}


def _push(cols: dict[str, list], **values: Any) -> None:
    for k, col in cols.items():
        col.append(values.get(k))


def _rows(analyses: Iterable[Analysis]) -> dict[str, dict[str, list]]:
    """Column lists for every table from analyses (one Arrow table each)."""
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    t = {name: _columns(name) for name in ("articles", *_CHILD_TABLES)}
    for an in analyses:
        art: Article = an.article
        _push(t["articles"], id=art.id, title=art.title, url=art.url, source=art.source,
              published=art.published, origin=art.origin, text=art.text,
              extractor_version=an.extractor_version, ingested_at=now)
        for ev in an.events:
            loc, evd = ev.location, ev.evidence
            _push(t["events"], id=ev.id, article_id=art.id, event=ev.event, mode=ev.mode,
                  context=list(ev.context), modality=ev.modality, hedged=ev.hedged,
                  date=ev.date, date_precision=ev.date_precision, date_text=ev.date_text,
                  date_source=ev.date_source,
                  location_text=loc and loc.text, location_name=loc and loc.name,
                  location_country=loc and loc.country, lat=loc and loc.lat,
                  lon=loc and loc.lon, geonameid=loc and loc.geonameid,
                  sentence=evd.sentence, sentence_start=evd.start, sentence_end=evd.end,
                  trigger=evd.trigger, confidence=ev.confidence)
            for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
                for i, a in enumerate(actors):
                    _push(t["event_actors"], event_id=ev.id, article_id=art.id, role=role,
                          position=i, text=a.text, name=a.name, code=a.code, sector=a.sector,
                          role_title=a.role, org=a.org, wikidata=a.wikidata)
        for q in an.quotes:
            s = q.speaker
            _push(t["quotes"], id=q.id, article_id=art.id,
                  **{f"speaker_{f}": (getattr(s, f) if s else None) for f in _ACTOR_FIELDS},
                  text=q.text, direct=q.direct, date=q.date, date_precision=q.date_precision,
                  sentence=q.evidence.sentence, sentence_start=q.evidence.start,
                  sentence_end=q.evidence.end)
        for attr, kind in LEDGER_KINDS.items():
            for i, item in enumerate(getattr(an, attr)):
                _push(t["ledger"], article_id=art.id, kind=kind, position=i,
                      item=json.dumps(records._plain(item), ensure_ascii=False),
                      published=art.published)
    return t


def _article_fields(r: dict) -> dict:
    pub = r.get("published")
    return {"article_id": r["article_id"], "title": r.get("title"), "url": r.get("url"),
            "published": pub.isoformat() if isinstance(pub, dt.date) else pub}


def _event_dict(r: dict, actors: dict[str, list[dict]]) -> dict:
    location = None
    if r["location_name"] is not None or r["location_text"] is not None:
        location = {"text": r["location_text"], "name": r["location_name"],
                    "country": r["location_country"], "lat": r["lat"], "lon": r["lon"],
                    "geonameid": r["geonameid"]}
    return {"id": r["id"], "event": r["event"], "mode": r["mode"],
            "context": list(r["context"] or []), "modality": r["modality"],
            "hedged": r["hedged"], "actor": actors.get("actor", []),
            "recipient": actors.get("recipient", []), "date": r["date"],
            "date_precision": r["date_precision"], "date_text": r["date_text"],
            "date_source": r["date_source"], "location": location,
            "evidence": {"sentence": r["sentence"], "start": r["sentence_start"],
                         "end": r["sentence_end"], "trigger": r["trigger"]},
            "confidence": r["confidence"], **_article_fields(r)}


# ---------------------------------------------------------------------- ingest -> analyse -> store


def ingest(store: Store, paths: Iterable[str], *, published=None, options=None,
           max_chars: int | None = None, fmt: str | None = None, on_reject: Callable[[Any], None] | None = None,
           progress: Callable[[int], None] | None = None, chunk: int = 64) -> WriteResult:
    """Read ``paths``, analyse the articles not already current in ``store``, store them.

    Rejected inputs go to the quarantine table and to ``on_reject``; ``progress(n)`` is called
    as articles are done (stored or found unchanged). Returns the totals.
    """
    from . import ingest as ingest_mod
    from .pipeline import Analyzer, Options

    kw: dict[str, Any] = {"published": published, "fmt": fmt, "max_chars": max_chars}
    total = WriteResult()
    analyzer: Analyzer | None = None
    pending: list[Article] = []
    rejected: list = []
    seen: set[str] = set()

    def flush() -> None:
        nonlocal analyzer
        if rejected:
            store.quarantine_add(rejected)
            rejected.clear()
        if not pending:
            return
        if analyzer is None:
            analyzer = Analyzer(options or Options())
        res = store.write(analyzer.analyze(pending))
        res.read = 0  # counted as read when yielded
        total.add(res)
        if progress:
            progress(len(pending))
        pending.clear()

    for item in ingest_mod.read_inputs(paths, **kw):
        if isinstance(item, ingest_mod.Rejected):
            total.rejected += 1
            rejected.append(item)
            if on_reject:
                on_reject(item)
            continue
        total.read += 1
        if item.id in seen or store.is_current(item.id):
            total.unchanged += 1
            if progress:
                progress(1)
            continue
        seen.add(item.id)
        pending.append(item)
        if len(pending) >= chunk:
            flush()
    flush()
    return total

