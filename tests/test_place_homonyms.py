"""A small town named inside a place of another country is in that country: the gazetteer's
town of the same name abroad is a homonym (place_names.inside_other_country). Hermetic."""

from __future__ import annotations

from detente.place_names import inside_other_country
from detente.records import Place


def _two(text, first, second, second_country="MMR", size=15_000):
    a = text.index(first)
    b = text.index(second)
    places = [Place(first, a, a + len(first), "Homonym", "JPN", 1.0, 2.0, 11, "city"),
              Place(second, b, b + len(second), second, second_country, geonameid=22,
                    feature="region")]
    return inside_other_country(places, text, {11: size})


def test_a_village_in_a_region_of_another_country_moves_there():
    got = _two("Jets bombed Tonbo village in Sagaing region on Sunday.", "Tonbo", "Sagaing")
    assert (got[0].name, got[0].country, got[0].lat, got[0].geonameid) == \
        ("Tonbo", "MMR", None, None)


def test_a_town_set_in_apposition_moves_too():
    got = _two("Troops entered Tonbo, a farming town in Sagaing, on Friday.", "Tonbo",
               "Sagaing")
    assert got[0].country == "MMR"


def test_two_places_side_by_side_keep_their_countries():
    got = _two("Flights from Tonbo to Sagaing resumed.", "Tonbo", "Sagaing")
    assert got[0].country == "JPN"


def test_a_large_city_is_no_homonym():
    got = _two("Talks in Tonbo in Sagaing went on.", "Tonbo", "Sagaing", size=2_000_000)
    assert got[0].country == "JPN"


def test_a_place_of_the_same_country_is_untouched():
    got = _two("Jets bombed Tonbo village in Sagaing region.", "Tonbo", "Sagaing",
               second_country="JPN")
    assert got[0].geonameid == 11
