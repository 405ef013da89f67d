"""The country on the other side of a border closed, sealed or reopened.

"Pakistan closed its border with Afghanistan", "Thailand reopened its border with
Cambodia", "Russia closed its southern borders with Georgia and Azerbaijan": the act is
done to the neighbour named by the border's "with" phrase, which the parse leaves inside
the object and no recipient rule reads.
"""

from __future__ import annotations

from .lexicon import events_words
from .phrases import phrase
from .triggers import lem

#: Lemmas of border nouns (data/lexicon/events.yaml).
BORDERS = events_words("border_nouns")
#: How many joined names one "with" phrase may list ("with Georgia, Armenia and Iran").
MAX_NEIGHBOURS = 6


def _neighbours(noun) -> list:
    """The nouns of a border noun's "with" phrase, with their conjuncts."""
    out = []
    for p in noun.children:
        if p.dep_ != "prep" or p.lower_ != "with":
            continue
        for g in p.children:
            if g.dep_ != "pobj":
                continue
            out.append(g)
            out.extend(c for c in g.conjuncts[:MAX_NEIGHBOURS] if c.i > g.i)
    return out


def neighbour(ctx, d) -> tuple:
    """The named neighbour(s) a border act ``d`` with no coded recipient is done to; ()
    when the act's object is no border with a "with" phrase."""
    verb = d.cand.head
    if verb.pos_ != "VERB" or any(r.code for r in d.recipient):
        return ()
    objects = [c for c in verb.children
               if c.dep_ in ("dobj", "nsubjpass") and lem(c) in BORDERS]
    if not objects:
        return ()
    own = {a.code for a in d.actor if a.code}
    found = []
    # "closed its border with Afghanistan": the parser may hang the "with" on the verb
    for g in [g for o in objects for g in _neighbours(o)] + _neighbours(verb):
        found.extend(a for a in ctx.actors.resolve(phrase(g)) or ()
                     if a.code and a.code not in own)
    return tuple(found)
