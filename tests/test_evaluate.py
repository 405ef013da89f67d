"""The scorer on tiny hand-made gold and system outputs, the gate, and the eval CLI."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.evaluate import gate as gate_mod
from detente.evaluate import score_document_gold, score_sentence_gold
from detente.evaluate.common import date_matches, norm_code, strict_category
from detente.evaluate.report import render, safe

REPO = Path(__file__).resolve().parents[1]


def actor(code, sector=None, name=None, text=None):
    return {"text": text or code, "name": name, "code": code, "sector": sector, "role": None}


def sys_event(event, actors=(), recipients=(), modality="asserted", sentence="", start=-1,
              end=-1, **extra):
    return {"event": event, "mode": extra.pop("mode", None), "modality": modality,
            "hedged": extra.pop("hedged", False),
            "actor": [a if isinstance(a, dict) else actor(a) for a in actors],
            "recipient": [a if isinstance(a, dict) else actor(a) for a in recipients],
            "date": extra.pop("date", None), "location": extra.pop("location", None),
            "evidence": {"sentence": sentence, "start": start, "end": end, "trigger": "x"}}


def gold_event(event, actors=(), recipients=()):
    return {"event": event, "actor": [{"code": c, "sector": s} for c, s in actors],
            "recipient": [{"code": c, "sector": s} for c, s in recipients]}


def out(*events, **ledger):
    return {"article": {}, "events": list(events), "quotes": ledger.get("quotes", []),
            "statements": ledger.get("statements", []), "rounds": ledger.get("rounds", []),
            "positions": ledger.get("positions", []), "claims": ledger.get("claims", [])}


# --- normalisation and the strict view -------------------------------------------------------

@pytest.mark.parametrize("code,expected", [
    ("JAP", "JPN"),  # CAMEO spelling in the gold
    ("itl", "ITA"),  # case and alias together
    ("UNO", "IGO"),  # PLOVER draft code for the UN; gold uses IGO
    ("***", None),  # gold placeholder for "unknown"
    (None, None),
    ("RUS", "RUS"),
])
def test_norm_code(code, expected):
    assert norm_code(code) == expected


@pytest.mark.parametrize("event,modality,expected", [
    ("CONSULT", "future", "AGREE"),  # PLOVER manual: future consult is AGREE
    ("AID", "future", "AGREE"),
    ("THREATEN", "future", "THREATEN"),  # only the four cooperative categories map
    ("AGREE", "negated", None),  # not an assertion
    ("CONSULT", "hypothetical", None),
    ("CONSULT", "historical", "CONSULT"),  # past events are asserted
])
def test_strict_category(event, modality, expected):
    assert strict_category({"event": event, "modality": modality}) == expected


@pytest.mark.parametrize("gold,prec,system,ok", [
    ("2025-05", "month", "2025-05-16", True),  # finer system date is fine at month precision
    ("2025-05-16", "day", "2025-05", False),  # coarser system date is not
    (None, None, None, True),  # no date in the text, none given
    (None, None, "2025-05-29", False),  # the report date is not the event date
])
def test_date_matches_at_gold_precision(gold, prec, system, ok):
    assert date_matches(gold, prec, system) is ok


# --- sentence gold ---------------------------------------------------------------------------

def test_no_events_anywhere_scores_zero_without_dividing_by_zero():
    report = score_sentence_gold([{"id": "a", "text": "Nothing.", "events": []}], [out()])
    assert report["figures"]["micro_f1"] == 0.0
    assert "actor_country_acc" not in report["figures"]  # no pairs: nothing to rate
    assert report["errors"] == []


def test_perfect_match_with_aliases_and_sectors():
    rec = {"id": "a", "text": "Japan criticised Italy.",
           "events": [gold_event("ACCUSE", [("JAP", "GOV")], [("ITL", None)])]}
    report = score_sentence_gold([rec], [out(sys_event("ACCUSE", [actor("JPN", "GOV")], ["ITA"]))])
    f = report["figures"]
    assert (f["micro_f1"], f["actor_country_acc"], f["recipient_country_acc"], f["sector_acc"]) \
        == (1.0, 1.0, 1.0, 1.0)


def test_duplicate_categories_pair_by_actor_overlap():
    # Two ASSAULTs in one sentence: each system event must pair with the gold event it matches.
    rec = {"id": "a", "text": "s", "events": [gold_event("ASSAULT", [("ISR", "MIL")], [("PSE", None)]),
                                             gold_event("ASSAULT", [("PSE", "REB")], [("ISR", None)])]}
    system = out(sys_event("ASSAULT", ["PSE"], ["ISR"]), sys_event("ASSAULT", ["ISR"], ["PSE"]))
    report = score_sentence_gold([rec], [system])
    assert report["events"]["micro"]["tp"] == 2
    assert report["figures"]["actor_country_acc"] == 1.0


def test_reciprocal_actors_compare_as_sets_and_lenient_overlap():
    rec = {"id": "a", "text": "s", "events": [gold_event("AGREE", [("BIH", None), ("SVN", None)])]}
    report = score_sentence_gold([rec], [out(sys_event("AGREE", ["SVN"]))])
    f = report["figures"]
    assert f["actor_country_acc"] == 0.0
    assert f["actor_country_overlap"] == 1.0
    assert f["recipient_country_acc"] == 1.0  # both empty counts as right


def test_reciprocal_event_accepts_partner_as_recipient():
    # "Bosnia held talks with Slovenia" codes the same joint event as "Bosnia and Slovenia ..."
    rec = {"id": "a", "text": "s", "events": [dict(gold_event("CONSULT", [("BIH", None), ("SVN", None)]),
                                                   reciprocal=True)]}
    report = score_sentence_gold([rec], [out(sys_event("CONSULT", ["BIH"], ["SVN"]))])
    f = report["figures"]
    assert (f["actor_country_acc"], f["recipient_country_acc"]) == (1.0, 1.0)
    assert report["errors"] == []


def test_unknown_system_code_is_a_wrong_actor_not_a_miss():
    rec = {"id": "a", "text": "s", "events": [gold_event("PROTEST", [("NPL", "OPP")])]}
    report = score_sentence_gold([rec], [out(sys_event("PROTEST", [actor(None)]))])
    assert report["events"]["micro"]["tp"] == 1
    assert report["figures"]["actor_country_acc"] == 0.0
    assert [e["kind"] for e in report["errors"]] == ["wrong_actors"]


def test_future_consult_counts_as_agree_and_negated_is_excluded():
    recs = [{"id": "a", "text": "They will meet.", "events": [gold_event("AGREE", [("USA", None)])]},
            {"id": "b", "text": "They did not agree.", "events": []}]
    outs = [out(sys_event("CONSULT", ["USA"], modality="future")),
            out(sys_event("AGREE", ["USA"], modality="negated"))]
    report = score_sentence_gold(recs, outs)
    assert report["events"]["micro"] == {"tp": 1, "fp": 0, "fn": 0, "precision": 1.0,
                                         "recall": 1.0, "f1": 1.0}
    assert report["excluded_not_asserted"] == {"negated": 1}


def test_misses_and_false_positives_are_listed_with_their_sentence():
    recs = [{"id": "a", "text": "Iraq threatened Iran.", "events": [gold_event("THREATEN", [("IRQ", None)])]}]
    report = score_sentence_gold(recs, [out(sys_event("ACCUSE", ["IRQ"], ["IRN"]))])
    kinds = sorted((e["kind"], e["event"], e["sentence"]) for e in report["errors"])
    assert kinds == [("false_positive", "ACCUSE", "Iraq threatened Iran."),
                     ("miss", "THREATEN", "Iraq threatened Iran.")]
    assert report["figures"]["macro_f1"] == 0.0
    assert report["category_confusion"] == {"THREATEN->ACCUSE": 1}
    text = render(report, errors=True)
    assert "MISS           THREATEN  gold IRQ -> -" in text
    assert "| Iraq threatened Iran." in text


def test_outputs_must_align_with_records():
    with pytest.raises(ValueError, match="1 gold records but 0 system outputs"):
        score_sentence_gold([{"id": "a", "text": "s", "events": []}], [])


def test_location_name_scored_on_matched_pairs():
    g = gold_event("ASSAULT", [("IRQ", None)])
    g["location"] = {"name": "Basra"}
    rec = {"id": "a", "text": "s", "events": [g]}
    report = score_sentence_gold([rec], [out(sys_event("ASSAULT", ["IRQ"],
                                                       location={"name": "Basra", "country": "IRQ"}))])
    assert report["figures"]["location_name_acc"] == 1.0
    accented = out(sys_event("ASSAULT", ["IRQ"], location={"name": "Basrá", "country": "IRQ"}))
    assert score_sentence_gold([rec], [accented])["figures"]["location_name_acc"] == 1.0


# --- document gold ---------------------------------------------------------------------------

TEXT = ("Talks between Aland and Borduria were held on May 16 in Istanbul. "
        "The talks ended without any ceasefire agreement. "
        "\u201cWe want peace,\u201d the minister said.")
S1 = (0, 66)
S2 = (67, 115)


def doc_gold(**extra):
    gold = {"published": "2025-05-29",
            "events": [{"event": "CONSULT", "modality": "asserted", "actor": ["RUS", "UKR"],
                        "recipient": [], "date": "2025-05-16", "date_precision": "day",
                        "location": {"name": "Istanbul", "country": "TUR"},
                        "evidence": "were held on May 16"}],
            "must_not_assert": [{"event": "AGREE", "evidence": "without any ceasefire agreement"}]}
    gold.update(extra)
    return gold


def test_document_event_needs_the_evidence_sentence():
    wrong_place = sys_event("CONSULT", ["RUS", "UKR"], sentence=TEXT[S2[0]:S2[1]], start=S2[0],
                            end=S2[1])
    report = score_document_gold(doc_gold(), TEXT, out(wrong_place))
    assert report["events"]["micro"]["tp"] == 0
    assert report["events"]["micro"]["fp"] == 1


def test_document_event_scores_date_location_and_modality():
    ev = sys_event("CONSULT", ["RUS", "UKR"], modality="historical", sentence=TEXT[:66],
                   start=0, end=66, date="2025-05-16",
                   location={"name": "Istanbul", "country": "TUR", "text": "Istanbul"})
    report = score_document_gold(doc_gold(), TEXT, out(ev))
    f = report["figures"]
    assert f["micro_f1"] == 1.0
    assert (f["date_acc"], f["location_country_acc"], f["modality_acc"]) == (1.0, 1.0, 0.0)
    assert report["modality_confusion"] == {"asserted": {"historical": 1}}


def test_offsets_overlap_is_enough_when_sentence_text_differs():
    ev = sys_event("CONSULT", ["RUS", "UKR"], sentence="(reformatted)", start=40, end=50)
    assert score_document_gold(doc_gold(), TEXT, out(ev))["events"]["micro"]["tp"] == 1


def test_must_not_violation_counts_only_assertions():
    asserted = sys_event("AGREE", ["RUS"], sentence=TEXT[S2[0]:S2[1]], start=S2[0], end=S2[1])
    negated = dict(asserted, modality="negated")
    assert score_document_gold(doc_gold(), TEXT, out(negated))["figures"]["must_not_violations"] == 0
    report = score_document_gold(doc_gold(), TEXT, out(asserted))
    assert report["figures"]["must_not_violations"] == 1
    assert report["events"]["micro"]["fp"] == 1
    assert any(e["kind"] == "must_not" for e in report["errors"])


def test_event_paired_with_gold_is_not_a_must_not_violation():
    # The gold event and the must-not item share a sentence: the right event is no violation.
    gold = doc_gold(must_not_assert=[{"event": "CONSULT", "evidence": "in Istanbul"}])
    ev = sys_event("CONSULT", ["RUS", "UKR"], sentence=TEXT[:66], start=0, end=66)
    assert score_document_gold(gold, TEXT, out(ev))["figures"]["must_not_violations"] == 0
    second = dict(ev, actor=[actor("TUR")])
    assert score_document_gold(gold, TEXT, out(ev, second))["figures"]["must_not_violations"] == 1


def test_must_not_any_category_and_future_mapping():
    gold = doc_gold(events=[], must_not_assert=[{"event": "ANY", "evidence": "ceasefire agreement"},
                                     {"event": "AGREE", "evidence": "held on May 16"}])
    future_consult = sys_event("CONSULT", ["RUS"], modality="future", sentence=TEXT[:66])
    threat = sys_event("THREATEN", ["RUS"], sentence=TEXT[S2[0]:S2[1]])
    # future CONSULT is AGREE in the strict view: it violates the AGREE item too
    report = score_document_gold(gold, TEXT, out(future_consult, threat))
    assert report["must_not"]["figures"] == {"items": 2, "violations": 2, "violating_events": 2}


def test_quote_attribution():
    gold = doc_gold(quotes=[{"speaker": "Sergei Lavrov", "speaker_country": "RUS",
                             "speaker_sector": "GOV", "speaker_role": "Foreign Minister",
                             "date": "2025-05-28", "text_contains": "we want peace"}])
    quote = {"speaker": {"text": "Lavrov", "name": "Sergei Lavrov", "code": "RUS",
                         "sector": "GOV", "role": "Foreign Minister"},
             "text": "We want peace", "direct": True, "date": "2025-05-28", "evidence": {}}
    f = score_document_gold(gold, TEXT, out(quotes=[quote]))["figures"]
    assert (f["quotes_found"], f["quotes_attribution"], f["quotes_role_acc"]) == (1.0, 1.0, 1.0)
    quote["speaker"] = dict(quote["speaker"], code="UKR")
    f = score_document_gold(gold, TEXT, out(quotes=[quote]))["figures"]
    assert (f["quotes_found"], f["quotes_attribution"]) == (1.0, 0.0)


def test_empty_ledger_scores_zero_found():
    gold = doc_gold(rounds=[{"process": ["RUS", "UKR"], "date": "2025-05-16", "status": "held"}],
                    positions=[{"holder": "RUS", "issue": "neutrality", "stance": "demand"}],
                    claims=[{"text": "the war has lasted over two years"}])
    f = score_document_gold(gold, TEXT, out())["figures"]
    assert (f["rounds_recall"], f["positions_f1"], f["claims_recall"]) == (0.0, 0.0, 0.0)


def test_rounds_positions_claims_pairing():
    gold = doc_gold(
        rounds=[{"process": ["RUS", "UKR"], "date": "2022-03", "date_precision": "month",
                 "status": "held", "format": "direct"},
                {"process": ["RUS", "UKR"], "date": "2025-05-16", "status": "held",
                 "venue": {"name": "Istanbul", "country": "TUR"}, "outcome": ["no_ceasefire"]}],
        positions=[{"holder": "RUS", "issue": "neutrality", "stance": "demand", "concerns": "UKR"}],
        claims=[{"text": "the conflict has now lasted over two years"}])
    system = out(
        rounds=[{"process": ["UKR", "RUS"], "date": "2025-05-16", "status": "held",
                 "venue": {"name": "Istanbul", "country": "TUR"}, "outcome": ["no_ceasefire"]},
                {"process": ["RUS", "UKR"], "date": "2022-03-01", "status": "held",
                 "format": "direct", "venue": None}],
        positions=[{"holder": "RUS", "issue": "neutrality", "stance": "oppose",
                    "concerns": ["UKR"]}],
        claims=[{"text": "which has now lasted over two years", "kind": "duration"}])
    f = score_document_gold(gold, TEXT, system)["figures"]
    assert (f["rounds_f1"], f["rounds_date_acc"], f["rounds_venue_country_acc"]) == (1.0, 1.0, 1.0)
    assert (f["positions_f1"], f["positions_stance_acc"], f["positions_concerns_acc"]) == (1.0, 0.0, 1.0)
    assert f["claims_recall"] == 1.0


def test_terminal_output_escapes_control_characters():
    assert safe("evil\x1b[2Jtext\u202e") == "evil\\x1b[2Jtext\\u202e"


# --- gate ------------------------------------------------------------------------------------

FLOORS = {"version": 1, "margin": 0.02,
          "golds": {"g.jsonl": {"min": {"micro_f1": 0.30, "actor_country_acc": 0.5}, "max": {}},
                    "seed/gold.json": {"min": {}, "max": {"must_not_violations": 0}}},
          "history": []}


@pytest.fixture
def floors_file(tmp_path):
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(FLOORS))
    return path


def test_gate_fails_listing_each_figure_below_its_floor(floors_file):
    measured = {"g.jsonl": {"micro_f1": 0.25, "actor_country_acc": None},
                "seed/gold.json": {"must_not_violations": 1}}
    result = gate_mod.run_gate(floors_file, measured=measured)
    assert not result.ok
    assert result.failures == [
        "g.jsonl: micro_f1 0.2500 is below its floor 0.3",
        "g.jsonl: actor_country_acc 0.0000 is below its floor 0.5",
        "seed/gold.json: must_not_violations 1 is above its ceiling 0",
    ]


@pytest.fixture
def no_default_eval(monkeypatch, tmp_path):
    """A checkout without ../shared/eval, outside CI."""
    monkeypatch.delenv("CI", raising=False)
    absent = tmp_path / "absent"
    monkeypatch.setattr(gate_mod, "default_eval_dir", lambda root=None: absent)
    return absent


def test_gate_skips_without_eval_folder(floors_file, no_default_eval):
    result = gate_mod.run_gate(floors_file)
    assert result.ok and result.skipped
    assert result.message == (f"gate skipped: no eval folder at {no_default_eval} (the gold "
                              f"files are not in this checkout; pass --eval-dir).")


def test_gate_fails_without_eval_folder_under_ci(floors_file, no_default_eval, monkeypatch):
    monkeypatch.setenv("CI", "true")
    result = gate_mod.run_gate(floors_file)
    assert not result.ok and not result.skipped
    assert result.message == (f"gate FAILED: no eval folder at {no_default_eval}; CI=true "
                              f"requires the gold files (put them there or pass --eval-dir).")


def test_gate_fails_on_a_missing_gold_file_under_ci(floors_file, tmp_path, monkeypatch):
    monkeypatch.setenv("CI", "true")
    eval_dir = tmp_path / "eval"
    eval_dir.mkdir()  # the folder is there, the gold files are not
    result = gate_mod.run_gate(floors_file, eval_dir=eval_dir)
    assert not result.ok
    assert result.failures == [f"g.jsonl: gold file not found in {eval_dir}",
                               f"seed/gold.json: gold file not found in {eval_dir}"]


def test_figures_handed_in_are_checked_as_given_under_ci(floors_file, monkeypatch):
    monkeypatch.setenv("CI", "true")
    result = gate_mod.run_gate(floors_file, measured={"g.jsonl": {"micro_f1": 0.9,
                                                                   "actor_country_acc": 0.9}})
    assert result.ok


def test_gate_refuses_a_mistyped_eval_dir(floors_file, tmp_path):
    with pytest.raises(gate_mod.GateError) as exc:
        gate_mod.run_gate(floors_file, eval_dir=tmp_path / "typo")
    assert str(exc.value) == (f"--eval-dir {tmp_path / 'typo'}: no such folder; give the folder "
                              f"that holds g.jsonl, seed/gold.json.")


def test_raise_floors_rounds_down_with_margin_and_never_lowers(floors_file):
    measured = {"g.jsonl": {"micro_f1": 0.4567, "actor_country_acc": 0.40}}
    result = gate_mod.run_gate(floors_file, raise_floors=True, measured=measured)
    data = json.loads(floors_file.read_text())
    assert data["golds"]["g.jsonl"]["min"] == {"micro_f1": 0.43, "actor_country_acc": 0.5}
    assert data["history"][-1]["raised"] == {"g.jsonl:micro_f1": [0.3, 0.43]}
    assert not result.ok  # actor_country_acc is still below its (unlowered) floor


def test_lowering_needs_a_reason(floors_file):
    with pytest.raises(gate_mod.GateError) as exc:
        gate_mod.run_gate(floors_file, raise_floors=True, allow_lower=True, measured={})
    assert str(exc.value) == ('--allow-lower needs --reason "..." saying why the floors go down; '
                              "it is recorded in the floors file's history.")


def test_lowering_with_reason_is_recorded(floors_file):
    measured = {"g.jsonl": {"micro_f1": 0.35, "actor_country_acc": 0.40}}
    result = gate_mod.run_gate(floors_file, raise_floors=True, allow_lower=True,
                               reason="new gold half is harder", measured=measured)
    assert result.ok
    entry = json.loads(floors_file.read_text())["history"][-1]
    assert entry["action"] == "lowered"
    assert entry["lowered"] == {"g.jsonl:actor_country_acc": [0.5, 0.38]}
    assert entry["reason"] == "new gold half is harder"


def _floors_versions():
    """Every committed version of quality/floors.json, oldest first ([] without git history)."""
    try:
        shas = subprocess.run(["git", "log", "--format=%H", "--reverse", "--",
                               "quality/floors.json"], cwd=REPO, capture_output=True,
                              text=True, check=True, timeout=20).stdout.split()
        return [(sha[:10], json.loads(subprocess.run(
                    ["git", "show", f"{sha}:quality/floors.json"], cwd=REPO, capture_output=True,
                    text=True, check=True, timeout=20).stdout)) for sha in shas]
    except (OSError, subprocess.SubprocessError, ValueError):
        return []


def _explained(current: dict, key: str) -> bool:
    return any(key in (h.get("lowered") or {}) and (h.get("reason") or "").strip()
               for h in current.get("history") or ())


def _lowered(before: dict, after: dict) -> list[str]:
    """Figures whose bound is looser in ``after`` than in ``before``."""
    out = []
    for gold, bounds in before.get("golds", {}).items():
        now = after.get("golds", {}).get(gold, {})
        for name, old in (bounds.get("min") or {}).items():
            if (now.get("min") or {}).get(name, 0.0) < old:
                out.append(f"{gold}:{name}")
        for name, old in (bounds.get("max") or {}).items():
            if (now.get("max") or {}).get(name, float("inf")) > old:
                out.append(f"{gold}:{name}")
    return out


def _replayed(current: dict) -> dict:
    """The floors ``current``'s history entries add up to, each move applied in order."""
    floors: dict = {"golds": {}}
    for entry in current.get("history") or ():
        for key, (_old, new) in {**(entry.get("raised") or {}),
                                 **(entry.get("lowered") or {})}.items():
            gold, name = key.rsplit(":", 1)
            ceilings = current.get("golds", {}).get(gold, {}).get("max") or {}
            kind = "max" if name in ceilings else "min"
            floors["golds"].setdefault(gold, {}).setdefault(kind, {})[name] = new
    return floors


