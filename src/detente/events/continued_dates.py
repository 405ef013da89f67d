"""A sentence that goes on telling the day its paragraph's last sentence named.

News names the day once and tells what followed in the next sentence without repeating it:
"Hamas freed three hostages on Saturday. In exchange, Israel released 369 prisoners";
"The two prime ministers signed five agreements yesterday. They agreed to expand tourism";
"Clinton praised the king Tuesday for releasing the prisoners. She said such steps must be
followed by reforms"; "On Oct. 25, the military seized power. The army placed the prime
minister under house arrest". Dated by the publication day, those acts land a day or more
late. (Acts of violence already take their incident's day and place from ``scene``.)

An act takes the day of the sentence just before it when:

- it is asserted and has no date of its own, and its sentence names no time at all (a date, a
  length, "later", a "since" span: any of them makes it another occasion);
- it is told in the simple past ("released", "were detained"), not in the present or the
  perfect, which tell a state or a tally over time, nor the past perfect, which goes back
  before the day told; nor with an adverb of background ("had previously", "initially");
- the sentence before is in the same paragraph and its asserted acts dated by its main
  clause all name one calendar day: a second day, or only a month or a year, is no single
  occasion, and a day of another clause ("protests erupted after a bus killed two students on
  July 29") is not the sentence's;
- its doer (or, with no coded doer, its target) took part in the acts of the day before: a
  third party's act ("X and Y held talks on Friday. Z condemned the shelling") may be of any
  day;
- it is not told in a relative clause (a participant described), nor reported by a speaker
  when the day before is only a statement's ("X on Tuesday accused Y. X said rebels crossed
  the border": the crossing is not dated by the accusation).

An act made by saying it, by a pronoun for the subject of the sentence before, takes that
sentence's one day when its main clause names it, though it tells no act of its own: "Ruto
spoke to reporters on Tuesday. He demanded that ..."; "Gantz made similar comments on
Wednesday. '...,' he said." A said act is told in the tense of its saying.

One step only: an act dated this way dates no further sentence.
"""

from __future__ import annotations

from .. import docview, knowledge, tree
from ..grounding import attached_to, reporting_verb
from .parties import codes
from .phrases import PRONOUNS
from .timeframe import SAID_ACTS

__all__ = ["carry_previous_day"]

_TIME = "lexicon/time.yaml"
#: adverbs that set an act before the time the story tells ("previously", "initially")
_BEFORE = knowledge.words(_TIME, "background_adverbs") | knowledge.words(
    _TIME, "other_time_adverbs")
#: auxiliaries of a verb told as done at a past time ("were detained")
_PAST_PASSIVE = ("was", "were")


def carry_previous_day(drafts, ctx) -> None:
    """Date each open act of ``drafts`` by the one day the sentence before it told."""
    days: dict[int, list] = {}
    for d in drafts:
        if _tells_day(d):
            days.setdefault(d.sent.start, []).append(d)
    for d in drafts:
        if not _open(d, ctx) or d.sent.start == 0:
            continue
        before = d.sent.doc[d.sent.start - 1].sent
        if not _same_paragraph(before, d.sent):
            continue
        told = days.get(before.start, ())
        if not told:
            d.date = _speaker_day(ctx, d, before)  # "X spoke Tuesday. He demanded ..."
            continue
        refs = [x.date for x in told]
        ref = refs[0]
        if len({r.value for r in refs}) > 1 or ref.kind != "point" or \
                ref.precision != "day" or any(r.kind != "point" for r in refs):
            continue
        if reporting_verb(d.cand.head) is not None and all(x.event in SAID_ACTS for x in told):
            continue  # "X on Tuesday accused Y. X said rebels crossed ...": what is reported
        if _took_part(d, told):
            d.date = ref


def _took_part(d, told) -> bool:
    """Whether the act's doer (or, with no coded doer, its target) was a party to the acts
    of the day before: "Hamas freed hostages on Saturday. Israel released prisoners" (Israel
    received them); not "X and Y held talks on Friday. Z condemned the shelling", a third
    party's act of another day."""
    day = set().union(*(codes(x.actor) | codes(x.recipient) for x in told))
    mine = codes(d.actor) or codes(d.recipient)
    return bool(mine & day)


def _speaker_day(ctx, d, before):
    """"Ruto spoke to reporters on Tuesday. He demanded that ...": an act made by saying it,
    by a pronoun for the subject of the sentence before, whose main clause names one day,
    was made that day; else None."""
    if d.event not in SAID_ACTS or not d.actor:
        return None
    verb = reporting_verb(d.cand.head) or d.cand.head
    subject = tree.subject(verb) if tree.is_verb(verb) else None
    if subject is None or subject.lower_ not in PRONOUNS:
        return None
    root = before.root
    if tree.subject(root) is None:
        return None
    days = [r for r in ctx.dates_in(before.start_char, before.end_char)
            if r.kind == "point" and r.value]
    if len(days) != 1 or days[0].precision != "day":
        return None
    span = before.doc.char_span(days[0].start, days[0].end, alignment_mode="expand")
    return days[0] if span is not None and attached_to(span, root) else None


def _tells_day(d) -> bool:
    """An asserted act dated by a date of its own sentence's main clause ("Hamas freed three
    hostages on Saturday"; not "protests erupted after a bus killed two on July 29")."""
    ref, sent = d.date, d.sent
    if d.modality != "asserted" or ref is None or d.date_override is not None or \
            not sent.start_char <= ref.start < sent.end_char:
        return False
    span = sent.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    # the main verb, or one it goes on in ("claimed to have mobilized a million Thursday")
    root = sent.root
    mains = [root] + [c for c in root.children if c.dep_ in ("xcomp", "conj")
                      and tree.is_verb(c)]
    return span is not None and any(attached_to(span, v) for v in mains)


def _open(d, ctx) -> bool:
    """An asserted act in the simple past with no date of its own in a sentence naming no
    time."""
    if d.date is not None or d.date_override is not None or d.modality != "asserted":
        return False
    sent = d.sent
    if ctx.dates_in(sent.start_char, sent.end_char):
        return False
    verb = d.cand.head if tree.is_verb(d.cand.head) else tree.governing_verb(d.cand.head)
    if d.event in SAID_ACTS:  # a said act is told by its saying ("'...,' he said")
        verb = reporting_verb(d.cand.head) or verb
    # a relative clause describes a participant ("the rebels the army clashed with")
    return verb is not None and verb.dep_ not in ("relcl", "acl") and _simple_past(verb)


def _simple_past(verb) -> bool:
    """"released", "were detained"; not "have released", "had fled", "is holding", nor a
    verb with an adverb of background."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.dep_ == "advmod" and c.lower_ in _BEFORE for c in verb.children):
        return False
    if verb.tag_ == "VBD":
        return not auxes
    return verb.tag_ == "VBN" and bool(auxes) and all(
        a.dep_ == "auxpass" and a.lower_ in _PAST_PASSIVE for a in auxes)


def _same_paragraph(before, sent) -> bool:
    """No line break between the end of ``before`` and the words of ``sent``."""
    text = docview.text(sent.doc)
    start = before.start_char + len(before.text.rstrip())
    end = sent.start_char + len(sent.text) - len(sent.text.lstrip())
    return "\n" not in text[start:end]
