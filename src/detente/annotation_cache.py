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
Even a key it has not met was slow: the rule lemmatizer asks whether a candidate form is in
the word index of its part of speech, and the model ships each index as a list (57,000 nouns),
so every question walked the list. ``CachedLemmas`` gives its lemmatizer a copy of the
lookups whose indexes are frozensets: the same words, the same answers, found by hash.
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.lookups import Lookups, Table
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
        for idx in single:
            self.single.add(str(idx), ruler.matcher.get(str(idx))[1])
        # A multi-token pattern of plain token tests (the few in the model: "gon na",
        # "there is") is matched from the same cache: each of its token tests is a one-token
        # pattern ("part"), a token's key records which parts it matches as bits, and a match
        # is a run of tokens holding the parts in order. Any other kind keeps the Matcher.
        self.parts = Matcher(self.vocab)
        self.chains: list[tuple[int, int, list[int]]] = []  #: (index, match id, part bits)
        other = []
        for idx in multi:
            patterns = ruler.matcher.get(str(idx))[1]
            bit = sum(len(c[2]) for c in self.chains)
            if len(patterns) != 1 or bit + len(patterns[0]) > 64 or not all(
                    _keyed(spec, words, regexes) for spec in patterns[0]):
                other.append(idx)
                continue
            bits = list(range(bit, bit + len(patterns[0])))
            for b, spec in zip(bits, patterns[0]):
                self.parts.add(str(b), [[spec]])
            self.chains.append((idx, self.vocab.strings.add(str(idx)), bits))
        self.multi = Matcher(self.vocab) if other else None
        for idx in other:
            self.multi.add(str(idx), ruler.matcher.get(str(idx))[1])
        #: (tag, dep, is_space, form) hashes -> (((pattern index, match id), ...), effect slot,
        #: part bits)
        self.cache: dict[tuple, tuple[tuple[tuple[int, int], ...], int, int]] = {}
        self.forms: dict[int, int] = {}  #: lower-case form hash -> itself, or 0 (no pattern's)
        #: the attributes single-token patterns set, written as columns; None: not writable
        #: that way (an extension attribute, or a pattern that points past its token)
        self.columns = _columns(ruler, single)
        self.effects: list[tuple] = []  #: per slot: the value each column gets, or None
        self.table: tuple[numpy.ndarray, numpy.ndarray] | None = None
        self.last: tuple | None = None  #: the latest doc's matches, slots and multi matches
        self.original_set = ruler.set_annotations

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

    def _single(self, token) -> tuple[tuple[tuple[int, int], ...], int]:
        """The single-token patterns ``token`` matches, by the model's own matcher, and the
        parts of multi-token patterns it matches (bits)."""
        one = Doc(self.vocab, words=[token.text], spaces=[False])
        one[0].tag_, one[0].dep_ = token.tag_, token.dep_
        hit = tuple((int(self.vocab.strings[m_id]), m_id)
                    for m_id, _, _ in self.single(one, allow_missing=True))
        mask = 0
        for m_id, _, _ in self.parts(one, allow_missing=True) if self.chains else ():
            mask |= 1 << int(self.vocab.strings[m_id])
        return hit, mask

    def _chains(self, masks: list[int]) -> list[tuple[int, int, int, int]]:
        """Matches of the multi-token patterns read from the tokens' part bits."""
        out: list[tuple[int, int, int, int]] = []
        if not self.chains or not masks:
            return out
        column = numpy.asarray(masks, dtype=numpy.uint64)
        n = len(masks)
        for idx, m_id, bits in self.chains:
            size = len(bits)
            if size > n:
                continue
            found = numpy.ones(n - size + 1, dtype=bool)
            for k, bit in enumerate(bits):
                found &= (column[k:n - size + 1 + k] >> numpy.uint64(bit)) & numpy.uint64(1) == 1
            out.extend((idx, m_id, int(s), int(s) + size) for s in numpy.flatnonzero(found))
        return out

    def __call__(self, doc: Doc) -> list[tuple[int, int, int, int]]:
        matches = []
        cache, slots, masks = self.cache, [], []
        cleared = False
        for i, (tag, dep, space, lower) in enumerate(
                doc.to_array([TAG, DEP, IS_SPACE, LOWER]).tolist()):
            key = (tag, dep, space, self._form(lower))
            entry = cache.get(key)
            if entry is None:
                if len(cache) >= MAX_KEYS:
                    cache.clear()
                    self.effects.clear()
                    self.table = None  # its rows were the cleared slots
                    cleared = True  # slots met earlier in this doc are void now
                hit, mask = self._single(doc[i])
                entry = cache[key] = (hit, len(self.effects), mask)
                self.effects.append(self._effect(hit))
            matches.extend((idx, m_id, i, i + 1) for idx, m_id in entry[0])
            slots.append(entry[1])
            masks.append(entry[2])
        multi = self._chains(masks)
        if self.multi is not None:
            multi.extend((int(self.vocab.strings[m_id]), m_id, s, e)
                         for m_id, s, e in self.multi(doc, allow_missing=True))
        matches.extend(multi)
        matches.sort()
        # what set_annotations needs to write the same values column by column
        self.last = None if cleared or self.columns is None else (matches, slots, multi)
        return matches

    # ------------------------------------------------------------ writing the attributes
    def _effect(self, hit: tuple[tuple[int, int], ...]) -> tuple:
        """What the ruler leaves on a token that matches ``hit`` (applied in order, later
        patterns overwriting earlier ones), one value or None (untouched) per column."""
        values: dict[int, int] = {}
        for idx, _ in hit:
            values.update(self.ruler.attrs[idx])
        return tuple(values.get(col) for col in self.columns or ())

    def _table(self) -> tuple[numpy.ndarray, numpy.ndarray]:
        """Per effect slot, the value each column gets and whether it is set at all. Rows are
        added for the slots new since the last call (the cache drops the table when it
        starts over), not rebuilt: early in a run nearly every document brings new keys."""
        have = 0 if self.table is None else len(self.table[0])
        if have < len(self.effects):
            width = len(self.columns or ())
            fresh = self.effects[have:]
            values = numpy.zeros((len(fresh), width), dtype=numpy.uint64)
            touched = numpy.zeros((len(fresh), width), dtype=bool)
            for row, effect in enumerate(fresh):
                for col, value in enumerate(effect):
                    if value is not None:
                        values[row, col], touched[row, col] = value, True
            if self.table is not None:
                values = numpy.concatenate([self.table[0], values])
                touched = numpy.concatenate([self.table[1], touched])
            self.table = (values, touched)
        return self.table

    def set_annotations(self, doc: Doc, matches) -> None:
        """The ruler's ``set_annotations``: the same values, written as columns.

        A token touched by a multi-token pattern gets all its matches replayed afterwards by
        the original, in the original order, so the last pattern still wins. The values depend
        on the matches alone, so matches equal to the ones ``__call__`` kept are enough."""
        last, self.last = self.last, None
        if last is None or len(last[1]) != len(doc) or last[0] != matches:
            return self.original_set(doc, matches)
        _, slots, multi = last
        if len(doc):
            values, touched = self._table()
            rows = numpy.asarray(slots, dtype=numpy.intp)
            current = doc.to_array(self.columns)
            if current.ndim == 1:
                current = current.reshape(-1, 1)
            doc.from_array(self.columns, numpy.where(touched[rows], values[rows], current))
        if multi:
            targets = {self._target(m) for m in multi}
            self.original_set(doc, [m for m in matches if self._target(m) in targets])

    def _target(self, match: tuple[int, int, int, int]) -> int:
        idx, _, start, end = match
        index = self.ruler.indices[idx]
        return start + index if index >= 0 else end + index


