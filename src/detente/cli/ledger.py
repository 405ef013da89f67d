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
from . import choices
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


def _pair_given(ctx, param, value):
    # With nargs=2, click takes the next option's name as the second party
    # ("--between RUS --out x.html"), then complains about the option it swallowed.
    if value and any(v.startswith("-") and len(v) > 1 for v in value):
        given = [v for v in value if not v.startswith("-")]
        raise click.BadParameter(
            f"a pair needs two party codes (e.g. --between RUS UKR); got "
            f"{' '.join(given) or 'none'} before {next(v for v in value if v.startswith('-'))}",
            ctx, param)
    return value


def _ledger_parties(led: dict) -> set[str]:
    """Every party code the ledger holds (round processes, position holders and targets)."""
    out = {c for r in led["rounds"] for c in r.get("process") or ()}
    out |= {p.get("holder") for p in led["positions"]} | {p.get("concerns")
                                                         for p in led["positions"]}
    return {c for c in out if isinstance(c, str)}


def resolve_pair(led: dict, between) -> tuple[str, str]:
    stored = _ledger_parties(led)
    return tuple(choices.party(v, "--between", stored) for v in between)


def _say_empty(fmt: str, message: str) -> None:
    # A table gets the sentence instead of a bare header; JSON and CSV stay parseable.
    click.echo(message, err=fmt != "table")


@click.command()
@_with_source
@click.option("--between", nargs=2, metavar="A B", callback=_pair_given,
              help="Only rounds between these two parties (codes or names).")
@_FORMAT
def rounds(db, analyses, wait, between, fmt):
    """List negotiation rounds merged across articles (one row per meeting)."""
    led, _, _ = load_ledger(db, analyses, wait)
    rows = led["rounds"]
    if between:
        want = set(resolve_pair(led, between))
        rows = [r for r in rows if want <= set(r["process"])]
    if not rows:
        where = f" between {' and '.join(sorted(want))}" if between else ""
        _say_empty(fmt, f"No rounds{where}; {len(led['rounds'])} rounds are in the ledger.")
        if fmt == "table":
            return
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
    holder = choices.party(holder, "--holder", _ledger_parties(led))
    issue = choices.issue(issue, {p.get("issue") for p in led["positions"]})
    rows = [p for p in led["positions"]
            if (not holder or p["holder"] == holder) and (not issue or p["issue"] == issue)]
    if not rows:
        used = choices.filters_text(holder=holder, issue=issue)
        _say_empty(fmt, f"No positions{' match ' + used if used else ''}; "
                        f"{len(led['positions'])} positions are in the ledger.")
        if fmt == "table":
            return
    emit(rows, POSITION_COLUMNS, fmt)


@click.command()
@_with_source
@click.option("--between", nargs=2, metavar="A B", required=True, callback=_pair_given,
              help="The two parties, e.g. RUS UKR (codes or names).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False),
              help="Output file; .html or .md decides the format.")
def dossier(db, analyses, wait, between, out):
    """Write a self-contained report (HTML or Markdown) on the process between two parties.

    The HTML is the dashboard's dyad page printed (one file, its styles inline)."""
    from ..actors import load_kb
    from ..peace import dossier as dossier_mod
    from ..peace import pair

    suffix = Path(out).suffix.lower()
    if suffix not in (".html", ".htm", ".md"):
        raise LedgerSourceError(f"--out {out}: use a .html or .md file name")
    led, events, quotes = load_ledger(db, analyses, wait)
    between = resolve_pair(led, between)
    kb = load_kb()
    part = pair.about(led, between, events, quotes, pair.party_names(kb, between))
    if suffix == ".md":
        text = dossier_mod.render(part, between, part["events"], part["quotes"], fmt="md")
    else:
        from ..web import pairview

        text = pairview.dossier_html(part, [{"code": c, "name": kb.countries.get(c) or c}
                                            for c in between])
    Path(out).write_text(text, encoding="utf-8")
    click.echo(f"Wrote {out}: {len(part['rounds'])} rounds, {len(part['positions'])} positions, "
               f"{len(part['events'])} events, {len(part['quotes'])} quotes from "
               f"{len(part['articles'])} articles.")
