"""Readers of documents: plain text (with optional front matter), HTML pages, RSS/Atom feeds."""

from __future__ import annotations

import datetime as dt
import re
from typing import Iterator

from .base import (DATE_KEYS, SOURCE_KEYS, Article, Reject, Rejected, clip, excerpt, first, guard,
                   make_article, normalise)

#: Fewer words than this after boilerplate removal is a navigation page, not an article.
MIN_HTML_WORDS = 10

_FRONT_KEY = re.compile(r"^([A-Za-z_][\w-]*)\s*:\s*(.*)$")


def split_front_matter(text: str) -> tuple[dict, str]:
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


def text_items(data: str, origin: str, published: dt.date | None,
               max_chars: int) -> Iterator[Article | Rejected]:
    def build() -> Article:
        meta, body = split_front_matter(normalise(data))
        fields = {"id": meta.get("id"), "title": meta.get("title"), "url": meta.get("url"),
                  "source": first(meta, SOURCE_KEYS), "published": first(meta, DATE_KEYS)}
        return make_article(body, fields, origin, published, max_chars)

    yield guard(origin, build)


def html_items(data: str, origin: str, published: dt.date | None,
               max_chars: int) -> Iterator[Article | Rejected]:
    def build() -> Article:
        import trafilatura

        # lxml refuses strings holding NUL or other control characters: repair them first
        doc = trafilatura.bare_extraction(normalise(data), with_metadata=True,
                                          include_comments=False, include_tables=False)
        text = (doc.text if doc is not None else None) or ""
        if len(text.split()) < MIN_HTML_WORDS:
            raise Reject("no_article", "no article text found in the HTML (only navigation or "
                         "boilerplate); save the article page itself, or pass its text as .txt",
                         excerpt(" ".join(data.split())))
        meta = {"title": doc.title, "url": doc.url, "source": doc.sitename, "published": doc.date}
        return make_article(text, meta, origin, published, max_chars)

    yield guard(origin, build)


def fragment_text(body: str) -> str:
    """A feed item's body (plain text, or an HTML fragment) as text: one line per paragraph,
    runs of spaces folded."""
    from lxml import etree
    from lxml import html as lxml_html

    if "<" in body:
        try:
            frag = lxml_html.fromstring(normalise(body))
            for br in frag.iter("p", "br", "div", "li"):
                br.tail = "\n" + (br.tail or "")
            body = frag.text_content()
        except (etree.LxmlError, ValueError):
            pass  # not markup after all ("a < b"): the text stands as written
    body = "\n".join(" ".join(line.split()) for line in body.split("\n"))
    return re.sub(r"\n{2,}", "\n", body)


def feed_items(data: bytes, name: str, published: dt.date | None,
               max_chars: int) -> Iterator[Article | Rejected]:
    """Items of an RSS or Atom feed (entities never expanded, nothing fetched)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=False,
                             huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        yield Rejected(name, "bad_xml", f"not well-formed XML ({clip(str(exc.msg))}); give a "
                       "valid RSS or Atom feed", excerpt(data[:200].decode("utf-8", "replace")))
        return
    if root is None:
        yield Rejected(name, "bad_xml", "no XML element in it; give a valid RSS or Atom feed")
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
        yield Rejected(name, "no_articles", "no <item> or <entry> elements found; give an RSS or "
                       "Atom feed with items")
        return
    for i, item in enumerate(items, start=1):
        origin = f"{name}#{i}"

        def build(item=item, origin=origin) -> Article:
            body = fragment_text(child(item, "encoded", "content", "description", "summary")
                                 or "")
            meta = {"title": child(item, "title"), "url": child(item, "link", "guid", "id"),
                    "source": channel_title,
                    "published": child(item, "pubdate", "published", "updated", "date")}
            return make_article(body, meta, origin, published, max_chars)

        yield guard(origin, build)
