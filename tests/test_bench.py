"""The benchmark runs on any JSONL corpus with a text field and reports its figures."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from detente import bench
from detente.cli import main
from detente.errors import BadInput

STORIES = [
    {"text": "Russia and Ukraine held talks in Istanbul on Friday.", "published": "2025-05-16"},
    {"text": "The United Nations called for a ceasefire in Sudan. Fighting continued.",
     "published": "not a date"},
    {"title": "no text field here"},
    {"text": "Protesters marched in Nairobi on Tuesday, police said."},
]


@pytest.fixture
def corpus(tmp_path):
    path = tmp_path / "stories.jsonl"
    path.write_text("\n".join(json.dumps(s) for s in STORIES) + "\n")
    return path


def test_read_corpus_keeps_rows_with_text(corpus):
    articles = bench.read_corpus(corpus)
    assert len(articles) == 3
    assert articles[0].published.isoformat() == "2025-05-16"
    assert articles[1].published is None  # unparseable dates are dropped, not fatal


def test_read_corpus_without_text_is_an_error(tmp_path):
    path = tmp_path / "empty.jsonl"
    path.write_text('{"title": "x"}\n')
    with pytest.raises(BadInput) as exc:
        bench.read_corpus(path)
    assert str(exc.value) == f"{path}: no line has a non-empty 'text' field"


@pytest.mark.model
def test_bench_reports_rates_ratio_and_rss(corpus, analyzer):
    result = bench.run_bench(corpus, replicate=2, repeats=1, analyzer=analyzer)
    once = result["once"]
    assert once["articles"] == 3 and once["words"] == 28  # whitespace-separated words
    assert once["ratio"] > 0
    assert once["bare"]["words_per_s"] > 0 and once["detente"]["articles_per_s"] > 0
    assert once["peak_rss_mb"] > 0
    assert result["replicated"]["articles"] == 6
    text = bench.render(result)
    assert once["throughput_ratio"] == pytest.approx(1 / once["ratio"], rel=0.01)
    for field in ("articles/s", "words/s", "ratio detente/bare:", "peak RSS:",
                  "throughput detente/bare:",
                  "replicated 2x (6 texts, one run):", "time per article vs once:"):
        assert field in text


@pytest.mark.model
def test_bench_cli_json(corpus):
    result = CliRunner().invoke(main, ["bench", str(corpus), "--replicate", "1", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["once"]["ratio"] > 0
    assert "replicated" not in data  # --replicate 1 skips the replicated pass


@pytest.mark.model
def test_bench_reports_progress_over_every_timed_article(corpus, analyzer):
    seen = []

    def start(total):
        seen.append(("total", total))
        return lambda n: seen.append(("done", n))

    bench.run_bench(corpus, replicate=2, repeats=1, analyzer=analyzer, progress=start)
    assert seen[0] == ("total", 3 + 6)  # once, then replicated twice
    assert sum(n for kind, n in seen[1:] if kind == "done") == 9


@pytest.mark.model
def test_bench_also_times_bare_spacy_on_detente_s_matrix_library(corpus, analyzer):
    from detente import matmul

    if not matmul.installed(analyzer.nlp):
        pytest.skip("detente's pipeline kept BLIS here (no OpenBLAS whose threads can be set)")
    result = bench.run_bench(corpus, replicate=1, repeats=1, analyzer=analyzer)
    once = result["once"]
    assert once["bare_blas"]["words_per_s"] > 0
    assert set(once["cpu_seconds"]) == {"bare", "bare_blas", "detente"}
    # seconds are rounded to the millisecond (a few per cent of this tiny corpus) and the
    # ratio to three places: it must lie within what those roundings allow
    bare, det, half = once["bare_blas"]["seconds"], once["detente"]["seconds"], 0.0005
    assert (bare - half) / (det + half) - half <= once["blas_throughput_ratio"] \
        <= (bare + half) / (det - half) + half
    text = bench.render(result)
    assert "  bare, numpy BLAS " in text
    assert "throughput detente/(bare, numpy BLAS):" in text
