"""The CONSULT events a round rests on: the event stage's meeting, read by the ledger.

A talks mention that the event stage coded as CONSULT takes its parties, date, venue and
modality from that event, so one meeting is told once, with one set of codes, in ``events`` and
in ``rounds``. The ledger adds only what the event does not code: status words ("postponed"),
format, level, outcome, mediators and host, and the earlier round implied by "the first talks
since ...". A mention the event stage did not code keeps the ledger's own reading of the parse
(through the actor, date and place stages; see ``_support``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from ..records import DateRef, Event
from ._support import party_code

#: What a CONSULT event's modality says about the meeting when no status word does.
_STATUS = {"asserted": "held", "historical": "held"}
#: Statuses the text can give to talks that were not held as reported: cancelled, put off,
#: or still to come ("would meet if ..." with "expected").
OVERRIDING = frozenset({"postponed", "cancelled", "expected", "scheduled", "announced"})


@dataclass(frozen=True)
class Meetings:
    """The article's CONSULT events, by where their trigger starts."""

    events: tuple[Event, ...]
    starts: tuple[int, ...]

    @classmethod
    def of(cls, events) -> "Meetings":
        found = sorted((e for e in events or () if e.event == "CONSULT"
                        and e.evidence.trigger_start is not None),
                       key=lambda e: e.evidence.trigger_start)
        return cls(tuple(found), tuple(e.evidence.trigger_start for e in found))

    def within(self, start: int, end: int) -> list[Event]:
        """Events whose trigger starts inside [start, end)."""
        lo = bisect.bisect_left(self.starts, start)
        hi = bisect.bisect_left(self.starts, end)
        return list(self.events[lo:hi])


def event_for(meetings: Meetings, noun, verb=None) -> Event | None:
    """The CONSULT event a talks noun belongs to: one whose trigger covers the noun, else one
    triggered after it in its phrase ("a round of negotiations"), else one on the verb that
    governs it ("held talks"); the nearest to the noun wins."""
    doc = noun.doc
    at, end = noun.idx, noun.idx + len(noun)
    right = doc[noun.right_edge.i]
    hi = right.idx + len(right)
    sent = noun.sent
    covering = [e for e in meetings.within(sent.start_char, end)
                if e.evidence.trigger_start <= at and at < (e.evidence.trigger_end or 0)]
    if covering:
        return covering[-1]
    # after the noun only: an earlier talks noun in the same phrase is another meeting ("the
    # G7 talks in Quebec follow U.S.-Ukraine talks in Jeddah")
    inside = meetings.within(at, hi)
    if inside:
        return min(inside, key=lambda e: abs(e.evidence.trigger_start - at))
    if verb is not None:
        on_verb = meetings.within(verb.idx, verb.idx + len(verb))
        if on_verb:
            return on_verb[0]
    return None


def event_dated(meetings: Meetings, start: int, end: int, value: str) -> Event | None:
    """The CONSULT event in [start, end) dated ``value`` (the earlier round of "the first talks
    since March 2022" is the event the date stage dated March 2022)."""
    return next((e for e in meetings.within(start, end)
                 if e.date == value and e.date_basis == "text"), None)


def party_codes(event: Event) -> list[str]:
    """The codes of the event's actors and recipients, in order (organisations by their short
    name, as rounds name mediators: "IGO" alone says nothing)."""
    out: list[str] = []
    for a in (*event.actor, *event.recipient):
        code = party_code(a)
        if code and code not in out:
            out.append(code)
    return out


def date_of(event: Event) -> DateRef | None:
    """The event's date as a reference, when the text states it (a date taken from the
    publication is when the story was told, not when the meeting was)."""
    if not event.date or event.date_basis != "text":
        return None
    return DateRef(event.date_text or "", -1, -1, "point", event.date, event.date_precision)


def status_of(event: Event) -> str | None:
    """What the event's modality says of the meeting: held, to come, or nothing (a negated or
    hypothetical meeting is not a round unless a status word makes it one)."""
    if event.modality == "future":
        return "scheduled" if date_of(event) else "expected"
    return _STATUS.get(event.modality)
