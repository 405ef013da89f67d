"""``analyze_frame``: a Spark DataFrame of articles -> the store's rows, as DataFrames.

Three steps, each reusing what the single-process path uses, so an article gives the very
same rows on every path (``tests/test_spark.py`` compares them with ``detente ingest``):

1. **read** (``mapInPandas``): every row is validated by the readers' own code
   (``readers.base.from_record`` for record columns, ``readers.structured.jsonl_item`` for raw
   JSON lines), so it gets the same id, normalised text and metadata as ``detente ingest``
   gives it; a row that cannot be an article becomes a rejection with its reason.
2. **ids** (Spark SQL): as ``ingest.read_inputs`` does in one process, the first article under
   an id (in ``_order``) is kept, the same article again is dropped (the store would count it
   unchanged) and another article under that id is rejected (``ingest.duplicate``).
3. **analyse** (``mapInPandas``): ``pipeline.Analyzer.results`` a chunk at a time, with the
   analyzer cached per Python worker process (``_analyzer``): Spark reuses its Python workers
   (``spark.python.worker.reuse``, on by default), so the model loads once per worker, not per
   task. Each chunk's analyses become rows by ``tables.table_rows``, the function
   ``Store.write`` stores.

The rows of every table leave step 3 in one wide frame (``_table`` names the table, a column
``table__column`` holds each value), which is persisted and then split by ``Frames``: the
analysis runs once however many tables are written.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import os
import resource
import shutil
import subprocess
import sys
import time
from typing import Any, Iterable, Iterator

import pandas as pd
from pyspark import StorageLevel
from pyspark.sql import DataFrame, SparkSession, Window
from pyspark.sql import functions as F
from pyspark.sql import types as T

from .. import ingest as ingest_mod
from .. import pipeline, tables
from ..errors import SparkError
from ..readers.base import DATE_KEYS, SOURCE_KEYS, TEXT_KEYS, TITLE_KEYS, URL_KEYS, from_record, guard
from ..readers.structured import jsonl_item, line_limit, overlong_line
from ..records import MAX_CHARS, Article

#: Articles analysed between two output batches in a Python worker, so its memory stays
#: bounded whatever size of Arrow batch Spark hands it.
CHUNK = 32
#: Month partition of an article without a publication date.
UNDATED = "undated"
#: Tables ``analyze_frame`` returns: the store's row tables, then the rejected rows.
OUTPUT_TABLES = (*tables.ROW_TABLES, "rejected")
#: A rejected row: the quarantine table's columns but the time of storing.
REJECTED_TYPES = {"origin": "VARCHAR", "code": "VARCHAR", "message": "VARCHAR",
                  "excerpt": "VARCHAR"}
#: One row per analysed chunk: which Python worker, its peak memory, how much work.
_WORKER_TYPES = {"pid": "BIGINT", "rss": "BIGINT", "articles": "INTEGER", "seconds": "DOUBLE"}
_SPARK_TYPES = {"VARCHAR": T.StringType(), "DATE": T.DateType(),
                "TIMESTAMP": T.TimestampNTZType(), "BOOLEAN": T.BooleanType(),
                "INTEGER": T.IntegerType(), "BIGINT": T.LongType(), "DOUBLE": T.DoubleType(),
                "VARCHAR[]": T.ArrayType(T.StringType())}
#: Settings for a local session: no web UI, no console bars, loopback only, few shuffle
#: partitions (the data is small beside the analysis), UTC so dates do not move.
LOCAL_CONF = {"spark.ui.enabled": "false", "spark.ui.showConsoleProgress": "false",
              "spark.driver.bindAddress": "127.0.0.1", "spark.driver.host": "127.0.0.1",
              "spark.sql.shuffle.partitions": "4", "spark.python.worker.reuse": "true",
              "spark.sql.session.timeZone": "UTC"}
JAVA_HELP = ("install Java 17 or newer (Debian/Ubuntu: sudo apt-get install "
             "openjdk-17-jre-headless; macOS: brew install openjdk@17) or point JAVA_HOME at one")


def types_of(table: str) -> dict[str, str]:
    """column -> SQL type of an output table (the store's declaration for row tables)."""
    if table == "rejected":
        return dict(REJECTED_TYPES)
    if table == "_worker":
        return dict(_WORKER_TYPES)
    return tables.column_types(table)


def spark_schema(types: dict[str, str]) -> T.StructType:
    return T.StructType([T.StructField(n, _SPARK_TYPES[t]) for n, t in types.items()])


_WIDE = {"_table": "VARCHAR", "month": "VARCHAR",
         **{f"{t}__{c}": ty for t in (*OUTPUT_TABLES, "_worker") for c, ty in types_of(t).items()}}
_READ = {"id": "VARCHAR", "text": "VARCHAR", "title": "VARCHAR", "url": "VARCHAR",
         "source": "VARCHAR", "published": "DATE", "origin": "VARCHAR",
         "content_hash": "VARCHAR", "_fp": "VARCHAR", "_order": "BIGINT", "_code": "VARCHAR",
         "_message": "VARCHAR", "_excerpt": "VARCHAR"}
_ANALYSE_IN = [*_READ, "_dup_of"]
_ARTICLE_FIELDS = ("id", "text", "title", "url", "source", "published", "origin", "content_hash")


# ---------------------------------------------------------------------- the session


def java_problem() -> str | None:
    """Why Spark cannot start here (no Java, or one older than 17), or None."""
    home = os.environ.get("JAVA_HOME")
    java = os.path.join(home, "bin", "java") if home else shutil.which("java")
    if not java or not os.path.exists(java):
        return f"no Java found (Spark needs it); {JAVA_HELP}"
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"{java} -version failed ({exc}); {JAVA_HELP}"
    words = (out.stderr or out.stdout).split('"')
    major = words[1].split(".")[0] if len(words) > 1 else ""
    if major.isdigit() and int(major) < 17:
        return f"Java {words[1]} is too old for Spark 4 (it needs 17 or newer); {JAVA_HELP}"
    return None


def session(master: str | None = None, app: str = "detente",
            conf: dict[str, str] | None = None) -> SparkSession:
    """A Spark session on ``master``: by default the one spark-submit was given, else
    ``local[2]``. A local master gets ``LOCAL_CONF`` and this interpreter for its Python
    workers. Raises ``SparkError`` when Java is missing or Spark does not start."""
    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # spark-submit started the JVM already
    if not submitted:
        problem = java_problem()
        if problem:
            raise SparkError(problem)
    master = master or (None if submitted else "local[2]")
    local = bool(master) and master.startswith("local")
    settings = dict(LOCAL_CONF) if local else {}
    if local and "PYSPARK_PYTHON" not in os.environ:
        # the workers must import this detente and its model: the driver's interpreter
        os.environ["PYSPARK_PYTHON"] = sys.executable
    if local:
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
    settings.update(conf or {})
    builder = SparkSession.builder.appName(app)
    builder = builder.master(master) if master else builder
    for key, value in settings.items():
        builder = builder.config(key, value)
    try:
        spark = builder.getOrCreate()
    except Exception as exc:  # py4j and pyspark raise several kinds; all mean "did not start"
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:200]
        raise SparkError(f"Spark did not start on {master or 'the submitted master'} "
                         f"({first}); check `java -version` (17 or newer) and the master "
                         "URL") from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


