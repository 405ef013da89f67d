"""Dates an act takes from the frame of time its clause sits in, and dates it must not take.

The time stage dates an act by a date the act's own words govern, or that a clause above it
passes down (``grounding.inherited_date``). More frames of news prose:

* a gerund after a preposition of sequence shares the time of the verb it hangs on: "In May
  2019, she fled the camp before being stopped by soldiers" (the stopping was in May
  2019 too), "after being detained for a week" (the sequence words are
  ``frame_prepositions`` in data/lexicon/time.yaml);
* a "when" clause on a date names what happened then: "It was in March, when soldiers
  stormed the village and detained 30 men" dates the storming and the detaining, and one
  on a dated verb happened at that verb's time: "The unrest began in 2019 when police shot
  two protesters" dates the shooting to 2019; on the
  date a "since" phrase starts from, it names the act that opened the span: "Since May 2019,
  when the army seized the port, the town has been cut off" dates the seizing to May 2019;
* a date inside a "since" phrase is where a span starts, not when the act happened: "Since
  taking office in 2022, the president has arrested dozens" is no arrest in 2022
  (``state_start_words``); the dates stage already reads "since 2022" itself that way;
* a participle describing a participant ("the visiting minister") takes the occasion of the
  clause the participant takes part in: "On Thursday, X assured the visiting minister ...";
* an act made by saying it, told as what a dated statement said, was made then: "welcomed
  Tuesday's announcement that Kyiv had agreed to a truce" dates the agreeing to Tuesday;
* a main clause told by its "when" clause, a document's deed and an act voted take the date
  of the clause, signing or vote (``linked_dates``).
"""

from __future__ import annotations

from dataclasses import replace

from .. import knowledge, tree
from ..dates import date_for, names_other_time
from ..grounding import STATEMENT_NOUNS, statement_date
from ..records import DateRef
from .lexicon import category_set
from .linked_dates import linked_date

__all__ = ["frame_date", "in_since_phrase", "not_the_acts", "said_now", "visited_by"]

_TIME = "lexicon/time.yaml"
#: prepositions whose gerund clause shares the time of the verb it hangs on
_FRAME_PREPS = knowledge.words(_TIME, "frame_prepositions")
#: words that open the start of a span ("since")
_SINCE = knowledge.words(_TIME, "state_start_words")
#: acts made by saying them (data/ontology.yaml)
SAID_ACTS = category_set("dated_by_statement")
#: how many steps up from a trigger a frame is looked for (a clause, its conjuncts)
_REACH = 4


def frame_date(ctx, head, event: str | None = None) -> DateRef | None:
    """The date of the frame the trigger ``head`` of an ``event`` sits in (see the module
    docstring), else None."""
    found = _sequence_date(ctx, head) or _when_date(ctx, head)
    occasion = visited_by(head)
    if found is None and occasion is not None and tree.is_verb(occasion):
        found = date_for(ctx, occasion)  # "met the visiting minister on Monday"
    if found is None and event in SAID_ACTS:
        found = _announced_date(ctx, head)
    return found or linked_date(ctx, head)  # "killed when jets bombed X on Tuesday"


def visited_by(head):
    """For a participle describing a participant ("assured the visiting minister"): the verb
    of the clause that participant takes part in, whose occasion the visit is; else None."""
    if head.tag_ != "VBG":
        return None
    if head.dep_ == "xcomp":
        return head.head  # the parser's other reading: "assured [visiting X]"
    if head.dep_ != "amod":
        return None
    noun = head.head
    if noun.dep_ in ("dobj", "nsubj", "nsubjpass", "dative"):
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep":
        return noun.head.head  # "met with the visiting minister"
    return None


def _announced_date(ctx, head) -> DateRef | None:
    """"welcomed Tuesday's announcement that X had agreed to a truce": an act made by saying
    it, told as the content of a dated statement, is dated by the statement."""
    if not tree.is_verb(head) or head.dep_ not in ("acl", "ccomp") or not any(
            c.dep_ == "mark" and c.lower_ == "that" for c in head.children):
        return None
    noun = head.head
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in STATEMENT_NOUNS:
        return None
    found = date_for(ctx, noun)
    return found if found is not None and found.value and found.kind == "point" else None


def _sequence_date(ctx, head) -> DateRef | None:
    """"escaped before being caught": the date of the verb the gerund's preposition hangs on."""
    if not tree.is_verb(head) or head.dep_ != "pcomp" or head.tag_ not in ("VBG", "VBN"):
        return None
    prep = head.head
    verb = prep.head
    if prep.lower_ not in _FRAME_PREPS or not tree.is_verb(verb):
        return None
    found = statement_date(ctx, verb) or _when_date(ctx, verb)
    return found if found is not None and found.value and found.kind == "point" else None


