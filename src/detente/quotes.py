"""Quote stage (STUB — being replaced): direct and indirect speech with resolved speakers.

Public API (keep stable):
    extract_quotes(ctx: ArticleContext) -> list[Quote]
"""

from __future__ import annotations


def extract_quotes(ctx) -> list:
    return []
