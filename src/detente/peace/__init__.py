"""Peace-process layer: statements, negotiation rounds, positions and claim checks.

Per article (called by the pipeline)::

    analyze_article(ctx, events, quotes) -> {"statements", "rounds", "positions", "claims"}

each a list of plain dicts (shapes in the docstrings of statements, rounds, positions, claims). Across
articles, ``ledger.build(analyses_or_items)`` merges rounds and tracks position changes;
``dossier.render(ledger, ...)`` writes the analyst's report.
"""

from __future__ import annotations

from .claims import extract_claims
from .positions import STRENGTH, extract_positions
from .rounds import extract_rounds
from .statements import extract_statements, speakers_by_sentence

__all__ = ["analyze_article", "STRENGTH"]


def analyze_article(ctx, events, quotes) -> dict:
    """The per-article ledger items of one analysed article."""
    speakers = speakers_by_sentence(ctx)
    statements = extract_statements(ctx, events, quotes, speakers)
    return {
        "statements": statements,
        "rounds": extract_rounds(ctx, statements, speakers),
        "positions": extract_positions(ctx, statements, speakers),
        "claims": extract_claims(ctx),
    }
