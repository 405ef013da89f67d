"""Counts kept beside the rows, so the dashboard's overview reads a small table instead of
joining every actor row with every recipient row (over a second at a million events, paid again
after every chunk an ingest writes while the dashboard is open).

``party_events`` holds one row per asserted event and party it names (a code or an
organisation's short name, upper case), with what the actor and dyad pages count (category,
date): those pages read one party's rows instead of joining every actor row with every event
(a second and more at a million events). Its rows are refreshed with ``pair_counts``, and
trusted the same way, by the numbers of event and actor rows they were made from.

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

PARTY_SCHEMA = ("party VARCHAR, article_id VARCHAR, event_id VARCHAR, event VARCHAR, date DATE, "
                "date_precision VARCHAR, parties VARCHAR[], keys VARCHAR[], rid BIGINT")
#: meta key: "events/actor rows" when party_events was last brought up to date
PARTY_KEY = "party_events_rows"

# ``party`` is each of an actor row's code and organisation (what a page's party matches);
# ``parties`` are the event's parties as the pages list them as counterparts (each actor
# row's organisation, else its code), the party itself among them; ``keys`` every party the
# event names (what a dyad's second party matches); ``rid`` the event row's rowid (given
# after the write commits, see ``set_rowids``): a page fetches its rows by it, checking each
# is the event it expects (a rowid can change when rows are deleted), and by id the others
_PARTIES = ("SELECT p.party, p.article_id, p.event_id, e.event, e.date, e.date_precision, "
            "any_value(l.parties), any_value(l.keys), any_value(e.rowid) FROM (SELECT "
            "upper(x.code) AS party, x.article_id, x.event_id FROM event_actors x WHERE x.code IS NOT NULL{cond} "
            "UNION SELECT upper(x.org), x.article_id, x.event_id FROM event_actors x WHERE "
            "x.org IS NOT NULL{cond}) p "
            "JOIN events e ON e.id = p.event_id AND e.article_id = p.article_id "
            "JOIN (SELECT x.article_id, x.event_id, list_sort(list(DISTINCT upper(coalesce("
            "x.org, x.code))) FILTER (WHERE coalesce(x.org, x.code) IS NOT NULL)) AS parties, "
            "list_sort(list_distinct(flatten(list([upper(x.code), upper(x.org)])))) AS keys "
            "FROM "
            "event_actors x WHERE TRUE{cond} GROUP BY x.article_id, x.event_id) l ON "
            "l.article_id = p.article_id AND l.event_id = p.event_id "
            "WHERE e.modality = 'asserted'{econd} "
            "GROUP BY p.party, p.article_id, p.event_id, e.event, e.date, e.date_precision")
_ROWS = ("SELECT CAST((SELECT count(*) FROM events) AS VARCHAR) || '/' || "
         "CAST((SELECT count(*) FROM event_actors) AS VARCHAR)")

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
    _refresh_parties(con, article_ids)


def _refresh_parties(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None) -> None:
    if article_ids is None:
        con.execute("DELETE FROM party_events")
        # in the order of the parties: a page reads the row groups of its party only
        con.execute("INSERT INTO party_events " + _PARTIES.format(cond="", econd="")
                    + " ORDER BY p.party, p.article_id, p.event_id")
    elif article_ids:
        con.execute("DELETE FROM party_events WHERE article_id IN (SELECT unnest(?))",
                    [article_ids])
        cond = " AND x.article_id IN (SELECT unnest($ids))"
        # the events of these articles only: a write costs what it writes, not the store
        con.execute("INSERT INTO party_events " + _PARTIES.format(
            cond=cond, econd=" AND e.article_id IN (SELECT unnest($ids))"), {"ids": article_ids})
    con.execute(f"INSERT OR REPLACE INTO meta VALUES (?, ({_ROWS}))", [PARTY_KEY])


def set_rowids(con: duckdb.DuckDBPyConnection, article_ids: list[str] | None) -> None:
    """Give the party rows of ``article_ids`` (every article when None) their events'
    rowids; run it after the transaction that wrote them commits (within it, new rows have
    provisional rowids)."""
    if article_ids is None:
        con.execute("UPDATE party_events SET rid = e.rowid FROM events e WHERE e.article_id = "
                    "party_events.article_id AND e.id = party_events.event_id")
    elif article_ids:
        con.execute("UPDATE party_events SET rid = e.rowid FROM events e WHERE e.article_id = "
                    "party_events.article_id AND e.id = party_events.event_id AND "
                    "party_events.article_id IN (SELECT unnest($ids)) AND e.article_id IN "
                    "(SELECT unnest($ids))", {"ids": article_ids})


def parties_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Does ``party_events`` describe the rows the store has now? (No, for a file written by
    other means than ``Store.write`` since, or by a detente from before the table.)"""
    try:
        row = con.execute("SELECT value FROM meta WHERE key = ?", [PARTY_KEY]).fetchone()
        return row is not None and row[0] == con.execute(_ROWS).fetchone()[0]
    except duckdb.CatalogException:
        return False


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
