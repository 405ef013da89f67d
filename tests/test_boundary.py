"""The article is the unit of failure: an article that raises or overruns its time budget is
rejected with its origin, stage and reason, and the articles around it are analysed as usual.

The stages are replaced by stubs on ``spacy.blank("en")`` (``stub``), so these tests pin the
boundary, not the model; one test marked ``model`` runs the real pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from detente import actors as actors_mod
from detente import dates as dates_mod
from detente import events as events_mod
from detente import nlp as nlp_mod
from detente import peace
from detente import places as places_mod
from detente import pipeline
from detente import quotes as quotes_mod
from detente.budget import Limit, Overrun
from detente.cli import main
from detente.errors import AnalysisFailed
from detente.ingest import Rejected
from detente.pipeline import AnalysisFailure, Analyzer, Options
from detente.records import Analysis, Article
from detente.store import Store

#: Stage name -> (module, function) that the stage calls, for the stubs.
STAGE_FUNCS = {
    "actors": (actors_mod, "ArticleActors"),
    "dates": (dates_mod, "resolve_dates"),
    "places": (places_mod, "find_places"),
    "quotes": (quotes_mod, "extract_speech"),
    "events": (events_mod, "extract_events"),
    "peace": (peace, "analyze_article"),
}
TRIGGER = "BREAKME"


class Stub:
    """Every stage returns nothing; ``misbehave(stage, fn)`` makes one stage call ``fn`` on
    articles whose text contains TRIGGER."""

    def __init__(self, monkeypatch, blank_nlp):
        self.monkeypatch = monkeypatch
        monkeypatch.setattr(nlp_mod, "load", lambda name: blank_nlp)
        monkeypatch.setattr(actors_mod, "load_kb", lambda paths=(): None)
        monkeypatch.setattr(places_mod, "default_gazetteer", lambda: None)
        empty = {"actors": None, "dates": [], "places": [], "events": [],
                 "quotes": quotes_mod.Speech(), "peace": {}}
        for stage, (mod, name) in STAGE_FUNCS.items():
            monkeypatch.setattr(mod, name, lambda *a, _v=empty[stage]: _v)

    def misbehave(self, stage: str, fn) -> None:
        mod, name = STAGE_FUNCS[stage]
        normal = getattr(mod, name)

        def stage_fn(*args):
            doc = args[0].doc if hasattr(args[0], "doc") else args[0]
            if TRIGGER in doc.text:
                fn()
            return normal(*args)

        self.monkeypatch.setattr(mod, name, stage_fn)


@pytest.fixture
def stub(monkeypatch, blank_nlp):
    return Stub(monkeypatch, blank_nlp)


def articles(*texts: str) -> list[Article]:
    return [Article.make(t, origin=f"in.jsonl:{i}", published=dt.date(2025, 5, 29))
            for i, t in enumerate(texts, 1)]


def outcome(results) -> list[str]:
    return [r.code if isinstance(r, Rejected) else "ok" for r in results]


def recurse(n: int = 0) -> int:
    return recurse(n + 1) + 1


def test_quotes_run_before_events_and_their_speech_is_handed_in(stub, monkeypatch):
    speech = quotes_mod.Speech()
    calls: list = []
    monkeypatch.setattr(quotes_mod, "extract_speech",
                        lambda ctx: calls.append("quotes") or speech)
    monkeypatch.setattr(events_mod, "extract_events",
                        lambda ctx, given: calls.append(("events", given is speech)) or [])
    assert outcome(Analyzer().results(articles("Talks went on."))) == ["ok"]
    assert calls == ["quotes", ("events", True)]


# ---------------------------------------------------------------- exceptions


@pytest.mark.parametrize("stage", list(STAGE_FUNCS))
def test_an_article_that_raises_is_rejected_with_its_stage_and_the_batch_goes_on(stub, stage):
    stub.misbehave(stage, lambda: {}["missing"])
    arts = articles("Talks went on.", f"Talks {TRIGGER} here.", "Talks resumed.")
    results = list(Analyzer(Options(batch_size=2)).results(arts))
    assert outcome(results) == ["ok", "analysis_failed", "ok"]
    assert [r.article.origin for r in results if isinstance(r, Analysis)] == [
        "in.jsonl:1", "in.jsonl:3"]
    failed = results[1]
    assert isinstance(failed, AnalysisFailure)
    assert (failed.origin, failed.stage, failed.reason) == ("in.jsonl:2", stage,
                                                            "KeyError: 'missing'")
    assert failed.message == (f"analysis_failed: {stage}: KeyError: 'missing'; skipped (a "
                              "detente bug: please report it with this article)")
    assert failed.excerpt == f"Talks {TRIGGER} here."


def test_unbounded_recursion_in_a_stage_is_caught_cleanly(stub):
    stub.misbehave("events", recurse)
    limit = sys.getrecursionlimit()
    results = list(Analyzer().results(articles(f"{TRIGGER}.", "Fine.")))
    assert outcome(results) == ["analysis_failed", "ok"]
    assert results[0].message.startswith(
        "analysis_failed: events: RecursionError: maximum recursion depth exceeded; skipped")
    assert sys.getrecursionlimit() == limit


def test_exception_text_is_one_short_line(stub):
    def raise_long():
        raise ValueError("line one\n\x1b[2J" + "x" * 500)

    stub.misbehave("dates", raise_long)
    (failed,) = Analyzer().results(articles(TRIGGER))
    assert "\n" not in failed.message and "\x1b" not in failed.message
    assert failed.reason.startswith("ValueError: line one \\x1b[2Jxxx")
    assert len(failed.reason) == len("ValueError: ") + 160 and failed.reason.endswith("…")


def test_an_article_without_origin_is_named_by_its_id(stub):
    stub.misbehave("quotes", recurse)
    art = Article.make(TRIGGER)
    (failed,) = Analyzer().results([art])
    assert failed.origin == f"article {art.id}"


def test_keyboard_interrupt_is_not_swallowed(stub):
    def interrupt():
        raise KeyboardInterrupt

    stub.misbehave("places", interrupt)
    with pytest.raises(KeyboardInterrupt):
        list(Analyzer().results(articles(TRIGGER)))


def test_the_strict_form_raises_a_named_error(stub):
    stub.misbehave("events", lambda: 1 / 0)
    with pytest.raises(AnalysisFailed) as exc:
        list(Analyzer().analyze(articles("Fine.", TRIGGER)))
    assert str(exc.value) == ("in.jsonl:2: analysis_failed: events: ZeroDivisionError: division "
                              "by zero; skipped (a detente bug: please report it with this "
                              "article)")
    assert exc.value.origin == "in.jsonl:2"


# ---------------------------------------------------------------- parse


def test_a_lone_surrogate_does_not_sink_its_batch_mates(stub):
    arts = articles("First story.", "Broken \ud800 story.", "Third story.", "Fourth story.")
    results = list(Analyzer(Options(batch_size=4)).results(arts))
    assert outcome(results) == ["ok", "analysis_failed", "ok", "ok"]
    assert results[1].stage == "parse"
    assert results[1].reason == ("UnicodeEncodeError: 'utf-8' codec can't encode character "
                                 "'\\ud800' in position 0: surrogates not allowed")
    assert results[1].excerpt == "Broken \\ud800 story."  # storable: escaped
    assert [r.article.text for r in results if isinstance(r, Analysis)] == [
        "First story.", "Third story.", "Fourth story."]


# ---------------------------------------------------------------- time budget


def test_budget_grows_with_length():
    opts = Options(time_budget=10, time_per_1000=1)
    assert (opts.budget_for(0), opts.budget_for(4000), opts.budget_for(1_000_000)) == (
        10, 14, 1010)
    assert Options(time_budget=0, time_per_1000=0).budget_for(10_000) is None
    assert Options(time_budget=0, time_per_1000=2).budget_for(500) == 1


@pytest.mark.parametrize("value, budget", [
    ("10+1", (10, 1)), ("2.5", (2.5, pipeline.BUDGET_PER_1000)), ("0", (0, 0)), ("0+3", (0, 3))])
def test_time_budget_option_values(value, budget):
    from detente.cli.core import TimeBudget, _options

    opts = _options("sm", (), TimeBudget().convert(value, None, None))
    assert (opts.time_budget, opts.time_per_1000) == budget


@pytest.mark.parametrize("stage", ["dates", "peace"])
def test_an_article_over_its_budget_is_rejected_and_the_next_one_runs(stub, stage):
    stub.misbehave(stage, lambda: time.sleep(30))  # interrupted by the timer
    arts = articles("One.", TRIGGER, "Three.")
    results = list(Analyzer(Options(time_budget=0.3, time_per_1000=0)).results(arts))
    assert outcome(results) == ["ok", "analysis_timeout", "ok"]
    failed = results[1]
    assert failed.stage == stage and failed.reason.endswith(" s")
    assert failed.message == (f"analysis_timeout: {failed.reason} in {stage} (budget 0.3 s for "
                              "7 characters); skipped, raise --time-budget to give it more time")


def test_a_stage_that_swallows_exceptions_cannot_swallow_the_timeout(stub):
    def stubborn():
        while True:
            try:
                time.sleep(30)
            except Exception:  # what a careless stage does
                pass

    stub.misbehave("events", stubborn)
    results = list(Analyzer(Options(time_budget=0.2, time_per_1000=0)).results(
        articles(TRIGGER, "Fine.")))
    assert outcome(results) == ["analysis_timeout", "ok"]


def test_off_the_main_thread_a_watchdog_interrupts_pure_python_loops(stub):
    def spin():
        while True:
            pass

    stub.misbehave("events", spin)
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(Analyzer(Options(
        time_budget=0.2, time_per_1000=0)).results(articles(TRIGGER, "Fine."))))
    worker.start()
    worker.join(60)
    assert not worker.is_alive()
    assert outcome(out) == ["analysis_timeout", "ok"]
    assert out[0].stage == "events"


def test_an_overrun_nothing_could_interrupt_is_still_rejected_afterwards(stub):
    # Off the main thread a blocking call is not interrupted; the budget is enforced late.
    stub.misbehave("quotes", lambda: time.sleep(0.5))
    out: list = []
    worker = threading.Thread(target=lambda: out.extend(Analyzer(Options(
        time_budget=0.1, time_per_1000=0)).results(articles(TRIGGER))))
    worker.start()
    worker.join(60)
    assert outcome(out) == ["analysis_timeout"]


def test_a_limit_leaves_no_timer_or_handler_behind():
    import signal

    before = signal.getsignal(signal.SIGALRM)
    with Limit(5) as lim:
        assert lim.mode == "signal"
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before
    with pytest.raises(Overrun):
        with Limit(0.05):
            time.sleep(5)
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


# ---------------------------------------------------------------- the commands


@pytest.fixture
def jsonl(tmp_path):
    path = tmp_path / "in.jsonl"
    rows = [{"text": "Talks went on.", "title": "one"},
            {"text": f"Talks {TRIGGER} here.", "title": "two"},
            {"text": "Talks resumed.", "title": "three"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_analyze_reports_the_failed_article_and_prints_the_others(stub, jsonl):
    stub.misbehave("events", recurse)
    res = CliRunner().invoke(main, ["analyze", str(jsonl)])
    assert res.exit_code == 2
    assert [json.loads(line)["article"]["title"] for line in res.stdout.splitlines()] == [
        "one", "three"]
    assert res.stderr == (f"rejected: {jsonl}:2: analysis_failed: events: RecursionError: "
                          "maximum recursion depth exceeded; skipped (a detente bug: please "
                          "report it with this article)\n")


def test_ingest_quarantines_the_timed_out_article_and_keeps_the_rest(stub, jsonl, tmp_path):
    stub.misbehave("peace", lambda: time.sleep(30))
    db = tmp_path / "x.duckdb"
    res = CliRunner().invoke(main, ["ingest", str(jsonl), "--db", str(db),
                                    "--time-budget", "0.3+0"])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert lines[0].startswith(f"rejected: {jsonl}:2: analysis_timeout: ")
    assert lines[0].endswith(" in peace (budget 0.3 s for 19 characters); skipped, raise "
                             "--time-budget to give it more time")
    assert lines[-1] == ("articles: 3 read, 2 new, 0 replaced, 0 unchanged; 0 events, "
                         "0 quotes; 1 rejected")
    with Store(db, read_only=True) as store:
        assert sorted(a["title"] for a in store.articles()) == ["one", "three"]
        (q,) = store.quarantine()
    assert (q["origin"], q["code"], q["excerpt"]) == (f"{jsonl}:2", "analysis_timeout",
                                                       f"Talks {TRIGGER} here.")


@pytest.mark.parametrize("value", ["soon", "-1", "5+x", "1+-2"])
def test_time_budget_option_refuses_nonsense(value, jsonl):
    res = CliRunner().invoke(main, ["analyze", str(jsonl), "--time-budget", value])
    assert res.exit_code == 2
    assert (f"Invalid value for '--time-budget': {value!r} is not a time budget; give seconds "
            "per article, optionally +seconds per 1,000 characters (e.g. 10 or 10+1; 0 for "
            "none)") in res.stderr


# ---------------------------------------------------------------- the real pipeline


@pytest.mark.model
def test_real_pipeline_survives_a_surrogate_between_two_stories(analyzer):
    arts = articles("Russia and Ukraine held talks in Istanbul on Friday.",
                    "Envoys met \ud800 in Doha.",
                    "Turkey hosted the delegations in Istanbul on Monday.")
    results = list(analyzer.results(arts))
    assert outcome(results) == ["ok", "analysis_failed", "ok"]
    assert results[1].stage == "parse"
    assert results[2].events  # the story after the bad one is analysed in full


def test_a_reader_that_raises_loses_nothing_already_read(stub, monkeypatch, tmp_path):
    from detente import ingest as ingest_mod
    from detente.runner import ingest

    def read_inputs(paths, **kw):
        yield from articles("One.", "Two.", "Three.")
        raise RecursionError("maximum recursion depth exceeded while decoding a JSON array")

    monkeypatch.setattr(ingest_mod, "read_inputs", read_inputs)
    db = tmp_path / "r.duckdb"
    with pytest.raises(RecursionError):
        ingest(str(db), ["in.jsonl"], chunk=2)
    with Store(db, read_only=True) as store:
        assert sorted(a["origin"] for a in store.articles()) == [
            "in.jsonl:1", "in.jsonl:2", "in.jsonl:3"]
