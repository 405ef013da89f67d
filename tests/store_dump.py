"""Every table of a store as sorted rows, for tests that compare two stores row for row."""

from __future__ import annotations

from pathlib import Path

import duckdb

#: Columns that differ between two equal stores: when a row was stored, and where it sits in
#: the file (the rowids ``party_events`` keeps follow the write order).
NOT_COMPARED = ("ingested_at", "seen_at", "rid")


def store_rows(db: Path) -> dict[str, list]:
    """table -> its rows sorted, without the ``NOT_COMPARED`` columns."""
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    try:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables order by 1").fetchall()]
        for table in tables:
            cols = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_name = ? "
                "order by ordinal_position", [table]).fetchall() if c not in NOT_COMPARED]
            out[table] = con.execute(
                f'select {", ".join(cols)} from "{table}" order by all').fetchall()
    finally:
        con.close()
    return out
