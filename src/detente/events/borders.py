"""The country on the other side of a border closed, sealed or reopened.

"Pakistan closed its border with Afghanistan", "Thailand reopened its border with
Cambodia", "Russia closed its southern borders with Georgia and Azerbaijan": the act is
done to the neighbour named by the border's "with" phrase, which the parse leaves inside
the object and no recipient rule reads.
"""

from __future__ import annotations

from .lexicon import category_set, events_words
from .phrases import phrase
from .triggers import lem

#: Lemmas of border nouns (data/lexicon/events.yaml).
BORDERS = events_words("border_nouns")
#: Acts done toward the border a "to" phrase names ("ordered troops to their borders with
#: X": a deployment against the neighbour) or by one ("massed troops on Ukraine's border"),
#: and those prepositions.
TOWARD = category_set("border_destination_categories", "lexicon/events.yaml")
TOWARD_PREPS = events_words("sending_preps") | events_words("border_position_preps")
#: How many joined names one "with" phrase may list ("with Georgia, Armenia and Iran").
MAX_NEIGHBOURS = 6


def _neighbours(noun) -> list:
    """The nouns of a border noun's "with" phrase, with their conjuncts, or its named
    possessor ("Ukraine's border"; not "its border")."""
    out = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
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
    if d.event in TOWARD:
        objects += _destinations(verb)
    if not objects:
        return ()
    own = {a.code for a in d.actor if a.code}
    found = []
    # "closed its border with Afghanistan": the parser may hang the "with" on the verb
    for g in [g for o in objects for g in _neighbours(o)] + _neighbours(verb):
        found.extend(a for a in ctx.actors.resolve(phrase(g)) or ()
                     if a.code and a.code not in own)
    return tuple(found)


def _destinations(verb) -> list:
    """Border nouns a "to" (or "on", "along" ...) phrase of the verb or of its object names
    ("sent troops to the border with X", "massed troops on X's border", the parser hanging
    the phrase on either)."""
    owners = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    return [g for o in owners for p in o.children
            if p.dep_ == "prep" and p.lower_ in TOWARD_PREPS
            for g in p.children if g.dep_ == "pobj" and lem(g) in BORDERS]
