"""Web pages and feeds fetched by URL -> ``Article``, ``Rejected`` or feed entries.

An article page is fetched (``fetch.fetch``, every limit applied), decoded (the charset the
server declares, else as a file would be) and extracted with trafilatura as a saved HTML file
is (``documents.html_items``: title and date from the page's metadata). The article keeps the
URL it finally came from, the time it was fetched, and an id derived from that URL
(``url_id``), so the same page fetched again later is the same article: a corrected text
replaces the earlier analysis instead of standing beside it.

Every failure is a ``Rejected`` with code ``fetch_failed`` (or the HTML reader's own
``no_article`` / ``too_long``) whose message is one line, so a batch of URLs and files goes on.

A feed given where an article page is expected is refused with a pointer to ``detente watch``
(ingesting only the feed's summaries would pass off teasers as articles). Feeds are parsed with
feedparser (``feed_entries``), from memory: it is never handed a string, which it could take
for a file name or a URL to open.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import urljoin

from ..errors import BadDate
from ..records import Article, content_id
from .base import Reject, Rejected, clip, excerpt, guard, host, make_article, one_line, \
    parse_published, show
from .decode import decode
from .documents import fragment_text, html_items
from .fetch import FetchFailed, Fetched, Limits, fetch

HTML_TYPES = ("text/html", "application/xhtml+xml")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/x-rss+xml")
#: "" is a response without Content-Type: its body is sniffed.
ANY_DOCUMENT = (*HTML_TYPES, *FEED_TYPES, "")

_URL = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)
#: Feed item keys (guids) longer than this are stored as their hash.
MAX_KEY_CHARS = 500


def is_url(value: str) -> bool:
    """Does ``value`` look like a URL (any scheme://) rather than a file name?"""
    return bool(_URL.match(value))


def url_id(url: str) -> str:
    """The article id of a page fetched from ``url``: the same URL, the same article."""
    return content_id("url", url)


def looks_like_feed(body: bytes) -> bool:
    head = body[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"<?xml"):
        head = head[head.find(b"?>") + 2:].lstrip()
        while head.startswith(b"<!--") and b"-->" in head:
            head = head[head.find(b"-->") + 3:].lstrip()
    return head.startswith((b"<rss", b"<feed", b"<rdf:rdf"))


def kind_of_body(fetched: Fetched) -> str:
    """"feed", "html" or "other", from the bytes first (servers often mislabel feeds as
    text/html or text/xml), then from the declared type."""
    if looks_like_feed(fetched.body):
        return "feed"
    if fetched.media_type in HTML_TYPES:
        return "html"
    head = fetched.body[:256].lstrip(b"\xef\xbb\xbf \t\r\n")
    if fetched.media_type in ("", "application/xml", "text/xml") and head.startswith(b"<"):
        return "html"  # XHTML served as XML, or a page without a declared type
    return "feed" if fetched.media_type in FEED_TYPES else "other"


def decoded(fetched: Fetched) -> str:
    """The body as text: the declared charset when it decodes it, else as a file is decoded;
    raises ``Reject``."""
    if fetched.charset:
        try:
            return fetched.body.decode(fetched.charset)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration is common: the bytes are read as a file's would be
    try:
        return decode(fetched.body, "file")
    except Reject as r:
        raise Reject("fetch_failed", "not decodable: the page is not text in any encoding "
                     f"detente can tell ({r.code}); save it and give the file") from None


def page_article(fetched: Fetched, origin: str, published: dt.date | None,
                 max_chars: int) -> Article | Rejected:
    """An HTML page already fetched -> ``Article`` (with url, id and fetch time) or ``Rejected``."""
    try:
        text = decoded(fetched)
    except Reject as r:
        return Rejected(origin, r.code, r.message)
    item = next(html_items(text, origin, published, max_chars))
    if isinstance(item, Rejected):
        return item
    return dataclasses.replace(item, id=url_id(fetched.final_url), url=fetched.final_url,
                               source=item.source or host(fetched.final_url),
                               fetched_at=fetched.fetched_at)


def failure(origin: str, exc: FetchFailed) -> Rejected:
    """The rejection of a URL that could not be fetched."""
    message = exc.message
    if exc.kind == "wrong_type":
        message = (f"the server sent {show(exc.media_type or 'no content type')}, not an HTML "
                   "page; only article pages (text/html, application/xhtml+xml) are read")
    return Rejected(origin, "fetch_failed", message)


FEED_GIVEN = ("this is an RSS/Atom feed, not an article page; follow it with `detente watch "
              "URL` (add --once for a single poll)")


class PageReader:
    """Reads article pages by URL under ``limits`` (what ``read_inputs(fetch=...)`` takes)."""

    def __init__(self, limits: Limits = Limits()):
        self.limits = limits

    def items(self, url: str, published: dt.date | None,
              max_chars: int) -> Iterator[Article | Rejected]:
        yield self.article(url, published, max_chars)

    def article(self, url: str, published: dt.date | None, max_chars: int, *,
                typed: bool = True, private_ok: bool | None = None) -> Article | Rejected:
        """The article at ``url``, or why not. Never raises: an unforeseen error (a bug) is a
        ``read_failed`` rejection, as in every reader."""
        origin = one_line(url)

        def build() -> Article:
            try:
                fetched = fetch(url, self.limits, ANY_DOCUMENT, typed=typed,
                                private_ok=private_ok)
            except FetchFailed as exc:
                raise Reject("fetch_failed", failure(origin, exc).message) from None
            kind = kind_of_body(fetched)
            if kind == "feed":
                raise Reject("fetch_failed", FEED_GIVEN)
            if kind != "html":
                raise Reject("fetch_failed", "the server sent "
                             f"{show(fetched.media_type or 'no content type')} that is not an "
                             "HTML page; only article pages are read",
                             excerpt(fetched.body[:200].decode("utf-8", "replace")))
            item = page_article(fetched, origin, published, max_chars)
            if isinstance(item, Rejected):
                raise Reject(item.code, item.message, item.excerpt)
            return item

        return guard(origin, build)


# --------------------------------------------------------------------------- feeds


@dataclass(frozen=True)
class Entry:
    """One item of a feed, as ``detente watch`` remembers and reads it."""

    key: str  #: what names it within its feed: the guid, else the link, else a content hash
    link: str | None  #: the article page (absolute http(s) URL), if the item gives one
    title: str | None
    published: dt.date | None  #: the item's own date, when it gives a valid one
    summary: str  #: the item's own text (content or summary, markup removed), maybe empty


@dataclass(frozen=True)
class Feed:
    title: str | None
    entries: tuple[Entry, ...]
    fetched_at: dt.datetime | None = None  #: when the feed (and so its items' text) was fetched
    #: what was wrong with the XML when feedparser read past it ("" when nothing was)
    problem: str = ""


def _entry_date(entry) -> dt.date | None:
    for key in ("published", "updated", "created"):
        value = entry.get(key)
        if isinstance(value, str) and value.strip():
            try:
                return parse_published(value, "published")
            except BadDate:
                pass
        parsed = entry.get(key + "_parsed")
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, AttributeError):
                pass
    return None


