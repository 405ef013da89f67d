"""Per-stage cost of detente's analysis as one article doubles in size (dev tool).

For each input family (real prose, many quotes, repeated tokens, date-, place- and name-heavy
text) the article is doubled from ``--min-chars`` up to ``--max-chars`` (default: the
1,000,000-character input limit). Each size is parsed once (parse time printed, not judged),
then every post-parse stage is timed on its own (process CPU seconds), called as ``Analyzer.analyze_doc`` calls it:
actors, dates, places, quotes, events, peace. A stage that a linear algorithm runs in time t
at size n runs in about 2t at 2n; a quadratic one in 4t.

Each stage run has a time cap (``--cap``, enforced with SIGALRM, so a quadratic stage cannot
take hours): a run that hits it shows ``>cap`` and that stage is not run at larger sizes
(it would only take longer); stages that need its output show ``-``, except that events are
still timed with no speech, and peace with no events or quotes, when those could not run.

    PYTHONPATH=src .venv/bin/python benchmarks/stage_cost.py                 # full: ~30-60 min
    PYTHONPATH=src .venv/bin/python benchmarks/stage_cost.py --max-chars 64000 --cap 20
    PYTHONPATH=src .venv/bin/python benchmarks/stage_cost.py --family quotes --family talks

The verdict per stage is the growth exponent fitted (least squares on log t against log n)
over the sizes where the stage took at least ``--floor`` seconds, as the cost per doubling
(2^exponent): about 2 is linear, about 2.2 n log n, 4 quadratic. Below the floor timings are
noise and the stage is called "negligible".
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import random
import signal
import sys
import time
from pathlib import Path

STAGES = ("actors", "dates", "places", "quotes", "events", "peace")
#: which earlier stages' output each stage reads
NEEDS = {"actors": (), "dates": (), "places": (), "quotes": ("actors", "dates", "places"),
         "events": ("actors", "dates", "places", "quotes"),
         "peace": ("actors", "dates", "places", "events", "quotes")}
#: stages whose output later stages can do without (taken as empty when over the cap)
LISTS = ("events", "quotes")
PUBLISHED = dt.date(2025, 3, 14)
LIMIT = 1_000_000

# Small vocabularies for the generated families. Generic newswire words, nothing from a gold set.
SPEAKERS = ["Foreign Minister Sergei Lavrov", "President Volodymyr Zelenskyy", "the spokesman",
            "a senior U.S. official", "Secretary-General Antonio Guterres", "she", "he",
            "the Turkish foreign ministry", "Prime Minister Benjamin Netanyahu", "Hamas"]
VERBS = ["said", "told reporters", "added", "warned", "insisted", "wrote on social media"]
CLAUSES = ["we will not accept any ceasefire that rewards aggression",
           "the talks in Istanbul were useful but difficult",
           "there can be no peace without the return of all prisoners",
           "our delegation is ready to meet again next week",
           "the sanctions must be lifted before any agreement",
           "we have no plans to withdraw our troops",
           "the negotiations will resume on Monday in Geneva",
           "nobody wants this war to go on"]
PLACES = ["Istanbul", "Geneva", "Doha", "Cairo", "Kyiv", "Moscow", "Riyadh", "Paris",
          "Washington", "Gaza", "Beirut", "Baghdad", "Kharkiv", "Vienna", "Oslo", "Jeddah"]
NAMES = ["Russia", "Ukraine", "Turkey", "Israel", "Hamas", "the United Nations", "NATO",
         "Sergei Lavrov", "Volodymyr Zelenskyy", "Antonio Guterres", "Marco Rubio", "Iran",
         "the European Union", "Qatar", "Egypt", "Vladimir Putin", "Donald Trump", "China"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _repeat(unit: str):
    return lambda rng: iter(lambda: unit, None)


def _quotes(rng: random.Random):
    while True:
        speaker, verb, clause = rng.choice(SPEAKERS), rng.choice(VERBS), rng.choice(CLAUSES)
        clause = clause[0].upper() + clause[1:]
        if rng.random() < 0.5:
            yield f'"{clause}," {speaker} {verb}. '
        else:
            yield f'{speaker[0].upper() + speaker[1:]} {verb}: "{clause}." '


def _dates(rng: random.Random):
    while True:
        m, d, y = rng.choice(MONTHS), rng.randint(1, 28), rng.randint(2020, 2026)
        w = rng.choice(WEEKDAYS)
        yield rng.choice([f"The talks were held on {m} {d}, {y} and resumed on {w}. ",
                          f"Officials met on {d} {m} and again last {w}. ",
                          f"A second round is expected in {m} {y}, three weeks after {w}. "])


def _places(rng: random.Random):
    while True:
        a, b, c = rng.sample(PLACES, 3)
        yield rng.choice([f"Delegations met in {a}, {b} and {c}. ",
                          f"Fighting was reported near {a} and outside {b}. ",
                          f"Talks moved from {a} to {b}. "])


def _names(rng: random.Random):
    while True:
        a, b, c, d = rng.sample(NAMES, 4)
        yield rng.choice([f"{a} and {b} met {c} and {d}. ",
                          f"{a} accused {b} of attacking {c}. ",
                          f"{a}, {b}, {c} and {d} signed the agreement. "])


def _prose(corpus: Path):
    texts = []
    with corpus.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                text = json.loads(line).get("text")
                if isinstance(text, str) and text.strip():
                    texts.append(text.strip())

    def gen(rng):
        while True:  # the corpus in file order, again and again
            for text in texts:
                yield text + "\n\n"
    return gen


def families(corpus: Path) -> dict:
    return {
        "prose": _prose(corpus),
        "quotes": _quotes,
        "on_monday": _repeat("on Monday "),
        "talks": _repeat("talks "),
        "refuse": _repeat("will not refuse to not "),
        "talks_monday": _repeat("held talks in Geneva on Monday and "),
        "dates": _dates,
        "places": _places,
        "names": _names,
    }


def make_text(gen, seed: int, size: int) -> str:
    """The first ``size`` characters of the family's stream, cut back to a whitespace."""
    parts, n = [], 0
    for piece in gen(random.Random(seed)):
        parts.append(piece)
        n += len(piece)
        if n >= size:
            break
    text = "".join(parts)[:size]
    cut = max(text.rfind(" "), text.rfind("\n"))
    return text[:cut] if cut > size // 2 else text


