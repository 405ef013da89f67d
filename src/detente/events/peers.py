"""Sides that a doer's own words for the other end get wrong: its peers, and a group that
stands for both ends.

- "urged regional counterparts to act together", "told her counterparts to back sanctions": a
  doer's counterparts are by the word's meaning of the other side, never its own (nor the
  side its possessive pronoun was read as). When their phrase names no side of theirs ("his
  Chinese counterpart", "ASEAN counterparts" do), they are the members of the body whose
  meeting the sentence or the two before it name ("at a meeting of the African Union");
  with no such body, their country is not known (``peer_recipients``).
- "after talks with Kenya's president, the two leaders agreed": a group read as both sides
  ("the two leaders", "both sides") acts toward the side the clause names on the other end,
  so that side leaves the actor (``group_sides``): an actor is its own recipient only where
  the text says so, and a group's resolution is no such text. Likewise a group the doer
  addresses ("Blinken called on the two sides") is the parties named before the sentence,
  never the doer's own state read from its own clause (``group_recipient``).
"""

from __future__ import annotations

import dataclasses

from .. import coref
from . import counterparts, joined, rulings, talks_before
from .lexicon import PARTY_ENTS, events_words
from .phrases import phrase

#: Nouns for a doer's peers ("counterparts"): always of another side than the doer's.
PEER_NOUNS = events_words("peer_nouns")


def _own_side_named(span, head_i: int) -> bool:
    """Whether a peer's phrase names a side of its own ("his Chinese counterpart",
    "ASEAN counterparts", "counterparts from Japan"); a possessive pronoun names none."""
    return any(t.i != head_i and t.pos_ != "PRON" and (t.ent_type_ in PARTY_ENTS
                                                       or t.pos_ == "PROPN") for t in span)


def _peer(tok):
    """The peer noun a recipient token is or owns: "counterparts", or the "her" of "urged her
    counterparts to ..." where the parse took the pronoun for the object; else None."""
    if tok.lemma_.lower() in PEER_NOUNS or tok.lower_ in PEER_NOUNS:
        return tok
    if tok.tag_ == "PRP$" or (tok.pos_ == "PRON" and tok.lower_ == "her"):
        after = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if after is not None and (after.lemma_.lower() in PEER_NOUNS
                                  or after.lower_ in PEER_NOUNS):
            return after
    return None


def peer_recipients(ctx, roles, actor: tuple, recipient: tuple) -> tuple:
    """``recipient`` with each unnamed peer of the doer read as the body whose meeting the
    sentence or the two before name, else as a party of no known country (never the doer's
    own side, nor whatever a possessive pronoun on it was read as)."""
    avoid = frozenset(a.code for a in actor if a.code)
    for read in roles.recipient:
        tok = _peer(read)
        if tok is None:
            continue
        span = phrase(tok)
        if _own_side_named(span, tok.i):
            continue
        # what the peer was read as, wherever its pronoun led ("her counterparts" -> a place
        # named before): all but what the other recipient phrases name
        others = [phrase(t) for t in roles.recipient if t.i != read.i]
        rest = tuple(r for r in recipient if any(
            p.start_char <= r.start < p.end_char for p in others))
        inside = [r for r in recipient if r not in rest]
        body = coref.body_named_before(ctx, tok, avoid)
        if body:
            recipient = rest + body
        elif inside:
            recipient = rest + tuple(dataclasses.replace(r, code=None) for r in inside[:1])
    return recipient


def group_sides(actor: tuple, recipient: tuple) -> tuple:
    """``actor`` without the sides that a group mention ("the two leaders", one phrase read
    as several parties) shares with the recipient, when the group keeps another side."""
    other = {r.code for r in recipient if r.code}
    if not other or len(actor) < 2:
        return actor
    spans: dict[tuple, list] = {}
    for a in actor:  # a group read from the text around it has no offsets: its words tell
        spans.setdefault((a.start, a.end, a.text), []).append(a)
    drop = set()
    for group in spans.values():
        if len(group) < 2:
            continue
        shared = [a for a in group if a.code in other]
        if shared and len(shared) < len(group):
            drop.update(id(a) for a in shared)
    return tuple(a for a in actor if id(a) not in drop) if drop else actor


def group_recipient(ctx, head, actor: tuple, recipient: tuple) -> tuple:
    """``recipient`` with a group mention ("the two sides", one phrase read as several
    parties) that was read as taking in the doer (a state or its government) read again as
    the states named before the sentence, without the doer: "Blinken called on the two
    sides" after Armenia and Azerbaijan are named addresses those two, never the United
    States his own clause names; a side's minister who tells a visitor that "the two
    countries should" do something addresses the other side."""
    own = {a.code for a in actor if a.code}
    if any(a.sector not in (None, "GOV") for a in actor):
        return recipient  # insurgents "fired at targets in both countries": their own too
    groups: dict[tuple, list] = {}
    for a in recipient:
        if a.start < 0:
            groups.setdefault((a.end, a.text), []).append(a)
    for key, group in groups.items():
        if len(group) < 2 or not own & {a.code for a in group} or any(
                (a.start, a.end, a.text) == (-1, *key) for a in actor):
            continue  # a group acting on itself ("both sides blamed each other") is mutual
        before = coref.parties_before(ctx, head, len(group))
        sides = [dataclasses.replace(group[0], code=b.code, name=ctx.actors.kb.country_name(
            b.code)) for b in before] or group
        taken = {id(g) for g in group}
        keep = [a for a in recipient if id(a) not in taken]
        recipient = tuple(keep + [a for a in sides if a.code not in own])
    return recipient


def settled(ctx, where: tuple, what: tuple, actor: tuple, recipient: tuple,
            location) -> tuple[tuple, tuple]:
    """(actor, recipient) once the other end is complete (``counterparts.completed``, with
    unnamed peers, a joined verb's object, talks told just before and the court behind a
    ruling read first), the visitor of an accepted
    invitation is its accepter and a group mention has left the side it is aimed at."""
    cand = where[0]
    actor = joined.invited_visitor(ctx, cand, actor)
    recipient = peer_recipients(ctx, where[2], actor, recipient)
    recipient = joined.joined_object(ctx, cand, what[0], actor, recipient)
    recipient = talks_before.continued_talks(ctx, cand, where[1], what[0], actor, recipient)
    recipient = rulings.ruling_maker(cand, what[0], recipient)
    recipient = rulings.court_named_before(ctx, where[2], actor, recipient)
    recipient = rulings.proposer(ctx, cand, what[0], actor, recipient)
    recipient = counterparts.completed(ctx, where, what, actor, recipient, location)
    actor = paired_group(ctx, where[2], group_sides(actor, recipient), recipient)
    return actor, group_recipient(ctx, cand.head, actor, recipient)


def paired_group(ctx, roles, actor: tuple, recipient: tuple) -> tuple:
    """``actor``, or when it is one group mention ("both leaders") read only as the side it
    meets ("after talks with Chile's president, both leaders ..." with Chile named twice
    before), the nearest other state named before: a pair has two sides."""
    other = {r.code for r in recipient if r.code}
    codes = {a.code for a in actor}
    keys = {(a.start, a.end, a.text) for a in actor}
    if len(actor) < 2 or len(keys) != 1 or len(codes) != 1 or not codes <= other \
            or not roles.actor:
        return actor
    return coref.state_named_before(ctx, roles.actor[0], frozenset(other)) or actor
