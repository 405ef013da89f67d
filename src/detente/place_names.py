"""Names of places as news writes them and the parse mislabels them: a kind noun closing a
region's name ("Zamfara State", which the gazetteer knows as Zamfara) and a region the NER takes
for an organisation or a person ("Khyber Pakhtunkhwa" tagged ORG) where its words say it is a
place. Helpers of the place stage (``places.find_places``).

A small town's name is often also the gazetteer's name for a town of another country: "Kanan
village in Sagaing region" is no town of Japan. A small place named inside a place of
another country ("X village in Y region", "X, a town in Y") is in that place's country.

Public API:
    named_part(text, gazetteer) -> str            the name the gazetteer knows
    region_in_place(entry, text, start, end) -> bool  a region named where only a place stands
    inside_other_country(places, text) -> list    small homonyms put in the country they lie in
    initials_modifier(ent) -> bool                "U.S. sanctions": whose, not where
    trim(text, start) -> (text, start)            a mention without possessives or stops
"""

from __future__ import annotations

import re

from dataclasses import replace

from . import docview, knowledge, tree
from .grounding import VENUE_PREPS, Entry, Gazetteer, place_phrase_head, taken_from_prep
from .records import Place

__all__ = ["from_origin", "initials_modifier", "inside_other_country", "longer_name",
           "named_part", "region_in_place", "seat_of_body", "there_on", "there_places", "trim",
           "where_clause_on"]

_PLACES = "lexicon/places.yaml"
#: kind nouns that may close a region's name without being part of the gazetteer's name:
#: "Zamfara State", "Sagaing Region", "Rakhine state"
_NAME_SUFFIXES = knowledge.words(_PLACES, "name_suffix_nouns")


#: "the Britain-based monitor": a place joined to "-based" seats a body, placing nothing told
_SEAT = re.compile(r"\s*[-–]\s*(?:" + "|".join(knowledge.ordered(_PLACES, "seat_suffixes"))
                   + r")\b", re.IGNORECASE)


def seat_of_body(text: str, end: int) -> bool:
    """The place mention ending at ``end`` only says where a body is based."""
    return bool(_SEAT.match(text, end))


#: " es Salaam", " al-Ayn": a name's lower-case particle and the capitalised words after it
_RUN_ON = re.compile(r"(?: (?:" + "|".join(knowledge.ordered(_PLACES, "name_particles"))
                     + r")[ -](?:[A-Z][\w'’-]+)(?: [A-Z][\w'’-]+)?)+")


def longer_name(text: str, end: int, name: str, gazetteer: Gazetteer) -> str:
    """``name`` (ending at ``end`` in ``text``) run on through a lower-case particle where the
    gazetteer knows the longer name: the parser's "[Dar] es Salaam" is Dar es Salaam."""
    m = _RUN_ON.match(text, end)
    if m is None:
        return name
    longer = name + m.group(0)
    return longer if gazetteer.candidates(longer) else name


def named_part(text: str, gazetteer: Gazetteer) -> str:
    """The name in a mention the gazetteer knows only without its kind noun ("Zamfara
    State" -> "Zamfara"); the mention itself otherwise."""
    head, _, last = text.rpartition(" ")
    if head and last.lower() in _NAME_SUFFIXES and not gazetteer.candidates(text) and \
            gazetteer.candidates(head):
        return head
    return text


#: "in Pakistan's northern X", "in X": a region named where only a place can stand
_REGION_BEFORE = re.compile(r"(?:\b(?:in|at|near|across|throughout)|['’]s)\s+(?:the\s+)?"
                            r"(?:[a-z-]+\s+)?$")
_REGION_AFTER = re.compile(r"^\s*(?:\([A-Z]{2,6}\)\s*)?(?i:"
                           + "|".join(sorted(map(re.escape, _NAME_SUFFIXES))) + r")\b")


def region_in_place(entry: Entry | None, text: str, start: int, end: int) -> bool:
    """A region of the gazetteer the NER took for an organisation or a person
    ("Khyber Pakhtunkhwa" tagged ORG) where its words say it is a place: after "in" or a
    country's possessive, or before its kind noun ("X (KP) province")."""
    return entry is not None and entry.feature == "region" and bool(
        _REGION_BEFORE.search(text[max(0, start - 40):start])
        or _REGION_AFTER.match(text[end:end + 30]))


#: words between a small place and the place it lies in: "X village in Y", "X, a town in Y",
#: "X in Y's Z district" (a kind noun, then "in" or "of", or a comma and an apposition)
_INSIDE = re.compile(r"^(?: (?:" + "|".join(knowledge.ordered(_PLACES, "place_type_nouns"))
                     + "|" + "|".join(knowledge.ordered(_PLACES, "named_settlement_nouns"))
                     + r"))?(?: in|,(?: an?| the)?(?: [a-z-]+){0,2} (?:in|of)) (?:the )?"
                     r"(?:[a-z-]+ ){0,2}$")
#: a town of at most this many people can be a homonym of one abroad
HOMONYM_MAX = 100_000


