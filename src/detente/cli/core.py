"""Core commands: analyze, ingest, events, export. Each calls one library function.

Exit status: 0 all fine, 2 some input was rejected or an article could not be analysed (each
is one line on stderr, "rejected: <origin>: <message>"), 1 on errors.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys

import click

from ..dblock import READER_WAIT, WRITER_WAIT
from ..ingest import parse_published
from . import choices
from .feedback import (page_reader, progress_bar, progress_option, refuse_urls, survey,
                       timeout_option, warn_language)

DB_OPTION = click.option("--db", default="detente.duckdb", show_default=True,
                         type=click.Path(dir_okay=False), help="DuckDB database file.")


def wait_option(default: float, what: str):
    """--wait SECONDS: how long to wait for another process that holds the database."""
    return click.option("--wait", type=click.FloatRange(min=0), default=default,
                        show_default=True, metavar="SECONDS",
                        help=f"Wait this long for another process that holds the database "
                        f"({what}), then say which process it is.")


class TimeBudget(click.ParamType):
    """BASE or BASE+PER_1000: seconds per article plus seconds per 1,000 characters."""

    name = "budget"

    def convert(self, value, param, ctx):
        if isinstance(value, tuple):
            return value
        text = str(value).strip()
        base, _, per = text.partition("+")
        try:
            pair = (float(base), float(per) if per else None)
        except ValueError:
            pair = None
        if pair is None or pair[0] < 0 or (pair[1] is not None and pair[1] < 0):
            self.fail(f"{text[:40]!r} is not a time budget; give seconds per article, "
                      "optionally +seconds per 1,000 characters (e.g. 10 or 10+1; 0 for none)",
                      param, ctx)
        return pair


def _time_budget_option(f):
    from ..pipeline import BUDGET_BASE, BUDGET_PER_1000

    return click.option("--time-budget", type=TimeBudget(),
                        default=f"{BUDGET_BASE:g}+{BUDGET_PER_1000:g}", show_default=True,
                        metavar="BASE[+PER_1000]",
                        help="Seconds an article may take (parse included), plus seconds per "
                        "1,000 characters (BASE alone keeps the default rate); an article "
                        "over it is skipped and reported as analysis_timeout. 0 turns the "
                        "limit off.")(f)


def _reference_date(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise click.BadParameter(f"{value[:40]!r} is not a date; write YYYY-MM-DD "
                                 "(e.g. 2025-05-29).") from None


def _reference_date_option(f):
    return click.option("--reference-date", callback=_reference_date, metavar="YYYY-MM-DD",
                        help="Date to read articles with no publication date as of: officials "
                        "are who held the office then. Without it, such articles name "
                        "people but resolve no office (never today's date). Articles with a "
                        "publication date use their own.")(f)


def _options(model, kb_paths, time_budget, reference_date=None):
    from ..pipeline import BUDGET_PER_1000, Options

    base, per = time_budget
    if per is None:  # "10" keeps the default rate; "0" alone turns the budget off
        per = 0.0 if base == 0 else BUDGET_PER_1000
    return Options(model=model, kb_paths=tuple(kb_paths), time_budget=base, time_per_1000=per,
                   reference_date=reference_date)


def register(group: click.Group) -> None:
    for cmd in (analyze, ingest, events, export):
        group.add_command(cmd)


def _published(value: str | None):
    return parse_published(value) if value else None


def _report_reject(item) -> None:
    click.echo(f"rejected: {item.origin}: {item.message}", err=True)


def _model_option(f):
    return click.option("--model", default="sm", show_default=True,
                        help="spaCy model: sm, md or an installed package name.")(f)


def _kb_option(f):
    return click.option("--kb", "kb_paths", multiple=True, type=click.Path(exists=True,
                        dir_okay=False), help="Extra actor knowledge-base file (YAML or CSV, "
                        "see docs/actors.md); repeatable; loaded after the bundled one.")(f)


def _input_format_option(f):
    return click.option("--input-format", "input_format",
                        type=click.Choice(["text", "html", "jsonl", "json", "csv", "rss"]),
                        help="Read every input as this format (default: by extension; "
                        "standard input is sniffed).")(f)


def _max_chars_option(f):
    return click.option("--max-chars", type=click.IntRange(min=1),
                        help="Reject texts longer than this (default: the spaCy limit, "
                        "1,000,000).")(f)


@click.command()
@click.argument("input", metavar="INPUT")
@click.option("--published", help="Publication date YYYY-MM-DD; overrides the input's own.")
@click.option("--format", "fmt", type=click.Choice(["json", "plover", "table"]), default="json",
              show_default=True, help="json: one contract object per article; plover: strict "
              "PLOVER JSONL; table: events for reading.")
@_model_option
@_kb_option
@_max_chars_option
@_input_format_option
@_time_budget_option
@_reference_date_option
@progress_option
def analyze(input, published, fmt, model, kb_paths, max_chars, input_format, time_budget,
            reference_date, progress):
    """Analyse INPUT and print the result (nothing is stored).

    INPUT is a text, HTML, JSONL, CSV or RSS/Atom file, a directory, or - for standard input.
    Articles come out in input order, one JSON object per line.

    \b
    Examples:
      detente analyze examples/news/ceasefire_talks.txt --format table
      detente analyze examples/news/ceasefire_talks.txt --kb examples/fictional_actors.yaml
      detente analyze stories.jsonl --published 2025-05-29 > out.jsonl
      curl -s https://example.org/a.html | detente analyze - --format plover
    """
    from ..ingest import Rejected, read_inputs
    from ..pipeline import Analyzer

    refuse_urls("analyze", [input])
    pub = _published(published)
    rejected = 0
    read = dict(published=pub, max_chars=max_chars, fmt=input_format)
    # The total costs a second read of the input; only paid when the bar is shown.
    total = None
    if input != "-" and (progress or (progress is None and sys.stderr.isatty())):
        total = sum(1 for item in read_inputs([input], **read)
                    if not isinstance(item, Rejected))

    def articles():
        nonlocal rejected
        for item in read_inputs([input], **read):
            if isinstance(item, Rejected):
                rejected += 1
                _report_reject(item)
            else:
                warn_language(item)
                yield item

    stream = articles()
    first = next(stream, None)
    if first is not None:
        analyzer = Analyzer(_options(model, kb_paths, time_budget, reference_date))
        with progress_bar(progress, total, " articles") as bar:
            for result in analyzer.results(itertools.chain([first], stream)):
                bar.clear()
                if isinstance(result, Rejected):  # the article could not be analysed
                    rejected += 1
                    _report_reject(result)
                else:
                    _print_analysis(result, fmt)
                bar.update(1)
    if rejected:
        sys.exit(2)


def _print_analysis(analysis, fmt: str) -> None:
    from ..export import clean_cell, event_dicts, format_table, write_plover

    if fmt == "json":
        try:
            click.echo(json.dumps(analysis.as_dict(), ensure_ascii=False))
        except UnicodeEncodeError:  # a lone surrogate in a title or url: escape it instead
            click.echo(json.dumps(analysis.as_dict()))
    elif fmt == "plover":
        write_plover(event_dicts(analysis), sys.stdout)
    else:
        art = analysis.article
        date = art.published.isoformat() if art.published else "no publication date"
        click.echo(f"# {clean_cell(art.title or art.origin, 100)} ({date})")
        click.echo(format_table(event_dicts(analysis)))


@click.command()
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@DB_OPTION
@click.option("--published", help="Publication date YYYY-MM-DD for every article (overrides).")
@_model_option
@_kb_option
@_max_chars_option
@_input_format_option
@_time_budget_option
@_reference_date_option
@wait_option(WRITER_WAIT, "a reader such as a notebook, or another ingest")
@progress_option
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes for the analysis (default: the number of cores this "
                   "process may use). Each loads the model once (about 0.4 GB); the "
                   "parent alone writes the store, in input order. Small inputs (under "
                   "4 articles per worker) are analysed in this process.")
@timeout_option
def ingest(paths, db, published, model, kb_paths, max_chars, input_format, time_budget,
           reference_date, wait, progress, workers, timeout):
    """Analyse PATH... and store the results in the database (--db).

    PATH is a file, a directory (read recursively), - for standard input, or the http(s) URL
    of an article page, fetched once (the only time detente goes on the network): its text
    is extracted, its title and date taken from the page's metadata (--published overrides),
    and its URL and fetch time stored. A URL that fails (no such host, refused, timed out,
    404 or 5xx, too large, not HTML, not decodable) is one line on stderr and a quarantine
    row, and the other inputs go on. A feed URL is refused: follow feeds with `detente watch`.

    Re-ingesting an article already stored by this version changes nothing (a page fetched
    again is re-analysed only if its text changed); rejected inputs and articles that could
    not be analysed are listed on stderr and kept in the quarantine table. The database is
    open only while each batch is stored, so other commands can read it meanwhile.

    \b
    Examples:
      detente ingest examples/news/
      detente ingest stories.jsonl feed.rss --db news.duckdb
      detente ingest https://example.org/news/talks.html --published 2025-05-29
    """
    from ..parallel import cpu_count
    from ..runner import ingest as ingest_into

    pub = _published(published)
    total = survey(list(paths), published=pub, max_chars=max_chars, fmt=input_format)
    with progress_bar(progress, total, " articles") as bar:
        def on_reject(item):
            bar.clear()
            _report_reject(item)

        result = ingest_into(db, paths, published=pub,
                             options=_options(model, kb_paths, time_budget, reference_date),
                             max_chars=max_chars, fmt=input_format, on_reject=on_reject,
                             progress=bar.update, wait=wait,
                             workers=workers or cpu_count(), on_workers=_report_workers,
                             fetch=page_reader(timeout))
    click.echo(result.summary(), err=True)
    if result.rejected:
        sys.exit(2)


def _report_workers(peaks: dict[int, int]) -> None:
    mib = sorted(round(b / 2**20) for b in peaks.values())
    click.echo(f"workers: {len(mib)}, peak memory per worker {mib[0]}-{mib[-1]} MiB"
               if len(mib) > 1 else f"workers: 1, peak memory {mib[0]} MiB", err=True)


def _event_filters(f):
    """The filters ``events`` and ``export`` share."""
    opts = [
        click.option("--actor", help="Actor: a code (RUS, UKR, IGO, NATO, ...) or a country or "
                     "organisation name (Russia)."),
        click.option("--recipient", help="Recipient: a code or a name, as for --actor."),
        click.option("--type", "type_", metavar="CAT",
                     help="PLOVER category (CONSULT, ACCUSE, ...)."),
        click.option("--since", help="Events dated on or after this (YYYY-MM-DD, YYYY-MM or "
                     "YYYY)."),
        click.option("--until", help="Events dated on or before this."),
        click.option("--limit", type=click.IntRange(min=1), help="At most N events."),
    ]
    for opt in reversed(opts):
        f = opt(f)
    return f


_MODALITY = click.option("--modality", type=click.Choice(["asserted", "future", "hypothetical",
                                                          "negated", "historical"]),
                         help="Only this modality.")


def _query(store, actor, recipient, type_, since, until) -> dict:
    """The filters as ``Store.events`` takes them, each checked: an unknown code or category
    is an error naming the closest valid ones, never an empty result."""
    for value in (since, until):
        if value:
            _check_partial_date(value)
    stored = store.actor_codes() if actor or recipient else ()
    return dict(actor=choices.party(actor, "--actor", stored),
                recipient=choices.party(recipient, "--recipient", stored),
                type=choices.category(type_), since=since, until=until)


def _no_match(store, query: dict, note: str = "", **more) -> str:
    """One line for an empty result: the filters as resolved, and what the store holds."""
    shown = dict(actor=query["actor"], recipient=query["recipient"], type=query["type"],
                 since=query["since"], until=query["until"], **more)
    used = choices.filters_text(**shown)
    n = store.counts()["events"]
    head = f"no events match {used}" if used else "no events"
    return f"{head}{note}; {n} events are stored"


@click.command()
@DB_OPTION
@_event_filters
@_MODALITY
@click.option("--all", "all_", is_flag=True, help="Include non-asserted events.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=None,
              help="Only events whose confidence (the probability that a careful coder codes "
                   "the event too; see the README) is at least this.")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table",
              show_default=True)
@wait_option(READER_WAIT, "e.g. an ingest storing a batch")
def events(db, actor, recipient, type_, since, until, limit, modality, all_, min_confidence,
           fmt, wait):
    """List stored events, filtered.

    By default only asserted events (hedged ones included); use --modality or --all for the
    others. Dates match at the event date's own precision; undated events never match
    --since/--until. An unknown code or category is an error with the closest valid ones;
    when nothing matches, one line says so and names the filters used.

    \b
    Examples:
      detente events --actor RUS --type CONSULT
      detente events --actor Russia --recipient Ukraine
      detente events --since 2025-05 --format csv > may.csv
      detente events --min-confidence 0.8
    """
    from ..export import format_table, write_csv
    from ..store import Store

    with Store(db, read_only=True, wait=wait) as store:
        query = _query(store, actor, recipient, type_, since, until)
        rows = store.events(**query, modality=modality, include_non_asserted=all_, limit=limit,
                            min_confidence=min_confidence)
        if not rows:
            note = "" if modality or all_ else " (asserted only: --all shows every modality)"
            empty = _no_match(store, query, note, modality=modality, all=all_,
                              min_confidence=min_confidence)
            empty = empty[0].upper() + empty[1:] + "."
    out = sys.stdout
    if not rows and fmt == "table":
        click.echo(empty)
        return
    if not rows:  # machine formats stay parseable: the note goes to stderr
        click.echo(empty, err=True)
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
    elif fmt == "csv":
        write_csv(rows, out)
    else:
        click.echo(format_table(rows))


def _check_partial_date(value: str) -> None:
    import re

    from ..errors import BadDate

    if re.fullmatch(r"\d{4}(-\d{2})?", value):
        if len(value) == 7 and not 1 <= int(value[5:]) <= 12:
            raise BadDate(value, "--since/--until")
        return
    parse_published(value, "--since/--until")


#: File name endings and the export format each means.
_EXTENSIONS = {".csv": "csv", ".parquet": "parquet", ".jsonl": "plover", ".json": "plover",
               ".ndjson": "plover"}


def _export_format(fmt: str | None, out: str) -> str:
    import os

    from ..export import ExportError

    if fmt:
        return fmt
    ext = os.path.splitext(out)[1].lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    where = "standard output" if out == "-" else f"{out!r}"
    raise ExportError(f"cannot tell the format of {where} from its name; end it in .csv, "
                      ".parquet or .jsonl (PLOVER), or pass --format csv|parquet|plover")


@click.command()
@click.option("--format", "fmt", type=click.Choice(["plover", "csv", "parquet"]),
              help="plover: strict PLOVER JSONL (asserted events only); csv and parquet: every "
              "event with its modality. Default: from OUT's extension (.jsonl, .csv, .parquet).")
@click.argument("out", metavar="OUT")
@DB_OPTION
@_event_filters
@_MODALITY
@wait_option(READER_WAIT, "e.g. an ingest storing a batch")
def export(fmt, out, db, actor, recipient, type_, since, until, limit, modality, wait):
    """Write the stored events to OUT (- for standard output, except parquet).

    Takes the filters of `detente events`; without --modality, csv and parquet hold every
    modality and plover the asserted events. CSV and Parquet have typed columns (dates,
    booleans, rounded numbers); Parquet keeps actors and recipients as lists of structs, CSV
    joins several with ';'.

    \b
    Examples:
      detente export events.jsonl
      detente export events.csv --db news.duckdb --actor Russia --since 2025
      detente export --format csv - | head
    """
    from ..export import export as export_events
    from ..store import Store

    fmt = _export_format(fmt, out)
    with Store(db, read_only=True, wait=wait) as store:
        query = _query(store, actor, recipient, type_, since, until)
        n = export_events(store, fmt, out, **query, modality=modality, limit=limit)
        empty = _no_match(store, query, modality=modality) if not n else ""
    click.echo(f"{n} events written to {out}" + (f": {empty}" if empty else ""), err=True)
