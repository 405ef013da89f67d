"""The place an act's own words give it, as its category reads them.

A place after "on" or "against" is where an act of force lands ("strikes on X", "a raid on
X"), but what any other act aims at or is about: "called on X to withdraw", "sanctions on
X", "a Security Council meeting on X" happen wherever the callers, the sanctioning state or
the Council are (``placed_by_target`` and ``target_prepositions`` in
data/lexicon/places.yaml).

Two places a meeting takes from the phrases around it:

- the place of the party met: "talks Tuesday with Ukrainian officials in Jeddah" (a meeting
  is held where its parties are; ``met_where_parties_are``);
- the destination of the journey made for it: "will travel to Canada on Wednesday for
  meetings with G7 ministers" (``journey_verbs``);
- the place a visit's verb takes as object: "will visit Moscow on May 2"
  (``visited_place_verbs``);
- the place its party is said to be in for it: "was in Varno on Monday for talks"
  (``presence_verbs``).

A "when" or "as" clause tells the occasion of the act of force it hangs on: its place is the
act's when the act's own clause names none ("were killed when gunmen attacked X village";
``occasion_marks``).

A place hung on a side of a clash "between" two is the clash's: "clashes between rebels and
the army in the city".

A place that "has witnessed" or "saw" an act is where it happens: "El Fasher has witnessed
heavy fighting" (``scene_verbs``).

Forces sent somewhere are mobilized where they are sent: "sent 2,000 troops to the border
region of X" (``placed_at_destination``), where any other act's destination is no venue
("deported them to X").
"""

from __future__ import annotations

from .. import knowledge, place_names, tree
from ..grounding import DESTINATION_PREPS, place_phrase_head
from ..coref import in_quotes
from ..place_cues import venue_owner
from ..datelines import body_start
from ..places import (SPECIFICITY, VENUE_PREPS, dateline_place, filed, place_for, place_root,
                      reference_point)
from .elsewhere import moved_from_dateline, named_as_side, unmapped_target
from .lexicon import category_set, load_lexicon
from .said_here import here_place, own_words, said_at_home, travelled
from .targets import struck_place
from .timeframe import visited_by

__all__ = ["dateline_venue", "own_place"]

_PLACES = "lexicon/places.yaml"
#: acts that happen where they land
PLACED_BY_TARGET = category_set("placed_by_target", _PLACES)
#: acts held where their parties meet
MEETINGS = category_set("met_where_parties_are", _PLACES)
#: acts of forces sent somewhere: where they are sent is where the act is
DEPLOYED = category_set("placed_at_destination", _PLACES)
#: verbs of a journey whose destination is where the meeting it is made for takes place
JOURNEY_VERBS = place_names.JOURNEY_VERBS
#: verbs of being somewhere, whose venue is where the meeting the stay is for is held
PRESENCE_VERBS = knowledge.words(_PLACES, "presence_verbs")
#: verbs of a meeting whose object is its venue ("will visit Moscow")
VISITED_VERBS = knowledge.words(_PLACES, "visited_place_verbs")
#: verbs whose place subject is the scene of the act they take as object ("X saw clashes")
SCENE_VERBS = knowledge.words(_PLACES, "scene_verbs")
#: subordinators of a clause that tells the occasion of the act it hangs on ("killed when")
OCCASION_MARKS = knowledge.words(_PLACES, "occasion_marks")
#: prepositions of the act of force a harm was done by ("killed in an airstrike on X")
MEANS_PREPS = knowledge.words(_PLACES, "means_prepositions")
#: verbs by which an attack noun is done to its object; as a participle on the means noun
#: ("killed in an airstrike targeting his hideout in X") they tell where the means landed
STRUCK_VERBS = knowledge.words(_PLACES, "struck_by_subject_verbs")
#: meetings an act is done at ("met during talks in X"), and the prepositions that say so
OCCASION_NOUNS = knowledge.words(_PLACES, "occasion_nouns")
OCCASION_PREPS = knowledge.words(_PLACES, "occasion_prepositions")
#: meetings that are a stay in a place, and the prepositions of that place ("a visit to X")
STAY_WORDS = knowledge.words(_PLACES, "stay_words")
STAY_PREPS = knowledge.words(_PLACES, "stay_prepositions")
#: acts made by saying them: not placed where their sayer's body is
STATED = category_set("stated_categories", _PLACES)
#: how many "of" phrases lead from the meeting's place to the trigger ("the sidelines of a
#: summit of the bloc in X")
_OCCASION_HOPS = 4


