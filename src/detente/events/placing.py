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
  meetings with G7 ministers" (``journey_verbs``).

Forces sent somewhere are mobilized where they are sent: "sent 2,000 troops to the border
region of X" (``placed_at_destination``), where any other act's destination is no venue
("deported them to X").
"""

from __future__ import annotations

from .. import knowledge, tree
from ..datelines import dateline_match
from ..grounding import DESTINATION_PREPS, place_phrase_head
from ..places import VENUE_PREPS, place_for
from .lexicon import category_set
from .timeframe import visited_by

__all__ = ["filed_elsewhere", "own_place"]

_PLACES = "lexicon/places.yaml"
#: acts that happen where they land
PLACED_BY_TARGET = category_set("placed_by_target", _PLACES)
#: acts held where their parties meet
MEETINGS = category_set("met_where_parties_are", _PLACES)
#: acts of forces sent somewhere: where they are sent is where the act is
DEPLOYED = category_set("placed_at_destination", _PLACES)
#: verbs of a journey whose destination is where the meeting it is made for takes place
JOURNEY_VERBS = knowledge.words(_PLACES, "journey_verbs")


def own_place(ctx, cand):
    """The place tied to the candidate's trigger, read for its category, else None."""
    found = place_for(ctx, cand.head, targets=cand.event in PLACED_BY_TARGET)
    occasion = visited_by(cand.head)
    if found is None and occasion is not None and tree.is_verb(occasion):
        found = place_for(ctx, occasion, targets=False) or _fronted_venue(ctx, occasion)
    if found is not None:
        return found
    if cand.event in DEPLOYED:
        return _destination(ctx, cand.head)
    if cand.event not in MEETINGS:
        return None
    noun = cand.noun if cand.noun is not None else cand.head
    return _counterpart_place(ctx, noun) or _journey_end(ctx, noun)


def _fronted_venue(ctx, verb):
    """"On Thursday in Washington, X assured ...": a place in a prepositional phrase of the
    verb itself."""
    sent = verb.sent
    for place in ctx.places_in(sent.start_char, sent.end_char):
        tok = _phrase_head(ctx, place)
        if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS and (
                tok.head.head.i == verb.i or tok.head.head.head.i == verb.i
                and tok.head.head.dep_ == "pobj"):
            return place
    return None


def _phrase_head(ctx, place):
    span = ctx.doc.char_span(place.start, place.end, alignment_mode="expand")
    return None if span is None else place_phrase_head(tree.climb(span.root, ("conj",)))


def _counterpart_place(ctx, trigger):
    """"talks with officials in Jeddah": the place of the party the trigger is held with."""
    sent = trigger.sent
    for place in ctx.places_in(sent.start_char, sent.end_char):
        tok = _phrase_head(ctx, place)
        if tok is None or tok.dep_ != "pobj" or tok.head.lower_ not in VENUE_PREPS:
            continue
        party = tok.head.head
        if party.dep_ == "pobj" and party.head.lower_ == "with" and \
                party.head.head.i == trigger.i:
            return place
    return None


def _journey_end(ctx, noun):
    """"travel to Canada for meetings": where the journey made for the meeting ends."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "for" or \
            noun.head.head.lemma_.lower() not in JOURNEY_VERBS:
        return None
    return _destination(ctx, noun.head.head)


def _destination(ctx, verb):
    """The place a verb of motion goes to: "sent troops into X", "travel to X"."""
    if not tree.is_verb(verb):
        return None
    sent = verb.sent
    for place in ctx.places_in(sent.start_char, sent.end_char):
        tok = _phrase_head(ctx, place)
        if tok is not None and tok.dep_ == "pobj" and tok.head.lower_ in DESTINATION_PREPS \
                and tok.head.lower_ != "from" and tok.head.head.i == verb.i:
            return place
    return None


def filed_elsewhere(ctx, draft) -> bool:
    """The draft's place is the dateline's ("SEOUL --"), but its parties are all of other
    states: "NAIROBI -- Somalia and Ethiopia agreed ..." was filed from Kenya, not done there.
    A dateline places a lead event only when one of its parties is of the dateline's
    country, or none has a country."""
    filed = dateline_match(ctx.text())
    where = draft.location
    if filed is None or where.start >= filed.end("sep") or not where.country:
        return False
    codes = {a.code for a in draft.actor + draft.recipient
             if a.code and not ctx.actors.from_setting(a)}  # the dateline made the setting
    return bool(codes) and where.country not in codes
