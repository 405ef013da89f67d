"""Regulation, sport, a trial's charge and robbery told in the words of conflict (issue 9,
round 8, false events; events/civil.py). Made-up sentences through the real model; each case
has a twin where a political act is told."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2025, 9, 2)

SPORT_REPORT = (
    "Ghana beat Togo in the qualifier on Sunday. The coach praised his striker after the "
    "match at the national stadium.\n\n"
    "Ghana's clash with Mali comes next week.")


def _told(analyzer, text) -> set[str]:
    return told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # a ban with a motive of husbandry, health or prices regulates; one aimed at a party stays
    ("Kenya imposed a three-month ban on fishing in Lake Victoria to protect the breeding of "
     "tilapia.", "COERCE", False),
    ("Peru banned poultry imports from Chile on Monday after an outbreak of bird flu.",
     "SANCTION", False),
    ("Peru banned imports from Chile on Monday in retaliation for its tariffs.",
     "SANCTION", True),
    # a motive in a participle clause belongs to another act: the force used stays
    ("Riot police in Lusaka fired tear gas at marchers on Monday, detaining dozens for "
     "breaking a ban on gatherings during the cholera epidemic.", "COERCE", True),
    # a curb on travel in a story of an epidemic is health policy
    ("Covid cases rose again on Sunday. The pandemic has closed schools and a new variant "
     "is spreading. Greece has now tightened restrictions on all travel from Turkey.",
     "SANCTION", False),
    ("Greece has tightened restrictions on all travel from Turkey after the border dispute.",
     "SANCTION", True),
    # a game won: a score beside the verb, or an article told in the words of sport
    ("Portugal defeated Morocco 2-1 in Doha on Saturday.", "ASSAULT", False),
    ("Moroccan soldiers beat 12 protesters in Laayoune on Saturday.", "ASSAULT", True),
    (SPORT_REPORT, "ASSAULT", False),
    (SPORT_REPORT + " Ghana's coach had vowed to beat Mali before the tournament.",
     "THREATEN", False),
    ("Rwanda threatened to attack Burundi on Monday.", "THREATEN", True),
    # an offence named as what a trial is for: the court hears a charge
    ("The trial of a Greek officer for assaulting a reporter at a rally was adjourned on "
     "Monday.", "ASSAULT", False),
    ("A Greek officer assaulted a reporter at a rally on Monday.", "ASSAULT", True),
    # harm in a robbery without an armed or police force named is crime
    ("Gunmen shot dead a shopkeeper in Karachi during a robbery on Monday.", "ASSAULT", False),
    ("Police shot dead two suspects in Karachi during a robbery on Monday.", "ASSAULT", True),
    ("Robbers attacked a jeweller during a robbery in Lahore on Monday.", "ASSAULT", False),
    ("Militants shot dead a jeweller during a robbery in Lahore on Monday.", "ASSAULT", True),
])
def test_civil_acts(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # a threat named as what someone is: a label
    ("Laos expelled the reporter on Friday after declaring him a threat to national security.",
     "THREATEN", False),
    ("Laos threatened the reporter with expulsion on Friday.", "THREATEN", True),
    # a good endangered threatens no party
    ("The minister said Serbia's actions threaten regional peace and stability.",
     "THREATEN", False),
    ("Serbia threatened Kosovo with sanctions on Monday.", "THREATEN", True),
    # acts of force told in the perfect for decades are a count
    ("The two clans have been fighting over the valley for decades.", "ASSAULT", False),
    ("Clan militias attacked a village in the valley on Monday, killing six people.",
     "ASSAULT", True),
    # missiles shown in a test or fired into the sea, not at anyone
    ("North Korea fired two ballistic missiles into the sea on Sunday.", "ASSAULT", False),
    ("North Korea fired two ballistic missiles into the sea on Sunday.", "MOBILIZE", True),
    ("Iran test-fired a ballistic missile on Monday.", "ASSAULT", False),
    ("Iran fired missiles at a base in Iraq on Monday.", "ASSAULT", True),
    # an exchange releases only people
    ("The two ministers exchanged views on regional issues on Monday.", "RETREAT", False),
    ("Armenia and Azerbaijan exchanged prisoners on Monday.", "RETREAT", True),
    # water let out is no release
    ("Japan began releasing treated water into the Pacific on Thursday.", "RETREAT", False),
    ("Hamas released three hostages on Saturday.", "RETREAT", True),
    # proof provided is no aid; a rescue from captors is an operation, no aid
    ("The minister said the panel had provided no proof to support its claims.", "AID", False),
    ("Japan provided $5 million to support flood relief in Pakistan.", "AID", True),
    ("Nigerian troops rescued 20 women from captivity on Saturday.", "AID", False),
    # "hit back" told by saying something answers words with words
    ("Beijing hit back on Monday by saying Washington had ignored the facts.", "ASSAULT",
     False),
    ("Beijing hit back on Monday by saying Washington had ignored the facts.", "ACCUSE", True),
    ("Israel hit back with airstrikes on Gaza on Tuesday.", "ASSAULT", True),
])
def test_named_and_shown_acts(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told


@pytest.mark.model
def test_historical_clashes_are_history(analyzer):
    from detente.records import Article

    (analysis,) = analyzer.analyze([Article.make(
        "The president's speech referenced historical clashes between Chad and Sudan.",
        published=PUBLISHED)])
    assert [(e.event, e.modality) for e in analysis.events] == [("ASSAULT", "historical")]
