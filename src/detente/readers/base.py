"""What every reader shares: the rejection record, safe echoing, normalisation, record -> Article.

Input is hostile wherever it is shown. A rejection is always exactly one line: its origin and
message have every control, escape and invisible character written as an escape
(``\\n``, ``\\x1b``, ``\\u202e``), and any value from the input is quoted and cut to about
80 characters by ``show`` before it goes into a message.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator

from ..errors import BadDate
from ..records import Article

#: Record keys accepted for each article field (first present wins).
TEXT_KEYS = ("text", "body", "content")
DATE_KEYS = ("published", "date", "published_at", "pubdate")
SOURCE_KEYS = ("source", "outlet", "publisher", "sitename")
TITLE_KEYS = ("title", "headline")
URL_KEYS = ("url", "link")

#: Longer ids are not names but payloads (a whole text pasted into the id column).
MAX_ID_CHARS = 200
#: Values from the input are cut to this many characters when a message quotes them.
SHOW_CHARS = 80
#: A message is never longer than this, whatever a library put into it.
MAX_MESSAGE_CHARS = 600
EXCERPT_CHARS = 200


# --------------------------------------------------------------------------- one-line display

_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(ch: str) -> str:
    if ch in _NAMED_ESCAPES:
        return _NAMED_ESCAPES[ch]
    n = ord(ch)
    if n < 0x100:
        return f"\\x{n:02x}"
    return f"\\u{n:04x}" if n < 0x10000 else f"\\U{n:08x}"


def one_line(s: str) -> str:
    """``s`` with every non-printable character (controls, newlines, bidi marks, lone
    surrogates) written as an escape, so it shows as one line and forges nothing."""
    if s.isprintable():
        return s
    return "".join(ch if ch.isprintable() else _escape(ch) for ch in s)


def clip(s: str, limit: int = 160) -> str:
    """A message from a library (which may quote the input): one line, at most ``limit``."""
    s = one_line(s)
    return s if len(s) <= limit else s[:limit] + "…"


def show(value: Any, limit: int = SHOW_CHARS, quote: str = "'") -> str:
    """A value from the input as a message quotes it: in quotes, escaped, cut near ``limit``.

    ``show("2025-02-30")`` is ``'2025-02-30'``; a 5,000-character value becomes its first
    characters, an ellipsis and its length: ``'xxxx…' (5,000 characters)``. ``quote=""``
    leaves out the quotes (for lists the message frames itself).
    """
    s = value if isinstance(value, str) else raw_text(value)
    specials = "\\" + quote
    out: list[str] = []
    used = 0
    for ch in s:
        piece = ("\\" + ch if ch in specials else ch) if ch.isprintable() else _escape(ch)
        if used + len(piece) > limit:
            return f"{quote}{''.join(out)}…{quote} ({len(s):,} characters)"
        out.append(piece)
        used += len(piece)
    return f"{quote}{''.join(out)}{quote}"


class BigNumber:
    """A JSON integer too long for ``int()`` (over 4,300 digits), kept as its digits.

    Python refuses to convert such literals (ValueError). Parsing them as this type lets the
    rest of the record be read, while a field that needs text still refuses a number.
    """

    __slots__ = ("digits",)

    def __init__(self, digits: str):
        self.digits = digits

    def __str__(self) -> str:
        return self.digits


def kind_of(value: Any) -> str:
    """The JSON name of a value's type with its article, for messages: "a number", "null"."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float, BigNumber)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, (list, tuple)):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return f"a {type(value).__name__}"


def raw_text(value: Any) -> str:
    """Any parsed value as text, for excerpts and quoting (structures as JSON)."""
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


# --------------------------------------------------------------------------- text

# Lone surrogates (a JSON "\ud800" escape) cannot be encoded as UTF-8, so spaCy, DuckDB and the
# terminal all fail on them; C0 controls other than tab, newline and form feed have no place in
# news text and make HTML/XML tools refuse the string. Each becomes U+FFFD: the article is kept
# and the damage stays visible where it was.
_UNUSABLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff]")
_SURROGATES = re.compile("[\ud800-\udfff]")


