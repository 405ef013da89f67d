"""An attack told as a noun is placed at what it is done to: "the shelling of X", "strikes
on Y", "launched an assault on Z", and a harm whose subject is such a noun ("Russia's
shelling of X killed three") happened there too; the town stands for its country's side.
Town names the parser tags as a person or a nationality still count after such a noun
(place_cues.struck_name). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


def _where(event):
    return event.location.country if event.location else None, \
        event.location.name if event.location else None


@pytest.mark.model
@pytest.mark.parametrize("text, country, name", [
    ("Sudan's army resumed shelling of Omdurman on Monday, residents said.",
     "SDN", "Omdurman"),
    ("Russia's shelling of Kharkiv killed three people on Monday, Ukrainian officials said.",
     "UKR", "Kharkiv"),
    ("Israeli strikes on Rafah on Monday killed 12 people, Palestinian health officials "
     "said.", "PSE", "Rafah"),
    ("The bombardment of Aleppo by Syrian government forces killed 20 civilians on Monday.",
     "SYR", "Aleppo"),
    ("Rebels launched an assault on Goma on Monday, Congolese officials said.",
     "COD", "Goma"),
])
def test_an_attack_noun_is_placed_at_what_it_is_done_to(analyzer, text, country, name):
    assert (country, name) in {_where(e) for e in events_in(analyzer, text, "ASSAULT",
                                                             PUBLISHED)}


@pytest.mark.model
def test_the_victims_of_strikes_on_a_town_are_of_its_country(analyzer):
    text = "Israeli strikes on Rafah on Monday killed 12 people, Palestinian officials said."
    (event,) = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert codes(event.recipient) == ["PSE"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Israeli strikes killed 12 people on Monday, Palestinian officials said.",
    "The bombing of the embassy was condemned by France on Monday.",
    "Russia's shelling of civilian areas drew condemnation from Ukraine on Monday.",
])
def test_an_attack_noun_without_a_named_object_place_gets_none(analyzer, text):
    for category in ("ASSAULT", "ACCUSE"):
        assert all(e.location is None for e in events_in(analyzer, text, category, PUBLISHED))
