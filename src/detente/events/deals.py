"""An agreement or talks told in the passive inside a clause of time, with no doer of their
own: "Authorities released the detainees after a deal was struck with the group",
"Protesters ended their sit-in once an agreement was reached with the government".

The deal's other side is named ("with the group"); the side that made it with them is the
one the main clause is about, its active subject. A main clause in the passive ("the
hostages were freed after a deal was reached") names no such side and is left alone.

The other way round, a passive deal in the main clause whose makers a clause of time names:
"The deal was finalized when leaders of the four states agreed in Minsk to stop fighting",
"the accord was sealed as the two presidents met in Geneva": the clause's subject made it.
"""

from __future__ import annotations

from .lexicon import category_set, events_words
from .phrases import subject_of

#: Categories of a deal or talks told this way.
DEAL_CATEGORIES = category_set("outer_deal_categories", "lexicon/events.yaml")
#: Subordinators of the clause of time ("after", "once").
DEAL_MARKS = events_words("outer_deal_marks")
#: Subordinators of a clause of time that names a passive deal's makers ("when", "as").
INNER_MARKS = events_words("inner_deal_marks")


def outer_party(verb, cand, roles) -> None:
    """Give a passive deal in a clause of time the main clause's subject as its doer."""
    if roles.actor or cand.kind != "light" or cand.event not in DEAL_CATEGORIES:
        return
    _, passive = subject_of(verb)
    if not passive or verb.dep_ != "advcl":
        return
    if not any(c.dep_ == "mark" and c.lower_ in DEAL_MARKS for c in verb.children):
        return
    doer, main_passive = subject_of(verb.head)
    if doer is None or main_passive or any(doer.i == t.i for t in roles.recipient):
        return
    roles.actor = [doer]


def inner_party(verb, cand, roles) -> None:
    """Give a passive deal with no doer the subject of its clause of time ("was finalized
    when X and Y agreed ...")."""
    if roles.actor or cand.kind != "light" or cand.event not in DEAL_CATEGORIES:
        return
    _, passive = subject_of(verb)
    if not passive:
        return
    for c in verb.children:
        if c.dep_ == "advcl" and any(m.dep_ in ("mark", "advmod") and m.lower_ in INNER_MARKS
                                     for m in c.children):
            doer, inner_passive = subject_of(c)
            if doer is not None and not inner_passive:
                roles.actor = [doer]
                return
