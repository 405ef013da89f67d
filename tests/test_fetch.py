"""Fetching article pages by URL (``detente ingest URL``), against a local server on 127.0.0.1.

Every failure a server can cause is one ``Rejected`` (code ``fetch_failed``) with a one-line
message pinned here; the batch goes on. The CLI tests analyse with a blank spaCy pipeline saved
to disk (a model directory is a valid ``--model``), so no statistical model is needed; the one
end-to-end test with the real model is marked.
"""

from __future__ import annotations

import gzip
import socket

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.ingest import Rejected, read_inputs
from detente.readers.fetch import FetchFailed, Limits, fetch, is_private
from detente.readers.pages import PageReader, feed_entries, url_id
from detente.records import Article
from detente.store import Store
from local_http import Page, Site, article, rss, save_blank_model

#: Short limits keep the slow cases quick; the size limit is small so "huge" is cheap.
QUICK = Limits(connect_timeout=1.0, total_timeout=1.0, max_bytes=50_000)


@pytest.fixture
def site():
    with Site() as s:
        yield s


@pytest.fixture(scope="session")
def blank_model(tmp_path_factory):
    return save_blank_model(tmp_path_factory.mktemp("models") / "blank_en")


def read(url: str, limits: Limits = QUICK, **kw) -> Article | Rejected:
    items = list(read_inputs([url], fetch=PageReader(limits), **kw))
    assert len(items) == 1
    return items[0]


def failure(url: str, limits: Limits = QUICK) -> str:
    item = read(url, limits)
    assert isinstance(item, Rejected), item
    assert item.code == "fetch_failed"
    assert item.origin == url
    assert "\n" not in item.message
    return item.message


# ---------------------------------------------------------------- a good page


def test_a_page_becomes_an_article_with_its_url_fetch_time_and_metadata(site):
    site.routes["/news/talks"] = Page(article("Talks resume in Vienna"))
    art = read(site.url("/news/talks"))
    assert isinstance(art, Article)
    assert art.title == "Talks resume in Vienna"
    assert str(art.published) == "2025-05-20"  # the page's article:published_time
    assert art.url == site.url("/news/talks")
    assert art.id == url_id(site.url("/news/talks"))
    assert art.fetched_at is not None
    assert "exchange lists of detained fishermen" in art.text
    assert "Copyright" not in art.text and "Home" not in art.text  # boilerplate removed


def test_published_overrides_the_page_date(site):
    site.routes["/p"] = Page(article("Talks"))
    assert str(read(site.url("/p"), published="2025-06-01").published) == "2025-06-01"


def test_a_redirected_page_keeps_the_address_it_came_from(site):
    site.routes["/short"] = Page(status=301, headers={"Location": "/long/story"})
    site.routes["/long/story"] = Page(article("Moved story"))
    art = read(site.url("/short"))
    assert art.url == site.url("/long/story")


def test_the_declared_charset_decodes_the_page(site):
    body = article("Caf\u00e9 talks").decode().replace("utf-8", "latin-1").encode("latin-1")
    site.routes["/latin"] = Page(body, type="text/html; charset=iso-8859-1")
    assert read(site.url("/latin")).title == "Caf\u00e9 talks"


def test_a_gzip_page_is_inflated(site):
    site.routes["/gz"] = Page(gzip.compress(article("Zipped")),
                              headers={"Content-Encoding": "gzip"})
    assert read(site.url("/gz")).title == "Zipped"


# ---------------------------------------------------------------- each failure, one line


def test_404_and_500_say_what_the_server_answered(site):
    site.routes["/gone"] = Page(b"no", status=404)
    site.routes["/broken"] = Page(b"oops", status=503)
    assert failure(site.url("/gone")) == "the server answered 404 Not Found; check the URL"
    assert failure(site.url("/broken")) == ("the server answered 503 Service Unavailable (a "
                                            "server-side error); try again later")


def test_a_server_that_does_not_answer_in_time(site):
    site.routes["/slow"] = Page(article("Slow"), delay=3)
    assert failure(site.url("/slow")) == (
        "waiting for the server took over the 1 s limit for the whole fetch; the server is too "
        "slow, try again later")


def test_a_server_that_trickles_the_page_hits_the_total_deadline(site):
    # each byte comes within the socket timeout: only the total deadline stops it
    site.routes["/crawl"] = Page(article("Crawl"), trickle=0.05)
    assert failure(site.url("/crawl")) == (
        "reading the page took over the 1 s limit for the whole fetch; the server is too slow, "
        "try again later")


def test_a_huge_page_is_refused_from_its_length_or_while_reading(site):
    site.routes["/declared"] = Page(b"x" * 60_000)
    site.routes["/undeclared"] = Page(b"x" * 60_000, length=False)
    assert failure(site.url("/declared")) == (
        "the page is 60,000 bytes, over the 50,000-byte size limit; save the article page "
        "itself and give the file")
    assert failure(site.url("/undeclared")) == (
        "the page is over 50,000 bytes, the size limit; save the article page itself and give "
        "the file")


