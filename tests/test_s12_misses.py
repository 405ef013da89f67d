"""Session 12, events missed on whole articles: a deployment announced ahead, a deal brokered
by a third party, a warning that tells its addressee what to do. Every sentence here is made
up for the tests (none comes from an evaluation set or a fresh article)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import knowledge
from detente.events.lexicon import category_set, events_words
from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2025, 6, 2)


def _events(analyzer, text):
    from detente.records import Article

    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return analysis.events


# --- a deployment announced ahead: MOBILIZE, future (ontology.yaml announced_moves) --------

def test_announced_moves_are_data():
    assert category_set("announced_moves") == {"MOBILIZE"}
    assert category_set("announced_moves") <= category_set("threat_when_announced")


@pytest.mark.model
@pytest.mark.parametrize("text, doer", [
    # the doer's own announcement of a move of named forces, told with "will"
    ("The Kenyan defence ministry said it will send 500 troops to the border on Tuesday.",
     "KEN"),
    # "announced it would ...": the "would" of reported speech, no condition
    ("Nigeria announced it would deploy more soldiers to the northern states.", "NGA"),
    # a plan of the doer's
    ("Ghana plans to send 300 police officers to the flooded districts, officials said.",
     "GHA"),
    # a force named by its unit, not by "troops"
    ("China plans to deploy a military garrison to the disputed islands.", "CHN"),
])
def test_an_announced_deployment_stays_a_move_ahead(analyzer, text, doer):
    events = _events(analyzer, text)
    moves = [e for e in events if e.event == "MOBILIZE"]
    assert [codes(e.actor) for e in moves] == [[doer]]
    assert moves[0].modality == "future"
    assert not [e for e in events if e.event == "THREATEN"]


@pytest.mark.model
def test_a_deployment_under_a_condition_is_still_a_threat(analyzer):
    text = ("The Kenyan army said it would deploy tanks to the border if Somali militants "
            "crossed it again.")
    events = _events(analyzer, text)
    assert "THREATEN" in {e.event for e in events}
    assert not [e for e in events if e.event == "MOBILIZE"]


# --- a deal brokered by a third party: CONSULT by the broker, the sides receive -----------

def test_brokering_verbs_are_data():
    assert {"broker", "mediate"} <= events_words("brokering_verbs")


@pytest.mark.model
def test_a_broker_meets_the_sides_it_names(analyzer):
    text = "Qatar brokered a ceasefire between Israel and Hamas on Sunday, diplomats said."
    events = _events(analyzer, text)
    (consult,) = [e for e in events if e.event == "CONSULT"]
    assert codes(consult.actor) == ["QAT"]
    assert codes(consult.recipient) == ["ISR", "PSE"]
    assert consult.mode == "third-party"
    # the ceasefire is the sides', not the broker's own concession or agreement
    assert not [e for e in events if e.event in ("CONCEDE", "AGREE") and "QAT" in codes(e.actor)]


@pytest.mark.model
def test_a_deal_brokered_by_a_third_party_has_its_makers_for_sides(analyzer):
    text = "Kenya and Uganda signed a border pact brokered by Tanzania on Friday."
    (consult,) = events_in(analyzer, text, "CONSULT", PUBLISHED)
    assert codes(consult.actor) == ["TZA"]
    assert codes(consult.recipient) == ["KEN", "UGA"]


@pytest.mark.model
def test_a_broker_of_an_unnamed_pair_meets_the_storys_pair(analyzer):
    text = ("Russia and Ukraine swapped 200 prisoners of war on Friday, the third swap this "
            "year.\n\nTurkey helped broker the exchange, officials in Ankara said.")
    (consult,) = events_in(analyzer, text, "CONSULT", PUBLISHED)
    assert codes(consult.actor) == ["TUR"]
    assert codes(consult.recipient) == ["RUS", "UKR"]
    assert consult.mode == "third-party"


@pytest.mark.model
def test_the_same_broker_brings_the_same_sides(analyzer):
    text = ("Former Kenyan President Uhuru Kenyatta is mediating talks between Ethiopia's "
            "government and the Tigrayan rebels in Nairobi.\n\n"
            "The United States urged both sides to respect the truce.\n\n"
            "Kenyatta also helped broker the first truce last year.")
    consults = events_in(analyzer, text, "CONSULT", PUBLISHED)
    (later,) = [e for e in consults if e.evidence.trigger == "broker"]
    assert codes(later.actor) == ["KEN"]
    assert codes(later.recipient) == ["ETH"]


# --- a warning that tells the addressee what to do: REQUEST (cautions._advice) ------------

def test_advice_words_are_data():
    assert knowledge.words("lexicon/cautions.yaml", "advice_preps") == {"against"}
    assert "caution" in knowledge.words("lexicon/cautions.yaml", "advising_verbs")
    assert "warning" in knowledge.words("lexicon/cautions.yaml", "advice_nouns")


@pytest.mark.model
@pytest.mark.parametrize("text, doer, addressee", [
    # "caution" with an infinitive told to its object
    ("The United Nations cautioned Sudan's government to protect civilians in Darfur.",
     "IGO", "SDN"),
    # a negated infinitive: told not to do it
    ("Kenya warned Uganda not to send troops across the border.", "KEN", "UGA"),
    # "against" with a gerund
    ("Egypt warned Ethiopia against filling the dam before a deal is signed.", "EGY", "ETH"),
    # a noun of warning given to a party with the act it should do
    ("Greece issued a warning to Turkey to withdraw its survey ship.", "GRC", "TUR"),
])
def test_a_warning_that_tells_what_to_do_is_a_request(analyzer, text, doer, addressee):
    events = _events(analyzer, text)
    requests = [e for e in events if e.event == "REQUEST"]
    assert [codes(e.actor) for e in requests] == [[doer]]
    assert codes(requests[0].recipient) == [addressee]
    assert not [e for e in events if e.event == "THREATEN"]


@pytest.mark.model
def test_a_caution_that_tells_no_one_what_to_do_is_no_event(analyzer):
    text = "Brazil's finance minister cautioned that the new tariffs could slow growth."
    assert told(analyzer, text, PUBLISHED) == set()


@pytest.mark.model
def test_a_warning_of_the_warners_own_act_is_still_a_threat(analyzer):
    text = "Russia warned Ukraine on Monday that it would strike its ports."
    assert "THREATEN" in told(analyzer, text, PUBLISHED)
    assert "REQUEST" not in told(analyzer, text, PUBLISHED)
