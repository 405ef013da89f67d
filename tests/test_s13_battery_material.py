"""Session 13, a battery of made-up material-event sentences: constructions it found failing.

- A nationality before a person noun the sector list knew only in the plural ("a French
  tourist", "a Canadian pilgrim") named the country alone: the singulars are CVL words
  (actors/sectors.yaml).
- Reservists or troops "called up" are forces mobilized (MOBILIZE troops); a player or a
  person called up is no event (triggers.yaml senses "call up").
- "The government" with no state named just before it kept no sector at all: it is GOV, and
  takes the country of the act's place or of the story's setting (actor_backrefs.unplaced_ref,
  actors._add_mention).
- "X warned that rebels could attack": a forecast of an armed group's act by a warner of no
  such sector, no threat by X (cautions.yaml irregular_sectors, cautions._irregular_other).
- An indefinite strike, or one over salaries, is labour's, not an attack (triggers.yaml).
- A wedding party is civilians, not a political party (sectors.yaml).
- "convicted of spying for X": a state named in the offence phrase is neither the act's
  place nor the country of its doers (events/offences.py, extract._tied and _locate).
- "said reports that troops had shelled the village were false": "report" is a claim noun,
  also when the parser tags it as a verb (triggers.yaml claim_nouns,
  candidates._allegation_contents).
- "kidnapped 30 students from a school in X": the students stay the recipient, of X's
  country, rather than X in their stead (recipients.yaml victim_object_categories,
  object_places._victims).
- "The town fell to rebel forces": ground taken, ASSAULT occupy with the "to" phrase as doer;
  prices, a task or a match that "fell to" someone are no event (triggers.yaml "fall to",
  material.yaml yielding_phrasals and ground_nouns, material._fallen_to).

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


@pytest.mark.model
def test_an_unplaced_government_is_gov_of_the_acts_place(analyzer):
    text = "The government imposed a curfew in Lima on Sunday."
    (found,) = events_in(analyzer, text, "COERCE", DAY)
    (actor,) = found.actor
    assert (actor.code, actor.sector) == ("PER", "GOV")


@pytest.mark.model
def test_a_government_named_far_from_its_state_takes_the_setting(analyzer):
    text = ("LIMA, Peru - Protests spread on Monday. Thousands marched in the streets. Shops "
            "were closed across the city. Many schools were shut. The government imposed a "
            "curfew on Tuesday.")
    (found,) = events_in(analyzer, text, "COERCE", DAY)
    (actor,) = found.actor
    assert (actor.code, actor.sector) == ("PER", "GOV")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rebels could attack the capital within days, a Peruvian official warned.",
    "A Peruvian official warned that gunmen might strike the capital again.",
])
def test_a_warning_that_an_armed_group_could_act_is_no_threat(analyzer, text):
    assert events_in(analyzer, text, "THREATEN", DAY) == []


@pytest.mark.model
def test_rebels_warning_of_fighters_still_threaten(analyzer):
    # the warner is of the armed group's own sector: its side's act
    text = "Peruvian rebels warned that fighters would attack the capital if talks failed."
    assert len(events_in(analyzer, text, "THREATEN", DAY)) == 1


@pytest.mark.model
def test_an_indefinite_strike_over_salaries_is_a_labour_strike(analyzer):
    text = "Health workers in Peru began an indefinite strike on Monday over unpaid salaries."
    assert [e.mode for e in events_in(analyzer, text, "PROTEST", DAY)] == ["strike"]
    assert events_in(analyzer, text, "ASSAULT", DAY) == []


@pytest.mark.model
def test_a_wedding_party_is_civilians(analyzer):
    text = "Gunmen opened fire on a wedding party in northern Peru on Sunday, killing 14 guests."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert [r.sector for r in found.recipient] == ["CVL"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "A court convicted the activist of spying for Peru.",
    "Chile executed four men convicted of spying for Peru.",
])
def test_a_state_the_offence_served_is_not_the_convicting_one(analyzer, text):
    # the offence phrase "of spying for Peru" names whom the deed served, not the court's state
    for found in events_in(analyzer, text, "SANCTION", DAY):
        assert "PER" not in codes(found.actor)


@pytest.mark.model
def test_reports_called_false_are_rejected_not_told_as_done(analyzer):
    text = "The Chilean army said reports that its troops had shelled the village were false."
    assert events_in(analyzer, text, "ASSAULT", DAY) == []
    assert [codes(e.actor) for e in events_in(analyzer, text, "REJECT", DAY)] == [["CHL"]]


@pytest.mark.model
def test_people_taken_from_a_place_keep_it_as_their_country(analyzer):
    text = "Gunmen kidnapped 30 students from a boarding school in Peru on Sunday."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert [(r.text, r.code, r.sector) for r in found.recipient] == [("students", "PER", "EDU")]


@pytest.mark.model
def test_the_doers_own_troops_still_give_way_to_the_place(analyzer):
    # "its troops" are the doer's: the place's state is on the other end
    (found,) = events_in(analyzer, "Chile withdrew its troops from Peru on Sunday.",
                         "RETREAT", DAY)
    assert codes(found.recipient) == ["PER"]


@pytest.mark.model
def test_ground_that_fell_to_a_force_was_taken_by_it(analyzer):
    text = "The air base fell to rebel forces in Peru on Sunday."
    (found,) = events_in(analyzer, text, "ASSAULT", DAY)
    assert found.mode == "occupy"
    assert [a.sector for a in found.actor] == ["REB"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Oil prices in Peru fell to $60 a barrel on Monday.",  # no ground
    "The task fell to the Peruvian army on Monday.",  # a duty, no ground
    "Peru fell to Chile in the semi-final on Sunday.",  # a match lost
])
def test_what_falls_to_a_party_without_being_ground_is_no_attack(analyzer, text):
    assert events_in(analyzer, text, "ASSAULT", DAY) == []
