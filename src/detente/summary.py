"""Counts kept beside the rows, so the dashboard's overview reads a small table instead of
joining every actor row with every recipient row (over a second at a million events, paid again
after every chunk an ingest writes while the dashboard is open).

``pair_counts`` holds, per article, how many asserted events have each (actor code, recipient
code) pair. ``Store.write`` refreshes the rows of the articles it writes, in its transaction,
and records the number of event rows the counts describe; a reader trusts the table only while
that number is the events table's (a file changed by other means is counted the slow way).
"""

from __future__ import annotations

import duckdb

SCHEMA = "article_id VARCHAR, actor VARCHAR, recipient VARCHAR, events INTEGER"
#: meta key: the number of event rows when pair_counts was last brought up to date
META_KEY = "pair_counts_events"

_PAIRS = ("SELECT a.article_id, a.code, r.code, count(DISTINCT a.event_id) FROM event_actors a "
          "JOIN event_actors r ON r.event_id = a.event_id AND r.article_id = a.article_id AND "
          "r.role = 'recipient' JOIN events e ON e.id = a.event_id AND e.article_id = "
          "a.article_id WHERE a.role = 'actor' AND e.modality = 'asserted' AND a.code IS NOT "
          "NULL AND r.code IS NOT NULL{cond} GROUP BY a.article_id, a.code, r.code")


def refresh(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None = None) -> None:
    """Recount the pairs of ``article_ids`` (every article when None); run it inside the
    transaction that wrote them."""
    if article_ids is None:
        con.execute("DELETE FROM pair_counts")
        con.execute("INSERT INTO pair_counts " + _PAIRS.format(cond=""))
    elif article_ids:
        con.execute("DELETE FROM pair_counts WHERE article_id IN (SELECT unnest(?))",
                    [article_ids])
        con.execute("INSERT INTO pair_counts " + _PAIRS.format(
            cond=" AND a.article_id IN (SELECT unnest(?))"), [article_ids])
    con.execute("INSERT OR REPLACE INTO meta VALUES (?, (SELECT CAST(count(*) AS VARCHAR) "
                "FROM events))", [META_KEY])


def top_pairs(con: duckdb.DuckDBPyConnection, events: int, limit: int = 10
              ) -> list[dict] | None:
    """The ``limit`` actor -> recipient pairs with most asserted events, from the kept
    counts; None when they do not describe the ``events`` rows the store has now."""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", [META_KEY]).fetchone()
    except duckdb.CatalogException:
        return None
    if row is None or row[0] != str(events):
        return None
    rows = con.execute("SELECT actor, recipient, sum(events) AS n FROM pair_counts GROUP BY "
                       "actor, recipient ORDER BY n DESC, actor, recipient LIMIT ?",
                       [limit]).fetchall()
    return [{"actor": a, "recipient": r, "events": int(n)} for a, r, n in rows]


def live_top_pairs(con: duckdb.DuckDBPyConnection, limit: int = 10) -> list[dict]:
    """The same counted from the rows (for a file whose kept counts are out of date)."""
    rows = con.execute(f"SELECT actor, recipient, sum(n) AS total FROM ({_PAIRS.format(cond='')})"
                       " AS p(article_id, actor, recipient, n) GROUP BY actor, recipient "
                       "ORDER BY total DESC, actor, recipient LIMIT ?", [limit]).fetchall()
    return [{"actor": a, "recipient": r, "events": int(n)} for a, r, n in rows]
