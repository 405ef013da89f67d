"""Every event is dated, with its basis: the record, the store's DATE column and its upgrade,
the filters, CSV/Parquet/PLOVER, the ledger and the scorer (the contract is docs/dates.md).

Hermetic except the two tests marked ``model``, which run the real pipeline.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path
from types import SimpleNamespace

import duckdb
import pytest
from click.testing import CliRunner

from detente import records
from detente.cli import main
from detente.errors import StoreError
from detente.events import _dated
from detente.evaluate.document import score_document_gold
from detente.export import csv_row, export
from detente.peace import consult
from detente.plover import plover_record
from detente.records import DateRef
from detente.store import SCHEMA_VERSION, Store

from test_evaluate import ART, _arrest, _gold_doc, out, sys_event
from test_store import make_analysis, make_event

SHARED = Path(__file__).resolve().parents[2] / "shared"
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
PUBLISHED = dt.date(2025, 5, 17)


# ---------------------------------------------------------------- the record


@pytest.mark.parametrize("value, first, last, precision", [
    ("2025-05-16", dt.date(2025, 5, 16), dt.date(2025, 5, 16), "day"),
    ("2025-02", dt.date(2025, 2, 1), dt.date(2025, 2, 28), "month"),
    ("2024-02", dt.date(2024, 2, 1), dt.date(2024, 2, 29), "month"),  # leap year
    ("2025-12", dt.date(2025, 12, 1), dt.date(2025, 12, 31), "month"),  # the year turns
    ("2024", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year"),
])
def test_a_date_at_any_precision_is_a_period_with_a_first_and_last_day(value, first, last,
                                                                       precision):
    assert records.first_day(value) == first
    assert records.last_day(value) == last
    assert records.date_precision(value) == precision
    assert records.at_precision(first, precision) == value  # back to the JSON form


def test_a_short_value_says_its_precision_whatever_the_field_claims():
    assert records.date_precision("2025-06", "day") == "month"
    # a full day stated as a month ("in June", written as its first day) stays a month
    assert records.date_precision("2025-06-01", "month") == "month"
    assert records.date_precision(dt.date(2025, 6, 1)) == "day"


def _draft(ref=None, modality="asserted"):
    # ``_dated`` reads only these two attributes of a draft
    return SimpleNamespace(date=ref, modality=modality)


FRIDAY = DateRef("on Friday", 0, 9, "point", "2025-05-16", "day")
MAY = DateRef("in May", 0, 6, "point", "2025-05", "month")
VAGUE = DateRef("in the coming weeks", 0, 19, "unresolved")
MARCH_2022 = DateRef("since March 2022", 0, 16, "interval_start", "2022-03", "month")


@pytest.mark.parametrize("ref, modality, published, expected", [
    # the sentence states the date
    (FRIDAY, "asserted", PUBLISHED, ("2025-05-16", "day", "on Friday", "text")),
    (MAY, "asserted", PUBLISHED, ("2025-05", "month", "in May", "text")),
    # nothing stated: the report date stands in, and says so
    (None, "asserted", PUBLISHED, ("2025-05-17", "day", None, "publication")),
    (None, "future", PUBLISHED, ("2025-05-17", "day", None, "publication")),
    (None, "negated", PUBLISHED, ("2025-05-17", "day", None, "publication")),
    # words that name no calendar day are kept beside the publication date
    (VAGUE, "future", PUBLISHED, ("2025-05-17", "day", "in the coming weeks", "publication")),
    # a historical event keeps its stated date, and only that
    (MARCH_2022, "historical", PUBLISHED, ("2022-03", "month", "since March 2022", "text")),
    (None, "historical", PUBLISHED, (None, None, None, None)),
    (VAGUE, "historical", PUBLISHED, (None, None, None, None)),
    # no publication date and no stated one: undated (never today's date)
    (None, "asserted", None, (None, None, None, None)),
    (FRIDAY, "asserted", None, ("2025-05-16", "day", "on Friday", "text")),
])
def test_an_event_is_dated_by_its_text_else_by_its_publication(ref, modality, published,
                                                               expected):
    assert _dated(_draft(ref, modality), published) == expected


def test_the_json_contract_names_the_basis_and_drops_date_source():
    art = records.Article.make("x", published=PUBLISHED)
    d = make_event(art, 1).as_dict()
    assert [k for k in d if k.startswith("date")] == [
        "date", "date_precision", "date_basis", "date_text"]
    assert d["date_basis"] == "text"


# ---------------------------------------------------------------- the store


def _events(art):
    pub = dict(date="2025-05-17")
    return (make_event(art, 1),  # 2025-05-16, text
            make_event(art, 2, "AGREE", "future", "2025-06"),
            records.Event(**{**make_event(art, 3, "ASSAULT").__dict__, **pub,
                             "date_basis": "publication", "date_text": None}),
            records.Event(**{**make_event(art, 4, "ACCUSE", "historical", "2024").__dict__,
                             "date_precision": "year"}),
            make_event(art, 5, "REJECT", "historical", None))


@pytest.fixture
def dated_db(tmp_path):
    with Store(tmp_path / "d.duckdb") as store:
        store.write([make_analysis(events=_events)])
        yield store


def test_the_store_keeps_a_real_date_and_sql_compares_it_with_published(dated_db):
    types = {r[0]: r[1] for r in dated_db.con.execute("DESCRIBE events").fetchall()}
    assert (types["date"], types["date_basis"]) == ("DATE", "VARCHAR")
    assert "date_source" not in types
    rows = dated_db.con.execute(
        "SELECT e.event, e.date, e.date_precision, e.date_basis, e.date > a.published "
        "FROM events e JOIN articles a ON a.id = e.article_id ORDER BY e.id").fetchall()
    assert rows == [
        ("CONSULT", dt.date(2025, 5, 16), "day", "text", False),
        ("AGREE", dt.date(2025, 6, 1), "month", "text", True),  # a month: its first day
        ("ASSAULT", dt.date(2025, 5, 17), "day", "publication", False),
        ("ACCUSE", dt.date(2024, 1, 1), "year", "text", False),
        ("REJECT", None, None, None, None)]


def test_reading_back_gives_the_json_contract(dated_db):
    got = {e["event"]: (e["date"], e["date_precision"], e["date_basis"])
           for e in dated_db.events(include_non_asserted=True)}
    assert got == {"CONSULT": ("2025-05-16", "day", "text"),
                   "AGREE": ("2025-06", "month", "text"),
                   "ASSAULT": ("2025-05-17", "day", "publication"),
                   "ACCUSE": ("2024", "year", "text"),
                   "REJECT": (None, None, None)}


@pytest.mark.parametrize("since, until, expected", [
    # a period matches when it overlaps the filter's: June 2025 is after June 10
    ("2025-06-10", None, ["AGREE"]),
    ("2025-07", None, []),
    # publication-dated events count like stated ones
    ("2025-05-17", "2025-05-17", ["ASSAULT"]),
    ("2025", None, ["CONSULT", "AGREE", "ASSAULT"]),
    # a year-precision event lies within any part of its year; undated ones never match
    ("2024-12-31", "2025-01", ["ACCUSE"]),
    (None, "2025-05-16", ["CONSULT", "ACCUSE"]),
    (dt.date(2025, 5, 16), dt.date(2025, 6, 1), ["CONSULT", "AGREE", "ASSAULT"]),
])
def test_since_and_until_compare_periods(dated_db, since, until, expected):
    got = dated_db.events(since=since, until=until, include_non_asserted=True)
    assert [e["event"] for e in got] == expected


# ---------------------------------------------------------------- an older store


_V1_EVENTS = """id VARCHAR, article_id VARCHAR, event VARCHAR, mode VARCHAR,
    context VARCHAR[], modality VARCHAR, hedged BOOLEAN, date VARCHAR,
    date_precision VARCHAR, date_text VARCHAR, date_source VARCHAR,
    location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
    lat DOUBLE, lon DOUBLE, geonameid BIGINT, sentence VARCHAR, sentence_start INTEGER,
    sentence_end INTEGER, trigger VARCHAR, confidence DOUBLE, also_evidence VARCHAR"""


def _schema_1_file(path) -> None:
    """The events of a store written by detente before event dates were dates."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '1')")
    con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, "
                "source VARCHAR, published DATE, origin VARCHAR, text VARCHAR, "
                "extractor_version VARCHAR, ingested_at TIMESTAMP, content_hash VARCHAR)")
    con.execute("INSERT INTO articles (id, published, text) VALUES ('a', DATE '2025-05-17', "
                "'x'), ('b', NULL, 'y')")
    con.execute(f"CREATE TABLE events ({_V1_EVENTS})")
    for row in (("e1", "a", "asserted", "2025-05-16", "day", "text"),
                ("e2", "a", "future", "2025-06", "month", "text"),
                ("e3", "a", "asserted", "2024", "year", "text"),
                ("e4", "a", "asserted", None, None, None),  # schema 1 left it undated
                ("e5", "a", "historical", None, None, None),
                ("e6", "b", "asserted", None, None, None)):  # no publication date either
        con.execute("INSERT INTO events (id, article_id, event, modality, date, date_precision,"
                    " date_source) VALUES (?, ?, 'CONSULT', ?, ?, ?, ?)",
                    [row[0], row[1], *row[2:]])
    con.close()


