"""Names the words around them mark as places, though the parser tags them as people or
organisations, or the gazetteer lacks them. Helpers of the place stage (``places``).

Two cues:

- an apposition that describes the name as a place and says where it lies: "X, a mining town
  in eastern Y", "X, a village in Y's Z province", "X, about 40 km south of Y", "X, a suburb
  west of Y". The place named inside the description gives X its country; a name the
  gazetteer lacks is kept, without a point (``described_places``);
- the object of an act that lands on places ("shelled X", "overran X", "the siege of X", "the
  X bombing"): a name the gazetteer knows as a town or region is that place even when the
  parser calls it a person or a product (``struck_name``).

Public API:
    described_places(doc, named, taken, gazetteer) -> list[Place]
    struck_name(doc, start, end, entry) -> bool
    located_on(tok) -> bool                      "on the outskirts of X": "on" says where
    doers_venue(doc, place, trigger) -> bool     "traders in X staged ...": the doers' phrase
    venue_owner(doc, place, trigger)             the subject of that phrase, else None
    settled_entry(gazetteer, text, start, end, entry) -> Entry | None  "the city of X": a town
    taken_object(ent) -> bool                    "captured X" with X tagged a place
"""

from __future__ import annotations

import re

from . import docview, knowledge
from .grounding import Entry, Gazetteer, place_phrase_head
from .place_country import entry_place, nearest_country
from .records import Place

__all__ = ["described_places", "doers_venue", "located_on", "settled_entry", "struck_name",
           "taken_object", "venue_owner"]

_PLACES = "lexicon/places.yaml"
_NOUNS = "|".join(knowledge.ordered(_PLACES, "described_place_nouns"))
_DIRECTIONS = "|".join(knowledge.ordered(_PLACES, "direction_words"))
_UNITS = "|".join(knowledge.ordered(_PLACES, "distance_units"))
_APPROXIMATE = "|".join(knowledge.ordered(_PLACES, "approximation_words"))
_DESCRIBING_PREPS = "|".join(knowledge.ordered(_PLACES, "description_prepositions"))
#: "X, a (mining) town in ...", "X, an industrial hub on the outskirts of Y", "X, a suburb
#: west of Y", "X, about 40 km south of Y", "X, 300 km (186 miles) southeast of Y"
_DESCRIBED = re.compile(
    r"\b([A-Z][\w'’-]+(?: (?:[A-Z][\w'’-]+|al-[A-Z][\w'’-]+|da|de|es|el)){0,3}), "
    r"(?:(?:an?|the) (?:[\w-]+ ){0,3}?(?:" + _NOUNS + r")(?= (?:" + _DESCRIBING_PREPS + "|"
    + _DIRECTIONS + r")\b)|(?:(?:" + _APPROXIMATE + r") )?\d[\d,.]*[ -]?(?:" + _UNITS
    + r")\b(?: \([^)]{1,30}\))? (?:"
    + _DIRECTIONS + r")(?:ern)? of)")
_NOT_NAMES = knowledge.words(_PLACES, "not_places") | knowledge.words(_PLACES, "name_determiners")


def described_places(doc, named: list[Place], taken, gazetteer: Gazetteer) -> list[Place]:
    """Places named with an apposition that describes them (module doc), not yet among
    ``named`` (``taken``: overlap test over their spans). The country is the first named
    place's inside the description (up to the next comma or the sentence's end), else the
    sentence's nearest."""
    text = docview.text(doc)
    out = []
    for m in _DESCRIBED.finditer(text):
        start, end = m.span(1)
        name = m.group(1)
        if taken(start, end) or name.split(" ")[0].lower() in _NOT_NAMES:
            continue
        tok = _token_at(doc, start)
        if tok is None or tok.pos_ != "PROPN" or tok.is_sent_start and tok.ent_type_ == "":
            continue  # "Still, a town in ...": a sentence's first word, no name
        stop = _description_end(text, m.end())
        inside = [p for p in named if m.end() <= p.start < stop and p.country]
        code = inside[0].country if inside else nearest_country(named, start, text)
        entry = _entry_in(gazetteer, name, code)
        if entry is not None:
            out.append(entry_place(name, start, end, entry))
        elif not gazetteer.candidates(name) or code is not None:
            out.append(Place(name, start, end, name, code, feature="city"))
    return out


def _description_end(text: str, at: int) -> int:
    """Where the description starting at ``at`` ends: the next comma, else the sentence's
    end."""
    ends = [i for i in (text.find(",", at), text.find(". ", at), text.find("\n", at)) if i >= 0]
    return min(ends) if ends else len(text)


