"""Events stage: a group of people "of both countries" / "from the two countries", and "each
country", stand for the two states the story is about (events/pair_groups.py). Made-up
articles on the real model; the names are fictional or generic."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

pytestmark = pytest.mark.model

DAY = dt.date(2023, 2, 21)

# Armenia, Azerbaijan and Russia are each named three times; the lead names the first two
# (Russia comes in later, as a broker): the tie goes to the states named first
LEAD = ("Clashes erupted between Azerbaijani and Armenian troops on Tuesday. Armenia said "
        "Azerbaijan had attacked its border posts. Russian news agencies reported the fighting. "
        "Azerbaijan ended the 2020 war with Armenia in a Russian-brokered truce. Russia called "
        "for calm. ")


@pytest.mark.parametrize("sentence, category", [
    # the group's head alone ("leaders") took one side
    ("The leaders of both countries have since met several times.", "CONSULT"),
    ("Local border officials from the two countries have since held several rounds of "
     "negotiations.", "CONSULT"),
])
def test_group_of_both_countries_is_the_story_pair(analyzer, sentence, category):
    found = events_in(analyzer, LEAD + sentence, category, DAY)
    mine = [e for e in found if e.evidence.sentence.startswith(sentence[:20])]
    assert mine and codes(mine[0].actor) == ["ARM", "AZE"]


def test_skirmishes_between_forces_of_the_two_countries_have_both_as_doers(analyzer):
    text = ("Pakistan and Afghanistan closed their busiest border crossing on Sunday. Afghan "
            "officials accused Pakistani guards of mistreating travelers. The tensions also "
            "sparked brief skirmishes between security forces of the two countries across "
            "nearby border posts, killing an Afghan guard.")
    found = [e for e in events_in(analyzer, text, "ASSAULT", DAY)
             if "skirmishes" in e.evidence.sentence]
    assert found and codes(found[0].actor) == ["AFG", "PAK"]


def test_each_country_is_both(analyzer):
    text = ("Russia and Ukraine announced Wednesday that they have conducted a prisoner of war "
            "exchange. Russia's defense ministry said each country exchanged 195 prisoners of "
            "war.")
    found = [e for e in events_in(analyzer, text, "RETREAT", DAY)
             if "each country" in e.evidence.sentence]
    assert found and codes(found[0].actor) == ["RUS", "UKR"]


def test_a_state_named_in_the_phrase_is_kept(analyzer):
    # the phrase names its own side: no pair is spread over it
    text = LEAD + "Armenian officials from the ministry met the envoy on Wednesday."
    found = [e for e in events_in(analyzer, text, "CONSULT", DAY)
             if "Armenian officials" in e.evidence.sentence]
    assert found and all(codes(e.actor) == ["ARM"] for e in found)


def test_a_lone_state_gives_no_pair(analyzer):
    # one state named before: "both countries" has no pair to stand for, nothing is made up
    text = ("Chile closed its border on Monday. The leaders of both countries have since met "
            "several times.")
    found = [e for e in events_in(analyzer, text, "CONSULT", DAY)
             if "both countries" in e.evidence.sentence]
    assert found and all(len(codes(e.actor)) <= 1 for e in found)


@pytest.mark.model
def test_the_pair_carries_the_states_names_not_a_persons(analyzer):
    text = ("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev "
            "traded accusations on Tuesday. The leaders of both countries have since met "
            "several times.")
    (met,) = [e for e in events_in(analyzer, text, "CONSULT", DAY)
              if "both countries" in e.evidence.sentence]
    assert sorted((a.code, a.name) for a in met.actor) == [("ARM", "Armenia"),
                                                            ("AZE", "Azerbaijan")]
