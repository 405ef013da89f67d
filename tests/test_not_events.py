"""Sentences that tell no event of the category their words suggest (issue 9, precision):
a warning that only foretells a danger (events/cautions.py), a fear or a question
dismissed, resistance that is fighting, cooperation named as a standing state, a worry about
a state of things, what a text says, a modal on the perfect, a habit or a count of attacks
since a year (events/nonevents.py), a cause fought for, sitting down with no one. Made-up
sentences, run through the real model; each case has a twin where the event is told."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2025, 3, 14)


def _told(analyzer, text) -> set[str]:
    return told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, event, told", [
    # a warning of a danger the warner does not bring about
    ("Chilean army officers warned in May of a possible rebel comeback in the north.",
     "THREATEN", False),
    ("Chile warned Peru of consequences if its boats entered Chilean waters.", "THREATEN",
     True),
    # a warned clause with nothing future about it tells what is so
    ("Chile's health minister warned that heavy phone use is harming pupils in Santiago.",
     "THREATEN", False),
    ("Chile warned that it would expel Peru's ambassador.", "THREATEN", True),
    # a copular forecast about others: "could become targets"
    ("Chile warned that neighboring countries could become targets for the rebels.",
     "THREATEN", False),
    # ... but a thing the warner would act on under a condition is a threat
    ("Chile warned that the border could close again if Peru's raids resumed.", "THREATEN",
     True),
    # "other" states are not the warner's side
    ("Chile's president warned that other member states could leave the bloc.", "THREATEN",
     False),
    # what another named party would make of it
    ("Chile warned that the measures could be read by Peru as a weakness.", "THREATEN",
     False),
    # a passive with no doer named: the warner is the one who will act
    ("Chile warned that the smugglers will not be spared.", "THREATEN", True),
    # dismissing a fear or a question is no refusal
    ("Peru's finance minister dismissed fears that Chilean tariffs would cause a recession.",
     "REJECT", False),
    ("Peru's finance minister dismissed Chile's proposal on tariffs.", "REJECT", True),
    # resistance to a regime or its forces is fighting, not a refusal
    ("Rebels in Bolivia resisted the regime for a decade.", "REJECT", False),
    ("Bolivia resisted pressure from Chile to cede the port.", "REJECT", True),
    # cooperation named in passing is a standing state; begun, it is an event
    ("Peru said its cooperation with Chile is constructive.", "COOPERATE", False),
    ("Peru and Chile began security cooperation on Monday.", "COOPERATE", True),
    # a worry about a state of things, or about nothing named, criticises no one
    ("Chile voiced concern over the violence in Lima.", "ACCUSE", False),
    ("Chile expressed concern.", "ACCUSE", False),
    ("Chile expressed concern about Peru's missile tests.", "ACCUSE", True),
    # what a text says in the present tense is no act
    ("Peru's constitution guarantees the right to strike.", "AGREE", False),
    ("The Lima charter calls on Chile to open its ports.", "REQUEST", False),
    ("The Lima council called on Chile to open its ports.", "REQUEST", True),
    # a modal on the perfect infers, it demands nothing
    ("The envoy said Peru's generals must have given the orders.", "REQUEST", False),
    ("The envoy said Peru's generals must give the orders.", "REQUEST", True),
    # a cause fought for is no attack
    ("Rebels in Bolivia are fighting for their freedom, their leader said.", "ASSAULT",
     False),
    ("Rebels fought Bolivian troops near Sucre on Monday.", "ASSAULT", True),
    # sitting down is a meeting only with someone or for talks
    ("The Chilean hostages came outside and sat down.", "CONSULT", False),
    ("Chile and Peru sat down for talks in Lima on Monday.", "CONSULT", True),
    # a habit, or a count since a year, is no one attack
    ("The Bolivian rebels frequently conduct bombings in Sucre.", "ASSAULT", False),
    ("The Bolivian rebels conducted bombings in Sucre on Monday.", "ASSAULT", True),
    ("Since 2009, hundreds of Bolivian soldiers have been killed in rebel attacks.",
     "ASSAULT", False),
    ("Peru has detained the Chilean captain in Lima since 2020.", "COERCE", True),
    # a policy aimed at a trade or a crime attacks no one
    ("Chile's effort targeting drug smuggling has cut crime, the minister said.", "ASSAULT",
     False),
    ("Chilean jets targeted rebel camps near Arica on Monday.", "ASSAULT", True),
    # curbing a flow is a policy, not coercion of a party
    ("Peru has curbed the flow of migrants into Chile.", "COERCE", False),
    ("Peru curbed protests in Lima on Monday.", "COERCE", True),
    # thanking one's own backers backs no party
    ("Peru's freed journalist thanked his supporters in Lima on Thursday.", "SUPPORT", False),
    ("Peru's president thanked Chile for its help on Thursday.", "SUPPORT", True),
    # people flown somewhere are carried, not a show of force
    ("Peru said the detainees were flown to Lima aboard a chartered aircraft.", "MOBILIZE",
     False),
    ("Peruvian fighter jets flew over the disputed islands on Monday.", "MOBILIZE", True),
])
def test_told_or_not(analyzer, text, event, told):
    assert (event in _told(analyzer, text)) is told


@pytest.mark.model
@pytest.mark.parametrize("text, told", [
    ("The interior ministry declined to respond to questions about the raid.", False),
    ("Iran refused to answer reporters' questions about the drone.", False),
    ("Iran refused to release the detained sailors.", True),
])
def test_declining_to_answer_questions_is_no_refusal(analyzer, text, told):
    assert ("REJECT" in _told(analyzer, text)) is told