def _entry(raw, base: str) -> Entry:
    contents = raw.get("content") or []
    body = ""
    for c in contents:
        if isinstance(c, dict) and isinstance(c.get("value"), str) and c["value"].strip():
            body = c["value"]
            break
    body = body or (raw.get("summary") if isinstance(raw.get("summary"), str) else "") or ""
    link = raw.get("link") if isinstance(raw.get("link"), str) else None
    if link:
        link = urljoin(base, link.strip())
        if not link.lower().startswith(("http://", "https://")):
            link = None
    title = raw.get("title") if isinstance(raw.get("title"), str) else None
    guid = raw.get("id") if isinstance(raw.get("id"), str) and raw.get("id").strip() else None
    key = (guid or link or "").strip() or "text:" + content_id(title, body)
    if len(key) > MAX_KEY_CHARS or not key.isprintable():
        key = "hash:" + content_id(key)
    return Entry(key=key, link=link, title=title, published=_entry_date(raw),
                 summary=fragment_text(body))


def _fault(exc: BaseException) -> str:
    """feedparser's complaint, without the parser's "<unknown>:2:0:" prefix."""
    if hasattr(exc, "getMessage") and hasattr(exc, "getLineNumber"):  # SAXParseException
        return f"{exc.getMessage()} at line {exc.getLineNumber()}"
    return str(exc) or type(exc).__name__


