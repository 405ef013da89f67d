"""The Spark path (``detente spark`` then ``detente load``) stores exactly what one process
stores: every table, row for row, but the columns holding the time of storing.

Runs PySpark on ``local[2]`` with one session for the module (no UI, loopback only, few
shuffle partitions). Skipped only where there is no Java 17+, with the reason; under CI (the
``CI`` environment variable set) a missing Java fails instead, so CI cannot skip it silently.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import duckdb
import pytest

pytest.importorskip("pyspark", reason='pyspark is not installed: pip install -e ".[test,spark]"')

from detente.spark.frame import java_problem  # noqa: E402
from store_dump import store_rows  # noqa: E402

_PROBLEM = java_problem()
if _PROBLEM and os.environ.get("CI"):
    pytest.fail(f"CI must run the Spark test, but {_PROBLEM}", pytrace=False)

pytestmark = [pytest.mark.spark, pytest.mark.model,
              pytest.mark.skipif(_PROBLEM is not None, reason=f"Spark cannot run: {_PROBLEM}")]

GOLD = Path(__file__).resolve().parents[1] / "quality" / "gold" / "voa"


@pytest.fixture(scope="module")
def spark_session():
    from detente.spark import session

    spark = session("local[2]", app="detente-tests",
                    conf={"spark.sql.shuffle.partitions": "2",
                          "spark.default.parallelism": "2"})
    yield spark
    spark.stop()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Four gold VOA stories as JSONL, plus a line with no text, one that is not JSON, the
    first story again (the same article: stored once) and another text under its id."""
    path = tmp_path_factory.mktemp("corpus") / "stories.jsonl"
    docs = [json.loads(p.read_text()) for p in sorted(GOLD.glob("*.json"))[:4]]
    lines = [json.dumps({"id": d["id"], "text": d["text"], "title": d["title"],
                         "url": d["url"], "published": d["published_at"]}) for d in docs]
    lines += ['{"title": "no text here"}', "", "{not json", lines[0],
              json.dumps({"id": docs[0]["id"], "text": "Another story under a taken id."})]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def spark_output(spark_session, corpus, tmp_path_factory):
    from detente.spark import job

    out = tmp_path_factory.mktemp("spark") / "out"
    inputs = job.find_inputs(str(corpus))
    frames, summary = job.analyse(spark_session, inputs)
    try:
        job.write(spark_session, frames, inputs, str(out))
    finally:
        frames.unpersist()
    job._manifest(spark_session, str(out), inputs, summary)
    return out, summary


def test_spark_then_load_stores_what_ingest_stores(spark_output, corpus, tmp_path):
    from detente.archive import load
    from detente.runner import ingest

    out, summary = spark_output
    one = ingest(tmp_path / "one.duckdb", [str(corpus)], workers=1)
    loaded = load(str(tmp_path / "spark.duckdb"), str(out))
    assert (one.new, one.rejected) == (4, 3)
    assert summary.articles == 4 and summary.counts["rejected"] == 3
    assert len(summary.workers) >= 1 and all(w["rss"] > 100 * 2**20
                                             for w in summary.workers.values())
    w = loaded.written
    assert (w.new, w.events, w.quotes, w.rejected) == (4, one.events, one.quotes, 3)
    a, b = store_rows(tmp_path / "one.duckdb"), store_rows(tmp_path / "spark.duckdb")
    assert a.keys() == b.keys() and a["events"] and a["stories"]
    for table in a:
        assert a[table] == b[table], table


def test_the_output_is_parquet_by_publication_month(spark_output):
    out, _ = spark_output
    months = sorted(p.name for p in (out / "events").iterdir() if p.is_dir())
    assert months and all(m.startswith("month=") for m in months)
    assert json.loads((out / "_detente.json").read_text())["partitioned_by"] == "month"
    codes = sorted(r[0] for r in duckdb.sql(
        f"select code from read_parquet('{out}/rejected/*.parquet')").fetchall())
    assert codes == ["bad_json", "duplicate_id", "no_text"]


def test_loading_twice_changes_nothing(spark_output, tmp_path):
    from detente.archive import load

    out, _ = spark_output
    db = str(tmp_path / "twice.duckdb")
    load(db, str(out))
    again = load(db, str(out)).written
    assert (again.new, again.replaced, again.unchanged, again.events) == (0, 0, 4, 0)


def test_load_refuses_a_directory_spark_did_not_write(tmp_path):
    from detente.archive import load
    from detente.errors import SparkError

    with pytest.raises(SparkError) as err:
        load(str(tmp_path / "x.duckdb"), str(tmp_path))
    assert str(err.value) == (f"{tmp_path} has no _detente.json, so it is not (or not yet) the "
                              "output of `detente spark`; give the directory that run wrote "
                              "to, after it finished")