def _columns(ruler: Any, single: list[int]) -> list[int] | None:
    columns: set[int] = set()
    for idx in single:
        attrs = ruler.attrs[idx]
        if ruler.indices[idx] not in (0, -1) or not all(isinstance(a, int) for a in attrs):
            return None
        columns.update(attrs)
    return sorted(columns)


def _plan(ruler: Any) -> tuple[list[int], list[int], set[str], list[re.Pattern]] | None:
    """Split the ruler's patterns into single- and multi-token ones and collect the forms
    they name; None when a single-token pattern tests something the key does not hold."""
    single, multi, words, regexes = [], [], set(), []
    for idx in range(len(ruler.attrs)):
        _, patterns = ruler.matcher.get(str(idx))
        if any(len(p) != 1 for p in patterns):
            multi.append(idx)
            continue
        if not all(_keyed(spec, words, regexes) for (spec,) in patterns):
            return None
        single.append(idx)
    return single, multi, words, regexes


def _keyed(spec: dict, words: set[str], regexes: list[re.Pattern]) -> bool:
    """Whether a token test looks only at what the cache key holds; the forms it names are
    added to ``words`` and ``regexes`` (so the key keeps them)."""
    if set(spec) - _KEY_ATTRS:
        return False
    lower = spec.get("LOWER")
    if lower is None:
        return True
    if isinstance(lower, str):
        words.add(lower)
    elif isinstance(lower, dict) and set(lower) <= {"IN", "REGEX"}:
        words.update(lower.get("IN", ()))
        if "REGEX" in lower:
            regexes.append(re.compile(lower["REGEX"]))
    else:
        return False
    return True


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


def hashed_index(lookups: Lookups) -> Lookups:
    """``lookups`` with every ``lemma_index`` entry a frozenset (membership is all the rule
    lemmatizer asks of it); the other tables are shared, the original is left as it is."""
    if "lemma_index" not in lookups.tables:
        return lookups
    fast = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        if name == "lemma_index":
            index = Table(name=name, data={key: frozenset(words) for key, words in table.items()})
            table = index
        fast.set_table(name, table)
    return fast


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
    lem.lookups = hashed_index(lem.lookups)
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
    ruler.set_annotations = ruler.match.set_annotations
    return True


def install(nlp) -> tuple[bool, bool]:
    """Cache ``nlp``'s attribute ruler and rule lemmatizer where that stays exact: (ruler
    cached?, lemmatizer cached?). A component that cannot be cached is left as it is."""
    return _cache_ruler(nlp), _cache_lemmatizer(nlp)
