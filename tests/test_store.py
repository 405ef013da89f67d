"""The DuckDB store: idempotent writes, version replacement, filters, and clear errors.

Analyses here are built by hand (no model), so the store is tested apart from extraction.
"""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
import sys

import duckdb
import pytest

from detente import records
from detente.errors import StoreError
from detente.export import clean_cell, export, format_table, plover_record
from detente.ingest import Rejected
from detente.records import Actor, Analysis, Article, Event, Evidence, Place, Quote
from detente.store import Store

RUS = Actor("Moscow", "RUS", "GOV", "Russia", start=0, end=6)
UKR = Actor("Kyiv", "UKR", "GOV", "Ukraine", start=30, end=34)
UN = Actor("the UN", "IGO", None, "United Nations", org="UN")
ISTANBUL = Place("Istanbul", 40, 48, "Istanbul", "TUR", 41.01, 28.95, 745044)


def make_event(article: Article, n: int, event="CONSULT", modality="asserted", date="2025-05-16",
               actor=(RUS,), recipient=(UKR,), hedged=False, sentence=None) -> Event:
    sentence = sentence or article.text
    return Event(id=f"{article.id}-{n}", article_id=article.id, event=event, mode=None,
                 context=("diplomatic",), modality=modality, hedged=hedged, actor=actor,
                 recipient=recipient, date=date, date_precision="day" if date else None,
                 date_text="on Friday" if date else None, location=ISTANBUL,
                 evidence=Evidence(sentence, 0, len(sentence), "held", 11, 15),
                 confidence=0.9, date_source="text" if date else None)


def make_analysis(text="Moscow and Kyiv held talks in Istanbul on Friday.", events=None,
                  published=dt.date(2025, 5, 17), **kw) -> Analysis:
    art = Article.make(text, title="Talks in Istanbul", url="https://example.org/a",
                       published=published, origin="a.txt")
    evs = events(art) if events else (make_event(art, 1),
                                      make_event(art, 2, "AGREE", "future", "2025-06"),
                                      make_event(art, 3, "ASSAULT", "negated", None))
    quote = Quote(f"{art.id}-q", art.id, RUS, "talks will continue", True, "2025-05-16",
                  Evidence(text, 0, len(text)))
    return Analysis(article=art, events=tuple(evs), quotes=(quote,),
                    rounds=({"date": "2025-05-16", "status": "held",
                             "venue": {"name": "Istanbul"}},),
                    positions=({"holder": {"code": "UKR"}, "issue": "territorial_integrity",
                                "stance": "red_line"},), **kw)


