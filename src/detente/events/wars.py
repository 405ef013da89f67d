"""A war named as a state of things: background, not an act of the news.

- "the rebels, who fought a decade-long civil war against the monarchy", "the group, which
  has waged an insurgency against the state": a verb of fighting whose object is a whole war,
  told as a description of a party, tells a campaign of years (``waged``). Coders record the
  battles of a war, not the war as one attack; with a date of its own ("fought a border war in
  1998") the verb stays, as history;
- "gave him asylum to end the country's civil war", "talks aimed at ending the conflict": a
  war noun as the thing to be ended names the war; the ending is the act, if any; so does a
  war as the subject of a copula ("the war is now in its third year") (``ended``);

Word lists: ``fighting_verbs``, ``waged_nouns`` in data/lexicon/events.yaml; the verbs of
ending are ``cessation_verbs`` (cessation.py).
"""

from __future__ import annotations

from .. import tree
from .background import dated
from .lexicon import COPULAS, events_words

__all__ = ["ended", "waged"]

#: "fight", "wage": verbs whose object can be a whole war
FIGHTING = events_words("fighting_verbs")
#: "war", "insurgency": nouns of a whole war, fought or waged over time
WARS = events_words("waged_nouns")
#: "end", "stop", "halt": verbs of ending (cessation.py's list)
ENDING = events_words("cessation_verbs")


def waged(verb) -> bool:
    """"the rebels, who fought a decade-long civil war", "which has waged an insurgency", "the
    army fought a war against them": a verb of fighting with a war for object and no date of
    its own, told in a relative clause or in the simple past. Told in the present or the
    perfect as the main clause ("FARC has been fighting a 50-year war against the government")
    it is the sentence's own report, and coders record it."""
    if not tree.is_verb(verb) or verb.lemma_.lower() not in FIGHTING:
        return False
    if verb.dep_ != "relcl" and verb.tag_ != "VBD":
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in WARS for c in verb.children):
        return False
    return not dated(verb)


def ended(cand) -> bool:
    """"to end the country's civil war", "bring an end to the conflict": the war to be
    ended; "the war is in its third year": a war told by what it is."""
    if cand.kind != "noun" or cand.noun is None:
        return False
    noun = cand.anchor or cand.noun
    if noun.lemma_.lower() not in WARS:
        return False
    head = noun.head
    if noun.dep_ == "nsubj" and head.lemma_.lower() in COPULAS:
        return True  # "the war is now in its third year": what the war is, no attack
    if noun.dep_ == "dobj":
        return head.lemma_.lower() in ENDING
    # "an end to the war": the noun of ending whose "to" phrase the war is
    return noun.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in ENDING