def test_a_compression_bomb_is_stopped_at_the_size_limit(site):
    site.routes["/bomb"] = Page(gzip.compress(b"\0" * 5_000_000),
                                headers={"Content-Encoding": "gzip"})
    assert failure(site.url("/bomb")).startswith("the page is over 50,000 bytes")


def test_a_wrong_content_type_is_refused_before_the_body_is_read(site):
    site.routes["/pic"] = Page(b"\x89PNG\r\n" * 10, type="image/png")
    assert failure(site.url("/pic")) == (
        "the server sent 'image/png', not an HTML page; only article pages (text/html, "
        "application/xhtml+xml) are read")


def test_binary_served_as_html_is_not_decodable(site):
    site.routes["/bin"] = Page(bytes(range(256)) * 8)
    assert failure(site.url("/bin")) == (
        "not decodable: the page is not text in any encoding detente can tell (binary); save it "
        "and give the file")


def test_a_feed_given_to_ingest_points_to_watch(site):
    site.routes["/feed.xml"] = Page(rss(site.base, [("g1", "/a", "Summary")]),
                                    type="application/rss+xml")
    assert failure(site.url("/feed.xml")) == (
        "this is an RSS/Atom feed, not an article page; follow it with `detente watch URL` "
        "(add --once for a single poll)")


def test_redirect_loops_and_chains_are_cut(site):
    site.routes["/a"] = Page(status=302, headers={"Location": "/b"})
    site.routes["/b"] = Page(status=302, headers={"Location": "/a"})
    for i in range(8):
        site.routes[f"/hop{i}"] = Page(status=301, headers={"Location": f"/hop{i + 1}"})
    assert failure(site.url("/a")) == (
        f"redirect loop: the redirects lead back to '{site.url('/a')}'; the site is "
        "misconfigured, try again later")
    assert failure(site.url("/hop0")) == (
        f"more than 5 redirects (the last to '{site.url('/hop6')}'); the site is "
        "misconfigured, or give the final address")


def test_a_redirect_to_another_scheme_is_refused(site):
    site.routes["/away"] = Page(status=302, headers={"Location": "file:///etc/passwd"})
    assert failure(site.url("/away")) == (
        "redirect to 'file:///etc/passwd' refused: only http and https are followed")


def test_a_redirect_to_a_private_address_is_refused_unless_the_fetch_started_at_one(site):
    site.routes["/here"] = Page(article("Local"))
    site.routes["/jump"] = Page(status=302, headers={"Location": "http://localhost:"
                                                     f"{site.server.server_address[1]}/here"})
    # started at 127.0.0.1: the user's own machine may redirect within itself
    assert read(site.url("/jump")).title == "Local"
    # with private hops forbidden (as after a public start) the redirect is refused
    closed = Limits(connect_timeout=1, total_timeout=1, allow_private=False)
    assert failure(site.url("/jump"), closed) == (
        "refused to go to 'localhost', a non-public address (127.0.0.1), by a redirect or a "
        "feed's link: only a fetch that starts at such an address may; give that URL itself "
        "if you mean it")
    # ... but the URL the user typed is fetched wherever it points
    assert read(site.url("/here"), closed).title == "Local"


@pytest.mark.parametrize("address, private", [
    ("127.0.0.1", True), ("10.1.2.3", True), ("192.168.0.9", True),
    ("169.254.169.254", True),  # cloud metadata endpoints live here
    ("::1", True), ("::ffff:127.0.0.1", True),  # IPv4 loopback written as IPv6
    ("fe80::1%eth0", True), ("224.0.0.1", True),
    ("93.184.216.34", False), ("2606:4700::1111", False),
])
def test_is_private(address, private):
    assert is_private(address) is private


def test_a_closed_port_is_refused(site):
    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    assert failure(f"http://127.0.0.1:{port}/x") == (
        f"'127.0.0.1' port {port} refused the connection; is the server up, and the port right?")


def test_an_unknown_host_and_other_schemes():
    with pytest.raises(FetchFailed) as caught:
        fetch("http://no-such-host.invalid/story", QUICK)
    # .invalid never resolves (RFC 6761); how the resolver words it varies by system
    assert caught.value.kind == "dns"
    assert caught.value.message.startswith("cannot resolve host 'no-such-host.invalid' (")
    assert failure("ftp://example.org/story.html") == (
        "only http and https URLs are fetched, not 'ftp:'; save the document and give the file")


def test_without_a_fetcher_a_url_is_only_a_missing_file(site):
    site.routes["/p"] = Page(article("Talks"))
    [item] = read_inputs([site.url("/p")])
    assert item.code == "unreadable" and site.hits["/p"] == 0


