"""Readers of many articles per file: JSON lines, JSON documents, CSV.

Each record is read on its own: a bad one becomes a ``Rejected`` with its line (JSONL, CSV) or
index (JSON list) and the records after it are still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import json
import re
from typing import Any, Iterable, Iterator

from .base import (TEXT_KEYS, BigNumber, Article, Reject, Rejected, excerpt, from_record, guard,
                   kind_of, show)
from .decode import StreamBroken, decode

#: Deeper JSON is not an article record. Checked before parsing: Python's parser recurses
#: (RecursionError near 1,000 levels) and so does anything that walks the result.
MAX_JSON_DEPTH = 100
#: Python refuses to turn longer integer literals into ``int`` (ValueError past 4,300 digits).
_INT_DIGITS = 4000
_JSON_TOKENS = re.compile(r'["\\\[\]{}]')


def line_limit(max_chars: int) -> int:
    """Bytes one JSON line may take: the text fully escaped (six bytes a character for
    ``\\uXXXX``, so eight leaves room) plus 64 KB of metadata."""
    return max_chars * 8 + 65536


def _too_deep(s: str) -> bool:
    if s.count("[") + s.count("{") <= MAX_JSON_DEPTH:
        return False
    depth, in_string, skip = 0, False, -1
    for m in _JSON_TOKENS.finditer(s):
        i = m.start()
        if i == skip:
            continue
        c = s[i]
        if in_string:
            if c == "\\":
                skip = i + 1
            elif c == '"':
                in_string = False
        elif c == '"':
            in_string = True
        elif c in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return True
        elif c in "]}":
            depth -= 1
    return False


def _int(digits: str) -> int | BigNumber:
    return int(digits) if len(digits) <= _INT_DIGITS else BigNumber(digits)


def parse_json(s: str, what: str) -> Any:
    """``s`` parsed; raises ``Reject`` saying how to fix it. ``what``: "line" or "file"."""
    fix = ("fix or remove the line" if what == "line"
           else "give one object, a list of objects, or JSON lines (.jsonl)")
    subject = "line" if what == "line" else "JSON"
    if _too_deep(s):
        raise Reject("bad_json", f"{subject} nests deeper than {MAX_JSON_DEPTH} levels, which no "
                     f"article record needs; {fix}", excerpt(s))
    try:
        return json.loads(s, parse_int=_int)
    except json.JSONDecodeError as exc:
        if what == "line":
            where = f"{exc.msg.removesuffix(' at')} at column {exc.colno}"
            raise Reject("bad_json", f"line is not valid JSON ({where}); {fix}",
                         excerpt(s)) from None
        raise Reject("bad_json", f"not valid JSON ({exc.msg} at line {exc.lineno}); {fix}",
                     excerpt(s)) from None
    except RecursionError:  # not reached below MAX_JSON_DEPTH; kept as the last word
        raise Reject("bad_json", f"{subject} nests too deeply to read; {fix}") from None


# --------------------------------------------------------------------------- JSON lines


def overlong_line(origin: str, max_chars: int) -> Rejected:
    """The rejection of a JSON line over ``line_limit(max_chars)`` bytes."""
    return Rejected(origin, "too_long", f"line is over {line_limit(max_chars):,} bytes, too "
                    f"long for the {max_chars:,}-character limit; split the article or raise "
                    "--max-chars")


def jsonl_item(raw: bytes | str, origin: str, published: dt.date | None,
               max_chars: int) -> Article | Rejected:
    """One non-blank JSON line (the Spark path reads lines itself and calls this too)."""

    def build() -> Article:
        line = decode(raw, "line") if isinstance(raw, bytes) else raw
        record = parse_json(line.strip().lstrip("\ufeff"), "line")
        return from_record(record, origin, published, max_chars)

    return guard(origin, build)


def jsonl_items(lines: Iterable[bytes | str | None | StreamBroken], name: str,
                published: dt.date | None, max_chars: int) -> Iterator[Article | Rejected]:
    """Items of JSON lines as ``decode.bounded_lines`` yields them (None: an overlong line)."""
    seen = False
    for lineno, raw in enumerate(lines, start=1):
        origin = f"{name}:{lineno}"
        if isinstance(raw, StreamBroken):
            yield Rejected(origin, raw.code, raw.message)
            return
        if raw is None:
            seen = True
            yield overlong_line(origin, max_chars)
            continue
        if not raw.strip():
            continue
        seen = True
        yield jsonl_item(raw, origin, published, max_chars)
    if not seen:
        yield Rejected(name, "empty", "no JSON lines in it (only blank lines); put one "
                       '{"text": ...} object per line')


# --------------------------------------------------------------------------- JSON document


def json_items(data: str, name: str, published: dt.date | None,
               max_chars: int) -> Iterator[Article | Rejected]:
    """One object, or a list of objects, in a ``.json`` file."""
    try:
        doc = parse_json(data, "file")
    except Reject as r:
        yield Rejected(name, r.code, r.message, r.excerpt)
        return
    if isinstance(doc, (list, dict)) and not doc:
        shape = "an empty list" if isinstance(doc, list) else "an empty object"
        yield Rejected(name, "no_articles", f"the JSON is {shape}, so it holds no articles; "
                       'give one {"text": ...} object per article')
        return
    if isinstance(doc, dict):
        yield guard(name, lambda: from_record(doc, name, published, max_chars))
        return
    if not isinstance(doc, list):
        yield Rejected(name, "bad_json", f"expected a JSON object or a list of objects, got "
                       f"{kind_of(doc)}; give one {{\"text\": ...}} object per article",
                       excerpt(doc))
        return
    for i, record in enumerate(doc, start=1):
        origin = f"{name}[{i}]"
        yield guard(origin, lambda r=record, o=origin: from_record(r, o, published, max_chars))


# --------------------------------------------------------------------------- CSV


class _Lines:
    """Physical lines handed to ``csv.reader`` one by one, restartable at any line."""

    def __init__(self, lines: list[str]):
        self.lines, self.pos = lines, 0

    def __iter__(self) -> "_Lines":
        return self

    def __next__(self) -> str:
        if self.pos >= len(self.lines):
            raise StopIteration
        self.pos += 1
        return self.lines[self.pos - 1]


_DOUBLE_QUOTES = 'double every " inside a quoted field'


def _csv_error(exc: csv.Error) -> str:
    why = str(exc)
    if "unexpected end of data" in why:
        return ("a quoted field opened in this row is never closed (it runs to the end of the "
                f"file); close the quote and {_DOUBLE_QUOTES}")
    if "expected after" in why:
        return f"a quoted field has text after its closing quote; {_DOUBLE_QUOTES}"
    return (f"the row cannot be read as CSV ({show(why)}); quote fields that hold commas, "
            f"quotes or line breaks and {_DOUBLE_QUOTES}")


def _field_count(n: int, width: int, start: int, end: int) -> str:
    span = f" (the row runs over lines {start}-{end})" if end > start else ""
    if n > width:
        return (f"row has {n} fields but the header has {width}{span}: an unquoted comma "
                "shifts the columns; put quotes around every field that holds a comma")
    return (f"row has {n} fields but the header has {width}{span}: a field is missing or a "
            "line break is not quoted; give every column (an empty one as nothing between two "
            "commas) and put quotes around fields that hold line breaks")


def _well_formed_row(lines: list[str], at: int, width: int) -> bool:
    probe = _Lines(lines)
    probe.pos = at
    try:
        return len(next(csv.reader(probe, strict=True))) == width
    except (csv.Error, StopIteration):
        return False


def csv_items(data: str, name: str, published: dt.date | None,
              max_chars: int) -> Iterator[Article | Rejected]:
    """Rows of a CSV file with a header, read strictly.

    A row that breaks the quoting rules, or has more or fewer fields than the header, is
    rejected with its line number: such a row would otherwise put the url in the title and
    the date in the url. Reading goes on at the next line after a quoting error (the broken
    row may have swallowed the rows below it) and after the whole row otherwise.
    """
    csv.field_size_limit(2**31 - 1)  # length is checked per text with a clear message instead
    src = _Lines(list(io.StringIO(data, newline="")))
    # Line numbers count "\n" as grep, sed and wc do, although a lone "\r" also ends a line
    # for the CSV parser: number[i] is the line that physical line i starts on.
    number = list(itertools.accumulate((line.endswith("\n") for line in src.lines),
                                       initial=1))
    reader = csv.reader(src, strict=True)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield Rejected(name, "empty", "CSV file has no header row; the first row must name the "
                       "columns (text, title, url, source, published)")
        return
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    if not any(k in columns for k in TEXT_KEYS):
        yield Rejected(name, "no_text", f"CSV has no 'text' column (columns: "
                       f"{show(', '.join(columns), quote='')}); name the article body column 'text'",
                       excerpt(",".join(header)))
        return
    twice = sorted({c for c in columns if c and columns.count(c) > 1})
    if twice:
        yield Rejected(name, "bad_csv", f"CSV header names the column {show(twice[0])} more than "
                       "once; give each column its own name")
        return
    rows = 0
    while True:
        start = src.pos
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            rows += 1
            yield Rejected(f"{name}:{number[start]}", "bad_csv", _csv_error(exc))
            src.pos = start + 1
            reader = csv.reader(src, strict=True)
            continue
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        origin = f"{name}:{number[start]}"
        if len(row) != len(columns):
            end = src.pos
            if end - start > 1 and _well_formed_row(src.lines, start + 1, len(columns)):
                # The next line starts a good row: this row's quote was never closed and ran
                # on into it, so it alone is bad and reading resumes on the next line.
                message = (f"a quoted field opened in this row runs on to line {number[end - 1]}"
                           f"; close the quote and {_DOUBLE_QUOTES}")
                src.pos = start + 1
                reader = csv.reader(src, strict=True)
            else:
                message = _field_count(len(row), len(columns), number[start], number[end - 1])
            yield Rejected(origin, "bad_csv", message, excerpt(",".join(row)))
            continue
        record = dict(zip(columns, row))
        yield guard(origin, lambda r=record, o=origin: from_record(r, o, published, max_chars))
    if not rows:
        yield Rejected(name, "no_articles", "CSV has a header but no rows; put one article per "
                       "row below the header")
