"""Ground taken by force is ASSAULT (mode occupy); other seizures stay COERCE confiscate.

Made-up sentences; the PLOVER manual calls military occupations carried out ASSAULT and a
threat to seize territory THREATEN (mode territory).
"""

import datetime as dt

import pytest

from event_helpers import events_in

PUB = dt.date(2024, 5, 10)

GROUND = [
    "Militants seized control of two districts in the north of Mozambique on Monday.",
    "The militia took over the airport outside Tripoli on Sunday.",
    "Rebel fighters took control of the town of Kalemba after heavy fighting.",
    "Russian troops occupied the village of Zorivka last week.",
]

NOT_GROUND = [
    ("Venezuela seized control of three foreign oil companies.", "COERCE"),
    ("Police seized 200 kilograms of cocaine from a boat in the port.", "COERCE"),
    ("The coast guard of China seized a fishing boat from the Philippines.", "COERCE"),
]


@pytest.mark.model
@pytest.mark.parametrize("text", GROUND)
def test_ground_taken_is_an_assault(analyzer, text):
    found = events_in(analyzer, text, "ASSAULT", PUB)
    assert found, "no ASSAULT"
    assert {e.mode for e in found} == {"occupy"}
    assert not events_in(analyzer, text, "COERCE", PUB)


@pytest.mark.model
@pytest.mark.parametrize("text, category", NOT_GROUND)
def test_other_seizures_stay_coercion(analyzer, text, category):
    found = events_in(analyzer, text, category, PUB)
    assert found and {e.mode for e in found} == {"confiscate"}
    assert not events_in(analyzer, text, "ASSAULT", PUB)


@pytest.mark.model
def test_annexing_stays_the_legal_act(analyzer):
    text = "Moscow annexed the peninsula of Zarvia in 2014."
    assert not events_in(analyzer, text, "ASSAULT", PUB)


@pytest.mark.model
def test_threat_to_seize_a_town_is_a_threat_of_territory(analyzer):
    found = events_in(analyzer, "The rebels threatened to seize the capital of the province.",
                      "THREATEN", PUB)
    assert found and found[0].mode == "territory"
