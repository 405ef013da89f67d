"""The dashboard (``detente serve``) through its JSON twins and pages, in-process.

The store is hand-made (no model): three articles, one of them hostile (a title, url and text
with markup and a ``javascript:`` link), so escaping, filters and facets have known answers.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import warnings

import duckdb
import pyarrow.parquet as pq
import pytest
import uvicorn
from click.testing import CliRunner

from detente.cli import main

from detente.store import Store
from detente.web import app as web_app, queries

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 and says so on import
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

HOSTILE_TEXT = ('Officials met. <script>alert("x")</script> Russia accused Ukraine of '
                'shelling <a href="javascript:alert(1)">Kharkiv</a>. Nothing else.')
HOSTILE_SENTENCE = 'Russia accused Ukraine of shelling <a href="javascript:alert(1)">Kharkiv</a>.'

ARTICLES = [
    # id, title, url, published, text
    ("a1", "Talks in Istanbul", "https://example.org/a1", "2025-05-17",
     "Russian and Ukrainian delegations met in Istanbul on Friday. Moscow said it would "
     "meet again. The talks ended without a ceasefire."),
    ("a2", "<script>alert('title')</script>", "javascript:alert(1)", "2025-06-02",
     HOSTILE_TEXT),
    ("a/3 odd id", "Aid convoy", "https://example.org/a3", "2024-11-20",
     "The UN sent aid to Gaza. =cmd|' /C calc'!A0 said nobody."),
]

# id, article, event, mode, modality, date, precision, country, place, evidence sentence, trigger,
# actors [(code, name)], recipients
RU_UA = ([("RUS", "Russia")], [("UKR", "Ukraine")])
EVENTS = [
    ("e1", "a1", "CONSULT", "meet", "asserted", "2025-05-16", "day", "TUR", "Istanbul",
     "Russian and Ukrainian delegations met in Istanbul on Friday.", "met", *RU_UA),
    ("e2", "a1", "CONSULT", None, "future", "2025-05", "month", None, None,
     "Moscow said it would meet again.", "meet", *RU_UA),
    ("e3", "a1", "AGREE", None, "negated", "2025-05-16", "day", "TUR", "Istanbul",
     "The talks ended without a ceasefire.", "ceasefire", *RU_UA),
    ("e4", "a2", "ACCUSE", None, "asserted", "2025-06-01", "day", "UKR", "Kharkiv",
     HOSTILE_SENTENCE, "accused", *RU_UA),
    ("e5", "a/3 odd id", "AID", None, "asserted", "2024-11-19", "day", "PSE", "Gaza",
     "The UN sent aid to Gaza.", "sent", [("IGO", "United Nations")], [("PSE", "Palestine")]),
]


def _build(path: str) -> None:
    Store(path).close()  # creates the schema
    con = duckdb.connect(path)
    for aid, title, url, published, text in ARTICLES:
        con.execute("INSERT INTO articles (id, title, url, source, published, origin, text, "
                    "extractor_version) VALUES (?, ?, ?, 'test', ?, ?, ?, 'x')",
                    [aid, title, url, published, f"fixture:{aid}", text])
    texts = {a[0]: a[4] for a in ARTICLES}
    for (eid, aid, cat, mode, modality, date, prec, country, place, sentence, trigger,
         actors, recipients) in EVENTS:
        start = texts[aid].index(sentence)
        end = start + len(sentence)
        # the store keeps a DATE (the first day of a month or year) beside its precision
        date = {4: f"{date}-01-01", 7: f"{date}-01"}.get(len(date or ""), date)
        con.execute("INSERT INTO events (id, article_id, event, mode, context, modality, hedged,"
                    " date, date_precision, date_basis, location_name, location_country, "
                    "sentence, sentence_start, sentence_end, trigger, confidence, also_evidence)"
                    " VALUES (?, ?, ?, ?, [], ?, false, ?, ?, 'text', ?, ?, ?, ?, ?, ?, 0.8, "
                    "'[]')", [eid, aid, cat, mode, modality, date, prec, place, country,
                              sentence, start, end, trigger])
        for role, parties in (("actor", actors), ("recipient", recipients)):
            for i, (code, name) in enumerate(parties):
                con.execute("INSERT INTO event_actors (event_id, article_id, role, position, "
                            "text, name, code, sector) VALUES (?, ?, ?, ?, ?, ?, ?, 'GOV')",
                            [eid, aid, role, i, name, name, code])
    con.execute("INSERT INTO quarantine VALUES ('bad.jsonl:3', 'bad_json', 'not JSON', "
                "'{\"text', now())")
    con.close()


@pytest.fixture(scope="module")
def small_db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("web") / "small.duckdb")
    _build(path)
    return path


@pytest.fixture(scope="module")
def client(small_db) -> TestClient:
    return TestClient(web_app.create_app(small_db))


def ids(client: TestClient, query: str = "") -> list[str]:
    r = client.get("/events.json" + query)
    assert r.status_code == 200, r.text
    return [e["id"] for e in r.json()["events"]]


# ------------------------------------------------------------------ JSON twins
def test_overview_json_counts_the_store(client):
    o = client.get("/.json").json()
    assert (o["articles"], o["events"], o["quarantine"]) == (3, 5, 1)
    # asserted events only, by month and quad class (ACCUSE: verbal conflict; AID: material
    # cooperation); the future and negated ones are not counted
    assert o["months"] == [
        {"month": "2024-11", "verbal_cooperation": 0, "material_cooperation": 1,
         "verbal_conflict": 0, "material_conflict": 0},
        {"month": "2025-05", "verbal_cooperation": 1, "material_cooperation": 0,
         "verbal_conflict": 0, "material_conflict": 0},
        {"month": "2025-06", "verbal_cooperation": 0, "material_cooperation": 0,
         "verbal_conflict": 1, "material_conflict": 0}]
    assert o["top_pairs"][0] == {"actor": "RUS", "recipient": "UKR", "events": 2}
    assert client.get("/index.json").json() == o


def test_events_json_pages_and_facets(client):
    r = client.get("/events.json?per_page=2").json()
    assert r["total"] == 3 and [e["id"] for e in r["events"]] == ["e5", "e1"]
    assert r["next"] == "/events.json?page=2&per_page=2"
    assert ids(client, "?per_page=2&page=2") == ["e4"]
    assert r["facets"]["category"] == [{"value": "ACCUSE", "count": 1},
                                       {"value": "AID", "count": 1},
                                       {"value": "CONSULT", "count": 1}]
    # a facet counts as if its own filter were not set: the other choices stay visible
    f = client.get("/events.json?category=AID").json()["facets"]["category"]
    assert {v["value"] for v in f} == {"ACCUSE", "AID", "CONSULT"}
    ev = r["events"][1]
    assert ev["actor"][0]["code"] == "RUS" and ev["recipient"][0]["name"] == "Ukraine"
    assert ev["evidence"]["sentence"] == ("Russian and Ukrainian delegations met in Istanbul "
                                          "on Friday.")


def test_a_costly_filter_counts_up_to_a_cap(client, monkeypatch):
    monkeypatch.setattr(queries, "CAP", 2)  # 50,000 in use; four events match here
    r = client.get("/events.json?actor=rus&modality=all&per_page=3").json()
    assert (r["total"], r["capped"]) == (2, True)
    # the page is still sorted from every match, and a full page has a next one
    assert [e["id"] for e in r["events"]] == ["e2", "e1", "e3"]
    assert r["next"] == "/events.json?actor=rus&modality=all&page=2&per_page=3"
    assert sum(v["count"] for v in r["facets"]["category"]) == 2  # of the first two stored
    assert ids(client, "?actor=rus&modality=all&per_page=3&page=2") == ["e4"]
    assert "2+ events (counted up to 2; the counts beside the filters are of the first 2 " \
           "stored); page 1." in client.get("/events?actor=rus&modality=all").text
    small = client.get("/events.json?actor=rus").json()  # two match: exact
    assert (small["total"], small["capped"], small["next"]) == (2, False, None)


def test_event_json_has_every_field_and_its_article_text(client):
    e = client.get("/events/e1.json").json()
    assert e["event"] == "CONSULT" and e["mode"] == "meet" and e["date_basis"] == "text"
    assert e["location"]["name"] == "Istanbul" and e["published"] == "2025-05-17"
    text = e["article_text"]
    assert text[e["evidence"]["start"]:e["evidence"]["end"]] == e["evidence"]["sentence"]
    assert e["story"] is None  # no stories were linked in this store


def test_article_json_with_an_id_that_needs_encoding(client):
    a = client.get("/articles/a%2F3%20odd%20id.json").json()
    assert a["id"] == "a/3 odd id" and [e["id"] for e in a["events"]] == ["e5"]
    assert client.get("/articles/a2.json").json()["rejections"] == []


def test_openapi_lists_every_json_twin(client):
    spec = client.get("/openapi.json").json()
    assert set(spec["paths"]) == {"/.json", "/events.json", "/events.csv", "/events.parquet",
                                  "/map.json", "/events/{id}.json", "/articles/{id}.json",
                                  "/actors/{code}.json", "/dyads/{a}/{b}.json", "/analyze.json"}
    names = [p["name"] for p in spec["paths"]["/events.json"]["get"]["parameters"]]
    assert names == ["actor", "recipient", "category", "mode", "modality", "country", "place",
                     "since", "until", "q", "sort", "page", "per_page"]
    docs = client.get("/docs")
    assert docs.status_code == 200 and "GET /events/{id}.json" in docs.text


# ------------------------------------------------------------------ filters
@pytest.mark.parametrize("query, expected", [
    ("", ["e5", "e1", "e4"]),                        # asserted only, by event date
    ("?modality=all", ["e5", "e2", "e1", "e3", "e4"]),  # "2025-05" sorts before its days
    ("?modality=negated", ["e3"]),
    ("?actor=rus", ["e1", "e4"]),                   # a code, any case
    ("?actor=united", ["e5"]),                      # the start of a name
    ("?actor=nations", ["e5"]),                     # the start of a word of it
    ("?actor=ussia", []),                           # not inside a word
    ("?recipient=PSE", ["e5"]),
    ("?actor=UKR", []),                             # Ukraine is only ever the recipient
    ("?category=consult&modality=all", ["e2", "e1"]),
    ("?mode=meet", ["e1"]),
    ("?country=tur", ["e1"]),
    ("?place=istanbul&modality=all", ["e1", "e3"]),  # the place's name, any case
    ("?since=2025-05-17", ["e4"]),
    ("?until=2025", ["e5", "e1", "e4"]),
    ("?since=2025-05&until=2025-05", ["e1"]),
    ("?q=ISTANBUL", ["e1"]),
    ("?q=100%25", []),                              # % is a character, not a wildcard
    ("?sort=-date", ["e4", "e1", "e5"]),
    ("?sort=published", ["e5", "e1", "e4"]),
])
def test_filters(client, query, expected):
    assert ids(client, query) == expected


BAD_FILTERS = [
    ("since=2025-13", "since", "since: '2025-13' is not a date; use YYYY, YYYY-MM or "
                               "YYYY-MM-DD (for example 2025-05-16)"),
    ("until=yesterday", "until", "until: 'yesterday' is not a date; use YYYY, YYYY-MM or "
                                 "YYYY-MM-DD (for example 2025-05-16)"),
    ("category=TALK", "category", "category: 'TALK' is not one of AGREE, CONSULT, SUPPORT, "
     "CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, "
     "MOBILIZE, COERCE, ASSAULT"),
    ("modality=maybe", "modality", "modality: 'maybe' is not one of asserted, future, "
                                   "hypothetical, negated, historical, all"),
    ("mode=%3Cb%3E", "mode", "mode: '<b>' is not a mode; use a word such as visit or "
                             "third-party"),
    ("country=Russia", "country", "country: 'RUSSIA' is not a country code; use ISO 3166 "
                                  "alpha-3 (RUS) or alpha-2 (RU)"),
    ("sort=random", "sort", "sort: 'random' is not one of date, -date, published, "
                            "-published, event, confidence"),
    ("page=0", "page", "page: '0' is not a whole number from 1 to 1000000"),
    ("per_page=-5", "per_page", "per_page: '-5' is not a whole number from 1 to 500"),
    ("per_page=9999", "per_page", "per_page: '9999' is not a whole number from 1 to 500"),
    ("q=" + "x" * 201, "q", "q: at most 200 characters"),
    ("actor=a%00b", "actor", "actor: control characters are not allowed"),
    ("recipient=" + "r" * 201, "recipient", "recipient: at most 200 characters"),
    ("place=Gaza%0ACity", "place", "place: control characters are not allowed"),
    ("since=2025-02-30", "since", "since: '2025-02-30' is no day of the calendar; give a day "
                                  "that exists, or the month alone (for example 2025-02)"),
    ("until=2023-02-29", "until", "until: '2023-02-29' is no day of the calendar; give a day "
                                  "that exists, or the month alone (for example 2025-02)"),
    ("page=%EF%BC%95", "page", "page: '５' is not a whole number from 1 to 1000000"),
    ("type=CONSULT", "type", "type: unknown parameter; use actor, category, country, "
                             "modality, mode, page, per_page, place, q, recipient, since, sort, "
                             "until"),
]


@pytest.mark.parametrize("query, parameter, message", BAD_FILTERS)
def test_a_bad_filter_is_a_400_naming_the_parameter(client, query, parameter, message):
    r = client.get(f"/events.json?{query}")
    assert r.status_code == 400
    assert r.json() == {"error": message, "status": 400, "parameter": parameter}
    page = client.get(f"/events?{query}")
    assert page.status_code == 400 and "Bad parameter" in page.text
    for fmt in ("csv", "parquet"):
        assert client.get(f"/events.{fmt}?{query}").status_code == 400


@pytest.mark.parametrize("query, parameter, message", BAD_FILTERS)
def test_the_map_takes_the_events_filters_and_refuses_the_same_bad_values(client, query,
                                                                          parameter, message):
    r = client.get(f"/map.json?{query}")
    assert r.status_code == 400
    assert r.json() == {"error": message, "status": 400, "parameter": parameter}
    page = client.get(f"/map?{query}")
    assert page.status_code == 400 and "Bad parameter" in page.text


@pytest.mark.parametrize("path", ["/.json", "/", "/events/e1.json", "/events/e1",
                                  "/articles/a1.json", "/articles/a1"])
def test_a_page_without_filters_refuses_a_query_string(client, path):
    r = client.get(f"{path}?actor=RUS")
    assert r.status_code == 400
    if path.endswith(".json"):
        assert r.json() == {"error": "actor: unknown parameter; this page takes none",
                            "status": 400, "parameter": "actor"}
    else:
        assert "Bad parameter" in r.text and "actor: unknown parameter; this page takes none" \
            in r.text


def test_unknown_event_and_article_are_404(client, small_db):
    r = client.get("/events/nope.json")
    assert r.status_code == 404 and r.json()["error"] == "no event 'nope' in " + small_db
    assert client.get("/articles/nope").status_code == 404


# ------------------------------------------------------------------ downloads
def test_csv_download_keeps_the_filters_and_neutralises_formulas(client):
    r = client.get("/events.csv?actor=RUS&modality=all")
    assert r.headers["content-disposition"] == 'attachment; filename="events.csv"'
    lines = r.text.splitlines()
    assert lines[0].startswith("id,article_id,published,date")
    assert [line.split(",")[0] for line in lines[1:]] == ["e2", "e1", "e3", "e4"]
    gaza = client.get("/events.csv?country=PSE").text
    assert "The UN sent aid to Gaza." in gaza


def test_parquet_download_reads_back(client):
    r = client.get("/events.parquet?category=ACCUSE")
    table = pq.read_table(io.BytesIO(r.content))
    assert table.column("id").to_pylist() == ["e4"]
    assert [[a["code"] for a in actors] for actors in table.column("actor").to_pylist()] == \
        [["RUS"]]


# ------------------------------------------------------------------ hostile text
def _assert_no_live_markup(html: str) -> None:
    assert "<script" not in html.lower()
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I)


@pytest.mark.parametrize("path", ["/events/e4", "/articles/a2", "/events?category=ACCUSE",
                                  "/events?q=%3Cscript%3E&modality=all"])
def test_article_text_is_escaped_everywhere_it_is_shown(client, path):
    html = client.get(path).text
    _assert_no_live_markup(html)


def test_the_hostile_evidence_is_highlighted_as_text(client):
    html = client.get("/events/e4").text
    assert ('<mark class="evidence" id="evidence">Russia accused Ukraine of shelling &lt;a '
            'href=&#34;javascript:alert(1)&#34;&gt;Kharkiv&lt;/a&gt;.</mark>') in html
    # the javascript: url of the article is shown as text, not linked
    assert '<span class="unsafe-url" title="not an http(s) link, shown as text">' \
           'javascript:alert(1)</span>' in html
    assert "&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;" in html


def test_the_article_page_marks_each_event_and_links_it(client):
    html = client.get("/articles/a1").text
    assert ('<a class="mark" href="/events/e1"><mark>Russian and Ukrainian delegations met in '
            'Istanbul on Friday.</mark></a>') in html
    assert '<a href="https://example.org/a1" rel="noopener noreferrer nofollow">source</a>' in html


def test_highlight_segments_clip_overlaps_and_clamp_offsets():
    text = "abcdefghij"
    assert web_app.segments(text, [(2, 5, "x"), (4, 7, "y"), (8, 99, "z")]) == [
        ("ab", None), ("cde", "x"), ("fg", "y"), ("h", None), ("ij", "z")]
    assert web_app.segments(text, [(None, None, "x")]) == [("abcdefghij", None)]


@pytest.mark.parametrize("url, expected", [
    ("https://example.org/x", "https://example.org/x"),
    (" javascript:alert(1)", None),
    ("JaVaScRiPt:alert(1)", None),
    ("data:text/html,<b>", None),
    (None, None),
])
def test_only_http_urls_become_links(url, expected):
    assert web_app.safe_url(url) == expected


# ------------------------------------------------------------------ headers, offline
PAGES = ["/", "/events", "/events/e1", "/articles/a1", "/docs", "/events?since=bad",
         "/nope", "/static/style.css", "/.json"]


@pytest.mark.parametrize("path", PAGES)
def test_every_response_carries_the_csp(client, path):
    csp = client.get(path).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "default-src 'none'" in csp
    assert "unsafe-inline" not in csp


@pytest.mark.parametrize("path", PAGES[:5])
def test_pages_load_nothing_from_elsewhere_and_run_no_inline_code(client, path):
    html = client.get(path).text
    assert "<script" not in html  # no JavaScript at all in this round
    assert " style=" not in html and "<style" not in html
    # what a browser would fetch by itself: every src and stylesheet is on this server
    # (links to an article's source are followed only when clicked)
    fetched = re.findall(r"""\ssrc=["']?([^"' >]+)""", html) + re.findall(
        r"""<link[^>]*href=["']?([^"' >]+)""", html)
    assert fetched and all(u.startswith("/") and not u.startswith("//") for u in fetched)


