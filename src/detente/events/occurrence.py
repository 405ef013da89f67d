"""An event noun told through the verb of its happening ("clashes erupted", "riots broke out").

Such a verb says the event took place; in news of fighting it also carries the event's
parties: "fresh clashes broke out Tuesday between Armenia and Azerbaijan", "heavy clashes
erupted between the rebel group and the army", "in clashes that broke out between police and
demonstrators". The parser hangs the "between" phrase on the verb, not on the noun, so the
arguments stage asks here which verb stands for the noun.
"""
from __future__ import annotations

from .lexicon import events_words, particle_keys

#: Verbs that tell an event noun, their subject, as having happened ("protests erupted").
OCCURRENCE_VERBS = events_words("occurrence_verbs")
#: Relative pronouns: as a relative clause's subject they stand for the noun it hangs on.
RELATIVE_SUBJECTS = events_words("relative_pronouns")


def _lem(tok) -> str:
    return tok.lemma_.lower()


def occurred(verb) -> bool:
    """"erupted", "broke out", "flared up": the verb tells its subject as having happened."""
    words = {_lem(verb), *particle_keys(verb, _lem(verb), ("prt", "dobj"))}  # "took place"
    return bool(words & OCCURRENCE_VERBS)


def onset_verb(cand):
    """The verb that tells a nominal trigger as having happened, whose "between" phrase names
    the trigger's parties: the noun's own clause ("clashes erupted between X and Y") or a
    relative clause on it ("clashes that broke out between X and Y"). None otherwise."""
    noun = cand.anchor or cand.noun
    if cand.kind != "noun" or noun is None:
        return None
    if noun.dep_ == "nsubj" and noun.head.pos_ in ("VERB", "AUX") and occurred(noun.head):
        return noun.head
    for c in noun.children:
        if c.dep_ == "relcl" and occurred(c) and any(
                g.dep_ == "nsubj" and g.lower_ in RELATIVE_SUBJECTS for g in c.children):
            return c
    return None
