"""The story's setting and the countries actors take from the story itself (setting.py and
its use in actors.py): generic actors take the setting's country, a repeated sector word keeps
the country of its first, described mention, foreign or international actors take nothing.

Hermetic tests use a tokenizer-only pipeline with a sentencizer (every sentence counts as
the story's lead when there are few); the model-marked ones run the whole analyzer on
made-up stories.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from detente.actors import ArticleActors, load_kb
from detente.records import Article, Place
from detente.datelines import dateline_match, dateline_place
from detente.setting import article_setting, placed, takes_setting

DAY = dt.date(2025, 5, 29)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


@pytest.fixture(scope="module")
def sentenced():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def coded(nlp, kb, text, phrase, nth=0):
    """The (code, sector) of the actors ``phrase`` (its ``nth`` occurrence) resolves to."""
    doc = nlp(text)
    aa = ArticleActors(doc, kb, DAY)
    start = -1
    for _ in range(nth + 1):
        start = text.index(phrase, start + 1)
    span = doc.char_span(start, start + len(phrase))
    return aa, [(a.code, a.sector) for a in aa.resolve(span)]


# --- the setting itself -----------------------------------------------------------------------

def _nowhere(name):
    return None


def test_the_country_named_most_in_the_lead_is_the_setting():
    counted = [("KEN", 0), ("KEN", 1), ("UGA", 5), ("KEN", 7)]
    assert article_setting("Nairobi officials said.", counted, _nowhere) == "KEN"


def test_two_countries_about_equally_named_give_no_setting():
    counted = [("KEN", 0), ("UGA", 0), ("KEN", 4), ("UGA", 6)]
    assert article_setting("Talks went on.", counted, _nowhere) is None


def test_one_passing_mention_is_not_a_setting():
    assert article_setting("It rained.", [("KEN", 9)], _nowhere) is None


def test_a_dateline_counts_for_its_place():
    counted = [("UGA", 0)]
    places = {"Mombasa": "KEN"}
    assert article_setting("MOMBASA — Port workers walked out.", counted,
                           places.get) == "KEN"


def test_a_dateline_counts_only_for_a_state_the_story_names_as_a_party():
    counted = [("UKR", 0), ("UKR", 1), ("BEL", 0), ("UKR", 6)]
    places = {"Brussels": "BEL"}
    text = "BRUSSELS — EU ministers met over the crisis."
    assert article_setting(text, counted, places.get, frozenset({"UKR"})) == "UKR"
    assert article_setting(text, counted, places.get, frozenset({"UKR", "BEL"})) is None


@pytest.mark.parametrize("text, place", [
    ("MOMBASA — Port workers walked out.", "Mombasa"),
    ("SAN JOSE, COSTA RICA — Farmers said.", "Costa Rica"),
    ("Lima, Peru - A judge ruled.", "Peru"),
    ("Port workers walked out — again.", None),
    ("U.N. officials said.", None),
])
def test_dateline_place(text, place):
    assert dateline_place(text) == place


def test_foreign_and_international_words_keep_an_actor_out_of_the_setting():
    assert takes_setting(["the", "police"])
    assert not takes_setting(["foreign", "donors"])
    assert not takes_setting(["international", "observers"])


# --- generic actors take the setting ------------------------------------------------------------

KENYA = ("Kenyan police arrested six people in Nairobi. Kenya's parliament met on Monday. "
         "Authorities said the suspects were held. Foreign diplomats and U.N. officials watched. "
         "Ugandan police said nothing.")


def test_a_generic_actor_takes_the_country_of_the_setting(sentenced, kb):
    aa, found = coded(sentenced, kb, KENYA, "Authorities")
    assert aa.setting == "KEN"
    assert found == [("KEN", "GOV")]
    start = KENYA.index("Authorities")
    assert aa.from_setting(aa.resolve(aa.doc.char_span(start, start + 11))[0])


def test_foreign_international_and_other_countries_actors_keep_their_own(sentenced, kb):
    assert coded(sentenced, kb, KENYA, "Foreign diplomats")[1] == [(None, "GOV")]
    assert coded(sentenced, kb, KENYA, "U.N. officials")[1] == [("IGO", "GOV")]
    assert coded(sentenced, kb, KENYA, "Ugandan police")[1] == [("UGA", "COP")]


def test_a_written_country_is_not_from_the_setting(sentenced, kb):
    aa, _ = coded(sentenced, kb, KENYA, "Kenyan police")
    doc = aa.doc
    actor = aa.resolve(doc.char_span(0, len("Kenyan police")))[0]
    assert actor.code == "KEN" and not aa.from_setting(actor)


def test_no_setting_when_two_countries_share_the_story(sentenced, kb):
    text = ("Kenya and Uganda signed a border deal. Kenyan and Ugandan ministers met. "
            "Police said the border stayed open.")
    aa, found = coded(sentenced, kb, text, "Police")
    assert aa.setting is None
    assert found == [(None, "COP")]


# --- a described first mention carries its country --------------------------------------------

def test_a_repeated_sector_word_keeps_the_country_of_its_first_mention(sentenced, kb):
    text = ("Chile's government said a Peruvian judge had ruled on the case. Chilean lawyers "
            "objected in Chile. The judge defended the ruling. Chilean police stood by.")
    aa, found = coded(sentenced, kb, text, "The judge")
    assert aa.setting == "CHL"
    assert found == [("PER", "JUD")]
    assert not aa.from_setting(aa.resolve(aa.doc.char_span(
        text.index("The judge"), text.index("The judge") + 9))[0])


# --- a small town abroad does not place an unknown name -----------------------------------------

def test_a_small_town_abroad_does_not_place_a_name_in_another_countrys_story(kb):
    assert kb.place("Kumanovo").code == "MKD"  # the gazetteer alone: a town of 100,000
    assert kb.place("Kumanovo", frozenset({"MKD"})).code == "MKD"
    assert kb.place("Kumanovo", frozenset({"FRA"})) is None
    assert kb.place("Lyon", frozenset({"DEU"})).code == "FRA"  # big cities need no help


# --- real model ------------------------------------------------------------------------------

STORY = ("Zambian President Hakainde Hichilema dismissed the head of the central bank on "
         "Monday, Zambia's state broadcaster reported. Zambia has struggled with debt since "
         "2020. Opposition lawmakers accused the government of silencing critics. Police "
         "arrested two protesters outside parliament in Lusaka. Hichilema said the economy "
         "was recovering.")


@pytest.mark.model
def test_generic_actors_of_a_real_story_take_its_country(nlp_sm, kb):
    aa = ArticleActors(nlp_sm(STORY), kb, DAY)
    assert aa.setting == "ZMB"
    doc = aa.doc
    for phrase, sector in (("Opposition lawmakers", "LEG"), ("Police", "COP")):
        start = STORY.index(phrase)
        found = aa.resolve(doc.char_span(start, start + len(phrase)))
        assert [(a.code, a.sector) for a in found] == [("ZMB", sector)], phrase


@pytest.mark.model
def test_events_and_speakers_take_the_story_country(analyzer):
    article = Article(id="made-up-1", text=STORY, published=DAY)
    analysis = next(analyzer.analyze([article]))
    arrests = [e for e in analysis.events if e.evidence.trigger == "arrested"]
    assert [[a.code for a in e.actor] for e in arrests] == [["ZMB"]]
    accuse = [e for e in analysis.events if e.evidence.trigger == "accused"]
    assert [([a.code for a in e.actor], [a.code for a in e.recipient]) for e in accuse] == [
        (["ZMB"], ["ZMB"])]


# --- names repeated alone -------------------------------------------------------------------------

def tagged(nlp, text, labelled):
    """``text`` parsed with the named entities (substring, occurrence, label) set by hand."""
    doc = nlp(text)
    ents = []
    for name, nth, label in labelled:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        ents.append(doc.char_span(start, start + len(name), label=label))
    doc.ents = ents
    return doc


def test_a_given_name_alone_is_the_one_person_of_the_article_with_it(sentenced, kb):
    text = "Malaysian Prime Minister Tengku Razaleigh spoke. Tengku said talks would go on."
    doc = tagged(sentenced, text, [("Tengku Razaleigh", 0, "PERSON"), ("Tengku", 1, "PERSON")])
    aa = ArticleActors(doc, kb, DAY)
    start = text.index("Tengku said")
    assert [(a.code, a.name) for a in aa.resolve(doc.char_span(start, start + 6))] == [
        ("MYS", "Tengku Razaleigh")]


def test_a_given_name_two_people_share_stays_unresolved(sentenced, kb):
    text = ("Kenyan minister Otieno Mbadi met Ugandan minister Otieno Mulimba. "
            "Otieno said talks would go on.")
    doc = tagged(sentenced, text, [("Otieno Mbadi", 0, "PERSON"),
                                   ("Otieno Mulimba", 0, "PERSON"), ("Otieno", 2, "PERSON")])
    aa = ArticleActors(doc, kb, DAY)
    start = text.index("Otieno said")
    assert [a.code for a in aa.resolve(doc.char_span(start, start + 6))] == [None]


def test_an_unplaceable_name_tagged_once_is_the_same_name_later(sentenced, kb):
    text = ("Somali forces and Somali police patrolled Mogadishu. Somalia's president spoke. "
            "Qorsheeye said the vote was late. Later Qorsheeye said talks had failed.")
    doc = tagged(sentenced, text, [("Qorsheeye", 0, "GPE")])
    aa = ArticleActors(doc, kb, DAY)
    assert aa.setting == "SOM"
    start = text.index("Later Qorsheeye") + 6
    assert [(a.code, a.name) for a in aa.resolve(doc.char_span(start, start + 9))] == [
        ("SOM", "Qorsheeye")]


def test_a_country_ending_a_longer_place_name_does_not_make_the_body_its_own(sentenced, kb):
    text = "The South Jordan Police Department said."
    doc = tagged(sentenced, text, [("The South Jordan Police Department", 0, "ORG")])
    aa = ArticleActors(doc, kb, DAY)
    assert [a.code for a in aa.mentions] == [None]


@pytest.mark.model
def test_an_appositive_gives_an_unknown_person_a_country(nlp_sm, kb):
    text = ("Chilean police detained four protesters in Santiago on Monday. Chile's government "
            "defended the arrests. \"The law is clear,\" said Maria Torres, a judge in "
            "Peru. Chilean lawmakers disagreed. Torres said she would appeal. "
            "Pablo Rojas said the protests would go on.")
    aa = ArticleActors(nlp_sm(text), kb, DAY)
    assert aa.setting == "CHL"
    doc = aa.doc

    def code_of(phrase, nth=0):
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return [a.code for a in aa.resolve(doc.char_span(start, start + len(phrase)))]

    assert code_of("Maria Torres") == ["PER"]
    assert code_of("Torres", 1) == ["PER"]
    assert code_of("Pablo Rojas") == ["CHL"]  # no appositive: the story's country


@pytest.mark.parametrize("text, parts", [
    ("HARARE, Oct. 3 (Reuters) -- Police said.", ("HARARE", None, "Oct. 3", "(Reuters)")),
    ("GAO, Mali, March 9 (AFP): Soldiers said.", ("GAO", "Mali", "March 9", "(AFP)")),
    ("QUITO (AP) — A judge ruled.", ("QUITO", None, None, "(AP)")),
    ("Officials said: nothing.", None),
    # a lead naming a group and its initials is no dateline
    ("The main rebel group, Forces for National Renewal (FNR), rejected the offer.", None),
])
def test_a_wire_dateline_may_carry_the_day_and_the_agency(text, parts):
    match = dateline_match(text)
    got = match and tuple(match.group(g) for g in ("place", "region", "date", "agency"))
    assert got == parts


# --- a story that names only provinces and towns ----------------------------------------------

PROVINCIAL = ("Gunmen stormed a police post in Zamfara State, near Maradi, on Sunday. "
              "A resident said the attackers fled. Police said two officers were killed. "
              "Hyderabad traders closed their shops.")


def _places(text, *found):
    """Place records for (name, country) pairs, at the name's first occurrence in ``text``."""
    return [Place(name, text.index(name), text.index(name) + len(name), name, code,
                  feature="region") for name, code in found]


