"""Talks nouns and the words tied to them: which mentions of talks can be a round, and which
words of the sentence speak about that meeting (its status words, its date, its tense).

Read by ``rounds``; reads the parse and the place stage only.
"""

from __future__ import annotations

import re

from .. import knowledge, tree
from ._support import article_text, cached, places_of, sentence_text, sentences, starting_in

_LEXICON = "lexicon/ledger.yaml"


#: "cabinet meeting", "board meeting": a body meeting on its own, not parties negotiating.
_INTERNAL = knowledge.pattern(_LEXICON, "internal", re.I)
_BODY_AFTER = knowledge.pattern(_LEXICON, "body_after", re.I)


def tense_status(ctx, start: int, end: int) -> str | None:
    """Status from the verb governing the talks noun: past -> held, "will"/"to" -> scheduled."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    tok = tree.climb(span.root, while_=lambda t: not _times_meeting(t), limit=6)
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    if tok.tag_ == "VBD" or (tok.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had")
                                                       for c in tok.children)):
        return "held"
    if any(c.lower_ in ("will", "shall") or (c.lower_ == "to" and c.dep_ == "aux")
           for c in tok.children):
        return "scheduled"
    return None


def _times_meeting(tok) -> bool:
    """Whether ``tok`` is the verb whose tense dates the meeting below it."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    # "an attempt to bridge the gap at talks in Stockholm broke down": an infinitive that is
    # not about the meeting says nothing of its time; ask the verb above it.
    infinitive = any(c.lower_ == "to" and c.dep_ == "aux" for c in tok.children)
    return not infinitive or tok.lemma_.lower() in _MEETING_VERBS


#: A talks noun named after a multilateral body or forum ("the G7 talks", "a Security Council
#: meeting", "the NATO summit"): not a negotiation between parties unless the text says so.
_FORUM = knowledge.pattern(_LEXICON, "forum", re.I)
#: Talks that are wished for, offered or attempted are not a meeting: "efforts at talks", "an
#: offer for new talks", "tried to establish a dialogue", "calls for negotiations".
_WISHED = knowledge.pattern(_LEXICON, "wished", re.I)
#: "talks with China must continue": a view on talks, not a meeting.
_NORMATIVE_AFTER = knowledge.pattern(_LEXICON, "normative_after", re.I)
#: Nouns that name any gathering; they need a conflict or negotiation word nearby to count.
_GATHERING = knowledge.pattern(_LEXICON, "gathering", re.I)
_NEGOTIATION_CONTEXT = knowledge.pattern(_LEXICON, "negotiation_context", re.I)


def talks_nouns(ctx, sent, vocab):
    """Talks nouns of the sentence used as nouns, not internal meetings, forums or wishes."""
    text = sentence_text(ctx, sent)
    for m in vocab.talks.finditer(text):
        span = ctx.doc.char_span(sent.start_char + m.start(), sent.start_char + m.end(),
                                 alignment_mode="expand")
        if span is not None and span.root.pos_ not in ("NOUN", "PROPN") and span.root.tag_:
            continue  # "round up", "meeting the demand"
        before = text[max(0, m.start() - 60):m.start()]
        if _INTERNAL.search(before[-25:]) or _BODY_AFTER.match(text[m.end():m.end() + 50]):
            continue
        if _FORUM.search(before) or _WISHED.search(before) or \
                _NORMATIVE_AFTER.match(text[m.end():m.end() + 60]):
            continue
        if m.group(0)[:1].isupper() and m.start() > 0 and re.search(
                r"\b[A-Z][a-z]+\s+$", before) and not _place_before(ctx, sent.start_char + m.start()):
            continue  # "the Quadrilateral Security Dialogue": the name of a forum
        if _GATHERING.match(m.group(0)) and not _NEGOTIATION_CONTEXT.search(
                _context_text(ctx, sent)):
            continue  # "a pull-aside meeting", "convened a meeting with business leaders"
        yield m


def _place_before(ctx, at: int) -> bool:
    """Whether a gazetteer place ends right before ``at`` ("the Hanoi Summit")."""
    return bool(starting_in(places_of(ctx), at - 1, at + 1, key="end", cache=ctx.cache))


def _context_text(ctx, sent) -> str:
    """The sentence with the one before it (a meeting's purpose is often said just before)."""
    sents = sentences(ctx)
    position = cached(ctx, "sent_position", lambda: {
        s.start_char: k for k, s in reversed(list(enumerate(sents)))})  # first one wins
    i = position.get(sent.start_char, 0)
    lo = sents[i - 1].start_char if i else sent.start_char
    return article_text(ctx)[lo:sent.end_char]


CLIMB = ("pobj", "prep", "dobj", "nsubj", "nsubjpass", "attr", "conj", "compound", "oprd",
          "appos", "npadvmod", "obj", "pcomp")


#: Verbs whose time is the meeting's time ("held talks on May 16", "will join the talks on
#: Tuesday"); a date on other verbs ("In 2019, Trump praised his first summit") dates the
#: praise, not the meeting.
_MEETING_VERBS = knowledge.words(_LEXICON, "meeting_verbs")


def governing_verb(noun):
    for child, head in tree.steps_up(noun, limit=5):
        if child.dep_ not in CLIMB:
            return None
        if head.pos_ in ("VERB", "AUX"):
            return head
    return None


def tied_tokens(noun) -> dict:
    """Token indices that speak about the talks noun: its own phrase and its governing verb
    (with the verb's auxiliaries and its non-clausal modifiers) when that verb is about the
    meeting itself."""
    # ranges, not sets of indices: a long sentence would make building them quadratic
    own = range(noun.left_edge.i, noun.right_edge.i + 1)
    verb = governing_verb(noun)
    clause = []
    if verb is not None and (verb.lemma_.lower() in _MEETING_VERBS
                             or noun.dep_ in ("nsubj", "nsubjpass")):
        clause.append(range(verb.i, verb.i + 1))
        for c in verb.children:
            if c.dep_ in ("aux", "auxpass", "neg", "prt", "npadvmod", "prep", "advmod", "xcomp",
                          "tmod", "obl"):
                clause.append(range(c.left_edge.i, c.right_edge.i + 1))
    return {"own": own, "clause": clause}


def _touches(tied, span) -> bool:
    """Whether a token of ``span`` is one of the words tied to the talks noun."""
    ranges = [tied["own"], *tied["clause"]]
    return any(i in r for i in range(span.start, span.end) for r in ranges)


def date_tied(ctx, ref, tied) -> bool:
    span = ctx.doc.char_span(ref.start, ref.end, alignment_mode="expand")
    if span is None:
        return True
    return _touches(tied, span)


def first_tied(ctx, table, text, s0, window, tied) -> str | None:
    """The first status whose cue lies in the words tied to the talks noun (or, without a
    parse, in a window around it)."""
    lo, hi = window
    for key, rx in table:
        if rx is None:
            continue
        for m in rx.finditer(text, lo, min(hi, len(text))):
            if tied is None:
                return key
            span = ctx.doc.char_span(s0 + m.start(), s0 + m.end(), alignment_mode="expand")
            if span is not None and _touches(tied, span):
                return key
    return None
