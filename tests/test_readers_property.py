"""Property tests over every reader: hostile input never raises and never vanishes.

For each reader (text, HTML, JSON lines, JSON, CSV, RSS/Atom, standard input) and generated
input (arbitrary bytes, hostile unicode, deep structures, values of every JSON type):
- reading never raises, and no item needs the reader's last-resort catch (``read_failed``);
- every input gives at least one Article or Rejected, never nothing;
- every rejection prints as one line of printable characters that starts with its location;
- every article is storable (valid UTF-8, within the limits, id printable);
and generated valid records come back with the same id, text, url and date.

Deterministic (``derandomize``) and bounded so the file runs in well under 30 s.
"""

from __future__ import annotations

import csv
import datetime as dt
import gzip
import io
import json
import os
import sys
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from detente.ingest import Rejected, read_inputs
from detente.readers.base import MAX_ID_CHARS
from detente.readers.decode import wide_encoding
from detente.records import Article, content_id

MAX_CHARS = 3000
#: DETENTE_READER_EXAMPLES=5000 runs a deeper (slower, still deterministic) search locally.
_SCALE = int(os.environ.get("DETENTE_READER_EXAMPLES", "100"))
FAST = settings(max_examples=_SCALE, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=max(_SCALE * 2 // 5, 1), deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

# Characters that broke or could break a reader, a store or a terminal.
HOSTILE = ["\x00", "\x07", "\x1b", "\x1b[2J", "\x7f", "\x85", "\ud800", "\udfff", "\udce9",
           "\ufeff", "\ufffd", "\u202e", "\u2028", "\u200b", "\r", "\r\n", "\n", "\t", '"',
           "'", "\\", ",", ";", "<", ">", "&", "{", "}", "[", "]", "---", "<![CDATA[", "]]>",
           "&amp;", "&#0;", "\\ud800", "\\u0000", "é", "中", "\U0001f600"]
hostile_text = st.lists(st.one_of(st.characters(), st.sampled_from(HOSTILE)),
                        max_size=60).map("".join)
WORDS = ("the talks envoys met in Geneva on Monday ceasefire Russia Ukraine said will not "
         "peace round mediators agreed prisoners exchange held postponed 16 May 2024").split()
english = st.lists(st.sampled_from(WORDS), min_size=1, max_size=40).map(" ".join)
json_scalar = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), hostile_text,
                        english)
json_value = st.recursive(json_scalar, lambda c: st.lists(c, max_size=4)
                          | st.dictionaries(hostile_text, c, max_size=4), max_leaves=12)
FIELDS = ["id", "text", "body", "title", "url", "link", "source", "published", "date"]
json_record = st.dictionaries(st.one_of(st.sampled_from(FIELDS), hostile_text),
                              st.one_of(json_value, english), max_size=7)
depth = st.integers(min_value=50, max_value=3000)


def deep(n: int, kind: str) -> str:
    if kind == "list":
        return "[" * n + "]" * n
    if kind == "object":
        return '{"a":' * n + "1" + "}" * n
    return '{"text": "x", "m": ' + "[" * n + "]" * n + "}"


# --------------------------------------------------------------------------- the properties


def read(name: str, data: bytes, **kw) -> tuple[list, str]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(read_inputs([path], max_chars=MAX_CHARS, **kw)), str(path)


def check(items: list, where: str) -> None:
    assert items, f"{where} gave nothing"
    for item in items:
        assert isinstance(item, (Article, Rejected)), item
        assert item.origin == where or item.origin[len(where):][:1] in (":", "[", "#"), item
        assert item.origin.startswith(where), (item.origin, where)
        if isinstance(item, Rejected):
            line = str(item)
            assert line.isprintable(), repr(line)  # no newline, escape or control: one line
            assert line.startswith(f"{item.origin}: ") and item.message
            assert item.code != "read_failed", line  # a reader bug, not bad input
            item.excerpt.encode("utf-8")
        else:
            assert item.text and len(item.text) <= MAX_CHARS
            item.text.encode("utf-8")  # no lone surrogate reaches spaCy or the store
            assert not any(ord(c) < 32 and c not in "\t\n\f" for c in item.text)
            assert item.id.isprintable() and 0 < len(item.id) <= MAX_ID_CHARS
            assert item.content_hash == content_id(item.text)
            for value in (item.title, item.url, item.source):
                assert value is None or (value.encode("utf-8") and "\n" not in value)


