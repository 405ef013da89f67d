"""Throughput of detente's full analysis against bare spaCy ``nlp.pipe`` on the same texts.

One process, one model load (excluded from timings), both warmed up on one batch first. The bare
parse and the full analysis are timed batch by batch in alternation (the same batches the
pipeline uses, the side that goes first rotating from batch to batch), so both see the same
load on the machine; ``repeats`` > 1 repeats that and keeps the fastest total of each. The same
is then done once on the corpus replicated N times, to show the cost grows linearly with input.
Process CPU time is reported beside wall-clock time: on a shared machine it moves less.

Bare spaCy is the model as its package ships it. When detente's own copy computes its matrix
products on numpy's BLAS (``matmul``), a third side is timed too: the same bare copy with that
one change, so the output shows how much of detente's speed is the matrix library and what
the analysis costs on top of an equally fast parse. The two bare sides share one loaded copy
(and so its lemmatizer's cache, which each warms for the other: if anything in bare spaCy's
favour).
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
             advance=lambda n: None, same_blas: bool = False) -> dict[str, Any]:
    """Time the sides batch by batch; ``same_blas`` adds a third, bare spaCy with its matrix
    products on numpy's BLAS as detente's pipeline has them (``matmul``)."""
    from . import matmul

    texts = [a.text for a in articles]
    words = sum(len(t.split()) for t in texts)
    size = analyzer.options.batch_size
    sides = ("bare", "bare_blas", "detente") if same_blas else ("bare", "detente")
    runs: dict[str, list[float]] = {side: [] for side in sides}
    cpus: dict[str, list[float]] = {side: [] for side in sides}
    events = 0
    for _ in range(repeats):
        # Interleave batch by batch (same batches as the pipeline uses), rotating which side
        # goes first, so every side sees the same machine load and none pays warm-up alone.
        wall = dict.fromkeys(sides, 0.0)
        cpu = dict.fromkeys(sides, 0.0)
        events = 0
        for n, i in enumerate(range(0, len(texts), size)):
            chunk_texts, chunk_articles = texts[i:i + size], articles[i:i + size]
            shift = n % len(sides)
            for side in sides[shift:] + sides[:shift]:
                t0, c0 = time.perf_counter(), time.process_time()
                if side == "bare":
                    for _ in nlp.pipe(chunk_texts, batch_size=size):
                        pass
                elif side == "bare_blas":
                    with matmul.borrowed(nlp):
                        for _ in nlp.pipe(chunk_texts, batch_size=size):
                            pass
                else:
                    for analysis in analyzer.analyze(chunk_articles):
                        events += len(analysis.events)
                wall[side] += time.perf_counter() - t0
                cpu[side] += time.process_time() - c0
            advance(len(chunk_texts))  # outside the timed region
        for side in sides:
            runs[side].append(wall[side])
            cpus[side].append(cpu[side])
    best = {side: min(runs[side]) for side in sides}
    best_cpu = {side: min(cpus[side]) for side in sides}
    bare, det = best["bare"], best["detente"]

    def rates(side: str) -> dict[str, Any]:
        seconds, cpu_s = best[side], best_cpu[side]
        return {"seconds": round(seconds, 3), "articles_per_s": round(len(texts) / seconds, 2),
                "words_per_s": round(words / seconds, 1),
                "words_per_cpu_s": round(words / cpu_s, 1) if cpu_s else None,
                "runs": [round(r, 3) for r in runs[side]]}

    out = {"articles": len(texts), "words": words, "chars": sum(map(len, texts)),
           "events": events, "repeats": repeats,
           "bare": rates("bare"), "detente": rates("detente"),
           "ratio": round(det / bare, 3),
           # the inverse, as issue 12 states its target: detente's rate over bare spaCy's
           "throughput_ratio": round(bare / det, 3),
           "cpu_throughput_ratio": (round(best_cpu["bare"] / best_cpu["detente"], 3)
                                    if best_cpu["detente"] else None),
           # CPU seconds of this process: less disturbed by other load on a shared machine.
           "cpu_seconds": {side: round(best_cpu[side], 3) for side in sides},
           "cpu_ratio": (round(best_cpu["detente"] / best_cpu["bare"], 3)
                         if best_cpu["bare"] else None),
           "peak_rss_mb": peak_rss_mb()}
    if same_blas:
        # what detente's analysis costs on top of a parse given the same matrix library
        out["bare_blas"] = rates("bare_blas")
        out["blas_throughput_ratio"] = round(best["bare_blas"] / det, 3)
        out["blas_cpu_throughput_ratio"] = (round(best_cpu["bare_blas"] / best_cpu["detente"], 3)
                                            if best_cpu["detente"] else None)
    return out


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
    from . import matmul
    same_blas = matmul.installed(analyzer.nlp)
    total = len(articles) * (repeats + (replicate if replicate > 1 else 0))
    advance = progress(total) if progress is not None else (lambda n: None)
    warm = articles[:min(WARMUP_TEXTS, analyzer.options.batch_size)]
    list(nlp.pipe([a.text for a in warm]))
    if same_blas:
        with matmul.borrowed(nlp):
            list(nlp.pipe([a.text for a in warm]))
    list(analyzer.analyze(warm))
    result: dict[str, Any] = {
        "corpus": str(path), "model": model, "batch_size": analyzer.options.batch_size,
        "machine": {"cpus": os.cpu_count(), "python": platform.python_version(),
                    "platform": platform.platform(terse=True)},
        "once": _measure(nlp, analyzer, articles, repeats, advance, same_blas),
    }
    if replicate > 1:
        rep = _measure(nlp, analyzer, articles * replicate, 1, advance, same_blas)
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
        for key, label in (("bare", "bare nlp.pipe"), ("bare_blas", "bare, numpy BLAS"),
                           ("detente", "detente")):
            x = r.get(key)
            if x is None:
                continue
            lines.append(f"  {label:<16} {x['articles_per_s']:>10.2f} {x['words_per_s']:>9,.0f} "
                         f"{x['seconds']:>8.2f} {x['words_per_cpu_s'] or 0:>11,.0f}")
        lines.append(f"  ratio detente/bare: {r['ratio']:.2f} (wall clock); CPU time "
                     f"{r['cpu_seconds']['bare']:.1f} s vs {r['cpu_seconds']['detente']:.1f} s, "
                     f"ratio {r['cpu_ratio'] or 0:.2f}")
        lines.append(f"  throughput detente/bare: {r['throughput_ratio']:.2f} (wall clock), "
                     f"{r['cpu_throughput_ratio'] or 0:.2f} (CPU time)")
        if "bare_blas" in r:
            lines.append(f"  throughput detente/(bare, numpy BLAS): "
                         f"{r['blas_throughput_ratio']:.2f} (wall clock), "
                         f"{r['blas_cpu_throughput_ratio'] or 0:.2f} (CPU time)")
            lines.append("    (detente's parse has its matrix products on numpy's BLAS, "
                         "matmul.py; this is bare spaCy with that one change)")
        lines.append(f"  peak RSS: {r['peak_rss_mb']:.0f} MB")

    runs = (f"fastest of {once['repeats']} runs" if once["repeats"] > 1 else "one run")
    runs += ", the sides interleaved batch by batch"
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
