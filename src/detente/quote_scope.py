"""How far a report reaches, read from the parse: the words of reported speech after a speech
verb, and quoted words that belong to a question put to the speaker rather than to her, or
that the writer holds at a distance ("the so-called 'peace corridor'").

Parse-only helpers of the quote stage (no article context).
"""

from __future__ import annotations

from . import knowledge, tree

#: "Asked whether the 'deal' was dead, X said": the question's words are not X's
QUESTION_VERBS = knowledge.words("lexicon/speech.yaml", "questioning_participles")
#: how far up the parse a quote looks for a passive question verb ("X was asked: “…?”")
_CLIMB = 8
#: "the so-called 'peace corridor'": words the writer marks as someone else's label
DISTANCING = knowledge.words("lexicon/speech.yaml", "distancing_words")
#: how many tokens a distancing word spans ("so", "-", "called")
_DISTANCING_TOKENS = 3


def clause_edges(clause, verb):
    """First and last word of the reported speech whose complement is ``clause`` of the
    speech ``verb``. The parser may split one report into two complements ("X said the envoy
    and the second official had been wearing vests": "IS" and "wearing"), and may head the
    complement with a noun ("X said the group's strategy appears ...": "strategy"); the
    report is both complements, and in the second case runs to the sentence's end."""
    lo, hi = clause.left_edge, clause.right_edge
    if clause.i < verb.i:
        return lo, hi
    for other in verb.rights:
        if other.dep_ == "ccomp" and other.i > clause.i:
            hi = other.right_edge
    if clause.pos_ in ("VERB", "AUX"):
        return lo, hi
    end = clause.sent.end - 1
    while end > hi.i and clause.doc[end].is_punct:
        end -= 1
    return lo, clause.doc[end]


def reporters_words(words) -> bool:
    """Whether quoted ``words`` (a span) are the reporter's, not a speaker's: part of a
    question put to the speaker (``in_question``), or a label the writer distances herself
    from ("the so-called 'buffer zone'", "the self-styled 'government'")."""
    return in_question(words) or _distanced(words)


def _distanced(words) -> bool:
    if words is None:
        return False
    doc, k = words.doc, words.start - 1
    while k >= 0 and doc[k].is_quote and words.start - k <= 2:
        k -= 1  # the opening mark, when the span starts inside it
    if k < 0:
        return False
    before = "".join(t.text_with_ws for t in doc[max(0, k + 1 - _DISTANCING_TOKENS):k + 1])
    before = before.strip().lower()
    return any(before == w or before.endswith((" " + w, "(" + w)) for w in DISTANCING)


def in_question(words) -> bool:
    """Whether quoted ``words`` (a span) lie in a question put to the speaker: after a
    participle opening the sentence and before the verb it hangs on ("Asked by reporters if
    the 'red line' was crossed, X said", "When pressed about the 'deal', X said"; the parser
    often hangs the question's own clause on the main verb), or under a passive one ("X was
    asked: “…?”")."""
    if words is None:
        return False
    for tok in words.sent:
        if tok.i >= words.start:
            break
        if _questioning(tok) and tok.dep_ != "ROOT" and words.end <= tok.head.i:
            return True
    return any(_questioning(tok) and any(c.dep_ == "auxpass" for c in tok.children)
               for _, tok in tree.steps_up(words.root, _CLIMB))


def _questioning(tok) -> bool:
    """A question participle with no subject of its own ("Asked", "When pressed"), or a
    passive one ("was asked")."""
    if tok.lemma_.lower() not in QUESTION_VERBS or tok.tag_ != "VBN":
        return False
    deps = {c.dep_ for c in tok.children}
    return "auxpass" in deps or not deps & {"nsubj", "nsubjpass"}
