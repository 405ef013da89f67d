"""The core commands, through click's CliRunner, then a look inside the database.

Extraction is replaced by a fake analyzer (one CONSULT per article, one future AGREE) so these
tests pin the CLI's behaviour, not the model's; two tests marked ``model`` run the real thing.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente import pipeline
from detente.cli import main
from detente.records import Analysis
from detente.store import Store

from detente.plover import schema as plover_schema
from schema_check import errors as schema_errors
from test_store import _holder, _release, make_event

ROOT = Path(__file__).resolve().parents[1]
IN = Path(__file__).parent / "fixtures" / "ingest"
#: The example articles, as the README ingests them: a directory (the knowledge-base file sits
#: one level up, since a directory walk reports every file it cannot read as an article).
EXAMPLE_ARTICLES = [str(ROOT / "examples" / "news")]


class FakeAnalyzer:
    """Stands in for pipeline.Analyzer: counts calls, makes two events per article."""

    calls = 0

    def __init__(self, options=None):
        self.options = options

    def results(self, articles):
        for art in articles:
            FakeAnalyzer.calls += 1
            yield Analysis(art, events=(make_event(art, 1, sentence=art.text[:40]),
                                        make_event(art, 2, "CONSULT", "future", "2025-06")))

    analyze = results


@pytest.fixture
def fake(monkeypatch):
    FakeAnalyzer.calls = 0
    monkeypatch.setattr(pipeline, "Analyzer", FakeAnalyzer)
    return FakeAnalyzer


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def existing_db(tmp_path, fake, runner):
    db = tmp_path / "x.duckdb"
    res = runner.invoke(main, ["ingest", *EXAMPLE_ARTICLES, "--db", str(db)])
    assert res.exit_code == 0, res.output
    return db


# ---------------------------------------------------------------- help


def test_every_command_has_help_with_an_example(runner):
    core = ["analyze", "ingest", "events", "export"]
    assert set(core) <= set(main.commands)
    for name in core:
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0
        assert "Example" in res.output and main.commands[name].help, name


# ---------------------------------------------------------------- ingest


def test_ingest_stores_articles_and_prints_a_summary(existing_db, fake, runner):
    with Store(existing_db, read_only=True) as store:
        assert store.counts()["articles"] == 4
        titles = {a["title"] for a in store.articles()}
    assert "Opposition rejects election timetable" in titles
    assert fake.calls == 4


def test_reingest_is_idempotent_and_skips_analysis(existing_db, fake, runner):
    res = runner.invoke(main, ["ingest", *EXAMPLE_ARTICLES, "--db", str(existing_db)])
    assert res.exit_code == 0
    assert res.stderr.strip().splitlines()[-1] == (
        "articles: 4 read, 0 new, 0 replaced, 4 unchanged; 0 events, 0 quotes; 0 rejected")
    assert fake.calls == 4  # nothing analysed the second time
    with Store(existing_db, read_only=True) as store:
        assert store.counts()["events"] == 8


def test_ingest_with_rejections_exits_2_and_quarantines(tmp_path, fake, runner):
    db = tmp_path / "q.duckdb"
    res = runner.invoke(main, ["ingest", str(IN / "stories.jsonl"), str(IN / "empty.txt"),
                               "--db", str(db)])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert lines[0] == (f"rejected: {IN / 'stories.jsonl'}:2: line is not valid JSON "
                        "(Unterminated string starting at column 21); fix or remove the line")
    assert lines[3] == (f"rejected: {IN / 'empty.txt'}: file is empty (0 bytes); put the "
                        "article in it or leave it out")
    assert lines[-1] == ("articles: 2 read, 2 new, 0 replaced, 0 unchanged; 4 events, "
                         "0 quotes; 4 rejected")
    with Store(db, read_only=True) as store:
        assert sorted(q["code"] for q in store.quarantine()) == [
            "bad_date", "bad_json", "empty", "no_text"]


def test_bad_published_gives_the_baddate_message(tmp_path, fake, runner):
    res = runner.invoke(main, ["ingest", str(IN / "front_matter.txt"), "--db",
                               str(tmp_path / "d.duckdb"), "--published", "2025-02-30"])
    assert res.exit_code == 1
    assert res.stderr == ("Error: --published: '2025-02-30' is not a valid date; use YYYY-MM-DD "
                          "(for example 2025-05-29).\n")


# ---------------------------------------------------------------- events / export


def test_events_json_filters_by_actor_and_modality(existing_db, runner):
    res = runner.invoke(main, ["events", "--db", str(existing_db), "--actor", "RUS",
                               "--format", "json"])
    rows = [json.loads(line) for line in res.output.splitlines()]
    assert len(rows) == 4 and {r["modality"] for r in rows} == {"asserted"}
    res = runner.invoke(main, ["events", "--db", str(existing_db), "--modality", "future",
                               "--format", "json", "--limit", "1"])
    assert [json.loads(line)["modality"] for line in res.output.splitlines()] == ["future"]


def test_events_table_and_csv(existing_db, runner):
    res = runner.invoke(main, ["events", "--db", str(existing_db), "--type", "consult"])
    assert res.exit_code == 0
    assert res.output.splitlines()[0].split()[:3] == ["date", "event", "modality"]
    assert len(res.output.splitlines()) == 2 + 4
    res = runner.invoke(main, ["events", "--db", str(existing_db), "--format", "csv", "--all"])
    rows = list(csv.reader(io.StringIO(res.stdout)))
    assert rows[0][:4] == ["id", "article_id", "published", "date"]
    assert len(rows) == 1 + 8  # sentences with newlines stay inside their quoted cell


def test_events_on_a_missing_db(tmp_path, runner):
    res = runner.invoke(main, ["events", "--db", str(tmp_path / "none.duckdb")])
    assert res.exit_code == 1
    assert res.stderr == (f"Error: no detente database at {tmp_path / 'none.duckdb'}; run "
                          "`detente ingest` first or point --db at an existing file\n")


@pytest.mark.parametrize("command", [["events"], ["rounds"], ["export", "--format", "csv", "-"]])
def test_readers_on_a_busy_db_wait_then_name_the_holder(existing_db, runner, command):
    proc, program = _holder(existing_db, "rw")
    try:
        res = runner.invoke(main, [*command, "--db", str(existing_db), "--wait", "0.3"])
    finally:
        _release(proc)
    assert res.exit_code == 1
    assert res.stderr == (f"Error: {existing_db} is busy: PID {proc.pid} ({program}) has it "
                          "open for writing; gave up after waiting 0.3 s. Close that connection "
                          "(connect with read_only=True to share the file with detente "
                          "readers), or raise --wait\n")


def test_events_bad_since(existing_db, runner):
    res = runner.invoke(main, ["events", "--db", str(existing_db), "--since", "2025-13"])
    assert res.stderr == ("Error: --since/--until: '2025-13' is not a valid date; use "
                          "YYYY-MM-DD (for example 2025-05-29).\n")


@pytest.mark.parametrize("fmt, count", [("plover", 8), ("csv", 8), ("parquet", 8)])
def test_export_writes_the_file(existing_db, runner, tmp_path, fmt, count):
    out = tmp_path / f"out.{fmt}"
    res = runner.invoke(main, ["export", "--format", fmt, str(out), "--db", str(existing_db)])
    assert res.exit_code == 0, res.output
    assert res.stderr == f"{count} events written to {out}\n"
    if fmt == "plover":
        recs = [json.loads(line) for line in out.read_text().splitlines()]
        # future CONSULT goes out as AGREE in strict PLOVER
        assert sorted({e for r in recs for e in r["event"]}) == ["AGREE", "CONSULT"]
        for rec in recs:
            assert schema_errors(rec, plover_schema()) == []


# ---------------------------------------------------------------- analyze


def test_analyze_jsonl_prints_one_object_per_article_in_input_order(fake, runner):
    res = runner.invoke(main, ["analyze", str(ROOT / "examples" / "news" / "stories.jsonl")])
    assert res.exit_code == 0
    out = [json.loads(line) for line in res.output.splitlines()]
    assert [o["article"]["title"] for o in out] == [
        "Harbour blockade eases as Marenia lets grain ships through",
        "Opposition rejects election timetable", "Sanctions widened after border shelling"]
    assert set(out[0]) == {"article", "events", "quotes", "statements", "rounds", "positions",
                           "claims"}


def test_analyze_stdin_and_plover(fake, runner):
    res = runner.invoke(main, ["analyze", "-", "--format", "plover", "--published", "2024-01-02"],
                        input="Envoys met in Doha.")
    recs = [json.loads(line) for line in res.output.splitlines()]
    # a month-precision date goes out as its first day, with its precision beside it
    assert [(r["event"], r["date"], r["date_precision"]) for r in recs] == [
        (["CONSULT"], "2025-05-16", "day"), (["AGREE"], "2025-06-01", "month")]
    for rec in recs:
        assert schema_errors(rec, plover_schema()) == []


def test_analyze_table_escapes_control_characters(fake, runner):
    res = runner.invoke(main, ["analyze", "-", "--format", "table"],
                        input="Envoys \x1b[2Jmet in Doha.")
    assert res.exit_code == 0 and "\x1b" not in res.output and "met in Doha" in res.output


def test_analyze_rejected_input_exits_2(fake, runner):
    res = runner.invoke(main, ["analyze", str(IN / "navigation.html")])
    assert res.exit_code == 2 and res.stdout == ""
    assert res.stderr == (f"rejected: {IN / 'navigation.html'}: no article text found in the "
                          "HTML (only navigation or boilerplate); save the article page itself, "
                          "or pass its text as .txt\n")
    assert fake.calls == 0


# ---------------------------------------------------------------- real model


@pytest.mark.model
def test_analyze_example_article_with_the_real_pipeline(runner):
    res = runner.invoke(main, ["analyze", str(ROOT / "examples" / "news" / "ceasefire_talks.txt")])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["article"]["published"] == "2024-10-08"
    text = (ROOT / "examples" / "news" / "ceasefire_talks.txt").read_text()
    for ev in out["events"]:
        ev_text = ev["evidence"]["sentence"]
        assert ev_text in text


@pytest.mark.model
def test_ingest_examples_with_the_real_pipeline(tmp_path, runner):
    db = tmp_path / "real.duckdb"
    res = runner.invoke(main, ["ingest", *EXAMPLE_ARTICLES, "--db", str(db)])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        counts = store.counts()
        assert counts["articles"] == 4
        events = store.events(include_non_asserted=True)
    assert counts["events"] == len(events)
