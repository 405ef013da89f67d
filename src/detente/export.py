"""Export: stored (or freshly analysed) events as PLOVER JSONL, CSV, Parquet or a terminal table.

Every formatter takes event dicts in one shape: the output contract's event plus
``article_id``, ``title``, ``url``, ``published`` and, when known, ``source`` (what
``Store.events`` returns and what ``event_dicts(analysis)`` builds), so ``detente analyze`` and
``detente export`` share code. Strict PLOVER records are built in ``plover.py``.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sys
import tempfile
import unicodedata
from typing import IO, TYPE_CHECKING, Any, Iterable

from .errors import DetenteError
from .plover import FUTURE_AS_AGREE, plover_record, write_plover  # noqa: F401  (re-exported)
from .records import Analysis, first_day

if TYPE_CHECKING:  # imported where used: the terminal-table helpers serve every command
    import pyarrow as pa

FORMATS = ("plover", "csv", "parquet")

CSV_COLUMNS = (
    "id", "article_id", "published", "date", "date_precision", "date_basis", "event", "mode",
    "context", "modality", "hedged", "actor_code", "actor_sector", "actor_name", "actor_text",
    "recipient_code", "recipient_sector", "recipient_name", "recipient_text",
    "location_name", "location_country", "location_resolution", "location_coordinates",
    "lat", "lon", "geonameid", "sentence",
    "sentence_start", "sentence_end", "trigger", "mentions", "confidence", "title", "url",
)
#: Joins list values (several actors, several contexts) inside one CSV cell.
LIST_SEP = ";"
#: What a participant keeps in Parquet's ``actor`` / ``recipient`` lists of structs.
PARTICIPANT_FIELDS = ("code", "sector", "name", "text", "role", "org")
#: Parquet's columns: the CSV's, with the joined participant columns replaced by one list of
#: structs per role.
PARQUET_COLUMNS = tuple(
    {"actor_code": "actor", "recipient_code": "recipient"}.get(c, c) for c in CSV_COLUMNS
    if not (c.startswith(("actor_", "recipient_")) and not c.endswith("_code")))


class ExportError(DetenteError):
    pass


def event_dicts(analysis: Analysis) -> list[dict]:
    """An analysis's events in the store's event-dict shape."""
    art = analysis.article
    extra = {"article_id": art.id, "title": art.title, "url": art.url, "source": art.source,
             "published": art.published.isoformat() if art.published else None}
    return [{**ev.as_dict(), **extra} for ev in analysis.events]


# ---------------------------------------------------------------------- rows


def _neutralise(value: str) -> str:
    # A cell starting with = + - @ (or tab / CR) runs as a formula in spreadsheets.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


#: Decimal places kept for float columns: sums of weights print as 0.9500000000000001, and
#: five places of a degree are about a metre, finer than any place detente resolves.
_ROUNDING = {"confidence": 3, "lat": 5, "lon": 5}


def _day(value: Any) -> dt.date | None:
    """A contract date ("2025-05") as the first day of its period: a column of one date type,
    which pandas, R and spreadsheets read as dates; ``date_precision`` says how much of it
    the source gives."""
    return first_day(value) if value else None


def _participants(actors: list[dict]) -> list[dict]:
    return [{f: a.get(f) for f in PARTICIPANT_FIELDS} for a in actors]


def _typed_row(ev: dict, flat: bool) -> dict[str, Any]:
    """One export row of typed values. ``flat`` (CSV): list values joined with ';' and text
    made safe for spreadsheets; otherwise (Parquet) lists stay lists and text stays as stored,
    participants as lists of structs."""
    loc = ev.get("location") or {}
    evidence = ev.get("evidence") or {}
    context = list(ev.get("context") or [])
    row: dict[str, Any] = {
        "id": ev["id"], "article_id": ev.get("article_id"), "published": _day(ev.get("published")),
        "date": _day(ev.get("date")), "date_precision": ev.get("date_precision"),
        "date_basis": ev.get("date_basis"), "event": ev["event"], "mode": ev.get("mode"),
        "context": LIST_SEP.join(context) if flat else context, "modality": ev["modality"],
        "hedged": bool(ev.get("hedged")),
        "location_name": loc.get("name"), "location_country": loc.get("country"),
        "location_resolution": loc.get("resolution"),
        "location_coordinates": loc.get("coordinates"),
        "lat": loc.get("lat"), "lon": loc.get("lon"), "geonameid": loc.get("geonameid"),
        "sentence": evidence.get("sentence"), "sentence_start": evidence.get("start"),
        "sentence_end": evidence.get("end"), "trigger": evidence.get("trigger"),
        "mentions": 1 + len(ev.get("also_evidence") or ()),
        "confidence": ev.get("confidence"), "title": ev.get("title"), "url": ev.get("url"),
    }
    for role in ("actor", "recipient"):
        actors = ev.get(role) or []
        if not flat:
            row[role] = _participants(actors)
            continue
        for f in ("code", "sector", "name", "text"):
            row[f"{role}_{f}"] = LIST_SEP.join(str(a.get(f) or "") for a in actors) or None
    for key, places in _ROUNDING.items():
        if isinstance(row[key], float):
            row[key] = round(row[key], places)
    if flat:  # an empty text is an empty cell, as a missing one (DuckDB would write "")
        row = {k: ((_neutralise(v) or None) if isinstance(v, str) else v)
               for k, v in row.items()}
    return row


def csv_row(ev: dict) -> dict[str, Any]:
    """One CSV row for an event dict as the file shows it: list values joined with ';',
    ``date`` and ``published`` as YYYY-MM-DD, numbers rounded."""
    return {k: (v.isoformat() if isinstance(v, dt.date) else v)
            for k, v in _typed_row(ev, flat=True).items()}


# ---------------------------------------------------------------------- typed tables

def _column_types(fmt: str) -> dict[str, "pa.DataType"]:
    """Column types other than text: dates, booleans and numbers in both formats (DuckDB
    writes them to CSV as YYYY-MM-DD, true/false and plain decimals); lists and structs in
    Parquet only."""
    import pyarrow as pa

    types = {"published": pa.date32(), "date": pa.date32(), "hedged": pa.bool_(),
             "lat": pa.float64(), "lon": pa.float64(), "geonameid": pa.int64(),
             "sentence_start": pa.int32(), "sentence_end": pa.int32(), "mentions": pa.int32(),
             "confidence": pa.float64()}
    if fmt == "parquet":
        participant = pa.list_(pa.struct([(f, pa.string()) for f in PARTICIPANT_FIELDS]))
        types.update(context=pa.list_(pa.string()), actor=participant, recipient=participant)
    return types


def export_table(events: Iterable[dict], fmt: str) -> pa.Table:
    """The events as one typed Arrow table: CSV's columns for ``csv``, Parquet's otherwise."""
    import pyarrow as pa

    flat = fmt == "csv"
    names, types = (CSV_COLUMNS if flat else PARQUET_COLUMNS), _column_types(fmt)
    cols: dict[str, list] = {c: [] for c in names}
    for ev in events:
        row = _typed_row(ev, flat)
        for c in names:
            cols[c].append(row[c])
    return pa.table({c: pa.array(v, type=types.get(c, pa.string())) for c, v in cols.items()})


def _copy(table: pa.Table, fmt: str, path: str) -> None:
    """DuckDB's COPY writes the table: dates as YYYY-MM-DD, booleans as true/false, RFC 4180
    quoting in CSV; types, lists and structs kept in Parquet."""
    import duckdb

    options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
    con = duckdb.connect()
    try:
        con.register("export_rows", table)
        # ``path`` is a temporary file this module named: nothing from the user is in the SQL
        con.execute(f"COPY export_rows TO '{path}' ({options})")
    finally:
        con.close()


def _deliver(table: pa.Table, fmt: str, out: str | os.PathLike | IO[str]) -> None:
    """Write through a temporary file, then to ``out``: a failed export leaves no half file
    at ``out``, and a text stream (stdout) gets the same bytes as a file would."""
    with tempfile.TemporaryDirectory(prefix="detente-export-") as tmp:
        part = os.path.join(tmp, f"events.{fmt}")
        _copy(table, fmt, part)
        if isinstance(out, (io.RawIOBase, io.BufferedIOBase)):  # a binary stream
            with open(part, "rb") as fh:
                shutil.copyfileobj(fh, out)
            return
        if not isinstance(out, (str, os.PathLike)):
            with open(part, encoding="utf-8", newline="") as fh:
                shutil.copyfileobj(fh, out)
            return
        try:
            shutil.copyfile(part, out)
        except OSError as exc:
            raise ExportError(f"cannot write {os.fspath(out)}: {exc.strerror}; check the "
                              "directory exists and is writable") from None


def write_csv(events: Iterable[dict], out: str | os.PathLike | IO[str]) -> int:
    """RFC 4180 CSV, one header row, ISO dates, true/false, empty cells for missing values;
    several actors (or contexts) in one cell joined with ';'."""
    table = export_table(events, "csv")
    _deliver(table, "csv", out)
    return table.num_rows


def write_parquet(events: Iterable[dict], path: str | os.PathLike) -> int:
    """Parquet with typed columns: dates as dates, contexts as a list, and ``actor`` /
    ``recipient`` as lists of structs (code, sector, name, text, role, org)."""
    table = export_table(events, "parquet")
    _deliver(table, "parquet", path)
    return table.num_rows


# ---------------------------------------------------------------------- terminal table


def clean_cell(value: Any, width: int | None = None) -> str:
    """Text safe for a terminal: control and format characters (ESC, bidi overrides) dropped,
    whitespace collapsed, cut to ``width`` with an ellipsis."""
    s = "" if value is None else str(value)
    s = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in s
                if unicodedata.category(c) != "Cf")
    s = " ".join(s.split())
    if width is not None and len(s) > width:
        s = s[: max(width - 1, 0)] + "…"
    return s


def _who(actors: list[dict]) -> str:
    return ", ".join(filter(None, (" ".join(filter(None, (a.get("code"), a.get("sector"))))
                                   or a.get("name") or "" for a in actors)))


#: Follows a date the text does not state (the publication date standing in), with a note.
REPORTED_MARK = "*"
REPORTED_NOTE = (f"{REPORTED_MARK} publication date: the article reports the event without a "
                 "date of its own")


def _table_date(ev: dict) -> str:
    date = ev.get("date")
    if not date:
        return "-"
    return date + (REPORTED_MARK if ev.get("date_basis") == "publication" else "")


def text_table(head: tuple[str, ...], rows: list[tuple], caps: tuple[int, ...],
               width: int) -> list[str]:
    """Lines of a plain-text table: every column but the last at most its cap (narrower when
    its cells are), the last taking the rest of ``width``; cells cleaned for a terminal."""
    fixed = [min(cap, max([len(head[i]), *(len(clean_cell(r[i])) for r in rows)]))
             for i, cap in enumerate(caps)]
    widths = [*fixed, max(width - sum(fixed) - 2 * len(fixed), 20)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for r in rows:
        lines.append("  ".join(clean_cell(v, w).ljust(w) for v, w in zip(r, widths)).rstrip())
    return lines


def format_table(events: Iterable[dict], width: int | None = None) -> str:
    """A plain-text table of events, fitted to ``width`` (default: the terminal's). A date
    the text does not state is marked, and a note under the table says what the mark means."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    head = ("date", "event", "modality", "actor", "recipient", "where", "evidence")
    rows = []
    for ev in events:
        modality = ev["modality"] + (" (hedged)" if ev.get("hedged") else "")
        loc = ev.get("location") or {}
        rows.append((_table_date(ev), ev["event"] + (f"/{ev['mode']}" if ev.get("mode") else ""),
                     modality, _who(ev.get("actor") or []) or "-",
                     _who(ev.get("recipient") or []) or "-", loc.get("name") or "-",
                     (ev.get("evidence") or {}).get("sentence") or ""))
    if not rows:
        return "(no events)"
    lines = text_table(head, rows, (11, 22, 20, 18, 18, 14), width)
    if any(r[0].endswith(REPORTED_MARK) for r in rows):
        lines.append(REPORTED_NOTE)
    return "\n".join(lines)


# ---------------------------------------------------------------------- entry point


def export(store, fmt: str, out: str | os.PathLike | IO[str], **filters: Any) -> int:
    """Write the store's events to ``out`` (a path, "-" for stdout, or an open text file).

    ``plover`` keeps only asserted events (see ``plover_record``); ``csv`` and ``parquet``
    write every event with its modality. ``filters`` go to ``Store.events``. Returns the number
    of events written.
    """
    if fmt not in FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    events = store.events(include_non_asserted=True, **filters)
    if fmt == "parquet":
        if not isinstance(out, (str, os.PathLike)) or os.fspath(out) == "-":
            raise ExportError("parquet needs a file path, not standard output; give OUT.parquet")
        return write_parquet(events, out)
    if isinstance(out, (str, os.PathLike)) and os.fspath(out) == "-":
        out = sys.stdout
    if fmt == "csv":
        return write_csv(events, out)
    if not isinstance(out, (str, os.PathLike)):
        return write_plover(events, out)
    try:
        with open(out, "w", encoding="utf-8", newline="") as fh:
            return write_plover(events, fh)
    except OSError as exc:
        raise ExportError(f"cannot write {os.fspath(out)}: {exc.strerror}; check the "
                          "directory exists and is writable") from None