CURRENT_FLOORS = json.loads((REPO / "quality" / "floors.json").read_text())


def test_floors_match_their_own_history():
    # Works without git (a shallow CI checkout): a floor edited below what its recorded raises
    # and lowerings add up to is a silent lowering.
    silent = _lowered(_replayed(CURRENT_FLOORS), CURRENT_FLOORS)
    assert not silent, f"floors below their recorded history: {', '.join(silent)}"


def test_floors_are_not_lowered_silently_since_any_landed_version():
    versions = _floors_versions()
    if not versions:
        pytest.skip("no git history of quality/floors.json in this checkout")
    for sha, previous in versions:
        history = previous.get("history") or []
        assert (CURRENT_FLOORS.get("history") or [])[:len(history)] == history, (
            f"the floors history was rewritten since {sha}; only append to it")
        unexplained = [k for k in _lowered(previous, CURRENT_FLOORS)
                       if not _explained(CURRENT_FLOORS, k)]
        assert not unexplained, (f"floors lowered since {sha} without a history entry giving "
                                 f"the reason: {', '.join(unexplained)}")


def test_the_floor_checks_catch_a_silent_lowering():
    raised = {"date": "2026-01-01", "action": "raised", "lowered": {},
              "raised": {"g.jsonl:micro_f1": [0.0, 0.7]}}
    edited = {"golds": {"g.jsonl": {"min": {"micro_f1": 0.6}}}, "history": [raised]}
    assert _lowered(_replayed(edited), edited) == ["g.jsonl:micro_f1"]
    assert not _explained(edited, "g.jsonl:micro_f1")
    edited["history"].append({"action": "lowered", "reason": "harder gold",
                              "lowered": {"g.jsonl:micro_f1": [0.7, 0.6]}, "raised": {}})
    assert _lowered(_replayed(edited), edited) == []
    assert _explained(edited, "g.jsonl:micro_f1")


