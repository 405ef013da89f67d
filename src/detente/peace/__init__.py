"""Peace-process layer: statements, negotiation rounds, positions and claim checks.

Per article (called by the pipeline)::

    analyze_article(ctx, events, speech) -> {"statements", "rounds", "positions", "claims"}

each a list of frozen records (``records.Statement``, ``Round``, ``Position``, ``Claim``):
their fields carry the docs and their ``as_dict()`` is the JSON. The cross-article ledger works
on those dicts and adds: to a round, the other articles' ``status_history`` entries and
``values_by_source`` {field: [{value, article_id, evidence?}]}; to a position, ``history``
[{stance, change, date, article_id, condition_for, evidence}]; claims (``date``, ``duration``,
``count``) where the sources of a round disagree.

Across articles, ``ledger.build(analyses_or_items)`` merges rounds and tracks position changes;
``dossier.render(ledger, ...)`` writes the analyst's report.
"""

from __future__ import annotations

from .claims import extract_claims
from .positions import STRENGTH, extract_positions
from .rounds import extract_rounds
from .statements import extract_statements, speakers_by_sentence

__all__ = ["analyze_article", "STRENGTH"]


def analyze_article(ctx, events, speech) -> dict:
    """The per-article ledger items of one analysed article: ``events`` from the event stage,
    ``speech`` (``quotes.Speech``: quotes and speech acts with their speakers) from the quote
    stage."""
    speakers = speakers_by_sentence(ctx, speech)
    statements = extract_statements(ctx, events, list(speech.quotes), speakers)
    return {
        "statements": statements,
        "rounds": extract_rounds(ctx, statements, speakers, events),
        "positions": extract_positions(ctx, statements, speakers, acts=speech.acts),
        "claims": extract_claims(ctx),
    }
