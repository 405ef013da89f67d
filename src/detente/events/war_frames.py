"""A war named as the time frame of other news is no act of force of the day.

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
