"""Whom "he" or "she" speaking stands for ("“…,” he said"), on top of coreference.

Three rules of how news is written, each a mechanism of the quote stage's speaker resolver
(``quotes``):

- a pronoun subject of a speech verb does not name someone mentioned inside that verb's own
  report: "The government of President Roe sees the plan as 'a step', he said" is not Roe
  (the name is part of what "he" said); but the report's own subject may be ("Roe approved
  the visits, he told reporters": Roe telling of his own act);
- "he" is not a spokeswoman nor "Mrs Roe", "she" not a spokesman: a person's gender written in
  a title or honorific rules her out;
- "he" goes on about whoever the "he" of the sentence before was, when that one was its
  subject ("He also backed Roe's plan. “…,” he warned.": not Roe);
- after a quote, "he said" is the last person reported speaking, named ("Roe said") or not
  ("A fighter in a bandanna, who gave no name, said ..."), when that statement comes after
  the mention coreference found.
"""

from __future__ import annotations

import bisect
import re

from . import coref, knowledge, tree
from .speakers import names_person
from .records import Actor

_SPEECH = "lexicon/speech.yaml"
PERSON_PRONOUNS = knowledge.words(_SPEECH, "person_pronouns")
#: head nouns of a subject that is one person speaking ("a resident said", "the fighter told")
_PERSON_NOUNS = knowledge.words(_SPEECH, "person_descriptions") | knowledge.words(
    _SPEECH, "speaking_persons")
_FEMININE = knowledge.words(_SPEECH, "feminine_words")
_MASCULINE = knowledge.words(_SPEECH, "masculine_words")
_GENDER = {"he": _FEMININE, "him": _FEMININE, "his": _FEMININE,
           "she": _MASCULINE, "her": _MASCULINE}  # pronoun -> words that rule a person out
#: how far back (characters) "he said" looks for the last person reported speaking
REACH = 1500
#: how many sentences in a row opened by the same pronoun are followed back
_RUN = 4
#: how many sentences all inside a quote are stepped over back to the one before
_QUOTED_SENTENCES = 6


def antecedent(ctx, head) -> Actor | None:
    """The one actor coreference finds for the pronoun subject ``head`` ("they" for several:
    the first, as a subject phrase would name them), unless it lies in the pronoun's own
    report or its gender rules it out."""
    found = coref.antecedent(ctx, _run_start(ctx, head))
    several = len(found) > 1 and head.lower_ not in PERSON_PRONOUNS
    actor = found[0] if len(found) == 1 or several else None
    if actor is None or in_own_report(head, actor) or clashes(head, actor):
        return None
    return actor


def _run_start(ctx, head):
    """The first of a run of sentences whose subject is the same person pronoun as ``head``
    ("He urged ... . He also backed Roe's plan. “…,” he warned."): each goes on about the one
    before, so the run's first pronoun is the one to resolve, not the nearest name (Roe, only
    mentioned). Sentences all inside a quote are the speaker's talk and are stepped over."""
    if head.lower_ not in PERSON_PRONOUNS:
        return head
    tok = head
    for _ in range(_RUN):
        sent = _sentence_before(ctx, tok.sent)
        subj = tree.subject(sent.root) if sent is not None else None
        if subj is None or subj.lower_ != head.lower_ or coref.in_quotes(ctx, subj):
            break
        tok = subj
    return tok


def _sentence_before(ctx, sent):
    """The sentence before ``sent`` that is not all quoted words, or None."""
    doc = sent.doc
    for _ in range(_QUOTED_SENTENCES):
        if sent.start == 0:
            return None
        sent = doc[sent.start - 1].sent
        if not all(coref.in_quotes(ctx, t) for t in sent if not t.is_punct):
            return sent
    return None


