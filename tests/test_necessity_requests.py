"""A reported clause that calls another party's act necessary asks it of that party
(events/candidates.py _necessity). Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The Kenyan minister said it is vital that Somalia withdraw its troops from the border.",
     ["KEN"], ["SOM"]),
    ("The U.S. State Department said on Friday that it is important that the Thai military "
     "end the coup.", ["USA"], ["THA"]),
])
def test_an_act_called_necessary_is_asked_of_its_doer(analyzer, text, actor, recipient):
    (request,) = events_in(analyzer, text, "REQUEST", PUBLISHED)
    assert codes(request.actor) == actor and codes(request.recipient) == recipient


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister said it is important that we stay calm.",  # the speaker's own side
    "The minister said it is important to stay calm.",  # no one asked
    "The minister said the vote was important.",  # no act called for
])
def test_a_necessity_asking_no_other_party_is_no_request(analyzer, text):
    assert events_in(analyzer, text, "REQUEST", PUBLISHED) == []
