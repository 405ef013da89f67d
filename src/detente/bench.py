"""Throughput of detente's full analysis against bare spaCy ``nlp.pipe`` on the same texts.

One process, one model load (excluded from timings), both warmed up on one batch first. The bare
parse and the full analysis are timed batch by batch in alternation (the same batches the
pipeline uses, each side going first every other batch), so both see the same load on the
machine; ``repeats`` > 1 repeats that and keeps the fastest total of each. The same
is then done once on the corpus replicated N times, to show the cost grows linearly with input.
Process CPU time is reported beside wall-clock time: on a shared machine it moves less.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import resource
import time
from pathlib import Path
from typing import Any

from .errors import BadInput
from .evaluate.gate import repo_root
from .records import Article

#: Warm-up texts: one full batch, so the first timed batch pays no first-use costs.
WARMUP_TEXTS = 16


def default_corpus() -> Path:
    """The realistic corpus next to the repo: public-domain VOA stories."""
    return repo_root().parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def read_corpus(path: str | Path, limit: int | None = None) -> list[Article]:
    """Articles from a JSONL file with a ``text`` field (``published`` used when it parses)."""
    path = Path(path)
    articles = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise BadInput(f"{path}:{n}", "bad_json",
                               f"not valid JSON ({exc.msg}); the bench needs JSONL") from exc
            text = row.get("text") if isinstance(row, dict) else None
            if not isinstance(text, str) or not text.strip():
                continue
            pub = None
            try:
                pub = dt.date.fromisoformat(str(row.get("published") or "")[:10])
            except ValueError:
                pass
            articles.append(Article.make(text, published=pub, origin=f"{path}:{n}"))
            if limit and len(articles) >= limit:
                break
    if not articles:
        raise BadInput(str(path), "no_text", "no line has a non-empty 'text' field")
    return articles


def peak_rss_mb() -> float:
    # ru_maxrss is in kilobytes on Linux (bytes on macOS).
    scale = 1 / (1024 * 1024) if platform.system() == "Darwin" else 1 / 1024
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale, 1)


def _measure(nlp, analyzer, articles: list[Article], repeats: int,
             advance=lambda n: None) -> dict[str, Any]:
    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    size = analyzer.options.batch_size
    bare_runs, det_runs, bare_cpu, det_cpu, events = [], [], [], [], 0
    for _ in range(repeats):
        # Interleave batch by batch (same batches as the pipeline uses), alternating which side
        # goes first, so both see the same machine load and neither pays warm-up alone.
        wall = {"bare": 0.0, "detente": 0.0}
        cpu = {"bare": 0.0, "detente": 0.0}
        events = 0
        for n, i in enumerate(range(0, len(texts), size)):
            chunk_texts, chunk_articles = texts[i:i + size], articles[i:i + size]
            order = ("bare", "detente") if n % 2 == 0 else ("detente", "bare")
            for side in order:
                t0, c0 = time.perf_counter(), time.process_time()
                if side == "bare":
                    for _ in nlp.pipe(chunk_texts, batch_size=size):
                        pass
                else:
                    for analysis in analyzer.analyze(chunk_articles):
                        events += len(analysis.events)
                wall[side] += time.perf_counter() - t0
                cpu[side] += time.process_time() - c0
            advance(len(chunk_texts))  # outside the timed region
        bare_runs.append(wall["bare"])
        det_runs.append(wall["detente"])
        bare_cpu.append(cpu["bare"])
        det_cpu.append(cpu["detente"])
    bare, det = min(bare_runs), min(det_runs)

    def rates(seconds: float, cpu: float) -> dict[str, float]:
        return {"seconds": round(seconds, 3), "articles_per_s": round(len(texts) / seconds, 2),
                "words_per_s": round(words / seconds, 1),
                "words_per_cpu_s": round(words / cpu, 1) if cpu else None}

    return {"articles": len(texts), "words": words, "chars": sum(map(len, texts)),
            "events": events, "repeats": repeats,
            "bare": {**rates(bare, min(bare_cpu)), "runs": [round(r, 3) for r in bare_runs]},
            "detente": {**rates(det, min(det_cpu)), "runs": [round(r, 3) for r in det_runs]},
            "ratio": round(det / bare, 3),
            # the inverse, as issue 12 states its target: detente's rate over bare spaCy's
            "throughput_ratio": round(bare / det, 3),
            "cpu_throughput_ratio": (round(min(bare_cpu) / min(det_cpu), 3)
                                     if min(det_cpu) else None),
            # CPU seconds of this process: less disturbed by other load on a shared machine.
            "cpu_seconds": {"bare": round(min(bare_cpu), 3), "detente": round(min(det_cpu), 3)},
            "cpu_ratio": round(min(det_cpu) / min(bare_cpu), 3) if min(bare_cpu) else None,
            "peak_rss_mb": peak_rss_mb()}


def run_bench(corpus: str | Path | None = None, model: str = "sm", replicate: int = 3,
              limit: int | None = None, repeats: int = 1, analyzer=None,
              progress=None) -> dict[str, Any]:
    """Time bare spaCy and detente on the corpus (and on it replicated ``replicate`` times).

    ``progress(total)``, if given, is called once with the number of articles to time and
    returns a function called with each batch's article count (the CLI's progress bar)."""
    from .pipeline import Analyzer, Options

    path = Path(corpus) if corpus else default_corpus()
    articles = read_corpus(path, limit)
    if analyzer is None:
        analyzer = Analyzer(Options(model=model))
    # bare spaCy is the model as its package ships it, not detente's tuned copy
    from .nlp import load_shipped
    nlp = load_shipped(analyzer.options.model)
    total = len(articles) * (repeats + (replicate if replicate > 1 else 0))
    advance = progress(total) if progress is not None else (lambda n: None)
    warm = articles[:min(WARMUP_TEXTS, analyzer.options.batch_size)]
    list(nlp.pipe([a.text for a in warm]))
    list(analyzer.analyze(warm))
    result: dict[str, Any] = {
        "corpus": str(path), "model": model, "batch_size": analyzer.options.batch_size,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(terse=True)},
        "once": _measure(nlp, analyzer, articles, repeats, advance),
    }
    if replicate > 1:
        rep = _measure(nlp, analyzer, articles * replicate, 1, advance)
        once = result["once"]
        # Seconds per article relative to the single pass: 1.0 means the cost is linear.
        rep["per_article_vs_once"] = {
            k: round((rep[k]["seconds"] / rep["articles"]) / (once[k]["seconds"] / once["articles"]), 3)
            for k in ("bare", "detente")}
        rep["cpu_per_article_vs_once"] = {
            k: round((rep["cpu_seconds"][k] / rep["articles"])
                     / (once["cpu_seconds"][k] / once["articles"]), 3)
            for k in ("bare", "detente")}
        rep["factor"] = replicate
        result["replicated"] = rep
    return result


def render(result: dict[str, Any]) -> str:
    m = result["machine"]
    once = result["once"]
    lines = [f"detente bench: {Path(result['corpus']).name}, {once['articles']} texts, "
             f"{once['words']:,} words, model {result['model']} (batch {result['batch_size']}), "
             f"{m['cpus']} CPUs, Python {m['python']}"]

    def block(title: str, r: dict) -> None:
        lines.append(f"{title}")
        lines.append(f"  {'':<16} {'articles/s':>10} {'words/s':>9} {'seconds':>8} "
                     f"{'words/CPU s':>11}")
        for key, label in (("bare", "bare nlp.pipe"), ("detente", "detente")):
            x = r[key]
            lines.append(f"  {label:<16} {x['articles_per_s']:>10.2f} {x['words_per_s']:>9,.0f} "
                         f"{x['seconds']:>8.2f} {x['words_per_cpu_s'] or 0:>11,.0f}")
        lines.append(f"  ratio detente/bare: {r['ratio']:.2f} (wall clock); CPU time "
                     f"{r['cpu_seconds']['bare']:.1f} s vs {r['cpu_seconds']['detente']:.1f} s, "
                     f"ratio {r['cpu_ratio'] or 0:.2f}")
        lines.append(f"  throughput detente/bare: {r['throughput_ratio']:.2f} (wall clock), "
                     f"{r['cpu_throughput_ratio'] or 0:.2f} (CPU time)")
        lines.append(f"  peak RSS: {r['peak_rss_mb']:.0f} MB")

    runs = (f"fastest of {once['repeats']} runs" if once["repeats"] > 1 else "one run")
    runs += ", bare and detente interleaved batch by batch"
    block(f"once ({runs}, {once['events']} events):", once)
    rep = result.get("replicated")
    if rep:
        block(f"replicated {rep['factor']}x ({rep['articles']} texts, one run):", rep)
        pa = rep["per_article_vs_once"]
        pc = rep["cpu_per_article_vs_once"]
        lines.append(f"  time per article vs once: bare {pa['bare']:.2f}, detente "
                     f"{pa['detente']:.2f}; CPU time per article: bare {pc['bare']:.2f}, "
                     f"detente {pc['detente']:.2f} (1.00 = linear)")
    return "\n".join(lines)
