"""Whom an apology is made to, when the text names only what it is for.

"The Libyan government apologized for the mob attack on the Russian embassy", "the minister
apologised over a police raid at the North Korean embassy", "Tokyo offered an apology for
the deaths of two Chinese fishermen": the party wronged is the state the "for/over" phrase names
(its embassy, its people), not the apologizer's own country, which the parser's "over X"
recipient or the story's setting would give. An apology addressed to a party ("apologized to
Seoul") keeps that party; one whose phrase names no other state keeps what it had.
"""

from __future__ import annotations

import itertools

from .lexicon import events_words

#: Lemmas of the words of an apology (verb or noun).
APOLOGY_WORDS = events_words("apology_words")
#: Prepositions naming what an apology is for.
APOLOGY_PREPS = events_words("apology_preps")
#: Entity types that name a state, a people or one of their bodies ("the Russian Embassy").
_PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "FAC"})
#: How many tokens of the "for" phrase are read (text-controlled length: bounded).
_MAX_TOKENS = 40


def _wronged(ctx, head) -> tuple:
    """The actors named by states or peoples inside the "for/over" phrases of ``head``."""
    found = []
    for p in head.children:
        if p.dep_ != "prep" or p.lower_ not in APOLOGY_PREPS:
            continue
        for tok in itertools.islice(p.subtree, _MAX_TOKENS):
            if tok.ent_type_ in _PARTY_ENTS and tok.ent_iob_ == "B":
                found.extend(ctx.actors.resolve(_entity(tok)))
    return tuple(found)


def _entity(tok):
    """The whole named entity that ``tok`` begins ("the Russian Embassy")."""
    end = tok.i + 1
    for t in itertools.islice(tok.doc[tok.i + 1:], _MAX_TOKENS):
        if t.ent_iob_ != "I":
            break
        end = t.i + 1
    return tok.doc[tok.i:end]


def aim(kept: list, ctx) -> None:
    """Give an apology with no other party the state its "for/over" phrase names."""
    for d in kept:
        if d.event != "CONCEDE":
            continue
        heads = [t for t in (d.cand.head, d.cand.noun) if t is not None]
        if not any(t.lemma_.lower() in APOLOGY_WORDS for t in heads):
            continue
        if any(p.dep_ == "prep" and p.lower_ == "to" for h in heads for p in h.children):
            continue  # "apologized to Seoul for ...": addressed already
        own = {a.code for a in d.actor if a.code}
        wronged = tuple(a for h in heads for a in _wronged(ctx, h)
                        if a.code and a.code not in own)
        if wronged:
            d.recipient = wronged
