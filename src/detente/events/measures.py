"""What a law, decree or order provides, told by a participle on it.

A voided measure's content is no act of the story's news.
"The court lifted orders blocking the deportations", "struck down a law banning opposition
rallies", "parliament repealed a decree restricting protests", "orders barring the
broadcasts were overturned": the participle says what the law or order provided, and the
news is that it is undone (the undoing is told by its own verb). The ban or block it
named was imposed before, if it is news at all, and is told there.

A measure made in the story's clause acts when it is made: "on Monday, police issued an order
barring rallies", "the junta signed a decree banning parties on Friday" date the ban by the
verb that issues it, whose clause the participle's own does not reach; so does any document
put out ("issued on Wednesday a statement condemning the move"; not one answered: "on Tuesday
dismissed a report accusing the army", whose charge is older), and the verb taking a step
("on Tuesday took the rare step of expelling the envoy").
"""

from __future__ import annotations

import dataclasses

from .. import knowledge
from ..grounding import STATEMENT_NOUNS
from .lexicon import events_words
from .reduced import step_verb

#: Nouns of a measure whose content a participle on it tells ("an order blocking ..."); lemmas.
MEASURES = events_words("measure_nouns")
#: Verbs that void a measure ("lift", "overturn", "repeal"); lemmas, or lemma + particle.
UNDOING = events_words("undoing_verbs")
#: Nouns of a document whose participle tells what it does, done when the document is put out
#: ("issued on Wednesday a statement condemning", "signed the order lifting"); lemmas.
DOCUMENTS = MEASURES | knowledge.words("lexicon/time.yaml", "document_nouns") | STATEMENT_NOUNS
#: Verbs that make a measure or put out a document ("issue", "sign", "pass"), not that answer
#: one ("dismissed a report accusing the army"); lemmas.
MAKING = knowledge.words("lexicon/time.yaml", "issuing_verbs")
#: Dependencies by which a measure is what its verb acts on.
ACTED_ON = frozenset({"dobj", "nsubjpass"})


def _verb_key(verb) -> set[str]:
    lemma = verb.lemma_.lower()
    return {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}


def _measure_verb(cand):
    """The verb acting on the measure noun a participle trigger hangs on ("lifted" of
    "lifted orders blocking X"), else None."""
    return _acting_on(cand.head, MEASURES) if cand.kind == "verb" else None


def making_verb(verb):
    """The verb putting out the document (or making the measure) the participle ``verb``
    hangs on ("signed" of "signed the order lifting sanctions"), else None."""
    acting = _acting_on(verb, DOCUMENTS)
    return acting if acting is not None and acting.lemma_.lower() in MAKING else None


def _acting_on(verb, nouns):
    """The verb whose object (or passive subject) is the noun of ``nouns`` the participle
    ``verb`` hangs on, else None."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBG", "VBN"):
        return None
    measure = verb.head
    if measure.i == verb.i or measure.lemma_.lower() not in nouns:
        return None
    if measure.dep_ not in ACTED_ON or measure.head.i == measure.i:
        return None
    return measure.head


def voided_content(cand) -> bool:
    """A participle on a measure noun that its verb voids: "lifted orders blocking X"."""
    acting = _measure_verb(cand)
    return acting is not None and bool(_verb_key(acting) & UNDOING)


def dated_by(cand):
    """The verb whose clause dates the trigger: the verb making the measure a participle
    trigger hangs on ("issued an order barring ..."), or taking the step a gerund trigger
    is "of", else the trigger itself."""
    acting = making_verb(cand.head) if cand.kind == "verb" else None
    if acting is not None:
        return acting
    return step_verb(cand) or cand.head  # "on Tuesday took the step of expelling"


def dating(cand):
    """``cand`` as the dates of its sentence are tied to it: with the verb making its measure
    as the verb it hangs on, when ``dated_by`` names one."""
    acting = dated_by(cand)
    if acting.i == cand.head.i:
        return cand
    return dataclasses.replace(cand, predicate=acting)
