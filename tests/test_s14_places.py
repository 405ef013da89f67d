"""Places of events on wire-news prose (session 14): "on the outskirts of X", a town described
by an apposition ("X, a mining town in eastern Y", "X, about 40 km south of Y"), a town the
parser tags as a person where an act lands on it ("shelled X"). Made-up sentences; the
model-marked tests run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

PUBLISHED = dt.date(2025, 3, 8)  # a Saturday


def _where(event):
    loc = event.location
    return (loc.name, loc.country) if loc is not None else None


@pytest.mark.model
def test_on_the_outskirts_of_a_city_is_in_that_city(analyzer):
    # the parser's lemma of "outskirts" is "outskirt"; "on" is no target here
    (found,) = events_in(analyzer, "Police arrested demonstrators on the outskirts of "
                         "Dakar on Thursday.", "COERCE", PUBLISHED)
    assert _where(found) == ("Dakar", "SEN")


@pytest.mark.model
def test_an_assault_on_the_outskirts_of_a_town_is_there(analyzer):
    # a light verb's event noun: "on the outskirts" places it, as "in" would
    (found,) = events_in(analyzer, "Russian troops launched an assault on the outskirts of "
                         "Pokrovsk on Friday, Ukraine's army said.", "ASSAULT", PUBLISHED)
    assert _where(found) == ("Pokrovsk", "UKR")


@pytest.mark.model
def test_a_town_described_by_an_apposition_is_kept_with_its_country(analyzer):
    # the gazetteer lacks the town; the description names the country it lies in
    (found,) = events_in(analyzer, "Rebels seized Kolwesa-Bana, a mining town in eastern "
                         "Congo, on Wednesday, residents said.", "COERCE", PUBLISHED)
    assert _where(found) == ("Kolwesa-Bana", "COD")


@pytest.mark.model
def test_a_town_located_by_a_distance_is_the_place_not_the_reference(analyzer):
    # "X, about 350 km southwest of Y": Y only locates X
    found = events_in(analyzer, "Sudan's paramilitary forces shelled El Obeid, about 350 km "
                      "southwest of Khartoum, on Friday.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0]) == ("El Obeid", "SDN")


@pytest.mark.model
def test_a_shelled_town_tagged_as_a_person_is_a_place(analyzer):
    # the parser tags the town PERSON; as the object of shelling it is the gazetteer's town
    found = events_in(analyzer, "Russian forces shelled Kherson on Friday, wounding two "
                      "civilians.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0]) == ("Kherson", "UKR")


@pytest.mark.model
def test_a_states_act_on_foreigners_is_at_its_dateline(analyzer):
    # the recipients are foreigners; the doers are the dateline's own state
    (found,) = events_in(analyzer, "MANAGUA, Nicaragua (AP) — Nicaragua's government expelled "
                         "two Spanish priests on Friday, church officials said.", "COERCE",
                         PUBLISHED)
    assert _where(found) == ("Managua", "NIC")


@pytest.mark.model
def test_the_destination_of_deportees_does_not_move_the_act(analyzer):
    # "to Nairobi" is where the deportees went, not where they were deported
    (found,) = events_in(analyzer, "DAR ES SALAAM, Tanzania (AP) — Tanzanian police deported "
                         "three Kenyan lawyers to Nairobi on Friday.", "COERCE", PUBLISHED)
    assert _where(found) == ("Dar es Salaam", "TZA")


@pytest.mark.model
def test_a_name_before_a_kind_and_a_place_noun_is_the_venue(analyzer):
    # "the X refugee camp": the parser hangs X on "refugee", the kind before "camp"
    found = events_in(analyzer, "Israeli airstrikes hit a house in the Jabaliya refugee camp "
                      "overnight, killing five people.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0])[1] == "PSE" and _where(found[0])[0].startswith("Jab")


@pytest.mark.model
def test_a_court_in_a_city_sentences_there(analyzer):
    # the doer's own phrase names where it acts: "a court in X sentenced"
    (found,) = events_in(analyzer, "A court in Tashkent sentenced a journalist to six years in "
                         "prison on Tuesday.", "SANCTION", PUBLISHED)
    assert _where(found) == ("Tashkent", "UZB")


@pytest.mark.model
def test_the_acts_own_phrase_beats_the_doers_phrase(analyzer):
    # the traders' phrase names the city; the sit-in's own phrase names the market
    (found,) = events_in(analyzer, "Traders in Kenya's capital staged a sit-in at the Gikomba "
                         "market on Monday to protest new taxes.", "PROTEST", PUBLISHED)
    assert found.location is not None and found.location.text == "Gikomba market"


@pytest.mark.model
def test_an_attack_told_as_a_subject_keeps_the_town_of_its_phrase(analyzer):
    # the act itself is the subject: its phrase is its own, not a doer's
    found = events_in(analyzer, "Friday's attack in the town of Bulo Hawo in Gedo region killed "
                      "12 soldiers, officials said.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0])[0] == "Bulo Hawo"


@pytest.mark.model
def test_a_demonym_steers_a_homonym_to_its_country(analyzer):
    # "Lebanese officials": the Tripoli of Lebanon, not the bigger one of Libya
    found = events_in(analyzer, "Riot police fired tear gas at protesters in the northern city "
                      "of Tripoli on Friday, Lebanese officials said.", "COERCE", PUBLISHED)
    assert found and _where(found[0]) == ("Tripoli", "LBN")


@pytest.mark.model
def test_the_city_of_a_name_is_the_town_not_the_province(analyzer):
    # ISO 3166-2 has a governorate of the same name; "the city of" says which
    found = events_in(analyzer, "Israeli troops raided the city of Jenin in the occupied West "
                      "Bank on Monday.", "ASSAULT", PUBLISHED)
    assert found and found[0].location is not None and found[0].location.text == "Jenin"
    assert found[0].location.feature == "city"


@pytest.mark.model
def test_the_far_side_of_a_border_gives_no_country_to_an_unmapped_village(analyzer):
    # "close to the border with Belarus": Belarus is across the border, not the village's
    found = events_in(analyzer, "Border guards detained 30 migrants near the village of "
                      "Stara Wolka close to the border with Belarus on Monday.", "COERCE",
                      PUBLISHED)
    assert found and found[0].location is not None
    assert found[0].location.name == "Stara Wolka" and found[0].location.country != "BLR"


@pytest.mark.model
def test_the_capital_named_after_its_comma_is_the_place_taken(analyzer):
    # the parser does not hang "Sana'a" on "the capital"; the words set it right after it
    found = events_in(analyzer, "The rebels seized the capital, Sana'a, in 2014 after a long "
                      "campaign.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0]) == ("Sanaa", "YEM")


@pytest.mark.model
def test_a_captured_town_off_the_map_is_kept_in_the_storys_country(analyzer):
    # the gazetteer lacks the town; the story is about Sri Lanka
    text = ("Sri Lanka's army has pushed north for months, officials in Colombo said. On Friday "
            "the army captured Kilinochchi after weeks of fighting.")
    found = [e for e in events_in(analyzer, text, "ASSAULT", PUBLISHED)
             if e.evidence.trigger == "captured"]
    assert found and _where(found[0]) == ("Kilinochchi", "LKA")


@pytest.mark.model
def test_a_town_naming_a_bombing_is_its_place_though_tagged_otherwise(analyzer):
    # the parser tags the town a person or a product; before "bombing" it is the gazetteer's
    found = events_in(analyzer, "Police officials said the Peshawar bombing on Friday was the "
                      "worst attack on the force this year.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0]) == ("Peshawar", "PAK")
    found = events_in(analyzer, "Investigators said the Kassala bombing, which killed nine people "
                      "on Friday, was the work of a militia.", "ASSAULT", PUBLISHED)
    assert found and _where(found[0]) == ("Kassala", "SDN")


@pytest.mark.model
def test_the_capital_of_a_country_named_later_in_its_sentence(analyzer):
    # no country before "the capital": the one its sentence names after it
    found = events_in(analyzer, "Riot police fired tear gas at students in the capital on "
                      "Friday, two days after Senegal's government banned street protests.",
                      "COERCE", PUBLISHED)
    assert found and _where(found[0]) == ("Dakar", "SEN")


@pytest.mark.model
def test_a_name_before_peninsula_is_the_place(analyzer):
    # "off the X peninsula": the noun says X is a place, whatever the parser tags it
    found = events_in(analyzer, "The navy arrested 14 fishermen off the northern Jaffna "
                      "peninsula on Sunday.", "COERCE", PUBLISHED)
    assert found and _where(found[0]) == ("Jaffna", "LKA")
