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
