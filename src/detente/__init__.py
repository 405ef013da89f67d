"""detente: sourced PLOVER events and a peace-process ledger from conflict and diplomacy news."""

from __future__ import annotations

from .version import EXTRACTOR_VERSION, PACKAGE_VERSION as __version__  # noqa: E402

from .errors import DetenteError  # noqa: E402
from .records import Actor, Analysis, Article, DateRef, Event, Evidence, Place, Quote  # noqa: E402

__all__ = [
    "__version__",
    "EXTRACTOR_VERSION",
    "Actor",
    "Analysis",
    "Article",
    "DateRef",
    "DetenteError",
    "Event",
    "Evidence",
    "Place",
    "Quote",
    "analyze",
    "analyze_text",
]


def __getattr__(name):
    # Keep ``import detente`` cheap: the pipeline (and spaCy) load only when asked for.
    if name in ("analyze", "analyze_text", "Options", "Analyzer"):
        from . import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
