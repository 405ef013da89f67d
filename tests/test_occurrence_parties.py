"""An event noun told through the verb of its happening takes the parties of that verb's
"between" phrase (events/occurrence.py). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from detente.events.occurrence import occurred, onset_verb
from detente.records import Article

PUBLISHED = dt.date(2024, 3, 8)


def _parsed(words, heads, deps, pos, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas)


def _noun_cand(tok):
    return SimpleNamespace(kind="noun", noun=tok, anchor=None)


def test_the_subject_of_an_occurrence_verb_takes_that_verb():
    doc = _parsed(["clashes", "erupted", "between", "Chad", "and", "Niger"],
                  [1, 1, 1, 2, 3, 3], ["nsubj", "ROOT", "prep", "pobj", "cc", "conj"],
                  ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN"],
                  ["clash", "erupt", "between", "Chad", "and", "Niger"])
    assert occurred(doc[1])
    assert onset_verb(_noun_cand(doc[0])).i == 1


def test_a_relative_clause_of_happening_stands_for_its_noun():
    doc = _parsed(["in", "clashes", "that", "broke", "out", "between", "police", "and", "youths"],
                  [0, 0, 3, 1, 3, 3, 5, 6, 6],
                  ["ROOT", "pobj", "nsubj", "relcl", "prt", "prep", "pobj", "cc", "conj"],
                  ["ADP", "NOUN", "PRON", "VERB", "ADP", "ADP", "NOUN", "CCONJ", "NOUN"],
                  ["in", "clash", "that", "break", "out", "between", "police", "and", "youth"])
    assert onset_verb(_noun_cand(doc[1])).i == 3


def test_a_verb_that_does_not_tell_a_happening_gives_no_parties():
    doc = _parsed(["clashes", "ended", "between", "Chad", "and", "Niger"],
                  [1, 1, 1, 2, 3, 3], ["nsubj", "ROOT", "prep", "pobj", "cc", "conj"],
                  ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN"],
                  ["clash", "end", "between", "Chad", "and", "Niger"])
    assert not occurred(doc[1])
    assert onset_verb(_noun_cand(doc[0])) is None


def _assaults(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(tuple(sorted({a.code for a in e.actor if a.code})), e.modality)
            for e in analysis.events if e.event == "ASSAULT"]


@pytest.mark.model
@pytest.mark.parametrize("text, actors", [
    ("Heavy clashes broke out on Thursday between Eritrea and Ethiopia.", ("ERI", "ETH")),
    ("Fighting erupted on Wednesday between Chad and Sudan along their border.",
     ("SDN", "TCD")),
])
def test_clashes_that_broke_out_between_two_states_are_theirs(analyzer, text, actors):
    assert (actors, "asserted") in _assaults(analyzer, text)


@pytest.mark.model
def test_a_war_that_broke_out_as_a_time_frame_is_no_new_clash(analyzer):
    text = "Bread prices in Egypt have doubled since war broke out between Israel and Hamas."
    assert _assaults(analyzer, text) == []
