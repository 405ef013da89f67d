"""Session 13, a battery of made-up material-event sentences: constructions it found failing.

- A nationality before a person noun the sector list knew only in the plural ("a French
  tourist", "a Canadian pilgrim") named the country alone: the singulars are CVL words
  (actors/sectors.yaml).
- Reservists or troops "called up" are forces mobilized (MOBILIZE troops); a player or a
  person called up is no event (triggers.yaml senses "call up").

Made-up sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

DAY = dt.date(2025, 6, 2)


@pytest.mark.model
@pytest.mark.parametrize("noun", ["tourist", "pilgrim", "passenger"])
def test_a_national_person_noun_is_a_civilian_of_that_country(analyzer, noun):
    text = f"Zorland police detained a Peruvian {noun} in the capital on Saturday."
    (found,) = events_in(analyzer, text, "COERCE", DAY)
    (recipient,) = found.recipient
    assert recipient.code == "PER"
    assert recipient.sector == "CVL"
    assert noun in recipient.text


@pytest.mark.model
def test_reservists_called_up_are_mobilized(analyzer):
    text = "Peru called up 20,000 reservists on Sunday ahead of the planned offensive."
    (found,) = events_in(analyzer, text, "MOBILIZE", DAY)
    assert found.mode == "troops"
    assert codes(found.actor) == ["PER"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a squad of players, not forces
    "The Peruvian coach called up three new players for the match on Sunday.",
    # a telephone call to a person
    "The Peruvian president called up his Chilean counterpart on Sunday.",
])
def test_others_called_up_are_no_mobilization(analyzer, text):
    assert events_in(analyzer, text, "MOBILIZE", DAY) == []
