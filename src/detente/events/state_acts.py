"""The state a reaction is aimed at when it names a state's act by where it happened.

"Japan protested the detention of a Japanese national in Beijing", "France condemned the
arrest of two of its citizens in Iran": the act (a detention, an arrest, a ban) is a state's,
no doer is named, and the place it happened in is abroad; the protest is aimed at the state
of that place, not at the people the act befell (``place_state``). Which acts are a state's
is the ontology's ``doer_is_home_state`` grouping; which reactions, ``reaction_categories``
of data/lexicon/reactions.yaml.
"""

from __future__ import annotations

from .lexicon import category_set, load_lexicon
from .parties import codes, state_actor
from .phrases import LOCATIVE_PREPS
from .reactions import REACTIONS

#: Acts a state's organs do ("detention", "arrest", "ban").
STATE_ACTS = category_set("doer_is_home_state")


def _act_place(ctx, noun) -> str | None:
    """The country of the place an act noun's phrase names after "in"/"at" (on the noun or on
    its "of" victim: "the detention of a national in Beijing"), if the act has no doer of
    its own (no possessor, no "by" phrase); else None."""
    if any(c.dep_ == "poss" or (c.dep_ in ("prep", "agent") and c.lower_ == "by")
           for c in noun.children):
        return None
    heads = [noun] + [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                      for g in c.children if g.dep_ == "pobj"]
    for head in heads:
        for c in head.children:
            if c.dep_ != "prep" or c.lower_ not in LOCATIVE_PREPS:
                continue
            for g in c.children:
                places = ctx.places_in(g.idx, g.idx + len(g)) if g.dep_ == "pobj" else []
                country = next((p.country for p in places if p.country), None)
                if country:
                    return country
    return None


def _reacted_nouns(cand, roles) -> list:
    """The nouns a reaction may name its thing by: its recipient words, its verb's direct
    objects and the objects of its noun's prepositions ("a protest against the detention")."""
    out = list(roles.recipient)
    out += [c for c in cand.head.children if c.dep_ == "dobj"]
    for word in (cand.noun, cand.anchor):
        if word is not None:
            out += [g for c in word.children if c.dep_ == "prep" for g in c.children
                    if g.dep_ == "pobj"]
    return out


def place_state(ctx, cand, roles, event: str, actor: tuple, recipient: tuple) -> tuple:
    """The recipient of a reaction to a state's act told by its place abroad (see the module
    doc): the state of that place, in place of the act's victims; else ``recipient``."""
    if event not in REACTIONS or not codes(actor):
        return recipient
    lex = load_lexicon()
    for noun in _reacted_nouns(cand, roles):
        entry = lex.nouns.get(lex.lemma(noun)) if noun.pos_ == "NOUN" else None
        if entry is None or entry.event not in STATE_ACTS:
            continue
        country = _act_place(ctx, noun)
        if country and country not in codes(actor):
            return (state_actor(ctx, country),)
    return recipient
