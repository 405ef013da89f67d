"""Composes the stages: ingest -> nlp -> actors -> dates -> places -> events -> quotes -> peace.

``analyze`` is the one library entry point that the CLI, the store and the evaluation use.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Iterator

from . import actors as actors_mod
from . import dates as dates_mod
from . import events as events_mod
from . import nlp as nlp_mod
from . import places as places_mod
from . import quotes as quotes_mod
from .context import ArticleContext
from .records import Analysis, Article


@dataclass(frozen=True)
class Options:
    """How to run the pipeline. One object instead of a row of keyword flags."""

    model: str = nlp_mod.DEFAULT_MODEL  #: "sm", "md", or an installed spaCy package name
    kb_paths: tuple[str, ...] = ()  #: extra knowledge-base files (YAML/CSV) to load on top
    batch_size: int = 16  #: articles per nlp.pipe batch
    ledger: bool = True  #: also extract the per-article peace-process layer
    extra: dict = field(default_factory=dict, compare=False, hash=False)


class Analyzer:
    """Holds the loaded model and knowledge bases; reuse one per process."""

    def __init__(self, options: Options = Options()):
        self.options = options
        self.nlp = nlp_mod.load(options.model)
        self.kb = actors_mod.load_kb(options.kb_paths)
        self.gazetteer = places_mod.default_gazetteer()

    def analyze_doc(self, doc, article: Article) -> Analysis:
        """Run every stage after the parse on one parsed article."""
        ctx = ArticleContext(
            article=article,
            doc=doc,
            actors=actors_mod.ArticleActors(doc, self.kb, article.published),
            dates=dates_mod.resolve_dates(doc, article.published),
            places=places_mod.find_places(doc, self.gazetteer),
        )
        events = events_mod.extract_events(ctx)
        quotes = quotes_mod.extract_quotes(ctx)
        ledger: dict = {}
        if self.options.ledger:
            from . import peace

            ledger = peace.analyze_article(ctx, events, quotes)
        return Analysis(
            article=article,
            events=tuple(events),
            quotes=tuple(quotes),
            statements=tuple(ledger.get("statements", ())),
            rounds=tuple(ledger.get("rounds", ())),
            positions=tuple(ledger.get("positions", ())),
            claims=tuple(ledger.get("claims", ())),
        )

    def analyze(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Analyse articles in input order, parsing them in batches."""
        pairs = ((a.text, a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True,
                                          batch_size=self.options.batch_size):
            yield self.analyze_doc(doc, article)


def analyze(articles: Iterable[Article], options: Options = Options()) -> Iterator[Analysis]:
    """Analyse articles with a fresh (cached-model) analyzer."""
    return Analyzer(options).analyze(articles)


def analyze_text(text: str, published=None, options: Options = Options(), **meta) -> Analysis:
    """Convenience: analyse one text given as a string."""
    article = Article.make(text, published=published, **meta)
    return next(Analyzer(options).analyze([article]))
