"""A six-article story about an imaginary Ethiopia–Eritrea process, through the real pipeline.

The articles (tests/fixtures/scenario/articles.jsonl, written for this test) announce a round in
Nairobi, report it held (two outlets disagree on its length and on the prisoner count), schedule
a second round in Djibouti and postpone it; Eritrea softens and then hardens its position on
Ethiopian troops, Ethiopia keeps its demand for access to the sea. The ledger must come out
exactly as pinned below.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest

from conftest import FIXTURES
from detente.peace import ledger
from detente.records import Article

SCENARIO = FIXTURES / "scenario" / "articles.jsonl"


def _articles():
    rows = [json.loads(line) for line in SCENARIO.read_text().splitlines() if line.strip()]
    return rows, [Article.make(r["text"], published=dt.date.fromisoformat(r["published"]),
                               title=r["title"], url=r["url"]) for r in rows]


def _store_ledger(analyses, tmp_path):
    """The ledger read back from a DuckDB store the analyses were written to."""
    from detente.store import Store

    store = Store(str(tmp_path / "scenario.duckdb"))
    store.write(analyses)
    # all kinds at once, as `detente rounds --db` reads them: a claim's own "kind" ("duration",
    # "date") must not hide that the row is a claim
    return ledger.build(store.ledger_items())


@pytest.fixture(scope="module")
def scenario(analyzer, tmp_path_factory):
    rows, articles = _articles()
    analyses = list(analyzer.analyze(articles))
    name = {a.article.id: r["id"] for a, r in zip(analyses, rows)}
    built = ledger.build(analyses)
    stored = _store_ledger(analyses, tmp_path_factory.mktemp("store"))
    return built, stored, name


def _rounds(led, name):
    return [(r["date"], r["status"], [(h["status"], name[h["article_id"]]) for h in r["status_history"]],
             (r["venue"] or {}).get("name"), r["host"], r["mediators"], r["format"], r["level"],
             r["outcome"],
             {k: [(v["value"], name[v["article_id"]]) for v in vs]
              for k, vs in r["values_by_source"].items()})
            for r in led["rounds"]]


EXPECTED_ROUNDS = [
    ("2026-03-10", "held", [("scheduled", "scn-1"), ("held", "scn-2"), ("held", "scn-3")],
     "Nairobi", "KEN", ["KEN"], "direct", "delegations",
     ["prisoner_exchange_agreed", "next_round_agreed"],
     {"duration_hours": [(3.0, "scn-2"), (5.0, "scn-3")],
      "prisoners": [(120, "scn-2"), (150, "scn-3")]}),
    ("2026-04-08", "postponed", [("scheduled", "scn-4"), ("postponed", "scn-5"), ("postponed", "scn-6")],
     "Djibouti", "DJI", [], None, None, [], {}),
]

EXPECTED_POSITIONS = [
    # holder, issue, latest stance, latest change, [(stance, change, date)...]
    ("ERI", "foreign_troops", "red_line", "hardened",
     [("demand", "new", "2026-03-02"), ("accept", "softened", "2026-03-11"),
      ("red_line", "hardened", "2026-04-06")]),
    ("ERI", "prisoner_exchange", "accept", "new", [("accept", "new", "2026-03-11")]),
    ("ETH", "maritime_navigation", "demand", "reaffirmed",
     [("demand", "new", "2026-03-02"), ("demand", "reaffirmed", "2026-03-25"),
      ("demand", "reaffirmed", "2026-04-19")]),
    ("ETH", "prisoner_exchange", "accept", "new", [("accept", "new", "2026-03-11")]),
]


def _positions(led):
    return [(p["holder"], p["issue"], p["stance"], p["change"],
             [(h["stance"], h["change"], h["date"]) for h in p["history"]])
            for p in led["positions"]]


@pytest.mark.model
def test_rounds_merge_across_articles(scenario):
    built, _, name = scenario
    assert _rounds(built, name) == EXPECTED_ROUNDS
    assert all(r["process"] == ["ERI", "ETH"] for r in built["rounds"])
    # Announced by the mediator's foreign ministry, dated by the day it spoke.
    assert [(r["announced_by"], r["announced_on"]) for r in built["rounds"]] == \
        [("Kenya", "2026-03-02"), ("Kenya", "2026-03-25")]


@pytest.mark.model
def test_positions_soften_then_harden(scenario):
    built, _, _ = scenario
    assert _positions(built) == EXPECTED_POSITIONS
    troops = built["positions"][0]
    assert troops["concerns"] == "ETH"
    assert troops["history"][0]["condition_for"] == "talks"


@pytest.mark.model
def test_disagreements_become_claims(scenario):
    built, _, _ = scenario
    kinds = sorted(c["kind"] for c in built["claims"])
    assert kinds == ["count", "duration"]
    count = next(c for c in built["claims"] if c["kind"] == "count")
    assert count["check"].startswith("sources disagree on prisoners: 120 (")
    assert [e["value"] for e in count["evidence"]] == [120, 150]
    duration = next(c for c in built["claims"] if c["kind"] == "duration")
    # Each side's evidence is the sentence that states its figure.
    assert ["three hours" in e["sentence"] or "five hours" in e["sentence"]
            for e in duration["evidence"]] == [True, True]


@pytest.mark.model
def test_store_round_trip_gives_the_same_ledger(scenario):
    built, stored, name = scenario
    assert _rounds(stored, name) == EXPECTED_ROUNDS
    assert _positions(stored) == EXPECTED_POSITIONS


@pytest.mark.model
def test_commands_read_the_store(tmp_path):
    from click.testing import CliRunner

    from detente.cli import main

    db = str(tmp_path / "s.duckdb")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(SCENARIO), "--db", db]).exit_code == 0
    result = runner.invoke(main, ["rounds", "--db", db, "--between", "ETH", "ERI", "--format", "csv"])
    assert [line.split(",")[:2] for line in result.output.splitlines()[1:]] == [
        ["2026-03-10", "held"], ["2026-04-08", "postponed"]]
    out = tmp_path / "dossier.html"
    result = runner.invoke(main, ["dossier", "--db", db, "--between", "ETH", "ERI", "--out", str(out)])
    # 3 events: the store lists asserted events, and the round "planned for April 8" (said on
    # April 6) and postponed is a meeting still to come, so its CONSULT event is future
    assert result.output == (f"Wrote {out}: 2 rounds, 4 positions, 3 events, 7 quotes from 6 "
                             "articles.\n")
    page = out.read_text()
    assert page.count('<li class="round status-') == 2 and "Nairobi" in page and "▲" in page
