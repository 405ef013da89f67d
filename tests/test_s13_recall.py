"""Session 13, recall: events the pipeline missed for a general reason, read again.

- Two verbs of one category joined, each with its own object and of another mode, are two
  acts ("recalled its envoy and expelled the consul"): candidates._second_act,
  retellings._own_objects.
- A "that" clause telling a statement's content takes no sense cue from the noun "statement"
  ("said in a statement that troops attacked a post" is an attack): senses.cue_words.
- "counterattack" is force, and the answer to an attack: a later "condemned the attack" is
  aimed at the first attacker (answering_force, recipients.earlier_doers, aims).
- Appreciation expressed, support stated: SUPPORT phrases (triggers.yaml).
- A sanction imposed "over the past years" is told, not a tally (ontology.yaml tallied).
- "has been engaged in talks with X": the engaged are the doers (material.yaml engaged_verbs).
- "an agreement they reached", "the talks X held": a relative clause whose light verb has a
  subject of its own is the event told with its doer (triggers._relative_doer).
- "set themselves on fire in protest": a light verb of intent ("set") told with a stance
  ("in protest") is the act done, not one planned (modality._planned).

Made-up sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

DAY = dt.date(2025, 3, 4)


@pytest.mark.model
def test_joined_verbs_of_one_kind_with_own_objects_are_two_acts(analyzer):
    text = ("Peru's president said he had recalled his country's envoy in Chile and expelled "
            "Chile's consul from Lima.")
    found = events_in(analyzer, text, "SANCTION", DAY)
    assert sorted(e.mode for e in found) == ["expel", "withdraw"]
    assert all(codes(e.actor) == ["PER"] for e in found)


@pytest.mark.model
def test_joined_attack_verbs_stay_one_attack(analyzer):
    found = events_in(analyzer, "Rebels shelled the Peruvian town and killed 20 villagers.",
                      "ASSAULT", DAY)
    assert len(found) == 1


@pytest.mark.model
def test_a_statement_that_troops_attacked_is_an_attack(analyzer):
    text = "The Chilean army issued a statement that Peruvian troops attacked a Chilean convoy."
    assert [codes(e.actor) for e in events_in(analyzer, text, "ASSAULT", DAY)] == [["PER"]]
    assert events_in(analyzer, text, "ACCUSE", DAY) == []


@pytest.mark.model
def test_counterattack_is_force(analyzer):
    text = "Rebels overran the outpost on Sunday, but Peruvian soldiers counterattacked."
    assert ["PER"] in [codes(e.actor) for e in events_in(analyzer, text, "ASSAULT", DAY)]


@pytest.mark.model
def test_condemned_attack_is_not_the_counterattack(analyzer):
    text = ("Chilean rebels attacked a Peruvian army post on Sunday. The rebels held the post "
            "for an hour, but Peruvian troops counterattacked. Brazil condemned the attack "
            "on Monday.")
    (accuse,) = events_in(analyzer, text, "ACCUSE", DAY)
    assert codes(accuse.actor) == ["BRA"]
    assert codes(accuse.recipient) == ["CHL"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Brazil's president has expressed his appreciation for Peru's help with the rescue.",
    "Argentina's foreign minister stated her support for the Chilean plan on Monday.",
])
def test_appreciation_and_stated_support_are_support(analyzer, text):
    assert len(events_in(analyzer, text, "SUPPORT", DAY)) == 1


@pytest.mark.model
def test_sanctions_imposed_over_years_are_told(analyzer):
    text = "Over the past two years, the European Union has imposed sanctions on Belarus."
    (found,) = events_in(analyzer, text, "SANCTION", DAY)
    assert codes(found.recipient) == ["BLR"]


@pytest.mark.model
def test_killings_over_a_year_stay_a_tally(analyzer):
    text = "In the last year, more than 300 Peruvian soldiers have been killed by rebels."
    assert events_in(analyzer, text, "ASSAULT", DAY) == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Peru's president has been engaged since March in secret talks with Chilean rebels.",
    "Peru's foreign minister is engaged in talks with Chile over the border.",
])
def test_the_engaged_are_the_doers_of_talks(analyzer, text):
    (talks,) = events_in(analyzer, text, "CONSULT", DAY)
    assert codes(talks.actor) == ["PER"]
    assert codes(talks.recipient) == ["CHL"]


@pytest.mark.model
def test_an_agreement_they_reached_is_theirs(analyzer):
    text = "The new pact would build on a temporary agreement Peru and Chile reached last May."
    (agreed,) = events_in(analyzer, text, "AGREE", DAY)
    assert codes(agreed.actor) == ["CHL", "PER"]
    assert agreed.modality == "historical"


@pytest.mark.model
def test_talks_they_held_are_theirs(analyzer):
    (talks,) = events_in(analyzer, "The talks Peru held with Chile in May failed.", "CONSULT",
                         DAY)
    assert codes(talks.actor) == ["PER"]
    assert codes(talks.recipient) == ["CHL"]


@pytest.mark.model
def test_set_on_fire_in_protest_is_done_not_planned(analyzer):
    text = "Two Peruvian farmers set themselves on fire in protest on Monday."
    (protest,) = events_in(analyzer, text, "PROTEST", DAY)
    assert protest.modality == "asserted"


@pytest.mark.model
def test_scheduled_talks_stay_ahead(analyzer):
    (talks,) = events_in(analyzer, "Peru has scheduled talks with Chile.", "CONSULT", DAY)
    assert talks.modality == "future"
