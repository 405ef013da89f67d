"""Coercion, releases and voided measures (round 9): entry denied to a person, passports
suspended or revoked, captives freed from state custody in the passive, detentions told as
a lasting state, a bare participle sharing the past of the verb it is joined to, and what a
voided law or order provided. Every sentence is made up for these tests (none comes from an
evaluation set or a collected article); each case says which construction it pins."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis.events


def _codes(parties) -> set:
    return {p.code for p in parties}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a person kept out of a territory is restricted, not a request refused
    "Border police in Tbilisi denied the Russian blogger entry into Georgia on Tuesday.",
    "The Armenian activist was denied entry into Azerbaijan at the Baku airport on Tuesday.",
    "Hungary refused entry to a group of Syrian refugees on Tuesday.",
])
def test_entry_denied_to_a_person_is_a_restriction(analyzer, text):
    events = _events(analyzer, text)
    assert [(e.event, e.mode) for e in events] == [("COERCE", "restrict")]
    assert events[0].date == "2025-03-11"


@pytest.mark.model
def test_access_denied_stays_a_refusal(analyzer):
    text = "The Sudanese army denied aid agencies access to the camp in Darfur on Tuesday."
    assert [e.event for e in _events(analyzer, text)] == ["REJECT"]


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    ("The Ugandan government suspended the passports of 12 opposition leaders on Monday.",
     {"UGA"}),
    ("Bahrain revoked the citizenship of 40 Bahraini dissidents on Monday.", {"BHR"}),
])
def test_passports_and_citizenship_taken_are_coercion(analyzer, text, recipient):
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode, _codes(e.recipient)) == ("COERCE", "restrict", recipient)


@pytest.mark.model
def test_a_revoked_waiver_stays_a_sanction(analyzer):
    text = "Washington revoked the oil waiver granted to Venezuela on Monday."
    assert [e.event for e in _events(analyzer, text)] == ["SANCTION"]


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    # custody named by the release: the state of the story freed the captive
    ("HARARE - Zimbabwean police arrested the union leader on Monday. He was released on bail "
     "on Wednesday.", "2025-03-12"),
    ("HARARE - Zimbabwean police arrested two union leaders on Monday. The two were freed from "
     "prison on Wednesday.", "2025-03-12"),
])
def test_release_from_custody_in_the_passive_is_the_states(analyzer, text, day):
    (e,) = [e for e in _events(analyzer, text) if e.event == "RETREAT"]
    assert (e.mode, e.modality, _codes(e.actor), e.date) == (
        "release", "asserted", {"ZWE"}, day)


@pytest.mark.model
def test_arrested_and_later_released_is_past_and_the_states(analyzer):
    # the bare participle shares the passive and the past of "were arrested": "later"
    # narrates, it does not announce
    text = "HARARE - Two Zimbabwean opposition lawmakers were arrested and later released on Tuesday."
    events = {e.event: e for e in _events(analyzer, text)}
    release = events["RETREAT"]
    assert (release.modality, _codes(release.actor), _codes(release.recipient)) == (
        "asserted", {"ZWE"}, {"ZWE"})
    assert events["COERCE"].mode == "arrest"


@pytest.mark.model
def test_freed_hostages_get_no_state_as_freer(analyzer):
    text = "HARARE - Zimbabwean police arrested a smuggler on Monday. The hostages were freed from captivity on Wednesday."
    assert not [e for e in _events(analyzer, text)
                if e.event == "RETREAT" and _codes(e.actor) == {"ZWE"}]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "MINSK - The president said 20 prisoners will be pardoned, of the hundreds currently held "
    "in Belarusian jails.",
    "MINSK - The Belarusian editor is still detained without charge, his lawyer said.",
])
def test_detention_as_a_lasting_state_is_no_arrest(analyzer, text):
    assert not [e for e in _events(analyzer, text) if e.event == "COERCE"]


@pytest.mark.model
def test_a_new_arrest_beside_a_lasting_detention_stays(analyzer):
    text = "MINSK - Belarusian police detained two activists on Monday who are still held without charge."
    (e,) = [e for e in _events(analyzer, text) if e.event == "COERCE"]
    assert (e.mode, e.date) == ("arrest", "2025-03-10")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "CARACAS - The Venezuelan supreme court on Tuesday lifted orders blocking the deportations.",
    "CARACAS - The Venezuelan supreme court on Tuesday struck down a law banning opposition rallies.",
    "CARACAS - Venezuela's parliament on Tuesday repealed a decree restricting protests.",
])
def test_what_a_voided_measure_provided_is_no_act(analyzer, text):
    assert not [e for e in _events(analyzer, text)
                if e.event in ("COERCE", "SANCTION", "ASSAULT")]


@pytest.mark.model
def test_a_decree_issued_keeps_its_ban(analyzer):
    text = "CARACAS - The Venezuelan junta on Tuesday issued a decree banning opposition parties."
    (e,) = [e for e in _events(analyzer, text) if e.event == "COERCE"]
    assert (e.mode, _codes(e.actor)) == ("ban", {"VEN"})


@pytest.mark.model
def test_struck_down_by_a_bullet_stays_an_attack(analyzer):
    text = "CARACAS - The Venezuelan opposition mayor was struck down by a sniper's bullet on Tuesday."
    assert [e.event for e in _events(analyzer, text)] == ["ASSAULT"]


@pytest.mark.model
def test_loosened_censorship_is_no_censoring(analyzer):
    text = "YANGON - Myanmar has released 50 dissidents this year. Media censorship has been loosened."
    assert not [e for e in _events(analyzer, text) if e.event == "COERCE"]


@pytest.mark.model
@pytest.mark.parametrize("text, day", [
    # the date heads the clause that issues the order, which the participle's clause does
    # not reach
    ("DODOMA - On Monday, Tanzanian police issued an order barring opposition rallies.",
     "2025-03-10"),
    ("DODOMA - The Tanzanian junta on Wednesday signed a decree banning opposition parties.",
     "2025-03-12"),
])
def test_a_measure_made_dates_what_it_provides(analyzer, text, day):
    (e,) = [e for e in _events(analyzer, text) if e.event == "COERCE"]
    # barring rallies, as banning parties, is a ban (the manual's ban of political activities)
    assert (e.mode, e.date) == ("ban", day)


@pytest.mark.model
@pytest.mark.parametrize("text, event, actor, recipient, day", [
    # the gerund hangs on "of": its doer and its date are those of the step taken
    ("WASHINGTON - The State Department on Tuesday took the dramatic step of expelling the "
     "Syrian envoy.", "SANCTION", {"USA"}, {"SYR"}, "2025-03-11"),
    ("BRUSSELS - The European Union on Tuesday took the unprecedented step of freezing the "
     "assets of the Russian central bank.", "SANCTION", {"IGO"}, {"RUS"}, "2025-03-11"),
])
def test_a_step_taken_is_the_takers_act(analyzer, text, event, actor, recipient, day):
    (e,) = _events(analyzer, text)
    assert (e.event, _codes(e.actor), _codes(e.recipient), e.date) == (
        event, actor, recipient, day)


@pytest.mark.model
def test_what_a_court_suspends_is_restricted(analyzer):
    text = "NAIROBI - A Kenyan judge on Tuesday suspended the new finance law."
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode, _codes(e.actor), e.date) == ("COERCE", "restrict", {"KEN"},
                                                          "2025-03-11")


@pytest.mark.model
def test_talks_suspended_by_a_state_stay_a_sanction(analyzer):
    text = "NAIROBI - Kenya suspended talks with Somalia on Tuesday."
    (e,) = _events(analyzer, text)
    assert (e.event, _codes(e.recipient)) == ("SANCTION", {"SOM"})
