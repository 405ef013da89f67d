"""Peace-process layer: statements, negotiation rounds, positions and claim checks.

Per article (called by the pipeline)::

    analyze_article(ctx, events, quotes) -> {"statements", "rounds", "positions", "claims"}

each a list of frozen records (``records.Statement``, ``Round``, ``Position``, ``Claim``,
whose fields carry the docs); their ``as_dict()`` is the JSON below:

* statement: id, speaker (actor dict), on_behalf (code), date, date_precision, channel
  (interview / post / joint_statement / press_conference / None), quotes [ids], events [ids],
  evidence {sentence, start, end}, sentences [{start, end}].
* round: id, process [sorted party codes], date, date_precision, date_text, window ("soon"),
  status (announced / expected / scheduled / held / postponed / cancelled), status_history
  [{status, date, article_id, evidence}], format (direct / mediated / proximity / video / phone /
  summit / working_group), level (leaders / ministers / delegations / technical), venue
  {name, country, geonameid, lat, lon} | None, host, mediators [codes or IGO short names],
  participants [names], outcome [codes from data/outcomes.yaml], announced_by, announced_on,
  duration_hours, prisoners, sources [{article_id, evidence, start, end}], values_by_source
  {field: [{value, article_id, evidence?}]} (filled across articles).
* position: id, holder, holder_name, issue (data/issues.yaml id), stance (demand / offer /
  accept / reject / propose / oppose / red_line; None when dropped), concerns, condition_for
  (talks / ceasefire / leaders_meeting / settlement / None), includes [strings], first_seen,
  last_seen, change (new / reaffirmed / softened / hardened / dropped; see positions.STRENGTH),
  evidence [{article_id, sentence, start, end, cue, issue_text}], statements [ids]; across
  articles also history [{stance, change, date, article_id, condition_for, evidence}].
* claim: id, text, kind (duration / date / count), check (why it does not add up), evidence
  [both sides], conflicts_with.

Across articles, ``ledger.build(analyses_or_items)`` merges rounds and tracks position changes;
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
