"""A scriptable HTTP server on 127.0.0.1 for the fetch and watch tests (no outside network).

``Site`` serves ``routes``: path -> ``Page`` (status, content type, body, extra headers, a
delay before answering, a trickle rate) or a callable taking the request handler. Routes may
be changed between requests (a feed that gains items). ``hits`` counts requests per path.
"""

from __future__ import annotations

import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Callable

ARTICLE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{date}">
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>
<p>{body}</p>
<p>The delegations of the two neighbouring countries met for four hours in a government
building and agreed to exchange lists of detained fishermen before the end of the month.</p>
<p>Officials on both sides described the meeting as constructive and said further rounds of
talks would follow, though no date for the next session was announced on the day.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def save_blank_model(path) -> str:
    """A spaCy pipeline with only a sentencizer, saved as a model directory: the whole detente
    pipeline runs on it (finding next to nothing) without the statistical model."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.to_disk(path)
    return str(path)


def article(title: str, body: str = "Negotiators from Aland and Borduria met on Tuesday.",
            date: str | None = "2025-05-20") -> bytes:
    """An article page; ``date`` None leaves the date out of its metadata."""
    page = ARTICLE.format(title=title, body=body, date=date or "")
    if date is None:
        page = "\n".join(line for line in page.split("\n") if "published_time" not in line)
    return page.encode("utf-8")


def rss(base: str, items: list[tuple[str, str, str]], title: str = "Example World News",
        ) -> bytes:
    """An RSS 2.0 feed of (guid, path of the page, summary) items."""
    entries = "".join(
        f"<item><title>Item {guid}</title><link>{base}{path}</link><guid>{guid}</guid>"
        f"<pubDate>Tue, 20 May 2025 10:00:00 GMT</pubDate>"
        f"<description>{summary}</description></item>" for guid, path, summary in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{title}</title><link>{base}/</link>{entries}</channel></rss>").encode()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        # A client that stops reading on purpose (a refused content type, a size limit) makes
        # the handler's write fail; the default prints a traceback into the stderr the test
        # is reading. Anything else is still printed.
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    type: str | None = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    delay: float = 0.0  #: seconds before the status line
    trickle: float = 0.0  #: seconds between bytes of the body (a server that crawls)
    length: bool = True  #: send Content-Length


class Site:
    def __init__(self, tls: tuple[str, str] | None = None) -> None:
        """``tls``: (certificate file, key file) to serve https instead of http."""
        self.routes: dict[str, Page | Callable] = {}
        self.hits: Counter = Counter()
        self.on_request: Callable[[str], None] | None = None
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet test output
                pass

            def do_GET(self) -> None:
                site.hits[self.path] += 1
                if site.on_request:
                    site.on_request(self.path)
                route = site.routes.get(self.path)
                if route is None:
                    route = Page(b"not here", status=404, type="text/plain")
                if callable(route):
                    route(self)
                    return
                try:
                    self._send(route)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up, as it should on a slow page

            def _send(self, page: Page) -> None:
                time.sleep(page.delay)
                self.send_response(page.status)
                if page.type is not None:
                    self.send_header("Content-Type", page.type)
                for k, v in page.headers.items():
                    self.send_header(k, v)
                if page.length:
                    self.send_header("Content-Length", str(len(page.body)))
                else:
                    self.send_header("Connection", "close")
                self.end_headers()
                if page.trickle:
                    for i in range(len(page.body)):
                        self.wfile.write(page.body[i:i + 1])
                        self.wfile.flush()
                        time.sleep(page.trickle)
                else:
                    self.wfile.write(page.body)
                if not page.length:
                    self.close_connection = True

        self.server = _Server(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.block_on_close = False
        if tls:
            import ssl

            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self.server.socket = context.wrap_socket(self.server.socket, server_side=True)
        scheme = "https" if tls else "http"
        self.base = f"{scheme}://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> "Site":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()
