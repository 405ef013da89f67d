"""A relative clause of saying ("the strikes that Ankara said killed ...") reports an act whose
doer is the noun the clause hangs on, never the one who says it (events/phrases.py). Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from detente.events.phrases import subject_of
from event_helpers import codes as _codes, events_in

PUBLISHED = dt.date(2025, 6, 2)


def _parsed(words, heads, deps, pos, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas)


def test_the_act_a_relative_clause_of_saying_reports_is_done_by_its_antecedent():
    # "shelling that Baku said killed two farmers"
    doc = _parsed(["shelling", "that", "Baku", "said", "killed", "two", "farmers"],
                  [0, 4, 3, 0, 3, 6, 4],
                  ["ROOT", "nsubj", "nsubj", "relcl", "ccomp", "nummod", "dobj"],
                  ["NOUN", "PRON", "PROPN", "VERB", "VERB", "NUM", "NOUN"],
                  ["shelling", "that", "Baku", "say", "kill", "two", "farmer"])
    subj, passive = subject_of(doc[4])
    assert (subj.i, passive) == (0, False)


def test_an_act_reported_with_its_own_subject_keeps_it():
    # "shelling that Baku said Yerevan ordered"
    doc = _parsed(["shelling", "that", "Baku", "said", "Yerevan", "ordered"],
                  [0, 5, 3, 0, 5, 3],
                  ["ROOT", "dobj", "nsubj", "relcl", "nsubj", "ccomp"],
                  ["NOUN", "PRON", "PROPN", "VERB", "PROPN", "VERB"],
                  ["shelling", "that", "Baku", "say", "Yerevan", "order"])
    subj, _ = subject_of(doc[5])
    assert subj.i == 4


@pytest.mark.model
def test_the_party_that_reports_a_strike_is_not_its_doer(analyzer):
    text = ("Syria's interim government condemned Turkish airstrikes that Damascus said "
            "killed 12 civilians in Hasakah province on Monday.")
    (event,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert _codes(event.actor) == ["TUR"]
    assert _codes(event.recipient) == ["SYR"]
