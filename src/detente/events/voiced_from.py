"""Statements told by where they came from: "calls for his resignation have come from the
opposition", "accusations that Kampala backs the rebels came from civil society groups",
"condemnation poured in from Western capitals".

The statement noun is the subject of a verb of coming; the party in its "from" phrase made
the statement. Read only for verbal categories (a call, an accusation, a threat, a refusal,
praise): "shells came from the north" is no one's statement, and a harm's origin is left to
the stages of force.
"""

from __future__ import annotations

from .lexicon import events_words, load_lexicon

#: Verbs (lemmas) by which a statement is said to come from someone.
ORIGIN_VERBS = events_words("origin_verbs")
#: Prepositions of the one a statement came from.
ORIGIN_PREPS = events_words("origin_preps")


def origin_roles(noun, cand, roles) -> None:
    """Set ``roles.actor`` to the "from" party of a verbal event noun that is the subject of
    a verb of coming, when the noun's own phrase names no doer."""
    if roles.actor or noun.dep_ != "nsubj" or not load_lexicon().quad(cand.event).startswith(
            "verbal"):
        return
    verb = noun.head
    if verb.lemma_.lower() not in ORIGIN_VERBS:
        return
    # "poured in from": the preposition may hang on the particle
    holders = [verb] + [c for c in verb.children if c.dep_ == "prt"]
    doers = [g for h in holders for c in h.children
             if c.dep_ == "prep" and c.lower_ in ORIGIN_PREPS
             for g in c.children if g.dep_ == "pobj"]
    if doers:
        roles.actor = doers[:1]
