"""Quote stage: direct and indirect speech, speakers, speech dates."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.context import ArticleContext
from detente.dates import resolve_dates
from detente.quotemarks import quote_spans as _quote_spans
from detente.quotes import extract_quotes, speaker_dates
from detente.records import Actor, Article

THU = dt.date(2025, 5, 29)
KNOWN = {
    "Ivanova": Actor("Ivanova", "RUS", "GOV", "Olga Ivanova", "Foreign Minister"),
    "Petrenko": Actor("Petrenko", "UKR", "GOV", "Taras Petrenko", "President"),
    "the ministry": Actor("the ministry", "FRA", "GOV", "France"),
}


class FakeActors:
    """Stands in for actors.ArticleActors: resolves the names in KNOWN found in a span."""

    def __init__(self, doc):
        self.mentions = []

    def resolve(self, span):
        hits = [(span.text.find(k), a) for k, a in KNOWN.items() if k in span.text]
        return tuple(a for _, a in sorted(hits, key=lambda h: h[0]))

    def from_setting(self, actor):
        return False  # every KNOWN country is written


def run(nlp, text, published=THU):
    doc = nlp(text)
    ctx = ArticleContext(Article.make(text, published=published), doc, FakeActors(doc),
                         resolve_dates(doc, published), [])
    return ctx, extract_quotes(ctx)


def brief(q):
    return (q.speaker.name if q.speaker else None, q.text, q.direct, q.date)


@pytest.mark.model
def test_curly_quote_speaker_after(nlp_sm):
    text = "“We will not give up a single village,” Petrenko said on Tuesday."
    _, (q,) = run(nlp_sm, text)
    assert brief(q) == ("Taras Petrenko", "We will not give up a single village", True,
                        "2025-05-27")
    assert text[q.evidence.trigger_start:q.evidence.trigger_end] == q.text
    assert q.date_precision == "day"


@pytest.mark.model
def test_inverted_attribution_and_straight_quotes(nlp_sm):
    _, (q,) = run(nlp_sm, '"The door to dialogue remains open," said Ivanova.')
    assert brief(q) == ("Olga Ivanova", "The door to dialogue remains open", True, None)


@pytest.mark.model
def test_speaker_before_with_colon(nlp_sm):
    _, (q,) = run(nlp_sm, "Ivanova told reporters: “Our conditions have not changed at all.”")
    assert (q.speaker.name, q.direct) == ("Olga Ivanova", True)
    assert q.text == "Our conditions have not changed at all."


@pytest.mark.model
def test_multi_sentence_quote_attributed_in_the_next_sentence(nlp_sm):
    text = ("“The shelling went on all night. Nobody slept in the shelters.” "
            "Petrenko said. The army later withdrew.")
    _, (q,) = run(nlp_sm, text)
    assert q.speaker.name == "Taras Petrenko"
    assert q.text == "The shelling went on all night. Nobody slept in the shelters."
    assert "Petrenko said." in q.evidence.sentence


@pytest.mark.model
def test_speaker_after_a_dash(nlp_sm):
    text = "“We will rebuild every school in the region.” — Petrenko, in a radio address."
    _, (q,) = run(nlp_sm, text)
    assert (q.speaker.name, q.text) == ("Taras Petrenko", "We will rebuild every school in the region.")
    assert q.evidence.sentence.endswith("in a radio address.")


@pytest.mark.model
def test_nested_quote_stays_inside_the_outer_one(nlp_sm):
    text = "“They called it a ‘special operation,’ but it is a war,” Petrenko said."
    _, (q,) = run(nlp_sm, text)
    assert q.text == "They called it a ‘special operation,’ but it is a war"


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # scare quotes: one or two words, no speech
    "Russia held a so-called “referendum” in the occupied areas.",
    'The "peace plan" was dismissed by both sides as unworkable.',
    # short, punctuated and next to a speech verb, but inside the sentence: still a label
    'Ivanova said the "referendum," held in March, was legal.',
])
@pytest.mark.model
def test_scare_quotes_are_not_quotes(nlp_sm, text):
    _, quotes = run(nlp_sm, text)
    assert [q for q in quotes if q.direct] == []
    # what is said around the label is still reported speech
    assert [q.text for q in quotes] == (
        ['the "referendum," held in March, was legal'] if "Ivanova" in text else [])


@pytest.mark.model
def test_indirect_speech_with_that_and_without(nlp_sm):
    text = ("Ivanova insisted that any settlement must recognise the new borders. "
            "Petrenko said his government would never accept such terms.")
    _, quotes = run(nlp_sm, text)
    assert all(text[q.evidence.trigger_start:q.evidence.trigger_end] == q.text for q in quotes)
    assert [brief(q) for q in quotes] == [
        ("Olga Ivanova", "any settlement must recognise the new borders", False, None),
        ("Taras Petrenko", "his government would never accept such terms", False, None),
    ]


@pytest.mark.model
def test_according_to(nlp_sm):
    text = "Talks will resume in Geneva next month, according to Ivanova."
    _, (q,) = run(nlp_sm, text)
    assert brief(q) == ("Olga Ivanova", "Talks will resume in Geneva next month", False, None)


@pytest.mark.model
def test_speech_date_carries_over_to_later_quotes_by_the_same_speaker(nlp_sm):
    text = ("Speaking on Wednesday, Ivanova said the ceasefire was holding. "
            "“We expect the other side to respect it,” Ivanova said. "
            "“The mission will stay as long as needed,” Petrenko said.")
    ctx, quotes = run(nlp_sm, text)
    assert [brief(q) for q in quotes] == [
        ("Olga Ivanova", "the ceasefire was holding", False, "2025-05-28"),
        ("Olga Ivanova", "We expect the other side to respect it", True, "2025-05-28"),
        # no date for Petrenko's words: not the publication date either
        ("Taras Petrenko", "The mission will stay as long as needed", True, None),
    ]
    assert {k: v.value for k, v in speaker_dates(ctx).items()} == {"Olga Ivanova": "2025-05-28"}


@pytest.mark.model
def test_pronoun_speaker_is_the_previous_speaker(nlp_sm):
    text = ("Petrenko said the front line had stabilised. "
            "“We are ready for talks, but not for surrender,” he added.")
    _, quotes = run(nlp_sm, text)
    assert [q.speaker.name for q in quotes] == ["Taras Petrenko", "Taras Petrenko"]


@pytest.mark.model
def test_one_word_answer_is_a_quote(nlp_sm):
    _, (q,) = run(nlp_sm, "“Never,” Petrenko said.")
    assert (q.text, q.speaker.name) == ("Never", "Taras Petrenko")


@pytest.mark.model
def test_unknown_speaker_keeps_its_words(nlp_sm):
    _, (q,) = run(nlp_sm, "“The roads are too dangerous to use,” a local aid worker said.")
    assert (q.speaker.text, q.speaker.code) == ("a local aid worker", None)


@pytest.mark.model
def test_quoted_name_inside_a_sentence_is_not_a_quote(nlp_sm):
    text = 'Police arrested members of a cell calling itself "the Sons of the Northern Dawn."'
    assert run(nlp_sm, text)[1] == []


@pytest.mark.model
def test_negated_speech_is_not_a_quote(nlp_sm):
    _, quotes = run(nlp_sm, "Ivanova did not say that the talks had failed.")
    assert quotes == []


def test_quote_spans_read_mixed_marks_and_quotes_running_over_paragraphs():
    text = ('“Mixed marks," he said. "Still quoted.”\n'
            'He said "one two" and "three four".\n'
            '"A quote left open runs to the paragraph end\n“when the next one reopens.”\n'
            '"But not before prose.\nProse.')
    assert [text[s:e] for s, e in _quote_spans(text)] == [
        "Mixed marks,", "Still quoted.", "one two", "three four",
        "A quote left open runs to the paragraph end", "when the next one reopens."]


@pytest.mark.model
def test_a_dash_that_ends_the_article_after_a_quote_names_nobody(analyzer):
    # the dash attribution looked for a sentence past the end of the text and crashed
    art = Article.make("Officials met on Monday. \u201cWe will rebuild every town.\u201d \u2014")
    (analysis,) = list(analyzer.analyze([art]))
    assert [q.text for q in analysis.quotes] == ["We will rebuild every town."]
    assert analysis.quotes[0].speaker is None
