"""Session 13: the day of an event a modal of possibility looks ahead to, talks held as the
frame of an open offer, and force told in a clause of time. Every sentence here is made up for
the tests (none comes from an evaluation set or a fresh article)."""

from __future__ import annotations

import datetime as dt

from detente import knowledge
from detente.records import Article

PUBLISHED = dt.date(2025, 6, 2)  # a Monday


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis.events


def test_possible_auxiliaries_are_data():
    assert knowledge.words("lexicon/time.yaml", "possible_auxiliaries") >= {"may", "might"}
    assert knowledge.words("lexicon/cautions.yaml", "frame_preps") >= {"during"}


def test_a_day_after_may_lies_ahead(analyzer):
    events = _events(analyzer, "Norway's envoy may meet Colombian rebel commanders on "
                                "Thursday in Geneva.")
    dates = {e.date for e in events if e.event == "CONSULT" and e.date}
    assert dates == {"2025-06-05"}  # the coming Thursday, not the one before publication


def test_may_have_still_looks_back(analyzer):
    events = _events(analyzer, "Militia fighters may have attacked the depot on Thursday.")
    dates = {e.date for e in events if e.date}
    assert "2025-06-05" not in dates


def test_talks_framing_an_open_offer_are_held(analyzer):
    events = _events(analyzer, "Norway's mediators might offer Colombia's rebels a truce "
                               "during talks on Thursday in Geneva.")
    talks = [e for e in events if e.event == "CONSULT"]
    assert talks and all(e.modality == "future" for e in talks)
    assert {e.date for e in talks if e.date} == {"2025-06-05"}


def test_force_in_a_while_clause_of_its_own_is_a_second_event(analyzer):
    events = _events(analyzer, "Government troops shelled the port on Sunday, while rebel "
                               "fighters stormed an army post.")
    force = [e for e in events if e.event == "ASSAULT"]
    assert len(force) == 2


def test_harm_with_no_doer_is_told_by_the_clause_that_names_one(analyzer):
    events = _events(analyzer, "Four police officers were killed when militants ambushed "
                               "their patrol near the border.")
    force = [e for e in events if e.event == "ASSAULT"]
    assert len(force) == 1
    assert [a.text for a in force[0].actor] == ["militants"]


def test_killed_while_attacked_stays_one_event(analyzer):
    events = _events(analyzer, "Gunmen killed two guards while their accomplices looted the "
                               "bank.")
    assert len([e for e in events if e.event == "ASSAULT"]) == 1


# --- what a claim says of someone else is only alleged (events.yaml claiming_verbs) --------

def test_claiming_verbs_are_data():
    assert "claim" in knowledge.words("lexicon/events.yaml", "claiming_verbs")


def test_a_claim_about_another_party_is_an_accusation_not_the_act(analyzer):
    events = _events(analyzer, "The Ruritanian army has claimed that Borduran soldiers crossed "
                               "the frontier on Saturday and fired at a guard post.")
    assert {e.event for e in events} == {"ACCUSE"}
    (charge,) = events
    assert charge.mode == "allege"


def test_a_group_claiming_its_own_raid_still_did_it(analyzer):
    events = _events(analyzer, "The rebel movement claimed it carried out the bombing of the "
                               "army barracks.")
    assert "ASSAULT" in {e.event for e in events}


def test_a_claim_about_its_own_fighters_keeps_their_act(analyzer):
    events = _events(analyzer, "The militia claimed its fighters shot down an army drone.")
    assert "ASSAULT" in {e.event for e in events}


def test_a_verb_joined_to_a_past_act_of_setting_is_not_ahead(analyzer):
    events = _events(analyzer, "Protesters set fire to a customs post and blocked the main "
                               "road in Valdoria's capital.")
    blocking = [e for e in events if e.event == "PROTEST"]
    assert blocking and all(e.modality == "asserted" for e in blocking)


# --- people taken from a place: the act happened there (places.yaml taken_from_verbs) ------

def test_taken_from_verbs_are_data():
    assert {"kidnap", "abduct"} <= knowledge.words("lexicon/places.yaml", "taken_from_verbs")


def test_pupils_abducted_from_a_school_in_a_town_place_the_abduction(analyzer):
    events = _events(analyzer, "Gunmen abducted 30 schoolgirls from a boarding school in "
                               "Kaduna on Sunday.")
    (taking,) = [e for e in events if e.event == "ASSAULT"]
    assert taking.location is not None and taking.location.name == "Kaduna"
    assert [(r.text, r.code) for r in taking.recipient] == [("schoolgirls", "NGA")]


def test_a_base_flown_from_is_still_no_place_of_the_strike(analyzer):
    events = _events(analyzer, "Turkish warplanes flew from an air base in Qatar and bombed "
                               "militant camps in Syria.")
    strikes = [e for e in events if e.event == "ASSAULT"]
    assert strikes and all(e.location is None or e.location.country != "QAT" for e in strikes)
