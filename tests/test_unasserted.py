"""Events told as not done or as ahead that no coder would record are left out
(events/unasserted.py): a condition, an effort's aim, a demand's content, another party's
expected act, a wish adverb, a not-done act with no coded party. Made-up sentences through
the real model; each left-out case has a twin that stays."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _found(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.event, e.modality) for e in result.events]


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # the condition of another clause
    ("Peru's minister said its navy would respond if Chile attacks Peru's fishing boats.",
     "ASSAULT"),
    # what an effort is for
    ("Tokyo is expected to move up the ladder in attempts to induce South Korean concessions, "
     "an analyst said.", "CONCEDE"),
    ("The council raised sanctions on Peru in 2016 in an effort to make the country give up "
     "its missile program.", "RETREAT"),
    # a demand's content: the demand is the event
    ("Many things the Chilean president said were that Peru must quit intimidating Bolivia.",
     "RETREAT"),
    # another party's act that one expects
    ("A Chilean general said he is expecting Peru to launch a long-range missile soon.",
     "MOBILIZE"),
    # a cooperative act ahead with no counterpart
    ("\"We will continue working with the Justice Department to fend off these lawsuits,\" "
     "a Peruvian official said.", "COOPERATE"),
])
def test_left_out(analyzer, text, event):
    assert event not in {e for e, _ in _found(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, event, modality", [
    # a plan or a promise by the party itself stays
    ("Chile said on Tuesday that it would resume cooperation with Peru.", "COOPERATE",
     "hypothetical"),
    ("Peru's foreign minister will meet Chile's president in Lima on Monday.", "CONSULT",
     "future"),
    # ... and with its counterpart it stays
    ("Chile will cooperate with Peru in building a new port, the minister said.", "COOPERATE",
     "future"),
    # a refusal stays
    ("Peru has refused to meet Chilean officials to discuss the border.", "CONSULT",
     "negated"),
    # the business of a trip is done on it
    ("Peru's ministers were in Santiago this week to meet with Chilean officials.", "CONSULT",
     "hypothetical"),
    # "not only ... but also" negates nothing
    ("Chilean lawmakers are not only angry with Lima but also with Peru's attack on Bolivia "
     "on Monday.", "ASSAULT", "asserted"),
])
def test_kept(analyzer, text, event, modality):
    assert (event, modality) in _found(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, event, asserted", [
    # an absolute clause keeps its own modality: the threat was made
    ("Tensions could rise further, with Russia threatening to cut gas supplies to Moldova.",
     "THREATEN", True),
    # ... but "without" tells an act not done
    ("Relations could worsen without Chile agreeing to the terms.", "AGREE", False),
])
def test_absolute_clause(analyzer, text, event, asserted):
    assert ((event, "asserted") in _found(analyzer, text)) is asserted
