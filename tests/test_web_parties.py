"""The actor, dyad and analyze pages of the dashboard, through their JSON twins and pages.

The store is hand-made (no model): two articles about Russia and Ukraine (a meeting, a
demand that softens, a rejection, a claim that does not add up, quotes of each about the
other) and one about aid to Gaza, with a hostile title, quote and claim. The analyze page
runs on a stand-in analyzer that codes one event with a place, so its tests need no model
either; one test, marked ``model``, runs the real pipeline.
"""

from __future__ import annotations

import json
import re
import shutil
import warnings

import duckdb
import pytest

from detente import summary
from detente.records import Actor, Analysis, Evidence, Event, Place, Quote
from detente.store import Store
from detente.web import app as web_app, pairview, parties

with warnings.catch_warnings():  # starlette 1.x prefers httpx2 and says so on import
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

HOSTILE = "<script>alert(1)</script>"
S1 = "Russian and Ukrainian delegations met in Istanbul on Friday."
S2 = "Ukraine demands a full ceasefire, Kyiv said."
S3 = f'"Russia must withdraw {HOSTILE}," Zelensky said.'
S4 = "Russia rejected the ceasefire on Monday."
S5 = "Ukraine now only proposes a partial truce."
S6 = '"Kyiv is not serious," Peskov said.'
K1 = " ".join((S1, S2, S3))
K2 = " ".join((S4, S5, S6))
ARTICLES = [("k1", f"Talks {HOSTILE}", "https://example.org/k1", "2025-05-17", K1),
            ("k2", "Truce", "javascript:alert(1)", "2025-06-02", K2),
            ("k3", "Aid", "https://example.org/k3", "2024-11-20", "The UN sent aid to Gaza.")]
RU, UA = ("RUS", None, "Russia"), ("UKR", None, "Ukraine")
# id, article, category, modality, date, precision, sentence, actors, recipients
EVENTS = [("e1", "k1", "CONSULT", "asserted", "2025-05-16", "day", S1, [RU], [UA]),
          ("e2", "k2", "REJECT", "asserted", "2025-06-01", "day", S4, [RU], [UA]),
          ("e3", "k2", "ACCUSE", "asserted", "2025-06-01", "month", S6, [RU], [UA]),
          ("e4", "k1", "AGREE", "future", "2025-05-20", "day", S2, [UA], [RU]),
          ("e5", "k3", "AID", "asserted", "2024-11-19", "day", "The UN sent aid to Gaza.",
           [("IGO", "UN", "United Nations")], [("PSE", None, "Palestine")])]
# id, article, speaker (code, name), text, sentence
QUOTES = [("q1", "k1", ("UKR", "Volodymyr Zelensky"), f"Russia must withdraw {HOSTILE},", S3),
          ("q2", "k2", ("RUS", "Dmitry Peskov"), "Kyiv is not serious,", S6),
          ("q3", "k3", ("PSE", "A. Official"), "We thank Russia", "We thank Russia.")]


def _at(text: str, sentence: str) -> dict:
    start = text.index(sentence)
    return {"start": start, "end": start + len(sentence)}


def _round(aid, text, sentence, status, date, **extra) -> dict:
    return {"process": ["RUS", "UKR"], "date": date, "date_precision": "day" if date else None,
            "date_text": None, "window": None if date else "soon", "status": status,
            "format": "direct", "level": "delegations", "host": None, "mediators": [],
            "participants": [], "outcome": extra.get("outcome", []), "announced_by": None,
            "announced_on": None, "duration_hours": None, "prisoners": None,
            "venue": {"name": "Istanbul", "country": "TUR"} if date else None,
            "sources": [{"article_id": aid, "evidence": sentence, **_at(text, sentence)}],
            "events": extra.get("events", []), "id": f"r-{aid}"}


