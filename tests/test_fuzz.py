"""A bounded run of scripts/fuzz.py in CI: hostile inputs through readers, pipeline and store.

The full run (10,000 inputs, figures in the README's Reliability section) is
``python scripts/fuzz.py --n 10000 --seed 7``; this one keeps CI to well under a minute.
"""

import importlib.util
import sys
from pathlib import Path

import pytest

FUZZ = Path(__file__).resolve().parents[1] / "scripts" / "fuzz.py"


def _fuzz():
    spec = importlib.util.spec_from_file_location("detente_fuzz", FUZZ)
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # dataclasses look their module up there
    spec.loader.exec_module(mod)
    return mod


def test_generation_is_reproducible_from_the_seed(tmp_path):
    fuzz = _fuzz()
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    plan_a, plan_b = fuzz.generate(5, 80, a), fuzz.generate(5, 80, b)
    assert [(Path(u.file).name, u.line) for u in plan_a.units] == \
        [(Path(u.file).name, u.line) for u in plan_b.units]
    assert len(plan_a.units) == 80
    for pa in sorted(a.iterdir()):
        assert pa.read_bytes() == (b / pa.name).read_bytes()


def test_accounting_finds_a_silent_drop_and_a_forged_line():
    fuzz = _fuzz()
    plan = fuzz.Plan(units=[fuzz.Unit("in/x.jsonl", 1, "jsonl", "{}"),
                            fuzz.Unit("in/x.jsonl", 2, "jsonl", "[]"),
                            fuzz.Unit("in/x.jsonl", 3, "jsonl", "{}"),
                            fuzz.Unit("in/y\n.txt", None, "text")])

    class R:  # a rejection as the readers give it
        def __init__(self, origin, code, message):
            self.origin, self.code, self.message = origin, code, message

        def __str__(self):
            return f"{self.origin}: {self.message}"

    outcomes = ([{"origin": "in/x.jsonl:1"}],
                [R("in/y\\n.txt", "binary", "binary\nin/z.txt: forged")])
    acc = fuzz.account(plan, *outcomes, unchanged=1)
    assert [(u.file, u.line) for u in acc["silent"]] == [("in/x.jsonl", 2), ("in/x.jsonl", 3)]
    assert acc["bad_lines"] == ["in/y\\n.txt: binary\nin/z.txt: forged"]
    # the ingest counted both unnamed records as already stored: duplicates, not drops
    acc = fuzz.account(plan, *outcomes, unchanged=2)
    assert acc["silent"] == [] and len(acc["duplicates"]) == 2


@pytest.mark.model
def test_a_bounded_fuzz_run_has_no_crash_hang_or_silent_drop(tmp_path, capsys):
    status = _fuzz().run(n=150, seed=20261130, watchdog=900, keep=str(tmp_path))
    out = capsys.readouterr().out
    assert status == 0, out
    assert "crashes 0, hangs 0, boundary 0, silent drops 0, bad lines 0" in out
