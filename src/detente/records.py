"""Domain records shared by every pipeline stage.

All records are frozen dataclasses with plain-Python fields, so they hash, compare and
serialise without surprises. ``as_dict()`` gives the shape of the output contract in
DESIGN.md; ids are content hashes so that re-running an article upserts instead of duplicating.

Character offsets (``start``/``end``) are always into ``Article.text`` as ingested.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .errors import DetenteError

#: Derived from the package version and a hash of the rules and data (see ``version.py``); the
#: store replaces an article's rows when another extractor version sees it again.
from .version import EXTRACTOR_VERSION  # noqa: E402

MODALITIES = ("asserted", "future", "hypothetical", "negated", "historical")
#: The longest article text accepted: ingest rejects longer texts with a message, and the
#: parser (``nlp``) is sized to it. Here, below both, so that reading never imports spaCy.
MAX_CHARS = 1_000_000
DATE_PRECISIONS = ("day", "month", "year")
#: Where an event's date comes from: the article's words, or its publication date when it
#: reports the event without one (as ICEWS and POLECAT date every event). See docs/dates.md.
DATE_BASES = ("text", "publication")


def content_id(*parts: object, length: int = 16) -> str:
    """Deterministic short id from the given parts (sha256, hex)."""
    h = hashlib.sha256()
    for part in parts:
        h.update(str(part).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:length]


def _plain(value: Any) -> Any:
    """Recursively turn records, tuples and dates into JSON-ready values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        if hasattr(value, "as_dict"):
            return value.as_dict()
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def first_day(value: str | dt.date) -> dt.date:
    """The first day of an ISO date at any precision: "2025-03" -> 2025-03-01, "2025" ->
    2025-01-01 (what the store keeps in its DATE column, with the precision beside it)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    parts = [int(p) for p in str(value)[:10].split("-")]
    return dt.date(*parts, *([1] * (3 - len(parts))))


def last_day(value: str | dt.date, precision: str | None = None) -> dt.date:
    """The last day of the period an ISO date names ("2025-02" -> 2025-02-28)."""
    precision = precision or date_precision(value)
    day = first_day(value)
    if precision == "year":
        return dt.date(day.year, 12, 31)
    if precision == "month":
        following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return day


def date_precision(value: str | dt.date, stated: str | None = None) -> str:
    """"day", "month" or "year": how much an ISO date gives. A value shorter than a day says
    so whatever ``stated`` claims; a full day keeps the coarser precision it was stated with
    ("2025-06-01", "month"), else is a day."""
    if not isinstance(value, dt.date) and len(str(value)) in (4, 7):
        return "year" if len(str(value)) == 4 else "month"
    return stated if stated in DATE_PRECISIONS else "day"


def at_precision(day: dt.date | str | None, precision: str | None) -> str | None:
    """A date written to its precision, as the JSON contract gives it: (2025-03-01, "month")
    -> "2025-03". The inverse of ``first_day``."""
    if day is None:
        return None
    text = day.isoformat() if isinstance(day, dt.date) else str(day)[:10]
    return text[:{"year": 4, "month": 7}.get(precision or "", 10)]


@dataclass(frozen=True)
class Article:
    """One news story as ingested.

    ``id`` names the story, ``content_hash`` names its text: five records that carry the same
    text under five ids are five articles (each with its own url, source and date) sharing one
    ``content_hash``, which is what de-duplication looks at.
    """

    id: str  #: the id the source gave (record/CSV/front-matter "id"), else ``content_hash``
    text: str  #: full body text; all offsets point into it
    title: str | None = None
    url: str | None = None
    source: str | None = None  #: outlet or feed name
    published: dt.date | None = None  #: publication date, the anchor for relative dates
    origin: str | None = None  #: where it was read from, e.g. ``stories.jsonl:12``
    #: hash of ``text`` (see ``content_id``); filled in from the text when not given
    content_hash: str = ""
    #: when the text was fetched from ``url`` (UTC, naive), for pages and feed items read by URL
    fetched_at: dt.datetime | None = None

    def __post_init__(self) -> None:
        if not self.content_hash:
            object.__setattr__(self, "content_hash", content_id(self.text))

    @classmethod
    def make(cls, text: str, id: str | None = None, **meta: Any) -> "Article":
        """Build an article; without an ``id`` its id is the hash of its text (same text, same id)."""
        digest = content_id(text)
        return cls(id=id or digest, text=text, content_hash=digest, **meta)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "content_hash": self.content_hash,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
        }


@dataclass(frozen=True)
class Actor:
    """A participant in an event, resolved to PLOVER codes."""

    text: str  #: surface text in the article ("Russian Foreign Minister Sergei Lavrov")
    code: str | None  #: ISO 3166 alpha-3, or a PLOVER non-state code (IGO, UNO, NGO, ...)
    sector: str | None = None  #: PLOVER sector (GOV, MIL, REB, COP, CVL, ...)
    name: str | None = None  #: canonical name ("Sergei Lavrov", "Russia", "NATO")
    role: str | None = None  #: office held at the article's date ("Foreign Minister")
    wikidata: str | None = None
    start: int = -1  #: offsets of the mention; -1 when inferred (e.g. "the two nations")
    end: int = -1
    org: str | None = None  #: short name for organisations with code IGO/NGO ("UN", "NATO")

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "sector": self.sector,
            "role": self.role,
            "wikidata": self.wikidata,
            "org": self.org,
        }


@dataclass(frozen=True)
class DateRef:
    """A date expression in the text, resolved against the publication date."""

    text: str  #: "on Wednesday", "since March 2022", "over two years"
    start: int
    end: int
    kind: str  #: "point", "interval_start", "interval_end", "duration", "unresolved"
    value: str | None = None  #: ISO: "2025-05-28", "2025-05" or "2025"; None for durations
    precision: str | None = None  #: "day", "month", "year"
    source: str = "text"  #: "text" (resolved from the words) or "publication"
    #: for durations: approximate length in days and whether it is a lower bound ("over")
    duration_days: float | None = None
    bound: str | None = None  #: "over", "under", "about", "exact" (durations only)


#: gazetteer feature -> how precisely the place is resolved (GeoNames' levels: a country, a
#: first-level subdivision or named region, a populated place, a building or site)
PLACE_RESOLUTIONS = {"country": "country", "region": "admin1", "city": "city", "site": "site"}


@dataclass(frozen=True)
class Place:
    """A place mention matched to the offline gazetteer.

    Only cities and sites carry a point. A country has no coordinates (a map would otherwise put
    every "in Syria" event on one point); a region has its approximate centre, flagged
    ``coordinates == "centroid"``, or none.
    """

    text: str
    start: int
    end: int
    name: str  #: gazetteer name ("Istanbul")
    country: str | None  #: ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  #: "city", "country", "region", "site"

    @property
    def resolution(self) -> str | None:
        """"country", "admin1", "city" or "site" (see ``PLACE_RESOLUTIONS``)."""
        return PLACE_RESOLUTIONS.get(self.feature)

    @property
    def coordinates(self) -> str | None:
        """What ``lat``/``lon`` stand for: "point" (a city or site), "centroid" (the
        approximate centre of a region or country), None when there are none."""
        if self.lat is None or self.lon is None:
            return None
        return "point" if self.feature in ("city", "site") else "centroid"

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
            "resolution": self.resolution,
            "coordinates": self.coordinates,
        }


@dataclass(frozen=True)
class Evidence:
    """The sentence a coded record rests on."""

    sentence: str
    start: int  #: sentence offsets in the article text
    end: int
    trigger: str | None = None  #: the words that carry the record ("held", "insisted")
    trigger_start: int | None = None
    trigger_end: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return {"sentence": self.sentence, "start": self.start, "end": self.end,
                "trigger": self.trigger}


@dataclass(frozen=True)
class Event:
    """One PLOVER event."""

    id: str
    article_id: str
    event: str  #: one of the 16 PLOVER categories
    mode: str | None
    context: tuple[str, ...]
    modality: str  #: one of MODALITIES
    hedged: bool  #: "reportedly", "according to", "allegedly"
    actor: tuple[Actor, ...]
    recipient: tuple[Actor, ...]
    #: ISO date written to its precision ("2025-05-16", "2025-05", "2025"): the date the text
    #: states, else the publication date (``date_basis``); None only for a historical event
    #: the text does not date, or when the article has no publication date
    date: str | None
    date_precision: str | None  #: "day", "month" or "year"; None when ``date`` is None
    #: the words the date came from; with basis "publication", a time expression of the
    #: sentence that names no calendar date ("in the coming weeks"), else None
    date_text: str | None
    location: Place | None
    evidence: Evidence
    confidence: float
    #: "text" (the sentence or its context states the date) or "publication" (the event is
    #: reported without a date, so the story's publication date stands in); None when no date
    date_basis: str | None = None
    #: other sentences of the same article that tell this same event (one record per event)
    also_evidence: tuple[Evidence, ...] = ()
    #: what ``confidence`` was computed from (feature name -> value); not exported
    features: dict | None = field(default=None, compare=False, repr=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "event": self.event,
            "mode": self.mode,
            "context": list(self.context),
            "modality": self.modality,
            "hedged": self.hedged,
            "actor": [a.as_dict() for a in self.actor],
            "recipient": [a.as_dict() for a in self.recipient],
            "date": self.date,
            "date_precision": self.date_precision,
            "date_basis": self.date_basis,
            "date_text": self.date_text,
            "location": self.location.as_dict() if self.location else None,
            "evidence": self.evidence.as_dict(),
            "also_evidence": [e.as_dict() for e in self.also_evidence],
            "confidence": round(self.confidence, 3),
        }


@dataclass(frozen=True)
class Quote:
    """Direct ("...," X said) or indirect (X said that ...) speech."""

    id: str
    article_id: str
    speaker: Actor | None
    text: str
    direct: bool
    date: str | None
    evidence: Evidence
    date_precision: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "speaker": self.speaker.as_dict() if self.speaker else None,
            "text": self.text,
            "direct": self.direct,
            "date": self.date,
            "date_precision": self.date_precision,
            "evidence": self.evidence.as_dict(),
        }


# --------------------------------------------------------------------------- ledger records
# The per-article peace-process ledger: statements, rounds, positions, claims. The builders in
# ``detente.peace`` work on plain dicts while they merge mentions inside one article (a round
# grows as later sentences add facts to it), then freeze each finished item with ``from_dict``,
# which refuses keys it does not know, so no key reaches the output without a documented field.
# The round builder's private working keys (``_weak``, ``_strong``, ``_anaphoric``,
# ``_speaker``, ``_implied``) are consumed inside ``peace/rounds.py`` before a round is frozen,
# so they are not fields. Sequences are tuples; nested objects the contract gives as open
# mappings (evidence, venue, sources) stay dicts, so these records compare but do not hash.
# ``as_dict()`` returns fresh lists and dicts on each call (the cross-article ledger edits what
# it gets). Fields marked "emitted only when set" are left out of ``as_dict()`` when None, as
# the builders leave the key out today. Ids are the ``content_id`` the builders compute.


class LedgerRecordError(DetenteError, ValueError):
    """A ledger item has keys its record does not define (a builder and its record disagree)."""


def _from_dict(cls, data: dict[str, Any], convert: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(data) - names)
    if unknown:
        raise LedgerRecordError(
            f"{cls.__name__} has no field for key(s) {', '.join(unknown)}: add the field with a "
            f"'#:' doc to detente/records.py, or drop the key in the builder")
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
    #: {name, country, geonameid, lat, lon, resolution, coordinates} from the gazetteer
    venue: dict[str, Any] | None
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
    #: ids of the CONSULT events the round rests on (its parties, date and venue are theirs);
    #: empty when the event stage coded no meeting and the ledger read the mention itself
    events: tuple[str, ...] = ()

    ORDER: ClassVar[tuple[str, ...]] = (
        "process", "date", "date_precision", "date_text", "window", "status", "format", "level",
        "venue", "host", "mediators", "participants", "outcome", "announced_by", "announced_on",
        "duration_hours", "prisoners", "sources", "figures_evidence", "events", "status_history",
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


@dataclass(frozen=True)
class Analysis:
    """Everything detente extracted from one article.

    The ledger parts are the records above, built by ``detente.peace``.
    """

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Statement, ...] = ()
    rounds: tuple[Round, ...] = ()
    positions: tuple[Position, ...] = ()
    claims: tuple[Claim, ...] = ()
    extractor_version: str = EXTRACTOR_VERSION
    extra: dict = field(default_factory=dict, compare=False)

    def as_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.as_dict(),
            "events": [e.as_dict() for e in self.events],
            "quotes": [q.as_dict() for q in self.quotes],
            "statements": _plain(list(self.statements)),
            "rounds": _plain(list(self.rounds)),
            "positions": _plain(list(self.positions)),
            "claims": _plain(list(self.claims)),
        }