def inside_other_country(places: list[Place], text: str,
                         sizes: dict[int, int]) -> list[Place]:
    """``places`` (in text order) with each small town that the text names as lying inside a
    place of another country ("Kanan village in Sagaing region") moved to that country, its
    coordinates dropped: the gazetteer's town of that name is another. ``sizes``: the
    population of each place's gazetteer entry, by geonameid."""
    out = list(places)
    for k, place in enumerate(places[:-1]):
        wider = places[k + 1]
        if place.feature != "city" or not place.geonameid or not wider.country or \
                wider.country == place.country or \
                sizes.get(place.geonameid, HOMONYM_MAX) >= HOMONYM_MAX:
            continue
        if _INSIDE.match(text[place.end:wider.start]):
            out[k] = replace(place, name=place.text, country=wider.country, lat=None,
                             lon=None, geonameid=None)
    return out


#: how far back (characters) "there" looks for the place it stands for
THERE_REACH = 600


def there_places(doc, places: list[Place]) -> list[Place]:
    """"there" as an adverb of place ("He met the president there", "are also detained
    there"; not "there were protests") stands for the last place named before it, close by,
    as somewhere something is or goes ("in X", "flew to X"; not "Washington said", "sanctions
    on X"): the same place, with "there" as its words. ``places``: in text order."""
    out: list[Place] = []
    eligible = None  # the places "there" may stand for, found once, on the first "there"
    for tok in docview.tokens(doc):
        if tok.lower_ != "there" or tok.dep_ != "advmod":
            continue
        if eligible is None:
            eligible = [p for p in places if _where_things_are(doc, p)]
        before = [p for p in eligible if p.end <= tok.idx]
        if before and tok.idx - before[-1].start <= THERE_REACH:
            out.append(replace(before[-1], text=tok.text, start=tok.idx,
                               end=tok.idx + len(tok.text)))
    return out


#: what "there" can stand for: a place where something is ("in X") or someone went ("flew to X")
JOURNEY_VERBS = knowledge.words(_PLACES, "journey_verbs")


def _where_things_are(doc, place: Place) -> bool:
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None:
        return False
    root = tree.climb(span.root, ("conj",))
    head = place_phrase_head(root)
    if head.i != root.i:
        return True  # named with its kind: "the X prison", "the town of X"
    prep = head.head
    return head.dep_ == "pobj" and (prep.lower_ in VENUE_PREPS or prep.lower_ == "to" and
                                    prep.head.lemma_.lower() in JOURNEY_VERBS)


def from_origin(tok, trigger) -> bool:
    """The place is named inside a phrase of where the act came from ("attacked from an air
    base in X"), which is not where it happened; not the origin itself ("a withdrawal from
    X", "a march from X": what the act leaves is its place)."""
    head = place_phrase_head(tree.climb(tok, ("conj",)))
    if head.dep_ == "pobj" and head.head.lower_ == "from":
        return False
    for up in tree.ancestors(head):
        if up.i == trigger.i:
            return False
        if up.dep_ == "prep" and up.lower_ == "from" and tree.is_verb(up.head):
            # not "3 km from a power station outside X": a distance; nor "abducted pupils
            # from a school in X": where they were taken
            return not taken_from_prep(up)
    return False


def there_on(tok, trigger) -> bool:
    """"met the president there", "held talks there": "there" on the trigger's verb or on the
    verb whose subject or object the trigger noun is; or a named place with a "where" clause
    on it that tells the trigger's act (``where_clause_on``)."""
    if tok.lower_ != "there":
        return where_clause_on(tok, trigger)
    return tok.dep_ == "advmod" and (tok.head.i == trigger.i or (
        trigger.dep_ in ("dobj", "nsubj", "nsubjpass") and tok.head.i == trigger.head.i))


def where_clause_on(tok, trigger) -> bool:
    """"talks in Havana, where negotiators have been holding a round of talks", "a city in Y,
    where protesters torched an office": a place that a "where" clause hangs on is where that
    clause's act happens. The trigger is the clause's verb or a noun whose nearest verb it is;
    not an act in a clause reported inside it ("X, where officials said attacks took place":
    the attacks' own verb)."""
    root = tree.climb(tok, ("conj",))
    owners = {root.i, place_phrase_head(root).i}
    verb = tree.governing_verb(trigger, include_self=True)
    if verb is None or verb.dep_ != "relcl" or verb.head.i not in owners:
        return False
    return any(c.dep_ == "advmod" and c.lower_ == "where" for c in verb.children)


#: a name written as initials ("U.S.", "U.K."): its last period is part of it
INITIALS = re.compile(r"(?:\b[A-Z]\.){2,}$")


def initials_modifier(ent) -> bool:
    """A name in initials modifying a noun ("U.S. sanctions", "a Kenya-U.S. base"); not one
    of a noun after a venue preposition ("frozen in U.S. banks": there)."""
    root = ent.root
    head = root.head
    if not INITIALS.search(ent.text) or root.dep_ not in ("compound", "amod", "nmod") \
            or head.pos_ not in ("NOUN", "PROPN") or head.i < ent.end:
        return False
    return not (head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPS)


def trim(text: str, start: int) -> tuple[str, int]:
    """A mention's name and start without a possessive before or after it ("’s Zamfara",
    "Kenya's"), and without closing punctuation (but a name in initials keeps its period)."""
    lead = _LEAD_POSSESSIVE.match(text)
    if lead:  # "Nigeria’s Zamfara" split after the country: "’s Zamfara"
        text, start = text[lead.end():], start + lead.end()
    text = re.sub(r"['’]s?$", "", text).rstrip(" ,")
    return (text if INITIALS.search(text) else text.rstrip(" .,")), start


_LEAD_POSSESSIVE = re.compile(r"^['’]s\s+")
