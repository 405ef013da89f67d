"""A lone surname that the officials list knows for one person only (actors._person with
actor_descriptions.surname_of_named): made-up stories on the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import ArticleActors, load_kb

pytestmark = pytest.mark.model


def codes_of(nlp_sm, text, words, day):
    doc = nlp_sm(text)
    aa = ArticleActors(doc, load_kb(), day)
    start = text.rindex(words)
    return [a.code for a in aa.resolve(doc.char_span(start, start + len(words)))]


def test_a_surname_of_a_former_official_of_a_state_the_story_never_names(nlp_sm):
    text = ("Venezuelan police detained an opposition organiser in Caracas on Monday. "
            "Supporters of the candidate, Gonzalez, said the arrest was unlawful.")
    assert codes_of(nlp_sm, text, "Gonzalez", dt.date(2024, 7, 20)) == ["VEN"]


def test_the_same_surname_in_a_story_of_the_official_s_state(nlp_sm):
    text = ("Spain's Socialists met in Madrid on Monday. Gonzalez said the party would "
            "back the government.")
    assert codes_of(nlp_sm, text, "Gonzalez", dt.date(2024, 7, 20)) == ["ESP"]


def test_a_name_speaking_after_a_quote_holds_the_office_named_before_it(nlp_sm):
    text = ("Troops fired on protesters in Harare on Monday. The U.N. envoy for Zimbabwe "
            "urged restraint. \"This must end. I call on all sides to stop,\" Mara Oyelaran "
            "said on Tuesday.")
    assert codes_of(nlp_sm, text, "Mara Oyelaran", dt.date(2024, 7, 20)) == ["IGO"]


def test_a_name_after_a_quote_that_opened_mid_sentence_keeps_the_story_s_country(nlp_sm):
    text = ("Troops fired on protesters in Harare on Monday. The U.N. envoy for Zimbabwe "
            "urged restraint. Residents said \"the shooting went on,\" Mara Oyelaran said.")
    assert codes_of(nlp_sm, text, "Mara Oyelaran", dt.date(2024, 7, 20)) != ["IGO"]