class _OverCap(Exception):
    pass


def _alarm(signum, frame):
    raise _OverCap()


def timed(fn, cap: float):
    """(CPU seconds, result) of ``fn()``; (None, None) when it ran past ``cap`` wall seconds."""
    gc.collect()
    signal.setitimer(signal.ITIMER_REAL, cap)
    t0 = time.process_time()  # CPU time: other jobs on a shared machine move it far less
    try:
        result = fn()
    except _OverCap:
        return None, None
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    return time.process_time() - t0, result


def run_stages(analyzer, doc, article, cap: float, skip: set) -> dict:
    """Seconds per stage (None: over cap; "-": not run) for one parsed article."""
    from detente import actors as actors_mod
    from detente import dates as dates_mod
    from detente import events as events_mod
    from detente import peace
    from detente import places as places_mod
    from detente import quotes as quotes_mod
    from detente.context import ArticleContext

    out: dict = {}
    calls = {
        "actors": lambda r: actors_mod.ArticleActors(doc, analyzer.kb, article.published),
        "dates": lambda r: dates_mod.resolve_dates(doc, article.published),
        "places": lambda r: places_mod.find_places(doc, analyzer.gazetteer),
        "quotes": lambda r: quotes_mod.extract_speech(r["ctx"]),
        "events": lambda r: events_mod.extract_events(r["ctx"], r["quotes"]),
        "peace": lambda r: peace.analyze_article(r["ctx"], r["events"], r["quotes"]),
    }
    results: dict = {}
    for stage in STAGES:
        if stage in skip or any(not isinstance(out.get(need), float) for need in NEEDS[stage]
                                if need not in LISTS):
            out[stage] = "-"
            continue
        for need in NEEDS[stage]:
            if need in LISTS and not isinstance(out.get(need), float):
                # later stages still measured when events or quotes could not run
                results[need] = quotes_mod.Speech() if need == "quotes" else []
        if "ctx" not in results and "actors" in NEEDS[stage]:
            results["ctx"] = ArticleContext(article=article, doc=doc, actors=results["actors"],
                                            dates=results["dates"], places=results["places"])
        try:
            secs, results[stage] = timed(lambda: calls[stage](results), cap)
        except Exception as exc:  # the benchmark reports a crash and goes on
            out[stage] = f"{type(exc).__name__}"
            continue
        out[stage] = secs if secs is not None else None
    return out


