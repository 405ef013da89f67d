"""``detente watch``: feeds that grow, fail and send garbage, served on 127.0.0.1.

Nothing is ingested twice (the store remembers each feed's items), every failure is one log
line and a quarantine row, and no target stops another. The analysis runs on a blank spaCy
pipeline saved as a model directory, so no statistical model is needed.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.pipeline import Options
from detente.readers.fetch import Limits
from detente.store import Store
from detente.watch import MAX_ATTEMPTS, Watcher
from local_http import Page, Site, article, rss, save_blank_model

QUICK = Limits(connect_timeout=1.0, total_timeout=1.0, max_bytes=50_000)
FEED = "application/rss+xml"


@pytest.fixture(scope="session")
def blank_model(tmp_path_factory):
    return save_blank_model(tmp_path_factory.mktemp("models") / "blank_en")


@pytest.fixture
def site():
    with Site() as s:
        yield s


@pytest.fixture
def make_watcher(tmp_path, blank_model):
    """Watcher(targets) on a fresh store, log lines (without their time) in ``.lines``."""
    db = str(tmp_path / "w.duckdb")

    def make(*targets, every=60.0, **kw):
        lines, rejected, notes = [], [], []
        w = Watcher(db=db, targets=list(targets), every=every, limits=QUICK,
                    options=Options(model=blank_model),
                    log=lambda line: lines.append(line.split(" ", 1)[1]),
                    on_reject=rejected.append, on_note=notes.append, **kw)
        w.lines, w.rejected, w.notes = lines, rejected, notes
        return w

    make.db = db
    return make


def stored(db: str, sql: str) -> list[tuple]:
    with Store(db, read_only=True) as store:
        return store.con.execute(sql).fetchall()


def quarantined(db: str) -> list[tuple[str, str]]:
    with Store(db, read_only=True) as store:
        return sorted((q["origin"], q["code"]) for q in store.quarantine())


def serve_feed(site, guids: list[str], path="/feed.xml") -> None:
    for g in guids:
        site.routes[f"/story/{g}"] = Page(article(f"Story {g}", f"Envoys met about {g}."))
    site.routes[path] = Page(rss(site.base, [(g, f"/story/{g}", f"Summary of {g}.")
                                             for g in guids]), type=FEED)


# ---------------------------------------------------------------- a feed that grows


def test_a_feed_that_gains_items_is_ingested_once_each(site, make_watcher):
    serve_feed(site, ["g1", "g2"])
    feed = site.url("/feed.xml")
    w = make_watcher(feed)
    w.run(once=True)
    serve_feed(site, ["g3", "g1", "g2"])
    w.poll_due()  # not due yet: nothing happens
    w.make_due()
    w.poll_due()
    assert w.lines == [f"{feed}: 2 new, 0 seen, 0 failed", f"{feed}: 1 new, 2 seen, 0 failed"]
    # each page was fetched once, ever
    assert [site.hits[f"/story/{g}"] for g in ("g1", "g2", "g3")] == [1, 1, 1]
    assert stored(make_watcher.db, "SELECT title, url LIKE '%/story/%', fetched_at IS NOT NULL "
                  "FROM articles ORDER BY title") == [
        ("Story g1", True, True), ("Story g2", True, True), ("Story g3", True, True)]
    # a restart remembers what was taken
    again = make_watcher(feed)
    again.run(once=True)
    assert again.lines == [f"{feed}: 0 new, 3 seen, 0 failed"]
    assert stored(make_watcher.db, "SELECT count(*) FROM articles") == [(3,)]
    assert stored(make_watcher.db, "SELECT status, attempts FROM feed_items") == [
        ("page", 1)] * 3


def test_a_page_that_fails_falls_back_to_the_feeds_summary(site, make_watcher):
    serve_feed(site, ["ok", "down"])
    site.routes["/story/down"] = Page(b"oops", status=500)
    w = make_watcher(site.url("/feed.xml"))
    w.run(once=True)
    assert w.lines == [f"{site.url('/feed.xml')}: 2 new, 0 seen, 0 failed (1 from the feed's "
                       "summary)"]
    assert w.notes == [f"{site.url('/story/down')}: page not read (the server answered 500 "
                       "Internal Server Error (a server-side error); try again later); the "
                       "feed's own summary was stored instead"]
    assert stored(make_watcher.db, "SELECT text FROM articles WHERE title = 'Item down'") == [
        ("Summary of down.",)]


def test_an_item_with_nothing_to_read_is_retried_then_left(site, make_watcher):
    site.routes["/feed.xml"] = Page(rss(site.base, [("empty", "/story/none", "")]), type=FEED)
    w = make_watcher(site.url("/feed.xml"))
    for _ in range(MAX_ATTEMPTS + 1):
        w.make_due()
        w.poll_due()
    assert w.lines == [f"{site.url('/feed.xml')}: 0 new, 0 seen, 1 failed"] * MAX_ATTEMPTS + [
        f"{site.url('/feed.xml')}: 0 new, 1 seen, 0 failed"]
    assert [r.message for r in w.rejected][:1] == [
        "page not read (the server answered 404 Not Found; check the URL); and the feed gives "
        "no text for this item to fall back on"]
    assert quarantined(make_watcher.db) == [(site.url("/story/none"), "fetch_failed")]
    assert stored(make_watcher.db, "SELECT status, attempts FROM feed_items") == [
        ("failed", MAX_ATTEMPTS)]


# ---------------------------------------------------------------- feeds that fail


@pytest.mark.parametrize("page, error", [
    (Page(b"down", status=500), "the server answered 500 Internal Server Error (a server-side "
     "error); try again later"),
    (Page(b"<rss/>", delay=3, type=FEED), "waiting for the server took over the 1 s limit for "
     "the whole fetch; the server is too slow, try again later"),
    # binary bytes labelled as a feed
    (Page(bytes(range(256)) * 4, type=FEED), "not a readable RSS/Atom feed (not well-formed "
     "(invalid token) at line 2); check the URL"),
    (Page(b"x" * 60_000, type=FEED), "the page is 60,000 bytes, over the 50,000-byte size "
     "limit; save the article page itself and give the file"),
    (Page(b"GIF89a" + bytes(200), type="image/gif"), "the server sent 'image/gif', neither a "
     "feed nor an HTML page; check the URL"),
    (Page(b"%PDF-1.7 ...", type=None), "the server sent 'no content type', neither a feed nor "
     "an HTML page; check the URL"),
    (Page(status=302, headers={"Location": "/feed.xml"}), "redirect loop: the redirects lead "
     "back to '{base}/feed.xml'; the site is misconfigured, try again later"),
])
def test_a_failing_feed_is_one_line_and_one_quarantine_row(site, make_watcher, page, error):
    site.routes["/feed.xml"] = page
    w = make_watcher(site.url("/feed.xml"), every=60)
    w.run(once=True)
    error = error.format(base=site.base)
    assert w.lines == [f"{site.url('/feed.xml')}: failed: {error}; next try in 1m"]
    assert quarantined(make_watcher.db) == [(site.url("/feed.xml"), "fetch_failed")]


def test_a_failing_feed_backs_off_and_recovers(site, make_watcher):
    site.routes["/feed.xml"] = Page(b"down", status=503)
    w = make_watcher(site.url("/feed.xml"), every=60)
    for _ in range(5):
        w.make_due()
        w.poll_due()
    assert [p.retry_in for p in w.polls] == [60, 120, 240, 480, 480]  # at most 8 x --every
    assert w.lines[1].endswith("; next try in 2m (2 failures in a row)")
    serve_feed(site, ["g1"])
    w.make_due()
    w.poll_due()
    assert w.lines[-1] == f"{site.url('/feed.xml')}: 1 new, 0 seen, 0 failed"
    site.routes["/feed.xml"] = Page(b"down", status=503)
    w.make_due()
    w.poll_due()
    assert w.polls[-1].retry_in == 60  # the count of failures in a row started again


def test_a_truncated_feed_gives_the_items_it_still_holds(site, make_watcher):
    whole = rss(site.base, [("g1", "/story/g1", "One."), ("g2", "/story/g2", "Two.")])
    serve_feed(site, ["g1", "g2"])
    second = whole.index(b"<item>", whole.index(b"<item>") + 1)
    site.routes["/feed.xml"] = Page(whole[:second + 10], type=FEED)  # cut inside item 2
    w = make_watcher(site.url("/feed.xml"))
    w.run(once=True)
    [line] = w.lines
    assert line.startswith(f"{site.url('/feed.xml')}: 1 new, 0 seen, 0 failed; feed malformed (")
    assert line.endswith("), read what could be read")


def test_one_feed_down_does_not_stop_another(site, make_watcher):
    serve_feed(site, ["g1"])
    site.routes["/dead.xml"] = Page(b"", status=502)
    w = make_watcher(site.url("/dead.xml"), site.url("/feed.xml"))
    w.run(once=True)
    assert w.lines == [
        f"{site.url('/dead.xml')}: failed: the server answered 502 Bad Gateway (a server-side "
        "error); try again later; next try in 1m",
        f"{site.url('/feed.xml')}: 1 new, 0 seen, 0 failed"]


def test_a_public_feed_cannot_send_detente_to_a_private_address(site, make_watcher):
    serve_feed(site, ["g1"])
    w = make_watcher(site.url("/feed.xml"))
    w.limits = w.reader.limits = Limits(connect_timeout=1, total_timeout=1, allow_private=False)
    w.run(once=True)
    # the link is refused, and the item's summary stands in
    assert w.notes == [f"{site.url('/story/g1')}: page not read (refused to go to '127.0.0.1', "
                       "a non-public address (127.0.0.1), by a redirect or a feed's link: only "
                       "a fetch that starts at such an address may; give that URL itself if "
                       "you mean it); the feed's own summary was stored instead"]
    assert site.hits["/story/g1"] == 0


# ---------------------------------------------------------------- article pages


def test_a_watched_page_is_stored_again_only_when_its_text_changes(site, make_watcher):
    site.routes["/live"] = Page(article("Live", "Talks began in Geneva."))
    w = make_watcher(site.url("/live"))
    for text in (None, None, "Talks ended in Geneva."):
        if text:
            site.routes["/live"] = Page(article("Live", text))
        w.make_due()
        w.poll_due()
    assert w.lines == [f"{site.url('/live')}: 1 new, 0 seen, 0 failed",
                       f"{site.url('/live')}: 0 new, 1 seen, 0 failed",
                       f"{site.url('/live')}: 1 new, 0 seen, 0 failed"]
    [(text,)] = stored(make_watcher.db, "SELECT text FROM articles")
    assert "Talks ended in Geneva." in text


# ---------------------------------------------------------------- stopping


def test_stop_finishes_the_item_in_hand_and_the_rest_wait_for_the_next_start(site,
                                                                             make_watcher):
    serve_feed(site, ["g1", "g2", "g3"])
    w = make_watcher(site.url("/feed.xml"))
    # Ctrl-C arrives while the first page is being fetched
    site.on_request = lambda path: w.stop.set() if path == "/story/g1" else None
    w.run()
    assert w.lines == [f"{site.url('/feed.xml')}: 1 new, 0 seen, 0 failed"]
    assert stored(make_watcher.db, "SELECT title FROM articles") == [("Story g1",)]
    site.on_request = None
    again = make_watcher(site.url("/feed.xml"))
    again.run(once=True)
    assert again.lines == [f"{site.url('/feed.xml')}: 2 new, 1 seen, 0 failed"]


# ---------------------------------------------------------------- the command


def test_watch_once_from_the_command_line(site, tmp_path, blank_model):
    serve_feed(site, ["g1"])
    site.routes["/dead.xml"] = Page(b"", status=500)
    db = str(tmp_path / "c.duckdb")
    res = CliRunner().invoke(main, ["watch", site.url("/feed.xml"), site.url("/dead.xml"),
                                    "--once", "--db", db, "--model", blank_model,
                                    "--timeout", "2"])
    assert res.exit_code == 2  # a target failed: cron hears of it
    out = [line.split(" ", 1)[1] for line in res.stdout.splitlines()]
    assert out == [f"{site.url('/feed.xml')}: 1 new, 0 seen, 0 failed",
                   f"{site.url('/dead.xml')}: failed: the server answered 500 Internal Server "
                   "Error (a server-side error); try again later; next try in 15m"]
    assert res.stderr == "watch: 2 polls, 1 new items stored, 1 failures\n"


@pytest.mark.parametrize("every", ["0", "soon", "-5m"])
def test_every_must_be_an_interval(every):
    res = CliRunner().invoke(main, ["watch", "http://127.0.0.1:9/feed", "--every", every])
    assert res.exit_code == 2
    assert (f"Invalid value for '--every': {every!r} is not an interval; give a number with s, "
            "m, h or d (e.g. 15m), at least 1s") in res.stderr


def test_sigterm_stops_watch_cleanly(site, tmp_path, blank_model):
    serve_feed(site, ["g1"])
    src = str(Path(__file__).resolve().parents[1] / "src")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]))
    proc = subprocess.Popen(
        [sys.executable, "-c", "from detente.cli import main; main()", "watch",
         site.url("/feed.xml"), "--every", "1h", "--db", str(tmp_path / "s.duckdb"),
         "--model", blank_model], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        text=True)
    first = proc.stdout.readline()  # the first poll is done: it now sleeps for an hour
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert first.split(" ", 1)[1] == f"{site.url('/feed.xml')}: 1 new, 0 seen, 0 failed\n"
    assert proc.returncode == 0
    assert err.splitlines()[-2:] == [
        "stopping after the item in hand (Ctrl-C again to stop at once)",
        "watch: 1 polls, 1 new items stored, 0 failures"]


def test_a_store_from_before_feeds_gains_the_columns_and_table_when_opened_to_write(tmp_path):
    import duckdb

    from test_store import make_analysis

    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.write([make_analysis()])
    with duckdb.connect(str(path)) as con:  # as the previous release left it
        con.execute("DROP TABLE feed_items")
        con.execute("ALTER TABLE articles DROP COLUMN fetched_at")
    with Store(path, read_only=True) as store:  # readable as it is
        assert store.counts()["articles"] == 1
    with Store(path) as store:  # upgraded in place, rows kept
        assert store.con.execute("SELECT count(*), count(fetched_at) FROM articles"
                                 ).fetchall() == [(1, 0)]
        assert store.feed_seen("http://x/feed", ["a"]) == {}


def test_watch_and_ingest_help_explain_urls():
    runner = CliRunner()
    watch_help = runner.invoke(main, ["watch", "--help"]).output
    ingest_help = runner.invoke(main, ["ingest", "--help"]).output
    assert "Examples:" in watch_help and "feed_items" in watch_help and "--once" in watch_help
    assert "http(s) URL" in ingest_help and "detente watch" in ingest_help
    assert "--timeout SECONDS" in ingest_help and "--timeout SECONDS" in watch_help


@pytest.mark.model
def test_watch_end_to_end_with_the_model(site, tmp_path):
    site.routes["/story/1"] = Page(article(
        "Talks in Istanbul", "Russian and Ukrainian delegations held talks in Istanbul on "
        "Friday."))
    site.routes["/feed.xml"] = Page(rss(site.base, [("1", "/story/1", "Talks.")]), type=FEED)
    db = str(tmp_path / "m.duckdb")
    res = CliRunner().invoke(main, ["watch", site.url("/feed.xml"), "--once", "--db", db])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        events = store.events(type="CONSULT")
    assert events and events[0]["url"] == site.url("/story/1")
    assert events[0]["title"] == "Talks in Istanbul"


def test_an_items_date_is_the_pages_own_else_the_feeds(site, make_watcher):
    # the feed dates every item 2025-05-20; one page says otherwise, one says nothing
    site.routes["/story/dated"] = Page(article("Dated", date="2025-05-18"))
    site.routes["/story/undated"] = Page(article("Undated", date=None))
    site.routes["/feed.xml"] = Page(rss(site.base, [("dated", "/story/dated", "x"),
                                                    ("undated", "/story/undated", "y")]),
                                    type=FEED)
    make_watcher(site.url("/feed.xml")).run(once=True)
    assert stored(make_watcher.db, "SELECT title, CAST(published AS VARCHAR) FROM articles "
                  "ORDER BY title") == [("Dated", "2025-05-18"), ("Undated", "2025-05-20")]
