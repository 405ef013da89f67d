"""The store's tables: their columns and SQL types, and how analyses become column lists
(one Arrow table per table). Shared by every path that stores rows: ``Store.write`` and the
Spark path's Parquet, so both give the same rows for the same article."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any, Iterable

import pyarrow as pa

from . import records, summary
from .records import Analysis, Article

LEDGER_KINDS = {"statements": "statement", "rounds": "round", "positions": "position",
                "claims": "claim"}

_ACTOR_FIELDS = ("text", "name", "code", "sector", "role", "org", "wikidata")

_SCHEMA = {
    "articles": """id VARCHAR PRIMARY KEY, title VARCHAR, url VARCHAR, source VARCHAR,
        published DATE, origin VARCHAR, text VARCHAR, extractor_version VARCHAR,
        ingested_at TIMESTAMP, content_hash VARCHAR, fetched_at TIMESTAMP""",
    "events": """id VARCHAR, article_id VARCHAR, event VARCHAR, mode VARCHAR,
        context VARCHAR[], modality VARCHAR, hedged BOOLEAN, date DATE,
        date_precision VARCHAR, date_text VARCHAR, date_basis VARCHAR,
        location_text VARCHAR, location_name VARCHAR, location_country VARCHAR,
        lat DOUBLE, lon DOUBLE, geonameid BIGINT, sentence VARCHAR, sentence_start INTEGER,
        sentence_end INTEGER, trigger VARCHAR, confidence DOUBLE, also_evidence VARCHAR,
        location_resolution VARCHAR, location_coordinates VARCHAR""",
    "event_actors": """event_id VARCHAR, article_id VARCHAR, role VARCHAR, position INTEGER,
        text VARCHAR, name VARCHAR, code VARCHAR, sector VARCHAR, role_title VARCHAR,
        org VARCHAR, wikidata VARCHAR""",
    "quotes": """id VARCHAR, article_id VARCHAR, speaker_text VARCHAR, speaker_name VARCHAR,
        speaker_code VARCHAR, speaker_sector VARCHAR, speaker_role VARCHAR,
        speaker_org VARCHAR, speaker_wikidata VARCHAR, text VARCHAR, direct BOOLEAN,
        date VARCHAR, date_precision VARCHAR, sentence VARCHAR, sentence_start INTEGER,
        sentence_end INTEGER""",
    "ledger": """article_id VARCHAR, kind VARCHAR, position INTEGER, item VARCHAR,
        published DATE""",
    "quarantine": """origin VARCHAR, code VARCHAR, message VARCHAR, excerpt VARCHAR,
        seen_at TIMESTAMP""",
    # stories: event rows of several articles linked as one real event (see stories.py)
    "stories": """id VARCHAR, key VARCHAR, event VARCHAR, actors VARCHAR[],
        recipients VARCHAR[], date VARCHAR, date_precision VARCHAR, location_name VARCHAR,
        location_country VARCHAR, mentions INTEGER, articles INTEGER""",
    "story_events": """story_id VARCHAR, key VARCHAR, event_id VARCHAR, article_id VARCHAR,
        position INTEGER""",
    # feed_items: what `detente watch` has taken from each feed, so a restart takes it not again
    "feed_items": """feed VARCHAR, item_key VARCHAR, link VARCHAR, article_id VARCHAR,
        status VARCHAR, attempts INTEGER, first_seen TIMESTAMP, last_seen TIMESTAMP""",
    # counts for the dashboard's overview, kept up to date by write (see summary.py)
    "pair_counts": summary.SCHEMA,
    # one row per asserted event and party, for the actor and dyad pages (see summary.py)
    "party_events": summary.PARTY_SCHEMA,
}
#: table -> column -> its declared SQL type ("id VARCHAR PRIMARY KEY" declares a VARCHAR)
_TYPES = {name: dict(c.split()[:2] for c in cols.split(",")) for name, cols in _SCHEMA.items()}
_CHILD_TABLES = ("events", "event_actors", "quotes", "ledger")
#: The tables ``rows`` fills from analyses, in the order they are written.
ROW_TABLES = ("articles", *_CHILD_TABLES)


def _storable(value: Any) -> Any:
    """Strings (also inside lists) with lone surrogates escaped: Arrow and DuckDB take UTF-8 only."""
    if isinstance(value, str):
        return value.encode("utf-8", "backslashreplace").decode("utf-8")
    if isinstance(value, list):
        return [_storable(v) for v in value]
    return value


def _array(values: list, type_: pa.DataType) -> pa.Array:
    try:
        return pa.array(values, type=type_)
    except UnicodeEncodeError:  # rare: a title or a rejected line with a lone surrogate
        return pa.array([_storable(v) for v in values], type=type_)


def _arrow_type(sql_type: str) -> pa.DataType:
    return {"VARCHAR": pa.string(), "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"),
            "BOOLEAN": pa.bool_(), "INTEGER": pa.int32(), "BIGINT": pa.int64(),
            "DOUBLE": pa.float64(), "VARCHAR[]": pa.list_(pa.string())}[sql_type]


def _columns(table: str) -> dict[str, list]:
    return {n: [] for n in _TYPES[table]}


def column_types(table: str) -> dict[str, str]:
    """column -> declared SQL type ("VARCHAR", "DATE", "VARCHAR[]", ...) of a store table."""
    return dict(_TYPES[table])


def arrow_table(table: str, columns: dict[str, list]) -> pa.Table:
    """Column lists of ``table`` (as ``table_rows`` gives them) as an Arrow table of the
    declared types (an opened-to-write file has been brought to them: no DESCRIBE needed)."""
    types = _TYPES[table]
    return pa.table({k: _array(v, _arrow_type(types[k])) for k, v in columns.items()})


def _push(cols: dict[str, list], **values: Any) -> None:
    for k, col in cols.items():
        col.append(values.get(k))


def table_rows(analyses: Iterable[Analysis], now: dt.datetime | None = None
               ) -> dict[str, dict[str, list]]:
    """Column lists for every table of ``ROW_TABLES`` from analyses (one Arrow table each):
    the rows every path stores (``Store.write``, and the Spark path's Parquet), ``now`` (naive
    UTC, default: the clock) being the time of storing."""
    now = now or dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    t = {name: _columns(name) for name in ("articles", *_CHILD_TABLES)}
    for an in analyses:
        art: Article = an.article
        _push(t["articles"], id=art.id, title=art.title, url=art.url, source=art.source,
              published=art.published, origin=art.origin, text=art.text,
              extractor_version=an.extractor_version, ingested_at=now,
              content_hash=art.content_hash, fetched_at=art.fetched_at)
        for ev in an.events:
            loc, evd = ev.location, ev.evidence
            _push(t["events"], id=ev.id, article_id=art.id, event=ev.event, mode=ev.mode,
                  context=list(ev.context), modality=ev.modality, hedged=ev.hedged,
                  date=records.first_day(ev.date) if ev.date else None,
                  date_precision=ev.date and records.date_precision(ev.date, ev.date_precision),
                  date_text=ev.date_text, date_basis=ev.date_basis,
                  location_text=loc and loc.text, location_name=loc and loc.name,
                  location_country=loc and loc.country, lat=loc and loc.lat,
                  lon=loc and loc.lon, geonameid=loc and loc.geonameid,
                  location_resolution=loc and loc.resolution,
                  location_coordinates=loc and loc.coordinates,
                  sentence=evd.sentence, sentence_start=evd.start, sentence_end=evd.end,
                  trigger=evd.trigger, confidence=ev.confidence,
                  also_evidence=json.dumps([e.as_dict() for e in ev.also_evidence],
                                           ensure_ascii=False))
            for role, actors in (("actor", ev.actor), ("recipient", ev.recipient)):
                for i, a in enumerate(actors):
                    _push(t["event_actors"], event_id=ev.id, article_id=art.id, role=role,
                          position=i, text=a.text, name=a.name, code=a.code, sector=a.sector,
                          role_title=a.role, org=a.org, wikidata=a.wikidata)
        for q in an.quotes:
            s = q.speaker
            _push(t["quotes"], id=q.id, article_id=art.id,
                  **{f"speaker_{f}": (getattr(s, f) if s else None) for f in _ACTOR_FIELDS},
                  text=q.text, direct=q.direct, date=q.date, date_precision=q.date_precision,
                  sentence=q.evidence.sentence, sentence_start=q.evidence.start,
                  sentence_end=q.evidence.end)
        for attr, kind in LEDGER_KINDS.items():
            for i, item in enumerate(getattr(an, attr)):
                _push(t["ledger"], article_id=art.id, kind=kind, position=i,
                      item=json.dumps(records._plain(item), ensure_ascii=False),
                      published=art.published)
    return t
