"""Whether the text has moved away from a place it did not tie to the act itself.

Two places reach an act from outside its own words: the dateline ("KABUL —"), which tells
where the story was filed, and the scene of an incident told before (``scene``). Either is
the act's place only as long as the text has not named somewhere else meanwhile:

- a lead filed from one place about another: "NAIROBI — Armed men killed ten peacekeepers
  in Darfur", "BANGKOK — Troops burned down a village in Myanmar's heartland": the act is
  where the sentence says, even when the parser hangs that place on another word;
- a report that goes on about another place: "ISLAMABAD — ... militants attacked a police
  station in the northern Khyber Pakhtunkhwa province. ... The attackers briefly seized the
  station": Islamabad is the bureau, the province the scene of the acts of force told after
  it (a statement of the dateline's own state is still told where it was filed);
- a scene across a border: "Hezbollah fired rockets on X, in northern Israel. ... the army
  said its aircraft struck a militant in southern Lebanon": the second act is not in Israel.

A place named as a side ("the Kremlin said", "Britain's accusations", "a game against
Russia") is no place the text has moved to, nor is the destination people are sent away to
("DAR ES SALAAM — authorities deported two activists to Nairobi": done in Dar es Salaam).

Public API:
    moved_from_dateline(ctx, sent, filed_place, body, force) -> bool
    named_as_side(doc, place) -> bool
    sent_to(doc, place) -> bool                 "deported them to X": a destination only
    scene_abroad(ctx, sent, place) -> bool
    unmapped_target(ctx, cand, filed_place) -> bool
"""

from __future__ import annotations

from .. import docview, knowledge, tree
from ..grounding import LOCATION_NOUNS, default_gazetteer
from ..places import (PLACE_LABELS, SMALL_PLACES, VENUE_PREPS, big_place, place_head,
                      place_root, reference_point)

__all__ = ["moved_from_dateline", "named_as_side", "scene_abroad", "sent_to", "unmapped_target"]

#: the roles of a place named as a party, not as a venue: "Moscow said", "warned Kyiv"
_PARTY_DEPS = ("nsubj", "nsubjpass", "dobj", "dative")
#: prepositions whose object is a side: "by Washington", "against Russia", "with Kyiv"
PARTY_PREPS = knowledge.words("lexicon/places.yaml", "party_prepositions")
#: prepositions by which an act of force told as a noun takes what it lands on ("the
#: seizure of X", "an attack on X")
_LANDED_PREPS = knowledge.words("lexicon/places.yaml", "landed_on_prepositions")
#: acts of force whose object is most often a place ("captured X", "the shelling of X")
_PLACE_TAKING = knowledge.words("lexicon/places.yaml", "place_taking_words")
#: entity labels of names that are no place: people, peoples, dates and numbers
_NOT_PLACE_LABELS = frozenset({"PERSON", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL",
                               "MONEY", "PERCENT", "QUANTITY"})


def named_as_side(doc, place) -> bool:
    """A place that names a side of what is told, not somewhere: the subject or object of a
    verb ("the Kremlin said", "warned Kyiv"), after a preposition of a side ("by X",
    "against X"), the source of a noun ("threats from the Kremlin"), the owner of what is
    no place ("Britain's accusations"; not "Myanmar's heartland", "in Syria's north")."""
    root = place_root(doc, place)
    if root is None:
        return False
    head = place_head(root)
    if head.dep_ in _PARTY_DEPS:
        return True
    owner = head.head
    if head.dep_ == "poss":
        return owner.lemma_.lower() not in LOCATION_NOUNS and not (
            owner.dep_ == "pobj" and owner.head.lower_ in VENUE_PREPS)
    if head.dep_ != "pobj":
        return False
    return owner.lower_ in PARTY_PREPS or owner.lower_ == "from" and owner.head.pos_ in (
        "NOUN", "PROPN")


#: verbs of sending people away: their destination is no place the act happened in
_SENDING_AWAY = knowledge.words("lexicon/places.yaml", "sending_away_verbs")
#: prepositions of that destination
_SENT_TO = knowledge.words("lexicon/places.yaml", "destination_prepositions") - {"from"}


def sent_to(doc, place) -> bool:
    """The place is where people were sent away to ("deported two activists to X", "expelled
    a bishop to Y"): the act happened where they were sent from, not there."""
    root = place_root(doc, place)
    if root is None:
        return False
    head = place_head(tree.climb(root, ("conj",)))
    return head.dep_ == "pobj" and head.head.lower_ in _SENT_TO and \
        head.head.head.lemma_.lower() in _SENDING_AWAY


def _named_places(ctx, start: int, end: int) -> list:
    """The places of [start, end) named as places, not as sides."""
    return [p for p in ctx.places_in(start, end) if not named_as_side(ctx.doc, p)]


