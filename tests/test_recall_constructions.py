"""Cooperative and coercive acts told through constructions the trigger words alone miss
(issue 9, round 4): a meeting named as the setting of what was said, seeking another party's
act, backing received as an award or praise, assurances, working with a party, breaking up a
cell, and "sat down" as a posture rather than talks.

Made-up sentences parsed by the small model; actors come from the dictionary resolver of
test_events, so only the event stage is under test.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article
from test_events import events_of

pytestmark = pytest.mark.model


def coded(nlp, text, category):
    """(modality, actor codes, recipient codes) of the events of one category."""
    return [(e.modality, sorted(a.code for a in e.actor if a.code),
             sorted(r.code for r in e.recipient if r.code))
            for e in events_of(nlp, text) if e.event == category]


def test_telling_someone_in_a_phone_call_is_a_call_with_them(nlp_sm):
    text = "Kenya told Sudan in a phone conversation that it would reopen the border."
    assert coded(nlp_sm, text, "CONSULT") == [("asserted", ["KEN"], ["SDN"])]


def test_agreeing_at_a_summit_is_also_taking_part_in_it(nlp_sm):
    text = "Ghana and Mali agreed at a summit to build a railway."
    assert coded(nlp_sm, text, "CONSULT") == [("asserted", ["GHA", "MLI"], [])]
    assert [m for m, _, _ in coded(nlp_sm, text, "AGREE")] == ["asserted"]


def test_agreeing_to_talks_is_not_holding_them(nlp_sm):
    assert coded(nlp_sm, "Ghana agreed to talks with Mali.", "CONSULT") == []


def test_a_gathering_at_a_summit_is_not_a_meeting_of_its_crowd(nlp_sm):
    assert coded(nlp_sm, "Protesters from Ghana gathered at the summit in Accra.",
                 "CONSULT") == []


@pytest.mark.parametrize("text, recipient", [
    ("Chad is seeking military assistance from Egypt.", ["EGY"]),
    ("Sudan sought talks with Egypt on Monday.", ["EGY"]),
])
def test_seeking_another_partys_act_is_a_request_made_now(nlp_sm, text, recipient):
    evs = events_of(nlp_sm, text)
    assert [e.event for e in evs] == ["REQUEST"]
    assert coded(nlp_sm, text, "REQUEST")[0][0] == "asserted"
    assert coded(nlp_sm, text, "REQUEST")[0][2] == recipient


@pytest.mark.parametrize("text", [
    "Kenya received a human rights award from Canada.",
    "Kenya drew praise from Canada for its reforms.",
])
def test_an_award_or_praise_received_is_the_givers_support(nlp_sm, text):
    assert coded(nlp_sm, text, "SUPPORT") == [("asserted", ["CAN"], ["KEN"])]


def test_assuring_a_party_is_a_promise_to_it(nlp_sm):
    text = "Peru assured Chile that the border would stay open."
    assert coded(nlp_sm, text, "AGREE") == [("asserted", ["PER"], ["CHL"])]


def test_working_with_a_party_is_cooperation(nlp_sm):
    text = "Norway has been working with Spain to track the smugglers."
    assert coded(nlp_sm, text, "COOPERATE") == [("asserted", ["NOR"], ["ESP"])]


@pytest.mark.parametrize("text, category", [
    ("Police in Egypt broke up a smuggling ring on Monday.", "COERCE"),
    ("A terrorist cell was dismantled by police in Spain.", "COERCE"),
    ("Sudan dismantled its missile sites.", "RETREAT"),
])
def test_breaking_up_a_cell_is_coercion_dismantling_arms_a_retreat(nlp_sm, text, category):
    assert [e.event for e in events_of(nlp_sm, text)] == [category]


def test_the_talks_breaking_up_is_no_coercion(nlp_sm):
    assert coded(nlp_sm, "The talks between Ghana and Mali broke up on Friday.",
                 "COERCE") == []


def test_sitting_down_is_talks_only_with_a_party(nlp_sm):
    assert coded(nlp_sm, "Kenya sat down with Sudan in Nairobi.", "CONSULT") == [
        ("asserted", ["KEN"], ["SDN"])]
    assert coded(nlp_sm, "Soldiers from Kenya came outside and sat down.", "CONSULT") == []


def test_aid_distributed_is_aid(nlp_sm):
    text = "Canada distributed humanitarian aid to flood victims in Yemen."
    assert [e.event for e in events_of(nlp_sm, text)] == ["AID"]


def test_asking_someone_for_something_is_a_request_wherever_the_for_hangs(nlp_sm):
    assert [e.event for e in events_of(nlp_sm, "Chad asked Egypt for debt relief.")] == \
        ["REQUEST"]
    assert coded(nlp_sm, "Chad asked Egypt for debt relief.", "REQUEST") == [
        ("asserted", ["TCD"], ["EGY"])]
    assert "REQUEST" not in [e.event for e in events_of(
        nlp_sm, "Chad asked Egypt about the border talks.")]


def test_telling_a_party_that_it_must_act_asks_it_to(nlp_sm):
    text = "Kenya told Sudan that it should reopen the border."
    assert coded(nlp_sm, text, "REQUEST") == [("asserted", ["KEN"], ["SDN"])]


def test_a_quote_told_to_the_press_asks_nothing_of_the_press(nlp_sm):
    text = '"They must reopen the border," Kenya told reporters from Sudan.'
    assert all(r != ["SDN"] for _, _, r in coded(nlp_sm, text, "REQUEST"))


def test_a_protest_in_support_of_a_party_is_backing_by_the_protesters(nlp_sm):
    text = "Protesters from Turkey rallied in support of Syria on Monday."
    assert all(a != ["SYR"] for _, a, _ in coded(nlp_sm, text, "SUPPORT"))
    assert [r for _, _, r in coded(nlp_sm, text, "SUPPORT")] == [["SYR"]]


def test_crediting_a_party_for_its_part_is_praise(nlp_sm):
    text = "Kenya credited Ghana for its role in the talks."
    assert coded(nlp_sm, text, "SUPPORT") == [("asserted", ["KEN"], ["GHA"])]
    assert coded(nlp_sm, "Kenya credited the payment to the account of Ghana.",
                 "SUPPORT") == []


def test_acting_in_coordination_with_a_party_is_cooperating_with_it(nlp_sm):
    text = "Spain arrested the smugglers in coordination with Chile."
    assert coded(nlp_sm, text, "COOPERATE") == [("asserted", ["ESP"], ["CHL"])]


def test_agreeing_with_a_view_is_no_commitment(nlp_sm):
    assert coded(nlp_sm, "Kenya agreed with the concerns of Sudan.", "AGREE") == []
    assert coded(nlp_sm, "Kenya agreed with Sudan on a border deal.", "AGREE") == [
        ("asserted", ["KEN"], ["SDN"])]


def test_hours_of_talks_are_talks(nlp_sm):
    text = "Kenya held 10 hours of talks with Sudan on Monday."
    assert coded(nlp_sm, text, "CONSULT") == [("asserted", ["KEN"], ["SDN"])]


@pytest.mark.parametrize("text, expected", [
    # negated on the copula, a readiness word is a refusal ("unwilling")
    ("Peru said it was not prepared to accept the proposal.", [("REJECT", "prepared")]),
    ("The rebels are not willing to negotiate with the army.", [("REJECT", "willing")]),
    # an offer stays an offer, even with a modal
    ("Norway said it would be ready to host talks between the two sides.",
     [("AGREE", "ready")]),
    # a criticism word negated is no criticism
    ("Officials were not disappointed by the ruling on Monday.", []),
])
def test_negated_readiness_is_a_refusal(nlp_sm, text, expected):
    assert [(e.event, e.evidence.trigger) for e in events_of(nlp_sm, text)] == expected


def test_a_counterpart_met_with_is_a_party_not_a_thing_lent(analyzer):
    # "with Albania's help" lends a thing; "with his Chilean counterpart" names who was met
    text = "Peru's foreign minister met with his Chilean counterpart in Lima on Friday."
    result = next(analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 14))]))
    assert [(e.event, [a.code for a in e.actor], [r.code for r in e.recipient])
            for e in result.events] == [("CONSULT", ["PER"], ["CHL"])]


@pytest.mark.parametrize("text, expected", [
    # a state's complaint made, delivered or registered is criticism, not a demonstration
    ("Chile's foreign minister said he made a protest over the detention of a Chilean "
     "sailor.", "ACCUSE"),
    # (a summons that carries the protest is itself the criticism since round 8: envoys.py)
    ("Peru's foreign ministry delivered a solemn protest to Bolivia on Monday.", "ACCUSE"),
    # a crowd's protest stays one
    ("Kenyan workers staged a protest outside the port on Monday.", "PROTEST"),
])
def test_a_states_formal_protest_is_criticism(nlp_sm, text, expected):
    assert [e.event for e in events_of(nlp_sm, text) if "protest" in e.evidence.trigger] == [
        expected]


@pytest.mark.model
@pytest.mark.parametrize("text, codes", [
    # talks restarted or reopened are talks held, as resumed ones are
    ("The Moro rebels have restarted peace talks with the Philippine government, officials "
     "said on Monday.", {"PHL"}),
    ("Armenia reopened negotiations with Azerbaijan in Geneva on Tuesday.", {"ARM", "AZE"}),
])
def test_talks_restarted_are_talks_held(analyzer, text, codes):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 14))])
    found = [e for e in analysis.events if e.event == "CONSULT"]
    assert found and {a.code for e in found for a in e.actor + e.recipient} >= codes
