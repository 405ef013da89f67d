"""Throughput as the corpus grows: bare spaCy, detente in one process, in worker processes,
and on Spark, in one run. Prints figures; asserts nothing.

    PYTHONPATH=src .venv/bin/python benchmarks/scale.py                  # 1x, 3x, 10x VOA
    PYTHONPATH=src .venv/bin/python benchmarks/scale.py --sizes 1,3      # shorter
    PYTHONPATH=src .venv/bin/python benchmarks/scale.py --limit 24       # 24 stories x 1, 3, 10

The corpus (default: the VOA stories) is replicated N times with a distinct id per replica
("8011115~r2"): the store skips an id it holds already, so identical ids would measure
nothing. Each replicated corpus is written as JSONL and read back by ``ingest.read_inputs``
(what ``detente ingest`` reads) or by ``detente spark``'s reader.

Only analysis is timed, everything warm: each method first runs on a few articles (model and
knowledge loaded in every process that needs them; the worker pool and the Spark session
started, their Python workers loaded), then:

- bare spaCy: ``nlp.pipe`` over the texts, batch 16, the model as its package ships it
  (``nlp.load_shipped``, as ``detente bench`` times it: not detente's tuned copy);
- detente one process: ``Analyzer.results`` (what ``ingest --workers 1`` runs between reads
  and store writes);
- detente --workers N: ``parallel.WorkerPool.results`` with N spawned workers (what
  ``ingest --workers N`` runs), results back in the parent in input order;
- Spark: ``detente spark``'s read + ids + analysis on the master given (default local[2]),
  timed from the first action to every table's rows counted (persisted), not the writing of
  Parquet; the row numbering pass over the input is not timed.

Peak memory: this process for bare spaCy and one process (its peak RSS, the model included);
each worker's peak RSS for the pool (``WorkerPool.peak_rss``) and for Spark's Python workers
(each reports its own ``ru_maxrss``); Spark's JVM is not counted.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import signal
import sys
import tempfile
import time
from pathlib import Path

from detente import ingest, nlp as nlp_mod, parallel
from detente.bench import default_corpus
from detente.pipeline import Analyzer, Options

METHODS = ("bare", "one", "workers", "spark")
WARM = 8


def replicate(corpus: Path, times: int, out: Path, limit: int | None = None) -> int:
    """``corpus`` repeated ``times`` times into ``out``, each replica's ids made distinct."""
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()
            if line.strip()]
    rows = rows[:limit] if limit else rows
    with out.open("w", encoding="utf-8") as fh:
        for r in range(times):
            for i, row in enumerate(rows):
                fh.write(json.dumps(dict(row, id=f"{row.get('id', i)}~r{r}")) + "\n")
    return len(rows) * times


def _articles(path: Path) -> list:
    items = list(ingest.read_inputs([str(path)]))
    return [a for a in items if not isinstance(a, ingest.Rejected)]


def _self_rss() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024  # Linux: KiB


class Runner:
    """Every method, warm, over one article list at a time."""

    def __init__(self, methods, workers: int, master: str, warm: Path):
        self.methods, self.workers, self.master = methods, workers, master
        self.options = Options()
        self.analyzer = Analyzer(self.options)
        self.nlp = nlp_mod.load_shipped(self.options.model)
        warm_articles = _articles(warm)
        list(self.nlp.pipe([a.text for a in warm_articles], batch_size=16))
        list(self.analyzer.results(warm_articles))
        self.pool = self.spark = None
        if "workers" in methods:
            self.pool = parallel.WorkerPool(self.options, workers)
            list(self.pool.results(warm_articles))
        if "spark" in methods:
            from detente.spark import job, session

            self.job = job
            self.spark = session(master, app="detente-scale")
            self._spark(warm)

    def close(self) -> None:
        if self.pool:
            self.pool.close()
        if self.spark:
            self.spark.stop()

    def _spark(self, path: Path) -> tuple[float, int, dict]:
        inputs = self.job.find_inputs(str(path))
        frames, summary = self.job.analyse(self.spark, inputs, self.options)
        frames.unpersist()
        return summary.seconds, summary.articles, summary.workers

    def run(self, method: str, path: Path, articles: list) -> dict:
        if method == "spark":
            seconds, n, workers = self._spark(path)
            return {"seconds": seconds, "articles": n,
                    "rss": sorted(w["rss"] for w in workers.values())}
        start = time.perf_counter()
        if method == "bare":
            for _ in self.nlp.pipe([a.text for a in articles], batch_size=16):
                pass
        elif method == "one":
            list(self.analyzer.results(articles))
        else:
            list(self.pool.results(articles))
        seconds = time.perf_counter() - start
        rss = sorted(self.pool.peak_rss.values()) if method == "workers" else [_self_rss()]
        return {"seconds": seconds, "articles": len(articles), "rss": rss}


