"""A meeting's venue told just after the act it was held for.

News opens with what a meeting produced and names where it met in the next sentence: "The
two parties have signed a peace deal ... Their leaders met in the port city of X to sign
it"; "The sides have agreed to extend the truce ... The agreement was announced in Y, where
negotiators have been holding talks"; "The country's leaders are holding a second day of
talks ... A mediator is again leading the talks in the capital, Z". Read sentence by
sentence, the opening act has no place of its own and is left off the map.

An act of ``venue_told_after`` (data/lexicon/places.yaml: a deal agreed or signed, a
meeting) told as done or to be done, with no place of its own, takes the place of the first
meeting (a CONSULT of the same time: done, or to come) told after it within
``venue_told_after_limits`` sentences, when:

- the meeting's place is named in its own sentence (not the dateline's, given to a party's
  statement);
- the two share a party's state (a third party's meeting elsewhere is another occasion);
- their dates agree (one unknown, or the same value);
- no place of another country than the venue's is named from the act's sentence to the
  meeting's: the story has moved on.

``occasions`` carries a meeting told before to the acts named as done at it ("during the
visit"); this pass looks the other way, from a summary to the meeting it sums up.

Public API:
    carry_venue_ahead(drafts, ctx) -> None
"""

from __future__ import annotations

from .. import knowledge
from .extract import Draft
from .lexicon import category_set

__all__ = ["carry_venue_ahead"]

_PLACES = "lexicon/places.yaml"
#: acts of a meeting that take the venue of the meeting told just after them
VENUE_TOLD_AFTER = category_set("venue_told_after", _PLACES)
#: how many sentences after the act its meeting may be told
REACH = int(knowledge.table(_PLACES, "venue_told_after_limits")["reach_sentences"])
#: the time of an act and of the meeting that places it must be the same
_SAME_TIME = ("asserted", "future")


def carry_venue_ahead(drafts: list[Draft], ctx) -> None:
    """Place unplaced meeting acts at the venue of the meeting told right after them.
    ``drafts``: in text order, each with ``extra["sent_index"]``."""
    for n, d in enumerate(drafts):
        if d.location is not None or d.event not in VENUE_TOLD_AFTER or \
                d.modality not in _SAME_TIME:
            continue
        meeting = _meeting_after(drafts[n + 1:], d)
        if meeting is not None and not _moved_on(ctx, d, meeting):
            d.location = meeting.location


def _meeting_after(after: list[Draft], d: Draft) -> Draft | None:
    """The first placed meeting of ``d``'s time and parties told in a later sentence within
    reach, else None."""
    sides = _codes(d)
    for m in after:
        gap = m.extra["sent_index"] - d.extra["sent_index"]
        if gap > REACH:
            return None
        if gap < 1 or m.event != "CONSULT" or m.location is None or m.modality != d.modality:
            continue
        if not m.sent.start_char <= m.location.start < m.sent.end_char:
            continue  # the dateline's place, not one the meeting's sentence names
        if sides & _codes(m) and _same_date(d, m):
            return m
    return None


def _codes(d: Draft) -> set:
    return {a.code for a in d.actor + d.recipient if a.code}


def _same_date(d: Draft, m: Draft) -> bool:
    first, second = (_value(x) for x in (d, m))
    return first is None or second is None or first == second


def _value(d: Draft):
    if d.date_override is not None:
        return d.date_override[0]
    return d.date.value if d.date is not None and d.date.value else None


def _moved_on(ctx, d: Draft, meeting: Draft) -> bool:
    """Whether a place of another country than the venue's is named from the act's sentence
    to the meeting's."""
    country = meeting.location.country
    return any(p.country and p.country != country
               for p in ctx.places_in(d.sent.start_char, meeting.sent.start_char))
