"""The analyze page: paste a text or upload a file, see what detente reads in it.

Nothing is stored unless the server was started with ``--allow-ingest`` and the form carries
the token it printed (compared in constant time; 403 otherwise, saying why). Then the server
is the one writer of its database: the write waits for the page loads of this process
(``gate``) and, through ``dblock``, for other processes such as a ``detente ingest``.

The upload is read up to ``max_upload`` bytes (413 beyond, before any parsing), then goes
through the ingest readers like a file on disk (text, HTML, JSON lines, CSV, feeds), so an
upload is read exactly as ``detente ingest`` would read it. The model is loaded on the first
analysis, once per server process, and each article runs under the pipeline's time budget.
Forms are parsed here (url-encoded with ``urllib``, multipart with ``email``): Starlette's
parser needs python-multipart, which the dashboard does without.
"""

from __future__ import annotations

import hmac
import os
import re
import tempfile
import threading
from dataclasses import replace
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, Callable
from urllib.parse import parse_qsl

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from ..dblock import WRITER_WAIT
from ..errors import BadDate, StoreBusy, StoreError
from ..ingest import KNOWN_EXT, read_inputs
from ..readers.base import Rejected, parse_published
from ..store import Store
from .params import BadParameter

#: Largest request body the analyze form takes (a long article as HTML fits many times over).
MAX_UPLOAD = 5 * 1024 * 1024
#: Articles one upload may hold: the form shows a few stories, a feed is for `detente ingest`.
MAX_ARTICLES = 20
_FIELDS = ("text", "file", "published", "title", "store", "token")
_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class TooLarge(Exception):
    def __init__(self, size: int, limit: int):
        super().__init__(f"upload too large: {size:,} bytes or more, over this server's limit "
                         f"of {limit:,} bytes; split the file, or ingest it with `detente "
                         "ingest FILE`")


class Refused(Exception):
    """A store request this server may not carry out (403)."""

    def __init__(self, name: str, message: str):
        self.name = name
        super().__init__(message)


# ----------------------------------------------------------------------------- forms
def parse_form(content_type: str, body: bytes) -> tuple[dict[str, str], tuple[str, bytes] | None]:
    """(text fields, (file name, bytes) or None) of a url-encoded or multipart form."""
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype == "application/x-www-form-urlencoded":
        return _known(dict(parse_qsl(body.decode("utf-8", "replace"),
                                     keep_blank_values=True))), None
    if ctype != "multipart/form-data":
        raise BadParameter("content-type", "send the form as multipart/form-data (a file) or "
                                           "application/x-www-form-urlencoded (text only)")
    head = b"Content-Type: " + content_type.encode("latin-1", "replace") + b"\r\n\r\n"
    msg = BytesParser(policy=HTTP).parsebytes(head + body)
    if not msg.is_multipart():
        raise BadParameter("content-type", "the multipart form has no parts; send the fields "
                                           "as the browser's form does")
    fields: dict[str, str] = {}
    upload = None
    for part in msg.iter_parts():
        name = part.get_param("name", header="content-disposition")
        if not isinstance(name, str):
            continue
        data = part.get_payload(decode=True) or b""
        if name == "file":
            filename = part.get_filename()
            if filename or data:
                upload = (str(filename or "upload.txt"), data)
        else:
            fields[name] = data.decode("utf-8", "replace")
    return _known(fields), upload


def _known(fields: dict[str, str]) -> dict[str, str]:
    unknown = sorted(set(fields) - set(_FIELDS))
    if unknown:
        raise BadParameter(unknown[0][:40], f"unknown field; use {', '.join(_FIELDS)}")
    return fields


def _upload_name(filename: str) -> str:
    """A safe file name keeping a known extension, so the reader picks the format."""
    base = _NAME.sub("_", os.path.basename(filename.replace("\\", "/")))[-80:].lstrip(".")
    low = base.lower()
    known = any(low.endswith(ext) or low.endswith(ext + ".gz") for ext in KNOWN_EXT)
    return base if base and known else (base or "upload") + ".txt"


