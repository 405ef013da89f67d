"""Typed records of the per-article peace-process ledger: statements, rounds, positions, claims.

They sit beside ``Event`` and ``Quote`` (``records.py``) and follow the same rules: frozen
dataclasses, ``as_dict()`` is the JSON output contract (DESIGN.md) and what the store's
``ledger`` table holds, and every ``id`` is a ``content_id`` of the article and the item.

The builders in ``detente.peace`` work on plain dicts while they merge mentions inside one
article (a round grows as later sentences add facts to it), then freeze each finished item
with ``from_dict``, which refuses keys it does not know so that a new key cannot reach the
output without a documented field. The private working keys of the round builder (``_weak``,
``_strong``, ``_anaphoric``, ``_speaker``, ``_implied``) are consumed inside ``peace/rounds.py``
before a round is frozen, so they are not fields here.

Sequences are tuples, so a record cannot be changed in place; nested objects that the contract
gives as open mappings (evidence, venue, sources) stay dicts, which makes these records
comparable but not hashable. ``as_dict()`` returns fresh lists and dicts each call: the
cross-article ledger edits what it gets without touching the record.

Optional fields marked *emitted only when set* are left out of ``as_dict()`` when ``None``,
exactly as the builders leave the key out of the dict today.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, ClassVar

from .errors import DetenteError
from .records import Actor, _plain


class LedgerRecordError(DetenteError, ValueError):
    """A ledger item has keys its record does not define (a builder and its record disagree)."""


def _from_dict(cls, data: dict[str, Any], convert: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise LedgerRecordError(
            f"{cls.__name__} has no field for key(s) {', '.join(unknown)}: add the field with a "
            f"'#:' doc to detente/ledger_records.py, or drop the key in the builder")
    kwargs = {}
    for k, v in data.items():
        if k in convert and v is not None:
            v = convert[k](v)
        elif isinstance(v, list):
            v = tuple(v)
        kwargs[k] = v
    return cls(**kwargs)


class _LedgerRecord:
    """Shared ``as_dict``: the fields in ``ORDER`` (the key order of today's JSON), optional
    fields only when set, nested values copied."""

    ORDER: ClassVar[tuple[str, ...]] = ()
    OPTIONAL: ClassVar[frozenset[str]] = frozenset()

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for name in self.ORDER:
            value = getattr(self, name)
            if value is None and name in self.OPTIONAL:
                continue
            out[name] = _plain(value)
        return out

    @classmethod
    def public_fields(cls) -> tuple[str, ...]:
        """Every key ``as_dict()`` can give, in output order."""
        return cls.ORDER


@dataclass(frozen=True)
class Statement(_LedgerRecord):
    """One speaker's speech in one article: who spoke, for whom, when, through which channel."""

    #: ``content_id(article id, "statement", speaker key, date)``
    id: str
    #: who spoke (a person preferred, else the organisation); None never occurs in output today
    speaker: Actor | None
    on_behalf: str | None  #: the code of the party the speaker speaks for (``speaker.code``)
    date: str | None  #: ISO date of the speaking, else of the first dated quote; None if unknown
    date_precision: str | None  #: "day", "month", "year"; None when the date came from a quote
    #: "interview", "post", "joint_statement", "press_conference" (data lexicon/ledger.yaml)
    channel: str | None
    quotes: tuple[str, ...]  #: ids of the speaker's quotes in the article
    events: tuple[str, ...]  #: ids of the events whose evidence lies in the speaker's sentences
    #: the sentence the statement is dated by (else the first): {sentence, start, end}
    evidence: dict[str, Any]
    sentences: tuple[dict[str, int], ...]  #: every sentence of the speaker: {start, end}

    ORDER: ClassVar[tuple[str, ...]] = (
        "id", "speaker", "on_behalf", "date", "date_precision", "channel", "quotes", "events",
        "evidence", "sentences")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Statement":
        return _from_dict(cls, data, {"speaker": lambda d: Actor(**d)})


@dataclass(frozen=True)
class Round(_LedgerRecord):
    """One negotiation round (a meeting) as one article reports it."""

    process: tuple[str, ...]  #: sorted party codes of the negotiation process
    date: str | None  #: ISO date of the meeting at ``date_precision``
    date_precision: str | None  #: "day", "month", "year"
    date_text: str | None  #: the words the date came from
    window: str | None  #: a vague time frame when there is no date ("soon", "next week")
    #: "announced", "expected", "scheduled", "held", "postponed", "cancelled"
    status: str
    #: "direct", "mediated", "proximity", "video", "phone", "summit", "working_group"
    format: str | None
    level: str | None  #: "leaders", "ministers", "delegations", "technical"
    venue: dict[str, Any] | None  #: {name, country, geonameid, lat, lon} from the gazetteer
    host: str | None  #: code of the hosting country or organisation
    mediators: tuple[str, ...]  #: codes or IGO short names of the mediators
    participants: tuple[str, ...]  #: names of the people at the table
    outcome: tuple[str, ...]  #: outcome codes from data/outcomes.yaml
    announced_by: str | None  #: name (else code) of who announced a future round
    announced_on: str | None  #: ISO date of that announcement
    duration_hours: float | None  #: stated length of the meeting
    prisoners: int | None  #: stated number of prisoners exchanged
    sources: tuple[dict[str, Any], ...]  #: sentences reporting it: {article_id, evidence, start, end}
    #: [{status, date, article_id, evidence}]; one entry per article, merged across articles
    status_history: tuple[dict[str, Any], ...]
    #: {field: [{value, article_id, evidence?}]} where sources disagree; filled across articles
    values_by_source: dict[str, Any]
    #: ``content_id(article id, "round", index, process, date)``
    id: str
    #: {field: sentence} saying ``duration_hours`` / ``prisoners``; emitted only when set
    figures_evidence: dict[str, str] | None = None

    ORDER: ClassVar[tuple[str, ...]] = (
        "process", "date", "date_precision", "date_text", "window", "status", "format", "level",
        "venue", "host", "mediators", "participants", "outcome", "announced_by", "announced_on",
        "duration_hours", "prisoners", "sources", "figures_evidence", "status_history",
        "values_by_source", "id")
    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"figures_evidence"})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Round":
        return _from_dict(cls, data, {})


