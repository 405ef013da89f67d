"""Dates an act takes from a clause its own words hang on, or that hangs on them.

The time stage dates an act by a date its own words govern, or that a clause above it passes
down (``grounding.inherited_date``). Six ties between clauses pass a date the other way,
or through a noun:

* a main clause with no date of its own happened when its "when" clause did: "more than 100
  civilians were killed when jets bombed the hall on Tuesday morning", "two soldiers died
  as their vehicle hit a mine on Sunday" (``same_time_marks`` in data/lexicon/time.yaml);
* what a document does is done when the document is put out: "on Saturday signed the
  executive order lifting the sanctions", "issued on Wednesday a statement condemning the
  move" (``measures.making_verb``, as ``measures.dated_by`` ties the clause's dates); not
  of one that answers it ("on Tuesday dismissed a report accusing the army");
* an act voted, decided or tried is done by the vote, decision or attempt: "Congress voted
  Monday to impeach the president", "the EU voted Thursday to impose sanctions", "the
  administration this week moved to bar citizens of 12 countries", "police fired tear gas
  on Friday to try to disperse the crowd" (``deciding_verbs``);
* what a report counted back from the main clause tells as done is its news, dated by the
  report: "made the statement a day after the Taliban reported that they had barred him"
  dates the barring a day before the statement.
* a commitment told "under" a document dated by its own words is a term of that document,
  made when it was: "under a 2016 deal, Turkey agreed to take back migrants", "under the 2015
  accord, Iran committed to limit enrichment" (``term_verbs``; the document nouns are
  ``document_nouns`` of data/lexicon/cautions.yaml). Another act done under an old document
  is done under it now ("under a 2018 law, police detained him") and takes nothing.
* an act told as done in a relative clause on a noun dated by its own words happened then:
  "the 1994 genocide, in which extremists killed 800,000 people", "the 2016 coup attempt,
  which Ankara blamed on a cleric".

Only a calendar date the other clause owns itself is passed on: a date that other clause
inherits from yet another is not, so no date travels two steps.
"""

from __future__ import annotations

from .. import knowledge, tree
from ..dates import date_for
from ..grounding import reporting_verb, statement_date
from ..records import DateRef
from .measures import making_verb
from .modality import told_in_past

__all__ = ["linked_date"]

_TIME = "lexicon/time.yaml"
#: words opening a clause that tells the time of the clause it hangs on ("when")
_SAME_TIME = knowledge.words(_TIME, "same_time_marks")
#: verbs whose infinitive act is done or tried by them ("voted to impose sanctions")
_DECIDING = knowledge.words(_TIME, "deciding_verbs")
#: verbs of committing whose act "under" a dated document is one of its terms ("agreed")
_TERMS = knowledge.words(_TIME, "term_verbs")
#: the preposition of the document a term belongs to ("under a 2016 deal")
_UNDER = "under"
#: nouns of documents (data/lexicon/cautions.yaml)
_DOCUMENTS = knowledge.words("lexicon/cautions.yaml", "document_nouns")
#: tags of a verb told as done: the simple past, or a participle with its auxiliaries
_DONE_TAGS = ("VBD", "VBN")


def linked_date(ctx, head) -> DateRef | None:
    """The date the trigger ``head`` takes through one of the ties of the module docstring,
    else None. Called for a trigger with no date of its own."""
    verb = head if tree.is_verb(head) else head.head if head.dep_ == "dobj" else None
    if verb is None or not tree.is_verb(verb):
        return None  # "imposed sanctions": the verb whose object the trigger noun is
    return _when_clause_date(ctx, verb) or _document_date(ctx, verb) or \
        _decision_date(ctx, verb) or _reported_before(ctx, verb) or _term_date(ctx, verb) \
        or _antecedent_date(ctx, verb)


def _when_clause_date(ctx, verb) -> DateRef | None:
    """"were killed when jets bombed the hall on Tuesday": the date of a past "when" clause
    on a verb told as done."""
    if verb.tag_ not in _DONE_TAGS:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.tag_ != "VBD" or not any(
                c.dep_ in ("advmod", "mark") and c.lower_ in _SAME_TIME
                for c in clause.children):
            continue
        found = _owned_date(ctx, clause)
        if found is not None:
            return found
    return None


def _document_date(ctx, verb) -> DateRef | None:
    """"signed on Saturday the order lifting sanctions": the participle on a document put
    out takes the date of the verb putting it out (``measures.making_verb``)."""
    acting = making_verb(verb)
    return None if acting is None else _owned_date(ctx, acting)


def _decision_date(ctx, verb) -> DateRef | None:
    """"voted Monday to impeach him": an infinitive act of a vote or decision told as done
    takes the vote's own date."""
    if verb.dep_ != "xcomp" or not tree.to_infinitive(verb):
        return None
    decider = verb.head
    if not tree.is_verb(decider) or decider.lemma_.lower() not in _DECIDING:
        return None
    if decider.tag_ in _DONE_TAGS:
        return _owned_date(ctx, decider)
    # "fired tear gas on Friday to try to disperse them": an attempt that is itself the
    # purpose of a past act shares that act's own date
    frame = decider.head
    if decider.dep_ == "advcl" and tree.to_infinitive(decider) and frame.tag_ == "VBD":
        return _owned_date(ctx, decider) or _owned_date(ctx, frame)
    return None


#: the mark of a clause counted back from its main clause ("a day after X reported")
_AFTER = "after"


def _reported_before(ctx, verb) -> DateRef | None:
    """"made the statement a day after the Taliban reported that they had barred him": an act
    told as done in a report dated by counting back from the main clause is the report's
    news, dated by the report's day (a report only "after" the main clause's act, with no
    length, says nothing of its day)."""
    report = reporting_verb(verb)
    if report is None or verb.tag_ not in _DONE_TAGS or report.dep_ != "advcl":
        return None
    mark = next((c for c in report.children if c.dep_ == "mark" and c.lower_ == _AFTER), None)
    if mark is None or not any(r.kind == "duration" and 0 <= mark.idx - r.end <= 2
                               for r in ctx.dates_in(report.sent.start_char, mark.idx)):
        return None
    found = statement_date(ctx, report)
    return found if found is not None and found.kind == "point" and found.value and \
        found.precision == "day" else None


def _term_date(ctx, verb) -> DateRef | None:
    """"Under a 2016 deal, Turkey agreed to ...": the date written on the document a
    commitment told as done is a term of."""
    if verb.tag_ not in _DONE_TAGS or verb.lemma_.lower() not in _TERMS:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != _UNDER:
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lemma_.lower() not in _DOCUMENTS:
                continue
            found = [d for d in ctx.dates_in(noun.left_edge.idx, noun.idx)
                     if d.kind == "point" and d.value]
            if found:
                return found[0]
    return None


def _antecedent_date(ctx, verb) -> DateRef | None:
    """"the 1994 genocide, in which extremists killed ...": the date written before the noun a
    relative clause told as done hangs on."""
    if verb.dep_ != "relcl" or not told_in_past(verb):
        return None
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    found = [d for d in ctx.dates_in(noun.left_edge.idx, noun.idx)
             if d.kind == "point" and d.value]
    return found[-1] if found else None


def _owned_date(ctx, verb) -> DateRef | None:
    """A calendar date ``verb``'s own words hold (not one it inherits)."""
    found = date_for(ctx, verb)
    if found is None or found.kind != "point" or not found.value:
        return None
    left, right = verb.left_edge, verb.right_edge
    if not left.idx <= found.start < right.idx + len(right.text):
        return None  # inherited from a clause above
    return found
