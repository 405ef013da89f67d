"""Stances told as the purpose of another act: "marched on the consulate in protest at X",
"held prayers in support of Y", "lit candles in solidarity with Z".

The act itself (marching, praying, lighting candles) is often no event of ours, but the phrase
"in <stance noun>" says what its doers meant by it: a protest against, or support of, the party
named after the noun. The doer is the subject of the verb the phrase hangs on, so the noun is
tied to that verb the way a light verb is tied to its event noun ("held talks").
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


def stance_event(noun) -> str | None:
    """The category of a stance noun that the trigger lexicon does not list on its own
    ("in support of"), when it stands in such a phrase; else None."""
    return STANCES.get(noun.lemma_.lower()) if stance_verb(noun) is not None else None
