"""docview gives the same text, entities, sentences, heads and children as spaCy, built once."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente import docview

WORDS = ["The", "talks", "in", "Geneva", "ended", ".", "Lavrov", "met", "Rubio", "there",
         ".", "Both", "left", "."]
SPACES = [True, True, True, True, False, True, True, True, True, False, True, True, False,
          False]
HEADS = [1, 4, 1, 2, 4, 4, 7, 7, 7, 7, 7, 12, 12, 12]
DEPS = ["det", "nsubj", "prep", "pobj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "advmod",
        "punct", "nsubj", "ROOT", "punct"]
ENTS = ["O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "O"]


@pytest.fixture
def doc():
    return Doc(spacy.blank("en").vocab, words=WORDS, spaces=SPACES, heads=HEADS, deps=DEPS,
               ents=ENTS)


def test_values_equal_spacy_and_are_built_once(doc):
    text = "The talks in Geneva ended. Lavrov met Rubio there. Both left."
    assert docview.text(doc) == doc.text == text
    assert [(e.start, e.end, e.label_) for e in docview.ents(doc)] == [
        (3, 4, "GPE"), (6, 7, "PERSON"), (8, 9, "PERSON")]
    assert [(s.start, s.end) for s in docview.sents(doc)] == [(0, 6), (6, 11), (11, 14)]
    assert [t.i for t in docview.tokens(doc)] == list(range(14))
    assert docview.heads(doc) == [t.head.i for t in doc] == HEADS
    assert docview.children(doc) == [[c.i for c in t.children] for t in doc]
    assert docview.sents(doc) is docview.sents(doc)  # the second call reads the cache
    assert docview.tokens(doc) is docview.tokens(doc)


def test_entities_in_a_span_are_those_spacy_gives(doc):
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            assert [(e.start, e.end) for e in docview.ents_in(span)] == [
                (e.start, e.end) for e in span.ents], (start, end)


def test_shared_sentences_answer_token_and_span_sent_as_spacy_does(doc):
    expected = [(t.sent.start, t.sent.end) for t in doc]
    spans = [(s, e, doc[s:e].sent.start, doc[s:e].sent.end)
             for s in range(len(doc)) for e in range(s + 1, len(doc) + 1)]
    docview.share(doc)
    assert "sent" in doc.user_token_hooks and "sent" in doc.user_span_hooks
    assert [(t.sent.start, t.sent.end) for t in doc] == expected
    assert [(s, e, doc[s:e].sent.start, doc[s:e].sent.end)
            for s in range(len(doc)) for e in range(s + 1, len(doc) + 1)] == spans
    docview.release(doc)
    assert not doc.user_token_hooks and not doc.user_span_hooks
    assert docview._KEY not in doc.user_data


def test_a_doc_without_sentences_keeps_spacy_behaviour():
    doc = spacy.blank("en")("no parse here")
    docview.share(doc)
    assert not doc.user_token_hooks
    with pytest.raises(ValueError):
        doc[0].sent  # spaCy's own error: sentence boundaries unset


def test_release_after_a_failing_stage(doc):
    docview.text(doc)
    docview.share(doc)
    docview.release(doc)
    docview.release(doc)  # twice is harmless
    assert doc.user_data == {}


def test_sentences_before_nearest_first_and_stops_at_the_first_sentence(doc):
    third = doc[12].sent
    assert [s.text for s in docview.sentences_before(third, 1)] == ["Lavrov met Rubio there."]
    assert [s.start for s in docview.sentences_before(third, 5)] == [6, 0]
    assert docview.sentences_before(doc[0].sent, 3) == []
    assert docview.sentences_before(third, 0) == []
