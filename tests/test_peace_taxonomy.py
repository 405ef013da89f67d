"""Issue taxonomy and round vocabulary: data files with versions, cue rules, user extension."""

from __future__ import annotations

import re

import pytest

from detente.peace.taxonomy import TaxonomyError, cue_regex, load_issues, load_round_vocabulary


@pytest.mark.parametrize("cue, text, hit", [
    ("non-aligned", "a non aligned state", True),   # space and hyphen are interchangeable
    ("non-aligned", "a nonaligned state", True),    # ... and may be dropped
    ("neutral*", "its neutrality", True),           # star allows any ending
    ("neutral", "its neutrality", False),           # no star: whole word only
    ("join nato", "to join NATO soon", True),       # case-insensitive
    ("-brokered", "a Turkish-brokered deal", True),  # glued to the previous word
])
def test_cue_regex(cue, text, hit):
    assert bool(re.search(cue_regex(cue), text, re.I)) is hit


def test_packaged_taxonomy_has_a_version_and_the_design_issues():
    tax = load_issues()
    ids = {i.id for i in tax.issues}
    assert tax.version.startswith("1.")
    assert {"neutrality", "non_alignment", "nato_membership", "non_nuclear_status",
            "territorial_integrity", "ceasefire", "prisoner_exchange"} <= ids


def test_find_reports_each_issue_with_offsets():
    hits = load_issues().find("a neutral, non-aligned and nuclear-free status")
    assert [h[0] for h in hits] == ["neutrality", "non_alignment", "non_nuclear_status"]
    assert hits[1][1:] == (11, 22)


def test_user_file_adds_cues_and_issues(tmp_path):
    extra = tmp_path / "mine.yaml"
    extra.write_text("version: '0.1'\nissues:\n  water_rights:\n    cues: [water sharing]\n"
                     "  ceasefire:\n    cues: [guns fall silent]\n")
    tax = load_issues((str(extra),))
    found = {h[0] for h in tax.find("water sharing until the guns fall silent")}
    assert found == {"water_rights", "ceasefire"}
    assert tax.version.endswith("mine.yaml:0.1")


def test_bad_user_file_says_what_to_do(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\n")
    with pytest.raises(TaxonomyError) as exc:
        load_issues((str(bad),))
    assert str(exc.value) == f"{bad}: no 'issues' mapping; see detente/data/issues.yaml."


def test_round_vocabulary_status_order_puts_cancellation_first():
    vocab = load_round_vocabulary()
    assert [k for k, _ in vocab.status][:3] == ["cancelled", "postponed", "held"]
    assert vocab.talks.search("the second round")


def test_environment_names_user_files(tmp_path, monkeypatch):
    from detente.peace.positions import user_issue_files

    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    monkeypatch.setenv("DETENTE_ISSUES", f"{a}{__import__('os').pathsep}{b}")
    assert user_issue_files() == (str(a), str(b))
    monkeypatch.delenv("DETENTE_ISSUES")
    assert user_issue_files() == ()
