"""``detente spark INPUT OUTPUT_DIR``: JSONL or Parquet files -> analysis -> Parquet by month.

``run`` finds the input files, numbers their rows (so a rejection or an article names
``file:line`` as ``detente ingest`` does), analyses them with ``analyze_frame``, and writes one
Parquet dataset per table under OUTPUT_DIR, partitioned by publication month
(``events/month=2025-05/part-....parquet``), the rejected rows under ``rejected/`` and a
manifest (``_detente.json``) that ``detente load`` checks.

Row numbers: Spark reads a file in splits, in parallel. Each row carries its file, the byte
offset where its split starts and a position that grows within a split
(``monotonically_increasing_id``); counting the rows of each split first gives every split
its first line number, so the numbering costs one cheap extra pass over the input, never a
sort of it.
"""

from __future__ import annotations

import json
import math
import os
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable
from urllib.parse import unquote, urlsplit

from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from .. import __version__, pipeline
from ..errors import SparkError
from ..ingest import Rejected
from ..readers.base import one_line
from ..records import EXTRACTOR_VERSION
from . import frame

#: The manifest ``detente load`` looks for.
MANIFEST = "_detente.json"
_KINDS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".parquet": "parquet"}
#: Articles per task when ``--partitions`` is not given (at least two tasks per core).
PER_TASK = 100
#: Seconds between two progress lines.
PROGRESS_EVERY = 15.0


def kind_of(name: str) -> str | None:
    low = name.lower()
    low = low[:-3] if low.endswith(".gz") else low
    return _KINDS.get(os.path.splitext(low)[1])


@dataclass
class Inputs:
    """The files to read, the name each has in origins, and the ones not read."""

    fmt: str
    files: list[str] = field(default_factory=list)  #: as Spark is given them
    names: dict[str, str] = field(default_factory=dict)  #: absolute path -> name shown
    skipped: list[Rejected] = field(default_factory=list)


def _remote(path: str) -> bool:
    scheme = urlsplit(path).scheme
    return len(scheme) > 1 and scheme != "file"


def find_inputs(path: str, fmt: str | None = None) -> Inputs:
    """The input files under ``path`` (a file or a directory, walked in sorted order as
    ``detente ingest`` walks it); other files become ``unsupported_file`` rejections."""
    if _remote(path):  # a cluster's store (s3://, gs://, abfss://, hdfs://): Spark lists it
        kind = fmt or kind_of(path.rstrip("/")) or "parquet"
        return Inputs(kind, [path])
    root = Path(path)
    if not root.exists():
        raise SparkError(f"{path}: no such file or directory; check the path")
    if root.is_file():
        kind = fmt or kind_of(root.name)
        if kind is None:
            raise SparkError(f"{path}: not a .jsonl, .ndjson or .parquet file (JSON lines may "
                             "be gzipped: .jsonl.gz); give --input-format jsonl or parquet")
        return Inputs(kind, [path], {os.path.abspath(path): one_line(path)})
    found: dict[str, list[Path]] = {"jsonl": [], "parquet": []}
    other: list[Path] = []
    for here, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        for name in sorted(f for f in files if not f.startswith((".", "_"))):
            kind = kind_of(name)
            (found[kind] if kind else other).append(Path(here) / name)
    kind = fmt or ("parquet" if found["parquet"] and not found["jsonl"] else "jsonl")
    if not fmt and found["parquet"] and found["jsonl"]:
        raise SparkError(f"{path} holds both .jsonl and .parquet files; give --input-format "
                         "to read one kind")
    if not found[kind]:
        raise SparkError(f"{path}: no .jsonl, .ndjson or .parquet files in it; give a file or "
                         "a directory of them")
    inputs = Inputs(kind, [str(p) for p in sorted(found[kind])])
    inputs.names = {os.path.abspath(p): one_line(p) for p in inputs.files}
    for p in sorted(other + found["parquet" if kind == "jsonl" else "jsonl"]):
        inputs.skipped.append(Rejected(one_line(str(p)), "unsupported_file",
                                       f"not read: detente spark reads {kind} files here "
                                       f"(.{'parquet' if kind == 'parquet' else 'jsonl'}); "
                                       "move it out or run it on its own"))
    return inputs


