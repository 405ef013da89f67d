"""Where detente's time goes beyond the spaCy parse (dev tool; needs pyinstrument==5.1.3).

Parses the corpus first (not profiled), then profiles only ``Analyzer.analyze_doc`` over the
parsed docs, so the profile shows actors, dates, places, events, quotes and the peace layer.

    .venv/bin/pip install pyinstrument==5.1.3
    .venv/bin/python benchmarks/profile_stages.py [CORPUS.jsonl] [--limit 40] [--html out.html]
"""

from __future__ import annotations

import argparse
import time

from pyinstrument import Profiler

from detente.bench import default_corpus, read_corpus
from detente.pipeline import Analyzer


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("corpus", nargs="?")
    ap.add_argument("--limit", type=int, default=40)
    ap.add_argument("--html")
    args = ap.parse_args()
    articles = read_corpus(args.corpus or default_corpus(), args.limit)
    analyzer = Analyzer()
    list(analyzer.analyze(articles[:3]))  # warm caches (KB, gazetteer, lexicons)
    t0 = time.perf_counter()
    docs = list(analyzer.nlp.pipe([a.text for a in articles], batch_size=16))
    parse = time.perf_counter() - t0
    profiler = Profiler(interval=0.001)
    t0 = time.perf_counter()
    with profiler:
        for doc, article in zip(docs, articles):
            analyzer.analyze_doc(doc, article)
    rest = time.perf_counter() - t0
    print(f"{len(articles)} articles: parse {parse:.2f} s, everything after the parse "
          f"{rest:.2f} s ({rest / parse:.2f} x the parse)")
    print(profiler.output_text(unicode=False, color=False, show_all=False))
    if args.html:
        with open(args.html, "w", encoding="utf-8") as fh:
            fh.write(profiler.output_html())


if __name__ == "__main__":
    main()