def layers(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[str, tuple[str, ...]]]:
    """``text`` cut at every span boundary: (piece, kinds of the spans covering it), so a
    place inside a quote inside an event's sentence keeps all three marks. Offsets out of
    range are clamped; one sort, one sweep."""
    n = len(text)
    points: list[tuple[int, int, str]] = []
    for start, end, kind in spans:
        s, e = max(0, min(start or 0, n)), max(0, min(end or 0, n))
        if e > s:
            points += [(s, 1, kind), (e, -1, kind)]
    points.sort(key=lambda p: (p[0], p[1]))
    out: list[tuple[str, tuple[str, ...]]] = []
    open_: dict[str, int] = {}
    pos = 0
    for at, step, kind in points:
        if at > pos:
            out.append((text[pos:at], tuple(sorted(k for k, c in open_.items() if c > 0))))
            pos = at
        open_[kind] = open_.get(kind, 0) + step
    if pos < n:
        out.append((text[pos:], ()))
    return out


def _spans(result: dict) -> list[tuple[int, int, str]]:
    out = []
    for ev in result["events"]:
        evd = ev.get("evidence") or {}
        out.append((evd.get("start"), evd.get("end"), "event"))
        loc = ev.get("location") or {}
        if isinstance(loc.get("start"), int):
            out.append((loc["start"], loc["end"], "place"))
    for q in result["quotes"]:
        evd = q.get("evidence") or {}
        sentence, start, words = evd.get("sentence") or "", evd.get("start"), q.get("text")
        # the quoted words where the sentence holds them, else the whole sentence
        at = sentence.find(words) if words else -1
        if isinstance(start, int) and at >= 0:
            out.append((start + at, start + at + len(q["text"]), "quote"))
        elif isinstance(start, int):
            out.append((start, evd.get("end"), "quote"))
    return out


# ----------------------------------------------------------------------------- pages
def _default_analyzer():
    from ..pipeline import Analyzer, Options  # spaCy loads here, on the first analysis

    return Analyzer(Options())