# ---------------------------------------------------------------------- step 1: read


_NAT, _NA = type(pd.NaT), type(pd.NA)


def _plain(value: Any) -> Any:
    """A pandas cell as the plain Python value the readers expect (None for any null)."""
    if value is None or isinstance(value, (_NAT, _NA)):
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value


def _lists(pdf: pd.DataFrame) -> dict[str, list]:
    return {c: [_plain(v) for v in pdf[c].tolist()] for c in pdf.columns}


def _read_one(row: dict, max_chars: int) -> Article | ingest_mod.Rejected | None:
    """One input row: an Article, a rejection, or None for a blank line."""
    origin, order = row.pop("origin", None), row.pop("_order")
    where = origin or f"row {order}"
    if "_line" in row:
        line = row["_line"] or ""
        if not line.strip():
            return None
        if len(line.encode("utf-8", "surrogatepass")) > line_limit(max_chars):
            return overlong_line(where, max_chars)
        item = jsonl_item(line, where, None, max_chars)
    else:
        item = guard(where, lambda: from_record(row, where, None, max_chars))
    if isinstance(item, Article) and origin is None:
        item = dataclasses.replace(item, origin=None)
    return item


def _read_batches(batches: Iterable[pd.DataFrame], max_chars: int) -> Iterator[pd.DataFrame]:
    for pdf in batches:
        out: dict[str, list] = {k: [] for k in _READ}
        cols = _lists(pdf)
        for i in range(len(pdf)):
            row = {k: v[i] for k, v in cols.items()}
            order = row["_order"]
            item = _read_one(row, max_chars)
            if item is None:
                continue
            if isinstance(item, Article):
                values = {f: getattr(item, f) for f in _ARTICLE_FIELDS}
                values["_fp"] = ingest_mod.fingerprint(item)
            else:
                values = {"origin": item.origin, "_code": item.code, "_message": item.message,
                          "_excerpt": item.excerpt}
            values["_order"] = order
            for k, col in out.items():
                col.append(values.get(k))
        if out["_order"]:
            yield pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in out.items()})


