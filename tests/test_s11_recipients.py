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
    ("Rival Somali clan factions met for a fourth round of talks on Friday.", "SOM"),
    ("Haiti's rival party leaders held talks on Thursday about a transition council.", "HTI"),
])
def test_factions_meeting_among_themselves(analyzer, text, country):
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.actor) == [country]
    assert codes(event.recipient) == [country]


@pytest.mark.model
def test_factions_agreeing_among_themselves(analyzer):
    # an agreement of one country's own parties is between them too
    text = "Guinea's political leaders agreed on Monday to draft a new charter."
    (event,) = _events(analyzer, text, "AGREE")
    assert codes(event.actor) == ["GIN"]
    assert codes(event.recipient) == ["GIN"]


@pytest.mark.model
def test_a_state_named_as_the_venue_is_no_other_party(analyzer):
    # "scheduled in Algiers, Algeria": Algeria is where, not with whom
    text = ("It is not known how many Malian rebel groups will join the negotiations scheduled in "
            "Algiers, Algeria, next month, the mediator said.")
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.actor) == ["MLI"]
    assert codes(event.recipient) == ["MLI"]


@pytest.mark.model
def test_officials_meeting_are_no_faction_group(analyzer):
    # "officials" as often meet a foreign side named elsewhere: no recipient is guessed
    text = "Malian officials held talks on Monday."
    (event,) = _events(analyzer, text, "CONSULT")
    assert codes(event.actor) == ["MLI"]
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
    ("Ecuador's president spoke on Sunday. He accused Ecuador's enemies of spreading lies "
     "about the vote.", "ACCUSE", "ECU"),
    # rivals named by the state's adjective: the aid goes to others than that state
    ("France supplies arms to Russian rivals in eastern Europe, officials in Paris said.",
     "AID", "RUS"),
    # allies named by the state's abbreviation: the talks are with others than the doer
    ("German Chancellor Scholz held talks with German allies on Tuesday.", "CONSULT", "DEU"),
])
def test_a_states_enemies_rivals_and_allies_are_not_that_state(analyzer, text, category,
                                                                 absent):
    (event,) = _events(analyzer, text, category)
    assert absent not in codes(event.recipient)


@pytest.mark.model
def test_a_state_named_alone_stays_the_recipient(analyzer):
    # no relation word: the state named is the one accused
    text = "Ecuador's president accused Peru of spreading lies about the vote."
    (event,) = _events(analyzer, text, "ACCUSE")
    assert codes(event.recipient) == ["PER"]


@pytest.mark.model
@pytest.mark.parametrize("text, category, actor, recipient", [
    # the relation word set beside the state's name stands for that state, not its owner
    ("Zimbabwe sent troops to help its ally, Mozambique, fight the insurgents.", "AID",
     "ZWE", "MOZ"),
    ("Moscow is planning on delivering a batch of attack helicopters to its ally Mali by the "
     "end of the year.", "AID", "RUS", "MLI"),
])
def test_a_relation_word_beside_the_name_is_that_state(analyzer, text, category, actor,
                                                       recipient):
    (event,) = _events(analyzer, text, category)
    assert codes(event.actor) == [actor]
    assert codes(event.recipient) == [recipient]