class AnalyzePages:
    """GET shows the form; POST analyses, and stores when allowed and asked to."""

    def __init__(self, dashboard, *, allow_ingest: bool = False, token: str | None = None,
                 analyzer: Callable[[], Any] | None = None, max_upload: int = MAX_UPLOAD):
        self.d = dashboard
        self.allow_ingest = allow_ingest and bool(token)
        self.token = token or ""
        self.max_upload = max_upload
        self._make = analyzer or _default_analyzer
        self._analyzer = None
        # one analysis at a time: the model is shared, and two cores are soon busy
        self._lock = threading.Lock()

    def analyzer(self):
        if self._analyzer is None:
            self._analyzer = self._make()
        return self._analyzer

    def _context(self, **extra) -> dict:
        return {"allow_ingest": self.allow_ingest, "max_upload": self.max_upload,
                "form": {}, "result": None, **extra}

    async def form(self, request: Request) -> Response:
        if request.query_params:
            name = sorted(request.query_params)[0][:40]
            return self.d.error("html", 400, f"{name}: unknown parameter; the form is sent "
                                             "by POST", parameter=name)
        return self.d.page("analyze.html", self._context())

    async def _body(self, request: Request) -> bytes:
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_upload:
            raise TooLarge(int(declared), self.max_upload)
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > self.max_upload:
                raise TooLarge(size, self.max_upload)
            chunks.append(chunk)
        return b"".join(chunks)

    def _check_store(self, fields: dict[str, str], header: str | None) -> bool:
        if fields.get("store", "").lower() not in ("1", "on", "true", "yes"):
            return False
        if not self.allow_ingest:
            raise Refused("store", "store: this server does not store analyses; start it with "
                                   "`detente serve --allow-ingest` to store them")
        given = fields.get("token") or header or ""
        if not hmac.compare_digest(given.encode("utf-8", "replace"), self.token.encode()):
            raise Refused("token", "token: missing or wrong; give the token `detente serve "
                                   "--allow-ingest` printed when it started")
        return True

    async def submit(self, request: Request, fmt: str) -> Response:
        try:
            body = await self._body(request)
            fields, upload = parse_form(request.headers.get("content-type", ""), body)
            store = self._check_store(fields, request.headers.get("x-detente-token"))
            published = (fields.get("published") or "").strip()
            if published:
                try:
                    published = parse_published(published, "published").isoformat()
                except BadDate as exc:
                    raise BadParameter("published", str(exc).split(": ", 1)[1]) from None
            text = fields.get("text") or ""
            if upload and text.strip():
                raise BadParameter("file", "give a text or a file, not both")
            if not upload and not text.strip():
                raise BadParameter("text", "paste a text or choose a file to analyze")
            data = await run_in_threadpool(self._run, text, upload, published or None,
                                           (fields.get("title") or "").strip()[:300] or None,
                                           store)
        except TooLarge as exc:
            return self.d.error(fmt, 413, str(exc))
        except Refused as exc:
            return self.d.error(fmt, 403, str(exc), parameter=exc.name)
        except BadParameter as exc:
            return self.d.error(fmt, 400, str(exc), parameter=exc.name)
        except StoreBusy as exc:
            return self.d.error(fmt, 503, f"the database is busy, retry in a moment ({exc})",
                                retry=True)
        except StoreError as exc:
            return self.d.error(fmt, 500, str(exc))
        if fmt == "json":
            return self.d.json(data)
        for item in data["articles"]:
            item["pieces"] = layers(item["article"]["text"] or "", _spans(item))
        return self.d.page("analyze.html", self._context(
            result=data, form={"published": published or "", "title": fields.get("title", ""),
                               "text": text}))

    def _read(self, text: str, upload, published, title) -> list:
        with tempfile.TemporaryDirectory(prefix="detente-analyze-") as tmp:
            name = _upload_name(upload[0]) if upload else "pasted.txt"
            path = os.path.join(tmp, name)
            with open(path, "wb") as fh:
                fh.write(upload[1] if upload else text.encode("utf-8"))
            origin = ("upload:" if upload else "") + name
            items = []
            for item in read_inputs([path], published=published):
                if len(items) >= MAX_ARTICLES:
                    raise BadParameter("file", f"more than {MAX_ARTICLES} articles; ingest a "
                                               "file this large with `detente ingest FILE`")
                if isinstance(item, Rejected):
                    items.append(replace(item, origin=origin))
                else:
                    items.append(replace(item, origin=origin, title=item.title or title))
            return items

    def _run(self, text: str, upload, published, title, store: bool) -> dict:
        items = self._read(text, upload, published, title)
        articles = [i for i in items if not isinstance(i, Rejected)]
        rejected = [i for i in items if isinstance(i, Rejected)]
        analyses = []
        if articles:
            with self._lock:
                for result in self.analyzer().results(articles):
                    (rejected if isinstance(result, Rejected) else analyses).append(result)
        written = None
        if store and (analyses or rejected):
            with self.d.gate.writing(), Store(self.d.db, wait=WRITER_WAIT) as s:
                done = s.write(analyses, rejected)
            written = {f: getattr(done, f) for f in ("new", "replaced", "unchanged", "events",
                                                     "quotes", "rejected")}
        return {"stored": written is not None, "written": written,
                "articles": [_shown(an) for an in analyses],
                "rejected": [{"origin": r.origin, "code": r.code, "message": r.message}
                             for r in rejected]}

    async def submit_html(self, request: Request) -> Response:
        return await self.submit(request, "html")

    async def submit_json(self, request: Request) -> Response:
        return await self.submit(request, "json")

    def routes(self) -> list[Route]:
        return [Route("/analyze", self.form, methods=["GET"]),
                Route("/analyze", self.submit_html, methods=["POST"]),
                Route("/analyze.json", self.submit_json, methods=["POST"])]


def _shown(an) -> dict:
    """One analysis as the page and its JSON twin show it: the output contract, plus each
    event's place offsets (what the page highlights)."""
    out = an.as_dict()
    out["article"]["text"] = an.article.text
    for ev, rec in zip(out["events"], an.events):
        if rec.location is not None and ev.get("location") is not None:
            ev["location"] = dict(ev["location"], start=rec.location.start,
                                  end=rec.location.end)
    return out