def feed_entries(fetched: Fetched) -> Feed:
    """The entries of a fetched RSS/Atom feed; raises ``Reject`` when there are none to read.

    feedparser reads past many faults (a truncated file, a bad character); the entries it
    recovers are used and ``problem`` names the fault. No entries and a fault: refused.
    """
    import feedparser

    try:
        parsed = feedparser.parse(io.BytesIO(fetched.body), response_headers={
            "content-location": fetched.final_url, "content-type": fetched.media_type})
    except Exception as exc:  # a feed must not end the watcher, whatever feedparser does
        raise Reject("fetch_failed", f"feedparser could not read it ({type(exc).__name__}); "
                     "check the URL") from None
    problem = ""
    if parsed.get("bozo"):
        exc = parsed.get("bozo_exception")
        problem = clip(_fault(exc), 100) if exc else "malformed"
    entries = tuple(e for e in (_entry(raw, fetched.final_url)
                                for raw in parsed.get("entries", ()))
                    # an item cut off before its title (a truncated feed) names nothing
                    if e.link or e.title or e.summary)
    version = parsed.get("version") or ""
    if not entries and (problem or not version):
        reason = problem or "no RSS or Atom markup"
        raise Reject("fetch_failed", f"not a readable RSS/Atom feed ({reason}); check the URL")
    title = parsed.get("feed", {}).get("title")
    return Feed(title=title if isinstance(title, str) else None, entries=entries,
                fetched_at=fetched.fetched_at, problem=problem)


def entry_article(entry: Entry, reader: PageReader, feed: Feed, *, private_ok: bool,
                  published: dt.date | None, max_chars: int
                  ) -> tuple[Article | Rejected, str | None]:
    """One new feed entry -> (its article, or its rejection; a note when the page failed and
    the feed's own text was used instead).

    The page the entry links to is fetched as a link nobody typed (``private_ok`` from the
    feed's own address). Without a link, or when the page fails, the entry's summary or
    content stands in, and the note says why.
    """
    origin = one_line(entry.link or entry.key)
    why = "the item links to no page"
    if entry.link:
        got = reader.article(entry.link, published, max_chars, typed=False,
                             private_ok=private_ok)
        if isinstance(got, Article):
            # the page's own title and date first, the feed's where the page gives none
            return (dataclasses.replace(got, title=got.title or entry.title,
                                        published=got.published or entry.published,
                                        source=feed.title or got.source), None)
        why = f"page not read ({got.message})"
    if not entry.summary.strip():
        return Rejected(origin, "fetch_failed", f"{why}; and the feed gives no text for this "
                        "item to fall back on"), None
    meta = {"title": entry.title, "url": entry.link, "source": feed.title,
            "published": None}
    try:
        art = make_article(entry.summary, meta, origin, published or entry.published, max_chars)
    except Reject as r:
        return Rejected(origin, r.code, f"{why}; and the feed's own text for it is not usable "
                        f"({r.message})", r.excerpt), None
    art = dataclasses.replace(art, fetched_at=feed.fetched_at,
                              **({"id": url_id(entry.link)} if entry.link else {}))
    return art, f"{why}; the feed's own summary was stored instead"