# ------------------------------------------------------------------ empty and busy stores
def test_a_missing_database_shows_how_to_add_articles(tmp_path):
    db = str(tmp_path / "new.duckdb")
    c = TestClient(web_app.create_app(db))
    page = c.get("/")
    assert page.status_code == 200 and "No articles yet" in page.text
    assert f"detente ingest examples/news/stories.jsonl --db {db}" in page.text
    assert c.get("/events.json").json()["total"] == 0
    assert "No articles yet" in c.get("/events").text
    assert c.get("/events/e1.json").status_code == 404


_HOLD = """
import sys, duckdb
con = duckdb.connect(sys.argv[1])  # read-write: locks the file against other processes
print("ready", flush=True)
sys.stdin.read()
"""


def test_an_ingest_holding_the_file_gives_a_503_to_retry(small_db, tmp_path, monkeypatch):
    monkeypatch.setattr(queries, "WAIT", 0.1)
    c = TestClient(web_app.create_app(small_db))
    child = subprocess.Popen([sys.executable, "-c", _HOLD, small_db], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        r = c.get("/events.json")
        assert r.status_code == 503 and r.headers["retry-after"] == "2"
        assert r.json()["error"].startswith("ingest in progress, retry in a moment (")
        page = c.get("/")
        assert page.status_code == 503 and "Ingest in progress" in page.text
    finally:
        child.stdin.close()
        child.wait(timeout=30)
    assert c.get("/events.json").status_code == 200  # nothing kept open: back at once


def test_a_file_that_is_no_database_is_a_clear_error(tmp_path):
    bad = tmp_path / "events.csv"
    bad.write_text("id,event\n1,CONSULT\n")
    r = TestClient(web_app.create_app(str(bad))).get("/.json")
    assert r.status_code == 500
    assert r.json()["error"] == (f"{bad} is not a detente database (it is not a DuckDB file); "
                                 "give --db the file `detente ingest` wrote (by default "
                                 "detente.duckdb)")


# ------------------------------------------------------------------ the command
def test_serve_binds_this_machine_only_by_default(monkeypatch, small_db):
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(kw, app=app))
    res = CliRunner().invoke(main, ["serve", "--db", small_db])
    assert res.exit_code == 0, res.output
    assert (seen["host"], seen["port"]) == ("127.0.0.1", 8000)
    assert TestClient(seen["app"]).get("/.json").json()["articles"] == 3
    helped = CliRunner().invoke(main, ["serve", "--help"])
    assert helped.exit_code == 0 and "detente serve --db conflict.duckdb" in helped.output


