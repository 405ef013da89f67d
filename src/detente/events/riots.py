"""Harm done by rioters is the riot: "rioters torched shops", "looters ransacked the market".

The PLOVER manual's PROTEST mode riot is "distinct, continuous and violent action directed
toward members of a distinct 'other' group or government authorities", whose participants
"intend to cause physical injury and/or property damage". An act of force whose doers the
text names as rioters is that riot, not an ASSAULT of its own; force used on rioters
("police beat rioters") stays what it is.
"""

from __future__ import annotations

from .lexicon import events_words

#: Nouns (lemmas) naming the doers of a riot, and the participle that makes a crowd one
#: ("rioting youths").
RIOTERS = events_words("rioter_nouns")
RIOTING = events_words("rioting_modifiers")


def _rioter(tok) -> bool:
    """"rioters", "rioting youths", "hundreds of rioters" (the crowd counted)."""
    if tok.lemma_.lower() in RIOTERS or tok.lower_ in RIOTERS or any(
            c.dep_ in ("amod", "compound") and c.lower_ in RIOTING for c in tok.children):
        return True
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        g.dep_ == "pobj" and (g.lemma_.lower() in RIOTERS or g.lower_ in RIOTERS)
        for g in p.children) for p in tok.children)


def rioters_act(roles, event: str, mode: str | None) -> tuple[str, str | None]:
    """(PROTEST, riot) for an ASSAULT whose named doers are rioters, else (event, mode)."""
    if event != "ASSAULT" or not roles.actor or not all(_rioter(t) for t in roles.actor):
        return event, mode
    return "PROTEST", "riot"
