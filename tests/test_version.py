"""The extractor version follows the rules and data, so a re-ingest replaces stale rows."""

import shutil

from detente import version


def _copy_package(tmp_path):
    dest = tmp_path / "detente"
    shutil.copytree(version._ROOT, dest, ignore=shutil.ignore_patterns("__pycache__"))
    return dest


def test_version_is_package_version_plus_fingerprint():
    assert version.EXTRACTOR_VERSION == (f"{version.PACKAGE_VERSION}+"
                                         f"{version.content_fingerprint()}")


def test_a_lexicon_edit_changes_the_version(tmp_path):
    pkg = _copy_package(tmp_path)
    before = version.content_fingerprint(pkg)
    triggers = pkg / "data" / "triggers.yaml"
    triggers.write_text(triggers.read_text(encoding="utf-8") + "\n# one more line\n",
                        encoding="utf-8")
    assert version.content_fingerprint(pkg) != before


def test_a_rule_edit_changes_the_version(tmp_path):
    pkg = _copy_package(tmp_path)
    before = version.content_fingerprint(pkg)
    (pkg / "dates.py").write_text((pkg / "dates.py").read_text() + "\n# tweak\n")
    assert version.content_fingerprint(pkg) != before


def test_cli_and_line_endings_do_not_change_the_version(tmp_path):
    pkg = _copy_package(tmp_path)
    before = version.content_fingerprint(pkg)
    (pkg / "cli" / "core.py").write_text((pkg / "cli" / "core.py").read_text() + "\n# help\n")
    ontology = pkg / "data" / "ontology.yaml"
    ontology.write_bytes(ontology.read_bytes().replace(b"\n", b"\r\n"))
    assert version.content_fingerprint(pkg) == before
