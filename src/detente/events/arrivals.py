"""Aid told by its arrival: "relief supplies from the United States reached Pakistan", "a
shipment of aid from Turkey arrived in Gaza".

The aid noun (or the noun it measures or qualifies: "supplies", "a shipment of") is the
subject of a verb of arriving; the giver is its "from" party, the receiver what the verb
reaches or the place it arrives in. Without a "from" party nothing is read: "aid reached
the town" names no giver.
"""

from __future__ import annotations

from .. import tree
from .lexicon import events_words

#: Verbs (lemmas) of goods arriving somewhere.
ARRIVAL_VERBS = events_words("arrival_verbs")
#: Prepositions of the place goods arrive in ("arrived in Gaza").
ARRIVAL_PREPS = events_words("arrival_preps")
#: Entity types of a receiving place or party.
_RECEIVERS = frozenset({"GPE", "LOC", "NORP", "ORG"})
#: How many links up from the aid noun its phrase's head may be ("a shipment of relief
#: supplies": relief -> supplies -> of -> shipment).
_CLIMB = 5


def _phrase_nouns(noun) -> list:
    """The aid noun and the nouns above it in one noun phrase, lowest first ("of" steps pass
    through the preposition)."""
    chain = [noun]
    for child, head in tree.steps_up(noun, limit=_CLIMB):
        if head.pos_ in ("NOUN", "PROPN") and (
                child.dep_ in ("compound", "amod", "nmod")
                or (child.dep_ == "prep" and child.lower_ == "of")):
            chain.append(head)
        elif not (child.dep_ == "pobj" and head.lower_ == "of"):
            break
    return chain


def arrived(noun):
    """(verb, giver tokens) when the aid noun's phrase is the subject of an arrival verb
    and names where it comes from, else None."""
    chain = _phrase_nouns(noun)
    top = chain[-1]
    verb = top.head
    if top.dep_ != "nsubj" or verb.lemma_.lower() not in ARRIVAL_VERBS:
        return None
    givers = [g for n in chain + [verb] for p in n.children
              if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj" and g.ent_type_ in _RECEIVERS]
    return (verb, givers) if givers else None


def arrival_roles(noun, cand, roles) -> None:
    """Fill the giver and receiver of aid told by its arrival; leave ``roles`` alone
    otherwise."""
    if roles.actor or cand.kind != "noun" or cand.event != "AID":
        return
    found = arrived(noun)
    if found is None:
        return
    verb, givers = found
    roles.actor = givers
    own = {t.i for t in _phrase_nouns(noun)}
    if all(t.i in own for t in roles.recipient):  # "a shipment of aid": the aid is no party
        roles.recipient = [c for c in verb.children if c.dep_ == "dobj"] or [
            g for p in verb.children if p.dep_ == "prep" and p.lower_ in ARRIVAL_PREPS
            for g in p.children if g.dep_ == "pobj" and g.ent_type_ in _RECEIVERS]