@pytest.fixture
def fresh_db(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        yield store


@pytest.fixture
def existing_db(fresh_db):
    fresh_db.write([make_analysis()])
    return fresh_db


# ---------------------------------------------------------------- writing


def test_write_creates_one_row_per_record(fresh_db):
    result = fresh_db.write([make_analysis()])
    assert result.summary() == ("articles: 1 read, 1 new, 0 replaced, 0 unchanged; "
                                "3 events, 1 quotes; 0 rejected")
    assert fresh_db.counts() == {"articles": 1, "events": 3, "event_actors": 6, "quotes": 1,
                                 "ledger": 2, "quarantine": 0}


def test_reingesting_the_same_article_changes_nothing(existing_db):
    before = existing_db.con.execute("SELECT ingested_at FROM articles").fetchall()
    result = existing_db.write([make_analysis(), make_analysis()])
    assert (result.new, result.replaced, result.unchanged) == (0, 0, 2)
    assert existing_db.counts()["events"] == 3
    assert existing_db.con.execute("SELECT ingested_at FROM articles").fetchall() == before


def test_newer_extractor_version_replaces_the_articles_rows(existing_db, monkeypatch):
    monkeypatch.setattr(records, "EXTRACTOR_VERSION", "0.10.0")  # 0.10 > 0.9: numeric compare
    newer = make_analysis(events=lambda a: (make_event(a, 9, "ACCUSE"),),
                          extractor_version="0.10.0")
    result = existing_db.write([newer])
    assert (result.new, result.replaced, result.unchanged, result.events) == (0, 1, 0, 1)
    assert existing_db.counts() == {"articles": 1, "events": 1, "event_actors": 2, "quotes": 1,
                                    "ledger": 2, "quarantine": 0}
    assert [e["event"] for e in existing_db.events()] == ["ACCUSE"]
    assert existing_db.articles()[0]["extractor_version"] == "0.10.0"
    # an older detente seeing it again keeps the newer rows
    assert existing_db.write([make_analysis()]).unchanged == 1
    assert [e["event"] for e in existing_db.events()] == ["ACCUSE"]


def test_bulk_write_of_many_articles_is_fast(fresh_db):
    import time

    analyses = [make_analysis(text=f"Story {i}: Moscow and Kyiv held talks.") for i in range(500)]
    t = time.perf_counter()
    fresh_db.write(analyses)
    assert fresh_db.counts()["events"] == 1500
    assert time.perf_counter() - t < 10  # executemany took ~10 s for this


def test_quarantine_keeps_one_row_per_origin_and_code(fresh_db):
    r = Rejected("s.jsonl:2", "bad_json", "line is not valid JSON", "{x")
    fresh_db.quarantine_add([r])
    fresh_db.quarantine_add([r, Rejected("e.txt", "empty", "file is empty")])
    rows = fresh_db.quarantine()
    assert sorted((q["origin"], q["code"], q["excerpt"]) for q in rows) == [
        ("e.txt", "empty", ""), ("s.jsonl:2", "bad_json", "{x")]


# ---------------------------------------------------------------- reading


def test_events_default_to_asserted_with_actors_nested(existing_db):
    (ev,) = existing_db.events()
    assert ev["event"] == "CONSULT" and ev["modality"] == "asserted"
    assert ev["actor"] == [{"text": "Moscow", "name": "Russia", "code": "RUS", "sector": "GOV",
                            "role": None, "org": None, "wikidata": None}]
    assert [a["code"] for a in ev["recipient"]] == ["UKR"]
    assert ev["location"]["geonameid"] == 745044
    assert ev["evidence"]["trigger"] == "held"
    assert (ev["published"], ev["title"]) == ("2025-05-17", "Talks in Istanbul")


@pytest.mark.parametrize("filters, expected", [
    ({"include_non_asserted": True}, ["CONSULT", "AGREE", "ASSAULT"]),
    ({"modality": "future"}, ["AGREE"]),
    ({"actor": "rus", "include_non_asserted": True}, ["CONSULT", "AGREE", "ASSAULT"]),
    ({"actor": "UKR"}, []),  # UKR is only ever a recipient here
    ({"recipient": "UKR"}, ["CONSULT"]),
    ({"type": "consult"}, ["CONSULT"]),
    # a month-precision date lies within since=2025-06-10; undated events never match
    ({"since": "2025-06-10", "include_non_asserted": True}, ["AGREE"]),
    ({"until": "2025-05-31", "include_non_asserted": True}, ["CONSULT"]),
    ({"since": dt.date(2025, 5, 1), "until": "2025-05-16"}, ["CONSULT"]),
])
def test_event_filters(existing_db, filters, expected):
    assert [e["event"] for e in existing_db.events(**filters)] == expected


def test_org_code_matches_actor_filter(fresh_db):
    fresh_db.write([make_analysis(events=lambda a: (make_event(a, 1, actor=(UN,)),))])
    assert len(fresh_db.events(actor="UN")) == 1 and len(fresh_db.events(actor="IGO")) == 1


def test_quotes_and_ledger_items_carry_their_article(existing_db):
    (q,) = existing_db.quotes()
    assert (q["text"], q["speaker"]["code"], q["published"]) == (
        "talks will continue", "RUS", "2025-05-17")
    items = existing_db.ledger_items()
    assert [i["kind"] for i in items] == ["position", "round"]
    assert items[1]["venue"] == {"name": "Istanbul"} and items[1]["url"] == "https://example.org/a"
    assert [i["kind"] for i in existing_db.ledger_items(kinds=["rounds"])] == ["round"]


# ---------------------------------------------------------------- errors


def test_missing_database_for_reading(tmp_path):
    with pytest.raises(StoreError) as exc:
        Store(tmp_path / "none.duckdb", read_only=True)
    assert str(exc.value) == (f"no detente database at {tmp_path / 'none.duckdb'}; run `detente "
                              "ingest` first or point --db at an existing file")


def test_locked_database_names_the_problem(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store(path).close()
    holder = subprocess.Popen([sys.executable, "-c", "import duckdb, sys, time; "
                               f"c = duckdb.connect({str(path)!r}); print('ok', flush=True); "
                               "sys.stdin.read()"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              text=True)
    try:
        assert holder.stdout.readline().strip() == "ok"
        with pytest.raises(StoreError) as exc:
            Store(path)
        assert str(exc.value) == (f"another detente process is writing to {path}; wait for it "
                                  "or use --db")
    finally:
        holder.stdin.close()
        holder.wait(timeout=20)


def test_a_foreign_duckdb_file_is_refused(tmp_path):
    path = tmp_path / "other.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError) as exc:
        Store(path, read_only=True)
    assert str(exc.value) == (f"{path} is not a detente database (no meta table); give "
                              "another --db")


# ---------------------------------------------------------------- export


def test_plover_keeps_asserted_and_turns_future_consult_into_agree():
    art = Article.make("x", published=dt.date(2025, 5, 17))
    rows = [dict(make_event(art, 1, modality=m, event=c).as_dict(), article_id=art.id,
                 published="2025-05-17", url=None)
            for c, m in (("CONSULT", "asserted"), ("CONSULT", "future"), ("THREATEN", "future"),
                         ("ASSAULT", "negated"), ("AID", "hypothetical"))]
    out = [plover_record(r) for r in rows]
    assert [o and (o["event"], o["source_event"], o["source_modality"]) for o in out] == [
        ("CONSULT", "CONSULT", "asserted"), ("AGREE", "CONSULT", "future"), None, None, None]
    first = out[0]
    assert (first["actor"], first["actor_country"], first["actor_sector"]) == ("Russia", "RUS", "GOV")
    assert (first["recipient_country"], first["text"]) == ("UKR", "x")


def test_plover_undated_event_uses_publication_date_and_says_so(existing_db):
    ev = existing_db.events(modality="negated")[0]
    ev["modality"] = "asserted"
    rec = plover_record(ev)
    assert (rec["date"], rec["date_source"]) == ("2025-05-17", "publication")


def test_csv_export_one_header_iso_dates_and_no_formula_injection(tmp_path):
    hostile = "=HYPERLINK(\"http://evil\")"
    with Store(tmp_path / "c.duckdb") as store:
        store.write([make_analysis(text=hostile, events=lambda a: (
            make_event(a, 1, actor=(Actor("+cmd", "RUS", "GOV", "@name"),)),))])
        out = tmp_path / "e.csv"
        assert export(store, "csv", out) == 1
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert rows[0]["sentence"] == "'" + hostile
    assert (rows[0]["actor_text"], rows[0]["actor_name"]) == ("'+cmd", "'@name")
    assert rows[0]["lat"] == "41.01"  # numbers are never prefixed
    assert (rows[0]["date"], rows[0]["published"]) == ("2025-05-16", "2025-05-17")
    # loads as a table with typed columns (what pandas / R read.csv do)
    con = duckdb.connect()
    assert con.execute(f"SELECT count(*), max(lat) FROM read_csv('{out}')").fetchone() == (1, 41.01)


def test_parquet_export_has_lists_and_types(existing_db, tmp_path):
    out = tmp_path / "e.parquet"
    assert export(existing_db, "parquet", out) == 3
    rows = duckdb.connect().execute(
        f"SELECT event, actor_code, context, hedged, lat FROM read_parquet('{out}') "
        "ORDER BY event").fetchall()
    assert rows[1] == ("ASSAULT", ["RUS"], ["diplomatic"], False, 41.01)


def test_table_strips_terminal_control_sequences():
    assert clean_cell("ok\x1b[31mred\x07\u202eevil\nnext") == "ok [31mred evil next"
    assert clean_cell("abcdef", 4) == "abc…"
    art = Article.make("x")
    table = format_table([dict(make_event(art, 1, sentence="Boom\x1b]0;pwned\x07 now").as_dict())],
                         width=100)
    assert "\x1b" not in table and "\x07" not in table
    assert table.splitlines()[0].split() == ["date", "event", "modality", "actor", "recipient",
                                             "where", "evidence"]
