"""A report told in the news present: "The report accuses X of ..." is its author's accusation
(a report is an utterance, unlike a charter whose present tense tells what a standing text
says), and its author is found through a name written before the noun ("the new U.S.
report") or through a run of "the report" mentions (data/lexicon/cautions.yaml
document_nouns; events/issuers.py). Made-up sentences, the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 10)


def events(analyzer, text, category):
    """(actor codes, recipient codes) of each asserted event of ``category``."""
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
            for e in analysis.events if e.event == category and e.modality == "asserted"]


@pytest.mark.model
def test_a_report_accusing_in_the_present_is_its_authors_act(analyzer):
    text = ("The State Department released its yearly report on Thursday. "
            "The report accuses Belarusian police of beating detainees.")
    assert events(analyzer, text, "ACCUSE") == [(["USA"], ["BLR"])]


@pytest.mark.model
def test_a_name_before_the_report_is_its_author(analyzer):
    text = ("The new Canadian report says prisons are crowded. "
            "The report condemns the treatment of Tamil detainees by Sri Lankan guards.")
    assert events(analyzer, text, "ACCUSE") == [(["CAN"], ["LKA"])]


@pytest.mark.model
def test_the_author_carries_through_a_run_of_mentions(analyzer):
    text = ("The U.S. report on religious freedom came out on Monday. "
            "It lists several countries. "
            "Officials in Hanoi did not respond. "
            "The report names twelve of them. "
            "Critics praised its detail. "
            "Diplomats read it closely. "
            "The report also urges Laos to release jailed pastors.")
    assert events(analyzer, text, "REQUEST") == [(["USA"], ["LAO"])]


@pytest.mark.model
def test_a_charter_in_the_present_still_tells_no_act(analyzer):
    text = ("The African Union adopted its charter decades ago. "
            "The charter calls on members to respect borders.")
    assert events(analyzer, text, "REQUEST") == []
