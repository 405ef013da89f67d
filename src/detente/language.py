"""A cheap guess at an input's language, so the CLI can warn about text detente cannot read.

detente's parser and word lists are English only: a Spanish article comes out with no events
and no error. Counting very frequent function words per language (``data/lexicon/
languages.yaml``) tells English from the usual other languages of news well enough for a
warning; it is not a language identifier and is never used to drop or change a result.
"""

from __future__ import annotations

import re

from . import knowledge

_FILE = "lexicon/languages.yaml"
_WORD = re.compile(r"[^\W\d_]+")
#: Only the start of a text is read: enough words to decide, bounded cost on long inputs.
_SAMPLE_CHARS = 4000
#: Fewer words than this (a headline, a stub) say too little to warn about.
MIN_WORDS = 20
#: A language must cover at least this share of the words to be named.
MIN_SHARE = 0.12


def _lists() -> dict[str, frozenset[str]]:
    raw = knowledge.table(_FILE, "stopwords")
    return {code: frozenset(str(words).lower().split()) for code, words in raw.items()}


def language_name(code: str) -> str:
    return str(knowledge.table(_FILE, "names").get(code, code))


def guess(text: str) -> tuple[str, float] | None:
    """(language code, share of words that are its function words), or None when the text
    is too short to tell or matches no list well."""
    words = _WORD.findall(text[:_SAMPLE_CHARS].lower())
    if len(words) < MIN_WORDS:
        return None
    best, best_hits = None, 0
    for code, stop in _lists().items():
        hits = sum(1 for w in words if w in stop)
        if hits > best_hits:
            best, best_hits = code, hits
    share = best_hits / len(words)
    if best is None or share < MIN_SHARE:
        return None
    return best, share


def non_english(text: str) -> str | None:
    """The name of the language ``text`` seems to be in, when that is not English."""
    found = guess(text)
    if found is None or found[0] == "en":
        return None
    return language_name(found[0])
