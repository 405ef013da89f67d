"""Ledger commands: rounds, positions, dossier. Thin: load the ledger, filter, print or render.

The ledger comes from the store (``--db``, default ./detente.duckdb) or, without a store, from
a file of ``detente analyze`` output (``--analyses FILE.jsonl``).
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import click

from ..dblock import READER_WAIT
from ..errors import DetenteError
from .core import wait_option

DEFAULT_DB = "detente.duckdb"
KINDS = ("statements", "rounds", "positions", "claims")


class LedgerSourceError(DetenteError):
    pass


def register(group: click.Group) -> None:
    group.add_command(rounds)
    group.add_command(positions)
    group.add_command(dossier)


# ----------------------------------------------------------------------------- loading


def _store_items(db: str, wait: float = 0.0):
    if not Path(db).exists():
        raise LedgerSourceError(
            f"no database at {db}; ingest articles first (detente ingest FILE --db {db}) "
            f"or pass --analyses FILE.jsonl")
    try:
        from ..store import Store
    except ImportError:
        raise LedgerSourceError("the store is not available in this build; pass --analyses FILE.jsonl")
    with Store(db, read_only=True, wait=wait) as store:
        # Asked kind by kind: a claim's own "kind" field (duration, count) shadows the row's.
        items = [dict(r, kind=kind) for kind in KINDS for r in store.ledger_items(kinds=[kind])]
        return items, store.events(), store.quotes()


def _analyses_items(path: str):
    items, events, quotes = [], [], []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise LedgerSourceError(f"cannot read {path}: {exc.strerror}")
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            raise LedgerSourceError(
                f"{path}:{n} is not JSON; expected the output of detente analyze --format json")
        if not isinstance(obj, dict) or "article" not in obj:
            raise LedgerSourceError(f"{path}:{n} has no 'article'; expected detente analyze output")
        items.append(obj)
        aid = obj["article"].get("id")
        events += [dict(ev, article_id=aid) for ev in obj.get("events", [])]
        quotes += [dict(q, article_id=aid) for q in obj.get("quotes", [])]
    return items, events, quotes


def load_ledger(db: str, analyses: str | None, wait: float = 0.0):
    """(ledger, events, quotes) from the store or an analyses file."""
    from ..peace import ledger as ledger_mod

    items, events, quotes = _analyses_items(analyses) if analyses else _store_items(db, wait)
    return ledger_mod.build(items), events, quotes


# ----------------------------------------------------------------------------- output

_CONTROL = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _cell(value) -> str:
    """A terminal/CSV-safe single-line cell."""
    if isinstance(value, (list, tuple)):
        value = ", ".join(str(v) for v in value)
    elif isinstance(value, dict):
        value = value.get("name") or json.dumps(value, ensure_ascii=False)
    text = _CONTROL.sub(" ", "" if value is None else str(value))
    return " ".join(text.split())


def _csv_cell(value) -> str:
    text = _cell(value)
    # Spreadsheets run cells that start like formulas.
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text


def emit(rows: list[dict], columns: list[str], fmt: str) -> None:
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(columns)
        for row in rows:
            w.writerow([_csv_cell(row.get(c)) for c in columns])
        click.echo(buf.getvalue(), nl=False)
        return
    table = [[_cell(row.get(c))[:60] for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in table]) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip())
    for r in table:
        click.echo("  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip())


_source = [
    click.option("--db", default=DEFAULT_DB, show_default=True, help="DuckDB store to read."),
    click.option("--analyses", type=click.Path(dir_okay=False),
                 help="Read detente analyze JSON lines instead of a store."),
    wait_option(READER_WAIT, "e.g. an ingest storing a batch"),
]


def _with_source(fn):
    for opt in reversed(_source):
        fn = opt(fn)
    return fn


_FORMAT = click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]),
                       default="table", show_default=True)

ROUND_COLUMNS = ["date", "status", "process", "venue", "format", "level", "mediators", "outcome",
                 "sources"]
POSITION_COLUMNS = ["holder", "issue", "stance", "change", "concerns", "condition_for",
                    "first_seen", "last_seen"]


@click.command()
@_with_source
@click.option("--between", nargs=2, metavar="A B", help="Only rounds between these two parties.")
@_FORMAT
def rounds(db, analyses, wait, between, fmt):
    """List negotiation rounds merged across articles (one row per meeting)."""
    led, _, _ = load_ledger(db, analyses, wait)
    rows = led["rounds"]
    if between:
        want = {c.upper() for c in between}
        rows = [r for r in rows if want <= set(r["process"])]
    if fmt != "json":
        rows = [dict(r, sources=len(r["sources"]), date=r.get("date") or r.get("window") or "undated")
                for r in rows]
    emit(rows, ROUND_COLUMNS, fmt)


@click.command()
@_with_source
@click.option("--holder", help="Only this holder (country code, e.g. RUS).")
@click.option("--issue", help="Only this issue id (see detente/data/issues.yaml).")
@_FORMAT
def positions(db, analyses, wait, holder, issue, fmt):
    """List positions by holder and issue, with their latest stance and change."""
    led, _, _ = load_ledger(db, analyses, wait)
    rows = [p for p in led["positions"]
            if (not holder or p["holder"] == holder.upper()) and (not issue or p["issue"] == issue)]
    emit(rows, POSITION_COLUMNS, fmt)


@click.command()
@_with_source
@click.option("--between", nargs=2, metavar="A B", required=True, help="The two parties, e.g. RUS UKR.")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Output file; .html or .md decides the format.")
def dossier(db, analyses, wait, between, out):
    """Write a self-contained report (HTML or Markdown) on the process between two parties."""
    from ..peace import dossier as dossier_mod
    from ..peace import ledger as ledger_mod

    suffix = Path(out).suffix.lower()
    if suffix not in (".html", ".htm", ".md"):
        raise LedgerSourceError(f"--out {out}: use a .html or .md file name")
    led, events, quotes = load_ledger(db, analyses, wait)
    part = ledger_mod.between(led, between)
    text = dossier_mod.render(part, between, events, quotes, fmt="md" if suffix == ".md" else "html")
    Path(out).write_text(text, encoding="utf-8")
    click.echo(f"Wrote {out}: {len(part['rounds'])} rounds, {len(part['positions'])} positions.")