def _position(aid, text, sentence, holder, stance, concerns=None) -> dict:
    return {"holder": holder, "holder_name": holder, "issue": "ceasefire", "stance": stance,
            "concerns": concerns, "condition_for": None, "includes": [],
            "first_seen": {"k1": "2025-05-17", "k2": "2025-06-02"}[aid],
            "last_seen": {"k1": "2025-05-17", "k2": "2025-06-02"}[aid], "change": "new",
            "statements": [], "id": f"p-{aid}-{holder}",
            "evidence": [{"article_id": aid, "sentence": sentence, **_at(text, sentence)}]}


LEDGER = [
    ("k1", "round", _round("k1", K1, S1, "held", "2025-05-16", events=["e1"],
                           outcome=["no_agreement"])),
    ("k1", "position", _position("k1", K1, S2, "UKR", "demand", "RUS")),
    ("k2", "round", _round("k2", K2, S4, "expected", None)),
    ("k2", "position", _position("k2", K2, S5, "UKR", "propose", "RUS")),
    ("k2", "position", _position("k2", K2, S4, "RUS", "reject")),
    ("k1", "claim", {"id": "c1", "text": "on Friday", "kind": "date",
                     "check": f"Friday is not {HOSTILE}", "conflicts_with": "May 17",
                     "evidence": [{"article_id": "k1", "sentence": S1, "text": "Friday",
                                   **_at(K1, S1)}]}),
]


