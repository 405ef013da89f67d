"""One article's parse, read once and shared by every stage.

spaCy builds ``Doc.text`` from every token, ``Doc.ents`` and ``Doc.sents`` from the token
array, and a new ``Token`` object for every ``doc[i]`` and every step of ``for tok in doc``,
each time they are asked for. The stages ask for them again and again (the text four times
per article, the entities over a dozen times, the tokens in ten walks), which made that
rebuilding a large share of the analysis after the parse. These functions build each once
per document and hand the same value to every later caller.

The values live in the document's ``user_data`` under one key, so they die with the document
and no article sees another's; ``release`` drops them (the pipeline calls it when an article's
analysis ends, so the spans and tokens held there do not keep the document in a reference
cycle, and a document serialised afterwards carries none of them). Callers must not change
what they get: a list or tuple here is shared.

They assume the document is not changed after the parse (no retokenising, no new entities),
which holds for everything after ``nlp``.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Any, Callable

import numpy
from spacy.attrs import HEAD

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span, Token

_KEY = "detente.docview"


def _cached(doc: "Doc", name: str, build: Callable[[], Any]) -> Any:
    view = doc.user_data.get(_KEY)
    if view is None:
        view = doc.user_data[_KEY] = {}
    try:
        return view[name]
    except KeyError:
        value = view[name] = build()
        return value


def memo(doc: "Doc", name: str, build: Callable[[], Any]) -> Any:
    """``build()``, computed once per document and kept with the document's other views (a
    stage's per-article tally: ``name`` is prefixed with the stage's module)."""
    return _cached(doc, name, build)


def text(doc: "Doc") -> str:
    """``doc.text``, built once."""
    return _cached(doc, "text", lambda: doc.text)


def ents(doc: "Doc") -> tuple["Span", ...]:
    """``doc.ents``, built once."""
    return _cached(doc, "ents", lambda: doc.ents)


def sents(doc: "Doc") -> list["Span"]:
    """``list(doc.sents)``, built once."""
    return _cached(doc, "sents", lambda: list(doc.sents))


def tokens(doc: "Doc") -> list["Token"]:
    """``list(doc)``: one ``Token`` object per token for every walk of the article."""
    return _cached(doc, "tokens", lambda: list(doc))


def share(doc: "Doc") -> None:
    """Make ``token.sent`` and ``span.sent`` answer from the sentences built once.

    spaCy finds a token's sentence by walking the token array to both ends of it and builds
    a new ``Span`` on every call; the stages ask for it thousands of times per article. spaCy
    lets a document carry hooks for these two questions: the ones set here find the sentence
    holding the token (the span's first token) among ``sents(doc)`` by bisection, which is
    the sentence spaCy's own walk finds. A document without sentence boundaries keeps
    spaCy's answer (an error)."""
    if not len(doc) or not doc.has_annotation("SENT_START"):
        return
    found = sents(doc)
    starts = [s.start for s in found]

    def of_token(token: "Token") -> "Span":
        return found[bisect.bisect_right(starts, token.i) - 1]

    def of_span(span: "Span") -> "Span":
        return found[bisect.bisect_right(starts, span.start) - 1]

    doc.user_token_hooks["sent"] = of_token
    doc.user_span_hooks["sent"] = of_span


def sentences_before(sent: "Span", n: int) -> list["Span"]:
    """The ``n`` sentences before ``sent``, nearest first; fewer near the article's start."""
    doc, found = sent.doc, []
    for _ in range(n):
        if sent.start == 0:
            break
        sent = doc[sent.start - 1].sent
        found.append(sent)
    return found


def release(doc: "Doc") -> None:
    """Drop what was cached for ``doc``, and the sentence hooks of ``share``."""
    doc.user_data.pop(_KEY, None)
    doc.user_token_hooks.pop("sent", None)
    doc.user_span_hooks.pop("sent", None)


def heads(doc: "Doc") -> list[int]:
    """Each token's head as an absolute index (a root is its own head), read as one column."""
    def build() -> list[int]:
        # HEAD is stored relative and unsigned: back to signed, then absolute
        rel = doc.to_array([HEAD]).reshape(-1).astype(numpy.int64)
        return (rel + numpy.arange(len(doc), dtype=numpy.int64)).tolist()
    return _cached(doc, "heads", build)


def children(doc: "Doc") -> list[list[int]]:
    """Each token's children (indices, in text order, as ``Token.children`` gives them)."""
    def build() -> list[list[int]]:
        out: list[list[int]] = [[] for _ in range(len(doc))]
        for i, head in enumerate(heads(doc)):
            if head != i and 0 <= head < len(out):
                out[head].append(i)
        return out
    return _cached(doc, "children", build)


def ents_in(span: "Span") -> list["Span"]:
    """``span.ents`` (the entities wholly inside it) from the document's entities, found by
    bisection instead of a walk over every entity of the article."""
    doc = span.doc
    found = ents(doc)
    starts = _cached(doc, "ent_starts", lambda: [e.start for e in found])
    out = []
    for ent in found[bisect.bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break  # as Span.ents: the first one that reaches past the span ends the list
        out.append(ent)
    return out
