"""``detente load OUTPUT_DIR --db X``: what ``detente spark`` wrote, into the store.

The Parquet tables go in whole, by DuckDB reading the files (``INSERT ... SELECT FROM
read_parquet``: no row passes through Python), in one transaction, with the store's rules: an
article already stored current (this extractor version, same text) is kept and its incoming
rows skipped; any other stored copy is replaced, rows and all. Rejected rows go to the
quarantine table, replacing earlier ones for the same origin and code, and an article now
stored clears its earlier analysis failures, as ``Store.write`` does.

Then the cross-article steps run over the whole set: event stories are linked (every story
key the loaded articles touch, in the same transaction, so the file never holds rows without
their stories), and the ledger is built across articles (rounds merged, positions followed over
time: ``peace.ledger.build``, what ``detente rounds`` and ``detente positions`` show) to report
what it holds. ``ingested_at`` and ``seen_at`` are the time of loading (UTC).

Needs no Spark: a laptop can load what a cluster wrote.
"""

from __future__ import annotations

import glob
import json
import os
from dataclasses import dataclass, field

import pyarrow as pa

from . import stories as stories_mod
from . import summary
from .errors import SparkError
from .peace import ledger as ledger_mod
from .records import EXTRACTOR_VERSION
from .store import Store, WriteResult
from .tables import LEDGER_KINDS, ROW_TABLES, column_types

MANIFEST = "_detente.json"
_REJECTED = ("origin", "code", "message", "excerpt")
#: Quarantine codes that a later successful analysis of the same origin makes obsolete.
_ANALYSIS_CODES = ("analysis_failed", "analysis_timeout", "worker_crashed", "worker_stalled")
_NOW = "timezone('UTC', now())"


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


@dataclass
class LoadResult:
    """What a load did: the store write, the stories and the cross-article ledger."""

    written: WriteResult = field(default_factory=WriteResult)
    versions: dict[str, int] = field(default_factory=dict)  #: extractor version -> articles
    stories: dict[str, int] = field(default_factory=dict)  #: ``Store.story_counts``
    round_mentions: int = 0
    rounds: int = 0
    positions: int = 0
    position_changes: int = 0

    def lines(self) -> list[str]:
        w = self.written
        out = [f"load: {w.read} articles ({w.new} new, {w.replaced} replaced, {w.unchanged} "
               f"unchanged); {w.events} events, {w.quotes} quotes; {w.rejected} rejected rows "
               "to the quarantine table"]
        other = {v: n for v, n in self.versions.items() if v != EXTRACTOR_VERSION}
        if other:
            shown = ", ".join(f"{n} by {v}" for v, n in sorted(other.items()))
            out.append(f"load: note: articles analysed by another extractor version ({shown}; "
                       f"this one is {EXTRACTOR_VERSION}): the next ingest of them redoes them")
        s = self.stories
        if s:
            out.append(f"load: stories: {s['rows']} event rows in {s['stories']} stories")
        out.append(f"load: ledger: {_n(self.round_mentions, 'round mention')} merged into "
                   f"{_n(self.rounds, 'round')}; {_n(self.positions, 'position')} followed "
                   f"over time ({_n(self.position_changes, 'change')})")
        return out


def _files(out: str, table: str) -> list[str]:
    return sorted(glob.glob(os.path.join(glob.escape(out), table, "**", "*.parquet"),
                            recursive=True))


def _relation(files: list[str]) -> str:
    listed = ", ".join("'" + f.replace("'", "''") + "'" for f in files)
    return f"read_parquet([{listed}], hive_partitioning = false)"


def check_output(out: str) -> dict:
    """The manifest of a ``detente spark`` output directory; ``SparkError`` if it is none."""
    path = os.path.join(out, MANIFEST)
    if not os.path.isdir(out):
        raise SparkError(f"{out}: no such directory; give the OUTPUT_DIR of `detente spark`")
    try:
        with open(path, encoding="utf-8") as fh:
            info = json.load(fh)
    except OSError:
        raise SparkError(f"{out} has no {MANIFEST}, so it is not (or not yet) the output of "
                         "`detente spark`; give the directory that run wrote to, after it "
                         "finished") from None
    except json.JSONDecodeError:
        raise SparkError(f"{path} is not valid JSON; run `detente spark` again") from None
    missing = [t for t in info.get("tables", []) if not os.path.isdir(os.path.join(out, t))]
    if missing:
        raise SparkError(f"{out} lacks the {', '.join(missing)} table(s) its {MANIFEST} lists; "
                         "copy the whole directory, or run `detente spark` again")
    return info