# --- CLI -------------------------------------------------------------------------------------

def test_eval_cli_on_document_gold(tmp_path, monkeypatch):
    (tmp_path / "a.txt").write_text(TEXT)
    gold = doc_gold(text_file="a.txt")
    (tmp_path / "gold.json").write_text(json.dumps(gold))
    seen = {}

    def fake_run_system(articles, model="sm", analyzer=None):
        seen["published"] = articles[0].published.isoformat()
        return [out(sys_event("CONSULT", ["RUS", "UKR"], sentence=TEXT[:66], start=0, end=66))]

    monkeypatch.setattr("detente.evaluate.run.run_system", fake_run_system)
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.json"), "--json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["figures"]["micro_f1"] == 1.0
    assert seen["published"] == "2025-05-29"
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "gold.json"), "--published",
                                       "2025-06-01"])
    assert seen["published"] == "2025-06-01"
    assert "micro         1    1    1  1.000  1.000  1.000" in result.output


def test_eval_cli_rejects_bad_gold(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1}\n')
    result = CliRunner().invoke(main, ["eval", str(bad)])
    assert result.exit_code == 1
    assert result.output == (f"Error: {bad}:1: a sentence gold record needs a 'text' string "
                             f"and an 'events' list.\n")


def test_gate_cli_skips_cleanly(no_default_eval, floors_file):
    # floors with eval-folder golds only (the repository's own golds are always measured)
    result = CliRunner().invoke(main, ["gate", str(floors_file)])
    assert result.exit_code == 0
    assert result.output == (f"gate skipped: no eval folder at {no_default_eval} (the gold "
                             f"files are not in this checkout; pass --eval-dir).\n")


