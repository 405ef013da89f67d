"""The wounded of an attack already told in the sentence.

"A car bomb near the town killed one engineer and wounded three others", "a roadside
bombing killed two soldiers and injured four": the injury verb joined to the first harm,
with no subject of its own, adds to the toll of the one attack. Read as a second ASSAULT it
duplicates the attack, and "others" (whose side is the first victims') lets the recipient
fall back to the place's country. The first act, its doer and victims stand.
"""

from __future__ import annotations

from .lexicon import events_words
from .triggers import lem

#: Lemmas of injury verbs (data/lexicon/events.yaml).
INJURY = events_words("toll_injury_verbs")
#: Dependencies of a verb's own subject: with one it tells a separate act.
SUBJECTS = ("nsubj", "nsubjpass", "csubj")


def more_of_toll(d, before: list) -> bool:
    """True when ``d`` is an injury verb joined to a harm of an earlier ASSAULT draft of the
    same sentence (``before``)."""
    if d.event != "ASSAULT" or d.cand.kind != "verb":
        return False
    verb = d.cand.head
    if verb.dep_ != "conj" or lem(verb) not in INJURY:
        return False
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return False
    first = verb.head.i
    for b in before:
        if b.event != "ASSAULT" or b.extra.get("merged"):
            continue
        if first in {t.i for t in b.cand.words} or first == b.cand.head.i:
            return True
        # "a car bomb killed ...": the noun is the trigger, the verb is its predicate
        pred = b.cand.predicate
        if pred is not None and pred.i == first:
            return True
    return False
