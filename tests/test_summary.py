"""The counts the store keeps for the dashboard's overview (summary.py): kept up to date by
every write, trusted only while they describe the rows there are."""

from __future__ import annotations

import dataclasses

import duckdb

from detente import summary
from detente.store import Store
from test_store import RUS, UKR, UN, make_analysis, make_event


def _two_articles():
    one = make_analysis()  # RUS -> UKR asserted once (the other two are future and negated)
    other = make_analysis("The UN and Moscow met Kyiv.", events=lambda art: (
        make_event(art, 1, actor=(UN, RUS), recipient=(UKR,)),
        make_event(art, 2, actor=(RUS,), recipient=(UKR, UKR))))  # one event, counted once
    return one, other


def test_writes_keep_the_pair_counts_and_they_match_the_rows(tmp_path):
    db = str(tmp_path / "s.duckdb")
    one, other = _two_articles()
    with Store(db) as s:
        s.write([one, other])
        kept = summary.top_pairs(s.con, s.counts()["events"])
        assert kept == summary.live_top_pairs(s.con) == [
            {"actor": "RUS", "recipient": "UKR", "events": 3},
            {"actor": "IGO", "recipient": "UKR", "events": 1}]
        # a newer analysis of one article replaces its counts, not adds to them
        newer = dataclasses.replace(other, extractor_version=other.extractor_version + "x",
                                    events=other.events[:1])
        s.write([newer])
        assert summary.top_pairs(s.con, s.counts()["events"]) == [
            {"actor": "RUS", "recipient": "UKR", "events": 2},
            {"actor": "IGO", "recipient": "UKR", "events": 1}] == summary.live_top_pairs(s.con)


def test_counts_out_of_date_are_not_used(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as s:
        s.write([_two_articles()[0]])
    con = duckdb.connect(db)  # rows added behind the store's back
    con.execute("INSERT INTO events SELECT * REPLACE ('extra' AS id) FROM events LIMIT 1")
    n = con.execute("SELECT count(*) FROM events").fetchone()[0]
    assert summary.top_pairs(con, n) is None
    con.close()


def test_a_file_from_before_the_table_is_counted_when_opened_to_write(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as s:
        s.write(list(_two_articles()))
    con = duckdb.connect(db)
    con.execute("DROP TABLE pair_counts")
    con.execute("DELETE FROM meta WHERE key = ?", [summary.META_KEY])
    con.close()
    with Store(db) as s:
        assert summary.top_pairs(s.con, s.counts()["events"])[0] == {
            "actor": "RUS", "recipient": "UKR", "events": 3}


# ------------------------------------------------------------------ party_events
def _party_rows(con) -> list[tuple]:
    return con.execute("SELECT party, event_id, event, list_sort(parties), list_sort(keys) FROM "
                       "party_events ORDER BY party, event_id").fetchall()


def test_writes_keep_one_row_per_asserted_event_and_party(tmp_path):
    db = str(tmp_path / "s.duckdb")
    one, other = _two_articles()
    with Store(db) as s:
        s.write([one, other])
        assert summary.parties_current(s.con)
        rows = _party_rows(s.con)
        # the UN row counts under its organisation as a counterpart, and matches by its
        # code (IGO) and by its short name (UN)
        ids = {r[1] for r in rows}
        assert {r[0] for r in rows} == {"RUS", "UKR", "IGO", "UN"}
        assert all(r[3] in (["RUS", "UKR"], ["RUS", "UKR", "UN"]) for r in rows)
        assert all(r[4] in (["RUS", "UKR"], ["IGO", "RUS", "UKR", "UN"]) for r in rows)
        # each row knows its event's rowid (given after the write commits)
        assert s.con.execute("SELECT count(*) FROM party_events p JOIN events e ON e.rowid = "
                             "p.rid AND e.id = p.event_id AND e.article_id = p.article_id"
                             ).fetchone()[0] == len(rows)
        # Kyiv twice among the recipients of one event: one row
        assert len(rows) == len(set((r[0], r[1]) for r in rows))
        # the asserted events only (one's future and negated events have no rows)
        assert ids == {r[0] for r in s.con.execute(
            "SELECT id FROM events WHERE modality = 'asserted'").fetchall()}
        assert len(ids) == 3
        # the rows of a replaced article are replaced, not added to
        newer = dataclasses.replace(other, extractor_version=other.extractor_version + "x",
                                    events=other.events[:1])
        s.write([newer])
        assert summary.parties_current(s.con)
        con = s.con
        live = con.execute("SELECT count(*) FROM party_events").fetchone()[0]
        summary.refresh(con)  # counted again from every row: the same
        assert con.execute("SELECT count(*) FROM party_events").fetchone()[0] == live


def test_party_rows_out_of_date_are_not_trusted(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as s:
        s.write([_two_articles()[0]])
    con = duckdb.connect(db)
    assert summary.parties_current(con)
    # an actor row added behind the store's back (a load by other means): the event count
    # alone would not tell
    con.execute("INSERT INTO event_actors SELECT * REPLACE ('SYR' AS code) FROM event_actors "
                "LIMIT 1")
    assert not summary.parties_current(con)
    summary.refresh(con)
    assert summary.parties_current(con)
    con.close()


def test_rows_counted_inside_a_transaction_get_their_rowids_after_it(tmp_path):
    # as a bulk load does: rows inserted and counted in one transaction
    db = str(tmp_path / "s.duckdb")
    with Store(db) as s:
        s.write([_two_articles()[0]])
    con = duckdb.connect(db)
    con.execute("BEGIN TRANSACTION")
    con.execute("INSERT INTO events SELECT * REPLACE (id || 'b' AS id) FROM events")
    con.execute("INSERT INTO event_actors SELECT * REPLACE (event_id || 'b' AS event_id) FROM "
                "event_actors")
    summary.refresh(con)
    con.execute("COMMIT")
    right = ("SELECT count(*) FILTER (WHERE e.id = p.event_id), count(*) FROM party_events p "
             "LEFT JOIN events e ON e.rowid = p.rid")
    found, rows = con.execute(right).fetchone()
    assert found < rows  # the new rows' rowids were provisional ones
    summary.set_rowids(con, None)
    assert con.execute(right).fetchone() == (rows, rows)
    con.close()


def test_a_file_from_before_party_events_is_counted_when_opened_to_write(tmp_path):
    db = str(tmp_path / "s.duckdb")
    with Store(db) as s:
        s.write(list(_two_articles()))
        before = _party_rows(s.con)
    con = duckdb.connect(db)
    con.execute("DROP TABLE party_events")
    con.execute("DELETE FROM meta WHERE key = ?", [summary.PARTY_KEY])
    assert not summary.parties_current(con)
    con.close()
    with Store(db) as s:
        assert summary.parties_current(s.con) and _party_rows(s.con) == before
