"""parse_repairs: an intent verb's to-infinitive stays its complement when a date stands
between them ("threatened on Monday to impose tariffs")."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import knowledge, nlp as nlp_mod
from detente.records import Article

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2025, 3, 12)


@pytest.fixture(scope="module")
def analyzer():
    from detente.pipeline import Analyzer

    return Analyzer()


def _told(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.event, e.modality) for e in analysis.events]


def test_control_verbs_are_data():
    assert {"threaten", "vow", "agree", "refuse"} <= knowledge.words("lexicon/events.yaml",
                                                                       "control_verbs")


def test_the_infinitive_after_a_date_is_relabelled_a_complement():
    doc = nlp_mod.load()("The ministry threatened on Thursday to expel the envoy.")
    expel = next(t for t in doc if t.lower_ == "expel")
    assert expel.dep_ == "xcomp" and expel.head.lower_ == "threatened"


def test_a_purpose_clause_of_another_verb_is_left_alone():
    doc = nlp_mod.load()("Police fired tear gas on Sunday to disperse the crowd.")
    disperse = next(t for t in doc if t.lower_ == "disperse")
    assert disperse.dep_ != "xcomp"


@pytest.mark.parametrize("text", [
    "Washington threatened on Monday to impose new tariffs on Brazilian goods.",
    "The prime minister threatened on Friday to slap tariffs on Canadian steel.",
])
def test_threatened_tariffs_are_not_imposed(analyzer, text):
    told = _told(analyzer, text)
    assert ("THREATEN", "asserted") in told
    assert ("SANCTION", "asserted") not in told