def build(path: str) -> None:
    Store(path).close()  # the schema
    con = duckdb.connect(path)
    texts = {}
    for aid, title, url, published, text in ARTICLES:
        texts[aid] = text
        con.execute("INSERT INTO articles (id, title, url, published, origin, text, "
                    "extractor_version) VALUES (?, ?, ?, ?, ?, ?, 'x')",
                    [aid, title, url, published, f"fixture:{aid}", text])
    for eid, aid, cat, modality, date, prec, sentence, actors, recipients in EVENTS:
        span = _at(texts[aid], sentence)
        date = date[:7] + "-01" if prec == "month" else date
        con.execute("INSERT INTO events (id, article_id, event, context, modality, hedged, date,"
                    " date_precision, date_basis, sentence, sentence_start, sentence_end, "
                    "confidence, also_evidence) VALUES (?, ?, ?, [], ?, false, ?, ?, 'text', ?, "
                    "?, ?, 0.8, '[]')", [eid, aid, cat, modality, date, prec, sentence,
                                         span["start"], span["end"]])
        for role, group in (("actor", actors), ("recipient", recipients)):
            for i, (code, org, name) in enumerate(group):
                con.execute("INSERT INTO event_actors (event_id, article_id, role, position, "
                            "text, name, code, org) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                            [eid, aid, role, i, name, name, code, org])
    for qid, aid, (code, name), text, sentence in QUOTES:
        span = _at(texts[aid], sentence) if sentence in texts[aid] else {"start": 0, "end": 1}
        con.execute("INSERT INTO quotes (id, article_id, speaker_name, speaker_code, text, "
                    "direct, sentence, sentence_start, sentence_end) VALUES (?, ?, ?, ?, ?, "
                    "true, ?, ?, ?)", [qid, aid, name, code, text, sentence, span["start"],
                                       span["end"]])
    for i, (aid, kind, item) in enumerate(LEDGER):
        con.execute("INSERT INTO ledger (article_id, kind, position, item) VALUES (?, ?, ?, ?)",
                    [aid, kind, i, json.dumps(item)])
    con.close()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    path = str(tmp_path_factory.mktemp("parties") / "pairs.duckdb")
    build(path)
    return path


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(web_app.create_app(db))


def _json(client, path: str) -> dict:
    r = client.get(path)
    assert r.status_code == 200, r.text
    return r.json()


def _no_live_markup(html: str) -> None:
    assert "<script" not in html.lower()
    assert not re.search(r"""href\s*=\s*["']?\s*javascript:""", html, re.I)
    assert " style=" not in html and "<style" not in html  # the CSP allows no inline style


# ------------------------------------------------------------------ actor page
def test_actor_json_counts_its_events_by_month_and_category(client):
    a = _json(client, "/actors/RUS.json")
    assert a["party"] == {"code": "RUS", "name": "Russia"}
    # asserted events only (the future AGREE is not counted); months in a row, gaps filled
    assert a["timeline"] == {"months": ["2025-05", "2025-06"],
                             "categories": ["CONSULT", "ACCUSE", "REJECT"],
                             "counts": {"CONSULT": [1, 0], "ACCUSE": [0, 1], "REJECT": [0, 1]},
                             "total": 3}
    assert a["counts"] == {"events": 3, "rounds": 2, "positions": 2, "quotes": 1, "claims": 1}
    assert a["counterparts"] == [{"code": "UKR", "events": 3}]
    assert [q["id"] for q in a["quotes"]] == ["q2"] and a["quotes"][0]["about"] == "own"
    assert [e["id"] for e in a["events"]] == ["e3", "e2", "e1"]  # the latest first
    # its own position and the one held about it
    assert {(c["holder"], c["stance"]) for c in a["positions"]["cells"]} == \
        {("RUS", "reject"), ("UKR", "propose")}


@pytest.mark.parametrize("given", ["rus", "Russia", "russia", "%20RUS%20"])
def test_an_actor_may_be_given_by_code_or_name(client, given):
    assert _json(client, f"/actors/{given}.json")["party"]["code"] == "RUS"


def test_an_organisation_is_its_short_name(client):
    un = _json(client, "/actors/UN.json")
    assert un["party"] == {"code": "UN", "name": "United Nations"}
    assert [e["id"] for e in un["events"]] == ["e5"]
    assert un["counterparts"] == [{"code": "PSE", "events": 1}]


def test_the_actor_page_links_its_dyads_and_filters(client):
    html = client.get("/actors/RUS").text
    assert '<a class="dyad-link" href="/dyads/RUS/UKR">RUS – UKR</a>' in html
    assert '<a href="/events?actor=RUS">as actor</a>' in html
    assert 'id="timeline-chart"' in html and 'id="positions-matrix"' in html
    _no_live_markup(html)


# ------------------------------------------------------------------ dyad page
def test_dyad_json_holds_what_the_pair_shares(client):
    d = _json(client, "/dyads/RUS/UKR.json")
    assert [p["code"] for p in d["parties"]] == ["RUS", "UKR"]
    assert d["counts"] == {"events": 3, "rounds": 2, "positions": 2, "quotes": 2,
                           "claims": 1, "articles": 2}
    assert [(r["date"], r["status"], r["outcome"]) for r in d["rounds"]] == [
        ("2025-05-16", "held", ["no_agreement"]), (None, "expected", [])]
    assert d["rounds"][0]["sources"][0] == {"article_id": "k1", "sentence": S1, "start": 0,
                                            "end": len(S1)}
    assert {q["id"]: q["about"] for q in d["quotes"]} == {"q1": "UKR>RUS", "q2": "RUS>UKR"}
    assert [c["id"] for c in d["claims"]] == ["c1"]


def test_each_position_change_carries_its_evidence_sentence(client):
    cells = {c["holder"]: c for c in _json(client, "/dyads/RUS/UKR.json")["positions"]["cells"]}
    ukr = cells["UKR"]
    assert (ukr["stance"], ukr["change"]) == ("propose", "softened")
    assert [(c["change"], c["stance"], c["article_id"], c["start"]) for c in ukr["changes"]] \
        == [("new", "demand", "k1", K1.index(S2)), ("softened", "propose", "k2", K2.index(S5))]


def test_a_position_change_links_to_its_sentence_in_the_article(client):
    html = client.get("/dyads/RUS/UKR").text
    start = K2.index(S5)
    link = f'<a class="position-change change-softened" href="/articles/k2#s-{start}"'
    assert link in html
    article = client.get("/articles/k2").text
    assert f'<span class="anchor" id="s-{start}"></span>{S5}' in article


def test_names_and_codes_give_one_dyad(client):
    assert _json(client, "/dyads/Russia/ukraine.json") == _json(client, "/dyads/RUS/UKR.json")


def test_the_dyad_page_shows_every_part_with_stable_ids(client):
    html = client.get("/dyads/RUS/UKR").text
    for part in ("timeline", "rounds", "positions", "quotes", "claims", "events", "sources"):
        assert f'<section id="{part}">' in html
    assert html.count('<li class="round status-') == 2
    assert '<span class="badge outcome">no agreement</span>' in html
    assert "<title>CONSULT, 2025-05: 1 event</title>" in html  # every cell says its count
    assert '<a href="/dyads/RUS/UKR.json">JSON</a>' in html


def test_hostile_text_is_escaped_on_the_party_pages(client):
    for path in ("/dyads/RUS/UKR", "/actors/RUS", "/actors/UKR", "/actors/%3Cscript%3E",
                 "/dyads/RUS/%3Cimg%20src%3Dx%3E"):
        html = client.get(path).text
        _no_live_markup(html)
    html = client.get("/dyads/RUS/UKR").text
    assert "“Russia must withdraw &lt;script&gt;alert(1)&lt;/script&gt;,”" in html
    assert "Talks &lt;script&gt;alert(1)&lt;/script&gt;" in html  # the title, as a source
    assert "Friday is not &lt;script&gt;" in html  # a claim's check
    # the javascript: url of an article is text, not a link
    assert '<span class="unsafe-url">javascript:alert(1)</span>' in html


# ------------------------------------------------------------------ bad values
@pytest.mark.parametrize("path, status, parameter, message", [
    ("/actors/a%01b.json", 400, "code", "code: control characters are not allowed"),
    ("/actors/" + "x" * 81 + ".json", 400, "code", "code: at most 80 characters"),
    ("/actors/%20.json", 400, "code",
     "code: give a party: a code (RUS), an organisation (UN) or a name (Russia)"),
    ("/dyads/RUS/RUS.json", 400, "b", "b: RUS twice: a dyad is two different parties"),
    ("/dyads/russia/RUS.json", 400, "b", "b: RUS twice: a dyad is two different parties"),
    ("/dyads/RUS/a%00.json", 400, "b", "b: control characters are not allowed"),
    ("/dyads/Atlantis/RUS.json", 404, None, "a: no party 'Atlantis' in this store; give a "
     "code (RUS), an organisation (UN) or a country or organisation name (Russia)"),
    ("/dyads/RUS/UKR.json?since=2025", 400, "since",
     "since: unknown parameter; this page takes none (the parties are in the path)"),
    ("/actors/ZZZ.json", 404, None, "code: no party 'ZZZ' in this store; give a code (RUS), "
     "an organisation (UN) or a country or organisation name (Russia)"),
])
def test_a_bad_party_is_a_400_naming_it_or_a_404(client, path, status, parameter, message):
    r = client.get(path)
    assert r.status_code == status
    body = {"error": message, "status": status}
    if parameter:
        body["parameter"] = parameter
    assert r.json() == body
    page = client.get(path.replace(".json", ""))
    assert page.status_code == status
    assert ("Bad parameter" if status == 400 else "Not found") in page.text


def test_a_missing_database_has_no_parties(tmp_path):
    c = TestClient(web_app.create_app(str(tmp_path / "none.duckdb")))
    assert c.get("/actors/Atlantis.json").status_code == 404
    r = c.get("/dyads/RUS/UKR.json")  # a code the knowledge base knows: an empty page
    assert r.status_code == 200 and r.json()["counts"]["events"] == 0


# ------------------------------------------------------------------ links from other pages
def test_events_and_the_event_page_link_actors_and_dyads(client):
    rows = client.get("/events?actor=RUS").text
    assert '<a class="actor-link" href="/actors/RUS">RUS</a>' in rows
    assert '<a class="dyad-link" href="/dyads/RUS/UKR">RUS – UKR</a>' in rows
    event = client.get("/events/e5").text
    assert '<a class="actor-link" href="/actors/UN">IGO</a>' in event  # by its short name
    assert '<a class="dyad-link" href="/dyads/UN/PSE">UN – PSE</a>' in event


def test_the_overview_links_its_top_pairs_to_their_dyads(client):
    html = client.get("/").text
    assert '<a class="dyad-link" href="/dyads/RUS/UKR">RUS – UKR</a>' in html
    assert '<a class="actor-link" href="/actors/RUS">RUS</a>' in html


def test_openapi_describes_the_new_pages(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/actors/{code}.json", "/dyads/{a}/{b}.json", "/analyze.json"} <= set(paths)
    assert [p["name"] for p in paths["/dyads/{a}/{b}.json"]["get"]["parameters"]] == ["a", "b"]
    assert "post" in paths["/analyze.json"]
    assert "GET /dyads/{a}/{b}.json" in client.get("/docs").text


# ------------------------------------------------------------------ the chart and dossier
def test_a_long_span_is_drawn_by_quarter_then_by_year():
    tl = pairview.timeline([("2020-01", "ACCUSE", 2), ("2021-12", "ACCUSE", 1),
                            ("2021-12", "AID", 4)])
    assert len(tl["months"]) == 24 and tl["counts"]["ACCUSE"][0] == 2
    assert pairview.chart(tl)["unit"] == "month"
    longer = pairview.timeline([("2020-01", "ACCUSE", 1), ("2022-01", "ACCUSE", 1)])
    c = pairview.chart(longer)
    assert c["unit"] == "quarter" and [x["month"] for x in c["labels"]][:2] == ["2020-Q1",
                                                                                 "2020-Q2"]
    assert pairview.chart(pairview.timeline([("2001-05", "AID", 1), ("2024-01", "AID", 1)])
                          )["unit"] == "year"


def test_anchors_cut_the_highlighted_pieces_at_cited_sentences():
    pieces = [("ab", None), ("cdef", "e1"), ("g", None)]
    assert parties.anchored(pieces, {0, 3, 6}) == [
        ("ab", None, "s-0"), ("c", "e1", None), ("def", "e1", "s-3"), ("g", None, "s-6")]


def test_the_printed_dossier_is_the_dyad_page(db, tmp_path):
    from click.testing import CliRunner

    from detente.cli import main

    out = tmp_path / "d.html"
    res = CliRunner().invoke(main, ["dossier", "--db", db, "--between", "RUS", "UKR",
                                    "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.output == f"Wrote {out}: 2 rounds, 2 positions, 3 events, 2 quotes from 2 " \
                         "articles.\n"
    page = out.read_text()
    assert '<h1 id="dyad-title">Russia <small>RUS</small> – Ukraine <small>UKR</small></h1>' \
        in page
    assert f'<a class="position-change change-softened" href="#a-k2"' in page
    assert '<li id="a-k2">' in page and "<style>" in page and "<link" not in page
    assert "/static/" not in page and "/articles/" not in page  # nothing outside the file


@pytest.mark.parametrize("path", ["/actors/RUS.json", "/actors/UKR.json", "/actors/UN.json",
                                  "/actors/IGO.json", "/dyads/RUS/UKR.json",
                                  "/dyads/UN/PSE.json", "/dyads/IGO/PSE.json"])
@pytest.mark.parametrize("stale", [False, True])
def test_the_kept_party_rows_give_the_pages_the_rows_give(db, client, tmp_path, path, stale):
    # the fixture's rows were put in behind the store's back: the pages read them live; the
    # same file with party_events brought up to date reads the kept rows, and shows the same,
    # also when the rowids kept are no longer those of the events (each row is checked)
    kept = str(tmp_path / "kept.duckdb")
    shutil.copy(db, kept)
    con = duckdb.connect(kept)
    assert not summary.parties_current(con)
    summary.refresh(con)
    if stale:
        con.execute("UPDATE party_events SET rid = (rid + 1) % (SELECT count(*) FROM events)")
    assert summary.parties_current(con)
    con.close()
    assert _json(TestClient(web_app.create_app(kept)), path) == _json(client, path)
