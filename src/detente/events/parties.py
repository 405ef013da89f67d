"""The sector of an event's parties where their mention gives none.

The actor stage codes what a mention says: "Cameroon" is the state CMR, with no sector, since
the same word names a place ("in Cameroon") or a people. Once the event stage has made it a
party to an act ("Cameroon banned imports", "sanctions on Turkey"), the state acts or is acted
on through its government; and a person placed only by an international body ("U.N.-appointed
rapporteur X") is one of its officials. The sectors come from ``party_sectors`` in
``data/lexicon/actors.yaml``.
"""

from __future__ import annotations

import dataclasses

from .. import knowledge
from ..actors_kb import COUNTRY_KINDS
from ..records import Actor
from .lexicon import load_lexicon

_SECTORS = knowledge.table("lexicon/actors.yaml", "party_sectors")
#: event category -> the sector a state takes as the doer of that act ("Zorvania shelled ...")
_ACTING = knowledge.table("lexicon/actors.yaml", "acting_state_sectors")
#: the lemma of an act's word -> the sector of the state no words name as its doer
_UNNAMED = knowledge.table("lexicon/actors.yaml", "unnamed_doer_sectors")
#: words for private people: a state's adjective on them says where they are from
_PRIVATE = knowledge.words("lexicon/actors.yaml", "private_person_nouns")
#: mention kinds that name a state as such (a town, kind "place", names where, not who)
_STATE_KINDS = COUNTRY_KINDS - {"place"}


def codes(parties) -> set:
    """The country codes among ``parties`` (actors or recipients)."""
    return {p.code for p in parties if p.code}


def state_actor(ctx, code: str, sector: str | None = None) -> Actor:
    """The state of country ``code`` as a party no words name ("the arrests were made":
    by the story's state), under the knowledge base's name of the country."""
    name = ctx.actors.kb.country_name(code) or code
    return Actor(name, code, sector, name, None, None, -1, -1)


def party_sector(ctx, actor: Actor, own: frozenset[int] = frozenset(),
                 acts: str | None = None) -> str | None:
    """The sector ``actor`` takes as a party to an event, or None to leave it as it is.
    ``own``: the token indices of the event's own words ("sale" in "the Turkish sale");
    ``acts``: the event's category when ``actor`` is its doer (a state that attacks does so
    with its forces, ``acting_state_sectors``)."""
    if acts is not None and actor.start < 0 and actor.role is None and actor.sector in (
            None, _SECTORS.get("state")) and actor.code in ctx.actors.kb.countries:
        # a state standing in for a doer no words name ("was arrested in X"): the organ
        # the act's own word says does it
        lemma = load_lexicon().lemma
        unnamed = {_UNNAMED.get(lemma(ctx.doc[i])) for i in own} - {None}
        if len(unnamed) == 1:
            return unnamed.pop()
    if actor.sector is not None or actor.role is not None or not actor.code:
        return None
    kb = ctx.actors.kb
    kind = ctx.actors.kind_of(actor)
    if actor.code in kb.countries:
        named = actor.name is not None and actor.name == kb.country_name(actor.code)
        # a state written out, or one the text refers back to or implies ("the two nations",
        # the state a ban at home is aimed at)
        if named and actor.org is None and (kind in _STATE_KINDS or (
                kind is None and actor.start < 0)) and not _qualifies_other(ctx, actor, own):
            return _ACTING.get(acts) or _SECTORS.get("state")
        return None
    if actor.code == "IGO" and kind == "person":
        return _SECTORS.get("igo_person")
    return None


def _qualifies_other(ctx, actor: Actor, own: frozenset[int]) -> bool:
    """"The Peruvian fugitive": a state's name or adjective on a word for a private person
    tells where the person is from, not that the state acts (while "the U.S. statement",
    "Peruvian efforts", "the Peruvian ban" are the state's)."""
    if actor.start < 0 or not ctx.doc.has_annotation("DEP"):
        return False
    span = ctx.doc.char_span(actor.start, actor.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    head = root.head
    if root.dep_ not in ("amod", "compound", "nmod") or head.i == root.i \
            or head.i in own or span.start <= head.i < span.end:
        return False
    return head.lemma_.lower() in _PRIVATE or head.lower_ in _PRIVATE


def with_party_sectors(ctx, actors: tuple, own: frozenset[int] = frozenset(),
                       acts: str | None = None) -> tuple:
    """``actors`` with the sector each takes as a party (see ``party_sector``); ``acts``:
    the event's category when ``actors`` are its doers."""
    out = []
    for a in actors:
        sector = party_sector(ctx, a, own, acts)
        out.append(dataclasses.replace(a, sector=sector) if sector else a)
    return _without_unnamed_twins(tuple(out))


def _without_unnamed_twins(actors: tuple) -> tuple:
    """"the top rebel commander, known as X", "rebels from the X movement": an unnamed
    mention followed by a named party of the same code and sector is that party told twice,
    not a second one. A name before its body ("the X government") stays with the body."""
    named = [a for a in actors if a.name and a.code and a.sector]
    if not named:
        return actors
    return tuple(a for a in actors if a.name or not any(
        (n.code, n.sector) == (a.code, a.sector) and 0 <= a.start < n.start for n in named))