def _where_someone_went(doc, place) -> bool:
    """A place a verb puts someone or something at or to ("met in Japan", "travelled to
    Cuba"), not one inside a noun's phrase ("the violence in Ukraine", "elections in X"),
    which a statement is about rather than made in."""
    root = place_root(doc, place)
    if root is None:
        return False
    head = place_head(root)
    return head.dep_ == "pobj" and tree.is_verb(head.head.head)


def _same(place, home) -> bool:
    if place.geonameid is not None and place.geonameid == home.geonameid:
        return True
    return place.name == home.name and place.country == home.country


def _same_or_around(place, home) -> bool:
    """``place`` is ``home`` itself, or the country ``home`` lies in ("KABUL —" ... "in
    Afghanistan", "the Afghan capital")."""
    return _same(place, home) or place.feature == "country" and place.country == home.country


def moved_from_dateline(ctx, sent, filed_place, body: int, force: bool = True) -> bool:
    """Whether the text has left the dateline's place by ``sent``.

    Not when the sentence names the dateline's place itself, other than as a point another
    is located by ("On Saturday in Baghdad, forces fired on protesters a mile from Tahrir
    square"; not "in a town 170 km southeast of Islamabad"). Else yes when the sentence names
    another place than the dateline's own or its country: for an act of force
    (``force``: done where it lands) anywhere in it, for another act only where a verb puts someone ("met in
    Japan", "travelled to Cuba"; not "condemned the violence in Ukraine": a topic); and, for
    an act of force past the lead, when the latest place named before it is such another
    place (the report's scene is elsewhere). ``body``: where the story's text starts after
    the dateline."""
    doc = ctx.doc
    in_sentence = ctx.places_in(max(sent.start_char, body), sent.end_char)
    if any(_same(p, filed_place) and not reference_point(doc, p) for p in in_sentence):
        return False
    here = [p for p in in_sentence if not named_as_side(doc, p) and not sent_to(doc, p)
            and (force or _where_someone_went(doc, p))]
    if any(not _same_or_around(p, filed_place) for p in here) or force and _unmapped_venue(
            ctx, sent):
        return True
    if not force or sent.start_char <= body:
        return False
    # the latest place named before the sentence (as a place, not as a side)
    last = next((p for p in reversed(ctx.places_in(body, sent.start_char))
                 if not named_as_side(doc, p)), None)
    return last is not None and not _same_or_around(last, filed_place)


def _unmapped_venue(ctx, sent) -> bool:
    """A place name the gazetteer lacks after a venue preposition ("ISLAMABAD — Militants
    killed seven soldiers in North Waziristan"): the sentence says where the act happened,
    though not on our map, and it is not the dateline's city."""
    doc = ctx.doc
    for ent in docview.ents_in(sent):
        if ent.label_ not in PLACE_LABELS or ctx.places_in(ent.start_char, ent.end_char):
            continue
        before = ent.start - 1
        if before > sent.start and doc[before].lower_ == "the":
            before -= 1  # "in the Lower Shabelle region"
        if before >= sent.start and doc[before].lower_ in VENUE_PREPS:
            return True
    return False


def scene_abroad(ctx, sent, place) -> bool:
    """Whether ``sent`` names a place of a country other than ``place``'s: an act told there
    happens on another side of a border than the scene ``place`` set before it."""
    if place is None or not place.country:
        return False
    return any(p.country and p.country != place.country
               for p in _named_places(ctx, sent.start_char, sent.end_char))


def unmapped_target(ctx, cand, filed_place) -> bool:
    """An act of force that lands on a proper name neither the gazetteer nor the actors know
    ("GOMA — ... The seizure of Nyanzale by rebels", "captured Kibirizi"), or on "the town"
    or "the village" when the dateline is a big city ("took control of the town"): the act is
    in a place off our map, not in the dateline's city."""
    head = cand.noun if cand.noun is not None else cand.head
    if head.lemma_.lower() not in _PLACE_TAKING:
        return False  # "arrested Bobi Wine": a person the parser did not tag
    objects = [c for c in head.children if c.dep_ == "dobj"]
    objects += [o for c in head.children if c.dep_ in ("prep", "agent") and c.lower_ in
                _LANDED_PREPS for o in c.children if o.dep_ == "pobj"]
    for obj in objects:
        if obj.lemma_.lower() in SMALL_PLACES and big_place(filed_place, default_gazetteer()):
            return True
        if obj.pos_ != "PROPN" or obj.ent_type_ in _NOT_PLACE_LABELS:
            continue  # the parser often tags a village it does not know ORG
        span = obj.doc[obj.left_edge.i:obj.right_edge.i + 1]
        if not ctx.places_in(span.start_char, span.end_char) and not ctx.actors.resolve(span):
            return True
    return False
