"""What every extraction stage gets about one article: the parse and the earlier stages' output."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .ranges import starting_in
from .records import Article, DateRef, Evidence, Place

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

    from .actors import ArticleActors


@dataclass
class ArticleContext:
    """The parsed article plus the actors, dates and places found in it (in that order)."""

    article: Article
    doc: "Doc"
    actors: "ArticleActors"
    dates: list[DateRef]
    places: list[Place]
    #: per-article results that several stages ask for (e.g. speaker dates), computed once
    memo: dict = field(default_factory=dict, repr=False)

    def dates_in(self, start: int, end: int) -> list[DateRef]:
        """Date expressions that lie inside the character range [start, end)."""
        # by bisection: asked per candidate and trigger, a scan would be quadratic in dates
        return [d for d in starting_in(self.dates, start, end + 1) if d.end <= end]

    def places_in(self, start: int, end: int) -> list[Place]:
        """Place mentions that lie inside the character range [start, end)."""
        return [p for p in starting_in(self.places, start, end + 1) if p.end <= end]


def evidence(sent: "Span", trigger: "Span | Token | None" = None) -> Evidence:
    """Evidence pointing at ``sent`` (and the trigger words inside it)."""
    if trigger is None:
        return Evidence(sent.text, sent.start_char, sent.end_char)
    start = trigger.idx if hasattr(trigger, "idx") else trigger.start_char
    end = start + len(trigger.text)
    return Evidence(sent.text, sent.start_char, sent.end_char, trigger.text, start, end)
