"""Events stage: what one party expects another party to do is a demand (REQUEST of the party
expected to act); forecasts and plans are not (events/expectations.py). Made-up sentences on
the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

pytestmark = pytest.mark.model

DAY = dt.date(2025, 3, 12)


@pytest.mark.parametrize("text, actor, recipient", [
    # a state expects another state's government to act
    ('"Pakistan expects the Interim Afghan Government to uphold its responsibilities," the '
     "military said.", ["PAK"], ["AFG"]),
    # a leader, through "he said he expects"
    ("Iranian President Hassan Rouhani has said he expects France and Germany to propose "
     "measures in the coming days.", ["IRN"], ["DEU", "FRA"]),
])
def test_a_party_expected_to_act_is_asked(analyzer, text, actor, recipient):
    found = [e for e in events_in(analyzer, text, "REQUEST", DAY)
             if e.evidence.trigger.startswith("expect")]
    assert found and codes(found[0].actor) == actor and codes(found[0].recipient) == recipient


@pytest.mark.parametrize("text", [
    # a forecast of an adversary's act of force
    "A U.S. general said he is expecting North Korea to launch a long-range missile.",
    # no party to act: a number
    "The lawyers group in Sudan expects the death toll in Nyala to rise.",
    # a clause, not an infinitive: an opinion
    "The Kenyan minister expects few will follow the trial in Paris.",
    # a plan of the subject's own
    "Kenya's president is expected to meet Uganda's president on Friday.",
])
def test_forecasts_and_plans_ask_nothing(analyzer, text):
    assert not [e for e in events_in(analyzer, text, "REQUEST", DAY)
                if e.evidence.trigger.startswith("expect")]


def test_the_act_inside_a_passive_expectation_is_still_read(analyzer):
    # "expected" must not swallow the request it frames
    text = ("Clinton arrived in Moscow on Monday. She is expected to press the Russian leader "
            "for a strong commitment on sanctions.")
    found = events_in(analyzer, text, "REQUEST", DAY)
    assert [e.evidence.trigger for e in found] == ["press"]