def _local_path(uri: str) -> str:
    parts = urlsplit(uri)
    return unquote(parts.path) if parts.scheme in ("", "file") else uri


def _numbered(spark: SparkSession, raw: DataFrame, inputs: Inputs) -> tuple[DataFrame, int]:
    """``raw`` with ``origin`` (file:line, or file[row] for Parquet) and ``_order``; the
    number of rows."""
    df = raw.select("*", F.col("_metadata.file_path").alias("_file"),
                    F.col("_metadata.file_block_start").alias("_block"),
                    F.monotonically_increasing_id().alias("_pos"))
    blocks = sorted(df.groupBy("_file", "_block").agg(
        F.min("_pos").alias("first"), F.count(F.lit(1)).alias("n")).collect())
    given = {os.path.abspath(f): i for i, f in enumerate(inputs.files)}
    found = sorted({b["_file"] for b in blocks})
    # input order: as given (a directory sorted as ingest walks it); files Spark listed
    # itself (a remote directory) after those, by name
    rank = {f: given.get(_local_path(f), len(given) + i) for i, f in enumerate(found)}
    rows, offset, last = [], 0, None
    for b in blocks:
        offset = 0 if b["_file"] != last else offset
        name = inputs.names.get(_local_path(b["_file"]), one_line(b["_file"]))
        rows.append((b["_file"], b["_block"], b["first"], offset, name,
                     rank[b["_file"]]))
        offset, last = offset + b["n"], b["_file"]
    schema = "_file string, _block long, _first long, _offset long, _name string, _rank long"
    table = spark.createDataFrame(rows, schema)
    number = F.col("_offset") + F.col("_pos") - F.col("_first") + 1
    at = [F.lit(":"), number] if inputs.fmt == "jsonl" else [F.lit("["), number, F.lit("]")]
    df = df.join(F.broadcast(table), ["_file", "_block"]).select(
        "*", F.concat(F.col("_name"), *[c.cast("string") for c in at]).alias("origin"),
        (F.col("_rank") * (1 << 40) + number).alias("_order"))
    return df, sum(b["n"] for b in blocks)


def read(spark: SparkSession, inputs: Inputs) -> tuple[DataFrame, int]:
    """The input rows for ``analyze_frame`` (raw lines for JSONL) and how many there are."""
    try:
        if inputs.fmt == "jsonl":
            raw = spark.read.text(inputs.files).withColumnRenamed("value", "_line")
        else:  # a column of the input's own under these names would clash with ours
            raw = spark.read.parquet(*inputs.files).drop("origin", "_order")
        df, total = _numbered(spark, raw, inputs)
    except Exception as exc:  # Spark's analysis and IO errors: say which input, and why
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0][:300]
        raise SparkError(f"cannot read {', '.join(inputs.files)[:200]} as {inputs.fmt}: "
                         f"{first}") from None
    keep = ["_line"] if inputs.fmt == "jsonl" else [c for c in raw.columns]
    return df.select(*keep, "origin", "_order"), total


def _check_output(out: str, overwrite: bool) -> None:
    if _remote(out) or overwrite or not os.path.exists(out):
        return
    if not os.path.isdir(out):
        raise SparkError(f"{out} is a file; give a directory for the output")
    if os.listdir(out):
        raise SparkError(f"{out} is not empty; give a new OUTPUT_DIR, or --overwrite to "
                         "replace what is in it")


class _Progress:
    """A thread printing "n/total articles analysed" while the analysis runs."""

    def __init__(self, counter, total: int, say: Callable[[str], None]):
        self.counter, self.total, self.say = counter, total, say
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._loop, daemon=True)

    def _loop(self) -> None:
        start, shown = time.perf_counter(), 0
        while not self.stop.wait(PROGRESS_EVERY):
            done = self.counter.value
            if done != shown:
                rate = done / (time.perf_counter() - start)
                self.say(f"spark: {done}/{self.total} articles analysed ({rate:.2f}/s)")
                shown = done

    def __enter__(self) -> "_Progress":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop.set()
        self.thread.join()


