"""Export: stored (or freshly analysed) events as PLOVER JSONL, CSV, Parquet or a terminal table.

Every formatter takes event dicts in one shape: the output contract's event plus
``article_id``, ``title``, ``url``, ``published`` and, when known, ``source`` (what
``Store.events`` returns and what ``event_dicts(analysis)`` builds), so ``detente analyze`` and
``detente export`` share code. Strict PLOVER records are built in ``plover.py``.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sys
import unicodedata
from typing import IO, Any, Iterable

from .errors import DetenteError
from .plover import FUTURE_AS_AGREE, plover_record, write_plover  # noqa: F401  (re-exported)
from .records import Analysis

FORMATS = ("plover", "csv", "parquet")

CSV_COLUMNS = (
    "id", "article_id", "published", "date", "date_precision", "date_source", "event", "mode",
    "context", "modality", "hedged", "actor_code", "actor_sector", "actor_name", "actor_text",
    "recipient_code", "recipient_sector", "recipient_name", "recipient_text",
    "location_name", "location_country", "location_resolution", "location_coordinates",
    "lat", "lon", "geonameid", "sentence",
    "sentence_start", "sentence_end", "trigger", "mentions", "confidence", "title", "url",
)
#: Joins list values (several actors, several contexts) inside one CSV cell.
LIST_SEP = ";"


class ExportError(DetenteError):
    pass


def event_dicts(analysis: Analysis) -> list[dict]:
    """An analysis's events in the store's event-dict shape."""
    art = analysis.article
    extra = {"article_id": art.id, "title": art.title, "url": art.url, "source": art.source,
             "published": art.published.isoformat() if art.published else None}
    return [{**ev.as_dict(), **extra} for ev in analysis.events]


# ---------------------------------------------------------------------- CSV


def _neutralise(value: str) -> str:
    # A cell starting with = + - @ (or tab / CR) runs as a formula in spreadsheets.
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


#: Decimal places kept for float columns: sums of weights print as 0.9500000000000001, and
#: five places of a degree are about a metre, finer than any place detente resolves.
_ROUNDING = {"confidence": 3, "lat": 5, "lon": 5}


def csv_row(ev: dict) -> dict[str, Any]:
    """One flat CSV row for an event dict (list values joined with ';')."""
    loc = ev.get("location") or {}
    evidence = ev.get("evidence") or {}
    row: dict[str, Any] = {
        "id": ev["id"], "article_id": ev.get("article_id"), "published": ev.get("published"),
        "date": ev.get("date"), "date_precision": ev.get("date_precision"),
        "date_source": ev.get("date_source"), "event": ev["event"], "mode": ev.get("mode"),
        "context": LIST_SEP.join(ev.get("context") or []), "modality": ev["modality"],
        "hedged": "true" if ev.get("hedged") else "false",
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
        for f in ("code", "sector", "name", "text"):
            row[f"{role}_{f}"] = LIST_SEP.join(str(a.get(f) or "") for a in actors) or None
    for key, places in _ROUNDING.items():
        if isinstance(row[key], float):
            row[key] = round(row[key], places)
    return {k: (_neutralise(v) if isinstance(v, str) else v) for k, v in row.items()}


def write_csv(events: Iterable[dict], out: IO[str]) -> int:
    """RFC 4180 CSV, one header row, ISO dates, empty cells for missing values."""
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    n = 0
    for ev in events:
        writer.writerow(csv_row(ev))
        n += 1
    return n


# ---------------------------------------------------------------------- Parquet


def write_parquet(events: Iterable[dict], path: str) -> int:
    """Parquet with the CSV's columns, typed, list values kept as lists."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = list(events)
    cols: dict[str, list] = {c: [] for c in CSV_COLUMNS}
    for ev in rows:
        flat = csv_row(ev)
        for c in CSV_COLUMNS:
            cols[c].append(flat[c])
        # lists and typed values, not the CSV's joined / neutralised text
        cols["context"][-1] = list(ev.get("context") or [])
        cols["hedged"][-1] = bool(ev.get("hedged"))
        for role in ("actor", "recipient"):
            for f in ("code", "sector", "name", "text"):
                cols[f"{role}_{f}"][-1] = [a.get(f) for a in ev.get(role) or []]
        cols["sentence"][-1] = (ev.get("evidence") or {}).get("sentence")
        cols["title"][-1], cols["url"][-1] = ev.get("title"), ev.get("url")
    types = {"lat": pa.float64(), "lon": pa.float64(), "geonameid": pa.int64(),
             "sentence_start": pa.int32(), "sentence_end": pa.int32(), "mentions": pa.int32(),
             "confidence": pa.float64(), "hedged": pa.bool_(), "context": pa.list_(pa.string())}
    for role in ("actor", "recipient"):
        for f in ("code", "sector", "name", "text"):
            types[f"{role}_{f}"] = pa.list_(pa.string())
    table = pa.table({c: pa.array(v, type=types.get(c, pa.string())) for c, v in cols.items()})
    pq.write_table(table, path)
    return len(rows)


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


def format_table(events: Iterable[dict], width: int | None = None) -> str:
    """A plain-text table of events, fitted to ``width`` (default: the terminal's)."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    head = ("date", "event", "modality", "actor", "recipient", "where", "evidence")
    rows = []
    for ev in events:
        modality = ev["modality"] + (" (hedged)" if ev.get("hedged") else "")
        loc = ev.get("location") or {}
        rows.append((ev.get("date") or "-", ev["event"] + (f"/{ev['mode']}" if ev.get("mode") else ""),
                     modality, _who(ev.get("actor") or []) or "-",
                     _who(ev.get("recipient") or []) or "-", loc.get("name") or "-",
                     (ev.get("evidence") or {}).get("sentence") or ""))
    if not rows:
        return "(no events)"
    fixed = [10, 22, 20, 18, 18, 14]
    fixed = [min(w, max(len(head[i]), *(len(clean_cell(r[i])) for r in rows)))
             for i, w in enumerate(fixed)]
    last = max(width - sum(fixed) - 2 * len(fixed), 20)
    widths = [*fixed, last]
    lines = ["  ".join(h.ljust(w) for h, w in zip(head, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    for r in rows:
        lines.append("  ".join(clean_cell(v, w).ljust(w) for v, w in zip(r, widths)).rstrip())
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
        return write_parquet(events, os.fspath(out))
    writer = write_plover if fmt == "plover" else write_csv
    if isinstance(out, (str, os.PathLike)):
        if os.fspath(out) == "-":
            return writer(events, sys.stdout)
        try:
            with open(out, "w", encoding="utf-8", newline="") as fh:
                return writer(events, fh)
        except OSError as exc:
            raise ExportError(f"cannot write {os.fspath(out)}: {exc.strerror}; check the "
                              "directory exists and is writable") from None
    return writer(events, out)

