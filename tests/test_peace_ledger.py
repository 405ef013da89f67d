"""Cross-article ledger on hand-written per-article items: no model needed."""

from __future__ import annotations

from detente.peace import STRENGTH, ledger


def _round(aid, status, date=None, venue=None, **extra):
    r = {"process": ["ARM", "AZE"], "date": date, "date_precision": "day" if date else None,
         "status": status, "format": None, "level": None,
         "venue": {"name": venue, "country": "GEO"} if venue else None, "host": None,
         "mediators": [], "participants": [], "outcome": [], "announced_by": None,
         "announced_on": None, "duration_hours": None, "prisoners": None, "window": None,
         "sources": [{"article_id": aid, "evidence": f"{aid} says {status}", "start": 0, "end": 9}]}
    r.update(extra)
    return r


def _pos(holder, issue, stance, date, **extra):
    p = {"holder": holder, "holder_name": holder, "issue": issue, "stance": stance,
         "concerns": None, "condition_for": None, "includes": [], "first_seen": date,
         "last_seen": date, "change": "new", "evidence": [{"sentence": f"{stance} on {date}"}],
         "statements": []}
    p.update(extra)
    return p


def _article(aid, published, rounds=(), positions=()):
    return {"article": {"id": aid, "published": published, "title": aid, "url": None},
            "statements": [], "rounds": list(rounds), "positions": list(positions), "claims": []}


def test_announced_then_held_is_one_round_with_both_sources():
    led = ledger.build([
        _article("a1", "2026-01-05", [_round("a1", "expected")]),
        _article("a2", "2026-01-20", [_round("a2", "held", "2026-01-19", "Tbilisi")]),
    ])
    (r,) = led["rounds"]
    assert r["status"] == "held"
    assert [h["status"] for h in r["status_history"]] == ["expected", "held"]
    assert [s["article_id"] for s in r["sources"]] == ["a1", "a2"]
    assert r["date"] == "2026-01-19" and r["venue"]["name"] == "Tbilisi"


def test_a_stale_future_mention_does_not_undo_held():
    led = ledger.build([
        _article("a1", "2026-01-20", [_round("a1", "held", "2026-01-19")]),
        _article("a2", "2026-01-21", [_round("a2", "scheduled", "2026-01-19")]),
    ])
    assert led["rounds"][0]["status"] == "held"


def test_different_dates_are_different_rounds_and_month_matches_day():
    led = ledger.build([
        _article("a1", "2026-02-01", [_round("a1", "held", "2026-01-19"),
                                      _round("a1", "held", "2025-11", date_precision="month")]),
        _article("a2", "2026-02-02", [_round("a2", "held", "2025-11-04")]),
    ])
    assert [r["date"] for r in led["rounds"]] == ["2025-11-04", "2026-01-19"]
    assert led["rounds"][0]["values_by_source"] == {}  # month vs day is precision, not conflict


def test_disagreeing_figures_are_kept_side_by_side_and_flagged():
    led = ledger.build([
        _article("a1", "2026-01-20", [_round("a1", "held", "2026-01-19", prisoners=120)]),
        _article("a2", "2026-01-21", [_round("a2", "held", "2026-01-19", prisoners=150,
                                             duration_hours=5.0)]),
    ])
    (r,) = led["rounds"]
    assert r["prisoners"] == 120
    assert r["values_by_source"]["prisoners"] == [{"value": 120, "article_id": "a1"},
                                                  {"value": 150, "article_id": "a2"}]
    assert "duration_hours" not in r["values_by_source"]  # only one source gave a duration
    (claim,) = led["claims"]
    assert claim["kind"] == "count"
    assert claim["check"] == "sources disagree on prisoners: 120 (a1), 150 (a2)"


def test_postponement_without_date_attaches_to_the_open_round():
    led = ledger.build([
        _article("a1", "2026-03-01", [_round("a1", "scheduled", "2026-03-10", "Tbilisi")]),
        _article("a2", "2026-03-08", [_round("a2", "postponed", process=["ARM"])]),
    ])
    (r,) = led["rounds"]
    assert r["status"] == "postponed" and len(r["sources"]) == 2


def test_position_changes_follow_the_strength_scale():
    assert STRENGTH["red_line"] > STRENGTH["demand"] > STRENGTH["propose"] > STRENGTH["accept"]
    led = ledger.build([
        _article("a1", "2026-01-01", positions=[_pos("AZE", "foreign_troops", "demand", "2026-01-01")]),
        _article("a2", "2026-01-10", positions=[_pos("AZE", "foreign_troops", "demand", "2026-01-10")]),
        _article("a3", "2026-01-20", positions=[_pos("AZE", "foreign_troops", "offer", "2026-01-20")]),
        _article("a4", "2026-01-30", positions=[_pos("AZE", "foreign_troops", "red_line", "2026-01-30")]),
        _article("a5", "2026-02-09", positions=[_pos("AZE", "foreign_troops", None, "2026-02-09",
                                                     change="dropped")]),
    ])
    (p,) = led["positions"]
    assert [h["change"] for h in p["history"]] == ["new", "reaffirmed", "softened", "hardened", "dropped"]
    assert (p["stance"], p["change"], p["first_seen"], p["last_seen"]) == \
        ("red_line", "dropped", "2026-01-01", "2026-02-09")


def test_store_rows_are_accepted_as_input():
    rows = [dict(_round("a1", "held", "2026-01-19"), kind="rounds", article_id="a1",
                 published="2026-01-20", title="t", url=None)]
    led = ledger.build(rows)
    assert len(led["rounds"]) == 1 and led["articles"]["a1"]["published"] == "2026-01-20"


def test_an_announced_round_is_not_the_one_held_before_the_announcement():
    expected = _round("a1", "expected", announced_on="2026-02-10")
    earlier = _round("a1", "held", "2026-01-19")
    led = ledger.build([_article("a1", "2026-02-11", [expected, earlier])])
    assert sorted(r["status"] for r in led["rounds"]) == ["expected", "held"]


def test_sparse_items_do_not_break_the_build():
    led = ledger.build([_article("a1", "2026-01-01", rounds=[{"status": "held", "date": "2026-01-01"}],
                                 positions=[{"holder": "ARM"}])])
    assert [r["status"] for r in led["rounds"]] == ["held"] and led["positions"] == []


def test_one_meeting_reported_a_day_apart_keeps_both_dates():
    led = ledger.build([
        _article("a1", "2026-01-20", [_round("a1", "held", "2026-01-19", "Tbilisi")]),
        _article("a2", "2026-01-21", [_round("a2", "held", "2026-01-18", "Tbilisi")]),
    ])
    (r,) = led["rounds"]
    assert r["values_by_source"]["date"] == [{"value": "2026-01-19", "article_id": "a1"},
                                             {"value": "2026-01-18", "article_id": "a2"}]
    assert [c["kind"] for c in led["claims"]] == ["date"]


def test_a_stored_claim_is_read_as_a_claim_although_its_own_kind_is_duration():
    # Store.ledger_items keeps a claim's own "kind" and says the row's kind in ledger_kind
    row = {"ledger_kind": "claim", "kind": "duration", "article_id": "a1",
           "published": "2025-05-29", "title": "t", "url": None, "check": "x"}
    ((meta, kinds),) = ledger._articles([row])
    assert meta["id"] == "a1"
    assert [c["kind"] for c in kinds["claims"]] == ["duration"]
