"""Places that an act of force is done to: "shelled Kharkiv", "seized the city of Goma",
"bombed Beirut's southern suburbs", "took control of the town of X".

The place is the act's object, so the venue finder (which leaves participants' phrases out)
passes it over, and as a participant a city names no party. Yet an attack on a city
happens there and hits its country: the object place is the act's location, and a city
object stands for its country's side.
"""

from __future__ import annotations

from .. import knowledge, tree
from ..grounding import LOCATION_NOUNS, VENUE_PREPS, place_phrase_head
from ..places import TARGET_PREPS, reference_point
from ..records import Actor
from .elsewhere import PARTY_PREPS
from .lexicon import category_set, load_lexicon

#: Categories whose object place is where the act happened (data/ontology.yaml).
STRUCK = category_set("place_object_categories")
#: verbs by which an attack noun is done to its object ("the strike hit a market in X")
_STRUCK_BY_SUBJECT = knowledge.words("lexicon/places.yaml", "struck_by_subject_verbs")
#: prepositions of the other side of an act: "clashed with X", "fired on Y", "by Z"
_SIDE_PREPS = PARTY_PREPS | TARGET_PREPS
#: "fired rockets into X": the prepositions and categories of acts that land somewhere
_LANDING_PREPS = knowledge.words("lexicon/places.yaml", "landing_prepositions")
_LANDING_CATEGORIES = category_set("landing_categories", "lexicon/places.yaml")
#: prepositions of the place an attack noun is done to: "the shelling of X", "strikes on Y"
_SUBJECT_ACT_PREPS = frozenset({"of"}) | TARGET_PREPS


def _object_spans(verb):
    for c in verb.children:
        if c.dep_ in ("dobj", "nsubjpass"):
            yield c


def _noun_objects(noun, preps=frozenset({"of", "over"})):
    """What an event noun is done to: "took control of the town of X", "seized control over
    X", "the shelling of Y"."""
    for prep in noun.children if noun is not None else ():
        if prep.dep_ == "prep" and prep.lower_ in preps:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _gerund_objects(verb):
    """"resumed shelling of X": a gerund with an "of" phrase and no object is told as a noun,
    and its "of" phrase is what it is done to."""
    if verb.tag_ != "VBG" or any(c.dep_ == "dobj" for c in verb.children):
        return ()
    return tuple(_noun_objects(verb))


def _subject_act_objects(verb):
    """"Russia's shelling of X killed three people", "the bombardment of Y wounded dozens": a
    harm whose subject is an attack noun is done where that attack was ("of" or "on" it)."""
    if verb.lemma_.lower() not in _STRUCK_BY_SUBJECT:
        return ()
    nouns = load_lexicon().nouns
    found = []
    for subj in (c for c in verb.children if c.dep_ == "nsubj"):
        entry = nouns.get(subj.lemma_.lower()) or nouns.get(subj.lower_)
        if entry is not None and entry.event in STRUCK:
            found += [c for prep in subj.children if prep.dep_ == "prep" and
                      prep.lower_ in _SUBJECT_ACT_PREPS for c in prep.children
                      if c.dep_ == "pobj"]
    return tuple(found)


def _side_objects(verb):
    """The other side of an act of force named after a preposition ("clashed with smugglers
    near X", "fired on protesters in Y", "ambushed by gunmen near Z"): where the phrase puts
    it is where the act happened, though a side named alone is no place ("clashed with X")."""
    for prep in verb.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in _SIDE_PREPS:
            yield from (c for c in prep.children if c.dep_ == "pobj")


def _struck_by(noun):
    """What an attack told as a noun hit: the object of "the strike hit X", the subject of
    "X was hit by the strike"."""
    if noun is None:
        return
    verb, deps = noun.head, ("dobj",)
    if noun.dep_ == "pobj" and verb.dep_ == "agent":
        verb, deps = verb.head, ("nsubjpass",)
    elif noun.dep_ != "nsubj":
        return
    if tree.is_verb(verb) and verb.lemma_.lower() in _STRUCK_BY_SUBJECT:
        yield from (c for c in verb.children if c.dep_ in deps)


