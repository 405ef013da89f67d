"""The analyze page: a pasted text or an uploaded file analysed, shown, and stored only when
the server allows it and the token matches.

A stand-in analyzer codes the first sentence as a CONSULT between Russia and Ukraine, with
"Istanbul" as its place when the text names it, and the first quoted words as a quote, so the
page's highlights and the store's rows have known answers without the model. One test, marked
``model``, runs the real pipeline.
"""

from __future__ import annotations

import re
import threading
import warnings

import pytest
import uvicorn
from click.testing import CliRunner

from detente.cli import main
from detente.records import Actor, Analysis, Evidence, Event, Place, Quote
from detente.web import app as web_app
from detente.web.analyze import layers
from detente.web.gate import Gate

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 and says so on import
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

TEXT = ('Russian and Ukrainian delegations met in Istanbul on Friday. "We are ready," '
        'Lavrov said.')
HOSTILE = ('Officials met <script>alert(1)</script> in Istanbul. '
           '"<a href="javascript:alert(2)">Click</a>," he said.')


class StandIn:
    """Codes the first sentence as one CONSULT event and the first quoted words as a quote."""

    made = 0

    def __init__(self):
        StandIn.made += 1

    def results(self, articles):
        for art in articles:
            text = art.text
            end = text.find(".") + 1 or len(text)
            at = text.find("Istanbul")
            place = Place("Istanbul", at, at + 8, "Istanbul", "TUR", 41.0, 28.9, 745044) \
                if 0 <= at < end else None
            event = Event(id=f"ev-{art.id[:6]}", article_id=art.id, event="CONSULT", mode=None,
                          context=(), modality="asserted", hedged=False,
                          actor=(Actor("Russian", "RUS"),), recipient=(Actor("Ukrainian", "UKR"),),
                          date="2025-05-16", date_precision="day", date_text="Friday",
                          location=place, evidence=Evidence(text[:end], 0, end, "met"),
                          confidence=0.9, date_basis="text")
            quotes = ()
            m = re.search(r'"([^"]+)"', text)
            if m:
                quotes = (Quote(id=f"q-{art.id[:6]}", article_id=art.id, speaker=None,
                                text=m.group(1), direct=True, date=None,
                                evidence=Evidence(text[end:].strip(), end + 1, len(text))),)
            yield Analysis(article=art, events=(event,), quotes=quotes)


@pytest.fixture
def db(tmp_path) -> str:
    return str(tmp_path / "analyze.duckdb")


def _client(db: str, **kw) -> TestClient:
    return TestClient(web_app.create_app(db, analyzer=StandIn, **kw))


def _post(c, path="/analyze.json", **fields):
    return c.post(path, data=fields)


# ------------------------------------------------------------------ the form and its result
def test_the_form_offers_storing_only_when_the_server_allows_it(db):
    page = _client(db).get("/analyze")
    assert page.status_code == 200 and '<form id="analyze-form"' in page.text
    assert 'name="token"' not in page.text and "started without <code>--allow-ingest" in page.text
    allowed = _client(db, allow_ingest=True, token="t0k").get("/analyze").text
    assert 'name="token"' in allowed and 'name="store"' in allowed
    assert '<a href="/analyze">Analyze</a>' in page.text  # in the navigation


def test_pasted_text_is_analysed_and_not_stored(db):
    StandIn.made = 0
    c = _client(db)
    r = _post(c, text=TEXT, published="2025-05-17", title="Talks")
    assert r.status_code == 200, r.text
    body = r.json()
    assert (body["stored"], body["written"], body["rejected"]) == (False, None, [])
    (item,) = body["articles"]
    assert item["article"]["published"] == "2025-05-17" and item["article"]["title"] == "Talks"
    ev = item["events"][0]
    assert ev["event"] == "CONSULT" and (ev["location"]["start"], ev["location"]["end"]) == \
        (41, 49)
    assert item["quotes"][0]["text"] == "We are ready,"
    _post(c, text=TEXT)
    assert StandIn.made == 1  # the analyzer (the model) is made once per server
    assert c.get("/.json").json()["articles"] == 0  # nothing stored: no database at all


