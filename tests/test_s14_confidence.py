"""The learned event confidence: a logistic model over general features of how an event was
found (events/confidence.py, data/confidence_model.json, scripts/train_confidence.py)."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import numpy as np
import pytest

from detente.events import confidence
from detente.pipeline import analyze_text

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.model


def _trainer():
    spec = importlib.util.spec_from_file_location("train_confidence",
                                                  ROOT / "scripts/train_confidence.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_every_event_has_its_features_and_the_model_probability():
    a = analyze_text("Rebels attacked an army base in the north on Monday, the military said. "
                     "The government later condemned the attack.", published="2025-04-09")
    assert a.events
    for ev in a.events:
        assert ev.features and ev.features["bias"] == 1.0
        assert ev.features[f"event:{ev.event}"] == 1.0
        assert ev.confidence == pytest.approx(confidence.probability(ev.features))
        assert 0.0 < ev.confidence < 1.0


def test_features_are_not_exported():
    a = analyze_text("Ghana expelled two Nigerian diplomats on Friday.", published="2025-04-09")
    rec = a.as_dict()["events"][0]
    assert "features" not in rec and isinstance(rec["confidence"], float)


def test_model_file_names_only_features_the_code_can_produce():
    model = confidence.load_model()
    assert model["version"] and model["weights"]
    prefixes = ("bias", "event:", "kind:", "modality:", "dep:", "dep_up:", "tag:", "weak",
                "hedged", "negated_content", "has_content", "dated", "placed", "retold",
                "actor:", "recipient:", "inherited", "placed_doer", "same_country_sides",
                "sentence:", "in_sentence:", "category_seen_before", "quote_marks",
                "long_sentence")
    stray = [k for k in model["weights"] if not k.startswith(prefixes)]
    assert stray == []


def test_probability_follows_the_weights():
    model = {"weights": {"bias": 0.0, "weak": -2.0}}
    assert confidence.probability({"bias": 1.0}, model) == pytest.approx(0.5)
    assert confidence.probability({"bias": 1.0, "weak": 1.0}, model) == \
        pytest.approx(1 / (1 + math.exp(2.0)))


def test_a_repeated_category_is_marked_seen_before():
    a = analyze_text("Police arrested three protesters in the capital on Monday. On Tuesday "
                     "police arrested four more activists in the port city.",
                     published="2025-04-09")
    arrests = [e for e in a.events if e.event == "COERCE"]
    assert len(arrests) == 2
    first, second = sorted(arrests, key=lambda e: e.evidence.start)
    assert "category_seen_before" not in first.features
    assert second.features.get("category_seen_before") == 1.0


def test_fit_recovers_the_sign_of_an_informative_feature():
    trainer = _trainer()
    rng = np.random.default_rng(3)
    rows = []
    for n in range(400):
        good = bool(rng.random() < 0.5)
        label = int(rng.random() < (0.85 if good else 0.25))
        feats = {"bias": 1.0}
        if good:
            feats["tag:VBD"] = 1.0
        rows.append({"story": f"s{n % 20}", "features": feats, "label": label})
    x, y, names = trainer.design(rows)
    w = trainer.fit(x, y, 1.0, names)
    assert w[names.index("tag:VBD")] > 1.0
    probs = trainer.cross_validate(rows, 1.0, 5, 7)
    assert trainer.auc(probs, y) > 0.7


def test_training_refuses_the_held_out_sets():
    trainer = _trainer()
    with pytest.raises(SystemExit, match="held-out"):
        trainer.collect(("quality/gold/voa-held",))


def test_store_and_cli_filter_by_confidence(tmp_path):
    import dataclasses

    from click.testing import CliRunner

    from detente.cli import main
    from detente.store import Store
    from test_store import make_analysis, make_event

    def two(art):
        return (make_event(art, 1), dataclasses.replace(make_event(art, 2), confidence=0.4))

    db = tmp_path / "c.duckdb"
    with Store(db) as store:
        store.write([make_analysis(events=two)])
        assert len(store.events()) == 2
        kept = store.events(min_confidence=0.5)
        assert [r["confidence"] for r in kept] == [pytest.approx(0.9)]
    runner = CliRunner()
    res = runner.invoke(main, ["events", "--db", str(db), "--min-confidence", "0.5",
                               "--format", "json"])
    assert res.exit_code == 0 and len(res.output.splitlines()) == 1
    res = runner.invoke(main, ["events", "--db", str(db), "--min-confidence", "0.95"])
    assert res.exit_code == 0 and "--min-confidence 0.95" in res.output
    res = runner.invoke(main, ["events", "--db", str(db), "--min-confidence", "2"])
    assert res.exit_code != 0
