"""Worker processes (``detente ingest --workers N``): same records as one process, input
order, and one bad article (a worker that dies or stalls) quarantined while the batch goes on."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from store_dump import store_rows

from detente import parallel, pipeline
from detente.records import Article
from detente.runner import ingest

GOLD = Path(__file__).resolve().parents[1] / "quality" / "gold" / "voa"


# Run inside spawned workers: module-level so they pickle by reference.
def _no_model(options) -> None:
    return None


def _echo_or_misbehave(options, batch: list[Article]):
    out = []
    for article in batch:
        if "DIE" in article.text:
            os._exit(3)  # a crash no except clause sees
        if "HANG" in article.text:
            time.sleep(600)
        out.append(article.text.lower())
    return os.getpid(), 1, out


def _articles(*texts: str) -> list[Article]:
    return [Article.make(t, origin=f"t:{i}") for i, t in enumerate(texts)]


def test_results_come_back_in_input_order_across_workers():
    texts = [f"Article Number {i}" for i in range(23)]
    with parallel.WorkerPool(pipeline.Options(), 2, batch=3, work=_echo_or_misbehave,
                             start=_no_model) as pool:
        got = list(pool.results(_articles(*texts)))
        assert got == [t.lower() for t in texts]
        assert len(pool.peak_rss) >= 1


def test_a_worker_that_dies_costs_only_its_article():
    texts = ["One", "Two", "Three DIE", "Four", "Five", "Six", "Seven"]
    with parallel.WorkerPool(pipeline.Options(), 2, batch=3, work=_echo_or_misbehave,
                             start=_no_model) as pool:
        got = list(pool.results(_articles(*texts)))
    assert [g for g in got if isinstance(g, str)] == ["one", "two", "four", "five", "six",
                                                      "seven"]
    [lost] = [g for g in got if not isinstance(g, str)]
    assert got.index(lost) == 2
    assert lost.code == "worker_crashed" and lost.origin == "t:2"
    assert lost.message.startswith("worker_crashed: its worker process died; skipped")


def test_a_worker_that_stalls_is_given_up_after_its_budget_and_grace():
    # the stall comes after the pool has answered, so only budget and grace are waited for;
    # re-run alone in a fresh pool, it also gets the start-up allowance
    texts = ["Alpha", "Beta", "Gamma", "Delta HANG", "Epsilon"]
    options = pipeline.Options(time_budget=0.5, time_per_1000=0.0)
    with parallel.WorkerPool(options, 2, batch=1, grace=1.0, startup=30.0,
                             work=_echo_or_misbehave, start=_no_model) as pool:
        got = list(pool.results(_articles(*texts)))
    assert got[:3] == ["alpha", "beta", "gamma"] and got[4] == "epsilon"
    assert got[3].code == "worker_stalled" and got[3].origin == "t:3"


def test_cpu_count_is_positive():
    assert parallel.cpu_count() >= 1


@pytest.mark.model
def test_workers_store_exactly_what_one_process_stores(tmp_path):
    src = tmp_path / "stories.jsonl"
    with src.open("w") as f:
        for path in sorted(GOLD.glob("*.json"))[:10]:
            d = json.loads(path.read_text())
            f.write(json.dumps({"id": d["id"], "text": d["text"], "title": d["title"],
                                "published": d["published"]}) + "\n")
    peaks: list[dict] = []
    one = ingest(tmp_path / "one.duckdb", [str(src)], workers=1)
    two = ingest(tmp_path / "two.duckdb", [str(src)], workers=2, on_workers=peaks.append)
    assert (one.new, one.rejected) == (10, 0)
    assert (two.new, two.events, two.quotes) == (one.new, one.events, one.quotes)
    assert len(peaks) == 1 and len(peaks[0]) == 2  # both workers ran and reported
    assert all(b > 100 * 2**20 for b in peaks[0].values())  # each loaded the model
    a, b = store_rows(tmp_path / "one.duckdb"), store_rows(tmp_path / "two.duckdb")
    assert a.keys() == b.keys() and a["events"]
    for table in a:
        assert a[table] == b[table], table