def _input_columns(df: DataFrame) -> DataFrame:
    """The columns the readers look at, integers as text (an id 7 is the id "7", as in JSON),
    plus ``origin`` and ``_order`` when the frame has none."""
    if "_line" in df.columns:
        return df.select("_line", "origin", "_order")
    known = {"id", "origin", "_order", *TEXT_KEYS, *TITLE_KEYS, *URL_KEYS, *SOURCE_KEYS,
             *DATE_KEYS}
    fields = [f for f in df.schema.fields if f.name.lower() in known]
    if not any(f.name.lower() in TEXT_KEYS for f in fields):
        shown = ", ".join(df.columns)[:200]
        raise SparkError(f"the articles have no text column (columns: {shown}); name the "
                         "article body column 'text'")
    cols = [F.col(f"`{f.name}`").cast("string").alias(f.name)
            if isinstance(f.dataType, (T.IntegralType, T.DecimalType)) else F.col(f"`{f.name}`")
            for f in fields]
    names = {f.name for f in fields}
    if "origin" not in names:
        cols.append(F.lit(None).cast("string").alias("origin"))
    if "_order" not in names:
        cols.append(F.monotonically_increasing_id().alias("_order"))
    return df.select(*cols)


# ---------------------------------------------------------------------- step 2: ids


def _first_per_id(read: DataFrame) -> DataFrame:
    """Articles to analyse (and rejections to pass on): one per id, as ``read_inputs`` keeps."""
    by_id = Window.partitionBy("id").orderBy("_order")
    ranked = read.where(F.col("_code").isNull()).select(
        "*", F.row_number().over(by_id).alias("_rank"),
        F.first("_fp").over(by_id).alias("_first_fp"),
        F.first(F.coalesce("origin", F.lit(""))).over(by_id).alias("_first_origin"))
    kept = ranked.where((F.col("_rank") == 1) | (F.col("_fp") != F.col("_first_fp"))) \
        .withColumn("_dup_of", F.when(F.col("_rank") > 1, F.col("_first_origin")))
    bad = read.where(F.col("_code").isNotNull()) \
        .withColumn("_dup_of", F.lit(None).cast("string"))
    return kept.select(*_ANALYSE_IN).unionByName(bad.select(*_ANALYSE_IN))


# ---------------------------------------------------------------------- step 3: analyse


@functools.lru_cache(maxsize=2)
def _analyzer(options: pipeline.Options) -> pipeline.Analyzer:
    return pipeline.Analyzer(options)


def _peak_rss() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


def _month(day: dt.date | None) -> str:
    return day.strftime("%Y-%m") if day else UNDATED


def _wide(parts: list[tuple[str, dict[str, list], list]]) -> pd.DataFrame:
    """(table, its column lists, each row's month) -> one frame of the wide schema."""
    data: dict[str, list] = {k: [] for k in _WIDE}
    for table, columns, months in parts:
        n = len(months)
        data["_table"] += [table] * n
        data["month"] += months
        for name in list(data)[2:]:
            owner, _, column = name.partition("__")
            data[name] += columns[column] if owner == table else [None] * n
    return pd.DataFrame({k: pd.Series(v, dtype=object) for k, v in data.items()})


def _rejected(items: list) -> tuple[str, dict[str, list], list]:
    return ("rejected", {k: [getattr(r, k) for r in items] for k in REJECTED_TYPES},
            [None] * len(items))


def _analysed(analyzer: pipeline.Analyzer, chunk: list[Article]) -> pd.DataFrame:
    start = time.perf_counter()
    results = list(analyzer.results(chunk))
    analyses = [r for r in results if not isinstance(r, ingest_mod.Rejected)]
    rows = tables.table_rows(analyses)
    month = {a.article.id: _month(a.article.published) for a in analyses}
    parts = [(t, rows[t], [month[i] for i in rows[t]["id" if t == "articles" else "article_id"]])
             for t in tables.ROW_TABLES]
    parts.append(_rejected([r for r in results if isinstance(r, ingest_mod.Rejected)]))
    parts.append(("_worker", {"pid": [os.getpid()], "rss": [_peak_rss()],
                              "articles": [len(chunk)],
                              "seconds": [round(time.perf_counter() - start, 3)]}, [None]))
    return _wide(parts)


