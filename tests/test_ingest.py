"""Ingest turns every kind of input into Articles, and every bad item into one clear rejection."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

from detente.errors import BadDate
from detente.ingest import Rejected, parse_published, read_inputs
from detente.records import Article

from pathlib import Path

IN = Path(__file__).parent / "fixtures" / "ingest"


def one(path, **kw):
    items = list(read_inputs([path], **kw))
    assert len(items) == 1, items
    return items[0]


def by_origin(items):
    return {i.origin.rsplit("/", 1)[-1]: i for i in items}


# ---------------------------------------------------------------- good input


def test_plain_text_with_front_matter_keeps_metadata_and_drops_header():
    art = one(IN / "front_matter.txt")
    assert isinstance(art, Article)
    assert art.text == "The truce between the two militias held for a third day on Saturday."
    assert (art.title, art.source, art.url) == (
        "Truce holds for a third day", "Example Wire", "https://example.org/truce")
    assert art.published == dt.date(2024, 6, 1)
    assert art.id == Article.make(art.text).id


def test_explicit_published_overrides_the_file_date():
    art = one(IN / "front_matter.txt", published=dt.date(2030, 1, 2))
    assert art.published == dt.date(2030, 1, 2)


def test_html_boilerplate_removed_metadata_kept():
    art = one(IN / "article.html")
    assert isinstance(art, Article)
    assert "prisoner exchange" in art.text
    assert "Subscribe" not in art.text and "tracking" not in art.text and "Sport" not in art.text
    assert art.title == "Envoys meet in Oslo"
    assert art.published == dt.date(2024, 3, 5)
    assert art.url == "https://example.org/news/oslo-envoys"


def test_cp1252_is_repaired_not_rejected():
    art = one(IN / "cp1252.txt")
    assert art.text == "The minister\u2019s \u201cfinal\u201d offer was rejected in Z\u00fcrich on Monday."


def test_crlf_and_bom_are_normalised(tmp_path):
    p = tmp_path / "win.txt"
    p.write_bytes(b"\xef\xbb\xbfFirst line.\r\nSecond line.\r\n")
    assert one(p).text == "First line.\nSecond line."


def test_jsonl_good_lines_survive_bad_ones_in_order():
    items = list(read_inputs([IN / "stories.jsonl"]))
    assert [(i.origin.rsplit("/", 1)[-1], type(i).__name__) for i in items] == [
        ("stories.jsonl:1", "Article"), ("stories.jsonl:2", "Rejected"),
        ("stories.jsonl:4", "Rejected"), ("stories.jsonl:5", "Rejected"),
        ("stories.jsonl:6", "Article")]
    # the VOA corpus writes "2019-11-25 12:00:00Z"; RFC 2822 is what feeds use
    assert items[0].published == dt.date(2019, 11, 25)
    assert items[0].title == "Talks resume"
    assert items[-1].published == dt.date(2019, 11, 26)


def test_source_falls_back_to_the_urls_host(tmp_path):
    p = tmp_path / "voa.jsonl"
    p.write_text('{"text": "Envoys met.", "url": "https://www.voanews.com/a/x.html"}\n')
    assert one(p).source == "voanews.com"


def test_csv_rows_extra_columns_ignored_multiline_text_kept():
    items = by_origin(read_inputs([IN / "rows.csv"]))
    first = items["rows.csv:2"]
    assert first.text == "The border crossing reopened on Tuesday, officials said."
    assert (first.title, first.url, first.published) == (
        "Border reopens", "https://example.org/1", dt.date(2024, 2, 6))
    assert items["rows.csv:3"].code == "no_text"
    # formula-looking text is article text here; only the CSV export neutralises it
    assert items["rows.csv:4"].text == '=HYPERLINK("http://evil")'


def test_rss_items_become_articles_with_feed_as_source():
    items = list(read_inputs([IN / "feed.rss"]))
    art = items[0]
    assert art.text == ("Mediators from the African Union arrived in Khartoum on Tuesday.\n"
                        "They will meet both army and militia leaders.")
    assert (art.title, art.url, art.source, art.published) == (
        "Mediators arrive in Khartoum", "https://example.org/news/mediators",
        "Example Wire: World", dt.date(2024, 1, 10))
    assert items[1].code == "no_text" and items[1].origin.endswith("feed.rss#2")


def test_directory_is_walked_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("Second story text.")
    (tmp_path / "a.md").write_text("First story text.")
    (tmp_path / ".hidden.txt").write_text("Hidden.")  # tools' metadata: skipped, see ingest
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "x.txt").write_text("Not an article.")
    assert [i.text for i in read_inputs([tmp_path])] == ["First story text.", "Second story text."]


@pytest.mark.parametrize("data, expected", [
    # JSON lines when the first non-blank character is "{"
    (b'\n {"text": "From a pipe."}\n{"text": "Second."}\n', ["From a pipe.", "Second."]),
    # HTML when it starts with "<"
    (b"<html><body><article><p>" + b"Envoys met again in Cairo on Monday to talk. " * 3
     + b"</p></article></body></html>", None),
    # anything else is plain text
    (b"Just a sentence on stdin.", ["Just a sentence on stdin."]),
])
def test_stdin_is_sniffed(monkeypatch, data, expected):
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    items = list(read_inputs(["-"]))
    assert all(isinstance(i, Article) for i in items), items
    if expected is None:
        assert "Cairo" in items[0].text and "<" not in items[0].text
    else:
        assert [i.text for i in items] == expected
    assert items[0].origin.startswith("<stdin>")


# ---------------------------------------------------------------- dates


@pytest.mark.parametrize("value, expected", [
    ("2025-05-29", dt.date(2025, 5, 29)),
    ("2019-11-25 12:00:00Z", dt.date(2019, 11, 25)),  # VOA corpus form
    ("2024-03-05T23:30:00-05:00", dt.date(2024, 3, 5)),  # the publisher's own day is kept
    ("Tue, 26 Nov 2019 08:00:00 +0000", dt.date(2019, 11, 26)),  # RSS pubDate
    ("26 Nov 2019 08:00:00 GMT", dt.date(2019, 11, 26)),
])
def test_published_formats(value, expected):
    assert parse_published(value) == expected


@pytest.mark.parametrize("value", ["2025-02-30", "yesterday", "2025-13-01", "2019-11-25 25:00:00Z"])
def test_bad_published_raises_baddate_with_fix(value):
    with pytest.raises(BadDate) as exc:
        parse_published(value)
    assert str(exc.value) == (f"--published: {value!r} is not a valid date; use YYYY-MM-DD "
                              "(for example 2025-05-29).")


# ---------------------------------------------------------------- bad input: one line each


def test_empty_file():
    r = one(IN / "empty.txt")
    assert r == Rejected(str(IN / "empty.txt"), "empty",
                         "file is empty (0 bytes); put the article in it or leave it out")


def test_whitespace_only_file():
    r = one(IN / "blank.txt")
    assert (r.code, r.message) == ("empty", "file has no text (only whitespace); put the "
                                   "article in it or leave it out")


def test_binary_file():
    r = one(IN / "binary.txt")
    assert (r.code, r.message) == ("binary", "binary file, not text (NUL byte at offset 4); "
                                   "give text, HTML, JSONL, CSV or RSS/Atom")


def test_binary_without_nul_bytes(tmp_path):
    p = tmp_path / "noise.txt"
    p.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 50)
    r = one(p)
    assert (r.code, r.message) == ("binary", "binary file, not text (400 control bytes in the "
                                   "first 400); give text, HTML, JSONL, CSV or RSS/Atom")


def test_undecodable_text(tmp_path):
    p = tmp_path / "mystery.txt"
    p.write_bytes(b"\x81\x8d\x8f\x90\x9d\xff\xfe" * 20)
    r = one(p)
    assert (r.code, r.message) == ("encoding", "not UTF-8 (bad byte at offset 0) and the "
                                   "encoding could not be detected; re-save the file as UTF-8")


def test_html_without_article():
    r = one(IN / "navigation.html")
    assert (r.code, r.message) == ("no_article", "no article text found in the HTML (only "
                                   "navigation or boilerplate); save the article page itself, "
                                   "or pass its text as .txt")
    assert r.excerpt.startswith("<html><head><title>Index")


def test_jsonl_bad_lines_each_say_what_and_where():
    items = [i for i in read_inputs([IN / "stories.jsonl"]) if isinstance(i, Rejected)]
    assert [f"{i.origin.rsplit('/', 1)[-1]}: {i.message}" for i in items] == [
        "stories.jsonl:2: line is not valid JSON (Unterminated string starting at column 21); "
        "fix or remove the line",
        'stories.jsonl:4: record has no "text" (or it is empty); put the article body in a '
        '"text" field',
        "stories.jsonl:5: published date '2025-02-30' is not a valid date; use YYYY-MM-DD "
        "(for example 2025-05-29) or override it with --published",
    ]
    assert [i.code for i in items] == ["bad_json", "no_text", "bad_date"]
    assert items[0].excerpt == '{"id": "b", "text": "broken'


def test_bad_record_date_is_ignored_when_published_is_given():
    items = list(read_inputs([IN / "stories.jsonl"], published="2025-01-01"))
    assert [i.code for i in items if isinstance(i, Rejected)] == ["bad_json", "no_text"]


def test_csv_without_text_column(tmp_path):
    p = tmp_path / "x.csv"
    p.write_text("id,body_html\n1,hello\n")
    r = one(p)
    assert (r.code, r.message) == ("no_text", "CSV has no 'text' column (columns: id, "
                                   "body_html); name the article body column 'text'")


def test_too_long_text_in_a_record():
    r = list(read_inputs([IN / "stories.jsonl"], max_chars=20))[0]
    assert (r.code, r.message) == ("too_long", "text is 32 characters, over the 20 limit; "
                                   "split it into articles or raise --max-chars")


def test_20mb_file_rejected_from_its_size_without_reading_it(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with p.open("wb") as fh:
        fh.truncate(20 * 1024 * 1024)  # sparse: would be all NULs if anyone read it
    monkeypatch.setattr(type(p), "read_bytes", lambda self: pytest.fail("file was read"))
    r = one(p)
    assert (r.code, r.message) == ("too_long", "file is 20,971,520 bytes, over the "
                                   "1,000,000-character limit; split it into articles or "
                                   "raise --max-chars")


def test_missing_file_is_rejected_and_batch_goes_on(tmp_path):
    items = list(read_inputs([tmp_path / "nope.txt", IN / "front_matter.txt"]))
    assert (items[0].code, items[0].message) == (
        "unreadable", "no such file or directory; check the path")
    assert isinstance(items[1], Article)


def test_rejection_prints_as_one_line():
    r = Rejected("a.jsonl:3", "bad_json", "line is not valid JSON", "{x")
    assert str(r) == "a.jsonl:3: line is not valid JSON"


def test_atom_entries_use_content_and_published(tmp_path):
    p = tmp_path / "feed.atom"
    p.write_text('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom">'
                 "<title>Desk</title><entry><title>Envoy visits</title>"
                 '<link href="https://example.org/e"/><published>2024-02-01T08:00:00Z</published>'
                 '<content type="html">&lt;p&gt;The envoy visited the border.&lt;/p&gt;</content>'
                 "</entry></feed>")
    art = one(p)
    assert (art.text, art.title, art.url, art.source, art.published) == (
        "The envoy visited the border.", "Envoy visits", "https://example.org/e", "Desk",
        dt.date(2024, 2, 1))


def test_feed_entities_are_not_expanded(tmp_path):
    # an external entity must never pull a local file into the article (XXE)
    p = tmp_path / "evil.rss"
    p.write_text('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                 "<rss><channel><item><title>t</title><description>Hello &x; there, envoys met."
                 "</description></item></channel></rss>")
    (art,) = read_inputs([p])
    assert art.text == "Hello &x; there, envoys met."  # left as written, never expanded


def test_oversized_html_is_rejected_from_its_size(tmp_path):
    p = tmp_path / "page.html"
    p.write_text("<html><body>" + "<div>menu</div>" * 20 + "</body></html>")
    r = one(p, max_chars=10)
    assert (r.code, r.message) == ("too_long", "HTML file is 326 bytes, too large for the "
                                   "10-character limit; save only the article page")


# ---------------------------------------------------------------- helpers for records


def jsonl(tmp_path, *records, name="in.jsonl"):
    p = tmp_path / name
    p.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records))
    return p


# ---------------------------------------------------------------- messages are one safe line


def test_file_names_with_newlines_and_escapes_cannot_forge_a_line(tmp_path):
    p = tmp_path / "x\n\x1b[31mrejected: forged.txt"
    p.write_text("")
    r = one(p)
    assert str(r) == (f"{tmp_path}/x\\n\\x1b[31mrejected: forged.txt: file is empty (0 bytes); "
                      "put the article in it or leave it out")
    assert "\n" not in r.origin and "\x1b" not in r.origin


def test_a_5000_character_bad_date_is_not_echoed_whole(tmp_path):
    r = one(jsonl(tmp_path, {"text": "Envoys met.", "published": "2024\u202e" + "9" * 4995}))
    assert r.message == ("published date '2024\\u202e" + "9" * 70 + "…' (5,000 characters) is "
                         "not a valid date; use YYYY-MM-DD (for example 2025-05-29) or override "
                         "it with --published")


@pytest.mark.parametrize("value, shown", [
    ("plain", "'plain'"),
    ("it's a \\ path", "'it\\'s a \\\\ path'"),  # quote and backslash escaped: unambiguous
    ("two\nlines\r\t", "'two\\nlines\\r\\t'"),
    ("\x1b[2J\x00\u2028\ud800", "'\\x1b[2J\\x00\\u2028\\ud800'"),
    ("Z\u00fcrich \u2014 \u00e9", "'Z\u00fcrich \u2014 \u00e9'"),  # printable text as is
    ("y" * 81, "'" + "y" * 80 + "…' (81 characters)"),
    (12, "'12'"),
])
def test_show_quotes_escapes_and_shortens(value, shown):
    from detente.readers.base import show

    assert show(value) == shown


def test_rejected_is_made_safe_on_construction():
    r = Rejected("a\nb.txt", "bad_json", "line 1\nline 2 " + "m" * 700, "ex\ud800")
    assert str(r) == "a\\nb.txt: line 1\\nline 2 " + "m" * 585 + "…"
    assert r.excerpt == "ex\ud800"  # data, not display: the store makes it storable


def test_feed_without_items(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text("<rss><channel><title>x</title></channel></rss>")
    r = one(p)
    assert (r.code, r.message) == ("no_articles", "no <item> or <entry> elements found; give an "
                                   "RSS or Atom feed with items")
