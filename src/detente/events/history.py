"""The course of a past episode: acts told right after an act of history belong to it.

Background paragraphs tell an episode of years ago in several sentences, dating only the
first: "In 2018, officials offered to pay the reporter's relatives to lure her abroad. The
relatives refused." The refusal is part of that 2018 episode; dated by the publication day,
it would land years late, as news.

An act takes the episode's date and is history when:

- the sentence just before holds an act dated to a calendar time that is history
  (``modality.is_history``) and told as history;
- it has no date of its own, is asserted, and is told in the simple past or past perfect as
  the main clause of its sentence ("The relatives refused", "He had fled"): not the present
  perfect or present (a state or a tally up to now), not a clause under a reporting verb (what
  someone says is the saying's news), not in a quotation;
- a participant of it is one of the sentence before: a pronoun, or a noun named there ("The
  relatives refused"); a sentence about others has moved on ("In 2024, militants killed 400
  people. Officials blamed India");
- no date is named from the episode's date to the end of its sentence (a new date is a new
  occasion).

An act told as coming after ("A court later sentenced him", "then fled") is history too, but
not of the episode's date: it keeps no date. So is an act told in the past perfect after a
sentence dated to history ("Peru's president was removed in 2022. Bolivia's leaders had backed
him"): the tense sets it before the story's news. Such an act follows any sentence dated to history,
not only one that tells an act: "The paper was forced to shut in 2023. A court later sentenced
its owner."
"""

from __future__ import annotations

from .. import docview, knowledge
from .modality import is_history
from .quoted import QUOTE_MARKS
from .scene import told_as_done

__all__ = ["carry_history"]

#: adverbs that put an act after the one told before, by an unknown time
_AFTERWARDS = knowledge.words("lexicon/time.yaml", "sequence_adverbs")
#: quotation marks: a quoted act is the speaker's telling, dated by the saying


def carry_history(drafts, ctx, published) -> None:
    """Date the undated acts told right after an act of history (module docstring).
    ``drafts``: in text order, each with ``extra["sent_index"]``; ``published``: the day the
    story is told from (``story_time.story_now``)."""
    if published is None:
        return
    episodes: dict[int, object] = {}  # sentence index -> its last act of history
    opening = None  # the act of history that opens the current paragraph, if any
    for d in drafts:
        index = d.extra["sent_index"]
        episode = episodes.get(index - 1)
        after = any(c.dep_ == "advmod" and c.lower_ in _AFTERWARDS
                    for c in d.cand.head.children)
        if episode is not None and _continues(d) and _linked(d.cand.head, episode.sent) \
                and not _new_date(ctx, episode.date.end, d):
            d.modality = "historical"
            if not after:
                d.date = episode.date
        elif (after or _past_perfect(d.cand.head)) and _continues(d) and \
                _after_history(ctx, d, published):
            # "The paper shut in 2023. A court later jailed him"; "X was ousted in 2022. Y had
            # backed him": the past perfect sets the act before the story, by the history told
            d.modality = "historical"
        elif opening is not None and _in_paragraph(opening, d) and _continues(d) and \
                not _new_date(ctx, opening.date.end, d):
            d.modality = "historical"  # "In 2014, ... . The West called the vote illegal."
        ref = d.date
        if d.modality == "historical" and ref is not None and ref.value and \
                ref.kind == "point" and is_history(ref.value, published):
            episodes[index] = d
            if opening is None or not _in_paragraph(opening, d):
                opening = d if _opens_paragraph(d.sent) else None


def _opens_paragraph(sent) -> bool:
    """Whether ``sent`` is the first sentence of a paragraph after the first: the lede's
    paragraph tells the news, whatever date its first sentence names."""
    before = docview.text(sent.doc)[:sent.start_char]
    return "\n" in before and not before.rsplit("\n", 1)[-1].strip()


def _in_paragraph(opening, d) -> bool:
    """Whether the act ``d``, in a later sentence, is in the paragraph ``opening`` opens."""
    text = docview.text(opening.sent.doc)
    # a sentence may hold the break after it, or open with it: strip both
    start = opening.sent.start_char + len(opening.sent.text.rstrip())
    end = d.sent.start_char + len(d.sent.text) - len(d.sent.text.lstrip())
    return end >= start and "\n" not in text[start:end]


def _after_history(ctx, d, published) -> bool:
    """Whether the act is told as after a sentence just before dated to history, with no
    date in between ("later" ties it to what was just told)."""
    sent = d.sent
    if sent.start == 0:
        return False
    before = d.cand.head.doc[sent.start - 1].sent
    dates = [r for r in ctx.dates_in(before.start_char, before.end_char)
             if r.kind == "point" and r.value]
    return bool(dates) and is_history(dates[-1].value, published) and \
        not _new_date(ctx, dates[-1].end, d)


def _past_perfect(head) -> bool:
    """A verb in the past perfect ("had backed", "had been detained")."""
    return any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in head.children)


def _continues(d) -> bool:
    """An undated, asserted act told as done in the main clause of its sentence, unquoted."""
    head = d.cand.head
    if d.date is not None or d.date_override is not None or d.modality != "asserted":
        return False
    # a conjunct shares the tense of its first verb: "have condemned the arrest and urged"
    verbs = [head] if head.dep_ == "ROOT" else [head, head.head] \
        if head.dep_ == "conj" and head.head.dep_ == "ROOT" else []
    return bool(verbs) and all(told_as_done(v) for v in verbs) and \
        not any(m in d.sent.text for m in QUOTE_MARKS)


def _linked(head, before) -> bool:
    """Whether a participant of the act is one told in the sentence ``before``: a pronoun
    ("Police charged him", "They refused") or a noun named there ("The relatives refused").
    A sentence about someone else has moved on: "In 2024, militants killed 400 people.
    Officials blamed India" is no part of 2024."""
    told = {t.lemma_.lower() for t in before if t.pos_ in ("NOUN", "PROPN")}
    for c in head.children:
        if c.dep_ not in ("nsubj", "nsubjpass", "dobj"):
            continue
        if c.tag_ == "PRP" or c.pos_ in ("NOUN", "PROPN") and c.lemma_.lower() in told:
            return True
    return False


def _new_date(ctx, start: int, d) -> bool:
    """Whether a date is named from ``start`` (the end of the episode's date) to the end of
    the act's sentence."""
    return any(ref.start >= start and ref.kind != "duration"
               for ref in ctx.dates_in(start, d.sent.end_char))