def read_checked(name: str, data: bytes, **kw) -> list:
    items, where = read(name, data, **kw)
    check(items, where)
    return items


# --------------------------------------------------------------------------- every reader


@FAST
@given(data=st.binary(max_size=3000),
       name=st.sampled_from(["a.txt", "a.html", "a.jsonl", "a.json", "a.csv", "a.rss",
                             "a.atom", "a.txt.gz", "a.unknown"]))
def test_arbitrary_bytes_never_raise(data, name):
    read_checked(name, data)


@FAST
@given(text=st.one_of(hostile_text, english),
       codec=st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-32",
                              "cp1252"]))
def test_plain_text_in_any_encoding(text, codec):
    data = text.encode(codec, "surrogatepass" if codec.startswith("utf") else "replace")
    items = read_checked("t.txt", data)
    assert len(items) == 1


@SLOW
@given(body=st.lists(st.one_of(english, hostile_text), max_size=8),
       tag=st.sampled_from(["p", "div", "article", "script", "a", "td"]), nest=depth)
def test_html_pages(body, tag, nest):
    page = "".join(f"<{tag}>{chunk}</{tag}>" for chunk in body)
    for doc in (f"<html><body>{page}</body></html>", "<div>" * nest + page):
        assert len(read_checked("p.html", doc.encode("utf-8", "surrogatepass"))) == 1


@FAST
@given(lines=st.lists(st.one_of(
    json_record.map(lambda r: json.dumps(r, ensure_ascii=False)),
    json_record.map(json.dumps), json_value.map(json.dumps), hostile_text,
    st.tuples(depth, st.sampled_from(["list", "object", "field"])).map(lambda t: deep(*t)),
    st.integers(4000, 6000).map(lambda n: '{"text": "x", "n": ' + "7" * n + "}")),
    max_size=6))
def test_json_lines_one_item_per_line(lines):
    data = "\n".join(line.replace("\n", " ").replace("\r", " ") for line in lines)
    data = data.encode("utf-8", "surrogatepass")
    items, where = read("l.jsonl", data)
    check(items, where)
    if items[0].origin == where:  # the file as a whole: binary, or no lines at all
        assert len(items) == 1 and items[0].code in ("binary", "empty"), items
        return
    if wide_encoding(data):  # NULs in the pattern of UTF-16/32: read as such, other lines
        return
    # otherwise each non-blank line gives exactly one item, in order
    expected = [n for n, line in enumerate(data.split(b"\n"), 1) if line.strip()]
    assert [int(i.origin.rsplit(":", 1)[1]) for i in items] == expected


@FAST
@given(doc=st.one_of(json_value, st.lists(json_record, max_size=5), json_record,
                     st.tuples(depth, st.sampled_from(["list", "object"]))))
def test_json_documents(doc):
    text = deep(*doc) if isinstance(doc, tuple) else json.dumps(doc, ensure_ascii=False)
    read_checked("d.json", text.encode("utf-8", "surrogatepass"))


@FAST
@given(rows=st.lists(st.lists(st.one_of(hostile_text, english), max_size=7), max_size=6),
       header=st.lists(st.sampled_from(FIELDS + ["extra", ""]), min_size=1, max_size=6),
       mangle=st.sampled_from(["", '"', ",", "\n", '""x"']))
def test_csv_files(rows, header, mangle):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(header)
    for row in rows:
        writer.writerow(row)
    data = out.getvalue()
    if mangle and rows:  # an unclosed quote, a stray comma or line break in the middle
        cut = len(data) // 2
        data = data[:cut] + mangle + data[cut:]
    read_checked("r.csv", data.encode("utf-8", "surrogatepass"))


