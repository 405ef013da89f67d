"""Places and dates of wire-style stories: wire datelines ("KYIV, April 16 (Reuters) -"), the
dateline's place for later events of its country, villages the gazetteer lacks, regions the
NER takes for organisations, kind nouns closing a name ("Zamfara State"), hyphenated names,
"the state capital", visits, a date splitting an auxiliary from its participle, "a fortnight
ago" and states held since a date. Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.places import default_gazetteer, find_places
from detente.records import Article
from detente.datelines import dateline_match, dateline_place

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return result.events


def _where(ev):
    return (ev.location.name, ev.location.country) if ev.location else None


@pytest.mark.parametrize("text, place, region", [
    ("KYIV, April 16 (Reuters) - One man was hurt.", "KYIV", None),
    ("ISLAMABAD, Feb 5 (KUNA) -- Ten men were hurt.", "ISLAMABAD", None),
    ("GOMA, Democratic Republic of Congo, July 8 (Reuters) - Rebels said.", "GOMA",
     "Democratic Republic of Congo"),
    ("CHISINAU, September 10. /TASS/. The minister will travel.", "CHISINAU", None),
    ("Dera Ismail Khan (Reuters) – Militants attacked.", "Dera Ismail Khan", None),
    ("KATHMANDU: Floods hit the valley.", "KATHMANDU", None),
    ("Lagos, June 3 (IANS) Police said.", "Lagos", None),
    ("Tunis - Police fired tear gas.", "Tunis", None),
])
def test_wire_datelines_are_read(text, place, region):
    match = dateline_match(text)
    assert (match.group("place"), match.group("region")) == (place, region)


@pytest.mark.parametrize("text", [
    "Analysts: the war goes on.",
    "The U.N. (United Nations) said it would help.",
    "U.S. President John Doe said nothing.",
])
def test_openings_that_are_no_dateline(text):
    assert dateline_match(text) is None


def test_a_wire_dateline_does_not_set_the_story_s_country():
    # a wire's bureau often files on a neighbour: only a bureau-style dateline counts
    assert dateline_place("BANGKOK, May 2 (Reuters) - Troops shelled a town.") is None
    assert dateline_place("BANGKOK: Troops shelled a town.") is None
    assert dateline_place("BANGKOK — Troops shelled a town.") == "Bangkok"


@pytest.mark.parametrize("name, country", [
    ("El-Fasher", "SDN"),
    ("Democratic Republic of Congo", "COD"),
    ("Congo", "COD"),
    ("Republic of Congo", "COG"),
])
def test_names_the_gazetteer_knows(name, country):
    assert default_gazetteer().lookup(name).country == country


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Gunmen attacked Tundra village in Borno State on Friday.",
     [("Tundra", "NGA"), ("Borno", "NGA")]),
    ("Militants stormed a post in Pakistan's northern Khyber Pakhtunkhwa province.",
     [("Pakistan", "PAK"), ("Khyber Pakhtunkhwa", "PAK")]),
    ("Officials in Kano, the state capital, said nothing.", [("Kano", "NGA")]),
    ("Troops shelled houses in Qaroun village, near El-Fasher.",
     [("Qaroun", "SDN"), ("El Fasher", "SDN")]),
])
def test_places_named_in_news_style(nlp_sm, text, expected):
    found = [(p.name, p.country) for p in find_places(nlp_sm(text), default_gazetteer())]
    assert found == expected


@pytest.mark.model
def test_a_people_s_word_before_village_is_no_village(nlp_sm):
    found = find_places(nlp_sm("Settlers raided a Palestinian village at dawn."),
                        default_gazetteer())
    assert found == []


@pytest.mark.model
def test_the_village_is_not_the_city_the_story_is_filed_from(nlp_sm):
    text = ("GUSAU — Gunmen stormed a community on Monday. They burned the village and "
            "left.")
    found = [(p.text, p.name) for p in find_places(nlp_sm(text), default_gazetteer())]
    assert found == [("GUSAU", "Gusau")]


@pytest.mark.model
def test_the_dateline_places_later_events_of_its_country(analyzer):
    text = ("KANO, Nigeria — Gunmen killed four farmers on Monday, police said. "
            "Nigerian soldiers later arrested two suspects, the army said.")
    events = _events(analyzer, text)
    arrest = next(e for e in events if e.event == "COERCE")
    assert _where(arrest) == ("Kano", "NGA")


@pytest.mark.model
def test_the_dateline_does_not_place_a_neighbour_s_event(analyzer):
    text = "BANGKOK: A Myanmar military airstrike on a village killed ten civilians on Tuesday."
    strike = next(e for e in _events(analyzer, text) if e.event == "ASSAULT")
    assert strike.location is None


@pytest.mark.model
def test_a_visit_is_held_in_the_place_visited(analyzer):
    events = _events(analyzer, "The Moldovan foreign minister will visit Moscow on March 20.")
    visit = next(e for e in events if e.event == "CONSULT")
    assert (_where(visit), visit.date, visit.modality) == (("Moscow", "RUS"), "2025-03-20",
                                                           "future")


@pytest.mark.model
@pytest.mark.parametrize("text, date", [
    ("Six villagers were on Tuesday killed by gunmen in Borno State, police said.",
     "2025-03-11"),
    ("Gunmen killed nine traders in Borno State about a fortnight ago.", "2025-02"),
    ("The rebels have besieged the town since May 10, 2024, residents said.", "2024-05-10"),
    ("Nine people were killed in a night attack by gunmen who stormed the village, about a "
     "year ago.", "2024"),
])
def test_dates_of_wire_constructions(analyzer, text, date):
    events = [e for e in _events(analyzer, text) if e.event in ("ASSAULT", "COERCE")]
    assert events and {e.date for e in events} == {date}


@pytest.mark.model
@pytest.mark.parametrize("text, event, place", [
    ("Four farmers were killed on Sunday when gunmen attacked a village in northeastern "
     "Nigeria.", "ASSAULT", ("Nigeria", "NGA")),
    ("Rebels said they took control of the town of Bunia on Sunday.", "ASSAULT",
     ("Bunia", "COD")),
])
def test_places_of_acts_of_force(analyzer, text, event, place):
    found = [e for e in _events(analyzer, text) if e.event == event]
    assert [_where(e) for e in found] == [place]


@pytest.mark.model
def test_a_place_on_a_side_of_a_clash_is_the_clash_s(analyzer):
    text = ("Rebels killed five Malian soldiers on Saturday. Heavy clashes erupted between the "
            "rebel group and the Malian army in the town of Gao on Sunday.")
    found = [(_where(e), e.date) for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert found == [(None, "2025-03-08"), (("Gao", "MLI"), "2025-03-09")]


@pytest.mark.model
def test_a_place_that_only_locates_another_is_not_the_venue(analyzer):
    text = ("Troops seized two villages in Tigray, one to the south of the regional capital "
            "Mekelle, on Monday.")
    seized = [e for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert [_where(e) for e in seized] == [("Tigray", "ETH")]


@pytest.mark.model
def test_an_also_act_takes_the_date_of_the_same_party_s_act_before(analyzer):
    text = ("The High Court of Malawi on March 4 ordered all schools to admit the pupils. The "
            "High Court also ordered the school to pay damages.")
    orders = [e.date for e in _events(analyzer, text) if e.event == "REQUEST"]
    assert orders == ["2025-03-04", "2025-03-04"]


@pytest.mark.model
def test_an_undated_act_where_the_dated_incident_was_continues_it(analyzer):
    text = ("A military jet dropped three bombs on Tonbo village in the Sagaing region on "
            "Tuesday afternoon, according to a villager. He said houses had been destroyed in "
            "the village.")
    strikes = [(_where(e), e.date) for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert strikes == [(("Tonbo", "MMR"), "2025-03-11")] * 2


@pytest.mark.model
def test_a_place_the_text_names_beats_the_datelines_guess_in_one_attack_retold(analyzer):
    # the lead puts the ambush in southwest Pakistan; the retold toll has only the dateline
    text = ("Quetta - Militants ambushed a police convoy in southwest Pakistan on Monday, "
            "killing four officers, officials said. Four officers were killed and two were "
            "wounded, a police official said.")
    result = next(analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 14))]))
    got = [(e.evidence.trigger, e.location.name if e.location else None)
           for e in result.events if e.event == "ASSAULT"]
    assert got == [("ambushed", "Pakistan")]
