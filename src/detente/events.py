"""Event stage (STUB — being replaced): triggers -> PLOVER events.

Public API (keep stable):
    extract_events(ctx: ArticleContext) -> list[Event]
"""

from __future__ import annotations


def extract_events(ctx) -> list:
    return []