def _incoming(store: Store, relation: str) -> tuple[list[str], dict[str, str], dict[str, int]]:
    rows = store.con.execute(f"SELECT id, content_hash, extractor_version FROM {relation}"
                             ).fetchall()
    ids = [r[0] for r in rows]
    if len(set(ids)) != len(ids):
        twice = next(i for i in ids if ids.count(i) > 1)
        raise SparkError(f"the output holds article {twice!r} more than once (two runs written "
                         "into one directory?); run `detente spark` into a new directory")
    versions: dict[str, int] = {}
    for r in rows:
        versions[r[2]] = versions.get(r[2], 0) + 1
    return ids, {r[0]: r[1] for r in rows}, versions


def _insert(store: Store, out: str, skip: list[str]) -> dict[str, int]:
    """Every row table's rows but the skipped articles'; rows inserted per table."""
    con = store.con
    con.register("_skip", pa.table({"id": pa.array(skip, pa.string())}))
    inserted = {}
    try:
        for table in ROW_TABLES:
            files = _files(out, table)
            if not files:
                inserted[table] = 0
                continue
            cols = list(column_types(table))
            picked = ", ".join(_NOW if c == "ingested_at" else f'"{c}"' for c in cols)
            key = "id" if table == "articles" else "article_id"
            inserted[table] = con.execute(
                f"INSERT INTO {table} ({', '.join(cols)}) SELECT {picked} FROM "
                f"{_relation(files)} WHERE {key} NOT IN (SELECT id FROM _skip)").fetchall()[0][0]
    finally:
        con.unregister("_skip")
    return inserted


def _quarantine(store: Store, out: str, loaded: list[str]) -> int:
    con = store.con
    if loaded:  # stored now: earlier failures of the same items are obsolete
        con.execute("DELETE FROM quarantine WHERE code IN (SELECT unnest(?)) AND origin IN "
                    "(SELECT origin FROM articles WHERE id IN (SELECT unnest(?)))",
                    [list(_ANALYSIS_CODES), loaded])
    files = _files(out, "rejected")
    if not files:
        return 0
    rel = _relation(files)
    con.execute(f"DELETE FROM quarantine WHERE origin || chr(31) || code IN (SELECT origin || "
                f"chr(31) || code FROM {rel})")
    con.execute(f"INSERT INTO quarantine (origin, code, message, excerpt, seen_at) SELECT "
                f"{', '.join(_REJECTED)}, {_NOW} FROM {rel}")
    return con.execute(f"SELECT count(*) FROM {rel}").fetchall()[0][0]


def _ledger(store: Store, result: LoadResult) -> None:
    # asked kind by kind, as the ledger commands do: a claim's own "kind" shadows the row's
    items = [dict(r, kind=kind) for kind in LEDGER_KINDS
             for r in store.ledger_items(kinds=[kind])]
    built = ledger_mod.build(items)
    result.round_mentions = sum(1 for i in items if i["ledger_kind"] == "round")
    result.rounds = len(built["rounds"])
    result.positions = len(built["positions"])
    result.position_changes = sum(1 for p in built["positions"] for h in p["history"][1:]
                                  if h["change"] != "reaffirmed")


def load(db: str, out: str, wait: float = 0.0) -> LoadResult:
    """Bring the Parquet tables under ``out`` into the store ``db``; see the module docstring."""
    check_output(out)
    result = LoadResult()
    files = _files(out, "articles")
    with Store(db, wait=wait) as store:
        ids, hashes, versions = _incoming(store, _relation(files)) if files else ([], {}, {})
        result.versions = versions
        current = store.current_ids(ids, hashes)
        stored = set(store.stored_versions(ids))
        replace = sorted(stored - current)
        loaded = [i for i in ids if i not in current]
        w = result.written
        w.read, w.unchanged = len(ids), len(current)
        w.replaced, w.new = len(replace), len(loaded) - len(replace)
        empty = not store.con.execute("SELECT count(*) FROM articles").fetchall()[0][0]

        def go() -> None:
            for table in ROW_TABLES:
                key = "id" if table == "articles" else "article_id"
                store.con.execute(f"DELETE FROM {table} WHERE {key} IN (SELECT unnest(?))",
                                  [replace])
            inserted = _insert(store, out, sorted(current))
            w.events, w.quotes = inserted["events"], inserted["quotes"]
            w.rejected = _quarantine(store, out, loaded)
            # the dashboard's kept counts, as Store.write keeps them
            summary.refresh(store.con, None if empty else loaded)
            if empty:  # the whole set is new: link it in one pass
                stories_mod.rebuild(store.con)
            else:
                stories_mod.relink(store.con, loaded)

        store.transaction(go)
        # the kept party rows point at events by rowid, which is final only after the commit
        summary.set_rowids(store.con, None if empty else loaded)
        result.stories = store.story_counts()
        _ledger(store, result)
    return result
