"""Places named with a noun of their kind that the gazetteer lacks: a site ("the Nur Shams
refugee camp", "at Bangkok's Victory Monument", "the Torkham border crossing"), a land or
water feature ("the Galwan Valley", "the Sambisa Forest", "near Scarborough Shoal") or an area
of a state ("in the Vanni region", "the Gojjam zone of Amhara"). The noun says that the name
before it is a place wherever the phrase stands (after "in", or as the object of "raided"):
whether it is the place of an act is for attachment to say. Helpers of the place stage
(``places.find_places``).

The name is one to four capitalised words, with at most one lower-case word between it and
the noun ("truce", "refugee", "border"). Not a name: a nationality or a state ("the
Palestinian refugee camp", "the Afghan border crossing"), an organisation or a community the
actor data list ("the Hamas training camp"), a person's name right before the noun ("the
Trump camp"), a month or a weekday; nor capitalised words after "a" ("a Somalian army base":
a kind of place, not a name), nor a noun that only modifies the next ("the Columbia University
protests": the protests are the place's business, not a place of their own). After a place's
possessive ("Bangkok's Victory Monument") the rest is the name, and the possessor gives the
country.

Kept: a site or a settlement with its noun ("Nur Shams refugee camp"), a feature with its noun
when the noun is capitalised as part of the name ("Galwan Valley"), an area without a
lower-case kind noun ("Vanni" of "the Vanni region"). The country is that of the place named
in its own phrase ("the Gojjam zone of Amhara"), else of the nearest town or region its
sentence names, else of a country the sentence names after a venue preposition ("residents in
Ethiopia said"), else the article's only country (``home``), else the country the story has
named most before, where the sentence names it or its people too, else none: not a country
named as a party ("Israel said its troops raided the X camp"). A water feature ("Bab
el-Mandeb Strait") has none, as the gazetteer's seas have none. There are no coordinates.

Public API:
    named_sites(doc, named, taken, gazetteer, home) -> list[Place]
    sole_country(text, countries) -> str | None   the article's only country, if one
"""

from __future__ import annotations

import re

from . import docview, knowledge
from .grounding import VENUE_PREPS, Gazetteer, name_key, place_phrase_head
from .place_country import story_country
from .records import Place

__all__ = ["DEMONYMS", "named_sites", "sole_country"]

_PLACES = "lexicon/places.yaml"
#: the gazetteer feature each kind of noun names
_FEATURES = {**{n: "region" for key in ("area_nouns", "water_feature_nouns")
                for n in knowledge.ordered(_PLACES, key)},
             **{n: "city" for n in knowledge.ordered(_PLACES, "named_settlement_nouns")},
             **{n: "site" for n in knowledge.ordered(_PLACES, "site_nouns")}}
#: water features: of no one country, as the gazetteer's seas are
_WATER = knowledge.words(_PLACES, "water_feature_nouns")
_NOUNS = "|".join(sorted((re.escape(n) for n in _FEATURES), key=len, reverse=True))
#: a capitalised name (an Arabic article may join a later word: "Bab el-Mandeb"), at most one
#: lower-case word, then the kind noun
_SITE = re.compile(r"(?<![\w'’.-])([A-Z][\w'’-]*(?: (?:[A-Z][\w'’.-]*|"
                   r"(?:al|el|as|ad|ar|an|ez)-[A-Z][\w'’-]*)){0,4}) (?:([a-z][a-z-]+) )?((?i:"
                   + _NOUNS + r"))\b")
#: words a capitalised run may start with that are no part of a name ("The", "In")
_LEAD_WORDS = knowledge.words(_PLACES, "name_determiners") | knowledge.words(
    _PLACES, "locative_prepositions")
_NOT_NAMES = knowledge.words(_PLACES, "not_places") | frozenset(
    knowledge.table("lexicon/time.yaml", "months")) | knowledge.words("lexicon/time.yaml",
                                                                     "weekdays")
_COUNTRIES = knowledge.table("actors/countries.yaml", "countries")
#: demonym (lower case) -> its country ("afghan" -> AFG); the place stage's one reading of them
DEMONYMS = {d.lower(): code for code, entry in _COUNTRIES.items()
            for d in (entry or {}).get("demonyms") or ()}


