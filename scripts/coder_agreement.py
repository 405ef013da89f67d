"""How far two hand codings of the same stories agree, scored as ``detente eval`` scores the
system: coding B's events stand in for system output against coding A as gold (and the other
way round with --swap), and detente's own output is scored against each coding on the same
stories. Prints aggregate figures only, never a coding's content, so it can be run on the
held-out sets.

    .venv/bin/python scripts/coder_agreement.py quality/gold/voa-held quality/agreement/voa-held-b
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.evaluate.corpus import score_corpus  # noqa: E402
from detente.evaluate.document import gold_event_as_system_shape  # noqa: E402

FIGURES = ("fully_right_of_output", "fully_right_of_gold", "actor_country_acc",
           "recipient_country_acc", "date_acc", "location_name_acc", "full_place")


def _span(text: str, needle: str) -> dict:
    at = text.find(needle)
    return {"sentence": needle, "start": at, "end": at + len(needle)} if at >= 0 \
        else {"sentence": needle}


def as_output(coding: dict, text: str) -> dict:
    """A hand coding's events in the shape of detente's output, its evidence as text spans."""
    events = []
    for g in coding.get("events") or ():
        e = gold_event_as_system_shape(g)
        e["evidence"] = _span(text, g.get("evidence") or "")
        e["also_evidence"] = [_span(text, x) for x in g.get("also_evidence") or ()]
        e.setdefault("modality", "asserted")
        events.append(e)
    return {"events": events, "quotes": []}


def find(report, key):
    """The first value named ``key`` anywhere in a nested report."""
    if isinstance(report, dict):
        if key in report:
            return report[key]
        for value in report.values():
            found = find(value, key)
            if found is not None:
                return found
    return None


def pairs(dir_a: Path, dir_b: Path) -> list[tuple[str, dict, dict]]:
    """(name, coding A, coding B) for every story coded in ``dir_b``."""
    out = []
    for path in sorted(dir_b.glob("*.json")):
        a = json.loads((dir_a / path.name).read_text(encoding="utf-8"))
        b = json.loads(path.read_text(encoding="utf-8"))
        if a["text"] != b["text"]:
            raise SystemExit(f"{path.name}: the two codings are of different texts")
        out.append((path.name, a, b))
    return out


def agreement(stories: list, swap: bool = False) -> dict:
    """Coding B scored against coding A as gold (``swap``: A against B)."""
    return score_corpus([(name, b if swap else a, a["text"], as_output(a if swap else b,
                                                                          a["text"]))
                         for name, a, b in stories])


def _line(label: str, report: dict) -> str:
    micro = find(report, "micro") or {}
    parts = [f"P/R/F1 {micro.get('precision', 0):.3f}/{micro.get('recall', 0):.3f}/"
             f"{micro.get('f1', 0):.3f}"]
    parts += [f"{k} {v:.3f}" for k in FIGURES if isinstance(v := find(report, k), float)]
    return f"{label}: " + ", ".join(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("coding_a", type=Path, help="folder of gold files (coding A)")
    ap.add_argument("coding_b", type=Path, help="folder of a second coding of some of them")
    ap.add_argument("--no-system", action="store_true", help="skip scoring detente's output")
    args = ap.parse_args(argv)
    stories = pairs(args.coding_a, args.coding_b)
    n = sum(len(a.get("events") or ()) for _, a, _ in stories)
    m = sum(len(b.get("events") or ()) for _, _, b in stories)
    print(f"{len(stories)} stories coded twice: {n} events in A, {m} in B")
    print(_line("B against A", agreement(stories)))
    print(_line("A against B", agreement(stories, swap=True)))
    if not args.no_system:
        from detente.evaluate.run import run_system
        from detente.records import Article

        arts = [Article.make(a["text"], published=dt.date.fromisoformat(a["published"][:10]),
                             id=name) for name, a, _ in stories]
        outs = run_system(arts)
        for label, k in (("detente against A", 1), ("detente against B", 2)):
            print(_line(label, score_corpus([(s[0], s[k], s[1]["text"], o)
                                             for s, o in zip(stories, outs)])))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
