"""Events named but not told (issue 9, round 7, false events): an event noun weighed or
named as a field of knowledge (events/topic_nouns.py), a thing that threatens to do harm
(events/cautions.py), the second thing a demand asks for (candidates._joined_content), a
resignation sought, an act asked about in a direct question (events/nonevents.py), an envoy
sent "to help" (a visit, not aid). Made-up sentences through the real model; each case has
a twin where the event is told."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2025, 3, 14)


def _told(analyzer, text) -> set[str]:
    return told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # an event noun weighed: its effects, or a judgement of it
    ("Canadian sanctions will have a lasting effect on Venezuela's oil exports.",
     "SANCTION", False),
    ("Canada imposed sanctions on Venezuela's oil exports on Tuesday.", "SANCTION", True),
    ("The American embargo on Cuba has led to shortages, Cuban economists said.",
     "SANCTION", False),
    ("Pakistan's talks with the Taliban are the top priority, Islamabad said.",
     "CONSULT", False),
    # a dated occasion judged is still told
    ("Monday's talks between Chile and Peru were constructive, the ministry said.",
     "CONSULT", True),
    # ... and so is a recent act judged, or one named with its parties
    ("Recent agreements between Chile and Peru are a positive sign, the envoy said.",
     "AGREE", True),
    # an act framed as a subject of talk or thought
    ("Germany raised the question of new EU sanctions on Iran with the ministers.",
     "SANCTION", False),
    ("Germany imposed sanctions on Iran's drone makers.", "SANCTION", True),
    ("Warsaw has raised the question of Polish troops deploying to Ukraine.",
     "MOBILIZE", False),
    # an event noun naming what an expert knows
    ("Maria Lenz, one of the leading experts on Russian sanctions, spoke in Berlin.",
     "SANCTION", False),
    # a thing that threatens to do harm is no threat made
    ("Continued Pakistani militant violence has threatened to derail the peace process "
     "with India.", "THREATEN", False),
    ("Pakistan threatened to end the peace process with India.", "THREATEN", True),
    ("The feud between Nepal's two ruling parties has threatened to split the cabinet.",
     "THREATEN", False),
    ("Zambia had calm years before a feud between the president and his deputy bubbled "
     "over into unrest and threatened to split the country.", "THREATEN", False),
])
def test_named_not_told(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told


@pytest.mark.model
def test_second_thing_demanded_is_no_act(analyzer):
    text = ("Pakistani analysts are sceptical, given the Taliban's demands for sharia law "
            "and a withdrawal of Pakistani troops from the tribal areas.")
    assert "RETREAT" not in _told(analyzer, text)


@pytest.mark.model
def test_resignation_sought_is_a_request(analyzer):
    told = _told(analyzer, "Kenya's opposition sought the interior minister's resignation.")
    assert "REQUEST" in told and "RETREAT" not in told


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    ("Why did the Burmese soldiers kill our sons?", "ASSAULT", False),
    ("Did the Malian army attack the village first?", "ASSAULT", False),
    ("How did Armenia and Azerbaijan agree to a truce?", "AGREE", False),
    # an act told before a question about it is still told
    ("Armenia and Azerbaijan agreed to a truce, but who will monitor it?", "AGREE", True),
])
def test_asked_not_told(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told


@pytest.mark.model
def test_envoy_sent_to_help_is_a_visit(analyzer):
    told = _told(analyzer, "Qatar sent its foreign minister to Kabul to help resolve the "
                           "dispute.")
    assert "CONSULT" in told and "AID" not in told
    assert "AID" in _told(analyzer, "Japan sent food and medicine to help flood victims in "
                                    "Pakistan.")
