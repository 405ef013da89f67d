"""Sentences that mention, ask or recall without anyone doing a political act (issue 9,
round 5, false events outside acts of force): a question that asks for nothing, a reader's
advice, a visit counted by "this marks", a journalist's inquiry, what a thing is used for, a
measure kept or broken, a degree asked about, people at large, a flow of aid depended on,
words to passengers, a call with reporters, a weekly meeting (events/asides.py), the topic
of a statement (events/messages.py) or of a disagreement, what a pact provided told in a
relative clause on it (events/nonevents.py), commitments met, refugees hosted, tea
supplied, a withdrawal from a match (data/triggers.yaml), what someone is arrested for and
what a threat supposes (events/candidates.py), a thing that "threatens" (events/cautions.py),
and an act a party is interested in (events/irrealis.py). Made-up sentences, run through the
real model; each case has a twin where the event is told."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _events(analyzer, text) -> list:
    return list(next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events)


def _any(analyzer, text) -> set[str]:
    """The categories the text yields in any modality (an aside is no event at all)."""
    return {e.event for e in _events(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # a question asks for nothing
    ("Chile's foreign minister asked reporters: \"Who benefits from this war?\"", "REQUEST",
     False),
    ("Peru's president asked why the talks with Chile had failed.", "REQUEST", False),
    ("Chile's foreign minister asked Peru to reopen the border.", "REQUEST", True),
    # "this marks" counts a visit told before
    ("This marks the Kenyan president's third visit to Uganda.", "CONSULT", False),
    ("The Kenyan president made his third visit to Uganda on Monday.", "CONSULT", True),
    # a journalist's inquiry is no investigation
    ("Uganda's foreign ministry did not respond to a Reuters inquiry.", "ACCUSE", False),
    ("Uganda's parliament opened an inquiry into the police.", "ACCUSE", True),
    # what a thing is used for
    ("A Kenyan plane used to share intelligence with Ugandan troops crashed on Monday.",
     "COOPERATE", False),
    ("Kenyan troops shared intelligence with Ugandan forces on Monday.", "COOPERATE", True),
    # a measure kept or broken is not imposed
    ("Such shipments would violate a U.N. arms embargo on Sudan.", "SANCTION", False),
    ("The U.N. imposed an arms embargo on Sudan.", "SANCTION", True),
    # a degree asked about
    ("Trade depends on how well Chile and Peru cooperate.", "COOPERATE", False),
    ("Chile and Peru cooperated on border security last year.", "COOPERATE", True),
    # people at large are no party
    ("Everyone in Lima agrees that Chile must pay.", "AGREE", False),
    ("People have rejected the new Peruvian constitution, a senator said.", "REJECT", False),
    ("Chile rejected the new Peruvian constitution.", "REJECT", True),
    # a thing judged to be a rejection
    ("The closure of the border is a clear rejection of Bolivia's rights.", "REJECT", False),
    # the topic of a statement, of a disagreement
    ("Peru's rights commission issued a statement on the release of the journalist.",
     "RETREAT", False),
    ("Peru released the journalist on Monday.", "RETREAT", True),
    ("The two leaders disagreed over Chilean aid to Peru.", "AID", False),
    ("Chile sent aid to Peru.", "AID", True),
    # what a pact provided, in a relative clause on it, however it is renamed: background
    ("In 2021, Ethiopia stopped meeting its commitments under the 2018 border accord, known "
     "as the Peace and Friendship Agreement, or PFA, which provided Eritrea with aid in "
     "exchange for access to its ports.", "AID", False),
    ("In 2021, Ethiopia provided Eritrea with aid in exchange for access to its ports.",
     "AID", True),
    # commitments are met, not met with
    ("In 2021, Ethiopia stopped meeting its commitments under the 2018 border accord.",
     "CONSULT", False),
    ("Ethiopia's prime minister met Eritrea's president on Monday.", "CONSULT", True),
    # what someone is arrested or jailed for is the charge, not an act the text reports
    ("Police in Kenya detained two journalists last week for cooperating with Somali "
     "officials.", "COOPERATE", False),
    ("Kenya jailed a Ugandan activist for helping refugees cross the border.", "AID", False),
    ("Kenya and Somalia cooperated on border security last week.", "COOPERATE", True),
    # a standing flow of help depended on
    ("Kenya is one of the largest recipients of U.S. aid in Africa.", "AID", False),
    ("Kenya relies heavily on Chinese loans.", "AID", False),
    ("China gave Kenya new loans last year.", "AID", True),
    # sport and filings are no retreat; troops are
    ("Kenya withdrew from the tournament.", "RETREAT", False),
    ("Somalia's football team pulled out of the match.", "RETREAT", False),
    ("Russian troops pulled out of Kherson.", "RETREAT", True),
    # a thing that threatens is a danger, not a threat
    ("Ethiopia's dam threatens Egypt's water supply, Cairo says.", "THREATEN", False),
    ("Kenya threatened Somalia with sanctions.", "THREATEN", True),
    # a place a country houses is no meeting; a guest is
    ("Uganda hosts more than 1.5 million refugees from South Sudan.", "CONSULT", False),
    ("Kenya's president hosted his Ugandan counterpart in Nairobi on Monday.", "CONSULT",
     True),
    # words to customers or fans address no party
    ("Kenya Airways apologized to passengers for the delay.", "CONCEDE", False),
    ("Kenya apologized to Uganda for the incident.", "CONCEDE", True),
    # trade is no aid; arms are
    ("Kenya supplies most of the tea sold in Britain.", "AID", False),
    ("Iran supplied drones to Russia.", "AID", True),
    # a briefing of the press, a gathering of the press, a routine
    ("In a phone call with reporters, a senior Kenyan official said the talks would "
     "resume.", "CONSULT", False),
    ("The Kenyan official met with reporters in Nairobi.", "CONSULT", False),
    ("The Kenyan cabinet meets every Tuesday.", "CONSULT", False),
    ("Kenya's president held a phone call with Biden.", "CONSULT", True),
])
def test_aside_or_event(analyzer, text, event, told):
    assert (event in _any(analyzer, text)) is told


@pytest.mark.model
def test_a_readers_should_is_no_demand(analyzer):
    lead = "Vietnamese lawmakers called for limits on online gaming for children this week. "
    posted = _events(analyzer, lead + "\u201cParents should take away game consoles at "
                                      "night,\u201d wrote one user from Thai Nguyen Province.")
    assert [(e.event, e.evidence.trigger) for e in posted] == [("REQUEST", "called")]


@pytest.mark.model
def test_an_interest_voiced_is_not_aid_given(analyzer):
    wanted = _events(analyzer, "Chile has voiced interest in making military aid to Peru "
                               "conditional on trade access.")
    assert [(e.event, e.modality) for e in wanted] == []  # wanted: left out (unasserted.py)
    given = _events(analyzer, "Chile gave military aid to Peru.")
    assert [(e.event, e.modality) for e in given] == [("AID", "asserted")]


@pytest.mark.model
def test_what_a_threat_supposes_is_no_event(analyzer):
    threat = _events(analyzer, "Iran threatened to close the strait if the U.S. imposed new "
                               "sanctions.")
    assert [(e.event, e.modality) for e in threat] == [("THREATEN", "asserted")]
    told = _events(analyzer, "Iran closed the strait after the U.S. imposed new sanctions.")
    assert ("SANCTION", "asserted") in [(e.event, e.modality) for e in told]