@dataclass(frozen=True)
class Position(_LedgerRecord):
    """What one holder wants, offers or refuses on one issue, as one article reports it."""

    holder: str | None  #: code of the party holding the position
    holder_name: str | None  #: the words naming the holder
    issue: str  #: issue id from data/issues.yaml
    #: "demand", "offer", "accept", "reject", "propose", "oppose", "red_line"; None when dropped
    stance: str | None
    concerns: str | None  #: code of the party the issue is about, when not the holder
    #: "talks", "ceasefire", "leaders_meeting", "settlement": what the demand is a condition for
    condition_for: str | None
    includes: tuple[str, ...]  #: the items listed under the issue ("Donetsk", "Luhansk")
    first_seen: str | None  #: ISO date of the first observation
    last_seen: str | None  #: ISO date of the latest observation
    change: str  #: "new", "reaffirmed", "softened", "hardened", "dropped" (positions.STRENGTH)
    #: sentences saying it: [{article_id, sentence, start, end, cue, issue_text}]
    evidence: tuple[dict[str, Any], ...]
    statements: tuple[str, ...]  #: ids of the statements it was said in
    #: ``content_id(article id, "position", holder, issue)``
    id: str

    ORDER: ClassVar[tuple[str, ...]] = (
        "holder", "holder_name", "issue", "stance", "concerns", "condition_for", "includes",
        "first_seen", "last_seen", "change", "evidence", "statements", "id")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Position":
        return _from_dict(cls, data, {})


@dataclass(frozen=True)
class Claim(_LedgerRecord):
    """A statement in the article that does not add up (a duration, a weekday, a count)."""

    #: ``content_id(article id, "claim", offset, words)``
    id: str
    text: str  #: the words making the claim
    kind: str  #: "duration", "date", "count"
    check: str  #: why it does not add up, in one sentence
    #: both sides: [{article_id, sentence, start, end, text}]
    evidence: tuple[dict[str, Any], ...]
    conflicts_with: str  #: the words of the other side
    #: duration claims: {text, days, bound} as stated; emitted only when set
    stated: dict[str, Any] | None = None
    #: duration claims: {since, at, days} as computed from the dates; emitted only when set
    computed: dict[str, Any] | None = None

    ORDER: ClassVar[tuple[str, ...]] = (
        "id", "text", "kind", "stated", "computed", "check", "evidence", "conflicts_with")
    OPTIONAL: ClassVar[frozenset[str]] = frozenset({"stated", "computed"})

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "Claim":
        return _from_dict(cls, data, {})


#: Analysis attribute -> record class
LEDGER_RECORDS = {"statements": Statement, "rounds": Round, "positions": Position,
                  "claims": Claim}