def test_the_result_highlights_events_quotes_and_places(db):
    html = _post(_client(db), "/analyze", text=TEXT, published="2025-05-17").text
    assert ('<span class="hl hl-event">Russian and Ukrainian delegations met in </span>'
            '<span class="hl hl-event hl-place">Istanbul</span>') in html
    assert '<span class="hl hl-quote">We are ready,</span>' in html
    assert "<small>not stored</small>" in html


def test_hostile_text_is_shown_as_text(db):
    html = _post(_client(db), "/analyze", text=HOSTILE, title="<b>x</b>").text
    assert "<script" not in html.lower() and "<b>x</b>" not in html
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert " style=" not in html


def test_an_uploaded_file_is_read_like_an_ingested_one(db):
    lines = ('{"id": "x1", "text": "Officials met in Istanbul today.", "published": '
             '"2025-01-02"}\n{"id": "x2", "text": "Talks resumed."}\n')
    r = _client(db).post("/analyze.json", files={"file": ("../../a b.jsonl", lines.encode())},
                         data={"published": "2025-03-04"})
    assert r.status_code == 200, r.text
    arts = [a["article"] for a in r.json()["articles"]]
    # --published overrides the items' own dates, as in `detente ingest --published`
    assert [(a["id"], a["published"]) for a in arts] == [("x1", "2025-03-04"),
                                                          ("x2", "2025-03-04")]


class OverBudget:
    """Every article runs out of its time budget in the events stage."""

    def results(self, articles):
        from detente.pipeline import failure

        for art in articles:
            yield failure(art, "events", None, 12.5, 10.0 + len(art.text) / 1000)


def test_an_article_over_its_time_budget_is_reported_not_shown(db):
    c = TestClient(web_app.create_app(db, analyzer=OverBudget))
    body = _post(c, text=TEXT).json()
    assert body["articles"] == []
    (rejected,) = body["rejected"]
    assert (rejected["origin"], rejected["code"]) == ("pasted.txt", "analysis_timeout")
    assert rejected["message"].startswith("analysis_timeout: 12.5 s in events (budget 10.1 s")
    assert "analysis_timeout" in _post(c, "/analyze", text=TEXT).text


def test_an_unreadable_upload_is_reported_not_analysed(db):
    r = _client(db).post("/analyze.json", files={"file": ("empty.txt", b"   \n")})
    assert r.status_code == 200
    assert r.json()["articles"] == [] and r.json()["rejected"][0]["code"] == "empty"


# ------------------------------------------------------------------ bad values
@pytest.mark.parametrize("fields, parameter, message", [
    ({"text": TEXT, "published": "2025-13-01"}, "published",
     "published: '2025-13-01' is not a valid date; use YYYY-MM-DD (for example 2025-05-29)."),
    ({"text": "  "}, "text", "text: paste a text or choose a file to analyze"),
    ({"text": TEXT, "colour": "red"}, "colour", "colour: unknown field; use text, file, "
                                                "published, title, store, token"),
])
def test_a_bad_field_is_a_400_naming_it(db, fields, parameter, message):
    r = _post(_client(db), **fields)
    assert r.status_code == 400
    assert r.json() == {"error": message, "status": 400, "parameter": parameter}
    page = _post(_client(db), "/analyze", **fields)
    assert page.status_code == 400 and "Bad parameter" in page.text


def test_text_and_file_together_are_refused(db):
    r = _client(db).post("/analyze.json", data={"text": TEXT},
                         files={"file": ("a.txt", b"Other news.")})
    assert r.status_code == 400 and r.json()["parameter"] == "file"
    assert r.json()["error"] == "file: give a text or a file, not both"


