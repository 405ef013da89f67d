"""The typed ledger records: their fields, ``as_dict()`` (the JSON contract) and the store agree."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from detente import records
from detente.records import (LEDGER_RECORDS, Actor, Article, Claim, LedgerRecordError, Position,
                             Round, Statement)
from detente.store import LEDGER_KINDS, Store

SPEAKER = {"text": "Foreign Minister Hakan Fidan", "name": "Hakan Fidan", "code": "TUR",
           "sector": "GOV", "role": "Foreign Minister", "wikidata": None, "org": None}

STATEMENT = {
    "id": "s1", "speaker": SPEAKER, "on_behalf": "TUR", "date": "2025-05-28",
    "date_precision": "day", "channel": None, "quotes": ["q1"], "events": ["e1", "e2"],
    "evidence": {"sentence": "Fidan said on Wednesday.", "start": 0, "end": 24},
    "sentences": [{"start": 0, "end": 24}],
}
ROUND = {
    "process": ["RUS", "UKR"], "date": "2025-06-02", "date_precision": "day",
    "date_text": "on Monday", "window": None, "status": "scheduled", "format": "direct",
    "level": "delegations",
    "venue": {"name": "Istanbul", "country": "TUR", "geonameid": 745044, "lat": 41.0, "lon": 29.0},
    "host": "TUR", "mediators": [], "participants": ["Rustem Umerov"], "outcome": [],
    "announced_by": "Sergei Lavrov", "announced_on": "2025-05-28", "duration_hours": 1.5,
    "prisoners": None,
    "sources": [{"article_id": "a1", "evidence": "Talks are set for Monday.", "start": 0, "end": 25}],
    "figures_evidence": {"duration_hours": "The talks lasted an hour and a half."},
    "events": ["e7"],
    "status_history": [{"status": "scheduled", "date": "2025-05-28", "article_id": "a1",
                        "evidence": "Talks are set for Monday."}],
    "values_by_source": {}, "id": "r1",
}
POSITION = {
    "holder": "RUS", "holder_name": "Moscow", "issue": "territory", "stance": "demand",
    "concerns": "UKR", "condition_for": "ceasefire", "includes": ["Donetsk"],
    "first_seen": "2025-05-28", "last_seen": "2025-05-28", "change": "new",
    "evidence": [{"article_id": "a1", "sentence": "Moscow demands Donetsk.", "start": 0,
                  "end": 23, "cue": "demands", "issue_text": "Donetsk"}],
    "statements": ["s1"], "id": "p1",
}
DATE_CLAIM = {
    "id": "c1", "text": "Tuesday, May 16", "kind": "date",
    "check": "2025-05-16 is a Friday, not a Tuesday",
    "evidence": [{"article_id": "a1", "sentence": "On Tuesday, May 16 ...", "start": 0, "end": 22,
                  "text": "Tuesday, May 16"}],
    "conflicts_with": "Tuesday",
}
DURATION_CLAIM = {
    "id": "c2", "text": "The war, which has lasted over two years", "kind": "duration",
    "stated": {"text": "over two years", "days": 730.5, "bound": "over"},
    "computed": {"since": "2022-02", "at": "2025-05-29", "days": 1184},
    "check": "war since 2022-02 ...", "evidence": [], "conflicts_with": "February 2022",
}
SAMPLES = [(Statement, STATEMENT), (Round, ROUND), (Round, dict(
    {k: v for k, v in ROUND.items() if k != "figures_evidence"})), (Position, POSITION),
    (Claim, DATE_CLAIM), (Claim, DURATION_CLAIM)]


@pytest.mark.parametrize("cls,data", SAMPLES)
def test_from_dict_then_as_dict_gives_the_same_json(cls, data):
    rec = cls.from_dict(data)
    assert json.dumps(rec.as_dict()) == json.dumps(data)  # same keys, same order, same values


@pytest.mark.parametrize("cls", LEDGER_RECORDS.values())
def test_as_dict_keys_are_exactly_the_dataclass_fields(cls):
    assert set(cls.public_fields()) == {f.name for f in dataclasses.fields(cls)}
    assert len(cls.public_fields()) == len(set(cls.public_fields()))
    assert set(cls.OPTIONAL) <= set(cls.public_fields())


@pytest.mark.parametrize("cls", LEDGER_RECORDS.values())
def test_every_field_has_a_doc_comment(cls):
    source = Path(records.__file__).read_text(encoding="utf-8")
    body = source[source.index(f"class {cls.__name__}("):]
    body = body[:body.index("ORDER:")]
    lines = body.splitlines()
    for f in dataclasses.fields(cls):
        k = next(i for i, ln in enumerate(lines) if re.match(rf"\s+{f.name}: ", ln))
        assert "#:" in lines[k] or lines[k - 1].strip().startswith("#:"), f.name


def test_records_are_frozen_and_sequences_are_tuples():
    rec = Round.from_dict(ROUND)
    assert rec.process == ("RUS", "UKR") and isinstance(rec.sources, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        rec.status = "held"  # type: ignore[misc]
    st = Statement.from_dict(STATEMENT)
    assert st.speaker == Actor(**SPEAKER)


def test_as_dict_returns_copies_the_ledger_may_edit():
    rec = Round.from_dict(ROUND)
    out = rec.as_dict()
    out["sources"][0]["evidence"] = "changed"
    out["sources"].append({})
    assert rec.as_dict() == ROUND


def test_unknown_key_is_refused_with_how_to_fix():
    with pytest.raises(LedgerRecordError) as err:
        Position.from_dict(dict(POSITION, _weak=True, colour="red"))
    assert str(err.value) == (
        "Position has no field for key(s) _weak, colour: add the field with a '#:' doc to "
        "detente/records.py, or drop the key in the builder")


# ------------------------------------------------------------- against a real analysis and the store

FIXTURE_TEXTS = [
    # a held round with a duration and a prisoner count, then a weekday that is wrong
    "Russian and Ukrainian delegations held direct talks in Istanbul on Monday, May 12, 2025. "
    "The talks lasted three hours. The two sides agreed to exchange 120 prisoners. "
    "Russian Foreign Minister Sergei Lavrov said on Tuesday that Moscow demands that Ukraine "
    "withdraw from Donetsk before any ceasefire.",
    # a duration that does not match the start date given in the same article
    "The war, which has gone on for over two years, shows no sign of ending. "
    "Fighting has raged since the invasion began in February 2022.",
]


def _real_analyses(analyzer):
    arts = [Article.make(t, published=dt.date(2025, 5, 29)) for t in FIXTURE_TEXTS]
    return list(analyzer.analyze(arts))


@pytest.mark.model
def test_real_analysis_fills_every_field_and_as_dict_is_the_contract(analyzer):
    seen: dict[str, set] = {k: set() for k in LEDGER_RECORDS}
    for an in _real_analyses(analyzer):
        out = an.as_dict()
        for attr, cls in LEDGER_RECORDS.items():
            items = getattr(an, attr)
            assert all(isinstance(x, cls) for x in items), attr
            assert out[attr] == [x.as_dict() for x in items]
            for x in items:
                keys = list(x.as_dict())
                expected = [f for f in cls.public_fields()
                            if not (f in cls.OPTIONAL and getattr(x, f) is None)]
                assert keys == expected
                seen[attr] |= set(keys)
    for attr, cls in LEDGER_RECORDS.items():
        assert seen[attr] == set(cls.public_fields()), attr  # every field reached by real text


@pytest.mark.model
def test_store_ledger_rows_round_trip_to_the_records(analyzer, tmp_path):
    analyses = _real_analyses(analyzer)
    added = {"kind", "ledger_kind", "article_id", "title", "url", "published"}  # ledger_items
    got: dict[tuple[str, str], list[dict]] = {}
    with Store(tmp_path / "t.duckdb") as store:
        store.write(analyses)
        for attr in LEDGER_KINDS:
            for row in store.ledger_items(kinds=[attr]):
                own = LEDGER_RECORDS[attr].public_fields()
                got.setdefault((row["article_id"], attr), []).append(
                    {k: v for k, v in row.items() if k not in added or k in own})
    want = {(an.article.id, attr): [x.as_dict() for x in getattr(an, attr)]
            for an in analyses for attr in LEDGER_RECORDS if getattr(an, attr)}
    assert got == want
    for (_, attr), items in got.items():
        assert [LEDGER_RECORDS[attr].from_dict(d).as_dict() for d in items] == items