def test_an_older_store_is_refused_for_reading_with_what_to_do(tmp_path):
    path = tmp_path / "old.duckdb"
    _schema_1_file(path)
    with pytest.raises(StoreError) as exc:
        Store(path, read_only=True)
    assert str(exc.value) == (
        f"{path} was written by an older detente (store schema 1; this one uses 2, with event "
        f"dates as dates): the next `detente ingest ... --db {path}` upgrades it in place, "
        "keeping its rows; or ingest into a new --db")


def test_an_older_store_is_upgraded_in_place_when_opened_to_write(tmp_path):
    path = tmp_path / "old.duckdb"
    _schema_1_file(path)
    Store(path).close()
    with Store(path, read_only=True) as store:
        rows = store.con.execute("SELECT id, date, date_precision, date_basis FROM events "
                                 "ORDER BY id").fetchall()
        version = store.con.execute("SELECT value FROM meta").fetchone()[0]
        events = {e["id"]: e["date"] for e in store.events(include_non_asserted=True)}
    assert version == str(SCHEMA_VERSION) == "2"
    assert rows == [("e1", dt.date(2025, 5, 16), "day", "text"),
                    ("e2", dt.date(2025, 6, 1), "month", "text"),
                    ("e3", dt.date(2024, 1, 1), "year", "text"),
                    ("e4", dt.date(2025, 5, 17), "day", "publication"),
                    ("e5", None, None, None),
                    ("e6", None, None, None)]
    assert events == {"e1": "2025-05-16", "e2": "2025-06", "e3": "2024", "e4": "2025-05-17",
                      "e5": None, "e6": None}
    Store(path).close()  # a second open finds nothing to do