@SLOW
@given(items=st.lists(st.tuples(hostile_text, st.one_of(english, hostile_text), hostile_text),
                      max_size=5),
       atom=st.booleans(), nest=depth)
def test_feeds(items, atom, nest):
    from xml.sax.saxutils import escape

    def clean(s: str) -> str:  # what an XML writer can put in a document at all
        return escape("".join(c for c in s if c in "\t\n" or (" " <= c < "\ud800")
                              or "\ue000" <= c <= "\ufffd"))

    if atom:
        body = "".join(f"<entry><title>{clean(t)}</title><content type='html'>{clean(b)}"
                       f"</content><published>{clean(d)}</published></entry>"
                       for t, b, d in items)
        doc = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>{body}</feed>'
    else:
        body = "".join(f"<item><title>{clean(t)}</title><description>{clean(b)}</description>"
                       f"<pubDate>{clean(d)}</pubDate></item>" for t, b, d in items)
        doc = f"<rss><channel><title>W</title>{body}</channel></rss>"
    got = read_checked("f.xml", doc.encode("utf-8"))
    assert len(got) == max(len(items), 1)
    read_checked("g.rss", ("<rss>" + "<x>" * nest + "</x>" * nest + "</rss>").encode())


@FAST
@given(data=st.one_of(st.binary(max_size=2000),
                      json_record.map(lambda r: json.dumps(r).encode()),
                      hostile_text.map(lambda t: t.encode("utf-16-le", "surrogatepass")),
                      english.map(lambda t: gzip.compress(t.encode(), mtime=0))))
def test_standard_input_is_sniffed_safely(data):
    saved = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(data))
    try:
        items = list(read_inputs(["-"], max_chars=MAX_CHARS))
    finally:
        sys.stdin = saved
    check(items, "<stdin>")


# --------------------------------------------------------------------------- round trips

printable = st.characters(categories=("L", "N", "P", "S"))
ids = st.text(printable, min_size=1, max_size=40)
bodies = st.text(st.one_of(printable, st.sampled_from([" ", "\n", "\t", "é", "\u2014"])),
                 min_size=1, max_size=300).filter(lambda t: t.strip())
urls = st.text(st.characters(categories=("L", "N"), max_codepoint=0x7F), min_size=1,
               max_size=20).map(lambda s: f"https://example.org/{s}")
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))
records = st.lists(st.fixed_dictionaries({"id": ids, "text": bodies, "url": urls,
                                          "published": dates}),
                   min_size=1, max_size=5, unique_by=lambda r: r["id"])


def expect(items: list, recs: list[dict]) -> None:
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items]
    assert [(a.id, a.text, a.url, a.published) for a in items] == [
        (r["id"], r["text"].strip(), r["url"], r["published"]) for r in recs]


@FAST
@given(recs=records, ascii_only=st.booleans())
def test_jsonl_round_trip(recs, ascii_only):
    lines = [json.dumps({**r, "published": r["published"].isoformat()}, ensure_ascii=ascii_only)
             for r in recs]
    expect(read_checked("rt.jsonl", "\n".join(lines).encode()), recs)


@FAST
@given(recs=records, terminator=st.sampled_from(["\n", "\r\n"]))
def test_csv_round_trip(recs, terminator):
    out = io.StringIO()
    writer = csv.writer(out, lineterminator=terminator)
    writer.writerow(["id", "text", "url", "published"])
    for r in recs:
        writer.writerow([r["id"], r["text"], r["url"], r["published"].isoformat()])
    expect(read_checked("rt.csv", out.getvalue().encode()), recs)


@FAST
@given(text=bodies)
def test_records_without_an_id_are_named_by_their_text(text):
    (art,) = read_checked("n.jsonl", json.dumps({"text": text}).encode())
    assert art.id == art.content_hash == content_id(text.strip())
