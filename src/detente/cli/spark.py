"""The Spark commands: ``spark`` (analyse files on Spark into Parquet) and ``load`` (that
Parquet into the store, with the cross-article steps). Thin: each calls one library function."""

from __future__ import annotations

import sys

import click

from ..dblock import WRITER_WAIT
from .core import (DB_OPTION, _kb_option, _max_chars_option, _model_option, _options,
                   _time_budget_option, wait_option)


def register(group: click.Group) -> None:
    group.add_command(spark)
    group.add_command(load)


def _say(line: str) -> None:
    click.echo(line, err=True)


def _workers_line(workers: dict[int, dict[str, float]]) -> str:
    mib = sorted(round(w["rss"] / 2**20) for w in workers.values())
    if not mib:
        return "spark: no Python worker analysed anything"
    span = f"{mib[0]}-{mib[-1]} MiB" if mib[0] != mib[-1] else f"{mib[0]} MiB"
    return f"spark: {len(mib)} Python worker(s), peak memory {span} each"


@click.command()
@click.argument("input", metavar="INPUT")
@click.argument("output_dir", metavar="OUTPUT_DIR")
@click.option("--master", metavar="URL",
              help="Spark master (default: local[2], two Python workers on this machine; "
              "under spark-submit, the master it was given; see docs/spark.md).")
@click.option("--input-format", "input_format", type=click.Choice(["jsonl", "parquet"]),
              help="Read INPUT as this format (default: by extension; a directory by the "
              "files in it).")
@click.option("--partitions", type=click.IntRange(min=1), metavar="N",
              help="Tasks to spread the articles over (default: 100 articles a task, at least "
              "two tasks per core).")
@click.option("--overwrite", is_flag=True, help="Replace what OUTPUT_DIR holds.")
@_model_option
@_kb_option
@_max_chars_option
@_time_budget_option
def spark(input, output_dir, master, input_format, partitions, overwrite, model, kb_paths,
          max_chars, time_budget):
    """Analyse INPUT on Spark and write Parquet tables under OUTPUT_DIR.

    INPUT is a JSONL or Parquet file, or a directory of them (columns or fields: text, and any
    of id, title, url, source, published). OUTPUT_DIR gets one Parquet dataset per table
    (articles, events, event_actors, quotes, ledger), partitioned by publication month, and
    the rows that could not be read or analysed under rejected/. The rows are those
    `detente ingest` stores for the same articles; `detente load OUTPUT_DIR --db X` brings
    them into a store. Needs the Spark extra (pip install "detente[spark]") and Java 17+.

    \b
    Examples:
      detente spark stories.jsonl out/
      detente spark archive/ out/ --master local[8] --partitions 64
    """
    from ..spark import job

    summary = job.run(job.find_inputs(input, input_format), output_dir, master=master,
                      options=_options(model, kb_paths, time_budget),
                      max_chars=max_chars, partitions=partitions, overwrite=overwrite, say=_say)
    c = summary.counts
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    _say(f"spark: {summary.articles} articles analysed in {summary.seconds:.1f} s "
         f"({rate:.2f} articles/s): {c['events']} events, {c['quotes']} quotes, "
         f"{c['ledger']} ledger items; {c['rejected']} rejected")
    _say(_workers_line(summary.workers))
    _say(f"spark: wrote {output_dir} (Parquet by publication month); next: detente load "
         f"{output_dir} --db detente.duckdb")
    if c["rejected"]:
        _say(f"spark: the rejected rows, with the reason for each, are in {output_dir}/rejected")
        sys.exit(2)


@click.command()
@click.argument("output_dir", metavar="OUTPUT_DIR")
@DB_OPTION
@wait_option(WRITER_WAIT, "a reader such as a notebook, or an ingest")
def load(output_dir, db, wait):
    """Load what `detente spark` wrote into the database (--db), then link stories and build
    the cross-article ledger over the whole set.

    Articles already stored by this version with the same text are kept; others are
    replaced. Rejected rows go to the quarantine table. Loading needs no Spark.

    \b
    Example:
      detente load out/ --db news.duckdb
    """
    from ..archive import load as load_into

    result = load_into(db, output_dir, wait=wait)
    for line in result.lines():
        _say(line)
