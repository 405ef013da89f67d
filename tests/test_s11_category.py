"""Session 11, category and mode: constructions seen in the fresh and development VOA stories
and fixed by rule. Every sentence here is made up for these tests (none comes from an
evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events.modes import gathering
from event_helpers import codes, events_in

PUBLISHED = dt.date(2019, 6, 14)


class _Party:
    def __init__(self, code):
        self.code = code


class _Word:
    def __init__(self, lemma):
        self.lemma_ = lemma


def _parties(*names):
    return [_Party(c) for c in names]


# --- a meeting of many parties is CONSULT multilateral --------------------------------------

@pytest.mark.parametrize("actor, recipient, trigger, expected", [
    # three states or more on one side: a gathering
    (("FRA", "DEU", "ITA"), (), "talk", True),
    (("NOR",), ("SWE", "FIN", "DNK"), "meet", True),
    # a body with two others, or a body or region meeting as itself
    (("IGO",), ("SRB", "XKX"), "meet", True),
    (("EUR",), (), "talk", True),
    # a pair, or a body meeting one state, is no gathering
    (("FRA",), ("DEU",), "meet", False),
    (("IGO",), ("IRN",), "meeting", False),
    (("FRA", "DEU"), ("ITA",), "talk", False),
    # a tour of several capitals is visits, one by one
    ((), ("GBR", "DEU", "POL"), "visit", False),
    (("ASA",), (), "tour", False),
])
def test_gathering_of_many_parties(actor, recipient, trigger, expected):
    assert gathering(_parties(*actor), _parties(*recipient), _Word(trigger)) is expected


@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    # talks among five named states
    "Talks among the defense ministers of Norway, Sweden, Finland, Denmark and Iceland took "
    "place in Oslo on Tuesday.",
    # one state meets the ministers of three others
    "Brazil's foreign minister met Thursday with the foreign ministers of Peru, Chile and "
    "Colombia.",
    # a bloc's envoy meets the leaders of two states
    "The European Union's envoy met Wednesday with the presidents of Armenia and Azerbaijan.",
])
def test_meeting_of_many_parties_is_multilateral(analyzer, sentence):
    events = events_in(analyzer, sentence, "CONSULT", PUBLISHED)
    assert events
    assert all(e.mode == "multilateral" for e in events)


@pytest.mark.model
def test_two_states_meeting_abroad_stay_third_party(analyzer):
    (event,) = events_in(analyzer, "The foreign ministers of Peru and Chile met in Madrid on "
                         "Thursday.", "CONSULT", PUBLISHED)
    assert event.mode == "third-party"
    assert codes(event.actor) == ["CHL", "PER"]


# --- "bar" is a ban (COERCE ban), not a restriction of movement in general ------------------

@pytest.mark.model
@pytest.mark.parametrize("sentence", [
    "The junta has barred the opposition leader from the country.",
    "Authorities in Ruritania barred women from attending university last year.",
    "Under the measures, the former minister and his son are barred from travel to France.",
])
def test_barring_is_a_ban(analyzer, sentence):
    events = events_in(analyzer, sentence, "COERCE", PUBLISHED)
    assert events
    assert all(e.mode == "ban" for e in events)


@pytest.mark.model
def test_a_blockade_stays_a_restriction(analyzer):
    (event,) = events_in(analyzer, "Israeli forces blockaded the town of Jenin on Monday.",
                         "COERCE", PUBLISHED)
    assert event.mode == "restrict"


# --- a meeting held in the actor's own country: the actor hosts -----------------------------

@pytest.mark.model
def test_meeting_in_the_actors_capital_is_hosted(analyzer):
    (event,) = events_in(analyzer, "Kenya's president met with Uganda's president in Nairobi on "
                         "Monday.", "CONSULT", PUBLISHED)
    assert event.mode == "host"
    assert codes(event.actor) == ["KEN"]
    assert codes(event.recipient) == ["UGA"]


@pytest.mark.model
def test_meeting_in_the_recipients_capital_stays_a_visit(analyzer):
    (event,) = events_in(analyzer, "Kenya's president met with Uganda's president in Kampala on "
                         "Monday.", "CONSULT", PUBLISHED)
    assert event.mode == "visit"


# --- an act dated to a month or day over a season before publication is background ----------

SEPTEMBER = dt.date(2019, 9, 20)


@pytest.mark.model
@pytest.mark.parametrize("sentence, modality", [
    # four months back: background to a September story
    ("Peru expelled Chile's ambassador in May, accusing him of spying.", "historical"),
    ("On May 3, Peru expelled Chile's ambassador.", "historical"),
    # last month: still the news
    ("Peru expelled Chile's ambassador in August, accusing him of spying.", "asserted"),
])
def test_month_dated_act_a_season_back_is_historical(analyzer, sentence, modality):
    (event,) = events_in(analyzer, sentence, "SANCTION", SEPTEMBER)
    assert event.modality == modality


@pytest.mark.model
def test_detention_since_months_ago_runs_through_the_news(analyzer):
    events = events_in(analyzer, "The Peruvian journalist has been held in custody since "
                       "March.", "COERCE", SEPTEMBER)
    assert events and all(e.modality == "asserted" for e in events)
