"""Where statements and meetings are placed when their own words name no venue: a statement of
the dateline's state is made at the dateline, whatever it is about (events/said_here.py); an
act told "during the visit" is where the visit told before was (events/occasions.py); a means
phrase closing joined verbs places them all; what a modal asks is no venue. Made-up
sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _placed(analyzer, text, event):
    events = next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events
    return [(e.location.name, e.location.country) if e.location else None
            for e in events if e.event == event]


@pytest.mark.model
@pytest.mark.parametrize("text, event, where", [
    ("LONDON — Britain's foreign ministry condemned the shelling of hospitals in Sudan on "
     "Tuesday.", "ACCUSE", ("London", "GBR")),
    ('PARIS — "We call on both sides to stop the fighting at once," the French foreign '
     "minister said on Monday.", "REQUEST", ("Paris", "FRA")),
])
def test_a_statement_of_the_datelines_state_is_made_at_the_dateline(analyzer, text, event,
                                                                    where):
    assert _placed(analyzer, text, event) == [where]


@pytest.mark.model
@pytest.mark.parametrize("text, event, filed", [
    ("WASHINGTON — The U.S. secretary of state, on a visit to Cairo, urged Israel on Monday "
     "to allow more aid into Gaza.", "REQUEST", "Washington"),
    ("MOSCOW — Ukraine's foreign ministry accused Russia on Monday of shelling Kharkiv.",
     "ACCUSE", "Moscow"),
    ("NEW YORK — U.S. President Joe Biden threatened China with new tariffs on Friday, sending "
     "stocks lower.", "THREATEN", "New York City"),
    ("LONDON — Human rights groups urged Egypt on Monday to free jailed activists.", "REQUEST",
     "London"),
])
def test_a_statement_made_away_from_the_dateline_is_not_placed_there(analyzer, text, event,
                                                                    filed):
    found = _placed(analyzer, text, event)
    assert found and all(place is None or place[0] != filed for place in found)


@pytest.mark.model
def test_here_in_wire_copy_is_the_datelines_city(analyzer):
    text = ("BEIJING — Chinese President Xi Jinping met here on Tuesday with visiting Kenyan "
            "President William Ruto.")
    assert _placed(analyzer, text, "CONSULT") == [("Beijing", "CHN")]


def _all_placed(analyzer, text):
    events = next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events
    return [(e.event, (e.location.name, e.location.country) if e.location else None)
            for e in events]


@pytest.mark.model
@pytest.mark.parametrize("text, where", [
    ("Indonesia's president began a state visit to Vietnam on Monday. During the visit, the "
     "two leaders signed a maritime agreement.", ("Vietnam", "VNM")),
    ("Erdogan held talks with Putin in Sochi on Friday. At the talks, Putin called on Turkey "
     "to help end the war.", ("Sochi", "RUS")),
    ("The Kenyan president arrived in Seoul on Monday for a state visit. During the visit, the "
     "two leaders signed a trade deal.", ("Seoul", "KOR")),
])
def test_an_act_at_the_meeting_told_before_is_where_that_meeting_was(analyzer, text, where):
    found = _all_placed(analyzer, text)
    assert len(found) >= 2 and all(place == where for _, place in found)


@pytest.mark.model
def test_a_means_phrase_closing_joined_verbs_places_the_first(analyzer):
    text = ("Gunmen killed five farmers and burned houses in an attack in Nigeria's Benue "
            "state on Sunday.")
    assert _placed(analyzer, text, "ASSAULT") == [("Benue", "NGA")]


@pytest.mark.model
def test_what_a_modal_asks_is_no_venue(analyzer):
    text = "The minister stressed that both sides must work for peace in Yemen."
    assert _placed(analyzer, text, "REQUEST") == [None]


@pytest.mark.model
def test_north_kivu_is_on_the_map(analyzer):
    text = "Rebels seized two villages in North Kivu province on Friday, officials said."
    assert _placed(analyzer, text, "ASSAULT") == [("North Kivu", "COD")]


@pytest.mark.model
def test_an_act_during_a_visit_to_a_place_is_there(analyzer):
    text = ("During a visit to Nairobi on Monday, the Turkish foreign minister signed a defence "
            "deal with Kenya.")
    found = _all_placed(analyzer, text)
    assert found and all(place == ("Nairobi", "KEN") for _, place in found)


@pytest.mark.model
def test_the_acts_of_a_visitor_and_its_hosts_after_a_visit_are_where_it_was(analyzer):
    text = ("The Brazilian president began a three-day visit to Angola on Tuesday. Angola's "
            "president praised Brazil's support for the country, and the two leaders agreed to "
            "expand trade.")
    found = _all_placed(analyzer, text)
    assert len(found) == 3 and all(place == ("Angola", "AGO") for _, place in found)


@pytest.mark.model
def test_an_act_of_another_year_after_a_visit_is_not_placed_by_it(analyzer):
    text = ("The Brazilian president began a three-day visit to Angola on Tuesday. In 2019, "
            "Angola's president praised Brazil's support for the country.")
    assert ("SUPPORT", None) in _all_placed(analyzer, text)


@pytest.mark.model
def test_a_name_off_the_map_taken_by_force_is_not_the_dateline_city(analyzer):
    text = ("GOMA, Congo — Rebels captured Kibirizi on Thursday after a day of fighting, "
            "officials said.")
    found = _all_placed(analyzer, text)
    assert found and all(place is None for _, place in found)


@pytest.mark.model
def test_a_person_arrested_leaves_the_dateline_city(analyzer):
    text = "KAMPALA, Uganda — Police arrested Bobi Wine on Monday."
    assert _placed(analyzer, text, "COERCE") == [("Kampala", "UGA")]


@pytest.mark.model
def test_the_village_is_not_the_big_dateline_city(analyzer):
    text = ("KYIV, Ukraine — Russian troops shelled the village overnight, killing two people, "
            "officials said.")
    found = _placed(analyzer, text, "ASSAULT")
    assert found and all(place is None for place in found)


@pytest.mark.model
def test_arrests_after_a_placed_police_action_are_where_it_was(analyzer):
    text = ("Police fired tear gas at protesters in Nairobi on Tuesday. Officers arrested 40 "
            "people, a police spokesman said.")
    assert _placed(analyzer, text, "COERCE") == [("Nairobi", "KEN"), ("Nairobi", "KEN")]


@pytest.mark.model
def test_arrests_in_other_towns_are_not_at_the_scene(analyzer):
    text = ("Police fired tear gas at opposition supporters in Nairobi on Tuesday, witnesses "
            "said. Security forces also detained 11 activists in other towns, rights groups said.")
    assert _placed(analyzer, text, "COERCE") == [("Nairobi", "KEN"), None]
