"""The parse stage keeps a clause whole across an abbreviation ("a U.S. proposal", "on Feb.
24"), so every stage (events, quotes, the ledger) reads the same sentences; the ledger used
to re-join them on its own."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from detente.nlp import _abbreviation_join


def _starts(doc) -> list[int]:
    return [s.start for s in doc.sents]


@pytest.mark.parametrize("words, starts", [
    # split after "U.S." before a lower-case word: one sentence
    (["Aid", "from", "the", "U.S.", "officials", "said", "."], [0]),
    # ... before a digit ("Feb. 24")
    (["Talks", "resumed", "on", "Feb.", "24", "in", "Riyadh", "."], [0]),
    # a capitalised word after the abbreviation may start a sentence
    (["He", "left", "the", "U.S.", "Officials", "said", "so", "."], [0, 4]),
    # an ordinary full stop is not an abbreviation
    (["He", "left", ".", "he", "came", "back", "."], [0, 3]),
])
def test_no_sentence_starts_after_an_abbreviation_inside_a_clause(blank_nlp, words, starts):
    cut = next(i for i, w in enumerate(words) if i and words[i - 1] in ("U.S.", "Feb.", "."))
    doc = Doc(blank_nlp.vocab, words=words,
              sent_starts=[i in (0, cut) for i in range(len(words))])
    assert _starts(_abbreviation_join(doc)) == starts


@pytest.mark.model
def test_the_parser_runs_after_the_join_and_keeps_its_boundaries(nlp_sm):
    names = nlp_sm.pipe_names
    assert names.index("detente_abbreviation_join") < names.index("detente_sentence_cap") \
        < names.index("parser")
    # what the join relies on: a start the parser is told is not one stays joined
    doc = nlp_sm.make_doc("He left. They stayed.")
    doc[3].is_sent_start = False
    for name, proc in nlp_sm.pipeline:
        doc = proc(doc)
    assert _starts(doc) == [0]
