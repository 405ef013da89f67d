"""Input fidelity (issue 7): ids kept, no record can crash or vanish, strict CSV, directories
fully accounted for, wide encodings read, damage kept local. Every message pinned exactly."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.ingest import Rejected, read_inputs
from detente.records import Article, content_id

from test_ingest import IN, by_origin, jsonl, one


# ---------------------------------------------------------------- ids (issue 7)


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
