"""How long do readers wait while `detente ingest` runs? Prints figures; asserts nothing.

    python benchmarks/readers_during_ingest.py INPUT.jsonl [--db X.duckdb] [--cli-readers N]

Starts `detente ingest INPUT --db X` in a subprocess, and meanwhile, in this process, opens the
store read-only in a loop (as `detente events` does: wait up to 5 s, read every event, close),
timing the wait for the lock and the whole read. Every ``--cli-every`` seconds it also runs the
real `detente events --db X --wait 5` command in a subprocess and times it. At the end: the
ingest's wall time and summary, and the readers' waits (max, median, 95th percentile).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--db", default="readers_bench.duckdb")
    ap.add_argument("--cli-every", type=float, default=10.0,
                    help="seconds between two runs of the real `detente events` command")
    ap.add_argument("--pause", type=float, default=0.2, help="seconds between two reads")
    args = ap.parse_args()
    sys.path.insert(0, str(SRC))
    from detente.errors import StoreBusy, StoreError
    from detente.store import Store

    for suffix in ("", ".wal"):
        if os.path.exists(args.db + suffix):
            os.remove(args.db + suffix)
    env = dict(os.environ, PYTHONPATH=str(SRC))
    cli = [sys.executable, "-c", "from detente.cli import main; main()"]
    started = time.perf_counter()
    writer = subprocess.Popen(cli + ["ingest", args.input, "--db", args.db],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                              env=env)
    waits, reads, cli_times, busy = [], [], [], 0
    next_cli = time.perf_counter()
    while writer.poll() is None:
        if not os.path.exists(args.db):
            time.sleep(0.05)
            continue
        if time.perf_counter() >= next_cli:
            t = time.perf_counter()
            res = subprocess.run(cli + ["events", "--db", args.db, "--wait", "5", "--all",
                                        "--format", "json"], capture_output=True, text=True,
                                 env=env)
            cli_times.append((time.perf_counter() - t, res.returncode, res.stderr.strip()))
            next_cli = time.perf_counter() + args.cli_every
            continue
        t = time.perf_counter()
        try:
            with Store(args.db, read_only=True, wait=5.0) as store:
                opened = time.perf_counter()
                store.events(include_non_asserted=True)
        except StoreBusy:
            busy += 1
            continue
        except StoreError:
            time.sleep(0.05)  # created but not yet set up: the writer still holds it
            continue
        waits.append(opened - t)
        reads.append(time.perf_counter() - t)
        time.sleep(args.pause)
    _, err = writer.communicate()
    wall = time.perf_counter() - started

    def stats(xs: list[float]) -> str:
        if not xs:
            return "none"
        xs = sorted(xs)
        p95 = xs[min(len(xs) - 1, int(0.95 * len(xs)))]
        return (f"n={len(xs)} max={xs[-1]:.3f} s median={statistics.median(xs):.3f} s "
                f"p95={p95:.3f} s")

    print(f"ingest: {wall:.1f} s wall, exit {writer.returncode}; "
          f"{err.strip().splitlines()[-1] if err.strip() else ''}")
    print(f"in-process readers, wait for the lock: {stats(waits)}")
    print(f"in-process readers, open + read all events: {stats(reads)}")
    print(f"readers that gave up (StoreBusy after 5 s): {busy}")
    print("`detente events` commands: " + stats([c[0] for c in cli_times])
          + f"; exit codes {sorted({c[1] for c in cli_times})}")
    for c in cli_times:
        if c[1]:
            print("  failed:", c[2])


if __name__ == "__main__":
    main()
