"""Session 13, a battery of made-up stories on the country and role of actors and recipients.

- "X clashed with Y": Y, the other side of the clash, is the recipient, not the place the
  clash was in nor the doer's own state (lexicon/events.yaml clash_verbs,
  arguments._verb_roles). Not for "fought with", which may be on Y's side, and not for a
  "with" phrase naming no party.

Made-up sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

DAY = dt.date(2025, 6, 2)


@pytest.mark.model
def test_the_other_side_of_a_clash_is_the_recipient(analyzer):
    text = "LIMA, Peru — Students clashed with riot police outside the congress in Lima."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    (recipient,) = found.recipient
    assert "police" in recipient.text
    assert recipient.sector == "COP"
    assert recipient.code == "PER"


@pytest.mark.model
def test_soldiers_clashing_with_rebels_do_not_target_their_own_state(analyzer):
    text = "QUITO, Ecuador — Ecuadorian soldiers clashed with rebels near the border, the army said."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert [r.sector for r in found.recipient] == ["REB"]
    assert "rebels" in found.recipient[0].text
