"""Peace-process layer (STUB — being replaced).

Public API (keep stable):
    analyze_article(ctx, events, quotes) -> dict with keys statements, rounds, positions, claims
"""

from __future__ import annotations


def analyze_article(ctx, events, quotes) -> dict:
    return {"statements": [], "rounds": [], "positions": [], "claims": []}
