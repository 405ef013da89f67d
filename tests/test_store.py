"""The DuckDB store: idempotent writes, version replacement, filters, and clear errors.

Analyses here are built by hand (no model), so the store is tested apart from extraction.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import os
import subprocess
import sys
import threading

import duckdb
import pytest

from detente import records
from detente.errors import StoreBusy, StoreError
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
                 confidence=0.9, date_basis="text" if date else None)


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


@pytest.mark.parametrize("stored, now, current", [
    ("0.1.0+3f9a1c0d2b7e", "0.1.0+3f9a1c0d2b7e", True),   # same rules and data
    ("0.1.0+3f9a1c0d2b7e", "0.1.0+000000000001", False),  # a lexicon changed: replace
    ("0.1.0+123456789012", "0.1.0+abcdefabcdef", False),  # digits vs letters: no TypeError
    ("0.10.0+aaaaaaaaaaaa", "0.9.1+bbbbbbbbbbbb", True),  # a newer release's rows stay
    ("0.9.1+aaaaaaaaaaaa", "0.10.0+bbbbbbbbbbbb", False),
    ("0.1.0", "0.1.0+3f9a1c0d2b7e", False),               # stored before fingerprints
    (None, "0.1.0", False),
])
def test_which_stored_versions_are_current(stored, now, current):
    from detente.store import _is_current

    assert _is_current(stored, now) is current


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
    assert [i["ledger_kind"] for i in items] == ["position", "round"]
    assert items[1]["venue"] == {"name": "Istanbul"} and items[1]["url"] == "https://example.org/a"
    assert [i["kind"] for i in existing_db.ledger_items(kinds=["rounds"])] == ["round"]


# ---------------------------------------------------------------- errors


def _holder(path, mode: str, command: str | None = None) -> tuple[subprocess.Popen, str]:
    """A process that holds ``path`` open (mode "rw" or "ro") until its stdin closes.

    With ``command`` its command line reads like a detente command of that name. Returns the
    process and its program text as a lock message shows it (basename, 80 characters at most).
    """
    code = ("import duckdb, sys; c = duckdb.connect(sys.argv[-2], read_only=sys.argv[-1] == "
            "'ro'); print('ok', flush=True); sys.stdin.read()")
    if command:
        code = "# detente\n" + code
    argv = [sys.executable, "-c", code, *([command] if command else []), str(path), mode]
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ok"
    shown = " ".join([os.path.basename(sys.executable), *argv[1:]]).replace("\n", " ")
    return proc, (shown if len(shown) <= 80 else shown[:79] + "…")


def _release(proc: subprocess.Popen) -> None:
    proc.stdin.close()
    proc.wait(timeout=20)


@pytest.mark.parametrize("holder_mode, command, read_only, expected", [
    # a notebook that connected read-write keeps readers and writers out
    ("rw", None, True, "{path} is busy: PID {pid} ({program}) has it open for writing; gave up "
     "after waiting 0.2 s. Close that connection (connect with read_only=True to share the file "
     "with detente readers), or raise --wait"),
    # a read-only notebook keeps only writers out: the message must not say "writing"
    ("ro", None, False, "{path} is busy: PID {pid} ({program}) has it open read-only, which "
     "keeps writers out; gave up after waiting 0.2 s. Close that connection so detente can "
     "write, or raise --wait"),
    # two ingests into one database
    ("rw", "ingest", False, "{path} is busy: detente ingest (PID {pid}) is writing to it; gave "
     "up after waiting 0.2 s. Let it finish, or ingest into another --db"),
    ("rw", "ingest", True, "{path} is busy: detente ingest (PID {pid}) is writing to it; gave "
     "up after waiting 0.2 s. It lets readers in between batches, so try again or raise --wait"),
    ("ro", "events", False, "{path} is busy: detente events (PID {pid}) is reading it; gave up "
     "after waiting 0.2 s. Wait for it to finish, or raise --wait"),
])
def test_a_locked_database_names_the_real_holder(tmp_path, holder_mode, command, read_only,
                                                 expected):
    path = tmp_path / "busy.duckdb"
    Store(path).close()
    proc, program = _holder(path, holder_mode, command)
    try:
        with pytest.raises(StoreBusy) as exc:
            Store(path, read_only=read_only, wait=0.2)
        assert str(exc.value) == expected.format(path=path, pid=proc.pid, program=program)
    finally:
        _release(proc)


def test_a_reader_waits_for_the_writer_to_let_go(tmp_path):
    path = tmp_path / "busy.duckdb"
    Store(path).close()
    proc, _ = _holder(path, "rw")
    threading.Timer(0.3, _release, [proc]).start()
    with Store(path, read_only=True, wait=20) as store:  # would raise StoreBusy without waiting
        assert store.counts()["articles"] == 0


def test_missing_database_for_reading(tmp_path):
    with pytest.raises(StoreError) as exc:
        Store(tmp_path / "none.duckdb", read_only=True)
    assert str(exc.value) == (f"no detente database at {tmp_path / 'none.duckdb'}; run `detente "
                              "ingest` first or point --db at an existing file")


def test_a_foreign_duckdb_file_is_refused_for_reading_and_writing(tmp_path):
    path = tmp_path / "other.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE sales (x INTEGER)")
    for read_only in (True, False):
        with pytest.raises(StoreError) as exc:
            Store(path, read_only=read_only)
        assert str(exc.value) == (f"{path} is not a detente database (no meta table); give "
                                  "another --db")
    with duckdb.connect(str(path)) as con:  # and nothing was added to it
        assert con.execute("SELECT table_name FROM information_schema.tables").fetchall() == [
            ("sales",)]


# ---------------------------------------------------------------- repair of cut-short files


def test_an_empty_file_left_by_a_kill_is_set_up_by_the_next_writer(tmp_path):
    path = tmp_path / "cut.duckdb"
    path.write_bytes(b"")
    with pytest.raises(StoreError) as exc:
        Store(path, read_only=True)
    assert str(exc.value) == (f"{path} is empty (0 bytes: its creation was interrupted); run "
                              "`detente ingest` on it to set it up, or give another --db")
    with Store(path) as store:
        store.write([make_analysis()])
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_an_empty_duckdb_database_is_set_up_by_the_next_writer(tmp_path):
    path = tmp_path / "cut.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError) as exc:
        Store(path, read_only=True)
    assert str(exc.value) == (f"{path} is an empty database (its creation was interrupted?); "
                              "run `detente ingest` on it to set it up, or give another --db")
    Store(path).close()
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 0


def test_a_half_created_database_is_repaired_not_refused(tmp_path):
    # What a kill between the CREATE statements of older detente left behind: a meta table
    # without its row, some tables, and no content_hash column yet.
    path = tmp_path / "half.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, "
                    "source VARCHAR, published DATE, origin VARCHAR, text VARCHAR, "
                    "extractor_version VARCHAR, ingested_at TIMESTAMP)")
    with pytest.raises(StoreError) as exc:
        Store(path, read_only=True)
    assert str(exc.value) == (f"{path} was left half-created (no schema version); run "
                              "`detente ingest` on it to repair it")
    with Store(path) as store:
        an = make_analysis()
        store.write([an])
        assert store.counts()["events"] == 3
        assert store.con.execute("SELECT content_hash FROM articles").fetchall() == [
            (an.article.content_hash,)]
    with Store(path, read_only=True) as store:
        assert store.counts()["articles"] == 1


def test_content_hash_is_stored_beside_the_given_id(fresh_db):
    an = make_analysis()
    an = dataclasses.replace(an, article=dataclasses.replace(an.article, id="given-7"))
    fresh_db.write([an])
    assert fresh_db.con.execute("SELECT id, content_hash FROM articles").fetchall() == [
        ("given-7", an.article.content_hash)]


def _with_id(an: Analysis, aid: str) -> Analysis:
    return dataclasses.replace(an, article=dataclasses.replace(an.article, id=aid))


def test_a_corrected_text_under_the_same_id_replaces_the_stored_one(fresh_db):
    fresh_db.write([_with_id(make_analysis(), "given-7")])
    corrected = _with_id(make_analysis("Moscow and Kyiv held talks in Geneva on Friday."),
                         "given-7")
    assert fresh_db.current_ids(["given-7"]) == {"given-7"}
    assert fresh_db.current_ids(["given-7"], {"given-7": corrected.article.content_hash}) == set()
    result = fresh_db.write([corrected])
    assert (result.new, result.replaced, result.unchanged) == (0, 1, 0)
    assert fresh_db.con.execute("SELECT text FROM articles").fetchall() == [
        ("Moscow and Kyiv held talks in Geneva on Friday.",)]


def test_rejections_go_in_with_the_analyses_and_lone_surrogates_are_escaped(fresh_db):
    bad = Rejected("s.jsonl:3", "analysis_failed", "analysis_failed: parse: x", "bad \ud800 text")
    result = fresh_db.write([make_analysis()], [bad])
    assert (result.new, fresh_db.counts()["quarantine"]) == (1, 1)
    assert fresh_db.quarantine()[0]["excerpt"] == "bad \\ud800 text"


def test_a_stored_article_clears_its_earlier_analysis_failure(fresh_db):
    an = make_analysis()
    fresh_db.quarantine_add([Rejected("a.txt", "analysis_timeout", "analysis_timeout: ..."),
                             Rejected("a.txt", "bad_date", "bad date")])
    fresh_db.write([an])
    assert [q["code"] for q in fresh_db.quarantine()] == ["bad_date"]


# ---------------------------------------------------------------- export


def test_plover_keeps_asserted_and_turns_future_consult_into_agree():
    art = Article.make("x", published=dt.date(2025, 5, 17))
    rows = [dict(make_event(art, 1, modality=m, event=c).as_dict(), article_id=art.id,
                 published="2025-05-17", url=None)
            for c, m in (("CONSULT", "asserted"), ("CONSULT", "future"), ("THREATEN", "future"),
                         ("ASSAULT", "negated"), ("AID", "hypothetical"))]
    out = [plover_record(r) for r in rows]
    assert [o and (o["event"], o["detente_event"], o["modality"]) for o in out] == [
        (["CONSULT"], "CONSULT", "asserted"), (["AGREE"], "CONSULT", "future"), None, None, None]
    (actor,), (recipient,) = out[0]["actor"], out[0]["recipient"]
    assert (actor["identifier_text"], actor["code"], actor["sector"]) == ("Russia", "RUS", "GOV")
    assert (recipient["code"], out[0]["text"]) == ("UKR", "x")


def test_plover_undated_event_uses_publication_date_and_says_so(existing_db):
    ev = existing_db.events(modality="negated")[0]
    ev["modality"] = "asserted"
    rec = plover_record(ev)
    assert (rec["date"], rec["date_basis"]) == ("2025-05-17", "publication")


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
        f"SELECT event, [a.code FOR a IN actor], context, hedged, lat "
        f"FROM read_parquet('{out}') ORDER BY event").fetchall()
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
