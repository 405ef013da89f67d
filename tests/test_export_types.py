"""CSV and Parquet exports are written by DuckDB's COPY with typed columns, and load with the
types the README promises (pandas, where it is installed).

Hermetic: events are built by hand and stored in a temporary DuckDB file.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from detente.export import (CSV_COLUMNS, PARQUET_COLUMNS, PARTICIPANT_FIELDS, ExportError,
                            export, write_csv)
from detente.records import Actor, Event
from detente.store import Store

from test_store import ISTANBUL, RUS, UKR, UN, make_analysis, make_event

MINISTER = Actor("Foreign Minister Sergei Lavrov", "RUS", "GOV", "Sergei Lavrov",
                 role="Foreign Minister")


def _events(art):
    near = dataclasses.replace(ISTANBUL, lat=41.013840000000009, lon=28.949659999999998)
    two_sided = make_event(art, 1, actor=(MINISTER, UN), recipient=(UKR,))
    return (dataclasses.replace(two_sided, confidence=0.1 * 3 + 0.65, hedged=True,
                                location=near),
            make_event(art, 2, "AGREE", "future", "2025-06"),
            Event(**{**make_event(art, 3, "ASSAULT", recipient=()).__dict__,
                     "location": None, "date": "2025-05-17", "date_basis": "publication"}))


@pytest.fixture
def typed_db(tmp_path):
    with Store(tmp_path / "t.duckdb") as store:
        store.write([make_analysis(events=_events)])
        yield store


def test_parquet_columns_are_typed_with_participants_as_lists_of_structs(typed_db, tmp_path):
    out = tmp_path / "e.parquet"
    assert export(typed_db, "parquet", out) == 3
    table = pq.read_table(out)
    assert tuple(table.column_names) == PARQUET_COLUMNS
    participant = pa.list_(pa.struct([(f, pa.string()) for f in PARTICIPANT_FIELDS]))
    types = {f.name: f.type for f in table.schema}
    assert (types["date"], types["published"], types["hedged"]) == (
        pa.date32(), pa.date32(), pa.bool_())
    assert (types["actor"], types["recipient"]) == (participant, participant)
    assert (types["confidence"], types["lat"], types["geonameid"]) == (
        pa.float64(), pa.float64(), pa.int64())
    assert types["context"] == pa.list_(pa.string())
    first, agree, assault = table.to_pylist()
    assert first["actor"] == [
        {"code": "RUS", "sector": "GOV", "name": "Sergei Lavrov",
         "text": "Foreign Minister Sergei Lavrov", "role": "Foreign Minister", "org": None},
        {"code": "IGO", "sector": None, "name": "United Nations", "text": "the UN",
         "role": None, "org": "UN"}]
    assert (first["confidence"], first["lat"], first["lon"]) == (0.95, 41.01384, 28.94966)
    assert (first["hedged"], first["date"], first["published"]) == (
        True, dt.date(2025, 5, 16), dt.date(2025, 5, 17))
    assert (agree["date"], agree["date_precision"]) == (dt.date(2025, 6, 1), "month")
    assert (assault["recipient"], assault["lat"], assault["date_basis"]) == (
        [], None, "publication")


def test_parquet_structs_query_in_sql(typed_db, tmp_path):
    out = tmp_path / "e.parquet"
    export(typed_db, "parquet", out)
    rows = duckdb.connect().execute(
        f"SELECT a.code, a.org FROM (SELECT unnest(actor) AS a FROM read_parquet('{out}')) "
        "WHERE a.org IS NOT NULL").fetchall()
    assert rows == [("IGO", "UN")]


def test_csv_is_typed_text_joined_participants_and_rounded_numbers(typed_db, tmp_path):
    out = tmp_path / "e.csv"
    assert export(typed_db, "csv", out) == 3
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(CSV_COLUMNS)
    first, agree, assault = csv.DictReader(io.StringIO(text))
    assert (first["actor_code"], first["actor_name"], first["recipient_code"]) == (
        "RUS;IGO", "Sergei Lavrov;United Nations", "UKR")
    assert (first["confidence"], first["lat"], first["lon"]) == ("0.95", "41.01384", "28.94966")
    assert (first["hedged"], agree["hedged"]) == ("true", "false")
    assert (agree["date"], agree["published"]) == ("2025-06-01", "2025-05-17")
    assert (assault["recipient_code"], assault["lat"]) == ("", "")
    # DuckDB reads every column back with its type
    types = dict(duckdb.connect().execute(
        f"SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_csv('{out}'))"
    ).fetchall())
    assert (types["date"], types["published"], types["hedged"], types["confidence"]) == (
        "DATE", "DATE", "BOOLEAN", "DOUBLE")


def test_csv_to_a_stream_has_the_same_bytes_as_the_file(typed_db, tmp_path):
    out = tmp_path / "e.csv"
    export(typed_db, "csv", out)
    buf = io.StringIO()
    assert export(typed_db, "csv", buf) == 3
    assert buf.getvalue() == out.read_text(encoding="utf-8")


def test_csv_quotes_hostile_text_and_neutralises_formulas(tmp_path):
    sentence = '=cmd|"/c calc"!A1, then\na new line'
    ev = {**make_event(make_analysis().article, 1, sentence=sentence).as_dict(),
          "title": "@SUM(1)", "published": "2025-05-17"}
    buf = io.StringIO()
    write_csv([ev], buf)
    (row,) = csv.DictReader(io.StringIO(buf.getvalue()))
    assert (row["sentence"], row["title"]) == ("'" + sentence, "'@SUM(1)")


def test_an_empty_export_keeps_the_header_and_the_types(tmp_path):
    with Store(tmp_path / "empty.duckdb") as store:
        assert export(store, "csv", tmp_path / "e.csv") == 0
        assert export(store, "parquet", tmp_path / "e.parquet") == 0
    assert (tmp_path / "e.csv").read_text().splitlines() == [",".join(CSV_COLUMNS)]
    assert pq.read_table(tmp_path / "e.parquet").schema.field("date").type == pa.date32()


def test_an_unwritable_target_is_named(typed_db, tmp_path):
    target = tmp_path / "missing" / "e.parquet"
    with pytest.raises(ExportError) as err:
        export(typed_db, "parquet", target)
    assert str(err.value) == (f"cannot write {target}: No such file or directory; check the "
                              "directory exists and is writable")


# ---------------------------------------------------------------- the README's pandas lines


def test_pandas_reads_the_types_the_readme_shows(typed_db, tmp_path):
    pd = pytest.importorskip("pandas")
    export(typed_db, "parquet", tmp_path / "e.parquet")
    export(typed_db, "csv", tmp_path / "e.csv")

    df = pd.read_parquet(tmp_path / "e.parquet")
    assert df["date"].dtype == object and isinstance(df["date"][0], dt.date)
    assert pd.api.types.is_datetime64_any_dtype(pd.to_datetime(df["date"]))
    assert df["hedged"].dtype == bool
    assert df["confidence"].dtype == "float64" and df["lat"].dtype == "float64"
    assert df["actor"].dtype == object
    assert [a["code"] for a in df["actor"][0]] == ["RUS", "IGO"]
    assert df["actor"][0][0]["role"] == "Foreign Minister"

    df = pd.read_parquet(tmp_path / "e.parquet", dtype_backend="pyarrow")
    assert str(df["date"].dtype) == "date32[day][pyarrow]"
    assert str(df["geonameid"].dtype) == "int64[pyarrow]"

    df = pd.read_csv(tmp_path / "e.csv", parse_dates=["date", "published"],
                     dtype={"article_id": str})
    assert pd.api.types.is_datetime64_any_dtype(df["date"])
    assert pd.api.types.is_datetime64_any_dtype(df["published"])
    assert df["hedged"].dtype == bool and df["confidence"].dtype == "float64"
    assert list(df["confidence"]) == [0.95, 0.9, 0.9]
    assert df["actor_code"][0] == "RUS;IGO"
    assert df["actor_code"].str.split(";")[0] == ["RUS", "IGO"]


def test_an_empty_list_is_an_empty_csv_cell(tmp_path):
    ev = {**make_event(make_analysis().article, 1).as_dict(), "context": [], "recipient": []}
    buf = io.StringIO()
    write_csv([ev], buf)
    line = buf.getvalue().splitlines()[1]
    assert ',"",' not in line
    (row,) = csv.DictReader(io.StringIO(buf.getvalue()))
    assert (row["context"], row["recipient_code"]) == ("", "")
