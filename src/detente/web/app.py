"""The dashboard's routes: every page an HTML view and a JSON twin on one code path.

A handler builds one plain dict (what the JSON twin returns) and the HTML page renders that
same dict, so the API tests exercise what the pages show. Errors have one shape, rendered as
HTML or JSON by ``_error``: 400 for a bad parameter (naming it), 404, 503 while an ingest holds
the file ("retry"), 500 with the store's own message for a file that is no detente database.
"""

from __future__ import annotations

import io
import json
import math
from pathlib import Path
from typing import Any, Callable
from urllib.parse import urlencode

import jinja2
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import FileResponse, HTMLResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import StoreBusy, StoreError
from ..export import write_csv, write_parquet
from . import analyze, mapview, openapi, parties, queries, render
from .gate import Gate
from .params import BadParameter, categories, parse
from .render import safe_url  # noqa: F401  (the templates' filter; tests call it here)

HERE = Path(__file__).parent
#: Every page and file: no inline script or style, nothing from another origin, no framing.
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [(b"content-security-policy", CSP.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer")]


class NotFound(Exception):
    pass


def segments(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, str | None]]:
    """``text`` cut into (piece, mark) pairs: mark is the id of the span covering the piece,
    None between spans. Overlapping spans are clipped to the earlier one; offsets out of
    range are clamped (the text is the article as ingested, the offsets point into it)."""
    out: list[tuple[str, str | None]] = []
    pos = 0
    n = len(text)
    for start, end, mark in sorted(spans, key=lambda s: (s[0] or 0, s[1] or 0)):
        start, end = max(min(start or 0, n), pos), max(min(end or 0, n), 0)
        if end <= start:
            continue
        if start > pos:
            out.append((text[pos:start], None))
        out.append((text[start:end], mark))
        pos = end
    if pos < n:
        out.append((text[pos:], None))
    return out


def month_chart(months: list[dict], width: int = 720, height: int = 180) -> dict:
    """Stacked bars (one per month, one layer per quad class) as SVG rectangles."""
    if not months:
        return {"width": width, "height": height, "bars": [], "max": 0}
    totals = [sum(m[q] for q in queries.QUADS) for m in months]
    top = max(totals) or 1
    step = min(width / len(months), 60.0)  # one month alone is a bar, not a wall
    bars = []
    for i, m in enumerate(months):
        y = float(height)
        rects = []
        for q in queries.QUADS:
            h = m[q] / top * (height - 20)
            y -= h
            if m[q]:
                rects.append({"quad": q, "x": round(i * step + 1, 1), "y": round(y, 1),
                              "w": round(max(step - 2, 1), 1), "h": round(h, 1), "n": m[q]})
        bars.append({"month": m["month"], "total": totals[i], "rects": rects,
                     "label_x": round(i * step + step / 2, 1)})
    return {"width": width, "height": height, "bars": bars, "max": top,
            "label_every": max(1, math.ceil(len(months) / 12))}


def _env() -> jinja2.Environment:
    return render.environment()


def _json(data: Any, status: int = 200, headers: dict | None = None) -> Response:
    # dates and other non-JSON values as strings, in one pass, compact: with an indent the
    # json module encodes in Python, several times slower on a page of 500 events
    body = json.dumps(data, default=str, ensure_ascii=False, separators=(",", ":"))
    return Response(body, status, headers, media_type="application/json")


class Dashboard:
    """The handlers, bound to one database path (opened anew by every request)."""

    def __init__(self, db: str):
        self.db = db
        self.env = _env()
        self.gate = Gate()  # this process's page loads and its one writer (--allow-ingest)
        self._overview: tuple[tuple | None, dict] = (None, {})

    json = staticmethod(_json)

    def page(self, template: str, data: dict, status: int = 200) -> HTMLResponse:
        html = self.env.get_template(template).render(db=self.db, **data)
        return HTMLResponse(html, status)

    # ----------------------------------------------------------------- pages
    def overview(self, request: Request, fmt: str) -> Response:
        no_parameters(request)
        # The overview scans every event (about a second at a million): kept until the file
        # changes, so a reload between two ingests costs nothing.
        state = queries.file_state(self.db)
        if self._overview[0] != state:
            with queries.opened(self.db) as store:
                self._overview = (state, queries.overview(store) if store else {
                    "articles": 0, "events": 0, "quotes": 0, "quarantine": 0, "months": [],
                    "top_pairs": []})
        data = dict(self._overview[1])
        data["db"] = self.db
        if fmt == "json":
            return _json(data)
        data.pop("db")
        return self.page("overview.html", {"o": data, "chart": month_chart(data["months"])})

    def events(self, request: Request, fmt: str) -> Response:
        f = parse(request.query_params)
        with queries.opened(self.db) as store:
            if fmt in ("csv", "parquet"):
                rows = queries.all_events(store, f) if store else []
                return _download(rows, fmt)
            data = queries.events(store, f) if store else {
                "total": 0, "capped": False, "page": f.page, "per_page": f.per_page,
                "events": [], "facets": {k: [] for k in queries.FACETS}}
        data["filters"] = f.query()
        pages = max(1, math.ceil(data["total"] / f.per_page))
        # past a capped count the number of pages is unknown: a full page has a next one
        more = len(data["events"]) == f.per_page if data["capped"] else f.page < pages
        data["next"] = f"/events.json?{urlencode(f.query(page=f.page + 1))}" if more else None
        if fmt == "json":
            return _json(data)
        return self.page("events.html", {"r": data, "f": f, "pages": pages,
                                         "categories": categories(), "empty": store is None})

    def map(self, request: Request, fmt: str) -> Response:
        f = parse(request.query_params)
        with queries.opened(self.db) as store:
            data = mapview.map_data(store, f)
        if fmt == "json":
            return _json(data)
        return self.page("map.html", {"m": data, "f": f, "fig": mapview.figure(data),
                                      "categories": categories(), "empty": store is None})

    def _one(self, request: Request, kind: str, read) -> dict:
        """The record ``read(store, id)`` finds for the path's id, or NotFound."""
        no_parameters(request)
        key = request.path_params["id"]
        with queries.opened(self.db) as store:
            found = read(store, key) if store else None
        if found is None:
            raise NotFound(f"no {kind} {key[:80]!r} in {self.db}")
        return found

    def event(self, request: Request, fmt: str) -> Response:
        ev = self._one(request, "event", queries.event)
        if fmt == "json":
            return _json(ev)
        ev_ = ev["evidence"]
        marks = segments(ev.pop("article_text") or "",
                         [(ev_["start"], ev_["end"], "main")]
                         + [(e.get("start"), e.get("end"), "also") for e in ev["also_evidence"]])
        return self.page("event.html", {"e": ev, "segments": marks})

    def article(self, request: Request, fmt: str) -> Response:
        art = self._one(request, "article", queries.article)
        if fmt == "json":
            return _json(art)
        spans = [(e["evidence"]["start"], e["evidence"]["end"], e["id"]) for e in art["events"]]
        with queries.opened(self.db) as store:  # the sentences actor and dyad pages cite
            starts = parties.sentence_starts(store, art["id"]) if store else set()
        return self.page("article.html", {"a": art, "segments": parties.anchored(
            segments(art["text"] or "", spans), starts)})

    def docs(self, request: Request) -> Response:
        return self.page("docs.html", {"spec": openapi.spec()})

    def openapi_json(self, request: Request) -> Response:
        return _json(openapi.spec())

    # ----------------------------------------------------------------- errors
    def error(self, fmt: str, status: int, message: str, parameter: str | None = None,
              retry: bool = False) -> Response:
        body = {"error": message, "status": status}
        if parameter:
            body["parameter"] = parameter
        headers = {"Retry-After": "2"} if retry else None
        if fmt != "html":
            return _json(body, status, headers)
        resp = self.page("error.html", {"status": status, "message": message, "retry": retry},
                         status)
        if headers:
            resp.headers.update(headers)
        return resp

    def guarded(self, handler: Callable[[Request, str], Response], fmt: str):
        def endpoint(request: Request) -> Response:
            try:
                with self.gate.reading():
                    return handler(request, fmt)
            except BadParameter as exc:
                return self.error(fmt, 400, str(exc), parameter=exc.name)
            except NotFound as exc:
                return self.error(fmt, 404, str(exc))
            except StoreBusy as exc:
                return self.error(fmt, 503, f"ingest in progress, retry in a moment ({exc})",
                                  retry=True)
            except StoreError as exc:
                return self.error(fmt, 500, str(exc))
        return endpoint


def no_parameters(request: Request) -> None:
    """A page that takes no query parameters says so (a 400 naming the first one), rather
    than answering as if a filter had been applied."""
    if request.query_params:
        name = sorted(request.query_params)[0][:40]
        raise BadParameter(name, "unknown parameter; this page takes none")


def _download(rows: list[dict], fmt: str) -> Response:
    if fmt == "csv":
        out = io.StringIO()
        write_csv(rows, out)
        return Response(out.getvalue(), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": 'attachment; filename="events.csv"'})
    buf = io.BytesIO()
    write_parquet(rows, buf)  # type: ignore[arg-type]  (pyarrow writes to file objects too)
    return Response(buf.getvalue(), media_type="application/vnd.apache.parquet",
                    headers={"Content-Disposition": 'attachment; filename="events.parquet"'})


def _favicon(request: Request) -> Response:
    return FileResponse(HERE / "static" / "favicon.svg", media_type="image/svg+xml")


class _SecurityHeaders:
    """ASGI middleware adding the CSP and friends to every response, static files included."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []),
                                                  *SECURITY_HEADERS]}
            await send(message)

        return await self.app(scope, receive, send_with_headers)


def create_app(db: str = "detente.duckdb", *, allow_ingest: bool = False,
               token: str | None = None, analyzer=None,
               max_upload: int = analyze.MAX_UPLOAD) -> Starlette:
    """The dashboard on database file ``db`` (which may not exist yet). With ``allow_ingest``
    the analyze form stores what it analyses when given ``token``; ``analyzer`` makes the
    pipeline (default: the model, loaded on the first analysis)."""
    d = Dashboard(db)
    g = d.guarded
    ledger_pages = parties.PartyPages(d)
    analyze_pages = analyze.AnalyzePages(d, allow_ingest=allow_ingest, token=token,
                                         analyzer=analyzer, max_upload=max_upload)
    routes = [
        Route("/", g(d.overview, "html")),
        Route("/.json", g(d.overview, "json")),
        Route("/index.json", g(d.overview, "json")),
        Route("/events", g(d.events, "html")),
        Route("/events.json", g(d.events, "json")),
        Route("/events.csv", g(d.events, "csv")),
        Route("/events.parquet", g(d.events, "parquet")),
        # the .json route first: "{id}" would take "abc.json" whole
        Route("/events/{id}.json", g(d.event, "json")),
        Route("/events/{id}", g(d.event, "html")),
        Route("/articles/{id:path}.json", g(d.article, "json")),
        Route("/articles/{id:path}", g(d.article, "html")),
        *ledger_pages.routes(),
        *analyze_pages.routes(),
        Route("/map", g(d.map, "html")),
        Route("/map.json", g(d.map, "json")),
        Route("/docs", d.docs),
        Route("/openapi.json", d.openapi_json),
        # browsers ask for /favicon.ico whatever the page declares: the same small icon, not
        # a 404 in the console
        Route("/favicon.ico", _favicon),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    app = Starlette(routes=routes)

    async def not_found(request: Request, exc: Exception) -> Response:
        fmt = "json" if request.url.path.endswith(".json") else "html"
        return d.error(fmt, getattr(exc, "status_code", 404),
                       f"no page at {request.url.path[:120]}")

    app.add_exception_handler(404, not_found)
    app.add_exception_handler(405, not_found)
    app.add_middleware(_SecurityHeaders)
    return app