def test_places_are_counted_in_the_sentence_they_stand_in(sentenced):
    doc = sentenced(PROVINCIAL)
    found = _places(PROVINCIAL, ("Zamfara", "NGA"), ("resident", None), ("Police", "NGA"))
    assert placed(doc.sents, found) == (("NGA", 0),)


def test_a_name_several_countries_have_does_not_set_the_story(sentenced, kb):
    doc = sentenced(PROVINCIAL)
    assert placed(doc.sents, _places(PROVINCIAL, ("Hyderabad", "IND"))) == ()
    aa = ArticleActors(doc, kb, DAY, _places(PROVINCIAL, ("Hyderabad", "IND")))
    assert aa.setting is None


def test_a_story_naming_no_state_is_set_where_its_places_lie(sentenced, kb):
    doc = sentenced(PROVINCIAL)
    aa = ArticleActors(doc, kb, DAY, _places(PROVINCIAL, ("Zamfara", "NGA")))
    assert aa.setting == "NGA"
    start = PROVINCIAL.index("Police")
    assert [(a.code, a.sector) for a in aa.resolve(doc.char_span(start, start + 6))] == [
        ("NGA", "COP")]


def test_places_in_two_countries_with_no_leader_set_nothing(sentenced, kb):
    doc = sentenced(PROVINCIAL)
    aa = ArticleActors(doc, kb, DAY, _places(PROVINCIAL, ("Zamfara", "NGA"), ("Maradi", "NER")))
    assert aa.setting is None