def growth(sizes: list[int], secs: list, floor: float) -> tuple[float | None, str]:
    """(cost per doubling, verdict) fitted over the sizes where the stage took >= floor s."""
    pts = [(math.log2(n), math.log2(t)) for n, t in zip(sizes, secs)
           if isinstance(t, float) and t >= floor]
    over = any(t is None for t in secs)
    crashed = [t for t in secs if isinstance(t, str) and t != "-"]
    if crashed:
        return None, f"crashed ({crashed[0]})"
    if len(pts) < 2:
        return None, "over cap" if over else "negligible"
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    slope = sum((x - mx) * (y - my) for x, y in pts) / sxx
    ratio = 2 ** slope
    if over or ratio > 2.6:
        return ratio, "SUPER-LINEAR" + (" (hit the cap)" if over else "")
    return ratio, "linear" if ratio <= 2.3 else "about n log n"


def fmt(t) -> str:
    if t is None:
        return ">cap"
    if isinstance(t, str):
        return t[:9]
    return f"{t:.3f}" if t < 10 else f"{t:.1f}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--family", action="append", help="only these families (repeatable)")
    ap.add_argument("--min-chars", type=int, default=2000)
    ap.add_argument("--max-chars", type=int, default=LIMIT)
    ap.add_argument("--cap", type=float, default=60.0, help="seconds per stage run (default 60)")
    ap.add_argument("--floor", type=float, default=0.05,
                    help="timings below this many seconds are left out of the fit")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--model", default="sm")
    ap.add_argument("--corpus", help="JSONL with a text field (default: shared VOA corpus)")
    args = ap.parse_args(argv)

    from detente.bench import default_corpus
    from detente.pipeline import Analyzer, Options
    from detente.records import Article

    corpus = Path(args.corpus) if args.corpus else default_corpus()
    if not corpus.is_file():
        ap.error(f"no corpus at {corpus}; give one with --corpus FILE.jsonl")
    fams = families(corpus)
    chosen = args.family or list(fams)
    unknown = [f for f in chosen if f not in fams]
    if unknown:
        ap.error(f"unknown family {unknown[0]!r}; choose from {', '.join(fams)}")
    sizes = []
    n = args.min_chars
    while n < args.max_chars:
        sizes.append(n)
        n *= 2
    sizes.append(args.max_chars)
    signal.signal(signal.SIGALRM, _alarm)
    print(f"stage_cost: seed={args.seed} model={args.model} sizes={sizes[0]:,}..{sizes[-1]:,} "
          f"chars (x2) cap={args.cap:g}s floor={args.floor:g}s families={','.join(chosen)} "
          f"corpus={corpus.name} python={sys.version.split()[0]}")
    analyzer = Analyzer(Options(model=args.model))
    for warm in ("Russia and Ukraine held talks in Istanbul on Monday.",
                 "The talks were held on Monday."):  # no place: loads the peace fallbacks too
        analyzer.analyze_doc(analyzer.nlp(warm), Article.make(warm, published=PUBLISHED))
    summary = []
    for fam in chosen:
        print(f"\n== {fam}")
        print(f"{'chars':>9} {'tokens':>8} {'sents':>6} {'parse':>7}  "
              + " ".join(f"{s:>9}" for s in STAGES))
        done_sizes, per_stage, skip = [], {s: [] for s in STAGES}, set()
        for size in sizes:
            text = make_text(fams[fam], args.seed, size)
            t0 = time.perf_counter()
            doc = analyzer.nlp(text)
            parse = time.perf_counter() - t0
            article = Article.make(text, published=PUBLISHED, origin=f"{fam}:{size}")
            row = run_stages(analyzer, doc, article, args.cap, skip)
            done_sizes.append(len(text))
            for s in STAGES:
                per_stage[s].append(row[s])
                if row[s] is None:
                    skip.add(s)  # over the cap here: it would only take longer at 2n
            print(f"{len(text):>9,} {len(doc):>8,} {sum(1 for _ in doc.sents):>6,} "
                  f"{parse:>7.2f}  " + " ".join(f"{fmt(row[s]):>9}" for s in STAGES),
                  flush=True)
            del doc
        ratios = []
        for s in STAGES:
            secs = [t for t in per_stage[s]]
            ratio, verdict = growth(done_sizes, secs, args.floor)
            ratios.append(f"{ratio:>9.2f}" if ratio is not None else f"{'':>9}")
            summary.append((fam, s, ratio, verdict))
        print(f"{'x/doubling':>34}  " + " ".join(ratios))
        for fam_, s, ratio, verdict in summary:
            if fam_ == fam:
                print(f"   {s:<7} {verdict}")
    bad = [(f, s, v) for f, s, _, v in summary if v.startswith(("SUPER", "crashed", "over"))]
    print(f"\nverdict: {len(bad)} super-linear, over-cap or crashed stage(s) of {len(summary)}"
          + "".join(f"\n  {f}/{s}: {v}" for f, s, v in bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