def _names_object(root, obj, place) -> bool:
    """The place is the object itself, its "of" name ("the city of Goma"), the name set
    beside it ("the capital Sanaa", "the port city, Hodeidah") or, below the level of a
    country, its possessor ("Beirut's suburbs"; "Iran's ambassador" is no place) or the name
    before a place noun ("shelled the Yarmouk camp"; not "the Kyiv correspondent")."""
    if root.i == obj.i or root.dep_ == "appos" and root.head.i == obj.i:
        return True
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.i == obj.i:
        return True
    if root.dep_ in ("compound", "amod", "nmod") and place.feature != "country" and \
            obj.lemma_.lower() in LOCATION_NOUNS and place_phrase_head(root).i == obj.i:
        return True
    return root.dep_ == "poss" and root.head.i == obj.i and place.feature != "country"


def struck_place(ctx, cand):
    """The place that the act of force ``cand`` is done to, or None: the object itself, else
    the place its phrase puts it in ("bombed houses in X", "attacked a post near X")."""
    if cand.event not in STRUCK:
        return None
    if cand.kind == "verb":
        objects = [*_object_spans(cand.head), *_gerund_objects(cand.head),
                   *_subject_act_objects(cand.head)]
    elif cand.kind == "light":  # "took control of X", "launched an assault on Y"
        objects = _noun_objects(cand.noun, _SUBJECT_ACT_PREPS | {"over"})
    elif cand.kind == "noun":
        noun = cand.noun if cand.noun is not None else cand.head
        objects = [*_struck_by(noun), *_noun_objects(noun)]
    else:
        return None
    doc = cand.head.doc
    venue = None
    sides = list(_side_objects(cand.head)) if cand.kind == "verb" else []
    for obj in [*objects, *sides]:
        named = _named_after(ctx, obj) if not any(obj.i == side.i for side in sides) else None
        if named is not None:
            return named
        start = obj.left_edge.idx
        end = obj.right_edge.idx + len(obj.right_edge)
        for place in ctx.places_in(start, end):
            if reference_point(doc, place):  # "a post near the border with X": not in X
                continue
            span = doc.char_span(place.start, place.end, alignment_mode="expand")
            if span is not None and _names_object(span.root, obj, place) and not any(
                    obj.i == side.i for side in sides):
                return place
            if venue is None and span is not None and object_venue(span.root, obj):
                venue = place
    return venue or _landing_place(ctx, cand)


def _named_after(ctx, obj):
    """"seized the capital, X, in 2014" where the parser does not hang X on the noun: a place
    set right after a place noun and its comma names the place the noun stands for."""
    doc = obj.doc
    if obj.lemma_.lower() not in LOCATION_NOUNS or obj.i + 1 >= len(doc) or \
            doc[obj.i + 1].text != ",":
        return None
    comma = doc[obj.i + 1]
    return next((p for p in ctx.places_in(comma.idx + 1, comma.idx + 80)
                 if p.start <= comma.idx + 2), None)


def _landing_place(ctx, cand):
    """Where an act of force lands: "fired rockets into northern X" (the "into" on the verb or
    on its object)."""
    if cand.kind != "verb" or cand.event not in _LANDING_CATEGORIES:
        return None
    doc = cand.head.doc
    holders = [cand.head, *(c for c in cand.head.children if c.dep_ == "dobj")]
    for prep in (c for h in holders for c in h.children):
        if prep.dep_ != "prep" or prep.lower_ not in _LANDING_PREPS:
            continue
        for place in ctx.places_in(prep.idx, prep.right_edge.idx + len(prep.right_edge)):
            root = doc.char_span(place.start, place.end, alignment_mode="expand")
            if root is not None and place_phrase_head(root.root).head.i == prep.i \
                    and not reference_point(doc, place):
                return place
    return None


def object_venue(root, obj) -> bool:
    """The place is where the object is, told by a venue preposition inside the object's noun
    phrase ("bombed buildings in the city of X", "a post near X"): nouns and prepositions only
    between them, no verb ("a convoy heading to X"), no origin ("a man from X")."""
    tok = place_phrase_head(root)
    if tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS:
        return False
    for up in tree.ancestors(tok):
        if up.i == obj.i:
            return True
        if tree.is_verb(up) or up.dep_ in ("relcl", "acl", "conj", "appos"):
            return False
    return False


def place_party(ctx, tok, span) -> tuple:
    """A named place as a participant stands for its country ("shelled Kharkiv"): the
    country's side, with the place's own words as its text. Not a place after a venue
    preposition, which says where, not to whom ("killed 20 militants in the X Forest", a name
    the parser took for an organisation)."""
    if tok.pos_ != "PROPN" or tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS:
        return ()
    for place in ctx.places_in(span.start_char, span.end_char):
        if place.country and place.start <= tok.idx < place.end:
            return (Actor(span.text, place.country, None, None, None, None,
                          span.start_char, span.end_char),)
    return ()