def _national_words() -> dict[str, set[str]]:
    """The countries each demonym or name stands for ("Afghan", "Sri Lankan", "U.S.")."""
    out: dict[str, set[str]] = {}
    for code, entry in _COUNTRIES.items():
        for word in (*((entry or {}).get("demonyms") or ()), *((entry or {}).get("names") or ())):
            out.setdefault(word, set()).add(code)
    return out


_NATIONAL = _national_words()
#: such a word written as one, wherever it stands: in an organisation's name too ("the Afghan
#: Taliban"), which the parser does not tag as a nationality, or in a name it takes for a
#: person's ("Sri Lanka")
_NATIONAL_WORD = re.compile(r"(?<![\w.])(?:" + "|".join(
    sorted(map(re.escape, _NATIONAL), key=len, reverse=True)) + r")(?![\w])")
_ACTOR_NAMES = frozenset(
    name_key(alias) for section in ("organizations", "communities")
    for entry in knowledge.ordered("actors/organizations.yaml", section)
    for alias in (entry.get("name"), *(entry.get("aliases") or ())) if alias)
_POSSESSIVE = re.compile(r"^(.*)['’]s? ")


def named_sites(doc, named: list[Place], taken, gazetteer: Gazetteer,
                home: str | None) -> list[Place]:
    """Sites, features and areas named with their noun (module doc) that no place among
    ``named`` overlaps (``taken``: overlap test); ``home``: the article's only country."""
    text = docview.text(doc)
    out = []
    for m in _SITE.finditer(text):
        start, name = _name_start(m)
        if start is None:
            continue
        start, name, owner = _possessor(named, start, name)
        if owner is False or not name:
            continue  # "Ahmed's camp": a person's, no place's
        end = m.end(3)
        if m.group(3).islower() and _FEATURES[m.group(3).lower()] == "region":
            end = start + len(name)  # "the Vanni region": the kind is no part of its name
        noun = _token_at(doc, m.start(3))
        if taken(start, end) or noun is None or not _name_like(doc, name, start, m, gazetteer) \
                or _name_goes_on(text, m.end()) or _INDEFINITE.search(text, max(0, start - 4), start) or \
                _modifier(noun):
            continue  # "a Somalian army base", "the Columbia University protests"
        out.append(Place(text[start:end], start, end, text[start:end],
                         _country(m.group(3).lower(), owner, named, noun, home, gazetteer),
                         feature=_FEATURES[m.group(3).lower()]))
    return out


#: an indefinite article before the capitalised words: "a Palestinian village", "an Afghan
#: border post" (a kind of place, not a name)
_INDEFINITE = re.compile(r"\b[Aa]n? $")


def _modifier(noun) -> bool:
    """The kind noun only modifies the noun after it ("the X University protests"), as the
    parser has it or as a common noun right after it says (the parser may make both objects)."""
    if noun.dep_ in ("compound", "amod", "nmod") and noun.head.i > noun.i:
        return True
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.pos_ == "NOUN" and after.is_lower


def _token_at(doc, at: int):
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def sole_country(text: str, countries) -> str | None:
    """The article's country when the places it names (``countries``: their countries) and the
    nationalities it writes are all of one state; None when they are of several or none."""
    found = set(countries) | _nationals(text)
    return next(iter(found)) if len(found) == 1 else None