def test_analyze_frame_takes_a_dataframe_and_gives_the_ledger_by_kind(spark_session):
    from detente.spark import analyze_frame

    text = ("Russia and Ukraine held talks in Istanbul on Friday. Foreign Minister Sergei "
            "Lavrov said a new round of talks would be held next month.")
    df = spark_session.createDataFrame(
        [("a1", text, "2025-05-17"), ("a2", "", "2025-05-18")], "id string, text string, "
        "published string")
    frames = analyze_frame(df)
    try:
        assert [r.id for r in frames.articles.collect()] == ["a1"]
        assert [r.code for r in frames.rejected.collect()] == ["no_text"]
        assert frames.rounds.count() >= 1
        assert {r.kind for r in frames.rounds.collect()} == {"round"}
    finally:
        frames.unpersist()


def test_rows_are_numbered_by_line_across_splits_and_files(spark_session, tmp_path):
    from detente.spark import job

    folder = tmp_path / "in"
    (folder / "b").mkdir(parents=True)
    for name, n in (("a.jsonl", 300), ("b/c.jsonl", 5)):
        (folder / name).write_text("".join(json.dumps({"text": f"{name} line {i}"}) + "\n"
                                           for i in range(1, n + 1)), encoding="utf-8")
    (folder / "notes.txt").write_text("not an input")
    inputs = job.find_inputs(str(folder))
    assert [r.origin for r in inputs.skipped] == [str(folder / "notes.txt")]
    spark_session.conf.set("spark.sql.files.maxPartitionBytes", "2048")  # many splits
    try:
        df, total = job.read(spark_session, inputs)
        rows = df.select("_line", "origin", "_order").collect()
    finally:
        spark_session.conf.unset("spark.sql.files.maxPartitionBytes")
    assert total == 305
    for r in rows:
        name, line = r.origin.rsplit(":", 1)
        assert json.loads(r._line)["text"] == f"{Path(name).relative_to(folder)} line {line}"
    assert sorted(rows, key=lambda r: r._order)[0].origin == f"{folder / 'a.jsonl'}:1"


def test_find_inputs_says_what_is_wrong_with_the_input(tmp_path):
    from detente.errors import SparkError
    from detente.spark import job

    (tmp_path / "x.csv").write_text("text\nhello\n")
    with pytest.raises(SparkError) as missing:
        job.find_inputs(str(tmp_path / "nope.jsonl"))
    with pytest.raises(SparkError) as csv:
        job.find_inputs(str(tmp_path / "x.csv"))
    with pytest.raises(SparkError) as empty:
        job.find_inputs(str(tmp_path))
    assert str(missing.value) == f"{tmp_path}/nope.jsonl: no such file or directory; check the path"
    assert str(csv.value) == (f"{tmp_path}/x.csv: not a .jsonl, .ndjson or .parquet file (JSON "
                              "lines may be gzipped: .jsonl.gz); give --input-format jsonl or "
                              "parquet")
    assert str(empty.value) == (f"{tmp_path}: no .jsonl, .ndjson or .parquet files in it; give "
                                "a file or a directory of them")


def test_parquet_rows_are_named_file_and_row(spark_session, tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from detente.spark import job

    path = tmp_path / "news.parquet"
    pq.write_table(pa.table({"id": [7, 8], "body": ["First text.", "Second text."],
                             "origin": ["theirs", "theirs"]}), path)
    df, total = job.read(spark_session, job.find_inputs(str(path)))
    rows = sorted(df.collect(), key=lambda r: r._order)
    assert total == 2
    assert [(r.id, r.body, r.origin) for r in rows] == [
        (7, "First text.", f"{path}[1]"), (8, "Second text.", f"{path}[2]")]


def test_the_load_command_prints_what_it_stored(spark_output, tmp_path):
    from click.testing import CliRunner

    from detente.cli import main

    out, summary = spark_output
    res = CliRunner().invoke(main, ["load", str(out), "--db", str(tmp_path / "c.duckdb")])
    assert res.exit_code == 0, res.output
    first = res.output.splitlines()[0]
    assert first == (f"load: 4 articles (4 new, 0 replaced, 0 unchanged); "
                     f"{summary.counts['events']} events, {summary.counts['quotes']} quotes; "
                     "3 rejected rows to the quarantine table")
    assert res.output.splitlines()[-1].startswith("load: ledger: ")