def test_a_newer_store_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.duckdb"
    Store(path).close()
    con = duckdb.connect(str(path))
    con.execute("UPDATE meta SET value = '3'")
    con.close()
    for read_only in (True, False):
        with pytest.raises(StoreError) as exc:
            Store(path, read_only=read_only)
        assert str(exc.value) == (f"{path} was written by a newer detente (store schema 3; "
                                  "this one reads 2): upgrade detente, or ingest into a new --db")
    con = duckdb.connect(str(path), read_only=True)
    assert con.execute("SELECT value FROM meta").fetchone() == ("3",)
    con.close()


# ---------------------------------------------------------------- exports


def test_csv_writes_the_first_day_with_precision_and_basis(dated_db, tmp_path):
    target = tmp_path / "e.csv"
    export(dated_db, "csv", target)
    with open(target, encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["event"], r["date"], r["date_precision"], r["date_basis"], r["published"])
            for r in rows] == [
        ("CONSULT", "2025-05-16", "day", "text", "2025-05-17"),
        ("AGREE", "2025-06-01", "month", "text", "2025-05-17"),
        ("ASSAULT", "2025-05-17", "day", "publication", "2025-05-17"),
        ("ACCUSE", "2024-01-01", "year", "text", "2025-05-17"),
        ("REJECT", "", "", "", "2025-05-17")]