def test_a_named_state_outweighs_the_places(sentenced, kb):
    text = "Kenyan police arrested six people. Kenya's parliament met. " + PROVINCIAL
    doc = sentenced(text)
    aa = ArticleActors(doc, kb, DAY, _places(text, ("Zamfara", "NGA")))
    assert aa.setting == "KEN"


# --- a dateline's own words -------------------------------------------------------------------

def test_a_dateline_country_the_story_never_names_again_sets_nothing(sentenced, kb):
    # the bureau's country, written in the dateline only, is where the reporter files
    text = ("LISBON, PORTUGAL -- Kenya and Uganda traded accusations over the border on Monday. "
            "Kenyan officials said Ugandan troops had crossed it. Police said the border "
            "stayed open.")
    aa, found = coded(sentenced, kb, text, "Police")
    assert aa.setting is None
    assert found == [(None, "COP")]


def test_a_dateline_country_the_story_names_again_still_counts(sentenced, kb):
    text = ("KAMPALA, UGANDA -- Uganda's army said on Monday it had closed two crossings. "
            "Kenyan traders complained. Police said the border stayed closed.")
    aa, found = coded(sentenced, kb, text, "Police")
    assert aa.setting == "UGA"
    assert found == [("UGA", "COP")]


def test_a_qualified_sector_word_of_another_sector_is_not_the_named_states(sentenced, kb):
    # "Ugandan forces" once in a story between two states: a bare "the forces" later are
    # those forces again, but "rebel forces" are another body that shares only the word
    text = ("Kenya and Uganda traded accusations on Monday. Ugandan forces crossed the border, "
            "Kenya said. Rebel forces attacked a village near the border. The forces withdrew "
            "later, Uganda said.")
    aa, found = coded(sentenced, kb, text, "Rebel forces")
    assert aa.setting is None
    assert found == [(None, "REB")]
    assert coded(sentenced, kb, text, "The forces")[1] == [("UGA", "MIL")]


def test_governments_in_the_plural_are_not_the_storys_own(sentenced, kb):
    text = ("Kenyan police arrested six people in Nairobi. Kenya's parliament met on Monday. "
            "Governments pledged two billion dollars at the conference. The government "
            "said the suspects were held.")
    aa, found = coded(sentenced, kb, text, "Governments")
    assert aa.setting == "KEN"
    assert found == [(None, "GOV")]
    assert coded(sentenced, kb, text, "The government")[1] == [("KEN", "GOV")]


def test_a_dateline_state_named_only_by_its_places_does_not_set_the_story(sentenced, kb):
    # a reporter at a camp across the border: the host named only as the camp's side
    text = ("KIRAMBO, Uganda -- Refugees fleeing fighting in Kenya said on Monday that "
            "Kenyan troops burned their villages. Kenya's army denied it. At the Ugandan "
            "border post of Kirambo, the refugees said soldiers shot at them. Police said "
            "the border stayed open.")
    aa, found = coded(sentenced, kb, text, "Police")
    assert aa.setting == "KEN"
    assert found == [("KEN", "COP")]
