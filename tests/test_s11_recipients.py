"""Recipients a sentence gives only through a group word (issue 9, session 11): a meeting of
one country's own factions among themselves ("rival factions held talks") is between that
country's parties. Made-up sentences; each case asserts the event and its parties, and twins
where nothing is added."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 5, 2)


def _events(analyzer, text, category):
    return events_in(analyzer, text, category, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, country", [
    # a country's rival factions meet one another: both ends are that country's
    ("Rebel factions from Darfur are holding a second day of talks to agree on a "
     "common platform.", "SDN"),
    ("Zimbabwe's political leaders held a third day of talks on Monday to save the "
     "power-sharing deal.", "ZWE"),
])
def test_factions_meeting_among_themselves(analyzer, text, country):
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.actor) == [country]
    assert codes(event.recipient) == [country]


@pytest.mark.model
def test_factions_agreeing_among_themselves(analyzer):
    # an agreement of one country's own parties is between them too
    text = "Nepal's political parties agreed on Sunday to hold elections by mid-April."
    (event,) = _events(analyzer, text, "AGREE")
    assert codes(event.actor) == ["NPL"]
    assert codes(event.recipient) == ["NPL"]


@pytest.mark.model
def test_a_state_named_as_the_venue_is_no_other_party(analyzer):
    # "held in Sirte, Libya": Libya is where, not with whom
    text = ("It is unclear how many Sudanese rebel leaders will participate in the peace talks to "
            "be held in Sirte, Libya, the envoy said.")
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.actor) == ["SDN"]
    assert codes(event.recipient) == ["SDN"]


@pytest.mark.model
def test_officials_meeting_are_no_faction_group(analyzer):
    # "officials" as often meet a foreign side named elsewhere: no recipient is guessed
    text = "Zimbabwean officials held a third day of talks on Monday."
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.actor) == ["ZWE"]
    assert codes(event.recipient) == []


@pytest.mark.model
def test_factions_meeting_another_state_keep_it(analyzer):
    # the sentence names the counterpart state: it stays the recipient
    text = "Libya's rival factions held talks with Egypt in Cairo on Monday."
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.recipient) == ["EGY"]


@pytest.mark.model
@pytest.mark.parametrize("text, category, absent", [
    # a state's enemies are no people of that state
    ("Venezuela's president spoke on Sunday. He accused Venezuela's enemies of plotting "
     "against the government.", "ACCUSE", "VEN"),
    # rivals named by the state's adjective: the aid goes to others than that state
    ("The United States gives weapons to Chinese rivals in Asia, officials in Washington "
     "said.", "AID", "CHN"),
    # allies named by the state's abbreviation: the talks are with others than the doer
    ("U.S. Secretary of State Rice held talks with U.S. allies on Tuesday.", "CONSULT", "USA"),
])
def test_a_states_enemies_rivals_and_allies_are_not_that_state(analyzer, text, category,
                                                                 absent):
    (event,) = _events(analyzer, text, category)
    assert absent not in codes(event.recipient)


@pytest.mark.model
def test_a_state_named_alone_stays_the_recipient(analyzer):
    # no relation word: the state named is the one accused
    text = "Venezuela's president accused Colombia of plotting against the government."
    (event,) = _events(analyzer, text, "ACCUSE")
    assert codes(event.recipient) == ["COL"]
