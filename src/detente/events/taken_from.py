"""The side a place is taken from: "troops recaptured the town of X from the rebels",
"rebels seized Y from government forces".

An act that takes a place has the place as its object, and a place as the object stands for
its state's side ("shelled Kharkiv"). But when a "from" phrase names a party, that party is
the one the place was taken from: the recipient is the party, not the town's state (nor the
town's civilians). "From" after a person object says what the person is put out of
("expelled the ambassador from Bamako") and is left to the caller; here the object is a
place (a place noun or a place name), so "from" names the loser.

Verbs (lemmas) are ``place_taking_words`` of data/lexicon/places.yaml.
"""

from __future__ import annotations

from .. import knowledge
from ..grounding import LOCATION_NOUNS

#: acts whose object is most often a place: "captured X", "retook the town of Y"
_TAKING = knowledge.words("lexicon/places.yaml", "place_taking_words")
#: entity labels of place names
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _is_place(tok) -> bool:
    return tok.lemma_.lower() in LOCATION_NOUNS or tok.ent_type_ in _PLACE_LABELS


def taken_from(verb, recipients: list, is_party) -> list:
    """``recipients`` (tokens) of ``verb``, with the parties named after "from" on the verb
    or on its place object in place of that object when ``verb`` takes a place ("retook X
    from the rebels": the rebels); unchanged otherwise. ``is_party(token)`` says whether a
    noun names a party."""
    if verb.lemma_.lower() not in _TAKING:
        return recipients
    places = [c for c in verb.children if c.dep_ == "dobj" and _is_place(c)]
    holders = [verb, *places]
    losers = [g for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "from"
              for g in p.children if g.dep_ == "pobj" and not _is_place(g) and is_party(g)]
    if not places or not losers:
        return recipients
    gone = {t.i for t in [*places, *losers]}
    return [t for t in recipients if t.i not in gone] + losers