# ---------------------------------------------------------------- the ingest command


def test_ingest_mixes_urls_and_files_and_quarantines_each_failure(site, tmp_path, blank_model):
    site.routes["/good"] = Page(article("Good story"))
    site.routes["/gone"] = Page(b"no", status=404)
    site.routes["/pic"] = Page(b"\x89PNG", type="image/png")
    text = tmp_path / "local.txt"
    text.write_text("Envoys of Aland and Borduria met in Vienna on Tuesday to discuss the "
                    "disputed border crossing.", encoding="utf-8")
    db = tmp_path / "u.duckdb"
    res = CliRunner().invoke(main, ["ingest", site.url("/gone"), site.url("/good"), str(text),
                                    site.url("/pic"), "--db", str(db), "--model", blank_model,
                                    "--timeout", "2", "--workers", "1"])
    assert res.exit_code == 2, res.output
    assert res.stderr.splitlines() == [
        f"rejected: {site.url('/gone')}: the server answered 404 Not Found; check the URL",
        f"rejected: {site.url('/pic')}: the server sent 'image/png', not an HTML page; only "
        "article pages (text/html, application/xhtml+xml) are read",
        "articles: 2 read, 2 new, 0 replaced, 0 unchanged; 0 events, 0 quotes; 2 rejected"]
    with Store(db, read_only=True) as store:
        rows = store.con.execute("SELECT url, fetched_at IS NOT NULL, title FROM articles "
                                 "ORDER BY title").fetchall()
        quarantined = sorted((q["origin"], q["code"]) for q in store.quarantine())
    assert rows == [(site.url("/good"), True, "Good story"), (None, False, None)]
    assert quarantined == [(site.url("/gone"), "fetch_failed"), (site.url("/pic"), "fetch_failed")]


def test_a_page_fetched_again_is_reanalysed_only_when_its_text_changed(site, tmp_path,
                                                                       blank_model):
    site.routes["/live"] = Page(article("Live", "Talks began on Monday in Geneva."))
    db = str(tmp_path / "l.duckdb")
    args = ["ingest", site.url("/live"), "--db", db, "--model", blank_model, "--workers", "1"]
    runner = CliRunner()
    assert runner.invoke(main, args).stderr.splitlines()[-1].startswith(
        "articles: 1 read, 1 new")
    assert runner.invoke(main, args).stderr.splitlines()[-1].startswith(
        "articles: 1 read, 0 new, 0 replaced, 1 unchanged")
    site.routes["/live"] = Page(article("Live", "Talks ended on Tuesday in Geneva."))
    assert runner.invoke(main, args).stderr.splitlines()[-1].startswith(
        "articles: 1 read, 0 new, 1 replaced")
    with Store(db, read_only=True) as store:
        [(text,)] = store.con.execute("SELECT text FROM articles").fetchall()
    assert "Talks ended on Tuesday" in text


@pytest.mark.model
def test_ingest_url_end_to_end_with_the_model(site, tmp_path):
    site.routes["/talks"] = Page(article(
        "Talks in Vienna", "Russian and Ukrainian delegations held talks in Istanbul on Friday."))
    db = str(tmp_path / "m.duckdb")
    res = CliRunner().invoke(main, ["ingest", site.url("/talks"), "--db", db, "--workers", "1"])
    assert res.exit_code == 0, res.output
    with Store(db, read_only=True) as store:
        events = store.events(type="CONSULT")
    assert events and events[0]["url"] == site.url("/talks")


def test_an_https_server_whose_certificate_is_not_trusted_is_refused(tmp_path):
    import shutil
    import subprocess

    if not shutil.which("openssl"):
        pytest.skip("needs the openssl command to make a self-signed certificate")
    cert, key = tmp_path / "c.pem", tmp_path / "k.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout",
                    str(key), "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1"],
                   check=True, capture_output=True)
    with Site(tls=(str(cert), str(key))) as site:
        site.routes["/p"] = Page(article("Secure"))
        message = failure(site.url("/p"))
    # OpenSSL's own words for the fault vary by version ("self-signed certificate")
    assert message.startswith("secure connection to '127.0.0.1' failed (certificate not "
                              "trusted: ")
    assert message.endswith("); check the URL")


def test_a_feed_cannot_read_local_files_through_an_external_entity(site, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOPSECRET", encoding="utf-8")
    site.routes["/feed.xml"] = Page(
        f'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file://{secret}">]>'
        '<rss version="2.0"><channel><title>T</title><item><title>A</title><link>/a</link>'
        "<description>before &x; after</description></item></channel></rss>".encode(),
        type="application/rss+xml")
    feed = feed_entries(fetch(site.url("/feed.xml"), QUICK))
    assert [e.summary for e in feed.entries] == ["before after"]
