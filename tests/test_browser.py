"""The dashboard in a real browser: Playwright driving Debian's Chromium over a store built from
the VOA stories in quality/gold/voa, clicking from page to page as an analyst would.

Every page is loaded with the network fenced off: a request for anything outside the server's
origin is aborted and fails the test, and so does any console error (a CSP violation is one).
Each test takes a screenshot of the page it ends on: into a temporary directory, or into
docs/screenshots/ (shown in the README) when DETENTE_SCREENSHOTS=docs is set, so that an
ordinary test run leaves the checkout unchanged.

Adding a page is one test function: take ``visit``, go somewhere with ``visit.open(path)`` or
by clicking, assert what the page shows, and call ``visit.shot("name")``.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import threading
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import uvicorn

from detente.web import create_app, worldmap

ROOT = Path(__file__).resolve().parents[1]
VOA = ROOT / "quality" / "gold" / "voa"
DOC_SHOTS = ROOT / "docs" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
#: Nothing Chromium would do by itself (updates, sync, safe-browsing lists) reaches the network.
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 900}

pytestmark = [
    pytest.mark.model,  # the store is built by analysing the stories
    pytest.mark.skipif(not os.path.exists(CHROMIUM),
                       reason="Debian's Chromium is not installed: apt-get install -y chromium "
                              "(scripts/setup.sh does it when run as root)"),
]


@pytest.fixture(scope="session")
def voa_db(tmp_path_factory) -> str:
    """A store of the 30 VOA stories of the document gold, analysed once per session."""
    from detente import runner

    path = str(tmp_path_factory.mktemp("browser") / "voa.duckdb")
    result = runner.ingest(path, [str(VOA)])
    assert result.new == len(list(VOA.glob("*.json"))) and result.events > 0
    return path


@pytest.fixture(scope="session")
def base_url(voa_db):
    """``detente serve`` on the VOA store, in a thread, on a free port of 127.0.0.1."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))  # bound here, so no other process can take the port
    server = uvicorn.Server(uvicorn.Config(create_app(voa_db), log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        assert time.monotonic() < deadline and thread.is_alive(), "the server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    server.should_exit = True
    thread.join(timeout=10)
    sock.close()


@pytest.fixture(scope="session")
def context(tmp_path_factory):
    """Chromium with a fresh profile (no state from an earlier run)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        ctx = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")), executable_path=CHROMIUM,
            headless=True, args=ARGS, viewport=VIEWPORT)
        try:
            yield ctx
        finally:
            ctx.close()


class Visit:
    """One browser tab on the dashboard, fenced to its origin, watching the console."""

    def __init__(self, page, base_url: str, shots: Path | None = None):
        self.page = page
        self.base = base_url
        self.shots = shots or DOC_SHOTS
        self.foreign: list[str] = []
        self.errors: list[str] = []
        page.route("**/*", self._fence)
        page.on("console", lambda m: self.errors.append(f"console {m.type}: {m.text}")
                if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))

    def _fence(self, route) -> None:
        url = route.request.url
        if url == self.base or url.startswith(self.base + "/"):
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def open(self, path: str):
        response = self.page.goto(self.base + path)
        assert response is not None and response.status == 200, (path, response)
        return response

    def json(self, path: str):
        """What the page's JSON twin says (fetched through the browser, fenced too)."""
        response = self.page.request.get(self.base + path)
        assert response.status == 200, path
        return json.loads(response.text())

    def path(self) -> str:
        return self.page.url[len(self.base):]

    def query(self) -> dict[str, list[str]]:
        return parse_qs(urlsplit(self.page.url).query)

    def shot(self, name: str) -> Path:
        self.shots.mkdir(parents=True, exist_ok=True)
        out = self.shots / f"{name}.png"
        self.page.screenshot(path=str(out))  # the viewport: a page's top, a readable size
        return out

    def check(self) -> None:
        assert self.foreign == [], "requests outside the server's origin"
        assert self.errors == [], "console errors"


@pytest.fixture(scope="session")
def shots_dir(tmp_path_factory) -> Path:
    """Where screenshots go: the README's folder only when asked for."""
    if os.environ.get("DETENTE_SCREENSHOTS") == "docs":
        return DOC_SHOTS
    return tmp_path_factory.mktemp("screenshots")


@pytest.fixture
def visit(context, base_url, shots_dir):
    page = context.new_page()
    v = Visit(page, base_url, shots_dir)
    try:
        yield v
        v.check()
    finally:
        page.close()


def _evidence_text(visit: Visit) -> str:
    return visit.page.locator("mark#evidence").inner_text()


class _FakePage:
    def route(self, pattern, handler):
        self.handler = handler

    def on(self, event, handler):
        pass


class _FakeRoute:
    def __init__(self, url):
        self.request = type("R", (), {"url": url})()
        self.done = ""

    def continue_(self):
        self.done = "continued"

    def abort(self):
        self.done = "aborted"


@pytest.mark.parametrize("url, done", [
    ("http://127.0.0.1:8123/static/style.css", "continued"),
    ("http://127.0.0.1:8123", "continued"),
    ("http://127.0.0.1:81234/", "aborted"),       # another port is another origin
    ("http://127.0.0.1:8123.evil.test/", "aborted"),
    ("https://cdn.example.org/map.js", "aborted"),
])
def test_the_fence_lets_through_only_the_server_s_origin(url, done):
    v = Visit(_FakePage(), "http://127.0.0.1:8123")
    route = _FakeRoute(url)
    v.page.handler(route)
    assert route.done == done
    assert v.foreign == ([url] if done == "aborted" else [])


# ------------------------------------------------------------------ the click-through
def test_overview_then_events(visit):
    visit.open("/")
    assert visit.page.locator("h1").inner_text() == "Overview"
    stats = visit.json("/.json")
    assert stats["articles"] == 30
    assert visit.page.locator("svg.chart rect").count() > 0  # the monthly chart is drawn
    visit.shot("overview")
    visit.page.click("header nav >> text=Events")
    assert visit.path() == "/events"
    rows = visit.page.locator("table.events tbody tr")
    assert rows.count() == min(50, visit.json("/events.json")["total"])
    visit.shot("events")


def test_filter_events_by_category_and_open_one(visit):
    visit.open("/events")
    top = visit.json("/events.json")["facets"]["category"][0]["value"]
    visit.page.select_option("select[name=category]", top)
    visit.page.click("form button[type=submit]")
    assert visit.query()["category"] == [top]
    cells = visit.page.locator("table.events tbody tr td:nth-child(2) > a")
    assert cells.count() > 0
    assert set(cells.all_inner_texts()) == {top}
    visit.shot("events-filtered")
    cells.first.click()
    event_id = visit.path().split("/")[-1]
    event = visit.json(f"/events/{event_id}.json")
    assert event["event"] == top
    # the evidence sentence is marked inside the article's text, and scrolled to on the page
    assert _evidence_text(visit) == event["evidence"]["sentence"]
    evidence = visit.page.locator("mark#evidence")
    evidence.scroll_into_view_if_needed()
    assert evidence.is_visible() and "evidence" in evidence.get_attribute("class")
    visit.shot("event")


def test_from_an_event_to_its_article(visit):
    first = visit.json("/events.json?per_page=1")["events"][0]
    visit.open(f"/events/{first['id']}")
    visit.page.click(f"main p >> a[href^='/articles/']")
    assert visit.path().startswith("/articles/")
    article = visit.json(visit.path() + ".json")
    assert visit.page.locator("h1").inner_text() == (article["title"] or article["id"])
    marks = visit.page.locator(".article-text a.mark mark")
    assert marks.count() >= 1 and first["evidence"]["sentence"] in marks.all_inner_texts()
    visit.shot("article")


def test_map_points_link_to_their_events(visit):
    if worldmap.shapes_path() is None:
        pytest.skip(worldmap.INSTALL_HINT)
    visit.open("/events")
    visit.page.click("header nav >> text=Map")
    assert visit.path() == "/map"
    data = visit.json("/map.json")
    assert visit.page.locator("svg.worldmap path.land").count() > 150
    points = visit.page.locator("svg.worldmap circle.place")
    assert points.count() == len(data["places"]) > 0
    shaded = visit.page.locator("svg.worldmap path.land[class*=' s']")
    assert shaded.count() == len({c["country"] for c in data["countries"]} & {
        c.code for c in worldmap.countries()})
    visit.shot("map")
    busiest = data["places"][0]
    # the largest point is drawn first (under the others): follow its row in the table
    visit.page.click(f"table >> a[href='{busiest['events']}']")
    assert visit.query()["place"] == [busiest["name"]]
    assert visit.json("/events.json?" + urlsplit(visit.page.url).query)["total"] == \
        busiest["count"]


def test_an_actor_page_from_the_events_list(visit):
    visit.open("/events")
    link = visit.page.locator("table.events a.actor-link").first
    code = link.inner_text()
    link.click()
    assert visit.path() == f"/actors/{code}"
    party = visit.json(f"/actors/{code}.json")
    assert visit.page.locator("#actor-title small").inner_text() == code
    assert visit.page.locator("#actor-counts").inner_text().startswith(
        f"{party['counts']['events']} asserted events as actor or recipient")
    # one cell per month and category with an event, each saying its count
    filled = sum(1 for row in party["timeline"]["counts"].values() for n in row if n)
    assert party["counts"]["events"] > 0
    assert visit.page.locator("#timeline svg title").count() >= 1
    assert visit.page.locator("#counterparts a.dyad-link").count() == len(party["counterparts"])
    assert filled >= 1
    visit.shot("actor")


def test_a_dyad_page_from_the_events_list(visit):
    visit.open("/events")
    link = visit.page.locator("table.events a.dyad-link").first
    a, b = link.inner_text().split(" – ")
    link.click()
    assert visit.path() == f"/dyads/{a}/{b}"
    dyad = visit.json(f"/dyads/{a}/{b}.json")
    assert [p["code"] for p in dyad["parties"]] == [a, b]
    assert dyad["counts"]["events"] >= 1  # the row it was opened from is one of them
    for part in ("timeline", "rounds", "positions", "quotes", "claims", "events", "sources"):
        assert visit.page.locator(f"section#{part}").count() == 1
    assert visit.page.locator("#events table.events tbody tr").count() == len(dyad["events"])
    visit.shot("dyad")


def test_a_position_change_opens_its_sentence_in_the_article(visit, voa_db):
    from detente.store import Store

    with Store(voa_db, read_only=True) as store:
        held = [p for p in store.ledger_items(["positions"])
                if p.get("holder") and p.get("concerns") and p["holder"] != p["concerns"]]
    assert held, "the VOA store holds no position between two parties"
    a, b = held[0]["holder"], held[0]["concerns"]
    visit.open(f"/dyads/{a}/{b}")
    change = visit.page.locator("a.position-change").first
    href = change.get_attribute("href")
    change.scroll_into_view_if_needed()
    change.click()
    path, anchor = href.split("#")
    assert visit.path() == href and anchor.startswith("s-")
    start = int(anchor[2:])
    article = visit.json(path + ".json")
    cell = next(c for c in visit.json(f"/dyads/{a}/{b}.json")["positions"]["cells"]
                if any(ch["start"] == start for ch in c["changes"]))
    sentence = next(ch["sentence"] for ch in cell["changes"] if ch["start"] == start)
    assert article["text"][start:].startswith(sentence)
    # the browser went to the anchor: it is the page's target, marked, and on the screen
    target = visit.page.evaluate(
        "() => { const t = document.querySelector(':target'); if (!t) return null;"
        " const r = t.getBoundingClientRect();"
        " return {id: t.id, mark: getComputedStyle(t, '::before').content,"
        " top: r.top, bottom: r.bottom, height: window.innerHeight}; }")
    assert target["id"] == anchor and target["mark"] == '"▶"'
    assert 0 <= target["top"] and target["bottom"] <= target["height"]
    visit.shot("position-evidence")


def test_analyze_a_pasted_text_without_storing_it(visit):
    before = visit.json("/.json")["articles"]
    visit.open("/analyze")
    visit.page.fill("textarea[name=text]",
                    "Turkish and Greek foreign ministers met in Ankara on Tuesday to discuss "
                    "the maritime dispute. Greece accused Turkey of violating its airspace.")
    visit.page.fill("input[name=published]", "2024-03-14")
    visit.page.fill("input[name=title]", "Ministers meet")
    visit.page.click("#analyze-submit")
    assert visit.path() == "/analyze"
    result = visit.page.locator("#analysis")
    assert "not stored" in result.locator("h2").inner_text()
    assert result.locator("h3").inner_text() == "Ministers meet published 2024-03-14"
    marked = result.locator(".article-text span.hl-event")
    assert marked.count() >= 1
    rows = result.locator("table.events tbody tr")
    assert rows.count() >= 1 and "No events." not in rows.first.inner_text()
    assert visit.json("/.json")["articles"] == before  # nothing was stored
    visit.shot("analyze")
