"""Ingest: files, directories and standard input -> ``Article`` or ``Rejected``.

One public function, ``read_inputs``. It never raises on content: every item that cannot
become an article (a file, a line, a CSV row, a list entry, a feed item) is yielded as a
``Rejected`` naming where it is and how to fix it, and the rest of the batch goes on. Formats
are chosen by extension (``.gz`` of any of them is decompressed); standard input ("-") is
sniffed. The readers live in ``detente.readers``.

Text is normalised once (BOM dropped, CRLF -> LF, lone surrogates and control characters
other than tab/newline/form feed -> U+FFFD, outer whitespace stripped); every character offset
downstream points into ``Article.text`` exactly as yielded.

Ids: an item's own ``id`` (JSON/JSONL/CSV field, front-matter key) is kept as ``Article.id``,
outer whitespace stripped; an empty one counts as none. Without one, the id is the hash of the
text (``Article.content_hash``). An id that is not a string or integer, is over 200
characters or holds control/invisible characters is rejected (``bad_id``) rather than
replaced, so an id the user relies on is never silently swapped for another. Within one
call, an id met again for a different article is rejected (``duplicate_id``) naming the first.

Directories are walked recursively in sorted order. Every file in them is either read or
reported: unknown extensions (``.bak``, ``.pdf``, no extension) as ``unsupported_file``, links
to directories and special files likewise. Hidden entries (names starting with ".") are
skipped without a word: they are tools' metadata (``.git``, ``.DS_Store``, editor swap
files), never articles, and listing them would bury the real rejections.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
import os
import stat
import sys
import zlib
from pathlib import Path
from typing import IO, Iterable, Iterator

from .readers.base import (DATE_KEYS, SOURCE_KEYS, TEXT_KEYS, Reject, Rejected, excerpt,
                           guarded, one_line, parse_published, show)
from .readers.decode import (SNIFF_BYTES, bounded_lines, check_binary, control_share,
                             damaged_gzip, decode, wide_encoding)
from .readers.documents import MIN_HTML_WORDS, feed_items, html_items, text_items
from .readers.pages import PageReader, is_url
from .readers.structured import csv_items, json_items, jsonl_items, line_limit
from .records import MAX_CHARS, Article, content_id

__all__ = ["Rejected", "read_inputs", "parse_published", "KNOWN_EXT", "TEXT_KEYS",
           "DATE_KEYS", "SOURCE_KEYS", "MIN_HTML_WORDS"]

TEXT_EXT = {".txt", ".md", ".text"}
HTML_EXT = {".html", ".htm", ".xhtml"}
JSONL_EXT = {".jsonl", ".ndjson"}
JSON_EXT = {".json"}
CSV_EXT = {".csv"}
FEED_EXT = {".xml", ".rss", ".atom"}
_EXT_KIND = {ext: kind for kind, exts in (("text", TEXT_EXT), ("html", HTML_EXT),
                                          ("jsonl", JSONL_EXT), ("json", JSON_EXT),
                                          ("csv", CSV_EXT), ("feed", FEED_EXT))
             for ext in exts}
#: Extensions read when walking a directory (each may also end in ``.gz``).
KNOWN_EXT = set(_EXT_KIND)
_ACCEPTED = " ".join(sorted(KNOWN_EXT))

#: Markup is bulky: an HTML page may be this many times larger than its text limit.
HTML_BYTES_PER_CHAR = 16
#: A ``.gz`` of a many-article kind (JSON, CSV, feed) may decompress to this much, no more:
#: beyond it is a decompression bomb or an archive to split.
MAX_GZIP_BYTES = 256 * 1024 * 1024

_FMT_KIND = {"text": "text", "txt": "text", "html": "html", "jsonl": "jsonl", "json": "json",
             "csv": "csv", "rss": "feed", "atom": "feed", "feed": "feed"}


# --------------------------------------------------------------------------- kinds


def _ext(name: str) -> tuple[str, bool]:
    """(extension of the content, compressed?): "a.jsonl.gz" -> (".jsonl", True)."""
    low = name.lower()
    gz = low.endswith(".gz")
    return os.path.splitext(low[:-3] if gz else low)[1], gz


def _sniff(head: str) -> str:
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith("{"):
        return "jsonl"
    if stripped.startswith("[") and stripped[1:].lstrip()[:1] in ("{", "]"):
        return "json"
    if stripped.startswith("<"):
        low = stripped[:300].lower()
        if low.startswith("<?xml") and ("<rss" in low or "<feed" in low):
            return "feed"
        if "<rss" in low[:20] or "<feed" in low[:20]:
            return "feed"
        return "html"
    return "text"


def _byte_limit(kind: str, max_chars: int) -> int:
    """Most bytes one file of ``kind`` may hold (JSON lines are limited line by line)."""
    if kind == "html":
        return max_chars * HTML_BYTES_PER_CHAR
    if kind == "text":
        return max_chars * 4
    return MAX_GZIP_BYTES


# --------------------------------------------------------------------------- whole inputs


def _whole(kind: str, data: bytes, name: str, published, max_chars):
    """Items of a whole input already in memory (JSON lines are streamed instead)."""
    if kind == "feed":
        yield from feed_items(data, name, published, max_chars)
        return
    try:
        text = decode(data, "records" if kind == "csv" else "file")
    except Reject as r:
        yield Rejected(name, r.code, r.message, r.excerpt)
        return
    if not text.strip():
        yield Rejected(name, "empty", "file has no text (only whitespace); put the article in it "
                       "or leave it out")
        return
    reader = {"html": html_items, "json": json_items, "csv": csv_items}.get(kind, text_items)
    yield from reader(text, name, published, max_chars)


def _jsonl_stream(raw: IO[bytes], name: str, published, max_chars):
    """JSON lines from a binary stream, one bounded line at a time, any size."""
    head = raw.read(SNIFF_BYTES)
    stream: IO = io.BufferedReader(_Chain(head, raw))
    codec = wide_encoding(head)
    if codec:
        stream = io.TextIOWrapper(stream, encoding=codec, newline="\n")
    else:
        try:
            check_binary(head)
        except Reject as r:
            # NUL runs (a file zero-filled after a crash) spoil only the lines they are on, so
            # only data that is binary throughout is refused as a whole file.
            if control_share(head) > 0.05:
                yield Rejected(name, r.code, r.message)
                return
    yield from jsonl_items(bounded_lines(stream, line_limit(max_chars)), name, published,
                           max_chars)


def _read_file(path: Path, name: str, kind: str, gz: bool, published, max_chars):
    try:
        st = os.stat(path)
        regular = stat.S_ISREG(st.st_mode)
        if regular and st.st_size == 0:
            yield Rejected(name, "empty", "file is empty (0 bytes); put the article in it or "
                           "leave it out")
            return
        limit = _byte_limit(kind, max_chars)
        # A single-document file longer than the limit is refused from its size alone, so a
        # 20 MB file costs a stat(), not a read + decode + parse.
        if regular and not gz and kind == "text" and st.st_size > limit:
            yield Rejected(name, "too_long", f"file is {st.st_size:,} bytes, over the "
                           f"{max_chars:,}-character limit; split it into articles or raise "
                           "--max-chars")
            return
        if regular and not gz and kind == "html" and st.st_size > limit:
            yield Rejected(name, "too_long", f"HTML file is {st.st_size:,} bytes, too large for "
                           f"the {max_chars:,}-character limit; save only the article page")
            return
        with open(path, "rb") as fh:
            stream: IO[bytes] = gzip.GzipFile(fileobj=fh, mode="rb") if gz else fh
            if kind == "jsonl":
                yield from _jsonl_stream(stream, name, published, max_chars)
                return
            # every read is bounded: a many-article file (JSON, CSV, feed) by MAX_GZIP_BYTES
            data = stream.read(limit + 1)
            if len(data) > limit:
                what = "decompresses to" if gz else "is"
                fix = ("split it into articles or raise --max-chars" if kind in ("text", "html")
                       else "split it into smaller files")
                yield Rejected(name, "too_long", f"file {what} over {limit:,} bytes, beyond "
                               f"the limit for one {kind} file; {fix}")
                return
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Rejected(name, "bad_gzip", damaged_gzip(exc))
        return
    except OSError as exc:
        yield Rejected(name, "unreadable", f"cannot read it ({exc.strerror or exc}); check the "
                       "path and its permissions")
        return
    except ValueError:  # os.stat/open refuse a name holding a NUL character
        yield Rejected(name, "unreadable", "cannot read it (the name holds a NUL character); "
                       "check the path")
        return
    if not data:
        yield Rejected(name, "empty", "file is empty (0 bytes); put the article in it or "
                       "leave it out")
        return
    yield from _whole(kind, data, name, published, max_chars)


def _read_stdin(published, max_chars, kind: str | None):
    name = "<stdin>"
    stream: IO[bytes] = sys.stdin.buffer if hasattr(sys.stdin, "buffer") else io.BytesIO(
        sys.stdin.read().encode("utf-8", "surrogatepass"))
    def stdin_failure(exc: Exception) -> Rejected:
        if isinstance(exc, (gzip.BadGzipFile, EOFError, zlib.error)):
            return Rejected(name, "bad_gzip", damaged_gzip(exc))
        return Rejected(name, "unreadable", f"cannot read standard input ({exc.strerror or exc})")

    try:
        head = stream.read(65536)
        if head[:2] == b"\x1f\x8b":  # gzip magic: compressed input piped in
            stream = gzip.GzipFile(fileobj=io.BufferedReader(_Chain(head, stream)), mode="rb")
            head = stream.read(65536)
    except (EOFError, zlib.error, OSError) as exc:  # BadGzipFile is an OSError
        yield stdin_failure(exc)
        return
    codec = wide_encoding(head)
    kind = kind or _sniff(head[:1024].decode(codec or "utf-8", "ignore"))
    if kind == "jsonl":
        yield from _jsonl_stream(io.BufferedReader(_Chain(head, stream)), name, published,
                                 max_chars)
        return
    limit = _byte_limit(kind, max_chars)  # the same caps as for a file of that kind
    try:
        data = head + stream.read(max(limit + 1 - len(head), 0))
    except (EOFError, zlib.error, OSError) as exc:
        yield stdin_failure(exc)
        return
    if len(data) > limit:
        fix = ("the {:,}-character limit; split it into articles".format(max_chars)
               if kind in ("text", "html") else f"the limit for one {kind} input; split it up")
        yield Rejected(name, "too_long", f"standard input is over {limit:,} bytes, beyond {fix}")
        return
    if not data.strip():
        yield Rejected(name, "empty", "standard input is empty; pipe an article into it")
        return
    yield from _whole(kind, data, name, published, max_chars)


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


# --------------------------------------------------------------------------- directories


def _walk(root: Path) -> Iterator[tuple[Path, str | None]]:
    """(path, None) for every file to read under ``root``, (path, message) for every entry
    that is not read, in sorted order."""
    found: list[tuple[Path, str | None]] = []
    errors: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=errors.append):
        here = Path(dirpath)
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for d in list(dirnames):
            if (here / d).is_symlink():
                dirnames.remove(d)
                found.append((here / d, "a link to a directory is not followed (it could loop); "
                              "give the directory it points to by name"))
        for f in filenames:
            if f.startswith("."):
                continue
            p = here / f
            ext, gz = _ext(f)
            if ext not in _EXT_KIND:
                what = f"extension {show(ext + '.gz' * gz)}" if ext else "no extension"
                found.append((p, f"not read: it has {what}, and files in a directory are read "
                              f"only when they end in {_ACCEPTED} (each also as .gz); rename it, "
                              "or give it by name (with --input-format unless it is plain text)"))
                continue
            try:
                special = not stat.S_ISREG(os.stat(p).st_mode)
            except OSError:
                special = False  # a broken link: reading it reports why
            found.append((p, "not a regular file (a pipe, socket or device); leave it out of "
                          "the directory" if special else None))
    for exc in errors:
        found.append((Path(exc.filename or root), f"cannot list this directory "
                      f"({exc.strerror or exc}); check its permissions"))
    found.sort(key=lambda t: t[0])
    return iter(found)


# --------------------------------------------------------------------------- ids


class _Ids:
    """Ids met so far in one ``read_inputs`` call, and what they named.

    The store keeps one article per id, so a second, different article under the same id
    would vanish; it is rejected instead. The very same article twice is let through (the
    store counts it as unchanged).
    """

    def __init__(self) -> None:
        self.seen: dict[str, tuple[str, str]] = {}

    def check(self, art: Article) -> Article | Rejected:
        first = self.seen.setdefault(art.id, (fingerprint(art), art.origin or ""))
        if first[0] == fingerprint(art):
            return art
        return duplicate(art, first[1])


def fingerprint(art: Article) -> str:
    """What must agree for a second item under one id to be the same article again."""
    return content_id(art.content_hash, art.title, art.url, art.source, art.published)


def duplicate(art: Article, first_origin: str) -> Rejected:
    """The rejection of ``art``, another article under the id first met at ``first_origin``."""
    if art.id == art.content_hash:
        message = (f"same text as {first_origin} but another title, url, source or date; give "
                   'each copy its own "id" to keep both')
    else:
        message = (f"id {show(art.id)} was already given to another article at {first_origin}; "
                   "give each article its own id")
    return Rejected(art.origin or "", "duplicate_id", message, excerpt(art.text))


# --------------------------------------------------------------------------- entry point


def _read_path(raw, published, max_chars, kind_override, fetch):
    name = os.fspath(raw)
    if fetch is not None and is_url(name) and not os.path.exists(name):
        yield from guarded(one_line(name), fetch.items(name, published, max_chars))
        return
    if name == "-":
        yield from guarded("<stdin>", _read_stdin(published, max_chars, kind_override))
        return
    path = Path(name)
    if path.is_dir():
        entries = _walk(path)
        empty = True
        for p, problem in entries:
            empty = False
            shown = one_line(str(p))
            if problem:
                code = "unreadable" if problem.startswith("cannot") else "unsupported_file"
                yield Rejected(shown, code, problem)
                continue
            ext, gz = _ext(p.name)
            yield from guarded(shown, _read_file(p, shown, kind_override or _EXT_KIND[ext], gz,
                                                 published, max_chars))
        if empty:
            yield Rejected(one_line(name), "no_articles", "directory holds no files to read "
                           "(hidden ones are skipped); put articles in it or give another path")
        return
    shown = one_line(name)
    if not path.exists() and not path.is_symlink():
        yield Rejected(shown, "unreadable", "no such file or directory; check the path")
        return
    ext, gz = _ext(path.name)
    yield from guarded(shown, _read_file(path, shown, kind_override or _EXT_KIND.get(ext, "text"),
                                         gz, published, max_chars))


def read_inputs(paths: Iterable[str | os.PathLike], *, published: dt.date | str | None = None,
                max_chars: int | None = None, fmt: str | None = None,
                fetch: PageReader | None = None) -> Iterator[Article | Rejected]:
    """Yield an ``Article`` or a ``Rejected`` for every item in ``paths``, in order.

    ``paths`` may hold files, directories (walked recursively in sorted order; see the module
    docstring for what is reported) and "-" for standard input. ``published`` overrides every
    item's own date (a string is parsed, raising ``BadDate``). ``fmt`` forces a format
    (text, html, jsonl, json, csv, rss) instead of guessing from the extension.
    ``max_chars`` defaults to ``records.MAX_CHARS``, the length the parser is sized to.
    With ``fetch`` (a ``readers.pages.PageReader``), a path that is a URL and not a file is
    fetched as an article page (http and https only; see ``readers.fetch`` for the limits);
    without it, nothing is fetched and a URL is just a file name that does not exist.
    """
    if max_chars is None:
        max_chars = MAX_CHARS
    if isinstance(published, str):
        published = parse_published(published)
    kind_override = _FMT_KIND.get(fmt) if fmt else None
    ids = _Ids()
    for raw in paths:
        for item in _read_path(raw, published, max_chars, kind_override, fetch):
            yield ids.check(item) if isinstance(item, Article) else item
