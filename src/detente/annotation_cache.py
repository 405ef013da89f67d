"""The model's attribute ruler and lemmatizer, made cheap: the same annotations, worked out
once per kind of token.

**The attribute ruler.**
spaCy's ``attribute_ruler`` (the component that sets POS, morphology and some lemmas from
the tagger's tags) runs a ``Matcher`` of about 180 patterns over every token: on news text
that costs as much as the parser. Almost all of those patterns look at one token only, and
only at its tag, dependency label, whitespace-ness and lower-cased form, where the form
matters only when it is a word some pattern names (or matches a pattern's regex). So the
single-token matches of a token are a function of a small key, computed once per key by the
model's own ``Matcher`` on a one-token document and kept; the few multi-token patterns are
still matched over the document. The sorted match list, and so every attribute the ruler
sets, is exactly what the original ``match`` returns (``tests/test_attribute_cache.py``
compares every token of the example corpus).

A model whose ruler uses anything else in a pattern (another attribute, another operator on
the form) keeps its original ``match``.

**The lemmatizer.** The rule lemmatizer's lemma is a function of the token's form, POS and
morphology (its own cache uses that key), but it caches only some of its answers and walks
the document token by token in Python. ``CachedLemmas`` takes its place in the pipeline
under the same name: it reads the three columns at once, asks the model's lemmatizer only
for a key it has not met, and writes the lemmas back as one column. Tokens whose lemma the
attribute ruler already set keep it, as with the original (which does not overwrite).
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

#: Token attributes a single-token pattern may test for the cache to stay exact.
_KEY_ATTRS = {"TAG", "LOWER", "DEP", "IS_SPACE"}
#: Entries kept before the cache starts over (a key is tiny; news needs a few thousand).
MAX_KEYS = 200_000


class CachedMatch:
    """A drop-in for ``AttributeRuler.match`` (see the module docstring)."""

    def __init__(self, ruler: Any, single: list[int], multi: list[int],
                 words: set[str], regexes: list[re.Pattern]):
        self.ruler = ruler
        self.vocab = ruler.vocab
        self.words = words
        self.regexes = regexes
        self.single = Matcher(self.vocab)
        self.multi = Matcher(self.vocab) if multi else None
        for idx in single:
            self.single.add(str(idx), ruler.matcher.get(str(idx))[1])
        for idx in multi:
            self.multi.add(str(idx), ruler.matcher.get(str(idx))[1])
        #: (tag, dep, is_space, form) hashes -> ((pattern index, match id), ...)
        self.cache: dict[tuple, tuple[tuple[int, int], ...]] = {}
        self.forms: dict[int, int] = {}  #: lower-case form hash -> itself, or 0 (no pattern's)

    def _form(self, lower: int) -> int:
        form = self.forms.get(lower)
        if form is None:
            text = self.vocab.strings[lower]
            named = text in self.words or any(rx.search(text) for rx in self.regexes)
            form = lower if named else 0
            if len(self.forms) >= MAX_KEYS:
                self.forms.clear()
            self.forms[lower] = form
        return form

    def _single(self, token) -> tuple[tuple[int, int], ...]:
        """The single-token patterns ``token`` matches, by the model's own matcher."""
        one = Doc(self.vocab, words=[token.text], spaces=[False])
        one[0].tag_, one[0].dep_ = token.tag_, token.dep_
        return tuple((int(self.vocab.strings[m_id]), m_id)
                     for m_id, _, _ in self.single(one, allow_missing=True))

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = []
        cache = self.cache
        for i, (tag, dep, space, lower) in enumerate(
                doc.to_array([TAG, DEP, IS_SPACE, LOWER]).tolist()):
            key = (tag, dep, space, self._form(lower))
            hit = cache.get(key)
            if hit is None:
                hit = self._single(doc[i])
                if len(cache) >= MAX_KEYS:
                    cache.clear()
                cache[key] = hit
            matches.extend((idx, m_id, i, i + 1) for idx, m_id in hit)
        if self.multi is not None:
            matches.extend((int(self.vocab.strings[m_id]), m_id, s, e)
                           for m_id, s, e in self.multi(doc, allow_missing=True))
        matches.sort()
        return matches