def own_place(ctx, cand):
    """The place tied to the candidate's trigger, read for its category, else None."""
    found = place_for(ctx, cand.head, targets=cand.event in PLACED_BY_TARGET)
    sayer = venue_owner(ctx.doc, found, cand.head) if found is not None and \
        cand.event in STATED else None
    if sayer is not None and sayer.ent_type_ != "PERSON":
        # "the council in northern X rejected the charter": where the body governs, not where
        # it spoke; a person "in Madrid" is there when speaking
        found = None
    occasion = visited_by(cand.head)
    if found is None and occasion is not None and tree.is_verb(occasion):
        found = place_for(ctx, occasion, targets=False) or _fronted_venue(ctx, occasion)
    if found is None:
        found = _scene_subject(ctx, cand.noun if cand.noun is not None else cand.head)
    if found is None and cand.event in PLACED_BY_TARGET:
        found = _occasion_place(ctx, cand.head) or _between_place(ctx, cand.head) \
            or _means_place(ctx, cand.head)
    reference = found is not None and reference_point(ctx.doc, found)
    if found is not None and (SPECIFICITY.get(found.feature, 1) > 0 or reference):
        # "seized the town of X in Y province": the town it was done to, inside the region;
        # "shelled X, 40 km south of Y": the town, not the one that locates it
        struck = struck_place(ctx, cand)
        if struck is not None and struck.country == found.country and (reference or
                SPECIFICITY.get(struck.feature, 1) < SPECIFICITY.get(found.feature, 1)):
            return struck
    if found is not None:
        return found
    if cand.event in DEPLOYED:
        return _destination(ctx, cand.head)
    if cand.event not in MEETINGS:
        return _meeting_venue(ctx, cand.head)  # "signed a pact during a visit to X"
    noun = cand.noun if cand.noun is not None else cand.head
    return _counterpart_place(ctx, noun) or _journey_end(ctx, noun) or \
        _visited(ctx, cand.head) or _meeting_venue(ctx, cand.head)


def _visited(ctx, verb):
    """"will visit Moscow on May 2", "toured Kherson": the place a visit's verb takes as its
    object (not a person or a body visited: those are parties, and no place)."""
    if not tree.is_verb(verb) or verb.lemma_.lower() not in VISITED_VERBS:
        return None
    return _place_where(ctx, verb.sent, lambda tok: tok.dep_ == "dobj" and tok.head.i == verb.i)


