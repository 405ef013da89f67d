"""Analysis in worker processes, for ``detente ingest --workers N``.

Each worker process loads the model and knowledge bases once (``Analyzer`` in the pool's
initializer) and analyses whole batches of articles with the same ``Analyzer.results`` as the
single-process path, so an article gives the same records whichever path it took. The parent
stays the single store writer: ``WorkerPool.results`` yields in input order, whatever order the
workers finish in.

Failures stay per article:

- an article that raises or overruns its time budget inside a worker comes back as an
  ``AnalysisFailure``, exactly as in one process (the budget is enforced in the worker);
- a worker that dies (killed, out of memory, a crash in C code) breaks the pool; the batch it
  held is then re-run one article per fresh pool, so only the article that kills a worker
  again is quarantined (``worker_crashed``) and the batch goes on;
- a worker that stops answering (a stall in C that no timer interrupts) is given its batch's
  budgets plus ``GRACE`` seconds, then the pool is killed and the batch is re-run the same way
  (``worker_stalled`` for the article that stalls alone).

Peak resident memory of every worker is collected (``peak_rss``) for the ingest summary.
"""

from __future__ import annotations

import concurrent.futures as cf
import multiprocessing
import os
import resource
import signal
import sys
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from typing import Iterable, Iterator

from . import knowledge, pipeline
from .records import Article

#: Seconds a worker may take beyond the sum of its batch's budgets before it counts as stalled.
GRACE = 60.0
#: Seconds more for the first answer of a fresh pool: a new interpreter imports detente and
#: loads the model (a few seconds; much more on a loaded machine).
STARTUP = 300.0
#: Articles sent to a worker at a time: enough to keep spaCy's batching and to amortise the
#: pickling of results, few enough that a crash re-runs little.
BATCH = 4

def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the machine's total)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


@knowledge.build_once(maxsize=1)
def _analyzer(options: pipeline.Options) -> pipeline.Analyzer:
    """The worker process's analyzer: the model and knowledge bases, loaded once."""
    return pipeline.Analyzer(options)


def _start(options: pipeline.Options) -> None:
    # Ctrl-C in a terminal reaches the whole process group: the parent alone decides, so a
    # batch in hand is finished or abandoned by it, never half-dropped by a worker.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _analyzer(options)


def _rss_bytes() -> int:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # Linux reports KiB


def _work(options: pipeline.Options, batch: list[Article]) -> tuple[int, int, list]:
    """Runs in a worker: (pid, peak RSS in bytes, one result per article in order)."""
    results = list(_analyzer(options).results(batch))
    return os.getpid(), _rss_bytes(), results


def _lost(article: Article, code: str, what: str) -> pipeline.AnalysisFailure:
    origin = article.origin or f"article {article.id}"
    return pipeline.AnalysisFailure(
        origin=origin, code=code, stage="worker", reason=what,
        message=f"{code}: {what}; skipped (a detente bug or a machine limit: please report "
                "it with this article, or retry it with --workers 1)",
        excerpt=article.text[:200].encode("utf-8", "backslashreplace").decode("utf-8"))


class WorkerPool:
    """``workers`` processes analysing articles; use as a context manager."""

    def __init__(self, options: pipeline.Options, workers: int, batch: int = BATCH,
                 grace: float = GRACE, startup: float = STARTUP, work=None, start=None):
        """``work(options, batch) -> (pid, peak bytes, results)`` and ``start(options)`` run
        in the workers (module-level functions, for pickling); they default to the analysis."""
        self.options = options
        self._work = work or _work
        self._start = start or _start
        self.workers = max(1, workers)
        self.batch = max(1, batch)
        self.grace = grace
        self.startup = startup
        self._answered = False  # has the current pool returned anything yet?
        self.peak_rss: dict[int, int] = {}  #: worker pid -> peak resident bytes
        self._pool: cf.ProcessPoolExecutor | None = None

    # ------------------------------------------------------------------ pool life
    def _executor(self, workers: int | None = None) -> cf.ProcessPoolExecutor:
        if self._pool is None:
            # "spawn": a fresh interpreter per worker. Forking a parent that holds threads
            # (the budget watchdog, DuckDB's pool) can deadlock the child.
            self._answered = False
            self._pool = cf.ProcessPoolExecutor(
                max_workers=workers or self.workers,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=self._start, initargs=(self.options,))
        return self._pool

    def kill(self) -> None:
        """Stop the workers now (a stalled or broken pool, or an interrupted run)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        for proc in list(getattr(pool, "_processes", {}).values()):
            if proc.is_alive():
                proc.kill()
        pool.shutdown(wait=True, cancel_futures=True)

    def close(self) -> None:
        """Let the workers finish and exit."""
        pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> "WorkerPool":
        return self

    def __exit__(self, *exc) -> None:
        if exc[0] is None:
            self.close()
        else:
            self.kill()

    # ------------------------------------------------------------------ work
    def _deadline(self, batch: list[Article]) -> float | None:
        budgets = [self.options.budget_for(len(a.text)) for a in batch]
        if None in budgets:
            return None
        # until a fresh pool answers, its interpreters may still be loading the model
        wait = sum(budgets) + self.grace  # type: ignore[arg-type]
        return wait if self._answered else wait + self.startup

    def _take(self, future: cf.Future, batch: list[Article]) -> list | None:
        """The batch's results, or None when its worker died or stalled (pool killed)."""
        try:
            pid, rss, results = future.result(timeout=self._deadline(batch))
        except (BrokenProcessPool, cf.TimeoutError, cf.CancelledError):
            self.kill()
            return None
        self._answered = True
        self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0))
        return results

    def _alone(self, batch: list[Article]) -> list:
        """Re-run a batch whose worker died or stalled, one article per fresh pool of one."""
        out = []
        for article in batch:
            future = self._executor(1).submit(self._work, self.options, [article])
            try:
                pid, rss, results = future.result(timeout=self._deadline([article]))
                self.peak_rss[pid] = max(rss, self.peak_rss.get(pid, 0))
                out.extend(results)
            except BrokenProcessPool:
                out.append(_lost(article, "worker_crashed", "its worker process died"))
            except (cf.TimeoutError, cf.CancelledError):
                out.append(_lost(article, "worker_stalled", "its worker stopped answering"))
            self.kill()  # each article of a broken batch gets a pool of its own
        return out

    def results(self, articles: Iterable[Article]
                ) -> Iterator[pipeline.Analysis | pipeline.AnalysisFailure]:
        """One result per article, in input order."""
        items = list(articles)
        batches = deque(items[i:i + self.batch] for i in range(0, len(items), self.batch))
        queued: deque[tuple[list[Article], cf.Future]] = deque()
        ahead = 2 * self.workers  # keeps every worker busy while the parent collects in order
        while batches or queued:
            while batches and len(queued) < ahead:
                batch = batches.popleft()
                queued.append((batch, self._executor().submit(self._work, self.options, batch)))
            batch, future = queued.popleft()
            results = self._take(future, batch)
            if results is None:
                # every queued future died with the pool: send their batches again
                again = [b for b, _ in queued]
                queued.clear()
                batches.extendleft(reversed(again))
                results = self._alone(batch)
            yield from results