def _analyse_batches(batches: Iterable[pd.DataFrame], options: pipeline.Options,
                     done) -> Iterator[pd.DataFrame]:
    analyzer = _analyzer(options)
    for pdf in batches:
        cols = _lists(pdf)
        articles, passed = [], {k: [] for k in REJECTED_TYPES}
        for i in range(len(pdf)):
            if cols["_code"][i] is not None:  # rejected when read: passed on as it was
                for k in REJECTED_TYPES:
                    passed[k].append(cols["origin" if k == "origin" else f"_{k}"][i])
                continue
            art = Article(**{f: cols[f][i] for f in _ARTICLE_FIELDS})
            if isinstance(art.published, dt.datetime):
                art = dataclasses.replace(art, published=art.published.date())
            if cols["_dup_of"][i] is not None:
                dup = ingest_mod.duplicate(art, cols["_dup_of"][i])
                for k in REJECTED_TYPES:
                    passed[k].append(getattr(dup, k))
                continue
            articles.append(art)
        if passed["origin"]:
            yield _wide([("rejected", passed, [None] * len(passed["origin"]))])
        for at in range(0, len(articles), CHUNK):
            chunk = articles[at:at + CHUNK]
            yield _analysed(analyzer, chunk)
            done.add(len(chunk))


# ---------------------------------------------------------------------- the result


@dataclasses.dataclass(frozen=True)
class Frames:
    """The analysis of a DataFrame of articles, one DataFrame per table.

    ``articles``, ``events``, ``event_actors``, ``quotes`` and ``ledger`` have the store's
    columns (``tables.column_types``) plus ``month`` (YYYY-MM of publication, or "undated");
    ``rejected`` has origin, code, message and excerpt. ``statements``, ``rounds``,
    ``positions`` and ``claims`` are the ledger rows of that kind: per-article mentions, which
    ``detente load`` merges across articles. ``analysed`` counts articles as tasks finish.
    """

    wide: DataFrame  #: every table's rows in one persisted frame (see the module docstring)
    analysed: Any  #: a Spark accumulator: articles analysed so far

    def table(self, name: str) -> DataFrame:
        cols = [F.col(f"{name}__{c}").alias(c) for c in types_of(name)]
        if name in tables.ROW_TABLES:
            cols.append(F.col("month"))
        return self.wide.where(F.col("_table") == name).select(*cols)

    def __getattr__(self, name: str) -> DataFrame:
        if name in OUTPUT_TABLES:
            return self.table(name)
        if name in tables.LEDGER_KINDS:
            return self.table("ledger").where(F.col("kind") == tables.LEDGER_KINDS[name])
        raise AttributeError(name)

    def workers(self) -> dict[int, dict[str, float]]:
        """Python worker pid -> its peak resident bytes, articles and seconds of analysis."""
        rows = self.wide.where(F.col("_table") == "_worker").groupBy("_worker__pid").agg(
            F.max("_worker__rss"), F.sum("_worker__articles"), F.sum("_worker__seconds"))
        return {r[0]: {"rss": r[1], "articles": r[2], "seconds": r[3]} for r in rows.collect()}

    def unpersist(self) -> None:
        self.wide.unpersist()


def analyze_frame(df: DataFrame, options: pipeline.Options | None = None, *,
                  max_chars: int | None = None, partitions: int | None = None) -> Frames:
    """Analyse the articles of ``df`` (a ``text`` column, and any of ``id``, ``title``,
    ``url``, ``source``, ``published``, ``origin``; the readers' other names for them work
    too) on the executors. Lazy: the analysis runs, once, on the first action on a table.

    ``partitions`` spreads the articles over that many tasks before the analysis (more tasks
    than cores keeps every core busy to the end and makes progress visible).
    """
    options = options or pipeline.Options()
    limit = max_chars or MAX_CHARS
    read = _input_columns(df).mapInPandas(
        functools.partial(_read_batches, max_chars=limit), spark_schema(_READ))
    todo = _first_per_id(read)
    if partitions:
        todo = todo.repartition(partitions)
    done = df.sparkSession.sparkContext.accumulator(0)
    wide = todo.mapInPandas(functools.partial(_analyse_batches, options=options, done=done),
                            spark_schema(_WIDE))
    return Frames(wide.persist(StorageLevel.MEMORY_AND_DISK), done)
