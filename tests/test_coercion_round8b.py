"""Coercion by states (round 8b): house arrest told in the passive, roads blocked by the
police, expulsions, communication shutdowns, bodies suspended, economic bans, and acts only
coordinated with a suspension. Every sentence is made up for these tests (none comes from an
evaluation set or a collected article); each case says which construction it pins."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 6, 12)


def _events(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis.events


def _codes(parties) -> set:
    return {p.code for p in parties}


@pytest.mark.model
def test_passive_house_arrest_is_the_states(analyzer):
    # a light verb in the passive, no place in the sentence: the state the story is set in
    text = ("Zambia's main opposition leader Peter Mwale was put under house arrest on "
            "Friday, his party said. Police in Lusaka gave no reason.")
    (e,) = [e for e in _events(analyzer, text) if e.event == "COERCE"]
    assert (e.mode, _codes(e.actor), _codes(e.recipient)) == ("arrest", {"ZMB"}, {"ZMB"})


@pytest.mark.model
def test_road_blocked_by_a_unit_of_police_is_a_restriction(analyzer):
    # the doer is a unit noun: the force is read through its "of"
    text = ("A large contingent of police blocked the road to the opposition leader's house "
            "in Harare on Monday.")
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode, _codes(e.actor)) == ("COERCE", "restrict", {"ZWE"})


@pytest.mark.model
def test_road_blocked_by_a_crowd_stays_a_protest(analyzer):
    # a crowd is no unit of a force
    text = "A large crowd of protesters blocked the main road to the airport in Lima on Monday."
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode) == ("PROTEST", "obstruct")


@pytest.mark.model
@pytest.mark.parametrize("text, event, mode", [
    # an expulsion of people who are no envoys is a deportation
    ("Kenya ordered the expulsion of two foreign reporters on Tuesday.", "COERCE", "deport"),
    # of diplomats, a sanction, as the verb expel already was
    ("Kenya ordered the expulsion of two Somali diplomats on Tuesday.", "SANCTION", "expel"),
])
def test_expulsion_reads_like_expel(analyzer, text, event, mode):
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode) == (event, mode)


@pytest.mark.model
def test_internet_shutdown_withholds_a_service(analyzer):
    text = "Ethiopia's government imposed an internet shutdown in the Amhara region on Tuesday."
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode, _codes(e.actor)) == ("COERCE", "withhold", {"ETH"})


@pytest.mark.model
def test_group_suspended_is_banned(analyzer):
    text = "Belarus's justice ministry suspended the opposition group Free Voice on Tuesday."
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode, _codes(e.actor)) == ("COERCE", "ban", {"BLR"})


@pytest.mark.model
def test_ban_on_dealings_is_a_sanction(analyzer):
    text = ("The United States on Monday banned American companies from dealing with an "
            "Iranian shipping firm.")
    (e,) = _events(analyzer, text)
    assert (e.event, e.mode) == ("SANCTION", "discontinue")


@pytest.mark.model
def test_act_coordinated_with_a_suspension_is_not_negated(analyzer):
    text = ("Belarus's justice ministry on Tuesday suspended the opposition group Free Voice "
            "and froze its bank accounts.")
    events = _events(analyzer, text)
    assert [(e.event, e.modality) for e in events] == [("COERCE", "asserted"),
                                                       ("SANCTION", "asserted")]
