"""Where an act of force happened when the text says it through its target or its landing
(events/targets.py), places named without a gazetteer name ("X city", "the area of X"),
the seat of a body ("the London-based monitor") that is no place of the story, the country
of a village the gazetteer lacks (place_country.py), and "earlier on Sunday" (dates.py).
Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.dates import parse_expression
from detente.places import default_gazetteer, find_places
from detente.records import Article

PUBLISHED = dt.date(2024, 3, 13)  # a Wednesday


def _events(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == category]


def _where(event):
    return (event.location.text, event.location.country) if event.location else None


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    # an attack told as a noun: what it hit is where it happened
    ("Fighting raged across Sudan's west. Residents said an airstrike hit the village of "
     "Umm Dafok on Monday, killing eleven people.", ("Umm Dafok", "SDN")),
    ("Shelling continued in eastern Ukraine on Monday. Officials said a missile strike hit "
     "a market in Kostiantynivka, killing six people.", ("Kostiantynivka", "UKR")),
    # where it landed
    ("Militants fired a dozen rockets into southern Israel on Tuesday, the army said.",
     ("Israel", "ISR")),
    ("Troops fired mortar shells into northern Afghanistan on Sunday, officials said.",
     ("Afghanistan", "AFG")),
])
def test_an_attack_happened_where_it_hit_or_landed(analyzer, text, place):
    assert place in {_where(e) for e in _events(analyzer, text, "ASSAULT")}


@pytest.mark.model
def test_an_attack_that_caused_protests_elsewhere_is_not_placed_there(analyzer):
    text = "The bombing sparked protests in Paris on Monday."
    assert ("Paris", "FRA") not in {_where(e) for e in _events(analyzer, text, "ASSAULT")}


@pytest.mark.model
def test_a_force_pushing_people_into_a_street_is_not_placed_by_into(analyzer):
    text = "Police forced the marchers into Lagos on Monday and arrested their leaders."
    assert all(e.location is None or e.location.name != "Lagos" or e.event == "COERCE"
               for e in _events(analyzer, text, "ASSAULT"))


@pytest.mark.model
@pytest.mark.parametrize("text, name, country", [
    # a kind noun after a name the gazetteer knows without it
    ("Police detained dozens of traders in Jalalabad city in Afghanistan on Monday.",
     "Jalalabad", "AFG"),
    # "the area of X", "the X area": a place the gazetteer lacks, in the story's country
    ("Violence flared in Kenya this week. Bandits attacked herders in the northern area of "
     "Kapedo Lomelo on Monday.", "Kapedo Lomelo", "KEN"),
])
def test_places_named_with_their_kind_noun(nlp_sm, text, name, country):
    found = {(p.text, p.country) for p in find_places(nlp_sm(text), default_gazetteer())}
    assert (name, country) in found


@pytest.mark.model
def test_a_village_takes_the_story_s_country_not_a_body_s_seat(nlp_sm, analyzer):
    text = ("Clashes killed five civilians in northern Syria on Sunday.\n\n"
            "The London-based monitor said a drone hit the village of Tell Abyad Saghir on "
            "Monday night and that three children were killed.")
    found = {p.text: p.country for p in find_places(nlp_sm(text), default_gazetteer())}
    assert "London" not in found  # the monitor's seat, no place of the story
    assert found.get("Tell Abyad Saghir") == "SYR"


@pytest.mark.model
def test_a_village_in_a_paragraph_ending_without_a_space_keeps_its_own_country(nlp_sm):
    text = ("KAMPALA, March 13 - Ugandan police denied on Wednesday that rebels were behind the "
            "raids near the border with Kenya.\n\nIn February, gunmen attacked the village of "
            "Nabwal Kaket, police said.\n\nA rebel spokesman spoke on Monday in Nairobi.")
    found = {p.text: p.country for p in find_places(nlp_sm(text), default_gazetteer())}
    assert found.get("Nabwal Kaket") == "UGA"


@pytest.mark.parametrize("surface, value", [
    ("Earlier on Sunday", "2024-03-10"),
    ("later on Monday", "2024-03-11"),
    ("earlier Tuesday", "2024-03-12"),
    ("Earlier on Wednesday", "2024-03-13"),  # the publication day itself
    ("later this month", "2024-03"),
])
def test_earlier_or_later_on_a_weekday_is_that_day(surface, value):
    ref = parse_expression(surface, 0, len(surface), PUBLISHED)
    assert (ref.kind, ref.value) == ("point", value)


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    # a name the gazetteer lacks after a venue preposition is where the act happened, and the
    # dateline city, where the story was filed, is not
    ("ISLAMABAD — Pakistan's army said on Tuesday that militants killed four soldiers in "
     "South Waziristan on Monday.", ("South Waziristan", "PAK")),
    ("KABUL — Gunmen stormed a police checkpoint in Qarabagh district on Monday, killing "
     "three officers, officials said.", ("Qarabagh", "AFG")),
])
def test_an_unmapped_place_name_beats_the_dateline(analyzer, text, place):
    places = {_where(e) for e in _events(analyzer, text, "ASSAULT")}
    assert place in places and not any(p and p[0].isupper() and p[0] in text[:9]
                                       for p in places)


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    # the other side of a clash, named after "with", "on" or "by": where its phrase puts it
    ("Troops clashed with smugglers near the border town of Chaman on Monday, police said.",
     ("Chaman", "PAK")),
    ("Soldiers were ambushed by gunmen near Mopti on Monday, the army said.", ("Mopti", "MLI")),
])
def test_the_other_side_s_place_is_where_a_clash_happened(analyzer, text, place):
    assert place in {_where(e) for e in _events(analyzer, text, "ASSAULT")}


@pytest.mark.model
def test_a_side_named_alone_is_no_place(analyzer):
    events = _events(analyzer, "Ukrainian troops clashed with Russia on Tuesday.", "ASSAULT")
    assert events and all(e.location is None for e in events)


@pytest.mark.model
def test_the_town_seized_is_the_place_not_the_province_around_it(analyzer):
    text = ("Rebels in eastern Congo said on Sunday they seized the town of Kiwanja in North "
            "Kivu province after government forces fled.")
    assert ("Kiwanja", "COD") in {_where(e) for e in _events(analyzer, text, "ASSAULT")}


@pytest.mark.model
@pytest.mark.parametrize("text, category, place", [
    # "there" stands for the last place named where something is or someone went
    ("The president flew to Nairobi on Monday. He met the Kenyan president there on Tuesday.",
     "CONSULT", ("there", "KEN")),
    ("Inmates escaped from the prison in Gitarama on Monday. Several opposition leaders are "
     "also detained there.", "COERCE", ("there", "RWA")),
])
def test_there_is_the_place_named_before(analyzer, text, category, place):
    assert place in {_where(e) for e in _events(analyzer, text, category)}


@pytest.mark.model
def test_there_is_not_a_place_named_as_a_side_or_a_target(nlp_sm):
    text = ("Pyongyang set a deadline for Washington. Talks failed at the summit held last "
            "year. There, the leader asked for sanctions relief.")
    found = find_places(nlp_sm(text), default_gazetteer())
    assert not [p for p in found if p.text == "There"]


def _dated(analyzer, text, published=dt.date(2021, 4, 16)):
    (analysis,) = analyzer.analyze([Article.make(text, published=published)])
    return {(e.event, e.modality, e.date) for e in analysis.events}


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # the date of the purpose is the act's: history two years before the story
    ("Nairobi received $300 million in Japanese loans to rebuild the northern railway in "
     "2017.", ("AID", "historical", "2017")),
    ("Moscow sent troops to crush the uprising in 2014.", ("MOBILIZE", "historical", "2014")),
])
def test_an_act_takes_the_date_of_its_purpose(analyzer, text, event):
    assert event in _dated(analyzer, text)



@pytest.mark.model
def test_a_place_inside_where_an_act_came_from_is_not_its_place(analyzer):
    text = "A villager said the jets attacked from an air base in Meiktila in Mandalay Region."
    events = _events(analyzer, text, "ASSAULT")
    assert events and all(e.location is None or e.location.text != "Meiktila" for e in events)


@pytest.mark.model
def test_the_place_a_march_sets_out_from_is_its_place(analyzer):
    text = "Thousands of supporters began a march from the eastern city of Lahore last week."
    assert ("Lahore", "PAK") in {_where(e) for e in _events(analyzer, text, "PROTEST")}


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    # a meeting the talk was held at, through "of" phrases, is where it happened
    ("Rebel and government delegations met face-to-face during the second round of peace "
     "talks in Abuja.", "Abuja"),
    ("Ukraine's foreign minister held a meeting with his Chinese counterpart on the sidelines "
     "of the General Assembly in New York on Friday.", "New York City"),
])
def test_a_meeting_is_where_the_talks_it_holds_happened(analyzer, text, place):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2021, 4, 16))])
    assert place in {e.location.name for e in analysis.events
                     if e.event == "CONSULT" and e.location is not None}


@pytest.mark.model
def test_a_name_no_gazetteer_knows_takes_no_country_from_the_talks_venue(analyzer):
    # the story's states may be unknown to the gazetteer too: the towns of the talks' host
    # country, named most, do not make it the country of the front line
    text = ("Envoys met in Geneva on Monday. A second round in Geneva is planned, and the "
            "mediators will report in Bern. Two soldiers were killed on Saturday when a drone "
            "struck a convoy near Kellorvo.")
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2024, 10, 8))])
    struck = [e for e in analysis.events if e.event == "ASSAULT"]
    assert struck and all(e.location is None or e.location.country != "CHE" for e in struck)
    assert all(a.code != "CHE" for e in struck for a in e.actor)
