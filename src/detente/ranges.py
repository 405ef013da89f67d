"""Offset-range queries by bisection, for stages that ask them once per token, mention or quote.

A scan of every earlier quote, place or date for each new one is quadratic in the article's
length; these answer the same questions in O(log n) after an O(n log n) index.
"""

from __future__ import annotations

import bisect
import itertools
from typing import Any, Callable, Hashable


class Overlaps:
    """Whether [a, b) overlaps one of ``ranges``: some (s, e) with a < e and s < b."""

    def __init__(self, ranges):
        self.ranges = sorted(ranges)
        self.starts = [s for s, _ in self.ranges]
        # the furthest end among the ranges sorted so far: one comparison answers for all
        self.reach = list(itertools.accumulate((e for _, e in self.ranges), max))

    def __call__(self, a: int, b: int) -> bool:
        k = bisect.bisect_left(self.starts, b)  # the ranges starting before b
        return k > 0 and self.reach[k - 1] > a


#: the signature of ``ArticleContext.cache``: (key, compute) -> the value computed once
Cache = Callable[[Hashable, Callable[[], Any]], Any]


def uncached(key: Hashable, compute: Callable[[], Any]) -> Any:
    """A ``Cache`` that keeps nothing, for callers outside an article (tests, one-off calls)."""
    return compute()


def starting_in(items: list, lo: int, hi: int, key: str = "start", *,
                cache: Cache | None = None) -> list:
    """The items whose ``key`` attribute (an offset) lies in [lo, hi), in the list's own order.

    With ``cache`` (the article's), the sorted index of a list is built once and kept there;
    without, it is built for this one call. The index is rebuilt when the list is a different
    object or has changed length; a list edited in place at the same length is not noticed,
    so pass lists that are done growing.
    """
    # (id(list), key) -> (list, length, keys sorted, positions in that order); the list is
    # held so its id cannot be reused while the article's cache lives
    indexes: dict = cache("ranges.indexes", dict) if cache is not None else {}
    entry = indexes.get((id(items), key))
    if entry is None or entry[0] is not items or entry[1] != len(items):
        order = sorted(range(len(items)), key=lambda k: getattr(items[k], key))
        entry = (items, len(items), [getattr(items[k], key) for k in order], order)
        indexes[(id(items), key)] = entry
    keys, order = entry[2], entry[3]
    i, j = bisect.bisect_left(keys, lo), bisect.bisect_left(keys, hi)
    if j - i == 1:
        return [items[order[i]]]
    return [items[k] for k in sorted(order[i:j])]
