"""The other end of verbal and cooperative acts that the doer's own words get wrong
(events/peers.py, events/joined.py, events/talks_before.py): a doer's counterparts, a group
read as both sides, a verb joined to the act, an accepted invitation, talks that go on.
Every sentence is made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.peers import group_sides
from detente.records import Actor, Article

PUBLISHED = dt.date(2025, 6, 2)


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == category]


def _codes(parties):
    return sorted({p.code for p in parties})


def _actor(text, code, start=-1):
    return Actor(text, code, None, text, None, None, start, start + len(text) if start >= 0
                 else -1)


def test_a_group_read_as_both_sides_leaves_the_side_it_meets():
    group = (_actor("the two leaders", "IND"), _actor("the two leaders", "KEN"))
    assert _codes(group_sides(group, (_actor("Ruto", "KEN", 10),))) == ["IND"]


def test_two_parties_named_apart_both_stay_actors():
    # "India and Kenya met Kenyan rebels": two mentions, not one group read twice
    actor = (_actor("India", "IND", 0), _actor("Kenya", "KEN", 10))
    assert group_sides(actor, (_actor("rebels", "KEN", 30),)) == actor


def test_a_group_that_is_only_the_other_side_is_left_alone():
    group = (_actor("both sides", "KEN"), _actor("both sides", "KEN"))
    assert group_sides(group, (_actor("Ruto", "KEN", 10),)) == group


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana's defence minister spoke at a summit of the African Union in Accra on Monday. "
    "He urged security counterparts to pool intelligence against armed groups.",
    "The foreign ministers of the European Union met in Luxembourg on Monday. Spain's "
    "foreign minister urged her counterparts to back new sanctions.",
])
def test_unnamed_counterparts_are_the_body_whose_meeting_is_named(analyzer, text):
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.recipient) == ["IGO"]


@pytest.mark.model
def test_unnamed_counterparts_are_never_the_doers_own_side(analyzer):
    (event,) = _events(analyzer, "The Peruvian interior minister urged counterparts to share "
                       "data on smuggling routes.", "REQUEST")
    assert _codes(event.actor) == ["PER"]
    assert "PER" not in _codes(event.recipient)


@pytest.mark.model
def test_a_counterpart_whose_side_is_named_keeps_it(analyzer):
    (event,) = _events(analyzer, "The Peruvian foreign minister urged his Chilean counterpart "
                       "to reopen the border crossing.", "REQUEST")
    assert _codes(event.recipient) == ["CHL"]


@pytest.mark.model
def test_talks_held_by_a_pair_are_aimed_at_the_side_named_after_with(analyzer):
    text = ("Turkish President Recep Tayyip Erdogan arrived in Baku on Sunday. After talks "
            "with Azerbaijani President Ilham Aliyev, the two leaders agreed to build a "
            "pipeline.")
    consult = [e for e in _events(analyzer, text, "CONSULT") if _codes(e.recipient) == ["AZE"]]
    assert consult and all(_codes(e.actor) == ["TUR"] for e in consult)


@pytest.mark.model
def test_a_joined_verb_of_the_same_act_names_its_party(analyzer):
    (event,) = _events(analyzer, "The Ghanaian health minister appreciated the gesture and "
                       "thanked the Japanese government for the donation.", "SUPPORT")
    assert _codes(event.actor) == ["GHA"]
    assert _codes(event.recipient) == ["JPN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Brazilian President Lula accepted Putin's invitation to visit Russia next year.",
    "Brazilian President Lula accepted an invitation from Vladimir Putin to visit Russia.",
])
def test_the_visit_an_accepted_invitation_is_for_is_the_accepters(analyzer, text):
    visits = [e for e in _events(analyzer, text, "CONSULT") if _codes(e.recipient) == ["RUS"]]
    assert visits and all(_codes(e.actor) == ["BRA"] for e in visits)


@pytest.mark.model
def test_talks_that_go_on_are_held_with_the_party_named_just_before(analyzer):
    text = ("Kenya said on Friday that discussions with the International Monetary Fund on a "
            "new credit line were going well. The finance minister said Nairobi is "
            "negotiating a two-year program to ease its debt.")
    negotiating = [e for e in _events(analyzer, text, "CONSULT")
                   if "negotiating" in e.evidence.sentence]
    assert negotiating and all(_codes(e.recipient) == ["IGO"] for e in negotiating)


@pytest.mark.model
def test_an_organisations_director_met_is_that_organisation(analyzer):
    (event,) = _events(analyzer, "The Zambian finance minister met with the World Health "
                       "Organization's regional director in Lusaka.", "CONSULT")
    assert _codes(event.recipient) == ["IGO"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Caracas cites colonial maps to back its claim and has rejected the arbitral award.",
    "Nairobi said it does not accept the ruling by a U.N.-backed tribunal on the sea border.",
])
def test_a_rejected_international_ruling_answers_the_court_that_made_it(analyzer, text):
    (event,) = _events(analyzer, text, "REJECT")
    assert _codes(event.recipient) == ["IGO"]


@pytest.mark.model
def test_the_tribunal_after_an_international_court_is_that_court(analyzer):
    text = ("The International Court of Justice ruled on Monday that the islands belong to "
            "Honduras. Nicaragua has repeatedly denied the tribunal's authority over the "
            "dispute.")
    (event,) = _events(analyzer, text, "REJECT")
    assert _codes(event.actor) == ["NIC"]
    assert _codes(event.recipient) == ["IGO"]


@pytest.mark.model
def test_a_domestic_courts_ruling_is_not_made_international(analyzer):
    (event,) = _events(analyzer, "Kenya's Supreme Court annulled the vote on Friday. The "
                       "Kenyan government said it rejected the court's ruling.", "REJECT")
    assert "IGO" not in _codes(event.recipient)


@pytest.mark.model
def test_a_pair_read_only_as_the_side_it_meets_is_the_other_state_named_before(analyzer):
    text = ("Kenya and Japan have deepened their ties, say leaders of both countries. The "
            "announcement came during a three-day visit by Japanese Prime Minister Fumio "
            "Kishida to Kenya, an East African nation. Kishida, who was guest of honour at "
            "Kenya's Independence Day celebrations on Tuesday, said the countries had raised "
            "ties to a strategic partnership. Following talks with Kenyan President William "
            "Ruto, both leaders also reaffirmed their commitment to open sea lanes.")
    talks = [e for e in _events(analyzer, text, "CONSULT") if "Following" in e.evidence.sentence]
    assert talks and all(_codes(e.actor) == ["JPN"] and _codes(e.recipient) == ["KEN"]
                         for e in talks)


@pytest.mark.model
@pytest.mark.parametrize("text, maker", [
    ("The Houthi rebels rejected the U.S.-proposed ceasefire plan on Sunday.", "USA"),
    ("Libya's unity government has approved the U.N.-proposed deal.", "IGO"),
])
def test_a_plan_answered_names_its_maker_in_one_hyphenated_word(analyzer, text, maker):
    (event,) = [e for c in ("REJECT", "SUPPORT", "AGREE") for e in _events(analyzer, text, c)]
    assert _codes(event.recipient) == [maker]


@pytest.mark.model
def test_a_plan_of_the_doers_own_side_names_no_other_party(analyzer):
    (event,) = _events(analyzer, "Washington rejected the U.S.-backed plan.", "REJECT")
    assert "USA" not in _codes(event.recipient)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Fighting flared on Monday along the border between Peru and Ecuador. Canada's foreign "
    "minister called on the two sides to halt all hostilities.",
    "Troops of Sudan and Chad exchanged fire near the frontier on Sunday. Germany's "
    "chancellor urged both sides to withdraw their forces.",
])
def test_a_third_party_calls_on_the_two_parties_named_before_not_itself(analyzer, text):
    requests = _events(analyzer, text, "REQUEST")
    assert requests, "the call was not read"
    named = {"CAN": ["ECU", "PER"], "DEU": ["SDN", "TCD"]}
    for event in requests:
        (doer,) = _codes(event.actor)
        assert _codes(event.recipient) == named[doer]


@pytest.mark.model
def test_a_sides_own_minister_asking_both_countries_addresses_the_other(analyzer):
    text = ("Kenya's foreign minister met his Ghanaian counterpart in Nairobi on Monday. "
            "He told the visitor that the two countries should expand trade.")
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.recipient) == ["GHA"]