def test_the_event_page_lists_the_story_s_other_mentions(tmp_path):
    db = str(tmp_path / "story.duckdb")
    _build(db)
    con = duckdb.connect(db)  # a second article telling e1's meeting
    text = "Russia and Ukraine held talks in Istanbul on May 16."
    con.execute("INSERT INTO articles (id, title, url, published, text, extractor_version) "
                "VALUES ('a4', 'Second report', 'https://example.org/a4', '2025-05-18', ?, "
                "'x')", [text])
    con.execute("INSERT INTO events SELECT * REPLACE ('e6' AS id, 'a4' AS article_id, ? AS "
                "sentence, 0 AS sentence_start, ? AS sentence_end) FROM events WHERE id = 'e1'",
                [text, len(text)])
    con.execute("INSERT INTO event_actors SELECT * REPLACE ('e6' AS event_id, 'a4' AS "
                "article_id) FROM event_actors WHERE event_id = 'e1'")
    con.close()
    with Store(db) as s:
        s.rebuild_stories()
    c = TestClient(web_app.create_app(db))
    story = c.get("/events/e1.json").json()["story"]
    assert (story["mentions"], story["articles"]) == (2, 2)
    assert [(m["event_id"], m["article_id"], m["sentence"]) for m in story["mentions_list"]] \
        == [("e6", "a4", text)]
    assert ('<a href="/events/e6">Russia and Ukraine held talks in Istanbul on May 16.</a>'
            in c.get("/events/e1").text)


def test_the_overview_follows_a_write_to_the_file(tmp_path):
    db = str(tmp_path / "grow.duckdb")
    _build(db)
    c = TestClient(web_app.create_app(db))
    assert c.get("/.json").json()["articles"] == 3
    assert c.get("/.json").json()["articles"] == 3  # the second from memory
    con = duckdb.connect(db)
    con.execute("INSERT INTO articles (id, text) VALUES ('a9', 'More news.')")
    con.close()
    assert c.get("/.json").json()["articles"] == 4


def test_serve_warns_when_told_to_listen_beyond_this_machine(monkeypatch, small_db):
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: None)
    res = CliRunner().invoke(main, ["serve", "--db", small_db, "--host", "0.0.0.0"])
    assert res.exit_code == 0
    assert res.output.splitlines()[0] == ("Warning: listening on 0.0.0.0: anyone who can reach "
                                          "it reads the store (no login)")
