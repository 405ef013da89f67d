"""A visit to several states is one meeting in each: "The secretary will visit London, Berlin,
Warsaw and Ankara", "Macron visited Kenya and Ethiopia last week".

The parse gives one visit with every host as its recipient, and the place of the first. A
record says who met whom where; one record for the tour would put all of it in the first
city. Each stop becomes a record of its own: the visitor, that stop's state as the host, that
stop as the place. Only a visit word (``tour_words`` in data/lexicon/events.yaml) whose
hosts are all named by the places themselves, each of another state, is a tour: "met the
leaders of Kenya and Ethiopia in Nairobi" is one meeting, and so is a visit to two cities of
one state.
"""

from __future__ import annotations

from dataclasses import replace

from .extract import Draft
from .lexicon import events_words

__all__ = ["split_tours"]

#: lemmas of a visit ("visit", "tour")
TOUR_WORDS = events_words("tour_words")


def split_tours(kept: list[Draft], ctx) -> list[Draft]:
    """``kept`` with each tour replaced by one draft per stop, in the order named."""
    out: list[Draft] = []
    for d in kept:
        stops = _stops(ctx, d)
        if not stops:
            out.append(d)
            continue
        for host, place in stops:
            out.append(replace(d, recipient=(host,), location=place,
                               extra={**d.extra, "stop": host.code}))
    return out


def _stops(ctx, d: Draft) -> list[tuple]:
    """(host, place) per stop of a tour, or [] when ``d`` is no tour."""
    head = d.cand.noun if d.cand.noun is not None else d.cand.head
    if d.event != "CONSULT" or len(d.recipient) < 2 or \
            head.lemma_.lower() not in TOUR_WORDS:
        return []
    stops = []
    for host in d.recipient:
        if host.start < 0 or not host.code:
            return []
        place = next((p for p in ctx.places_in(host.start, host.end)
                      if (p.start, p.end) == (host.start, host.end)), None)
        if place is None or place.country != host.code:
            return []  # a host named as a party, not as the place visited
        stops.append((host, place))
    if len({host.code for host, _ in stops}) != len(stops):
        return []  # two cities of one state: one visit
    return stops
