"""Doers the text leaves to the reader: who killed the fighters a state's force reports dead.

"The army said 20 rebels were killed in clashes": a passive of harm with no "by" phrase,
reported by a state's armed force, police or government about its armed foes, is that force's
own operation told from its side. The sectors come from ``reported_kills`` in
``data/lexicon/actors.yaml``: a speaker of the ``forces`` sectors, victims all of the ``foes``
sectors. Killed civilians are left alone: whoever reports them dead is no more their killer
than a witness is.
"""

from __future__ import annotations

from .. import knowledge

_KILLS = knowledge.table("lexicon/actors.yaml", "reported_kills")
_FORCES = frozenset(_KILLS["forces"])
_FOES = frozenset(_KILLS["foes"])


def reporting_force(ctx, lex, cand, roles, recipient: tuple, speaker_actors: tuple) -> tuple:
    """The speaking state force as the doer of a harm its statement reports in the passive
    with no doer named, when every victim is an armed foe; else ()."""
    if roles.actor or not speaker_actors or not recipient or cand.kind != "verb":
        return ()
    if not lex.is_material_conflict(cand.event):
        return ()
    verb = cand.head
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return ()  # "the militants killed ...": the doer is named
    if not all(r.sector in _FOES for r in recipient):
        return ()
    countries = ctx.actors.kb.countries
    if not all(s.code in countries and s.sector in _FORCES for s in speaker_actors):
        return ()
    return speaker_actors