def _plan(ruler: Any) -> tuple[list[int], list[int], set[str], list[re.Pattern]] | None:
    """Split the ruler's patterns into single- and multi-token ones and collect the forms
    they name; None when a single-token pattern tests something the key does not hold."""
    single, multi, words, regexes = [], [], set(), []
    for idx in range(len(ruler.attrs)):
        _, patterns = ruler.matcher.get(str(idx))
        if any(len(p) != 1 for p in patterns):
            multi.append(idx)
            continue
        for (spec,) in patterns:
            if set(spec) - _KEY_ATTRS:
                return None
            lower = spec.get("LOWER")
            if lower is None:
                continue
            if isinstance(lower, str):
                words.add(lower)
            elif isinstance(lower, dict) and set(lower) <= {"IN", "REGEX"}:
                words.update(lower.get("IN", ()))
                if "REGEX" in lower:
                    regexes.append(re.compile(lower["REGEX"]))
            else:
                return None
        single.append(idx)
    return single, multi, words, regexes


class CachedLemmas:
    """Stands in the pipeline for a rule ``Lemmatizer`` (``inner``), with the same output."""

    def __init__(self) -> None:
        self.inner: Lemmatizer | None = None
        self.cache: dict[tuple[int, int, int], int] = {}  #: (orth, pos, morph) -> lemma

    def __call__(self, doc: Doc) -> Doc:
        inner = self.inner
        assert inner is not None, "CachedLemmas used before install() gave it the lemmatizer"
        if inner.overwrite:
            return inner(doc)
        cols = doc.to_array([ORTH, POS, MORPH, LEMMA])
        lemmas = cols[:, 3].copy()
        strings, cache = doc.vocab.strings, self.cache
        for i, (orth, pos, morph, lemma) in enumerate(cols.tolist()):
            if lemma:
                continue  # set by the attribute ruler: the original keeps it too
            key = (orth, pos, morph)
            found = cache.get(key)
            if found is None:
                found = strings.add(inner.lemmatize(doc[i])[0])
                if len(cache) >= MAX_KEYS:
                    cache.clear()
                cache[key] = found
            lemmas[i] = found
        doc.from_array([LEMMA], lemmas.reshape(-1, 1).astype(numpy.uint64))
        return doc

    def pipe(self, docs, batch_size: int = 1000):
        for doc in docs:
            yield self(doc)


@Language.factory("detente_cached_lemmatizer")
def _cached_lemmatizer(nlp: Language, name: str) -> CachedLemmas:
    return CachedLemmas()


def _cache_lemmatizer(nlp) -> bool:
    lem = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if isinstance(lem, CachedLemmas):
        return True
    if not isinstance(lem, Lemmatizer) or lem.mode != "rule":
        return False
    names = nlp.pipe_names
    after = names[names.index("lemmatizer") + 1:]
    nlp.remove_pipe("lemmatizer")
    place = {"before": after[0]} if after else {}
    cached = nlp.add_pipe("detente_cached_lemmatizer", name="lemmatizer", **place)
    cached.inner = lem
    return True


def _cache_ruler(nlp) -> bool:
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if isinstance(getattr(ruler, "match", None), CachedMatch):
        return True
    plan = _plan(ruler)
    if plan is None:
        return False
    ruler.match = CachedMatch(ruler, *plan)
    return True


def install(nlp) -> tuple[bool, bool]:
    """Cache ``nlp``'s attribute ruler and rule lemmatizer where that stays exact: (ruler
    cached?, lemmatizer cached?). A component that cannot be cached is left as it is."""
    return _cache_ruler(nlp), _cache_lemmatizer(nlp)
