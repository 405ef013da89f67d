"""Coercion told in ordinary news English (session 15): people kept from going somewhere, a
place sealed off, transport cut off, the news seized, a person grabbed, picked up, bundled into
a van or taken into custody, judges purged, and a person dismissed by the state for dissent.
These words are everyday English, and most of them are repression only when a state's force
does them (events/forced.py) or, for a dismissal, when its reason is dissent
(events/dismissals.py). Every sentence is made up for these tests (none comes from an
evaluation set or a collected article); each case says which construction it pins."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _coerce(analyzer, text):
    return [(e.event, e.mode, codes(e.actor))
            for e in events_in(analyzer, text, "COERCE", PUBLISHED)]


@pytest.mark.model
@pytest.mark.parametrize("text, mode, actor", [
    # kept from reaching a place, by the police
    ("Cambodian police prevented the marchers from reaching the royal palace in Phnom Penh "
     "on Tuesday.", "restrict", ["KHM"]),
    ("Togolese soldiers stopped the opposition candidate from entering the city of Sokode "
     "on Tuesday.", "restrict", ["TGO"]),
    # a place sealed or cordoned off by a force
    ("Algerian police sealed off the central square of Algiers on Tuesday.", "restrict",
     ["DZA"]),
    ("Kenyan police cordoned off the parliament building in Nairobi on Tuesday.", "restrict",
     ["KEN"]),
    # transport into a city cut off by the authorities
    ("Sudanese authorities cut off bus and train service into Khartoum on Tuesday.",
     "restrict", ["SDN"]),
    # the news seized by soldiers
    ("Guinean soldiers took over the national radio station in Conakry on Tuesday.",
     "confiscate", ["GIN"]),
    ("Malian troops secured the state broadcaster in Bamako on Tuesday.", "confiscate",
     ["MLI"]),
    # a person seized by the police
    ("Belarusian police grabbed the activist outside his flat in Minsk on Tuesday.", "arrest",
     ["BLR"]),
    ("Iranian security agents picked up the blogger at a cafe in Tehran on Tuesday.", "arrest",
     ["IRN"]),
    ("Zimbabwean police officers bundled the union leader into an unmarked car in Harare on "
     "Tuesday.", "arrest", ["ZWE"]),
])
def test_ordinary_words_of_repression_by_a_force(analyzer, text, mode, actor):
    assert _coerce(analyzer, text) == [("COERCE", mode, actor)]


@pytest.mark.model
def test_taken_into_custody_in_the_passive_is_an_arrest(analyzer):
    text = "Forty students were taken into custody in Dhaka on Tuesday, Bangladeshi police said."
    assert [(e, m) for e, m, _ in _coerce(analyzer, text)] == [("COERCE", "arrest")]


@pytest.mark.model
def test_judges_purged_are_coerced(analyzer):
    text = "The Turkish government purged 150 judges from the courts on Tuesday."
    assert _coerce(analyzer, text) == [("COERCE", "restrict", ["TUR"])]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Egyptian state television fired a talk show host on Tuesday after he criticized the "
    "government on air.",
    "The Azerbaijani journalist said he was dismissed from his post because he opposed the "
    "new media law.",
])
def test_a_dismissal_for_dissent_by_the_state_is_coercion(analyzer, text):
    assert [(e, m) for e, m, _ in _coerce(analyzer, text)] == [("COERCE", "restrict")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # kept from going somewhere by no force
    "Ghanaian fans were prevented from entering the stadium in Kumasi by the crush at the "
    "gates on Tuesday.",
    "A knee injury kept the Senegalese striker from playing in Dakar on Tuesday.",
    # a firm, rescuers, a crime scene
    "A Kenyan telecom company took over its smaller rival in Nairobi on Tuesday.",
    "Turkish rescuers secured the damaged school building in Hatay on Tuesday.",
    "Police cordoned off the scene of the blast in Quetta on Tuesday, Pakistani officials "
    "said.",
    "A private Ugandan bus company cut bus service into Kampala on Tuesday for lack of funds.",
    # picked up or grabbed things, not people
    "Ethiopian farmers picked up the debris left by the floods in Gambela on Tuesday.",
    # dismissals that are no repression
    "Brazil's largest retailer dismissed 800 employees on Tuesday, citing weak sales.",
    "The Nigerian football federation sacked the national coach on Tuesday after a string "
    "of defeats.",
])
def test_the_same_words_without_a_force_or_dissent_are_no_coercion(analyzer, text):
    assert _coerce(analyzer, text) == []