def in_own_report(head, actor: Actor) -> bool:
    """Whether ``actor``'s mention lies in the clause of the verb ``head`` is the subject of,
    outside the subject itself: what the pronoun reports, not who it is."""
    if head.dep_ not in ("nsubj", "nsubjpass") or actor.start < 0:
        return False
    verb, doc = head.head, head.doc
    lo, hi = verb.left_edge.idx, doc[verb.right_edge.i].idx + len(doc[verb.right_edge.i])
    own_lo = head.left_edge.idx
    own_hi = doc[head.right_edge.i].idx + len(doc[head.right_edge.i])
    if not lo <= actor.start < hi or own_lo <= actor.start < own_hi:
        return False
    # "Roe authorized the visits, he told reporters": the report's own subject is the
    # speaker telling of his own act, as news writes it
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    mention = span.root if span is not None else None
    return mention is None or not (
        mention.dep_ in ("nsubj", "nsubjpass") and mention.head.dep_ == "ccomp"
        and mention.head.head.i == verb.i)


def clashes(head, actor: Actor) -> bool:
    """Whether the pronoun ``head``'s gender rules out ``actor`` (a title or honorific of the
    other gender in its mention or role: "he" and "the spokeswoman")."""
    ruled_out = _GENDER.get(head.lower_)
    if not ruled_out:
        return False
    words = re.findall(r"[\w.]+", f"{actor.text} {actor.role or ''}".lower())
    return any(w in ruled_out or w.rstrip(".") in ruled_out for w in words)


def person_statements(ctx, statements, resolve) -> tuple[list[int], list]:
    """(offsets, (subject, verb) pairs) of the statements whose subject is one person, named
    ("Roe said") or described ("a resident told", "the fighter said"), in text order.
    ``statements``: (speech verb, subject) pairs; ``resolve``: subject token -> speaker
    Actor. Kept in the article's cache under one key: the first call's arguments decide it,
    so there is one caller (the quote stage, with the article's statements and resolver)."""
    def build():
        found = []
        for tok, subj in statements:
            if subj is None or subj.lower_ in _GENDER or not _one_person(ctx, subj, resolve):
                continue
            found.append((max(tok.idx, subj.idx), subj, tok))
        found.sort(key=lambda x: x[0])
        return [f[0] for f in found], [f[1:] for f in found]
    return ctx.cache("speaker_pronouns.persons", build)


def last_speaking(head, persons, resolve, found: Actor):
    """(offset, speaker) of the last person reported speaking before the pronoun ``head``
    (within reach) whom its gender does not rule out, if that is after ``found`` (the
    antecedent's mention) or reports it, and not ``found`` speaking; else None."""
    starts, statements = persons
    k = bisect.bisect_left(starts, head.idx) - 1
    while k >= 0 and head.idx - starts[k] <= REACH:
        subj, verb = statements[k]
        if starts[k] <= found.start and not _reported(head.doc, found, subj, verb):
            break
        if _speaks(head.doc, found, subj, verb):
            return None  # "A media analyst, Roe, noted": the antecedent is who spoke
        speaker = resolve(subj)
        if speaker is not None and not clashes(head, speaker) \
                and not clashes(head, _as_words(subj)):
            return starts[k], speaker
        k -= 1
    return None


def _reported(doc, found: Actor, subj, verb) -> bool:
    """Whether the mention ``found`` lies in what the statement reports, outside its subject
    ("The spokesman said troops killed Roe. “…,” he said.": Roe is told of, the spokesman
    speaks on)."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    return verb.left_edge.i <= tok.i <= verb.right_edge.i and not (
        subj.left_edge.i <= tok.i <= subj.right_edge.i)


def _speaks(doc, found: Actor, subj, verb) -> bool:
    """Whether the mention ``found`` is the speaker of the statement: in its subject phrase,
    or hung on the subject or the verb ("A media analyst at the school, Roe, noted")."""
    span = doc.char_span(found.start, found.end, alignment_mode="expand")
    if span is None:
        return False
    tok = span.root
    return subj.left_edge.i <= tok.i <= subj.right_edge.i or tok.head.i in (subj.i, verb.i)


def _one_person(ctx, subj, resolve) -> bool:
    if subj.pos_ == "NOUN":
        return subj.tag_ == "NN" and subj.lemma_.lower() in _PERSON_NOUNS
    if subj.pos_ != "PROPN":
        return False
    speaker = resolve(subj)
    return speaker is not None and names_person(ctx, speaker)


def _as_words(subj) -> Actor:
    """The subject phrase's words as an actor, for the gender test ("Mrs Roe")."""
    words = subj.doc[subj.left_edge.i:subj.i + 1]
    return Actor(text=words.text, code=None)