@dataclass
class Summary:
    """What a run did: rows per output table, seconds of analysis, the Python workers."""

    articles: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    workers: dict[int, dict[str, float]] = field(default_factory=dict)
    rows: int = 0


def analyse(spark: SparkSession, inputs: Inputs, options: pipeline.Options | None = None,
            max_chars: int | None = None, partitions: int | None = None,
            say: Callable[[str], None] = lambda s: None) -> tuple[frame.Frames, Summary]:
    """Read and analyse the inputs (persisted in ``Frames``); the counts of every table."""
    df, total = read(spark, inputs)
    parts = partitions or max(2 * spark.sparkContext.defaultParallelism,
                              math.ceil(total / PER_TASK))
    frames = frame.analyze_frame(df, options, max_chars=max_chars, partitions=parts)
    say(f"spark: {total} rows in {len(inputs.files)} {inputs.fmt} file(s), {parts} tasks on "
        f"{spark.sparkContext.master}")
    start = time.perf_counter()
    with _Progress(frames.analysed, total, say):
        counts = dict(frames.wide.groupBy("_table").count().collect())  # the analysis, once
    summary = Summary(articles=counts.get("articles", 0), rows=total,
                      seconds=time.perf_counter() - start,
                      counts={t: counts.get(t, 0) for t in frame.OUTPUT_TABLES})
    summary.counts["rejected"] += len(inputs.skipped)
    summary.workers = frames.workers()
    return frames, summary


def write(spark: SparkSession, frames: frame.Frames, inputs: Inputs, out: str,
          overwrite: bool = False) -> None:
    """Every table under ``out`` (row tables by month), then the manifest."""
    mode = "overwrite" if overwrite else "errorifexists"
    base = out.rstrip("/")
    for table in frame.OUTPUT_TABLES[:-1]:
        frames.table(table).write.mode(mode).partitionBy("month").parquet(f"{base}/{table}")
    rejected = frames.rejected
    if inputs.skipped:
        rejected = rejected.unionByName(spark.createDataFrame(
            [tuple(getattr(r, k) for k in frame.REJECTED_TYPES) for r in inputs.skipped],
            frame.spark_schema(frame.REJECTED_TYPES)))
    rejected.coalesce(1).write.mode(mode).parquet(f"{base}/rejected")


def _manifest(spark: SparkSession, out: str, inputs: Inputs, summary: Summary) -> None:
    """``_detente.json`` beside the tables, written through Hadoop's file system so that an
    s3://, gs:// or hdfs:// OUTPUT_DIR gets one too."""
    info = {"detente": __version__, "extractor_version": EXTRACTOR_VERSION,
            "format": inputs.fmt, "files": len(inputs.files),
            "master": spark.sparkContext.master, "rows": summary.rows,
            "counts": summary.counts, "tables": list(frame.OUTPUT_TABLES),
            "partitioned_by": "month"}
    data = (json.dumps(info, indent=1) + "\n").encode("utf-8")
    jvm = spark.sparkContext._jvm
    path = jvm.org.apache.hadoop.fs.Path(f"{out.rstrip('/')}/{MANIFEST}")
    stream = path.getFileSystem(spark.sparkContext._jsc.hadoopConfiguration()).create(path, True)
    try:
        stream.write(bytearray(data))
    finally:
        stream.close()


def run(inputs: Inputs, out: str, *, master: str | None = None,
        options: pipeline.Options | None = None, max_chars: int | None = None,
        partitions: int | None = None, overwrite: bool = False,
        say: Callable[[str], None] = lambda s: None) -> Summary:
    """Analyse ``inputs`` (``find_inputs``) on Spark and write the Parquet tables under
    ``out``."""
    _check_output(out, overwrite)
    spark = frame.session(master)
    frames, summary = analyse(spark, inputs, options, max_chars, partitions, say)
    try:
        write(spark, frames, inputs, out, overwrite)
    finally:
        frames.unpersist()
    _manifest(spark, out, inputs, summary)
    return summary

