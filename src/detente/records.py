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
from typing import Any

#: Derived from the package version and a hash of the rules and data (see ``version.py``); the
#: store replaces an article's rows when another extractor version sees it again.
from .version import EXTRACTOR_VERSION  # noqa: E402

MODALITIES = ("asserted", "future", "hypothetical", "negated", "historical")
#: The longest article text accepted: ingest rejects longer texts with a message, and the
#: parser (``nlp``) is sized to it. Here, below both, so that reading never imports spaCy.
MAX_CHARS = 1_000_000
DATE_PRECISIONS = ("day", "month", "year")


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


@dataclass(frozen=True)
class Place:
    """A place mention matched to the offline gazetteer."""

    text: str
    start: int
    end: int
    name: str  #: gazetteer name ("Istanbul")
    country: str | None  #: ISO alpha-3
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    feature: str = "city"  #: "city", "country", "region"

    def as_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
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
    date: str | None  #: ISO with the precision below; None when the text gives no date
    date_precision: str | None
    date_text: str | None  #: the words the date came from
    location: Place | None
    evidence: Evidence
    confidence: float
    date_source: str | None = None  #: "text" or "publication"; None when no date

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
            "date_text": self.date_text,
            "date_source": self.date_source,
            "location": self.location.as_dict() if self.location else None,
            "evidence": self.evidence.as_dict(),
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


@dataclass(frozen=True)
class Analysis:
    """Everything detente extracted from one article.

    The ledger parts (statements, rounds, positions, claims) are plain dicts produced by
    ``detente.peace``; their shape is documented there.
    """

    article: Article
    events: tuple[Event, ...] = ()
    quotes: tuple[Quote, ...] = ()
    statements: tuple[dict, ...] = ()
    rounds: tuple[dict, ...] = ()
    positions: tuple[dict, ...] = ()
    claims: tuple[dict, ...] = ()
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
