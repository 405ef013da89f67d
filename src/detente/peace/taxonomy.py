"""Versioned vocabularies of the peace layer: the issue taxonomy and the round vocabulary.

Both live in ``detente/data`` as YAML; users extend the issue taxonomy with their own file.
Cue phrases are compiled once into regular expressions (see ``cue_regex`` for the rules).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import yaml

from .. import knowledge
from ..errors import DetenteError


class TaxonomyError(DetenteError):
    """An issue or vocabulary file that cannot be used."""


def cue_regex(cue: str) -> str:
    """Regex source for one cue phrase.

    Case-insensitive matching is applied by the caller; spaces and hyphens are interchangeable
    ("non-aligned" matches "non aligned" and "nonaligned"); a trailing ``*`` allows any word
    ending; a leading ``-`` means "glued to the previous word" ("-brokered").
    """
    cue = cue.strip().lower()
    glued = cue.startswith("-")
    star = cue.endswith("*")
    core = cue.strip("-*")
    parts = re.split(r"[\s\-]+", core)
    body = r"[\s\-]?".join(re.escape(p).replace("\\'", "['’]").replace("'", "['’]")
                           for p in parts)
    head = r"-" if glued else r"\b"
    tail = r"\w*" if star else r"\b"
    return head + body + tail


def compile_cues(cues=(), patterns=()) -> re.Pattern | None:
    sources = [cue_regex(c) for c in cues or ()] + list(patterns or ())
    if not sources:
        return None
    # Longer alternatives first so "nuclear-free status" wins over "nuclear status" spans.
    sources.sort(key=len, reverse=True)
    return re.compile("|".join(f"(?:{s})" for s in sources), re.IGNORECASE)


@dataclass(frozen=True)
class Issue:
    id: str
    label: str
    regex: re.Pattern


@dataclass(frozen=True)
class IssueTaxonomy:
    version: str
    issues: tuple[Issue, ...]
    #: every cue of every issue in one pattern (cues are lower case; matched against
    #: lower-cased text): most sentences are ruled out by one search
    any_cue: re.Pattern | None = None

    def find(self, text: str) -> list[tuple[str, int, int]]:
        """(issue id, start, end) of every cue match in ``text``, in text order.

        Overlapping matches of different issues are all kept ("nuclear-free" next to
        "non-aligned" are two issues); overlaps of one issue keep the first.
        """
        # The prefilter runs on lower-cased text with a case-sensitive pattern: Python's
        # IGNORECASE makes a large alternation about three times slower.
        if self.any_cue is not None and not self.any_cue.search(text.lower()):
            return []
        hits = []
        for issue in self.issues:
            last_end = -1
            for m in issue.regex.finditer(text):
                if m.start() >= last_end:
                    hits.append((issue.id, m.start(), m.end()))
                    last_end = m.end()
        hits.sort(key=lambda h: (h[1], h[0]))
        return hits


def _read_yaml(path) -> dict:
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyError(f"cannot read {path}: {exc}. Check the file exists and is YAML.")
    if not isinstance(data, dict):
        raise TaxonomyError(f"{path}: expected a mapping with 'version' and 'issues'.")
    return data


def _data_path(name: str):
    return resources.files("detente") / "data" / name


@knowledge.build_once(maxsize=8)
def load_issues(extra_paths: tuple[str, ...] = ()) -> IssueTaxonomy:
    """The packaged taxonomy, with the user's files merged on top (cues appended)."""
    raw = _read_yaml(_data_path("issues.yaml"))
    merged: dict[str, dict] = {k: dict(v) for k, v in raw.get("issues", {}).items()}
    versions = [str(raw.get("version", "?"))]
    for path in extra_paths:
        extra = _read_yaml(path)
        if not isinstance(extra.get("issues"), dict):
            raise TaxonomyError(f"{path}: no 'issues' mapping; see detente/data/issues.yaml.")
        versions.append(f"{Path(path).name}:{extra.get('version', '?')}")
        for key, spec in extra["issues"].items():
            spec = spec or {}
            entry = merged.setdefault(key, {"label": spec.get("label", key)})
            for field in ("cues", "patterns"):
                entry[field] = list(entry.get(field) or []) + list(spec.get(field) or [])
    issues = []
    for key, spec in merged.items():
        try:
            regex = compile_cues(spec.get("cues"), spec.get("patterns"))
        except re.error as exc:
            raise TaxonomyError(f"issue {key!r}: bad pattern ({exc}); fix it in the YAML file.")
        if regex is not None:
            issues.append(Issue(key, spec.get("label", key), regex))
    joined = "|".join(f"(?:{i.regex.pattern})" for i in issues)
    # a user pattern with capitals (not escapes like \S) could never match lower-cased text
    flags = re.IGNORECASE if re.search(r"(?<!\\)[A-Z]", joined) else 0
    any_cue = re.compile(joined, flags) if issues else None
    return IssueTaxonomy("+".join(versions), tuple(issues), any_cue)


@dataclass(frozen=True)
class RoundVocabulary:
    version: str
    talks: re.Pattern
    status: tuple[tuple[str, re.Pattern], ...]
    format: tuple[tuple[str, re.Pattern], ...]
    level: tuple[tuple[str, re.Pattern], ...]
    outcomes: tuple[tuple[str, re.Pattern], ...]


def _labelled(section: dict) -> tuple[tuple[str, re.Pattern], ...]:
    out = []
    for key, spec in section.items():
        if isinstance(spec, list):
            spec = {"cues": spec}
        out.append((key, compile_cues(spec.get("cues"), spec.get("patterns"))))
    return tuple(out)


@knowledge.build_once(maxsize=1)
def load_round_vocabulary() -> RoundVocabulary:
    raw = _read_yaml(_data_path("outcomes.yaml"))
    return RoundVocabulary(
        version=str(raw.get("version", "?")),
        talks=compile_cues(raw["talks_nouns"]),
        status=_labelled(raw["status"]),
        format=_labelled(raw["format"]),
        level=_labelled(raw["level"]),
        outcomes=_labelled(raw["outcomes"]),
    )