def test_parquet_types_dates_as_dates(dated_db, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    target = tmp_path / "e.parquet"
    export(dated_db, "parquet", target)
    table = pq.read_table(target)
    assert table.schema.field("date").type == pa.date32()
    assert table.schema.field("published").type == pa.date32()
    assert table.column("date").to_pylist() == [
        dt.date(2025, 5, 16), dt.date(2025, 6, 1), dt.date(2025, 5, 17), dt.date(2024, 1, 1),
        None]


def test_plover_keeps_the_basis_of_a_publication_date(dated_db):
    ev = next(e for e in dated_db.events() if e["event"] == "ASSAULT")
    rec = plover_record(ev)
    assert (rec["date"], rec["date_precision"], rec["date_basis"], rec["date_text"]) == (
        "2025-05-17", "day", "publication", None)


def test_a_csv_row_of_an_analysis_event_is_typed_like_the_store_one():
    art = records.Article.make("x", published=PUBLISHED)
    row = csv_row({**make_event(art, 2, "AGREE", "future", "2025-06").as_dict(),
                   "published": "2025-05-17"})
    assert (row["date"], row["date_basis"]) == ("2025-06-01", "text")


# ---------------------------------------------------------------- consumers


def _meeting(modality, date, basis):
    art = records.Article.make("x", published=PUBLISHED)
    ev = make_event(art, 1, "CONSULT", modality, date)
    return records.Event(**{**ev.__dict__, "date_basis": basis})


def test_a_publication_date_does_not_schedule_a_round():
    # "a new round of talks will be held": reported on the 17th, not held then
    assert consult.status_of(_meeting("future", "2025-05-17", "publication")) == "expected"
    assert consult.date_of(_meeting("future", "2025-05-17", "publication")) is None
    assert consult.status_of(_meeting("future", "2025-06-02", "text")) == "scheduled"


def test_an_earlier_round_is_found_by_a_stated_date_only():
    held = _meeting("historical", "2025-05-17", "text")
    reported = _meeting("asserted", "2025-05-17", "publication")
    for ev, found in ((held, True), (reported, False)):
        meetings = consult.Meetings.of([ev])
        assert (consult.event_dated(meetings, 0, 100, "2025-05-17") is not None) == found


@pytest.mark.parametrize("sys_date, basis, right", [
    ("2025-03-12", "publication", True),  # the text gives none; the report date says so
    ("2025-03-12", "text", False),  # a date claimed from the text that is not there
    (None, None, True),
])
def test_the_scorer_accepts_a_publication_date_for_a_gold_null(sys_date, basis, right):
    gold = _gold_doc("a", [_arrest(date=None)])
    ev = sys_event("COERCE", ["PAK"], sentence="ISLAMABAD - Police arrested five men in "
                   "Quetta on Tuesday.", date=sys_date)
    ev["date_basis"] = basis
    figures = score_document_gold(gold, ART, out(ev))["figures"]
    assert (figures["date_acc"], figures["full_date"]) == ((1.0,) * 2 if right else (0.0,) * 2)


# ---------------------------------------------------------------- the real pipeline


@pytest.mark.model
def test_the_pipeline_dates_every_reported_event(analyzer):
    text = ("Russian and Ukrainian delegations held talks in Istanbul on Friday. "
            "Turkey condemned the shelling of Kharkiv. "
            "The two countries fought a war in the past.")
    art = records.Article.make(text, published=PUBLISHED)
    (analysis,) = analyzer.analyze([art])
    events = analysis.events
    by_event = {e.event: (e.date, e.date_precision, e.date_basis, e.modality) for e in events}
    assert by_event["CONSULT"] == ("2025-05-16", "day", "text", "asserted")
    assert by_event["ACCUSE"] == ("2025-05-17", "day", "publication", "asserted")
    for e in events:
        assert e.date is not None or e.modality == "historical"


def _voa_2025(n: int) -> list[str]:
    lines = []
    with open(VOA, encoding="utf-8") as fh:
        for line in fh:
            if json.loads(line).get("published", "")[:4] == "2025":
                lines.append(line)
            if len(lines) == n:
                break
    return lines


@pytest.mark.model
@pytest.mark.skipif(not VOA.exists(), reason="the VOA corpus is not on this machine")
def test_since_finds_every_event_of_stories_from_that_year(tmp_path, analyzer, monkeypatch):
    from detente import pipeline

    monkeypatch.setattr(pipeline, "Analyzer", lambda options=None: analyzer)
    stories = tmp_path / "voa.jsonl"
    stories.write_text("".join(_voa_2025(4)), encoding="utf-8")
    db = str(tmp_path / "voa.duckdb")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(stories), "--db", db, "--no-progress"])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        stored = store.events(include_non_asserted=True)
    # every event that is not historical, less any the text itself dates before 2025
    expected = {e["id"] for e in stored if e["modality"] != "historical"
                and not (e["date_basis"] == "text" and e["date"] < "2025")}
    assert len(expected) > 10
    res = runner.invoke(main, ["events", "--db", db, "--since", "2025-01-01", "--all",
                               "--format", "json"])
    got = {json.loads(line)["id"] for line in res.stdout.splitlines()}
    assert expected <= got
    assert all(e["date"] is not None for e in stored if e["modality"] != "historical")


def test_the_table_marks_a_date_the_text_does_not_state(dated_db):
    from detente.export import format_table

    lines = format_table(dated_db.events(include_non_asserted=True), width=120).splitlines()
    assert [line.split()[0] for line in lines[2:7]] == [
        "2025-05-16", "2025-06", "2025-05-17*", "2024", "-"]
    assert lines[-1] == ("* publication date: the article reports the event without a date "
                         "of its own")
    stated = format_table(dated_db.events(type="CONSULT"), width=120).splitlines()
    assert len(stated) == 3  # nothing marked, no note


def test_a_story_keeps_its_date_at_its_precision(dated_db):
    # the store's DATE column holds a year as its first day; the story says the year
    dated_db.rebuild_stories()
    got = [(s["event"], s["date"], s["date_precision"]) for s in dated_db.stories()]
    assert got == [("ACCUSE", "2024", "year"), ("CONSULT", "2025-05-16", "day"),
                   ("ASSAULT", "2025-05-17", "day"), ("REJECT", None, None)]
