"""Ingest turns every kind of input into Articles, and every bad item into one clear rejection."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys

import pytest

from detente.errors import BadDate
from detente.ingest import Rejected, parse_published, read_inputs
from detente.records import Article, content_id

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


# ---------------------------------------------------------------- ids (issue 7)


def jsonl(tmp_path, *records, name="in.jsonl"):
    p = tmp_path / name
    p.write_text("".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records))
    return p


def test_given_id_is_kept_and_the_content_hash_sits_beside_it(tmp_path):
    art = one(jsonl(tmp_path, {"id": " vo-17 ", "text": "Envoys met."}))
    assert (art.id, art.content_hash) == ("vo-17", content_id("Envoys met."))


def test_same_text_under_five_ids_is_five_articles_each_with_its_own_metadata(tmp_path):
    recs = [{"id": f"w{i}", "text": "Talks resumed.", "url": f"https://ex.org/{i}",
             "source": f"Wire {i}", "published": f"2024-05-0{i}"} for i in range(1, 6)]
    arts = list(read_inputs([jsonl(tmp_path, *recs)]))
    assert [(a.id, a.url, a.source, a.published.day) for a in arts] == [
        (f"w{i}", f"https://ex.org/{i}", f"Wire {i}", i) for i in range(1, 6)]
    assert len({a.content_hash for a in arts}) == 1


@pytest.mark.parametrize("given, expected", [
    (None, "derived"),  # no id: the hash of the text, as before
    ("", "derived"),  # an empty id names nothing
    ("   ", "derived"),
    (7, "7"),  # integers are ids as written
    ("Story 7 é", "Story 7 é"),
])
def test_usable_ids(tmp_path, given, expected):
    art = one(jsonl(tmp_path, {"id": given, "text": "Envoys met."}))
    assert art.id == (art.content_hash if expected == "derived" else expected)


@pytest.mark.parametrize("given, message", [
    (1.5, "id '1.5' is not a whole number; give it as a string, or leave it out to use the "
          "hash of the text"),
    (["a"], "id is a list, not a string or an integer; give it as a string, or leave it out "
            "to use the hash of the text"),
    (True, "id is a boolean, not a string or an integer; give it as a string, or leave it out "
           "to use the hash of the text"),
    ("x" * 201, "id is 201 characters long, over the 200 limit; give a shorter id, or leave it "
                "out to use the hash of the text"),
    ("a\nb\x1b[2J", "id 'a\\nb\\x1b[2J' holds control or invisible characters; give a "
                    "printable id, or leave it out to use the hash of the text"),
    ("abc\u200b", "id 'abc\\u200b' holds control or invisible characters; give a printable id, "
                  "or leave it out to use the hash of the text"),
])
def test_unusable_ids_are_rejected_not_replaced(tmp_path, given, message):
    r = one(jsonl(tmp_path, {"id": given, "text": "Envoys met."}))
    assert (r.code, r.message) == ("bad_id", message)


def test_an_id_met_again_for_another_article_is_rejected_naming_the_first(tmp_path):
    p = jsonl(tmp_path, {"id": "a", "text": "One."}, {"id": "a", "text": "One."},
              {"id": "a", "text": "Two."}, {"text": "Same."}, {"text": "Same.", "url": "http://b"})
    items = list(read_inputs([p]))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "Rejected", "Article",
                                                 "Rejected"]
    assert str(items[2]) == (f"{p}:3: id 'a' was already given to another article at {p}:1; "
                             "give each article its own id")
    assert str(items[4]) == (f"{p}:5: same text as {p}:4 but another title, url, source or "
                             'date; give each copy its own "id" to keep both')


def test_front_matter_and_csv_ids_are_kept(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("---\nid: fm-1\ntitle: T\n---\nEnvoys met.")
    assert one(p).id == "fm-1"
    assert by_origin(read_inputs([IN / "rows.csv"]))["rows.csv:2"].id == "1"


def test_article_make_stays_backward_compatible():
    art = Article.make("Envoys met.", published=dt.date(2024, 1, 2))
    assert art.id == art.content_hash == content_id("Envoys met.")
    assert Article(id="x", text="Envoys met.").content_hash == art.content_hash
    assert Article.make("Envoys met.", id="x").as_dict() == {
        "id": "x", "content_hash": art.content_hash, "title": None, "url": None,
        "source": None, "published": None}


# ---------------------------------------------------------------- records that used to crash


def test_lone_surrogate_and_control_characters_become_replacement_characters(tmp_path):
    p = tmp_path / "s.jsonl"
    p.write_text('{"text": "Talks \\ud800 in Oslo \\u0000 and \\u001b[31m here.\\u0007", '
                 '"title": "T\\udfff"}\n')
    art = one(p)
    assert art.text == "Talks \ufffd in Oslo \ufffd and \ufffd[31m here.\ufffd"
    assert art.title == "T\ufffd"
    art.text.encode("utf-8")  # what spaCy and the store need


def test_huge_integer_literal_does_not_sink_the_record(tmp_path):
    digits = "9" * 5000
    items = list(read_inputs([jsonl(tmp_path, '{"text": "Envoys met.", "n": %s}' % digits,
                                    '{"text": %s}' % digits, '{"text": "x", "id": %s}' % digits)]))
    assert items[0].text == "Envoys met."
    assert items[1].message == '"text" is a number, not a string; put the article body in it as a string'
    assert items[2].message == ("id is 5,000 characters long, over the 200 limit; give a shorter "
                                "id, or leave it out to use the hash of the text")


@pytest.mark.parametrize("depth", [101, 1000, 100_000])
def test_deep_json_is_rejected_before_parsing(tmp_path, depth):
    line = '{"text": "x", "meta": ' + "[" * depth + "]" * depth + "}"
    r = one(jsonl(tmp_path, line))
    assert (r.code, r.message) == ("bad_json", "line nests deeper than 100 levels, which no "
                                   "article record needs; fix or remove the line")


def test_json_at_the_depth_limit_is_read(tmp_path):
    line = '{"text": "x", "meta": ' + "[" * 99 + "]" * 99 + ', "s": "[[[[\\"[[["}'
    assert one(jsonl(tmp_path, line)).text == "x"


@pytest.mark.parametrize("line, message", [
    ("[1, 2]", 'expected a JSON object, got a list; write one {"text": ...} object per line'),
    ("null", 'expected a JSON object, got null; write one {"text": ...} object per line'),
    ('"text"', 'expected a JSON object, got a string; write one {"text": ...} object per line'),
    ('{"text": ["a"]}', '"text" is a list, not a string; put the article body in it as a string'),
    ('{"text": {"a": 1}}', '"text" is an object, not a string; put the article body in it as a '
                           "string"),
    ('{"text": "x", "title": {"a": 1}}', '"title" is an object, not text; give it as a string'),
    ('{"text": "x", "published": [2024]}', "published date is a list, not a date; use "
                                           "YYYY-MM-DD (for example 2025-05-29) or override it "
                                           "with --published"),
])
def test_values_of_the_wrong_type_are_rejected_with_the_line(tmp_path, line, message):
    r = one(jsonl(tmp_path, line))
    assert (r.origin, r.message) == (f"{tmp_path / 'in.jsonl'}:1", message)


def test_overlong_line_is_skipped_to_its_end_and_reading_goes_on(tmp_path):
    # 8 bytes a character plus 64 KB of metadata: 65,616 bytes for a 10-character limit
    p = jsonl(tmp_path, {"text": "x" * 70_000}, {"text": "Talks."})
    items = list(read_inputs([p], max_chars=10))
    assert str(items[0]) == (f"{p}:1: line is over 65,616 bytes, too long for the 10-character "
                             "limit; split the article or raise --max-chars")
    assert items[1].text == "Talks." and items[1].origin == f"{p}:2"


# ---------------------------------------------------------------- CSV read strictly

HEADER = "id,title,text,published,url\n"


def csv_file(tmp_path, body):
    p = tmp_path / "rows.csv"
    p.write_text(HEADER + body)
    return p


def csv_lines(tmp_path, body):
    p = csv_file(tmp_path, body)
    return [(i.origin.rsplit(":", 1)[-1], str(i).split(": ", 1)[1] if isinstance(i, Rejected)
             else (i.id, i.title, i.url, i.published)) for i in read_inputs([p])]


def test_csv_unclosed_quote_rejects_its_row_and_the_rows_below_are_still_read(tmp_path):
    # without strictness this row swallowed the rest: title = url, url = date, date = None
    assert csv_lines(tmp_path, '1,"Border reopens,Crossing reopened.,2024-02-06,https://e/1\n'
                               "2,Talks,Envoys met.,2024-02-07,https://e/2\n") == [
        ("2", 'a quoted field opened in this row is never closed (it runs to the end of the '
              'file); close the quote and double every " inside a quoted field'),
        ("3", ("2", "Talks", "https://e/2", dt.date(2024, 2, 7)))]


def test_csv_rows_with_more_or_fewer_fields_than_the_header_are_rejected(tmp_path):
    assert csv_lines(tmp_path, "1,Talks, Russia,Envoys met.,2024-02-07,https://e/1\n"
                               "2,Talks,Envoys met.\n"
                               '3,Talks,"Envoys\nmet.",2024-02-07\n'
                               "4,Talks,Envoys met again.,2024-02-08,https://e/4\n") == [
        ("2", "row has 6 fields but the header has 5: an unquoted comma shifts the columns; "
              "put quotes around every field that holds a comma"),
        ("3", "row has 3 fields but the header has 5: a field is missing or a line break is "
              "not quoted; give every column (an empty one as nothing between two commas) and "
              "put quotes around fields that hold line breaks"),
        ("4", "row has 4 fields but the header has 5 (the row runs over lines 4-5): a field is "
              "missing or a line break is not quoted; give every column (an empty one as "
              "nothing between two commas) and put quotes around fields that hold line breaks"),
        ("6", ("4", "Talks", "https://e/4", dt.date(2024, 2, 8)))]


def test_csv_text_after_a_closing_quote(tmp_path):
    assert csv_lines(tmp_path, '1,"Talks" resume,Envoys met.,2024-02-07,https://e/1\n') == [
        ("2", 'a quoted field has text after its closing quote; double every " inside a '
              "quoted field")]


@pytest.mark.parametrize("data, code, message", [
    (HEADER, "no_articles", "CSV has a header but no rows; put one article per row below the "
                            "header"),
    ("id,text,TEXT\n1,a,b\n", "bad_csv", "CSV header names the column 'text' more than once; "
                                         "give each column its own name"),
    ("id," + "c" * 500 + "\n", "no_text", "CSV has no 'text' column (columns: id, "
                                          + "c" * 76 + "… (504 characters)); name the article "
                                          "body column 'text'"),
])
def test_csv_headers_that_cannot_work(tmp_path, data, code, message):
    p = tmp_path / "h.csv"
    p.write_text(data)
    r = one(p)
    assert (r.code, r.message) == (code, message)


# ---------------------------------------------------------------- JSON documents


@pytest.mark.parametrize("data, code, message", [
    ("[]", "no_articles", 'the JSON is an empty list, so it holds no articles; give one '
                          '{"text": ...} object per article'),
    ("{}", "no_articles", 'the JSON is an empty object, so it holds no articles; give one '
                          '{"text": ...} object per article'),
    ("42", "bad_json", 'expected a JSON object or a list of objects, got a number; give one '
                       '{"text": ...} object per article'),
    ("[" * 5000, "bad_json", "JSON nests deeper than 100 levels, which no article record needs; "
                             "give one object, a list of objects, or JSON lines (.jsonl)"),
])
def test_json_documents_without_articles_are_reported(tmp_path, data, code, message):
    p = tmp_path / "d.json"
    p.write_text(data)
    r = one(p)
    assert (r.code, r.message) == (code, message)


def test_json_list_items_are_read_one_by_one(tmp_path):
    p = tmp_path / "d.json"
    p.write_text('[{"id": "k1", "text": "Envoys met."}, 3, {"text": "Talks ended."}]')
    items = list(read_inputs([p]))
    assert [(i.origin.rsplit("/", 1)[-1], i.id if isinstance(i, Article) else i.code)
            for i in items] == [
        ("d.json[1]", "k1"), ("d.json[2]", "bad_json"),
        ("d.json[3]", content_id("Talks ended."))]


# ---------------------------------------------------------------- directories


ACCEPTED = ".atom .csv .htm .html .json .jsonl .md .ndjson .rss .text .txt .xhtml .xml"


def test_every_file_in_a_directory_is_read_or_reported(tmp_path):
    import gzip

    (tmp_path / "a.txt").write_text("Envoys met.")
    (tmp_path / "a.txt.bak").write_text("Envoys met, said the old draft.")
    (tmp_path / "LICENSE").write_text("MIT")
    with gzip.open(tmp_path / "b.jsonl.gz", "wt") as fh:
        fh.write('{"id": "z1", "text": "Zipped talks."}\n')
    (tmp_path / "c.csv.gz").write_bytes(b"\x1f\x8b\x08\x00broken")
    (tmp_path / "d.json").write_text("[]")
    items = list(read_inputs([tmp_path]))
    seen = [(i.origin.rsplit("/", 1)[-1], i.id if isinstance(i, Article) else i.code)
            for i in items]
    assert seen == [("LICENSE", "unsupported_file"), ("a.txt", content_id("Envoys met.")),
                    ("a.txt.bak", "unsupported_file"), ("b.jsonl.gz:1", "z1"),
                    ("c.csv.gz", "bad_gzip"), ("d.json", "no_articles")]
    assert items[2].message == (
        f"not read: it has extension '.bak', and files in a directory are read only when they "
        f"end in {ACCEPTED} (each also as .gz); rename it, or give it by name (with "
        "--input-format unless it is plain text)")
    assert items[0].message.startswith("not read: it has no extension, and files")
    assert items[4].message.startswith("the compressed data is damaged (")


def test_gzip_is_decompressed_within_a_bound(tmp_path):
    import gzip

    p = tmp_path / "big.txt.gz"
    p.write_bytes(gzip.compress(b"talks " * 10_000))  # 60 KB from a few hundred bytes
    r = one(p, max_chars=1000)
    assert (r.code, r.message) == ("too_long", "file decompresses to over 4,000 bytes, beyond "
                                   "the limit for one text file; split it into articles or raise "
                                   "--max-chars")


def test_empty_directory_link_and_special_files_are_reported(tmp_path):
    import os

    assert str(one(tmp_path)) == (f"{tmp_path}: directory holds no files to read (hidden ones "
                                  "are skipped); put articles in it or give another path")
    (tmp_path / "real").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "real")
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would wait forever
    items = list(read_inputs([tmp_path]))
    assert [(i.origin.rsplit("/", 1)[-1], i.code, i.message) for i in items] == [
        ("link", "unsupported_file", "a link to a directory is not followed (it could loop); "
                                     "give the directory it points to by name"),
        ("pipe.txt", "unsupported_file", "not a regular file (a pipe, socket or device); leave "
                                         "it out of the directory")]


# ---------------------------------------------------------------- encodings


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be",
                                   "utf-32", "utf-16"])  # the last two write a BOM
def test_wide_unicode_with_or_without_bom_is_text_not_binary(tmp_path, codec):
    p = tmp_path / "w.txt"
    p.write_bytes("Envoys met in Z\u00fcrich \u2014 talks \u201cresumed\u201d.".encode(codec))
    assert one(p).text == "Envoys met in Z\u00fcrich \u2014 talks \u201cresumed\u201d."


def test_utf16_json_lines_are_read_line_by_line(tmp_path):
    p = tmp_path / "w.jsonl"
    p.write_bytes('{"id": "u1", "text": "Envoys met."}\n{"text": 5}\n'.encode("utf-16-le"))
    items = list(read_inputs([p]))
    assert (items[0].id, items[1].origin, items[1].code) == ("u1", f"{p}:2", "no_text")


def test_broken_utf16_is_an_encoding_rejection(tmp_path):
    p = tmp_path / "w.txt"
    p.write_bytes("Envoys met.".encode("utf-16-le") + b"\x00\xd8A\x00")  # lone high surrogate
    r = one(p)
    assert (r.code, r.message) == ("encoding", "looks like UTF-16-LE but is not valid UTF-16-LE "
                                   "(bad data at byte 22); re-save the file as UTF-8")


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
    assert r.excerpt == "ex\ufffd"


def test_feed_without_items(tmp_path):
    p = tmp_path / "f.rss"
    p.write_text("<rss><channel><title>x</title></channel></rss>")
    r = one(p)
    assert (r.code, r.message) == ("no_articles", "no <item> or <entry> elements found; give an "
                                   "RSS or Atom feed with items")


# ---------------------------------------------------------------- damage stays local


def test_a_nul_run_spoils_only_its_own_json_line(tmp_path):
    # a file zero-filled after a crash: NULs before a record, not a binary file
    p = tmp_path / "z.jsonl"
    p.write_bytes(b'\x00' * 30 + b'{"text": "Lost."}\n{"id": "k", "text": "Kept."}\n')
    items = list(read_inputs([p]))
    assert str(items[0]) == (f"{p}:1: line holds binary data, not text (NUL byte at offset 0); "
                             "fix or remove the line")
    assert items[1].id == "k"


def test_bad_bytes_in_utf8_become_replacement_characters_not_mojibake(tmp_path):
    p = tmp_path / "r.csv"
    p.write_bytes("id,text\n1,Talks in Zürich \u2014 resumed.\n2,Envoys met\xff.\n".encode()
                  .replace(b"\xc3\xbf", b"\xff") + b"3,A NUL\x00 here.\n")
    assert [i.text for i in read_inputs([p])] == ["Talks in Zürich \u2014 resumed.",
                                                  "Envoys met\ufffd.", "A NUL\ufffd here."]


def test_an_unclosed_quote_that_runs_into_the_next_row_costs_one_row(tmp_path):
    # the stray quote closes at the quote that opens the next row's text, at a line's end
    assert csv_lines(tmp_path, '1,"Talks,Envoys met.,2024-02-07,https://e/1\n'
                               '2,Talks,"\nEnvoys met again.",2024-02-08,https://e/2\n') == [
        ("2", 'a quoted field opened in this row runs on to line 3; close the quote and double '
              'every " inside a quoted field'),
        ("3", ("2", "Talks", "https://e/2", dt.date(2024, 2, 8)))]


def test_csv_line_numbers_count_newlines_only(tmp_path):
    # a lone carriage return inside a quoted text does not shift the numbers
    assert csv_lines(tmp_path, '1,T,"Envoys\rmet.",2024-02-07,https://e/1\n2,T,x\n') == [
        ("2", ("1", "T", "https://e/1", dt.date(2024, 2, 7))),
        ("3", "row has 3 fields but the header has 5: a field is missing or a line break is "
              "not quoted; give every column (an empty one as nothing between two commas) and "
              "put quotes around fields that hold line breaks")]
