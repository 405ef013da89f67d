"""The ingest loop: read -> analyse -> store, holding the database only while storing.

Inputs are taken ``chunk`` articles at a time. A chunk is analysed with no database connection
open; then the file is opened read-write just long enough to store the chunk (its rejections
and analysis failures included, in one transaction) and to look up which articles of the next
chunk are already current, and closed again. So ``detente events``, ``export``, a notebook,
anything, can read the store between chunks, and a kill loses at most the chunk in flight.
"""

from __future__ import annotations

import contextlib
from typing import Any, Callable, Iterable

from . import dblock, parallel, pipeline
from . import ingest as ingest_mod
from .readers.pages import PageReader
from .records import Article
from .store import Store, WriteResult

#: Articles per chunk (per worker): about 10 s of analysis on news-length articles, so a kill
#: loses little and the file is opened a few times a minute.
CHUNK = 32
#: With fewer articles than this per worker to analyse, workers are not started: starting one
#: (a fresh interpreter loading the model) costs more than it would save.
MIN_PER_WORKER = 4


class Analysts:
    """Whoever analyses a chunk: this process, or a pool of workers started on first need."""

    def __init__(self, options: "pipeline.Options", workers: int):
        self.options = options
        self.workers = max(1, workers)
        self._here: pipeline.Analyzer | None = None
        self._pool: parallel.WorkerPool | None = None

    def results(self, articles: list[Article]):
        if self._pool is None and self.workers > 1 \
                and len(articles) >= MIN_PER_WORKER * self.workers:
            self._pool = parallel.WorkerPool(self.options, self.workers)
        if self._pool is not None:
            return self._pool.results(articles)
        self._here = self._here or pipeline.Analyzer(self.options)
        return self._here.results(articles)

    def peak_rss(self) -> dict[int, int]:
        return dict(self._pool.peak_rss) if self._pool else {}

    def close(self, failed: bool = False) -> None:
        if self._pool is not None:
            if failed:
                self._pool.kill()
            else:
                self._pool.close()


def ingest(db: "str | Store", paths: Iterable[str], *, published=None, options=None,
           max_chars: int | None = None, fmt: str | None = None,
           on_reject: Callable[[Any], None] | None = None,
           progress: Callable[[int], None] | None = None, chunk: int | None = None,
           wait: float = dblock.WRITER_WAIT, workers: int = 1,
           on_workers: Callable[[dict[int, int]], None] | None = None,
           fetch: "PageReader | None" = None,
           items: "Iterable[Article | ingest_mod.Rejected] | None" = None) -> WriteResult:
    """Read ``paths``, analyse the articles not already current in ``db``, store them.

    ``db`` is a database path, opened for each chunk (waiting up to ``wait`` seconds for other
    processes' locks); a ``Store`` may be given instead, and is then used, and held, throughout.
    ``chunk`` articles (default ``CHUNK``) are analysed between two visits to the file.
    Rejected inputs and articles whose analysis failed (``pipeline.AnalysisFailure``) go to the
    quarantine table and to ``on_reject``; ``progress(n)`` is called as articles are done.
    Returns the totals: ``read`` counts every article read (failed ones too), ``rejected``
    every rejection (input and analysis).

    ``workers`` > 1 analyses in that many processes (``parallel.WorkerPool``) once a chunk holds
    enough work; results are stored in input order either way, and ``on_workers`` receives
    each worker's peak resident memory (pid -> bytes) at the end, if workers ran.

    ``fetch`` (a ``readers.pages.PageReader``) fetches the paths that are URLs (see
    ``ingest.read_inputs``). ``items`` (articles and rejections already read, e.g. by
    ``detente watch``) are stored instead of reading ``paths``.
    """
    workers = max(1, workers)
    chunk = max(1, chunk or CHUNK * workers)

    def opened() -> contextlib.AbstractContextManager[Store]:
        if isinstance(db, Store):
            return contextlib.nullcontext(db)
        return Store(db, wait=wait)

    total = WriteResult()
    items = iter(items if items is not None else ingest_mod.read_inputs(
        paths, published=published, fmt=fmt, max_chars=max_chars, fetch=fetch))
    analysts = Analysts(options or pipeline.Options(), workers)
    seen: set[str] = set()

    def reject(item: Any) -> None:
        total.rejected += 1
        if on_reject:
            on_reject(item)

    reader_error: list[Exception] = []

    def next_chunk() -> tuple[list[Article], list]:
        articles, rejected, error = _read_chunk(items, chunk, total, reject)
        if error is not None:
            reader_error.append(error)
        return articles, rejected

    try:
        _loop(opened, analysts, next_chunk, seen, total, reject, progress)
    except BaseException:
        analysts.close(failed=True)
        raise
    analysts.close()
    if on_workers and analysts.peak_rss():
        on_workers(analysts.peak_rss())
    if reader_error:
        raise reader_error[0]
    return total


def _loop(opened, analysts: Analysts, next_chunk, seen: set[str], total: WriteResult,
          reject, progress) -> None:
    """Analyse and store chunk after chunk until the input is exhausted."""
    articles, rejected = next_chunk()
    with opened() as store:  # also creates or repairs the schema before any analysis
        current = store.current_ids([a.id for a in articles],
                                    {a.id: a.content_hash for a in articles})
    while articles or rejected:
        todo = _not_current(articles, seen, current, total, progress)
        analyses: list = []
        if todo:
            for result in analysts.results(todo):
                if isinstance(result, ingest_mod.Rejected):
                    reject(result)
                    rejected.append(result)
                else:
                    analyses.append(result)
        following, following_rejected = next_chunk()
        with opened() as store:
            written = store.write(analyses, rejected)
            current = store.current_ids([a.id for a in following],
                                        {a.id: a.content_hash for a in following})
        written.read = 0  # counted as read when yielded
        total.add(written)
        if progress and todo:
            progress(len(todo))
        articles, rejected = following, following_rejected



def _read_chunk(items: Iterable, size: int, total: WriteResult,
                reject: Callable[[Any], None]) -> tuple[list[Article], list, Exception | None]:
    """The next ``size`` articles from ``items``, the rejections met on the way, and the error
    the reader raised, if it did (counting articles read in ``total``)."""
    articles: list[Article] = []
    rejected: list = []
    try:
        for item in items:
            if isinstance(item, ingest_mod.Rejected):
                reject(item)
                rejected.append(item)
            else:
                total.read += 1
                articles.append(item)
            if len(articles) >= size or len(rejected) >= 64 * size:
                break
    except Exception as exc:
        # The readers must not raise on content; if one does, what was read and analysed
        # so far is still stored before the error is raised again (the reader is dead).
        return articles, rejected, exc
    return articles, rejected, None


def _not_current(articles: list[Article], seen: set[str], current, total: WriteResult,
                 progress: Callable[[int], None] | None) -> list[Article]:
    """The articles still to analyse: not stored current already, not met earlier in this run
    (those count as unchanged, and as done for ``progress``). Adds the others to ``seen``."""
    todo: list[Article] = []
    for art in articles:
        if art.id in seen or art.id in current:
            total.unchanged += 1
            if progress:
                progress(1)
        else:
            seen.add(art.id)
            todo.append(art)
    return todo