def _scene_subject(ctx, noun):
    """"El Fasher has witnessed heavy fighting", "the province saw clashes": a place that
    witnesses or sees the act named as its object is where the act happens."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in SCENE_VERBS:
        return None
    subject = tree.subject(verb)
    if subject is None:
        return None
    for place in ctx.places_in(subject.left_edge.idx, subject.right_edge.idx + 1):
        tok = _phrase_head(ctx, place)
        if tok is not None and tok.i == subject.i:
            return place
    return None


def _occasion_place(ctx, verb):
    """"were killed when gunmen attacked X village", "died as gunmen stormed X": the place of
    a "when"/"as" clause on an act of force is the act's, when the act's own clause names no
    place (not "condemned the junta, as soldiers killed five in X": a comment made elsewhere)."""
    if not tree.is_verb(verb):
        return None
    places = ctx.places_in(verb.sent.start_char, verb.sent.end_char)
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(
                c.dep_ in ("mark", "advmod") and c.lower_ in OCCASION_MARKS
                for c in clause.children):
            continue
        lo, hi = clause.left_edge.idx, clause.right_edge.idx + len(clause.right_edge)
        if places and all(lo <= p.start < hi for p in places):
            return place_for(ctx, clause, targets=True)
    return None


def _means_place(ctx, verb):
    """"were killed in an airstrike on the outskirts of X", "hurt by shelling in X": a harm
    done by an act of force named as its means is where that act landed (a place of the
    means' own phrase, or of a participle of striking on it, "an attack targeting a police
    station in X"; not of another clause inside it), also when the phrase closes a verb
    joined to the act's."""
    if not tree.is_verb(verb):
        return None
    nouns = load_lexicon().nouns
    # "killed eight and razed homes in an attack in X": the phrase closes the joined verbs
    verbs = [verb] + [c for c in verb.children if c.dep_ == "conj" and tree.is_verb(c)
                      and tree.subject(c) is None]
    for prep in (p for v in verbs for p in v.children):
        if prep.dep_ not in ("prep", "agent") or prep.lower_ not in MEANS_PREPS:
            continue
        for noun in prep.children:
            if noun.dep_ not in ("pobj", "pcomp"):
                continue
            entry = nouns.get(noun.lemma_.lower()) or nouns.get(noun.lower_)  # "shelling"
            if entry is not None and entry.event in PLACED_BY_TARGET:
                struck = {c.i for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBG"
                          and c.lemma_.lower() in STRUCK_VERBS}
                return _inside(ctx, noun, {prep.head.i, noun.i} | struck)
    return None


def _inside(ctx, noun, owners):
    """The most specific place in ``noun``'s phrase that is no mere point of reference nor a
    side, and whose nearest verb is one of ``owners`` (token indexes) or none."""
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    found = []
    for place in ctx.places_in(lo, hi):
        root = place_root(ctx.doc, place)
        if root is None or reference_point(ctx.doc, place) or named_as_side(ctx.doc, place):
            continue  # "a raid on border posts on the frontier with X": no place of X
        owner = tree.first_ancestor(root, tree.is_verb)
        if owner is None or owner.i in owners:
            found.append(place)
    # the most specific: "on X village in the Y district of Z State" is in X
    return min(found, key=lambda p: SPECIFICITY.get(p.feature, 1), default=None)


def _between_place(ctx, noun):
    """"clashes between rebels and the army in the city": the place the parser hangs on a
    side named after "between" is where the clash between them is."""
    owners = [noun, noun.head] if noun.dep_ == "nsubj" else [noun]  # "clashes erupted between"
    sides = [c for owner in owners for p in owner.children
             if p.dep_ == "prep" and p.lower_ == "between" for c in p.children if c.dep_ == "pobj"]
    sides += [c for side in sides for c in side.conjuncts]
    wanted = {side.i for side in sides}
    return _place_where(ctx, noun.sent, lambda tok: tok.dep_ == "pobj" and tok.head.lower_
                        in VENUE_PREPS and tok.head.head.i in wanted)


def _fronted_venue(ctx, verb):
    """"On Thursday in Washington, X assured ...": a place in a prepositional phrase of the
    verb itself."""
    return _place_where(ctx, verb.sent, lambda tok: tok.dep_ == "pobj" and tok.head.lower_
                        in VENUE_PREPS and (tok.head.head.i == verb.i or tok.head.head.head.i
                                            == verb.i and tok.head.head.dep_ == "pobj"))


def _phrase_head(ctx, place):
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None else place_phrase_head(tree.climb(span.root, ("conj",)))


def _place_where(ctx, sent, test):
    """The first named place of ``sent`` whose phrase head passes ``test``, else None."""
    for place in ctx.places_in(sent.start_char, sent.end_char):
        tok = _phrase_head(ctx, place)
        if tok is not None and test(tok):
            return place
    return None


def _meeting_venue(ctx, trigger):
    """"met during the fourth round of talks in Abuja", "spoke on the sidelines of a summit in
    X", "signed a pact during a visit to X": the place of a meeting the act was done at (a meeting noun under an occasion
    preposition on the trigger, through "of" phrases) is where it happened."""
    def at_meeting(tok) -> bool:
        if tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS and not (
                tok.head.lower_ in STAY_PREPS and tok.head.head.lemma_.lower() in STAY_WORDS):
            return False  # "in X", or "a visit to X"
        noun, seen = tok.head.head, False
        for _ in range(_OCCASION_HOPS):
            seen = seen or noun.lemma_.lower() in OCCASION_NOUNS
            if noun.dep_ != "pobj":
                return False
            prep = noun.head
            if prep.head.i == trigger.i:
                return seen and prep.lower_ in OCCASION_PREPS
            if prep.lower_ != "of":
                return False
            noun = prep.head
        return False
    return _place_where(ctx, trigger.sent, at_meeting)


def _counterpart_place(ctx, trigger):
    """"talks with officials in Jeddah": the place of the party the trigger is held with."""
    def held_with(tok) -> bool:
        party = tok.head.head
        return tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS and party.dep_ == "pobj" \
            and party.head.lower_ == "with" and party.head.head.i == trigger.i
    return _place_where(ctx, trigger.sent, held_with)


def _journey_end(ctx, noun):
    """"travel to Canada for meetings", "arrived in Hanoi for a visit": where the journey
    made for the meeting ends; "was in Varno on Monday for talks": where the stay made for
    it is (``presence_verbs``)."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() in PRESENCE_VERBS:
        return _place_where(ctx, verb.sent, lambda tok: tok.dep_ == "pobj" and tok.head.lower_
                            in VENUE_PREPS and tok.head.head.i == verb.i)
    if verb.lemma_.lower() not in JOURNEY_VERBS:
        return None
    # "arrived in Hanoi for a state visit": where the journey ends is the venue
    return _destination(ctx, verb) or _place_where(
        ctx, verb.sent, lambda tok: tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS
        and tok.head.head.i == verb.i)


def _destination(ctx, verb):
    """The place a verb of motion goes to: "sent troops into X", "travel to X"."""
    if not tree.is_verb(verb):
        return None
    return _place_where(ctx, verb.sent, lambda tok: tok.dep_ == "pobj" and tok.head.lower_
                        in DESTINATION_PREPS and tok.head.lower_ != "from"
                        and tok.head.head.i == verb.i)


#: acts a state does at home whoever they are done to (lexicon/places.yaml)
DONE_AT_HOME = category_set("done_where_doers_are", _PLACES)


def _doers_at_home(ctx, sent, actor, home, elsewhen):
    """The dateline's place for an act of the dateline's own state done to foreigners
    ("MANAGUA — the government expelled a foreign bishop", "WASHINGTON — the US imposed
    sanctions on two Sudanese commanders"): placed by its doers alone."""
    states = {a.code for a in actor if a.code}
    if states != {home.country}:
        return None
    return dateline_place(ctx, sent, sorted(states), elsewhen)


def dateline_venue(ctx, sent, cand, sides, modality):
    """The dateline's place for an act with none of its own (``places.dateline_place``); not
    for an act a speaker tells in quotation marks, which may have happened anywhere ("When I
    took my children to school, they refused them"), nor once the text has named another
    place for it or moved on to one (``elsewhere.moved_from_dateline``). ``sides``: (actor,
    recipient, category). A statement is placed by its makers alone, and "here" by the
    dateline whatever the parties (``said_here``)."""
    if in_quotes(ctx, cand.head) and not own_words(cand):
        return None
    actor, recipient, event = sides
    match = filed(ctx)
    home = ctx.places_in(*match.span()) if match is not None else []
    here = here_place(ctx, cand, home[0] if home else None)
    if here is not None:
        return here
    elsewhen = modality != "asserted"
    found = dateline_place(ctx, sent, [p.code for p in actor + recipient], elsewhen)
    makers = said_at_home(event, actor, home[0]) if found is None and home else None
    if makers is not None:  # a statement of the capital's state, whoever it is aimed at
        found = dateline_place(ctx, sent, [p.code for p in makers], elsewhen)
    if found is None and home and event in DONE_AT_HOME:
        found = _doers_at_home(ctx, sent, actor, home[0], elsewhen)
    if found is None:
        return None
    # "NAIROBI — Armed men killed ten peacekeepers in Darfur": filed there, done elsewhere
    landing = cand.event in PLACED_BY_TARGET  # acts of force: done where they land
    moved = moved_from_dateline(ctx, sent, found, body_start(match), landing) or \
        landing and unmapped_target(ctx, cand, found)
    if not moved and makers is not None:
        moved = travelled(ctx, sent, found, body_start(match))  # "on a visit to Cairo"
    return None if moved else found
