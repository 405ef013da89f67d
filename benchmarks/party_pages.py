"""How fast do the actor and dyad pages answer on a big store? Prints figures; asserts nothing.

    python benchmarks/web_pages.py --events 1000000          # builds web_bench.duckdb once
    python benchmarks/party_pages.py --db web_bench.duckdb [--runs 10]

Takes an existing store (the synthetic one ``web_pages.py`` builds, or a real one), picks its
busiest party and its busiest pair, and requests their actor and dyad pages and JSON twins
in-process (Starlette's TestClient) ``--runs`` times after one warm-up request each (which
loads the actor knowledge base and builds the cross-article ledger, once per process). The
events list filtered by the same party is timed beside them, so the figures can be read as
ratios within one run on a shared machine. Prints p50, p95 and the median CPU time in
milliseconds per page.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import duckdb  # noqa: E402

from detente.web import create_app  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402


def busiest(db: str) -> tuple[str, str]:
    """The code in most event rows, and the code it shares most events with."""
    con = duckdb.connect(db, read_only=True)
    try:
        (top,) = con.execute("SELECT upper(coalesce(org, code)) AS k FROM event_actors WHERE "
                             "k IS NOT NULL GROUP BY k ORDER BY count(*) DESC, k LIMIT 1"
                             ).fetchone()
        (other,) = con.execute(
            "SELECT upper(coalesce(o.org, o.code)) AS k FROM event_actors o JOIN event_actors x"
            " ON x.event_id = o.event_id AND x.article_id = o.article_id WHERE upper(coalesce("
            "x.org, x.code)) = ? AND k IS NOT NULL AND k <> ? GROUP BY k ORDER BY count(*) "
            "DESC, k LIMIT 1", [top, top]).fetchone()
    finally:
        con.close()
    return top, other


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", default="web_bench.duckdb")
    ap.add_argument("--runs", type=int, default=10)
    args = ap.parse_args()
    if not Path(args.db).exists():
        sys.exit(f"no store at {args.db}; build one with benchmarks/web_pages.py first")
    a, b = busiest(args.db)
    client = TestClient(create_app(args.db))
    paths = [f"/events.json?actor={quote(a)}", f"/actors/{quote(a)}.json", f"/actors/{quote(a)}",
             f"/dyads/{quote(a)}/{quote(b)}.json", f"/dyads/{quote(a)}/{quote(b)}"]
    print(f"{args.db}: busiest party {a}, its busiest counterpart {b}; {args.runs} runs each")
    for path in paths:
        client.get(path)  # warm-up: knowledge base, ledger, DuckDB's caches
        times, cpu = [], []
        for _ in range(args.runs):
            start, c = time.perf_counter(), time.process_time()
            response = client.get(path)
            times.append(time.perf_counter() - start)
            cpu.append(time.process_time() - c)
            if response.status_code != 200:
                sys.exit(f"{path}: {response.status_code} {response.text[:200]}")
        times.sort()
        p95 = times[min(len(times) - 1, round(0.95 * len(times)) - 1)]
        # cpu: the median CPU time of a request, every thread of the process together (on a
        # machine shared with other work the wall time grows with the load, the CPU time not)
        print(f"{path:40s} p50 {statistics.median(times) * 1000:7.0f} ms   "
              f"p95 {p95 * 1000:7.0f} ms   cpu {statistics.median(cpu) * 1000:6.0f} ms   "
              f"{len(response.content):>9,} bytes", flush=True)


if __name__ == "__main__":
    main()
