"""Fit the event-confidence model (``src/detente/data/confidence_model.json``).

Runs detente over the development gold stories, labels each output event as paired with a
gold event or not (the pairing ``detente eval`` uses), fits an L2-regularised logistic model
on the general features of ``detente.events.confidence``, and reports grouped
cross-validation (stories never split across folds): the precision, recall and F1 the
development stories would reach at each threshold. The held-out sets (``voa-check``,
``voa-held``) are refused: they stay unseen.

    .venv/bin/python scripts/train_confidence.py            # report only
    .venv/bin/python scripts/train_confidence.py --write    # also write the model file
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.evaluate.document import score_events  # noqa: E402
from detente.evaluate.common import strict_category  # noqa: E402
from detente.evaluate.run import gold_published, load_gold, eval_options  # noqa: E402
from detente.pipeline import Analyzer  # noqa: E402
from detente.records import Article  # noqa: E402

DEV_SETS = ("quality/gold/voa", "quality/gold/voa-fresh")
HELD_OUT = ("voa-check", "voa-held")
MODEL_PATH = ROOT / "src/detente/data/confidence_model.json"
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(0, 15))


def collect(sets: tuple[str, ...]) -> tuple[list[dict], int]:
    """(one row per counted output event: story, features, label; number of gold events)."""
    docs = []
    for name in sets:
        if any(h in name for h in HELD_OUT):
            raise SystemExit(f"{name}: a held-out set is never trained on")
        loaded = load_gold(ROOT / name)
        docs.extend(loaded["docs"])
    articles = [Article.make(d["text"], published=gold_published(d["gold"], None),
                             id=str(d["gold"].get("id") or Path(d["path"]).stem))
                for d in docs]
    rows, n_gold = [], 0
    analyzer = Analyzer(eval_options("sm"))
    for n, (doc, analysis) in enumerate(zip(docs, analyzer.analyze(articles))):
        out = analysis.as_dict()
        paired: set[int] = set()
        score_events(doc["gold"], doc["text"], out, [], paired)
        n_gold += len(doc["gold"].get("events") or ())
        for i, (ev, rec) in enumerate(zip(analysis.events, out["events"])):
            if strict_category(rec) is None:
                continue  # not counted by the scorer either way
            rows.append({"story": doc["path"], "features": ev.features or {},
                         "label": int(i in paired)})
        print(f"\r{n + 1}/{len(docs)} stories", end="", file=sys.stderr)
    print(file=sys.stderr)
    return rows, n_gold


def design(rows: list[dict], names: list[str] | None = None):
    if names is None:
        names = sorted({k for r in rows for k in r["features"]})
    index = {k: j for j, k in enumerate(names)}
    x = np.zeros((len(rows), len(names)))
    for i, r in enumerate(rows):
        for k, v in r["features"].items():
            if k in index:
                x[i, index[k]] = v
    y = np.array([r["label"] for r in rows], dtype=float)
    return x, y, names


def fit(x: np.ndarray, y: np.ndarray, l2: float, names: list[str]) -> np.ndarray:
    """Newton's method on the penalised log-likelihood (the bias is not penalised)."""
    w = np.zeros(x.shape[1])
    penalty = np.full(x.shape[1], l2)
    if "bias" in names:
        penalty[names.index("bias")] = 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w


def cross_validate(rows: list[dict], l2: float, folds: int, seed: int) -> np.ndarray:
    """Out-of-fold probabilities, whole stories per fold."""
    stories = sorted({r["story"] for r in rows})
    random.Random(seed).shuffle(stories)
    fold_of = {s: k % folds for k, s in enumerate(stories)}
    probs = np.zeros(len(rows))
    for k in range(folds):
        train = [r for r in rows if fold_of[r["story"]] != k]
        test = [i for i, r in enumerate(rows) if fold_of[r["story"]] == k]
        x, y, names = design(train)
        w = fit(x, y, l2, names)
        xt, _, _ = design([rows[i] for i in test], names)
        probs[test] = 1.0 / (1.0 + np.exp(-np.clip(xt @ w, -30, 30)))
    return probs