def normalise(text: str) -> str:
    """Article text as every later stage sees it: LF line ends, no BOM, unusable characters
    replaced by U+FFFD, outer whitespace stripped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _UNUSABLE.sub("\ufffd", text).strip()


def excerpt(value: Any) -> str:
    """The start of an item for the quarantine table (stored, never printed raw)."""
    return _SURROGATES.sub("\ufffd", raw_text(value)[:EXCERPT_CHARS])


# --------------------------------------------------------------------------- rejections


@dataclass(frozen=True)
class Rejected:
    """One input item that could not become an article, and why.

    ``origin`` and ``message`` are made one-line safe on construction, so printing either, or
    ``str(rejected)``, can never start a second line. ``excerpt`` is data, kept as given (the
    readers' ``excerpt()`` has already replaced lone surrogates).
    """

    origin: str  #: where: "stories.jsonl:12", "rows.csv:7", "page.html", "<stdin>"
    #: empty, binary, encoding, bad_json, bad_csv, bad_xml, bad_gzip, no_text, no_article,
    #: no_articles, bad_id, bad_field, bad_date, duplicate_id, too_long, unsupported_file,
    #: unreadable, read_failed
    code: str
    message: str  #: one line saying what is wrong and how to fix it
    excerpt: str = ""  #: first 200 characters of the item, for the quarantine table

    def __post_init__(self) -> None:
        message = one_line(self.message)
        if len(message) > MAX_MESSAGE_CHARS:
            message = message[:MAX_MESSAGE_CHARS] + "…"
        object.__setattr__(self, "origin", one_line(self.origin))
        object.__setattr__(self, "message", message)

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


class Reject(Exception):
    """Internal: unwinds one item's reading into a ``Rejected``."""

    def __init__(self, code: str, message: str, excerpt: str = ""):
        super().__init__(message)
        self.code, self.message, self.excerpt = code, message, excerpt


def guard(origin: str, build: Callable[[], Article]) -> Article | Rejected:
    """Run one item's reader; whatever its content does, the result is an Article or a Rejected."""
    try:
        return build()
    except Reject as r:
        return Rejected(origin, r.code, r.message, r.excerpt)
    except Exception as exc:  # the item is the unit of failure: no content may end the batch
        return failed(origin, exc)


def failed(origin: str, exc: Exception) -> Rejected:
    return Rejected(origin, "read_failed", f"could not be read ({type(exc).__name__} in the "
                    "reader: a bug); the rest of the input was read; please report it with "
                    "this item")


def guarded(origin: str, items: Iterable[Article | Rejected]) -> Iterator[Article | Rejected]:
    """Items of one file; an unexpected failure part-way ends that file with a rejection."""
    try:
        yield from items
    except Exception as exc:  # see guard(): one file must not end the batch
        yield failed(origin, exc)


# --------------------------------------------------------------------------- dates

_ISO_SPACE = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*"
                        r"(Z|[+-]\d{2}:?\d{2})?$")


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
    except (TypeError, ValueError, IndexError, OverflowError):
        parsed = None
    if parsed is not None:
        return parsed.date()
    raise BadDate(s, where)


def record_date(value: Any) -> dt.date | None:
    """An item's own publication date, or None when it gives none; raises ``Reject``."""
    if value is None or value == "":
        return None
    if isinstance(value, (bool, list, dict)):
        raise Reject("bad_date", f"published date is {kind_of(value)}, not a date; use "
                     "YYYY-MM-DD (for example 2025-05-29) or override it with --published")
    try:
        return parse_published(value, "published")
    except BadDate:
        raise Reject("bad_date", f"published date {show(str(value))} is not a valid date; use "
                     "YYYY-MM-DD (for example 2025-05-29) or override it with --published"
                     ) from None


# --------------------------------------------------------------------------- ids and fields


