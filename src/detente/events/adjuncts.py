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
from .lexicon import events_words

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
    after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    about = any(c.dep_ == "prep" and c.lower_ in ABOUT_PREPS for c in noun.children) or (
        after is not None and after.dep_ == "prep" and after.lower_ in ABOUT_PREPS)
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
