"""Linear cost: the range look-ups that replaced per-item scans give the scans' answers, and
touch a number of items that grows with the answers, not with the article.

No timings here (they belong in benchmarks/stage_cost.py): the cost is counted in reads of the
items' offsets, which a scan makes once per item per query.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from detente.ranges import Overlaps, starting_in


@dataclass(frozen=True)
class Ref:
    start: int
    end: int


class Counted:
    """An item whose offsets count how often they are read."""

    reads = 0

    def __init__(self, start: int, end: int):
        self._start, self._end = start, end

    @property
    def start(self) -> int:
        Counted.reads += 1
        return self._start

    @property
    def end(self) -> int:
        Counted.reads += 1
        return self._end


ranges = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)).map(
    lambda t: (t[0], t[0] + t[1])), max_size=30)


@settings(max_examples=300, deadline=None)
@given(ranges, st.integers(-5, 80), st.integers(0, 20))
def test_overlaps_answers_as_a_scan_does(spans, a, width):
    b = a + width
    assert Overlaps(spans)(a, b) == any(a < e and s < b for s, e in spans)


@settings(max_examples=300, deadline=None)
@given(ranges, st.integers(-5, 80), st.integers(0, 20))
def test_starting_in_keeps_the_list_order(spans, lo, width):
    items = [Ref(s, e) for s, e in spans]  # deliberately not sorted
    hi = lo + width
    assert starting_in(items, lo, hi) == [r for r in items if lo <= r.start < hi]
    assert starting_in(items, lo, hi, key="end") == [r for r in items if lo <= r.end < hi]


def test_starting_in_notices_a_list_that_grew():
    items = [Ref(5, 6)]
    store: dict = {}
    cache = lambda key, compute: store[key] if key in store else store.setdefault(key, compute())  # noqa: E731
    assert starting_in(items, 0, 10, cache=cache) == [Ref(5, 6)]
    items.append(Ref(1, 2))
    assert starting_in(items, 0, 10, cache=cache) == [Ref(5, 6), Ref(1, 2)]


def test_one_query_per_item_reads_each_offset_about_once():
    """n items, n window queries: a scan reads n*n offsets; the index about 2n log n."""
    n = 4000
    items = [Counted(10 * k, 10 * k + 5) for k in range(n)]
    store: dict = {}
    cache = lambda key, compute: store[key] if key in store else store.setdefault(key, compute())  # noqa: E731
    Counted.reads = 0
    for k in range(n):
        assert len(starting_in(items, 10 * k, 10 * k + 10, cache=cache)) == 1
    assert Counted.reads <= 3 * n  # the index build reads each start once (sort keys + list)


def test_dates_in_reads_only_the_dates_of_the_window():
    from detente.context import ArticleContext
    from detente.records import Article

    n = 4000
    refs = [Counted(10 * k, 10 * k + 5) for k in range(n)]
    ctx = ArticleContext(Article.make("x", published=None), None, None, refs, [])
    ctx.dates_in(0, 1)  # build the index
    Counted.reads = 0
    for k in range(n):
        assert len(ctx.dates_in(10 * k, 10 * k + 9)) == 1
    assert Counted.reads == n  # one .end per date found, nothing else


def test_context_dates_in_is_the_scan_it_replaced():
    from detente.context import ArticleContext
    from detente.records import Article, DateRef

    refs = [DateRef("May 16", s, s + 6, "point", "2025-05-16", "day") for s in (40, 3, 20, 20)]
    ctx = ArticleContext(Article.make("x" * 60, published=dt.date(2025, 5, 29)), None, None,
                         refs, [])
    for lo, hi in ((0, 60), (3, 9), (3, 8), (20, 26), (21, 60), (0, 0)):
        assert ctx.dates_in(lo, hi) == [d for d in refs if d.start >= lo and d.end <= hi]


@pytest.mark.model
def test_resolve_reads_few_mentions_per_call(nlp_sm):
    """ArticleActors.resolve once per sentence of a long article: the mentions it compares
    stay a small multiple of the calls, where a scan compares every mention every call."""
    from detente.actors import ArticleActors, load_kb

    text = "Russia and Ukraine met Turkey in Istanbul. " * 200
    doc = nlp_sm(text)
    actors = ArticleActors(doc, load_kb(), dt.date(2025, 5, 29))
    mentions = actors._mentions
    assert len(mentions) >= 400
    counted = [CountedMention(m) for m in mentions]
    actors._mentions = counted
    actors._index = None
    sents = list(doc.sents)
    by_scan = [tuple(m for m in counted if m._m.start_char < s.end_char
                     and m._m.end_char > s.start_char) for s in sents]
    CountedMention.reads = 0
    for sent, expected in zip(sents, by_scan):
        found = actors._overlapping(sent.start_char, sent.end_char)
        assert [m._m for m in found] == [m._m for m in expected]
    # building the index reads each mention three times; each call then reads the few
    # mentions it returns (and one or two beside them)
    assert CountedMention.reads <= 3 * len(counted) + 8 * len(sents)


class CountedMention:
    reads = 0

    def __init__(self, m):
        self._m = m

    def __getattr__(self, name):
        CountedMention.reads += 1
        return getattr(self._m, name)


def test_sentence_cap_starts_a_sentence_after_the_longest_run(blank_nlp):
    from detente.nlp import MAX_SENTENCE_TOKENS, _sentence_cap

    words = ["talks"] * (2 * MAX_SENTENCE_TOKENS + 10)
    words[50] = "."  # an end of sentence restarts the count
    doc = _sentence_cap(spacy.tokens.Doc(blank_nlp.vocab, words=words))
    starts = [t.i for t in doc if t.is_sent_start]
    assert starts == [0, 51 + MAX_SENTENCE_TOKENS]


def test_sentence_cap_leaves_ordinary_text_alone(blank_nlp):
    from detente.nlp import _sentence_cap

    doc = _sentence_cap(blank_nlp.make_doc("Talks were held in Geneva on Monday. " * 100))
    assert [t.i for t in doc if t.is_sent_start] == [0]


@pytest.mark.model
def test_parser_keeps_run_on_sentences_short(nlp_sm):
    from detente.nlp import MAX_SENTENCE_TOKENS

    doc = nlp_sm("held talks in Geneva on Monday and " * 150)
    assert max(len(s) for s in doc.sents) <= MAX_SENTENCE_TOKENS
    doc = nlp_sm("Russia and Ukraine held talks in Istanbul on Monday, officials said.")
    assert len(list(doc.sents)) == 1
