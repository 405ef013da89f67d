"""Composes the stages: nlp -> actors -> dates -> places -> quotes -> events -> peace.

This is the only module that calls one stage with another's output; every input a stage gets
is an argument here (the context of actors, dates and places; the quote stage's ``Speech``
for events; events and quotes for the ledger). Reading (``ingest``) comes before and storing
(``store``) after: ``runner`` joins the three for the CLI's ingest.

``Analyzer.results`` is the article boundary, the one place that catches: each article is
parsed and analysed under a time budget that grows with its length, and an article that raises
or overruns comes out as an ``AnalysisFailure`` (a ``Rejected`` naming its origin, the stage
and the reason) while the articles around it go on. ``Analyzer.analyze`` is the strict form
that the evaluation and the tests use: it raises ``AnalysisFailed`` instead.

The budget interrupts pure-Python work by SIGALRM in the main thread and by a watchdog thread
elsewhere (see ``budget``); a long call inside C (spaCy's parser) cannot be interrupted, so it
is measured and, if over budget, rejected once it returns. Either way no overrun is accepted.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

from . import actors as actors_mod
from . import dates as dates_mod
from . import docview
from . import events as events_mod
from . import nlp as nlp_mod
from . import peace
from . import places as places_mod
from . import quotes as quotes_mod
from .budget import Limit, Overrun
from .context import ArticleContext
from .errors import AnalysisFailed
from .ingest import Rejected
from .readers.base import clip, parse_published
from .records import Analysis, Article

#: The stages in the order they run; failures name one of them.
STAGES = ("parse", "actors", "dates", "places", "quotes", "events", "peace")

#: Default time budget: BUDGET_BASE seconds per article plus BUDGET_PER_1000 per 1,000
#: characters. Measured on the 89 VOA stories (1.8k-7.1k characters), one at a time, parse
#: included, model warm, on two CPU cores shared by four busy jobs: median 0.42 s per article
#: (0.10 s per 1,000 characters), slowest 1.2 s (0.44 s per 1,000 characters). The default
#: gives a news article about ten times its worst observed time and a 1,000,000-character text
#: about ten times the median rate, so a busy machine does not reject sound articles, while a
#: hanging one costs 10 s plus 1 s per 1,000 characters.
BUDGET_BASE = 10.0
BUDGET_PER_1000 = 1.0

#: Longest exception text kept in a message (the rest is cut; it may quote the article).
_REASON_CHARS = 160


@dataclass(frozen=True)
class Options:
    """How to run the pipeline. One object instead of a row of keyword flags."""

    model: str = nlp_mod.DEFAULT_MODEL  #: "sm", "md", or an installed spaCy package name
    kb_paths: tuple[str, ...] = ()  #: extra knowledge-base files (YAML/CSV) to load on top
    batch_size: int = 16  #: articles per nlp.pipe batch
    ledger: bool = True  #: also extract the per-article peace-process layer
    #: seconds every article may take (parse included)
    time_budget: float = BUDGET_BASE
    #: extra seconds per 1,000 characters of text, on top of ``time_budget``; with both at 0
    #: there is no time budget
    time_per_1000: float = BUDGET_PER_1000
    #: the date an article without a publication date is read as of, for officials' terms
    #: of office ("President X" is who held the office then). None: such articles resolve
    #: no office at all, never today's date, so output does not depend on the day it runs.
    reference_date: dt.date | None = None
    extra: dict = field(default_factory=dict, compare=False, hash=False)

    def budget_for(self, n_chars: int) -> float | None:
        """Seconds an article of ``n_chars`` characters may take, or None for no limit."""
        base, per = max(self.time_budget or 0.0, 0.0), max(self.time_per_1000 or 0.0, 0.0)
        if not base and not per:
            return None
        return base + per * n_chars / 1000


@dataclass(frozen=True)
class AnalysisFailure(Rejected):
    """An article that could not be analysed. A ``Rejected``, so it is reported and quarantined
    like any unreadable input; ``code`` is ``analysis_failed`` or ``analysis_timeout``."""

    stage: str = ""  #: one of STAGES: where it raised or where the time ran out
    reason: str = ""  #: "RecursionError: maximum recursion depth exceeded", or "12.0 s"
    seconds: float = 0.0  #: time spent on the article before it was given up


class _Stage:
    """Where an article's analysis is now, so a failure can say which stage it was in."""

    __slots__ = ("name",)

    def __init__(self, name: str = "parse"):
        self.name = name


def _excerpt(text: str) -> str:
    # surrogates kept visible as escapes: the quarantine row shows what broke the parse
    return text[:200].encode("utf-8", "backslashreplace").decode("utf-8")


def failure(article: Article, stage: str, error: BaseException | None, seconds: float,
            budget: float | None = None) -> AnalysisFailure:
    """The rejection for ``article``: an exception raised in ``stage``, or (error None) a timeout."""
    origin = article.origin or f"article {article.id}"
    if error is None:
        reason = f"{seconds:.1f} s"
        limit = f"budget {budget:.1f} s" if budget else "over budget"
        message = (f"analysis_timeout: {reason} in {stage} ({limit} for {len(article.text):,} "
                   "characters); skipped, raise --time-budget to give it more time")
        code = "analysis_timeout"
    else:
        detail = clip(" ".join(str(error).split()), _REASON_CHARS - 1)  # "…" makes it 160
        reason = type(error).__name__ + (f": {detail}" if detail else "")
        message = (f"analysis_failed: {stage}: {reason}; skipped (a detente bug: please "
                   "report it with this article)")
        code = "analysis_failed"
    return AnalysisFailure(origin=origin, code=code, message=message,
                           excerpt=_excerpt(article.text), stage=stage, reason=reason,
                           seconds=round(seconds, 3))


