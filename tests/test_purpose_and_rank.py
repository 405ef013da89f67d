"""Means and their purpose, and a rank among doers (events/irrealis.py): "bought weapons to
attack bases" tells no attack (the parser hangs the infinitive on the object), "were
recruiting children to fight" no fight; "became the first country to support X" is support
given, though the parser hangs the infinitive on "became" as if it were a purpose. Every
sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article
from event_helpers import told

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Mali's junta said Monday the jihadists were buying weapons to attack military bases.",
    "Congo's army said Monday rebels were recruiting children to fight government forces.",
])
def test_an_attack_that_means_are_got_for_is_not_told(analyzer, text):
    assert "ASSAULT" not in told(analyzer, text, PUBLISHED)


@pytest.mark.model
def test_an_attack_told_done_stays(analyzer):
    text = "The jihadists attacked military bases in Mopti on Monday, Mali's junta said."
    assert "ASSAULT" in told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Kyrgyzstan's leaders took power on Friday. Russia became the first country to express "
     "its support for the new government.", "SUPPORT"),
    ("Israel struck Gaza on Monday. Egypt became the only Arab state to condemn the "
     "strikes.", "ACCUSE"),
])
def test_a_ranked_doer_did_the_act(analyzer, text, category):
    assert category in told(analyzer, text, PUBLISHED)


@pytest.mark.model
def test_a_purpose_without_a_rank_is_still_no_act(analyzer):
    text = "Kenya's president flew to Addis Ababa on Monday to condemn the attack."
    assert "ACCUSE" not in told(analyzer, text, PUBLISHED)


@pytest.mark.model
def test_a_day_run_over_a_comma_into_an_ending_still_dates_the_act(analyzer):
    # the NER takes "Tuesday, ending months" for one date (lexicon/time.yaml joined_expressions)
    text = ("Turkey's parliament approved Sweden's NATO membership on Tuesday, ending months "
            "of delay.")
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    events = [e for e in analysis.events if e.event == "SUPPORT"]
    assert [e.date for e in events] == ["2024-05-07"]