def _entry_in(gazetteer: Gazetteer, name: str, code: str | None) -> Entry | None:
    """The gazetteer's place of that name in the country ``code`` (any, when ``code`` is
    None); None when the gazetteer's places of that name all lie in other countries (a
    homonym abroad: the described place is one the gazetteer lacks)."""
    found = [e for e, _ in gazetteer.candidates(name) if e.feature in ("city", "region")]
    if code is not None:
        found = [e for e in found if e.country == code]
    return max(found, key=lambda e: e.population) if found else None


def _token_at(doc, start: int):
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


#: lemmas of acts whose object is a place: "shelled X", "overran X", "the siege of X"
_LANDS_ON = knowledge.words(_PLACES, "place_object_words")
#: verbs by which an attack told as a noun is done to its object ("the strike hit X")
_STRUCK_BY_SUBJECT = knowledge.words(_PLACES, "struck_by_subject_verbs")


def struck_name(doc, start: int, end: int, entry: Entry | None) -> bool:
    """The mention at ``start:end`` is the object of an act that lands on places and the
    gazetteer knows it as a town or region: "Russian forces shelled X" with X tagged PERSON."""
    if entry is None or entry.feature not in ("city", "region"):
        return False
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.dep_ in ("dobj", "nsubjpass", "compound"):
        head = root.head  # "shelled X", "the X bombing"
    elif root.dep_ == "pobj" and root.head.lower_ in ("of", "on"):
        head = root.head.head  # "the shelling of X", "an assault on X"
    else:
        return False
    if head.lemma_.lower() in _LANDS_ON:
        return True
    # "Israeli strikes hit X": a verb of striking whose subject is such an act
    return root.dep_ == "dobj" and head.lemma_.lower() in _STRUCK_BY_SUBJECT and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in _LANDS_ON for c in head.children)


#: nouns after which "on" says where, not what an act aims at or is about
_ON_LOCATIONS = knowledge.words(_PLACES, "on_location_nouns")


def located_on(tok) -> bool:
    """``tok`` is the object of "on" and a noun of the edge of a place: "on the outskirts of
    X", "on the edge of Y" tell where an act happened, not what it aims at ("sanctions on X")."""
    return tok.dep_ == "pobj" and tok.head.lower_ == "on" and (
        tok.lower_ in _ON_LOCATIONS or tok.lemma_.lower() in _ON_LOCATIONS)


def doers_venue(doc, place: Place, trigger) -> bool:
    """The place is named in the phrase of a clause's subject other than the act itself ("a
    court in X sentenced", "traders in X staged a sit-in at Y"; not "the attack in X started
    with a bombing"): where the doers are, which places their act only when the act's own
    phrases name no place."""
    return venue_owner(doc, place, trigger) is not None


def venue_owner(doc, place: Place, trigger):
    """The subject whose phrase names the place (see ``doers_venue``), else None."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return None
    head = place_phrase_head(span.root)
    owner = head.head.head
    if head.dep_ == "pobj" and owner.dep_ in ("nsubj", "nsubjpass") and owner.i != trigger.i:
        return owner
    return None


#: "the city of X", "the town of X": the words before a name that say it is a settlement
_SETTLED_BEFORE = re.compile(r"\b(?:" + "|".join(knowledge.ordered(_PLACES, "settlement_nouns"))
                             + r") of $", re.IGNORECASE)


def settled_entry(gazetteer: Gazetteer, text: str, start: int, end: int,
                  entry: Entry | None) -> Entry | None:
    """``entry`` for the name at [start, end), or the gazetteer's town of that name in the same
    country where the words before it say it is a settlement and ``entry`` is a region ("the
    city of X": the town, not the province named after it)."""
    if entry is None or entry.feature != "region" or \
            not _SETTLED_BEFORE.search(text[max(0, start - 20):start]):
        return entry
    towns = [e for e, _ in gazetteer.candidates(text[start:end])
             if e.feature == "city" and e.country == entry.country]
    return max(towns, key=lambda e: e.population) if towns else entry


#: acts of force whose object is most often a place (lexicon/places.yaml place_taking_words)
_PLACE_TAKING = knowledge.words(_PLACES, "place_taking_words")


def taken_object(ent) -> bool:
    """The parser's place entity ``ent`` is the object of an act of force that most often
    takes a place ("the army captured X", "rebels overran X"): a town, though the gazetteer
    lacks it."""
    root = ent.root
    return root.dep_ == "dobj" and root.head.lemma_.lower() in _PLACE_TAKING and \
        ent.label_ in ("GPE", "LOC")
