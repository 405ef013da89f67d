"""Stances told through another verb: as the purpose of an act ("marched on the consulate in
protest at X", "held prayers in support of Y", "lit candles in solidarity with Z"), or as
something received ("the plan received the backing of X", "has the support of Y").

The act itself (marching, praying, lighting candles) is often no event of ours, but the phrase
"in <stance noun>" says what its doers meant by it: a protest against, or support of, the party
named after the noun. The doer is the subject of the verb the phrase hangs on, so the noun is
tied to that verb the way a light verb is tied to its event noun ("held talks"). Support
received is given by the "of/from/by" party to the receiver (the roles are turned round where
the arguments are read, as for "has the backing of").
"""

from __future__ import annotations

from .. import knowledge
from . import meetings, trips
from .phrases import subject_of
from .lexicon import category_set, events_words

#: Nouns (lemmas) that, as "in <noun>" on a verb, turn that verb's doing into the noun's stance,
#: and the category of that stance.
STANCES = knowledge.table("lexicon/events.yaml", "stance_adjunct_nouns")
#: The preposition of such a phrase.
STANCE_PREP = "in"
#: Prepositions by which the stance names whom it is about.
ABOUT_PREPS = events_words("stance_adjunct_preps")
#: Verbs (lemmas) by which their subject receives backing, and the prepositions that name
#: the giver ("received the backing of X").
RECEIVING_VERBS = events_words("backing_receiving_verbs")
GIVER_PREPS = events_words("giver_preps")
#: Nouns (lemmas) of backing that, received from a named giver, are that giver's SUPPORT.
BACKING_NOUNS = events_words("received_backing_nouns")
#: Categories of meeting nouns, whose doers a clause around them may name.
MEETINGS = category_set("sequenced_meetings")


def stance_verb(noun):
    """The verb whose doers take the stance ``noun`` names ("in protest", "in support"), or
    None. The phrase hangs on the verb or, as parsers often attach it, on the verb's direct
    object ("lit candles in solidarity with"); it must name whom the stance is about (an
    "of/against/at/over/with" phrase, on the noun or right after it), and the verb must have a
    doer (its subject or, for a participle, the noun it modifies)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != STANCE_PREP \
            or noun.lemma_.lower() not in STANCES:
        return None
    if any(c.dep_ in ("det", "poss", "amod", "compound") for c in noun.children):
        return None  # "in the protest", "in Russia's support": a setting or an owner
    verb = prep.head
    if verb.pos_ != "VERB" and verb.dep_ == "dobj" and verb.head.pos_ == "VERB":
        verb = verb.head
    if verb.pos_ != "VERB" or verb.i == noun.i:
        return None
    about = bool(_about_preps(noun))
    doer = any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) \
        or verb.dep_ in ("acl", "relcl", "conj")
    return verb if about and doer else None


def received_from(noun):
    """The verb by which backing is received from a giver the text names ("received the
    backing of X", "enjoys the support of Y"), or None."""
    verb = noun.head
    if noun.dep_ != "dobj" or noun.lemma_.lower() not in BACKING_NOUNS \
            or verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    return verb if givers(verb, noun) else None


def givers(verb, noun) -> list:
    """Who gives what ``noun`` names to the subject of ``verb`` ("has the backing of X",
    "received support from Y"): the "of/from/by" objects on the noun or, as parsers often
    attach them, on the verb after the noun."""
    preps = list(noun.children) + [c for c in verb.children if c.i > noun.i]
    return [g for c in preps if c.dep_ == "prep" and c.lower_ in GIVER_PREPS
            for g in c.children if g.dep_ == "pobj"]


def tying_verb(noun):
    """The verb a stance or backing noun is told through (either construction), or None."""
    return stance_verb(noun) or received_from(noun)


def stance_event(noun) -> str | None:
    """The category of a stance noun that the trigger lexicon does not list on its own
    ("in support of", "has the support of"), when it stands in such a phrase; else None."""
    if stance_verb(noun) is not None:
        return STANCES.get(noun.lemma_.lower())
    return "SUPPORT" if received_from(noun) is not None else None


def _about_preps(noun) -> list:
    """The "of/against/at ..." phrases naming whom a stance is about: on the noun or, as
    parsers often attach them, right after it."""
    preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ABOUT_PREPS]
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if not preps and after is not None and after.dep_ == "prep" and after.lower_ in ABOUT_PREPS:
        preps = [after]
    return preps


def setting_roles(noun, cand, roles) -> None:
    """Roles of an event noun that the clause around it gives, for a noun left as an event
    of its own: a stance on a verb that is already an event ("rallied in support of X": the
    ralliers back X, not X itself) or a meeting where something was said ("told Y in a phone
    call": the speaker called Y)."""
    verb = stance_verb(noun) if cand.event == STANCES.get(noun.lemma_.lower()) else None
    if verb is not None:
        doer, passive = subject_of(verb)
        if doer is None and verb.dep_ in ("acl", "relcl"):
            doer, passive = verb.head, False  # "people marching in support of X"
        if doer is not None and not passive:
            roles.actor = [doer]
            roles.recipient = [g for p in _about_preps(noun) for g in p.children
                               if g.dep_ == "pobj"]
        return
    if roles.actor or cand.event not in MEETINGS:
        return
    said = meetings.said_at(noun)
    if said is not None:
        speaker, told = said
        roles.actor, roles.recipient = [speaker], roles.recipient or ([told] if told else [])
        return
    trips.trip_roles(noun, cand, roles)  # "arrived in Lima for a state visit"
