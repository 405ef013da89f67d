"""What every extraction stage gets about one article: the parse and the earlier stages' output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Hashable, TypeVar

from . import docview
from .ranges import starting_in
from .records import Article, DateRef, Evidence, Place

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .actors import ArticleActors

T = TypeVar("T")


@dataclass
class ArticleContext:
    """The parsed article plus the actors, dates and places found in it (in that order)."""

    article: Article
    doc: "Doc"
    actors: "ArticleActors"
    dates: list[DateRef]
    places: list[Place]
    #: the article's one cache (see ``cache``): it lives and dies with this context, so no
    #: result of one article can be seen by another, nor by another thread
    _cache: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    def cache(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()`` the first time ``key`` is asked for in this article, then the same value.

        Keys are namespaced by the asking module ("quotes.sents", ("peace", "dates")) so two
        stages never share a key by accident. Values are owned by the cache: a caller that
        mutates one changes it for every later caller, which only the owner of the key may do.
        """
        try:
            return self._cache[key]
        except KeyError:
            value = self._cache[key] = compute()
            return value

    def text(self) -> str:
        """The article text, built once: spaCy rebuilds ``Doc.text`` from every token on each
        access, so asking for it per mention makes a stage quadratic in article length."""
        return docview.text(self.doc)

    def sentences(self) -> list["Span"]:
        """The parse's sentences, built once for every stage (``Doc.sents`` is rebuilt from the
        tokens on each access)."""
        return docview.sents(self.doc)

    def dates_in(self, start: int, end: int) -> list[DateRef]:
        """Date expressions that lie inside the character range [start, end)."""
        # by bisection: asked per candidate and trigger, a scan would be quadratic in dates
        return [d for d in starting_in(self.dates, start, end + 1, cache=self.cache)
                if d.end <= end]

    def places_in(self, start: int, end: int) -> list[Place]:
        """Place mentions that lie inside the character range [start, end)."""
        return [p for p in starting_in(self.places, start, end + 1, cache=self.cache)
                if p.end <= end]


def evidence(sent: "Span", trigger: "Span | Token | None" = None) -> Evidence:
    """Evidence pointing at ``sent`` (and the trigger words inside it)."""
    if trigger is None:
        return Evidence(sent.text, sent.start_char, sent.end_char)
    start = trigger.idx if hasattr(trigger, "idx") else trigger.start_char
    end = start + len(trigger.text)
    return Evidence(sent.text, sent.start_char, sent.end_char, trigger.text, start, end)
