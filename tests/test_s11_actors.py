"""Session 11 (the actor side): constructions found on fresh whole articles. Every sentence
here is made up for the tests (none comes from an evaluation set or a fresh article)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import knowledge
from event_helpers import codes, events_in

PUBLISHED = dt.date(2025, 6, 2)

STORY = ("Chad shelled rebel positions near the Sudanese border on Monday, killing dozens of "
         "fighters, officials said.\n\n"
         "Chad also banned opposition rallies in the capital, N'Djamena, the interior ministry "
         "said.\n\n"
         "A Chadian offensive against the rebels last year drove thousands from their homes.")


def test_the_sector_of_an_attacking_state_is_data():
    assert knowledge.table("lexicon/actors.yaml", "acting_state_sectors") == {"ASSAULT": "MIL"}


@pytest.mark.model
def test_a_state_that_attacks_acts_through_its_forces(analyzer):
    by_trigger = {e.evidence.trigger: e for e in events_in(analyzer, STORY, "ASSAULT",
                                                           PUBLISHED)}
    shelled = by_trigger["shelled"]
    assert codes(shelled.actor) == ["TCD"]
    assert [a.sector for a in shelled.actor] == ["MIL"]
    assert codes(shelled.recipient) == ["TCD"]
    assert [r.sector for r in shelled.recipient] == ["REB"]
    # the state's adjective on the act ("a Chadian offensive") names the same doer
    offensive = by_trigger["offensive"]
    assert codes(offensive.actor) == ["TCD"]
    assert [a.sector for a in offensive.actor] == ["MIL"]


@pytest.mark.model
def test_a_state_that_bans_keeps_its_government(analyzer):
    (ban,) = events_in(analyzer, STORY, "COERCE", PUBLISHED)
    assert ban.evidence.trigger == "banned"
    assert codes(ban.actor) == ["TCD"]
    assert [a.sector for a in ban.actor] == ["GOV"]


ARRESTS = ("Protesters marched through the capital of Chad on Saturday against rising fuel "
           "prices.\n\n"
           "A student organiser was arrested on Sunday in the town of Abeche, his lawyer said.\n\n"
           "He had been rearrested in 2021 after a similar march.\n\n"
           "Chadian police arrested two more activists on Monday, officials said.")


def test_the_sector_of_an_unnamed_arrester_is_data():
    table = knowledge.table("lexicon/actors.yaml", "unnamed_doer_sectors")
    assert table["arrest"] == table["rearrest"] == "COP"


@pytest.mark.model
def test_the_state_behind_an_arrest_no_words_name_is_its_police(analyzer):
    events = events_in(analyzer, ARRESTS, "COERCE", PUBLISHED)
    # a passive arrest told with its place, and one told with no place in a story of Chad
    unnamed = [e for e in events if "police" not in e.actor[0].text]
    assert sorted(e.evidence.trigger for e in unnamed) == ["arrested", "rearrested"]
    for event in unnamed:
        assert codes(event.actor) == ["TCD"]
        assert [a.sector for a in event.actor] == ["COP"]
    (named,) = [e for e in events if "police" in e.actor[0].text]
    assert [a.sector for a in named.actor] == ["COP"]


TWO_STATES = ("A Kenyan judge on Monday blocked the deportation of a Ugandan opposition activist, "
              "in a case that has strained ties between Kenya and Uganda.\n\n"
              "Ugandan officials had asked Kenya to hand over the activist, who fled Kampala last "
              "year. Uganda's foreign ministry called the ruling regrettable.\n\n"
              "The judge ordered the government to release the activist within 48 hours.\n\n"
              "The court also barred police from arresting him again, his lawyer said.")

BARE_PEOPLE = ("Fighters from a Ugandan rebel group attacked a Congolese army post near the "
               "border on Friday, officials in both countries said.\n\n"
               "The Ugandans later withdrew across the border, a Congolese commander said.\n\n"
               "Angry residents protested outside the post on Saturday.")


def test_the_carried_sectors_are_data():
    carried = knowledge.ordered("lexicon/actors.yaml", "carried_sector_codes")
    assert {"JUD", "COP", "CVL"} <= set(carried)
    assert "GOV" not in carried  # a state's voice may be either side's


@pytest.mark.model
def test_an_institution_in_a_story_of_two_states_is_of_the_one_named_last(analyzer):
    # no one setting (Kenya and Uganda equally named): "the court" after "a Kenyan judge"
    (barred,) = [e for e in events_in(analyzer, TWO_STATES, "COERCE", PUBLISHED)
                 if e.evidence.trigger == "barred"]
    assert [a.text for a in barred.actor] == ["court"]
    assert codes(barred.actor) == ["KEN"]
    assert [a.sector for a in barred.actor] == ["JUD"]


@pytest.mark.model
def test_a_bare_nationality_gives_no_country_to_later_people(analyzer):
    (protest,) = events_in(analyzer, BARE_PEOPLE, "PROTEST", PUBLISHED)
    # "the Ugandans" names people by nationality, not the state's own people of the scene
    assert "UGA" not in codes(protest.actor)
    (withdrew,) = events_in(analyzer, BARE_PEOPLE, "RETREAT", PUBLISHED)
    assert codes(withdrew.actor) == ["UGA"]
