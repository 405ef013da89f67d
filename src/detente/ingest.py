"""Ingest: files, directories and standard input -> ``Article`` or ``Rejected``.

One public function, ``read_inputs``. It never raises for bad input: every item that cannot
become an article is yielded as a ``Rejected`` (one line: what, where, how to fix) and the rest
of the batch goes on. Formats are chosen by extension; standard input ("-") is sniffed.

Text is normalised once here (BOM dropped, CRLF -> LF, outer whitespace stripped); every
character offset downstream points into ``Article.text`` exactly as yielded.
"""

from __future__ import annotations

import csv
import datetime as dt
import email.utils
import io
import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Iterator

from .errors import BadDate
from .records import Article

TEXT_EXT = {".txt", ".md", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
CSV_EXT = {".csv"}
FEED_EXT = {".xml", ".rss", ".atom"}
#: Extensions picked up when walking a directory (other files there are skipped silently).
KNOWN_EXT = TEXT_EXT | HTML_EXT | JSONL_EXT | JSON_EXT | CSV_EXT | FEED_EXT

#: Record keys accepted for each article field (first present wins).
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published", "date", "published_at", "pubdate")
SOURCE_KEYS = ("source", "outlet", "publisher", "sitename")

#: Markup is bulky: an HTML page may be this many times larger than its text limit.
HTML_BYTES_PER_CHAR = 16
#: Fewer words than this after boilerplate removal is a navigation page, not an article.
MIN_HTML_WORDS = 10


@dataclass(frozen=True)
class Rejected:
    """One input item that could not become an article, and why."""

    origin: str  #: where: "stories.jsonl:12", "page.html", "<stdin>"
    code: str  #: empty, binary, encoding, no_article, bad_json, no_text, bad_date, too_long, unreadable
    message: str  #: one line saying what is wrong and how to fix it
    excerpt: str = ""  #: first 200 characters of the item, for the quarantine table

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class _Reject(Exception):
    """Internal: unwinds one item's parsing into a ``Rejected``."""

    def __init__(self, code: str, message: str, excerpt: str = ""):
        super().__init__(message)
        self.code, self.message, self.excerpt = code, message, excerpt


# --------------------------------------------------------------------------- dates

_ISO_SPACE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?$")


def parse_published(value: Any, where: str = "--published") -> dt.date:
    """Publication date from YYYY-MM-DD, an ISO datetime, "2019-11-25 12:00:00Z" or RFC 2822.

    The calendar date is taken as written (the publisher's local day), since relative dates in
    the text ("on Monday") count from it. Raises ``BadDate`` for anything else, including
    impossible dates such as 2025-02-30.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s):
        try:
            return dt.date.fromisoformat(s)
        except ValueError:
            raise BadDate(s, where) from None
    m = _ISO_SPACE.match(s)
    if m:
        try:
            dt.time.fromisoformat(m.group(2))
            return dt.date.fromisoformat(m.group(1))
        except ValueError:
            raise BadDate(s, where) from None
    try:
        return dt.datetime.fromisoformat(s).date()
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(s)
    except (TypeError, ValueError, IndexError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    raise BadDate(s, where)


# --------------------------------------------------------------------------- decoding

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13, 27}


def _check_binary(data: bytes) -> None:
    head = data[:8192]
    nul = head.find(b"\x00")
    if nul >= 0:
        raise _Reject("binary", f"binary file, not text (NUL byte at offset {nul}); "
                      "give text, HTML, JSONL, CSV or RSS/Atom")
    controls = sum(1 for b in head if b in _CONTROL)
    if head and controls / len(head) > 0.05:
        raise _Reject("binary", f"binary file, not text ({controls} control bytes in the first "
                      f"{len(head)}); give text, HTML, JSONL, CSV or RSS/Atom")


def _decode(data: bytes) -> str:
    """Bytes -> str: UTF-8 (with or without BOM), UTF-16 with BOM, else a repaired legacy code page."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    _check_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    # Western news saved by old tools is nearly always cp1252; charset-normalizer alone tends to
    # pick cp1250/cp852 for short English text (every candidate scores 0 chaos), which garbles
    # curly quotes. So accept cp1252 when it decodes cleanly, and ask the detector otherwise.
    try:
        text = data.decode("cp1252")
        if not any(ord(c) in _CONTROL for c in text):
            return text
    except UnicodeDecodeError:
        pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise _Reject("encoding", f"not UTF-8 (bad byte at offset {bad_at}) and the encoding "
                      "could not be detected; re-save the file as UTF-8")
    return str(best)


def _normalise(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff").strip()


def _excerpt(text: Any) -> str:
    return str(text)[:200]


# --------------------------------------------------------------------------- one record -> Article


def _first(record: dict, keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = record.get(k)
        if v not in (None, ""):
            return v
    return None


def _article(text: str, meta: dict, origin: str, published: dt.date | None,
             max_chars: int) -> Article:
    """Validate one text plus metadata; raises ``_Reject``."""
    text = _normalise(text)
    if not text:
        raise _Reject("no_text", "no article text (empty or only whitespace); "
                      'put the article body in it (for records: the "text" field)')
    if len(text) > max_chars:
        raise _Reject("too_long", f"text is {len(text):,} characters, over the {max_chars:,} "
                      "limit; split it into articles or raise --max-chars", _excerpt(text))
    pub = published
    if pub is None and meta.get("published") not in (None, ""):
        try:
            pub = parse_published(meta["published"], "published")
        except BadDate:
            raise _Reject("bad_date", f"published date {str(meta['published'])!r} is not a "
                          "valid date; use YYYY-MM-DD (for example 2025-05-29) or override it "
                          "with --published", _excerpt(text)) from None

    def clean(v: Any) -> str | None:
        return None if v in (None, "") else " ".join(str(v).split())

    url = clean(meta.get("url"))
    # No outlet given: the site's host name ("voanews.com") names it well enough.
    source = clean(meta.get("source")) or _host(url)
    return Article.make(text, title=clean(meta.get("title")), url=url, source=source,
                        published=pub, origin=origin)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    from urllib.parse import urlsplit

    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


def _from_record(record: Any, origin: str, published, max_chars) -> Article:
    if not isinstance(record, dict):
        raise _Reject("bad_json", f"expected a JSON object, got {type(record).__name__}; "
                      'write one {"text": ...} object per line', _excerpt(record))
    rec = {str(k).strip().lower(): v for k, v in record.items()}
    text = _first(rec, TEXT_KEYS)
    if text is None or not str(text).strip():
        raise _Reject("no_text", 'record has no "text" (or it is empty); put the article body '
                      'in a "text" field', _excerpt(json.dumps(record, ensure_ascii=False)))
    if not isinstance(text, str):
        raise _Reject("no_text", f'"text" is a {type(text).__name__}, not a string; put the '
                      "article body in it as a string", _excerpt(text))
    meta = {"title": rec.get("title") or rec.get("headline"), "url": rec.get("url") or rec.get("link"),
            "source": _first(rec, SOURCE_KEYS), "published": _first(rec, DATE_KEYS)}
    return _article(text, meta, origin, published, max_chars)


# --------------------------------------------------------------------------- formats

_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def _split_front_matter(text: str) -> tuple[dict, str]:
    """``---`` / ``key: value`` lines / ``---`` at the top of a text file: the article's metadata."""
    if not text.startswith("---"):
        return {}, text
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return {}, text
    meta: dict[str, str] = {}
    for i, line in enumerate(lines[1:40], start=1):
        if line.strip() == "---":
            return meta, "\n".join(lines[i + 1:])
        m = _FRONT_KEY.match(line)
        if not m:
            return {}, text
        meta[m.group(1).lower()] = m.group(2).strip().strip('"')
    return {}, text


def _text_items(data: str, origin: str, published, max_chars) -> Iterator[Article | Rejected]:
    meta, body = _split_front_matter(_normalise(data))
    meta = {"title": meta.get("title"), "url": meta.get("url"),
            "source": _first(meta, SOURCE_KEYS), "published": _first(meta, DATE_KEYS)}
    yield _guard(origin, lambda: _article(body, meta, origin, published, max_chars))


def _html_items(data: str, origin: str, published, max_chars) -> Iterator[Article | Rejected]:
    def build() -> Article:
        import trafilatura

        doc = trafilatura.bare_extraction(data, with_metadata=True, include_comments=False,
                                          include_tables=False)
        text = (doc.text if doc is not None else None) or ""
        if len(text.split()) < MIN_HTML_WORDS:
            raise _Reject("no_article", "no article text found in the HTML (only navigation or "
                          "boilerplate); save the article page itself, or pass its text as .txt",
                          _excerpt(" ".join(data.split())))
        meta = {"title": doc.title, "url": doc.url, "source": doc.sitename, "published": doc.date}
        return _article(text, meta, origin, published, max_chars)

    yield _guard(origin, build)


def _jsonl_items(lines: Iterable[bytes], name: str, published, max_chars):
    seen = False
    for lineno, raw in enumerate(lines, start=1):
        origin = f"{name}:{lineno}"
        if not raw.strip():
            continue
        seen = True

        def build(raw=raw, origin=origin) -> Article:
            line = _decode(raw).strip()
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise _Reject("bad_json", f"line is not valid JSON ({exc.msg.removesuffix(' at')} at column "
                              f"{exc.colno}); fix or remove the line", _excerpt(line)) from None
            return _from_record(record, origin, published, max_chars)

        yield _guard(origin, build)
    if not seen:
        yield Rejected(name, "empty", "no JSON lines in it (only blank lines); put one "
                       '{"text": ...} object per line')


def _json_items(data: str, name: str, published, max_chars):
    try:
        doc = json.loads(data)
    except json.JSONDecodeError as exc:
        yield Rejected(name, "bad_json", f"not valid JSON ({exc.msg} at line {exc.lineno}); "
                       "give one object, a list of objects, or JSON lines (.jsonl)", _excerpt(data))
        return
    records = doc if isinstance(doc, list) else [doc]
    for i, record in enumerate(records, start=1):
        origin = f"{name}[{i}]" if isinstance(doc, list) else name
        yield _guard(origin, lambda r=record, o=origin: _from_record(r, o, published, max_chars))


def _csv_items(data: str, name: str, published, max_chars):
    csv.field_size_limit(2**31 - 1)  # length is checked per text with a clear message instead
    reader = csv.reader(io.StringIO(data, newline=""))
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        yield Rejected(name, "empty", "CSV file has no header row; the first row must name the "
                       "columns (text, title, url, source, published)")
        return
    columns = [h.strip().lower().lstrip("\ufeff") for h in header]
    if not any(k in columns for k in TEXT_KEYS):
        yield Rejected(name, "no_text", f"CSV has no 'text' column (columns: "
                       f"{', '.join(columns)}); name the article body column 'text'",
                       _excerpt(",".join(header)))
        return
    last = reader.line_num
    while True:
        origin = f"{name}:{last + 1}"
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Rejected(origin, "bad_csv", f"CSV row cannot be parsed ({exc}); fix the quoting")
            return
        last = reader.line_num
        if not any(cell.strip() for cell in row):
            continue
        record = dict(zip(columns, row))
        yield _guard(origin, lambda r=record, o=origin: _from_record(r, o, published, max_chars))


def _feed_items(data: bytes, name: str, published, max_chars):
    from lxml import etree
    from lxml import html as lxml_html

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        yield Rejected(name, "bad_xml", f"not well-formed XML ({exc.msg}); give a valid RSS or "
                       "Atom feed", _excerpt(data[:200].decode("utf-8", "replace")))
        return

    def local(el) -> str:
        return etree.QName(el).localname.lower() if isinstance(el.tag, str) else ""

    def child(el, *names) -> str | None:
        for name_ in names:
            for c in el:
                if local(c) != name_:
                    continue
                # itertext: text on both sides of an unexpanded entity (kept literally as "&x;")
                value = "".join(t for t in c.itertext() if isinstance(t, str)).strip()
                if value or c.get("href"):
                    return value or c.get("href")
        return None

    channel_title = None
    for el in root.iter():
        if local(el) in ("channel", "feed"):
            channel_title = child(el, "title")
            break
    items = [el for el in root.iter() if local(el) in ("item", "entry")]
    if not items:
        yield Rejected(name, "no_article", "no <item> or <entry> elements found; give an RSS or "
                       "Atom feed with items", "")
        return
    for i, item in enumerate(items, start=1):
        origin = f"{name}#{i}"

        def build(item=item, origin=origin) -> Article:
            body = child(item, "encoded", "content", "description", "summary") or ""
            if "<" in body:
                try:
                    frag = lxml_html.fromstring(body)
                    for br in frag.iter("p", "br", "div", "li"):
                        br.tail = "\n" + (br.tail or "")
                    body = frag.text_content()
                except (etree.ParserError, ValueError):
                    pass
            body = "\n".join(" ".join(line.split()) for line in body.split("\n"))
            body = re.sub(r"\n{2,}", "\n", body)
            meta = {"title": child(item, "title"), "url": child(item, "link", "guid", "id"),
                    "source": channel_title,
                    "published": child(item, "pubdate", "published", "updated", "date")}
            return _article(body, meta, origin, published, max_chars)

        yield _guard(origin, build)


# --------------------------------------------------------------------------- dispatch


def _guard(origin: str, build) -> Article | Rejected:
    try:
        return build()
    except _Reject as r:
        return Rejected(origin, r.code, r.message, r.excerpt)


def _kind(path: Path) -> str:
    ext = path.suffix.lower()
    for kind, exts in (("html", HTML_EXT), ("jsonl", JSONL_EXT), ("json", JSON_EXT),
                       ("csv", CSV_EXT), ("feed", FEED_EXT)):
        if ext in exts:
            return kind
    return "text"


def _sniff(head: bytes) -> str:
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"<"):
        low = stripped[:300].lower()
        if low.startswith(b"<?xml") and (b"<rss" in low or b"<feed" in low):
            return "feed"
        if b"<rss" in low[:20] or b"<feed" in low[:20]:
            return "feed"
        return "html"
    return "text"


def _whole(kind: str, data: bytes, name: str, published, max_chars):
    """Items of a whole-file input already in memory."""
    if kind == "jsonl":
        yield from _jsonl_items(data.splitlines(), name, published, max_chars)
        return
    if kind == "feed":
        yield from _feed_items(data, name, published, max_chars)
        return
    try:
        text = _decode(data)
    except _Reject as r:
        yield Rejected(name, r.code, r.message, r.excerpt)
        return
    if not text.strip():
        yield Rejected(name, "empty", "file has no text (only whitespace); put the article in it "
                       "or leave it out")
        return
    if kind == "html":
        yield from _html_items(text, name, published, max_chars)
    elif kind == "json":
        yield from _json_items(text, name, published, max_chars)
    elif kind == "csv":
        yield from _csv_items(text, name, published, max_chars)
    else:
        yield from _text_items(text, name, published, max_chars)


def _read_file(path: Path, name: str, kind: str, published, max_chars):
    try:
        size = path.stat().st_size
        if size == 0:
            yield Rejected(name, "empty", "file is empty (0 bytes); put the article in it or "
                           "leave it out")
            return
        if kind == "jsonl":  # streamed: one record at a time, any file size
            with path.open("rb") as fh:
                try:
                    _check_binary(fh.read(8192))
                except _Reject as r:
                    yield Rejected(name, r.code, r.message)
                    return
                fh.seek(0)
                yield from _jsonl_items(fh, name, published, max_chars)
            return
        # A single-document file longer than the limit is refused from its size alone, so a
        # 20 MB file costs a stat(), not a read + decode + parse.
        limit = max_chars * (HTML_BYTES_PER_CHAR if kind == "html" else 4)
        if kind == "text" and size > limit:
            yield Rejected(name, "too_long", f"file is {size:,} bytes, over the {max_chars:,}-"
                           "character limit; split it into articles or raise --max-chars")
            return
        if kind == "html" and size > limit:
            yield Rejected(name, "too_long", f"HTML file is {size:,} bytes, too large for the "
                           f"{max_chars:,}-character limit; save only the article page")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(name, "unreadable", f"cannot read it ({exc.strerror or exc}); check the "
                       "path and its permissions")
        return
    yield from _whole(kind, data, name, published, max_chars)


def _read_stdin(published, max_chars, fmt):
    stream = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(
        sys.stdin.read().encode("utf-8"))
    head = stream.read(65536)
    kind = fmt or _sniff(head)
    if kind == "jsonl":
        rest = io.BufferedReader(_Chain(head, stream)) if head else stream
        yield from _jsonl_items(rest, "<stdin>", published, max_chars)
        return
    limit = max_chars * (HTML_BYTES_PER_CHAR if kind == "html" else 4)
    data = head + stream.read(max(limit + 1 - len(head), 0))
    if len(data) > limit:
        yield Rejected("<stdin>", "too_long", f"standard input is over {limit:,} bytes, beyond "
                       f"the {max_chars:,}-character limit; split it into articles")
        return
    if not data.strip():
        yield Rejected("<stdin>", "empty", "standard input is empty; pipe an article into it")
        return
    yield from _whole(kind, data, "<stdin>", published, max_chars)


class _Chain(io.RawIOBase):
    """A sniffed head followed by the rest of a stream, readable line by line."""

    def __init__(self, head: bytes, rest):
        self._head, self._rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        if self._head:
            n = min(len(b), len(self._head))
            b[:n], self._head = self._head[:n], self._head[n:]
            return n
        chunk = self._rest.read(len(b))
        b[: len(chunk)] = chunk
        return len(chunk)


_FMT_KIND = {"text": "text", "txt": "text", "html": "html", "jsonl": "jsonl", "json": "json",
             "csv": "csv", "rss": "feed", "atom": "feed", "feed": "feed"}


def read_inputs(paths: Iterable[str | os.PathLike], *, published: dt.date | str | None = None,
                max_chars: int | None = None, fmt: str | None = None
                ) -> Iterator[Article | Rejected]:
    """Yield an ``Article`` or a ``Rejected`` for every item in ``paths``, in order.

    ``paths`` may hold files, directories (walked recursively in sorted order; files with
    unknown extensions skipped) and "-" for standard input. ``published`` overrides every
    item's own date (a string is parsed, raising ``BadDate``). ``fmt`` forces a format
    (text, html, jsonl, json, csv, rss) instead of guessing from the extension.
    ``max_chars`` defaults to ``nlp.MAX_CHARS`` (looked up lazily: importing spaCy costs
    seconds, and reading input must not).
    """
    if max_chars is None:
        from .nlp import MAX_CHARS as max_chars
    if isinstance(published, str):
        published = parse_published(published)
    kind_override = _FMT_KIND.get(fmt) if fmt else None
    for raw in paths:
        name = os.fspath(raw)
        if name == "-":
            yield from _read_stdin(published, max_chars, kind_override)
            continue
        path = Path(name)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file()
                           and p.suffix.lower() in KNOWN_EXT
                           and not any(part.startswith(".") for part in p.relative_to(path).parts))
            for p in files:
                yield from _read_file(p, str(p), kind_override or _kind(p), published, max_chars)
            continue
        if not path.exists():
            yield Rejected(name, "unreadable", "no such file or directory; check the path")
            continue
        yield from _read_file(path, name, kind_override or _kind(path), published, max_chars)