def clean_id(value: Any) -> str | None:
    """The id an item gives, outer whitespace stripped; None when it gives none (or an empty
    one: the content hash then names it). Raises ``Reject`` for an id that cannot name an
    article: not a string or integer, too long, or holding invisible characters."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    fix = "or leave it out to use the hash of the text"
    if isinstance(value, float):
        raise Reject("bad_id", f"id {show(repr(value))} is not a whole number; give it as a "
                     f"string, {fix}")
    if isinstance(value, bool) or not isinstance(value, (str, int, BigNumber)):
        raise Reject("bad_id", f"id is {kind_of(value)}, not a string or an integer; give it "
                     f"as a string, {fix}")
    s = str(value).strip()
    if len(s) > MAX_ID_CHARS:
        raise Reject("bad_id", f"id is {len(s):,} characters long, over the {MAX_ID_CHARS} "
                     f"limit; give a shorter id, {fix}")
    if not s.isprintable():
        raise Reject("bad_id", f"id {show(s)} holds control or invisible characters; give a "
                     f"printable id, {fix}")
    return s


def clean_field(name: str, value: Any) -> str | None:
    """A metadata value (title, url, source) as one line of text; None when absent."""
    if value is None:
        return None
    if isinstance(value, (bool, list, dict)):
        raise Reject("bad_field", f'"{name}" is {kind_of(value)}, not text; give it as a '
                     "string")
    return " ".join(_UNUSABLE.sub("\ufffd", str(value)).split()) or None


def first(record: dict, keys: tuple[str, ...]) -> Any:
    for k in keys:
        v = record.get(k)
        if v is not None and not (isinstance(v, str) and v == ""):
            return v
    return None


def host(url: str | None) -> str | None:
    """The site's host name ("voanews.com"), which names the outlet well enough."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        name = urlsplit(url).hostname or ""
    except ValueError:  # "http://[not-an-ip" and the like: no host to take
        return None
    return name.removeprefix("www.") or None


def make_article(text: Any, meta: dict, origin: str, published: dt.date | None,
                 max_chars: int) -> Article:
    """Validate one text plus its metadata (id, title, url, source, published); raises ``Reject``."""
    if not isinstance(text, str):
        raise Reject("no_text", f"the article text is {kind_of(text)}, not a string; give "
                     "the article body as text", excerpt(text))
    text = normalise(text)
    if not text:
        raise Reject("no_text", "no article text (empty or only whitespace); "
                     'put the article body in it (for records: the "text" field)')
    if len(text) > max_chars:
        raise Reject("too_long", f"text is {len(text):,} characters, over the {max_chars:,} "
                     "limit; split it into articles or raise --max-chars", excerpt(text))
    pub = published if published is not None else record_date(meta.get("published"))
    ident = clean_id(meta.get("id"))
    url = clean_field("url", meta.get("url"))
    return Article.make(text, id=ident, title=clean_field("title", meta.get("title")), url=url,
                        source=clean_field("source", meta.get("source")) or host(url),
                        published=pub, origin=origin)


def from_record(record: Any, origin: str, published: dt.date | None, max_chars: int) -> Article:
    """One parsed JSON object (or CSV row as a dict) -> Article; raises ``Reject``."""
    if not isinstance(record, dict):
        raise Reject("bad_json", f"expected a JSON object, got {kind_of(record)}; write one "
                     '{"text": ...} object per line', excerpt(record))
    rec = {str(k).strip().lower(): v for k, v in record.items()}
    text = first(rec, TEXT_KEYS)
    if text is None or (isinstance(text, str) and not text.strip()):
        raise Reject("no_text", 'record has no "text" (or it is empty); put the article body '
                     'in a "text" field', excerpt(record))
    if not isinstance(text, str):
        raise Reject("no_text", f'"text" is {kind_of(text)}, not a string; put the article '
                     "body in it as a string", excerpt(text))
    meta = {"id": rec.get("id"), "title": first(rec, TITLE_KEYS), "url": first(rec, URL_KEYS),
            "source": first(rec, SOURCE_KEYS), "published": first(rec, DATE_KEYS)}
    return make_article(text, meta, origin, published, max_chars)