def figures(probs: np.ndarray, y: np.ndarray, n_gold: int, t: float) -> tuple[float, ...]:
    keep = probs >= t
    tp, fp = float((keep & (y == 1)).sum()), float((keep & (y == 0)).sum())
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / n_gold if n_gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f1, float(keep.mean())


def auc(scores: np.ndarray, y: np.ndarray) -> float:
    """Probability that a paired event scores above an unpaired one (ties half)."""
    pos, neg = scores[y == 1], scores[y == 0]
    if not len(pos) or not len(neg):
        return float("nan")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--write", action="store_true", help="write the fitted model file")
    ap.add_argument("--l2", type=float, default=5.0, help="L2 penalty (default 5.0)")
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--rows", help="read/write the labelled rows here (skips re-running)")
    args = ap.parse_args(argv)
    if args.rows and Path(args.rows).exists():
        data = json.loads(Path(args.rows).read_text())
        rows, n_gold = data["rows"], data["n_gold"]
    else:
        rows, n_gold = collect(DEV_SETS)
        if args.rows:
            Path(args.rows).write_text(json.dumps({"rows": rows, "n_gold": n_gold}))
    y = np.array([r["label"] for r in rows], dtype=float)
    print(f"{len(rows)} counted output events ({int(y.sum())} paired), {n_gold} gold events, "
          f"{len({r['story'] for r in rows})} stories")
    probs = cross_validate(rows, args.l2, args.folds, args.seed)
    print(f"grouped {args.folds}-fold cross-validation, l2 {args.l2}:")
    print("  threshold  precision  recall     F1   kept")
    best = (0.0, 0.0)
    for t in THRESHOLDS:
        p, r, f1, kept = figures(probs, y, n_gold, t)
        print(f"  {t:9.2f}  {p:9.3f}  {r:6.3f}  {f1:5.3f}  {kept:5.3f}")
        best = max(best, (round(f1, 4), -t))
    threshold = -best[1]
    print(f"best cross-validated F1 at threshold {threshold:.2f}")
    print(f"cross-validated AUC {auc(probs, y):.3f} (a paired event scores above an unpaired one)")
    print("  calibration: predicted  observed  n")
    for lo in (0.0, 0.5, 0.7, 0.8, 0.9):
        hi = {0.0: 0.5, 0.5: 0.7, 0.7: 0.8, 0.8: 0.9, 0.9: 1.01}[lo]
        band = (probs >= lo) & (probs < hi)
        if band.any():
            print(f"    [{lo:.1f}, {min(hi, 1.0):.1f})  {probs[band].mean():.3f}  "
                  f"{y[band].mean():.3f}  {int(band.sum())}")
    x, yy, names = design(rows)
    w = fit(x, yy, args.l2, names)
    weights = {k: round(float(v), 4) for k, v in zip(names, w) if abs(v) >= 1e-4}
    for k, v in sorted(weights.items(), key=lambda kv: -abs(kv[1]))[:25]:
        print(f"  {v:+.3f}  {k}")
    if args.write:
        old = json.loads(MODEL_PATH.read_text()) if MODEL_PATH.exists() else {}
        major, minor, _ = (old.get("version") or "0.0.0").split(".")
        model = {"version": f"{major}.{int(minor) + 1}.0",
                 "trained": dt.date.today().isoformat(),
                 "trained_on": list(DEV_SETS), "l2": args.l2,
                 "cv_auc": round(auc(probs, y), 3), "cv_best_threshold": threshold,
                 "command": "python scripts/train_confidence.py --write",
                 "weights": weights}
        MODEL_PATH.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        print(f"wrote {MODEL_PATH.relative_to(ROOT)} version {model['version']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