def _when_date(ctx, head) -> DateRef | None:
    """"in March, when soldiers stormed the village and detained 30 men": the date a "when"
    relative clause hangs on, for the clause's verb and its conjuncts; for a "when" clause
    of a verb, that verb's own date ("began in 2019 when police shot two protesters")."""
    if not tree.is_verb(head):
        return None
    verb = tree.climb(head, ("conj",), while_=tree.is_verb, limit=_REACH)
    when = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None:
        return None
    if verb.dep_ == "relcl":
        return _date_at(ctx, verb.head)
    # parsed as a clause of the main verb, the "when" clause still follows its date: "Since
    # May 2019, when the army seized the port, ..."
    doc = verb.doc
    if verb.dep_ == "advcl" and when.i >= 2 and doc[when.i - 1].is_punct:
        found = _date_at(ctx, doc[when.i - 2])
        if found is not None:
            return found
    if verb.dep_ == "advcl" and tree.is_verb(verb.head):
        # "the war began in April 2023 when the army and the RSF clashed", "died on Monday
        # when gunmen stormed X": what the "when" clause tells happened at the time of the
        # act it hangs on
        found = date_for(ctx, verb.head)
        return found if found is not None and found.value and found.kind == "point" else None
    return None


def _date_at(ctx, tok) -> DateRef | None:
    """The calendar date whose words hold ``tok``, else None. The start of a "since" span is
    the point the "when" clause happened at: "since May 2019, when ..." gives May 2019."""
    for ref in ctx.dates_in(tok.sent.start_char, tok.sent.end_char):
        if not (ref.start <= tok.idx < ref.end and ref.value):
            continue
        if ref.kind == "point":
            return ref
        if ref.kind == "interval_start":
            return _span_start(ref)
    return None


def _span_start(ref: DateRef) -> DateRef:
    """The date a "since" phrase starts from, as a point, its words without the "since"."""
    lead = ref.text.split(" ", 1)
    if len(lead) == 2 and lead[0].lower() in _SINCE:
        skip = len(lead[0]) + 1
        return replace(ref, kind="point", text=lead[1], start=ref.start + skip)
    return replace(ref, kind="point")


def not_the_acts(ctx, ref: DateRef, trigger) -> bool:
    """Whether the date ``ref`` of the trigger's sentence is not the act's: in a "since"
    phrase (``in_since_phrase``), or the time of what another noun names ("ordered a new trial
    for 2025": dates.names_other_time)."""
    if in_since_phrase(ctx, ref, trigger):
        return True
    span = trigger.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    return span is not None and names_other_time(span, trigger)


def in_since_phrase(ctx, ref: DateRef, trigger) -> bool:
    """Whether the date ``ref`` lies inside a "since" phrase or clause between it and the
    trigger ("Since taking office in 2022, X has arrested ...")."""
    span = trigger.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return False
    for child, head in tree.steps_up(span.root, limit=6):
        if head.i == trigger.i:
            return child.lower_ in _SINCE or any(
                c.dep_ == "mark" and c.lower_ in _SINCE for c in child.children)
        if head.lower_ in _SINCE and head.dep_ == "prep":
            return True
    return False


def said_now(drafts, published) -> None:
    """An act made by saying it and told as done ("threatened to raise tariffs on April 2",
    "demanded they leave by Friday") is not dated by a day still to come: that is the day of
    the act threatened or demanded. It takes the publication day instead, and an act told in
    the past that only the day ahead made future is asserted again."""
    if published is None:
        return
    today = published.isoformat()
    for d in drafts:
        ref = d.date
        if d.event not in SAID_ACTS or ref is None or not ref.value or \
                ref.value <= today[:len(ref.value)]:
            continue
        if d.modality == "asserted":
            d.date = None
        elif d.modality == "future" and _told_done(d.cand.head):
            # "agreed to resume talks next month": the agreeing is done, the talks ahead;
            # the day still to come made it look ahead
            d.date, d.modality = None, "asserted"


def _told_done(verb) -> bool:
    """A verb told as done: a simple past, or a perfect ("had agreed"), with no modal."""
    if not tree.is_verb(verb) or any(c.tag_ == "MD" for c in verb.children):
        return False
    return verb.tag_ == "VBD" or verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
