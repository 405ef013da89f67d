"""scripts/coder_agreement.py: two codings of the same stories scored as detente eval scores
the system (made-up stories)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEXT = ("Zorvanian troops shelled the border town of Kelm on Monday. The next day the "
        "government of Ostria condemned the shelling and recalled its ambassador.")
EVENTS = [
    {"event": "ASSAULT", "modality": "asserted", "actor": ["ZZA"], "actor_sector": "MIL",
     "recipient": ["ZZB"], "date": "2025-03-10", "evidence": "Zorvanian troops shelled the "
     "border town of Kelm on Monday."},
    {"event": "ACCUSE", "modality": "asserted", "actor": ["ZZB"], "recipient": ["ZZA"],
     "date": "2025-03-11", "evidence": "the government of Ostria condemned the shelling"},
    {"event": "SANCTION", "modality": "asserted", "actor": ["ZZB"], "recipient": ["ZZA"],
     "date": "2025-03-11", "evidence": "recalled its ambassador"},
]


def _script():
    spec = importlib.util.spec_from_file_location("coder_agreement",
                                                  ROOT / "scripts/coder_agreement.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _write(folder: Path, events: list) -> None:
    folder.mkdir()
    (folder / "s1.json").write_text(json.dumps({"id": "s1", "published": "2025-03-12",
                                                "text": TEXT, "events": events}))


def test_a_coding_agrees_with_itself(tmp_path):
    script = _script()
    _write(tmp_path / "a", EVENTS)
    _write(tmp_path / "b", EVENTS)
    report = script.agreement(script.pairs(tmp_path / "a", tmp_path / "b"))
    micro = script.find(report, "micro")
    assert (micro["tp"], micro["fp"], micro["fn"]) == (3, 0, 0)
    assert script.find(report, "fully_right_of_output") == 1.0


def test_a_missing_event_and_a_wrong_country_count(tmp_path):
    script = _script()
    other = [dict(EVENTS[0], actor=["ZZC"]), EVENTS[1]]
    _write(tmp_path / "a", EVENTS)
    _write(tmp_path / "b", other)
    stories = script.pairs(tmp_path / "a", tmp_path / "b")
    micro = script.find(script.agreement(stories), "micro")
    assert (micro["tp"], micro["fp"], micro["fn"]) == (2, 0, 1)
    swapped = script.find(script.agreement(stories, swap=True), "micro")
    assert (swapped["tp"], swapped["fp"], swapped["fn"]) == (2, 1, 0)
    assert script.find(script.agreement(stories), "actor_country_acc") == 0.5


def test_codings_of_different_texts_are_refused(tmp_path):
    script = _script()
    _write(tmp_path / "a", EVENTS)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "s1.json").write_text(json.dumps({"text": TEXT + " More.",
                                                        "events": []}))
    try:
        script.pairs(tmp_path / "a", tmp_path / "b")
    except SystemExit as exc:
        assert "different texts" in str(exc)
    else:
        raise AssertionError("different texts were paired")
