"""Clauses that tell an act of their own inside another act's sentence, and a doer the parser
hangs in the wrong place.

A clause hung under an act of the same category usually elaborates it ("detonated a bomb,
killing one"). Not a clause whose subject is people named through a relative pronoun: in
"police fired tear gas at demonstrators, some of whom threw rocks", the rock-throwing is the
demonstrators' act, whatever the parser hangs it on (often an adverbial clause of "fired").
"""

from __future__ import annotations

from ..grounding import LOCATION_NOUNS, VENUE_PREPS
from ..places import place_head, place_root, reference_point
from . import envoys
from .lexicon import category_set, events_words

__all__ = ["as_phrase_agent", "doer_place", "party_place", "relative_antecedent", "relative_doer",
           "under_holder", "victim_place"]

#: acts done to people where they are: the victims' place is the act's
VICTIM_PLACED = category_set("victim_placed")
#: acts done where their doers are: the doers' place is the act's
DOER_PLACED = category_set("doer_placed")
#: verbs of being in a state ("remain under sanctions", "came under sanctions")
_STATE_VERBS = events_words("under_state_verbs")
#: Verbs whose passive names the doer as where the person was sent from: "was extradited
#: from Spain" (Spain extradited).
_SENT_FROM_VERBS = events_words("sent_from_verbs")
#: relative pronouns that stand for people ("who", "whom"), not for the act ("which")
_PERSON_RELATIVES = events_words("person_relatives")


def relative_doer(verb) -> bool:
    """Whether ``verb`` has a subject that is a relative pronoun for people, or a part of them
    ("some of whom", "many of whom")."""
    return any(subj.dep_ in ("nsubj", "nsubjpass") and _person_relative(subj)
               for subj in verb.children)


def _person_relative(subj) -> bool:
    if subj.lower_ in _PERSON_RELATIVES:
        return True
    return any(prep.dep_ == "prep" and any(o.dep_ == "pobj" and o.lower_ in _PERSON_RELATIVES
                                           for o in prep.children)
               for prep in subj.children)


def relative_antecedent(verb, subj):
    """The people a relative subject of ``verb`` stands for: "demonstrators, some of whom threw
    rocks" -> demonstrators (the noun the clause follows, whether the parser made the clause
    a relative clause on it or an adverbial clause elsewhere); None for any other subject."""
    if subj.lower_ in _PERSON_RELATIVES and verb.dep_ == "relcl" or not _person_relative(subj):
        return None  # "rebels, who attacked": the relative clause reading already has it
    if verb.dep_ == "relcl":
        return verb.head
    i = subj.left_edge.i - 1
    doc = subj.doc
    while i >= 0 and doc[i].is_punct and i >= subj.left_edge.i - 2:
        i -= 1
    if i < 0 or doc[i].pos_ != "NOUN":
        return None  # "protested in Jerusalem, some of whom": a place, not the people
    return doc[i]


def as_phrase_agent(verb):
    """The doer of a passive verb that the parser hung on its "as" complement: "is designated
    as a terrorist group by the United States" -> States; else None."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for by in noun.children:
                if by.dep_ in ("prep", "agent") and by.lower_ == "by":
                    doer = next((o for o in by.children if o.dep_ == "pobj"
                                 and o.ent_type_ not in ("DATE", "TIME")), None)
                    if doer is not None:
                        return doer
    return None


def source_agent(verb):
    """The state a passive verb of handing over names by "from": "two men were extradited
    from Thailand to China" -> Thailand; else None."""
    doer = envoys.passive_doer(verb)  # "the envoy was summoned to the Russian foreign ministry"
    if doer is not None:
        return doer
    if verb.lemma_.lower() not in _SENT_FROM_VERBS or verb.dep_ == "acl":
        return None  # "the 11th trafficker extradited from X": a tally, not the telling
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "from":
            return next((o for o in prep.children if o.dep_ == "pobj"
                         and o.ent_type_ in ("GPE", "ORG")), None)
    return None


def under_holder(noun):
    """Who is under the measure ``noun`` names: "Many Taliban leaders remain under
    international sanctions" -> leaders (the subject of the verb of being), else None."""
    if noun is None or noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return None
    verb = noun.head.head
    if verb.lemma_.lower() not in _STATE_VERBS:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def victim_place(ctx, sent, event: str, victims):
    """The place a victim's own phrase puts them ("their forces in the coastal region came
    under attack", "five soldiers in Kidal were killed"), for a harm with no place of its own;
    else None. ``victims``: the recipient head tokens."""
    if event not in VICTIM_PLACED or not victims:
        return None
    return party_place(ctx, sent, victims)


def doer_place(ctx, sent, event: str, doers):
    """The place the doers' own phrase puts them ("security forces in Somalia killed six
    attackers"), for an act done where its doers are (``DOER_PLACED``) with no place of its
    own; else None. ``doers``: the actor head tokens."""
    if event not in DOER_PLACED or not doers:
        return None
    return party_place(ctx, sent, doers)


def party_place(ctx, sent, heads):
    """The place a participant's own phrase puts them in: "forces in Somalia", "five soldiers
    in Kidal", "in the coastal region near the city of X". ``heads``: their head tokens."""
    wanted = {h.i for h in heads}
    for place in ctx.places_in(sent.start_char, sent.end_char):
        root = place_root(sent.doc, place)
        if root is None or reference_point(sent.doc, place):  # "near the border with X"
            continue
        tok = place_head(root)
        for _ in range(3):  # "in the coastal region near the city of X": up to the first place
            owner = tok.head.head
            if tok.dep_ != "pobj" or owner.dep_ != "pobj" or \
                    owner.lemma_.lower() not in LOCATION_NOUNS:
                break
            tok = owner
        if tok.dep_ == "pobj" and tok.head.lower_ in VENUE_PREPS and tok.head.head.i in wanted:
            return place
    return None
