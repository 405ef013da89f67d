"""Time stage (STUB — being replaced): date expressions resolved against the publication date.

Public API (keep stable):
    resolve_dates(doc, published: date | None) -> list[DateRef]
"""

from __future__ import annotations

from .records import DateRef


def resolve_dates(doc, published) -> list[DateRef]:
    return [DateRef(e.text, e.start_char, e.end_char, "unresolved")
            for e in doc.ents if e.label_ == "DATE"]
