"""Whom an unnamed title speaks for, read from the phrase after it: "a spokesman for the
Kremlin" speaks for the body or state named after "for"; "a senior aide to Prime Minister Jane
Roe" for the named leader's country (and is not the leader). Helpers of the quote stage's
speaker resolver (``quotes``), on top of the actor stage.
"""

from __future__ import annotations

from dataclasses import replace

from . import knowledge, speakers
from .records import Actor

#: "an aide to the prime minister": the leader served gives the speaker's country
_SERVING_PREPS = knowledge.words("lexicon/speech.yaml", "serving_prepositions")


def aide(ctx, head, title: Actor | None) -> Actor | None:
    """"A senior aide to Prime Minister Jane Roe said": whoever serves a named leader speaks
    for the leader's country, with the title's office; not the leader herself."""
    prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in _SERVING_PREPS),
                None)
    if prep is None:
        return None
    span = head.doc[head.left_edge.i:prep.right_edge.i + 1]
    boss = next((a for a in ctx.actors.resolve(span) if a.start > head.idx and a.code
                 and speakers.is_person(ctx, a)), None)
    if boss is None:
        return None
    role = title.role if title is not None else None
    sector = title.sector if title is not None else None
    return Actor(text=span.text, code=boss.code, sector=sector or boss.sector, role=role,
                 start=span.start_char, end=span.end_char)


def for_body(ctx, title: Actor, span, head) -> Actor | None:
    """"A spokesman for the Kremlin said": a title of no country speaks for the body or
    state named in its prepositional phrase, and keeps its office."""
    body = next((a for a in ctx.actors.resolve(span) if a.code and a.start > head.idx), None)
    if body is None or speakers.is_person(ctx, body):
        return None
    return replace(body, text=span.text, start=span.start_char, end=span.end_char,
                   role=title.role or body.role, sector=body.sector or title.sector)


def unplaced(ctx, title: Actor) -> bool:
    """Whether a title's country is unwritten (none, or only the story's setting): "a
    spokeswoman for the rebels" in a story set in Ruritania speaks for the rebels, whose own
    sector and country ``for_body`` reads, not for Ruritania's government."""
    return title.code is None or ctx.actors.from_setting(title)