def _label(method: str, workers: int, master: str) -> str:
    return {"bare": "bare spaCy nlp.pipe", "one": "detente --workers 1",
            "workers": f"detente --workers {workers}", "spark": f"detente spark {master}"}[method]


def _mib(values: list[int]) -> str:
    mib = [round(v / 2**20) for v in values]
    if not mib:
        return "-"
    return f"{mib[0]}" if mib[0] == mib[-1] else f"{mib[0]}-{mib[-1]}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=default_corpus())
    ap.add_argument("--sizes", default="1,3,10", help="replication factors, e.g. 1,3,10")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--master", default="local[2]")
    ap.add_argument("--methods", default=",".join(METHODS))
    ap.add_argument("--limit", type=int, help="use only the first N articles of the corpus")
    args = ap.parse_args()
    # a kill (timeout, Ctrl-C from a wrapper) still stops the worker pool and Spark's JVM
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    sizes = [int(s) for s in args.sizes.split(",")]
    methods = [m for m in args.methods.split(",") if m]
    tmp = Path(tempfile.mkdtemp(prefix="detente-scale-"))
    replicate(args.corpus, 1, tmp / "warm.jsonl", WARM)
    first = f"the first {args.limit} stories of " if args.limit else ""
    print(f"detente scale: {first}{args.corpus.name}, sizes {args.sizes}; {os.cpu_count()} CPUs "
          f"(load average {os.getloadavg()[0]:.1f} at start), Python "
          f"{platform.python_version()}, {platform.platform(terse=True)}", flush=True)
    runner = Runner(methods, args.workers, args.master, tmp / "warm.jsonl")
    results: dict[tuple[int, str], dict] = {}
    try:
        for size in sizes:
            path = tmp / f"x{size}.jsonl"
            replicate(args.corpus, size, path, args.limit)
            articles = _articles(path)
            for method in methods:
                results[size, method] = r = runner.run(method, path, articles)
                print(f"  {size}x {_label(method, args.workers, args.master)}: "
                      f"{r['articles']} articles in {r['seconds']:.1f} s", flush=True)
    finally:
        runner.close()
    print(f"\n{'size':>4} {'articles':>8}  {'method':<26} {'articles/s':>10} {'vs bare':>8} "
          f"{'s/article vs 1x':>16}  peak RSS per worker (MiB)")
    for size in sizes:
        bare = results.get((size, "bare"))
        for method in methods:
            r = results[size, method]
            rate = r["articles"] / r["seconds"]
            ratio = f"{rate / (bare['articles'] / bare['seconds']):.2f}" if bare else "-"
            first = results[sizes[0], method]
            growth = (r["seconds"] / r["articles"]) / (first["seconds"] / first["articles"])
            growth_s = f"{growth:.2f}"
            print(f"{size:>3}x {r['articles']:>8}  {_label(method, args.workers, args.master):<26} "
                  f"{rate:>10.2f} {ratio:>8} {growth_s:>16}  {_mib(r['rss'])}")
    print(f"\nload average at the end: {os.getloadavg()[0]:.1f} (a shared machine: other jobs "
          "ran meanwhile; compare ratios within this run)")


if __name__ == "__main__":
    main()