def test_a_body_that_is_no_form_is_a_400(db):
    r = _client(db).post("/analyze.json", content=b'{"text": "x"}',
                         headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json()["parameter"] == "content-type"


def test_an_upload_over_the_limit_is_a_413_saying_so(db):
    c = _client(db, max_upload=1000)
    r = c.post("/analyze.json", files={"file": ("big.txt", b"word " * 400)})
    assert r.status_code == 413
    assert re.fullmatch(r"upload too large: [\d,]+ bytes or more, over this server's limit of "
                        r"1,000 bytes; split the file, or ingest it with `detente ingest "
                        r"FILE`", r.json()["error"])
    page = c.post("/analyze", files={"file": ("big.txt", b"word " * 400)})
    assert page.status_code == 413 and "over this server&#39;s limit of 1,000 bytes" in page.text


def test_a_query_string_on_the_form_is_a_400(db):
    assert _client(db).get("/analyze?text=x").status_code == 400


# ------------------------------------------------------------------ storing
def test_storing_needs_a_server_that_allows_it(db):
    r = _post(_client(db), text=TEXT, store="1", token="anything")
    assert r.status_code == 403
    assert r.json() == {"error": "store: this server does not store analyses; start it with "
                                 "`detente serve --allow-ingest` to store them",
                        "status": 403, "parameter": "store"}


@pytest.mark.parametrize("token", ["", "wrong", "s3cret-but-longer", "S3CRET"])
def test_storing_needs_the_token(db, token):
    r = _post(_client(db, allow_ingest=True, token="s3cret"), text=TEXT, store="1", token=token)
    assert r.status_code == 403
    assert r.json() == {"error": "token: missing or wrong; give the token `detente serve "
                                 "--allow-ingest` printed when it started",
                        "status": 403, "parameter": "token"}


def test_with_the_token_the_server_stores_and_shows_it_at_once(db):
    c = _client(db, allow_ingest=True, token="s3cret")
    r = _post(c, text=TEXT, published="2025-05-17", store="on", token="s3cret")
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stored"] is True and body["written"]["new"] == 1
    aid = body["articles"][0]["article"]["id"]
    assert c.get(f"/articles/{aid}.json").json()["events"][0]["event"] == "CONSULT"
    assert c.get("/.json").json()["articles"] == 1
    assert c.get("/actors/RUS.json").json()["counts"]["events"] == 1
    # the header serves scripts; the same text again is left as it is
    again = c.post("/analyze.json", data={"text": TEXT, "published": "2025-05-17",
                                          "store": "1"}, headers={"X-Detente-Token": "s3cret"})
    assert again.json()["written"]["unchanged"] == 1


def test_the_gate_lets_the_writer_in_only_between_page_loads():
    gate = Gate()
    order: list[str] = []
    reading, wrote = threading.Event(), threading.Event()

    def writer():
        with gate.writing():
            order.append("write")
        wrote.set()

    with gate.reading():
        reading.set()
        t = threading.Thread(target=writer)
        t.start()
        assert not wrote.wait(0.2)  # held back while the page is read
        order.append("read done")
    assert wrote.wait(10)
    t.join()
    assert order == ["read done", "write"]


def test_layers_keep_every_mark_of_overlapping_spans():
    assert layers("abcdefgh", [(0, 6, "event"), (2, 4, "place"), (3, 8, "quote")]) == [
        ("ab", ("event",)), ("c", ("event", "place")), ("d", ("event", "place", "quote")),
        ("ef", ("event", "quote")), ("gh", ("quote",))]
    assert layers("abc", [(5, 9, "event"), (None, None, "x")]) == [("abc", ())]


def test_serve_prints_the_token_the_form_needs(monkeypatch, db):
    seen = {}
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: seen.update(app=app))
    res = CliRunner().invoke(main, ["serve", "--db", db, "--allow-ingest"])
    assert res.exit_code == 0, res.output
    line = res.output.splitlines()[1]
    assert line.startswith("Ingest allowed: /analyze stores with this token: ")
    token = line.rsplit(" ", 1)[1]
    assert len(token) >= 24
    c = TestClient(seen["app"])
    assert _post(c, text="  ", store="1", token="nope").status_code == 403
    plain = CliRunner().invoke(main, ["serve", "--db", db])
    assert "Ingest allowed" not in plain.output


@pytest.mark.model
def test_the_real_pipeline_behind_the_form(analyzer, db):
    c = TestClient(web_app.create_app(db, analyzer=lambda: analyzer))
    text = ("Russian and Ukrainian delegations held talks in Istanbul on Friday, the first "
            "direct negotiations since 2022.")
    r = _post(c, text=text, published="2025-05-17")
    assert r.status_code == 200, r.text
    (item,) = r.json()["articles"]
    consult = [e for e in item["events"] if e["event"] == "CONSULT"]
    assert consult and consult[0]["date"] == "2025-05-16"
    assert consult[0]["location"]["name"] == "Istanbul"
    html = _post(c, "/analyze", text=text, published="2025-05-17").text
    assert '<span class="hl hl-event hl-place">Istanbul</span>' in html