def _guarded(work: Callable[[], object], seconds: float | None):
    """Run ``work`` under a budget: (value, error, timed_out, elapsed). Catches, never raises
    (except KeyboardInterrupt and SystemExit, which must stop the run).

    A RecursionError unwinds to this frame, which sits a few levels below the caller, so it is
    handled with the whole stack free again. The recursion limit is left as it is: raising it
    would let text-controlled recursion overflow the C stack, a crash no handler can catch.
    """
    limit = Limit(seconds)
    value, error, timed_out = None, None, False
    try:
        with limit:
            value = work()
    except Overrun:  # a BaseException, so no stage's except clause swallows it
        limit.disarm()  # again: the Overrun may have landed inside the first disarm
        timed_out = True
    except Exception as exc:  # the article boundary: any bug in any stage ends here
        error = exc
    if not timed_out and error is None and limit.overran:
        timed_out = True  # nothing could interrupt it (C code, no timer): rejected afterwards
    return value, error, timed_out, limit.elapsed


class Analyzer:
    """Holds the loaded model and knowledge bases; reuse one per process."""

    def __init__(self, options: Options = Options()):
        self.options = options
        self.nlp = nlp_mod.load(options.model)
        self.kb = actors_mod.load_kb(options.kb_paths)
        self.gazetteer = places_mod.default_gazetteer()

    def analyze_doc(self, doc, article: Article, stage: _Stage | None = None) -> Analysis:
        """Run every stage after the parse on one parsed article."""
        try:
            docview.share(doc)
            return self._stages(doc, article, stage or _Stage())
        finally:
            docview.release(doc)  # what the stages shared of the parse ends with the article

    def _stages(self, doc, article: Article, stage: _Stage) -> Analysis:
        stage.name = "places"
        places = places_mod.find_places(doc, self.gazetteer)
        stage.name = "actors"
        actors = actors_mod.ArticleActors(
            doc, self.kb, article.published or self.options.reference_date, places)
        stage.name = "dates"
        dates = dates_mod.resolve_dates(doc, article.published)
        ctx = ArticleContext(article=article, doc=doc, actors=actors, dates=dates, places=places)
        stage.name = "quotes"
        speech = quotes_mod.extract_speech(ctx)
        stage.name = "events"
        events = events_mod.extract_events(ctx, speech)
        ledger: dict = {}
        if self.options.ledger:
            stage.name = "peace"
            ledger = peace.analyze_article(ctx, events, speech)
        return Analysis(
            article=article,
            events=tuple(events),
            quotes=speech.quotes,
            statements=tuple(ledger.get("statements", ())),
            rounds=tuple(ledger.get("rounds", ())),
            positions=tuple(ledger.get("positions", ())),
            claims=tuple(ledger.get("claims", ())),
        )

    # ------------------------------------------------------------------ the article boundary
    def results(self, articles: Iterable[Article]) -> Iterator[Analysis | AnalysisFailure]:
        """One ``Analysis`` or ``AnalysisFailure`` per article, in input order, never raising
        for an article's content. Articles are parsed ``batch_size`` at a time."""
        batch: list[Article] = []
        size = max(1, self.options.batch_size)
        for article in articles:
            batch.append(article)
            if len(batch) >= size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def analyze(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyse articles in input order; raise ``AnalysisFailed`` on the first that fails."""
        for result in self.results(articles):
            if isinstance(result, AnalysisFailure):
                raise AnalysisFailed(result.origin, result.message)
            yield result

    def _batch(self, batch: list[Article]) -> Iterator[Analysis | AnalysisFailure]:
        for article, parsed, parse_s in self._parse(batch):
            if isinstance(parsed, AnalysisFailure):
                yield parsed
                continue
            budget = self.options.budget_for(len(article.text))
            stage = _Stage("actors")
            value, error, timed_out, elapsed = _guarded(
                lambda: self.analyze_doc(parsed, article, stage),
                None if budget is None else max(budget - parse_s, 0.001))
            if error is not None or timed_out:
                yield failure(article, stage.name, error, parse_s + elapsed, budget)
            else:
                yield value

    def _parse(self, batch: list[Article]):
        """(article, doc or failure, parse seconds) for each article of the batch.

        The batch is parsed in one ``nlp.pipe`` call under the sum of its budgets; if that
        raises or overruns, each article is parsed alone, so one bad text (a lone surrogate
        that spaCy cannot encode) does not take its batch-mates with it.
        """
        budgets = [self.options.budget_for(len(a.text)) for a in batch]
        total = None if None in budgets else sum(budgets)
        if len(batch) > 1:
            docs, error, timed_out, elapsed = _guarded(
                lambda: list(self.nlp.pipe([a.text for a in batch], batch_size=len(batch))),
                total)
            if error is None and not timed_out:
                chars = sum(len(a.text) for a in batch) or 1
                return [(a, d, elapsed * len(a.text) / chars) for a, d in zip(batch, docs)]
        out = []
        for article, budget in zip(batch, budgets):
            doc, error, timed_out, elapsed = _guarded(lambda: self.nlp(article.text), budget)
            if error is not None or timed_out:
                doc = failure(article, "parse", error, elapsed, budget)
            out.append((article, doc, elapsed))
        return out


def analyze(articles: Iterable[Article], options: Options = Options()) -> Iterator[Analysis]:
    """Analyse articles with a fresh (cached-model) analyzer."""
    return Analyzer(options).analyze(articles)


def analyze_text(text: str, published=None, options: Options = Options(), **meta) -> Analysis:
    """Convenience: analyse one text given as a string; ``published`` may be a date or any
    form ``--published`` accepts ("2025-05-29")."""
    if published is not None:
        published = parse_published(published, "published")
    article = Article.make(text, published=published, **meta)
    return next(Analyzer(options).analyze([article]))