def test_gate_cli_rejects_a_mistyped_eval_dir(tmp_path):
    result = CliRunner().invoke(main, ["gate", str(REPO / "quality" / "floors.json"),
                                       "--eval-dir", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.output.startswith(f"Error: --eval-dir {tmp_path / 'nope'}: no such folder; ")


@pytest.mark.parametrize("command", ["eval", "gate", "bench"])
def test_commands_have_help(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0 and "Usage:" in result.output


@pytest.mark.model
def test_evaluate_file_runs_the_real_pipeline(tmp_path, analyzer):
    from detente.evaluate import evaluate_file

    gold = tmp_path / "tiny.jsonl"
    gold.write_text(json.dumps({"id": "t1", "text": "Kenya and Uganda held talks on Monday.",
                                "events": [gold_event("CONSULT", [("KEN", None), ("UGA", None)])]})
                    + "\n")
    report = evaluate_file(gold, analyzer=analyzer)
    assert report["units"] == 1 and report["gold_events"] == 1
    assert report["published"] == "2000-01-01"
    assert set(report["figures"]) >= {"micro_f1", "macro_f1", "micro_precision", "micro_recall"}


# --- a folder of whole articles: fully-right fields, pooling, loading --------------------------

ART = "ISLAMABAD - Police arrested five men in Quetta on Tuesday. Later the men were freed."


def _gold_doc(doc_id, events, **extra):
    return {"id": doc_id, "published": "2025-03-12", "text": ART, "events": events,
            "must_not_assert": [], "quotes": [], **extra}


def _arrest(date="2025-03-11", location=None):
    return {"event": "COERCE", "actor": ["PAK"], "recipient": [], "date": date,
            "location": location, "evidence": "Police arrested five men in Quetta"}


@pytest.mark.parametrize("gold_kw,sys_kw,full", [
    # the text's date at its precision; the place by name
    ({"location": {"name": "Quetta", "country": "PAK", "level": "city"}},
     {"date": "2025-03-11", "location": {"name": "Quetta", "country": "PAK"}}, True),
    ({"location": {"name": "Quetta", "country": "PAK", "level": "city"}},
     {"date": "2025-03-11", "location": {"name": "Islamabad", "country": "PAK"}}, False),
    # no place in the text: an invented one is wrong
    ({}, {"date": "2025-03-11", "location": {"name": "Lahore", "country": "PAK"}}, False),
    # a country-level gold place is right by country
    ({"location": {"name": "Pakistan", "country": "PAK", "level": "country"}},
     {"date": "2025-03-11", "location": {"name": "Pakistan", "country": "PAK"}}, True),
    # no date in the text: no system date, or the publication date marked as such, is right
    ({"date": None}, {"date": None}, True),
    ({"date": None}, {"date": "2025-03-12", "date_basis": "publication"}, True),
    ({"date": None}, {"date": "2025-03-10", "date_basis": "text"}, False),
    ({}, {"date": "2025-03-12", "date_basis": "publication"}, False),
])
def test_fully_right_needs_every_field(gold_kw, sys_kw, full):
    gold = _gold_doc("a", [_arrest(**gold_kw)])
    ev = sys_event("COERCE", ["PAK"], sentence="ISLAMABAD - Police arrested five men in Quetta "
                   "on Tuesday.", date=sys_kw.get("date"), location=sys_kw.get("location"))
    ev["date_basis"] = sys_kw.get("date_basis", "text" if sys_kw.get("date") else None)
    figures = score_document_gold(gold, ART, out(ev))["figures"]
    assert figures["fully_right"] == (1.0 if full else 0.0)
    assert figures["fully_right_of_output"] == (1.0 if full else 0.0)


def test_also_evidence_pairs_the_same_event_told_again():
    gold = _gold_doc("a", [dict(_arrest(), also_evidence=["the men were freed"],
                                event="COERCE")])
    later = sys_event("COERCE", ["PAK"], sentence="Later the men were freed.",
                      date="2025-03-11")
    report = score_document_gold(gold, ART, out(later))
    assert report["events"]["micro"]["tp"] == 1
    # told twice by the system: one record per real event, the second is a false positive
    first = sys_event("COERCE", ["PAK"], sentence="ISLAMABAD - Police arrested five men in "
                      "Quetta on Tuesday.", date="2025-03-11")
    report = score_document_gold(gold, ART, out(first, later))
    assert (report["events"]["micro"]["tp"], report["events"]["micro"]["fp"]) == (1, 1)


def test_corpus_pools_counts_not_ratios():
    from detente.evaluate.corpus import score_corpus

    right = sys_event("COERCE", ["PAK"], sentence="ISLAMABAD - Police arrested five men in "
                      "Quetta on Tuesday.", date="2025-03-11")
    nobody = sys_event("ASSAULT", [actor(None, "REB")], sentence="Later the men were freed.")
    docs = [("a", _gold_doc("a", [_arrest()]), ART, out(right)),
            ("b", _gold_doc("b", [_arrest(), dict(_arrest(), event="RETREAT",
                                                   evidence="the men were freed")]),
             ART, out(right, nobody))]
    report = score_corpus(docs)
    f = report["figures"]
    assert (report["gold_events"], report["system_events"]) == (3, 3)
    assert report["events"]["micro"]["tp"] == 2
    assert f["micro_precision"] == round(2 / 3, 4) and f["micro_recall"] == round(2 / 3, 4)
    assert f["fully_right_of_output"] == round(2 / 3, 4)
    assert f["actor_no_country_share"] == round(1 / 3, 4)
    assert report["per_document"]["b"] == {"gold": 2, "system": 2, "tp": 1, "fully_right": 1}
    kinds = sorted((e["id"], e["kind"]) for e in report["errors"])
    assert kinds == [("b", "false_positive"), ("b", "miss")]


def test_gold_folder_loading(tmp_path):
    from detente.errors import GoldFormatError
    from detente.evaluate import load_gold

    with pytest.raises(GoldFormatError, match="no document gold files"):
        load_gold(tmp_path)
    for name in ("one", "two"):
        (tmp_path / f"{name}.json").write_text(json.dumps(_gold_doc("same", [])))
    with pytest.raises(GoldFormatError, match="'same' is used by more than one file"):
        load_gold(tmp_path)
    (tmp_path / "two.json").write_text(json.dumps(_gold_doc("other", [])))
    loaded = load_gold(tmp_path)
    assert loaded["kind"] == "documents" and len(loaded["docs"]) == 2


def test_gate_measures_the_repository_gold_without_an_eval_folder(tmp_path, no_default_eval,
                                                                  monkeypatch):
    floors = dict(FLOORS, golds={**FLOORS["golds"],
                                 "repo:quality/gold/voa": {"min": {"micro_f1": 0.5}, "max": {}}})
    path = tmp_path / "floors.json"
    path.write_text(json.dumps(floors))
    asked = []

    def fake_measure(eval_dir, golds, model, root=None):
        asked.append(list(golds))
        return {"repo:quality/gold/voa": {"micro_f1": 0.4}}

    monkeypatch.setattr(gate_mod, "measure", fake_measure)
    result = gate_mod.run_gate(path)
    assert asked == [["repo:quality/gold/voa"]]
    assert not result.ok and result.failures == [
        "repo:quality/gold/voa: micro_f1 0.4000 is below its floor 0.5"]
    assert result.message.splitlines()[0] == (
        f"no eval folder at {no_default_eval}: measured only the repository's own gold "
        f"(repo:quality/gold/voa)")


def test_gold_path_resolves_repository_keys_against_the_root(tmp_path):
    assert gate_mod.gold_path("repo:quality/gold/voa", tmp_path / "e", tmp_path / "r") == \
        tmp_path / "r" / "quality" / "gold" / "voa"
    assert gate_mod.gold_path("seed/gold.json", tmp_path / "e", tmp_path / "r") == \
        tmp_path / "e" / "seed" / "gold.json"


def test_corpus_report_renders_fully_right_and_article_ids():
    from detente.evaluate.corpus import score_corpus

    miss = [("doc-7", _gold_doc("doc-7", [_arrest()]), ART, out())]
    text = render(dict(score_corpus(miss), gold_path="gold/voa", model="sm"), errors=True)
    assert "documents gold, 1 article" in text.splitlines()[0]
    assert "fully right (category, actor and recipient countries, date, place):   -   of " \
           "output events, 0.000 of gold events" in text
    assert "  [doc-7] MISS           COERCE  gold PAK -> - [asserted]" in text


def test_a_system_record_pairs_through_its_also_evidence():
    gold = _gold_doc("a", [dict(_arrest(), evidence="the men were freed", event="COERCE")])
    ev = sys_event("COERCE", ["PAK"], sentence="ISLAMABAD - Police arrested five men in Quetta "
                   "on Tuesday.", date="2025-03-11")
    ev["also_evidence"] = [{"sentence": "Later the men were freed.", "start": 58, "end": 83}]
    assert score_document_gold(gold, ART, out(ev))["events"]["micro"]["tp"] == 1
    ev["also_evidence"] = []
    assert score_document_gold(gold, ART, out(ev))["events"]["micro"]["tp"] == 0