def _country(kind: str, owner, named: list[Place], noun, home: str | None,
             gazetteer: Gazetteer) -> str | None:
    """The country of a site named with the noun ``kind`` (its token ``noun``): its
    possessor's ("Bangkok's"), else that of the place named in the site's own phrase ("the X
    zone of Y", "the X camp near Y"), of the sentence's nearest town or region, of a country
    the sentence names after a venue preposition ("residents in Y said"), else the article's
    only country, else the story's own where the sentence speaks of it. Not a country named
    as a party ("Israel said its troops raided the X camp").
    A water feature has none."""
    if kind in _WATER:
        return None
    if owner is not None:
        return owner.country
    sent = noun.sent
    hi = noun.right_edge.idx + len(noun.right_edge)
    around = [p for p in named if sent.start_char <= p.start < sent.end_char and p.country]
    inside = [p for p in around if noun.idx < p.start < hi]
    if inside:
        return inside[0].country
    towns = [p for p in around if p.feature != "country"]
    if towns:
        return min(towns, key=lambda p: abs(p.start - noun.idx)).country
    venues = [p for p in around if _after_venue(noun.doc, p)]
    if venues:
        return venues[0].country
    return home or _story_own(named, noun, around, gazetteer)


def _nationals(text: str) -> set[str]:
    """The countries whose names or nationalities ``text`` writes."""
    return {code for m in _NATIONAL_WORD.finditer(text) for code in _NATIONAL[m.group(0)]}


def _story_own(named: list[Place], noun, around: list[Place], gazetteer: Gazetteer):
    """The country the story has named most before the sentence, where the sentence names it
    or its people too ("Sri Lankan forces continued shelling in the X region" in a story about
    Sri Lanka); not a story's country the sentence does not speak of (a front-line village of
    a story that names the Geneva talks most)."""
    sent = noun.sent
    text = docview.text(noun.doc)
    story = story_country(named, sent.start_char, text, gazetteer)
    spoken = {p.country for p in around} | _nationals(sent.text)
    return story if story in spoken else None


def _after_venue(doc, place: Place) -> bool:
    """The place is the object of a venue preposition ("a spokesman in Pakistan", "sellers in
    Cameroon's capital")."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    head = place_phrase_head(span.root) if span is not None else None
    return head is not None and head.dep_ == "pobj" and head.head.lower_ in VENUE_PREPS


def _name_start(m) -> tuple[int | None, str]:
    """Where the name starts in the match, past the determiner or preposition a capitalised
    run may start with ("The Yarmouk camp", "In Tahrir Square"), and its words."""
    words, start = m.group(1).split(" "), m.start(1)
    while words and words[0].lower() in _LEAD_WORDS:
        start += len(words.pop(0)) + 1
    return (start if words else None), " ".join(words)


def _possessor(named: list[Place], start: int, name: str):
    """(start, name, owner) with a possessive split off the front of the name: the owner is
    the named place before "'s" ("Bangkok's Victory Monument"), False for anyone else's."""
    m = _POSSESSIVE.match(name)
    if m is None:
        return start, name, None
    after = start + m.end()
    owner = next((p for p in named if p.start >= start and p.end <= start + len(m.group(1))
                  and p.country), None)
    return after, name[m.end():], owner if owner is not None else False


def _name_like(doc, name: str, start: int, m, gazetteer: Gazetteer) -> bool:
    """The words can be a place's name: not a nationality, a state, an actor, a date word,
    nor a person's name right before the noun."""
    words = [w for word in name.split(" ") for w in word.split("-") if w]
    if not words or words[0].lower() in _NOT_NAMES or name.lower() in _NOT_NAMES or \
            name_key(name) in _ACTOR_NAMES:
        return False
    for word in words:
        low = word.lower()
        if low in DEMONYMS or name_key(word) in _ACTOR_NAMES or _is_country(word, gazetteer):
            return False
    if m.group(2) is None:  # "the Trump camp": a person's side, no site
        span = doc.char_span(start, start + len(name), alignment_mode="expand")
        if span is not None and any(t.ent_type_ == "PERSON" for t in span):
            return False
    return True


def _is_country(word: str, gazetteer: Gazetteer) -> bool:
    entry = gazetteer.lookup(word) if word[:1].isupper() else None
    return entry is not None and entry.feature == "country"


def _name_goes_on(text: str, end: int) -> bool:
    """The noun is not the name's last word: "the Al Aqsa Mosque Foundation", "the Tahrir
    Square Committee" (a weekday after it, "the X camp Monday", ends it)."""
    m = re.match(r" ([A-Z][\w'’-]*)", text[end:end + 40])
    return m is not None and m.group(1).lower() not in _NOT_NAMES
