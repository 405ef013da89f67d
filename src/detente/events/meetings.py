"""A meeting named only as the setting of what someone said there: "X told Y in a phone call
that ...", "the ministers agreed at a summit to ...", "X said during talks in Z that ...";
or only as the label a speaker gives an occasion another verb tells ("hosted X for what he
called a productive meeting").

The meeting noun has no doer of its own, but whoever speaks (or agrees, pledges) in it took
part in it, and the one told is the other side. Only speaking and committing verbs count: a
clause that merely happens at a meeting ("protesters gathered at the summit", "was
criticized at a council meeting") says nothing of who met.
"""

from __future__ import annotations

from .. import knowledge
from .lexicon import PARTY_ENTS, category_set, events_words
from .phrases import subject_of

#: Verbs (lemmas) of speech, from the quote stage's list, and of what is done by saying it
#: at a meeting ("agreed at a summit", "pledged during talks").
SPEAKING = knowledge.words("lexicon/speech.yaml", "speech_verbs") \
    | events_words("meeting_statement_verbs")
#: Prepositions that make a meeting the setting of a clause ("in a call", "at a summit").
SETTING_PREPS = events_words("meeting_preps")
#: Categories of meeting nouns ("talks", "a summit", "a phone call").
MEETINGS = category_set("sequenced_meetings")


def said_at(top):
    """(speaker, addressee or None) of a meeting noun ``top`` that is the setting of a
    speaking verb in the active voice, else None."""
    prep = top.head
    if top.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ not in SETTING_PREPS:
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEAKING:
        return None
    subj, passive = subject_of(verb)
    if subj is None or passive:
        return None
    told = next((c for c in verb.children if c.dep_ in ("dobj", "dative")
                 and c.i < prep.i and (c.ent_type_ in PARTY_ENTS or c.pos_ == "PROPN")), None)
    return subj, told


def is_setting(prep, cand) -> bool:
    """True when a meeting noun is where a verb's act was done ("agreed at a summit",
    "pledged in talks with X"), not what the act was about ("agreed to talks")."""
    return prep.lower_ in SETTING_PREPS and cand.event in MEETINGS and cand.kind == "noun"


def label_of_other(characterizing: frozenset, verb, cand, by_token: dict) -> bool:
    """True when an event noun is the name a characterizing verb gives ("what he called a
    productive meeting": the noun is its object predicate) and another candidate of the
    sentence tells an event of the same category (the hosting the label names)."""
    noun = cand.anchor if cand.anchor is not None else cand.noun
    if noun is None or noun.dep_ != "oprd" or noun.head.i != verb.i \
            or verb.lemma_.lower() not in characterizing:
        return False
    return any(o.event == cand.event and not o.dropped and o.head.i != cand.head.i
               for o in by_token.values())
