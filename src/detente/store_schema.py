"""The store's schema: the tables of a detente database, made (repaired, upgraded) when a file
is opened to write and checked when it is opened to read.

``store.Store`` calls ``create`` or ``check`` on opening; everything here works on one DuckDB
connection and the file's path (for messages). Creating and upgrading run in one transaction,
so a kill leaves the file as it was.
"""

from __future__ import annotations

from typing import Callable

import duckdb

from . import summary
from .errors import StoreError
from .tables import _SCHEMA

#: 2: ``events.date`` is a DATE (the first day of its period, ``date_precision`` beside it)
#: and ``date_source`` is ``date_basis``; a schema 1 file is upgraded when opened to write.
SCHEMA_VERSION = 2
#: Columns added after a table was first released: added to older files when opened to write.
_ADDED_COLUMNS = (("articles", "content_hash", "VARCHAR"),
                  ("events", "also_evidence", "VARCHAR"),
                  ("events", "location_resolution", "VARCHAR"),
                  ("events", "location_coordinates", "VARCHAR"),
                  ("articles", "fetched_at", "TIMESTAMP"))
#: Indexes (name, table, column) made when a file is opened to write. The dashboard looks up
#: the actors of one page of events by event id: with the index a few lookups, without it a
#: scan of every actor row (a tenth of a second at a million events, on every page load).
_INDEXES = (("event_actors_event", "event_actors", "event_id"),)


def tables(con: duckdb.DuckDBPyConnection) -> set[str]:
    """The names of the file's tables."""
    return {r[0] for r in con.execute(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'")
        .fetchall()}


def in_transaction(con: duckdb.DuckDBPyConnection, fn: Callable[[], None]) -> None:
    """Run ``fn`` in one transaction of ``con``, rolled back if it raises."""
    con.execute("BEGIN TRANSACTION")
    try:
        fn()
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def create(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Create what is missing, and upgrade a file an older detente wrote, in one
    transaction: a kill leaves the file as it was."""
    present = tables(con)
    if "meta" not in present and present - set(_SCHEMA):
        raise StoreError(f"{path} is not a detente database (no meta table); give "
                         "another --db")
    version = _version(con) if "meta" in present else None
    if version is not None and version > SCHEMA_VERSION:
        check(con, path)  # a newer detente's file: refused, never rewritten

    def go() -> None:
        con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, "
                    "value VARCHAR)")
        for name, cols in _SCHEMA.items():
            con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({cols})")
        for table, column, sql_type in _ADDED_COLUMNS:
            con.execute(f"ALTER TABLE {table} ADD COLUMN IF NOT EXISTS {column} "
                        f"{sql_type}")
        for name, table, column in _INDEXES:
            con.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column})")
        if not {"pair_counts", "party_events"} <= present:  # a file from before them:
            # counted once
            summary.refresh(con)
        # A file whose creation was cut short (older detente created tables one by one)
        # has a meta table without its row: repaired here, not refused.
        con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)",
                    [str(SCHEMA_VERSION)])
        _upgrade(con)

    # a current, complete file (every open of an ingest's chunks) needs no more queries:
    # its version was read above
    if version != SCHEMA_VERSION or not (present >= {"meta", *_SCHEMA}
                                         and _has_added_columns(con)
                                         and _has_indexes(con)):
        in_transaction(con, go)
        check(con, path)


def _version(con: duckdb.DuckDBPyConnection) -> int | None:
    """The schema version the file records; None when there is none to read."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(row.fetchone()[0])
    except (duckdb.Error, ValueError, TypeError):
        return None


def _has_added_columns(con: duckdb.DuckDBPyConnection) -> bool:
    present = set(con.execute(
        "SELECT table_name, column_name FROM information_schema.columns WHERE "
        "table_schema = 'main'").fetchall())
    return all((table, column) in present for table, column, _ in _ADDED_COLUMNS)


def _has_indexes(con: duckdb.DuckDBPyConnection) -> bool:
    present = {r[0] for r in con.execute(
        "SELECT index_name FROM duckdb_indexes() WHERE schema_name = 'main'").fetchall()}
    return all(name in present for name, _, _ in _INDEXES)


def check(con: duckdb.DuckDBPyConnection, path: str) -> None:
    """Refuse a file that is no detente database, half-created, or of another schema, with
    what to do about it."""
    try:
        row = con.execute(
            "SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.CatalogException:
        if not tables(con):
            raise StoreError(f"{path} is an empty database (its creation was "
                             "interrupted?); run `detente ingest` on it to set it up, or "
                             "give another --db") from None
        raise StoreError(f"{path} is not a detente database (no meta table); give "
                         "another --db") from None
    if row is None:
        raise StoreError(f"{path} was left half-created (no schema version); run "
                         "`detente ingest` on it to repair it")
    if int(row[0]) < SCHEMA_VERSION:
        raise StoreError(f"{path} was written by an older detente (store schema "
                         f"{row[0]}; this one uses {SCHEMA_VERSION}, with event dates as "
                         f"dates): the next `detente ingest ... --db {path}` upgrades "
                         "it in place, keeping its rows; or ingest into a new --db")
    if int(row[0]) != SCHEMA_VERSION:
        raise StoreError(f"{path} was written by a newer detente (store schema "
                         f"{row[0]}; this one reads {SCHEMA_VERSION}): upgrade detente, or "
                         "ingest into a new --db")


def _upgrade(con: duckdb.DuckDBPyConnection) -> None:
    """Bring a schema 1 file to this schema (inside ``create``'s transaction). Each step
    looks at the columns, not at the version number, so a half-upgraded file is finished."""
    cols = {r[0]: r[1] for r in con.execute("DESCRIBE events").fetchall()}
    if "date_source" in cols and "date_basis" not in cols:
        con.execute("ALTER TABLE events RENAME COLUMN date_source TO date_basis")
    if cols.get("date") == "VARCHAR":
        # "2025-05" was the whole month: its first day now, the precision column says month
        con.execute("ALTER TABLE events ALTER COLUMN date SET DATA TYPE DATE USING TRY_CAST("
                    "CASE length(date) WHEN 4 THEN date || '-01-01' WHEN 7 THEN date || '-01' "
                    "ELSE date END AS DATE)")
        # schema 1 left an event the text did not date undated; now it is dated by its report
        con.execute("UPDATE events SET date = a.published, date_precision = 'day', "
                    "date_basis = 'publication' FROM articles a WHERE a.id = events.article_id "
                    "AND events.date IS NULL AND events.modality <> 'historical' "
                    "AND a.published IS NOT NULL")
    con.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(SCHEMA_VERSION)])
