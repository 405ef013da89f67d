"""The quality gate: pinned floors per gold file, checked in CI, lowered only on purpose.

``quality/floors.json`` holds, for each gold file (path relative to the eval folder), ``min``
floors (figure must be >= floor) and ``max`` ceilings (figure must be <= ceiling, e.g.
must-not violations). Figures are the flat ``figures`` of an evaluation report; a figure that
could not be computed (no matched pairs) counts as 0.

Raising is routine: ``detente gate --raise-floors`` writes each measured figure rounded down to
two decimals after subtracting ``margin`` (ceilings: the measured value), only where that is
stricter than today. Lowering needs ``--allow-lower --reason "..."``, and the reason goes into
``history``; a test fails when a floor drops between commits without such an entry.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DetenteError
from .run import eval_options, evaluate_file

FLOORS_FILE = Path("quality") / "floors.json"


class GateError(DetenteError):
    pass


@dataclass
class GateResult:
    ok: bool
    message: str
    skipped: bool = False
    measured: dict[str, dict[str, Any]] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def ci_requires_gold() -> bool:
    """Under CI (``CI=true``, as CI services set it) a missing gold file is a failure: a gate
    that skips there would pass a build whose quality nobody measured."""
    return os.environ.get("CI", "").strip().lower() in ("1", "true", "yes")


def repo_root() -> Path:
    """The folder holding quality/floors.json: the cwd (or a parent), else this checkout."""
    for d in (Path.cwd(), *Path.cwd().parents):
        if (d / FLOORS_FILE).is_file():
            return d
    return Path(__file__).resolve().parents[3]


def default_eval_dir(root: Path | None = None) -> Path:
    return (root or repo_root()).parent / "shared" / "eval"


def read_floors(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise GateError(f"{path}: cannot read the floors file ({exc.strerror}).") from exc
    except json.JSONDecodeError as exc:
        raise GateError(f"{path}: not valid JSON ({exc.msg}); fix the file or restore it "
                        f"from git.") from exc
    if not isinstance(data, dict) or not isinstance(data.get("golds"), dict):
        raise GateError(f"{path}: expected an object with a 'golds' mapping of gold file -> "
                        f"{{'min': {{...}}, 'max': {{...}}}}.")
    return data


def _value(figures: dict, name: str) -> float:
    v = figures.get(name)
    return 0.0 if v is None else float(v)


def check(floors: dict[str, Any], measured: dict[str, dict[str, Any]]) -> list[str]:
    """One line per figure outside its bound, for the gold files that were measured."""
    failures = []
    for gold, bounds in floors["golds"].items():
        if gold not in measured:
            continue
        figs = measured[gold]
        for name, floor in (bounds.get("min") or {}).items():
            if _value(figs, name) < floor:
                failures.append(f"{gold}: {name} {_value(figs, name):.4f} is below its floor "
                                f"{floor}")
        for name, ceiling in (bounds.get("max") or {}).items():
            if _value(figs, name) > ceiling:
                failures.append(f"{gold}: {name} {_value(figs, name):g} is above its "
                                f"ceiling {ceiling}")
    return failures


def proposed(floors: dict[str, Any], measured: dict[str, dict[str, Any]],
             allow_lower: bool) -> tuple[dict, dict, dict]:
    """New floors from measured figures: (new floors data, raised, lowered) as name -> [old, new]."""
    margin = float(floors.get("margin", 0.02))
    new = json.loads(json.dumps(floors))
    raised: dict[str, list] = {}
    lowered: dict[str, list] = {}
    for gold, bounds in new["golds"].items():
        if gold not in measured:
            continue
        figs = measured[gold]
        for name, old in (bounds.get("min") or {}).items():
            cand = max(0.0, math.floor((_value(figs, name) - margin) * 100 + 1e-9) / 100)
            if cand > old or (allow_lower and cand < old):
                (raised if cand > old else lowered)[f"{gold}:{name}"] = [old, cand]
                bounds["min"][name] = cand
        for name, old in (bounds.get("max") or {}).items():
            cand = math.ceil(_value(figs, name))
            if cand < old or (allow_lower and cand > old):
                (raised if cand < old else lowered)[f"{gold}:{name}"] = [old, cand]
                bounds["max"][name] = cand
    return new, raised, lowered


#: Gold keys with this prefix live in the repository (path relative to the repo root), not in
#: the eval folder: the project's own hand-coded articles are always measured.
REPO_PREFIX = "repo:"


def gold_path(gold: str, eval_dir: Path, root: Path) -> Path:
    if gold.startswith(REPO_PREFIX):
        return root / gold[len(REPO_PREFIX):]
    return eval_dir / gold


def measure(eval_dir: Path, golds: list[str], model: str,
            root: Path | None = None) -> dict[str, dict[str, Any]]:
    """Run the evaluation on each gold file (or folder) that exists; one analyzer for all."""
    from ..pipeline import Analyzer  # loads spaCy: only when measuring

    root = root or repo_root()
    analyzer = None
    out = {}
    for gold in golds:
        path = gold_path(gold, eval_dir, root)
        if not path.exists():
            continue
        if analyzer is None:
            analyzer = Analyzer(eval_options(model))
        out[gold] = evaluate_file(path, model=model, analyzer=analyzer)["figures"]
    return out


def _measure_available(floors: dict, edir: Path, model: str, root: Path,
                       require_gold: bool) -> tuple[dict, list[str], GateResult | None]:
    """(measured figures, note lines, a final result when nothing can be measured)."""
    in_repo = [g for g in floors["golds"] if g.startswith(REPO_PREFIX)]
    if edir.is_dir():
        return measure(edir, list(floors["golds"]), model, root), [], None
    if require_gold:
        msg = (f"gate FAILED: no eval folder at {edir}; CI=true requires the gold files "
               f"(put them there or pass --eval-dir).")
        return {}, [], GateResult(False, msg, failures=[msg])
    if not in_repo:
        return {}, [], GateResult(True, f"gate skipped: no eval folder at {edir} (the gold "
                                        f"files are not in this checkout; pass --eval-dir).",
                                  skipped=True)
    note = [f"no eval folder at {edir}: measured only the repository's own gold "
            f"({', '.join(in_repo)})"]
    return measure(edir, in_repo, model, root), note, None


def run_gate(floors_path: str | Path | None = None, eval_dir: str | Path | None = None,
             model: str = "sm", raise_floors: bool = False, allow_lower: bool = False,
             reason: str | None = None, measured: dict | None = None,
             require_gold: bool | None = None) -> GateResult:
    """Check (and optionally move) the floors. ``measured`` skips running the system (tests).

    ``require_gold`` (default: ``CI=true`` in the environment) turns a missing eval folder or
    gold file into a failure instead of a skip.
    """
    if require_gold is None:
        require_gold = ci_requires_gold()
    if allow_lower and not (reason and reason.strip()):
        raise GateError("--allow-lower needs --reason \"...\" saying why the floors go down; "
                        "it is recorded in the floors file's history.")
    if allow_lower and not raise_floors:
        raise GateError("--allow-lower only makes sense with --raise-floors.")
    root = repo_root()
    path = Path(floors_path) if floors_path else root / FLOORS_FILE
    floors = read_floors(path)
    edir = Path(eval_dir) if eval_dir else default_eval_dir(root)
    if eval_dir and measured is None and not edir.is_dir():
        # a folder the user named and mistyped must not turn into a passing "skipped"
        raise GateError(f"--eval-dir {edir}: no such folder; give the folder that holds "
                        f"{', '.join(floors['golds'])}.")
    lines_skip: list[str] = []
    if measured is None:
        measured, lines_skip, early = _measure_available(floors, edir, model, root,
                                                         require_gold)
        if early is not None:
            return early
    else:
        require_gold = False  # figures handed in (tests, tools): what is absent was not asked for
    missing = [g for g in floors["golds"] if g not in measured]
    if lines_skip:
        missing = [g for g in missing if g.startswith(REPO_PREFIX)]
    if missing and require_gold:
        failures = [f"{g}: gold file not found in {edir}" if not g.startswith(REPO_PREFIX)
                    else f"{g}: not found at {gold_path(g, edir, root)}" for g in missing]
        msg = "\n".join([f"gate FAILED: CI=true requires every gold file of {path.name}",
                         *(f"  {f}" for f in failures)])
        return GateResult(False, msg, measured=measured, failures=failures)
    if not measured:
        return GateResult(True, f"gate skipped: none of the gold files in {path.name} "
                                f"({', '.join(floors['golds'])}) is in {edir}.", skipped=True)
    lines = lines_skip + [f"{gold}: not found, skipped" for gold in missing]
    if raise_floors:
        new, raised, lowered = proposed(floors, measured, allow_lower)
        if raised or lowered:
            entry = {"date": dt.date.today().isoformat(),
                     "action": "lowered" if lowered else "raised",
                     "raised": raised, "lowered": lowered}
            if lowered:
                entry["reason"] = reason.strip()
            new.setdefault("history", []).append(entry)
            path.write_text(json.dumps(new, indent=2) + "\n", encoding="utf-8")
            floors = new
        for name, (old, cand) in sorted(raised.items()):
            lines.append(f"raised {name}: {old} -> {cand}")
        for name, (old, cand) in sorted(lowered.items()):
            lines.append(f"lowered {name}: {old} -> {cand} ({reason.strip()})")
        if not raised and not lowered:
            lines.append("no floor moved: every measured figure is within the margin of its "
                         "floor")
    failures = check(floors, measured)
    n = sum(len(b.get("min") or {}) + len(b.get("max") or {})
            for g, b in floors["golds"].items() if g in measured)
    if failures:
        lines.append(f"gate FAILED: {len(failures)} of {n} figures out of bounds")
        lines.extend(f"  {f}" for f in failures)
        return GateResult(False, "\n".join(lines), measured=measured, failures=failures)
    lines.append(f"gate passed: {n} figures within their floors "
                 f"({', '.join(g for g in floors['golds'] if g in measured)}).")
    return GateResult(True, "\n".join(lines), measured=measured)
