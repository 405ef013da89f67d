"""Modality and hedging of events: asserted, future, hypothetical, negated, historical.

The first group runs on hand-built parses (no model); the second parses our own sentences.
"""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from detente.events import extract_events, load_lexicon
from detente.events import modality as modality_mod
from detente.events.candidates import find_candidates

from test_events import events_of, make_ctx  # shared dictionary-resolver helpers


def _doc(words, heads, deps, pos, lemmas):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas)


def _modality(doc, published=None, date=None):
    lex = load_lexicon()
    sent = next(doc.sents)
    (cand,) = find_candidates(lex, sent)
    return modality_mod.detect(cand, lex, sent, date, published)


# "Japan <aux> meet Korea ." with the auxiliary varied
@pytest.mark.parametrize("aux, dep, expected", [
    ("will", "aux", "future"),           # future auxiliary
    ("could", "aux", "hypothetical"),    # modal of possibility
    ("not", "neg", "negated"),           # plain negation (with "did" below)
])
def test_auxiliaries_set_modality(aux, dep, expected):
    words = ["Japan", "did" if dep == "neg" else "x", aux, "meet", "Korea", "."]
    heads = [3, 3, 3, 3, 3, 3]
    deps = ["nsubj", "aux", dep, "ROOT", "dobj", "punct"]
    pos = ["PROPN", "AUX", "PART" if dep == "neg" else "AUX", "VERB", "PROPN", "PUNCT"]
    lemmas = ["Japan", "do" if dep == "neg" else "x", aux, "meet", "Korea", "."]
    assert _modality(_doc(words, heads, deps, pos, lemmas))[0] == expected


def test_plain_past_is_asserted_and_not_hedged():
    doc = _doc(["Japan", "met", "Korea", "."], [1, 1, 1, 1],
               ["nsubj", "ROOT", "dobj", "punct"], ["PROPN", "VERB", "PROPN", "PUNCT"],
               ["Japan", "meet", "Korea", "."])
    assert _modality(doc) == ("asserted", False)


def test_reportedly_hedges_without_changing_modality():
    doc = _doc(["Japan", "reportedly", "met", "Korea", "."], [2, 2, 2, 2, 2],
               ["nsubj", "advmod", "ROOT", "dobj", "punct"],
               ["PROPN", "ADV", "VERB", "PROPN", "PUNCT"],
               ["Japan", "reportedly", "meet", "Korea", "."])
    assert _modality(doc) == ("asserted", True)


def test_old_event_date_makes_it_historical():
    doc = _doc(["Japan", "met", "Korea", "."], [1, 1, 1, 1],
               ["nsubj", "ROOT", "dobj", "punct"], ["PROPN", "VERB", "PROPN", "PUNCT"],
               ["Japan", "meet", "Korea", "."])
    assert _modality(doc, dt.date(2024, 5, 1), "2014-03")[0] == "historical"
    assert _modality(doc, dt.date(2024, 5, 1), "2024-04-20")[0] == "asserted"
    assert _modality(doc, dt.date(2024, 5, 1), "2024-06-02")[0] == "future"


def test_without_negates_an_event_noun():
    # "Talks ended without an agreement ."
    doc = _doc(["Talks", "ended", "without", "an", "agreement", "."], [1, 1, 1, 4, 2, 1],
               ["nsubj", "ROOT", "prep", "det", "pobj", "punct"],
               ["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT"],
               ["talk", "end", "without", "an", "agreement", "."])
    lex = load_lexicon()
    sent = next(doc.sents)
    cands = {c.event: c for c in find_candidates(lex, sent)}
    assert modality_mod.detect(cands["AGREE"], lex, sent)[0] == "negated"


# --- real parses -------------------------------------------------------------------

MODALITY_CASES = [
    ("Iran and Iraq will hold talks in Geneva next week.", "CONSULT", "future"),
    ("Iran is expected to attack Israel.", "ASSAULT", "future"),          # raising verb
    ("Japan plans to send aid to Yemen.", "AID", "future"),               # plan to
    ("If Russia invades Ukraine, NATO would respond.", "ASSAULT", "hypothetical"),
    ("It is unclear whether Kenya would accept the plan.", "AGREE", "hypothetical"),
    ("Syria did not attack the convoy.", "ASSAULT", "negated"),
    ("Egypt has yet to sign the agreement.", "SUPPORT", "negated"),        # "yet to"
    ("Talks between Peru and Chile ended without a deal.", "AGREE", "negated"),
    ("Chad failed to reach an agreement with Sudan.", "AGREE", "negated"),  # failed to
    ("Japan never apologized to Korea.", "CONCEDE", "negated"),
]


@pytest.mark.model
@pytest.mark.parametrize("text, event, expected", MODALITY_CASES)
def test_modality_on_real_parses(nlp_sm, text, event, expected):
    ctx = make_ctx(nlp_sm(text))
    lex = load_lexicon()
    sent = next(ctx.doc.sents)
    cands = [c for c in find_candidates(lex, sent) if c.event == event]
    assert cands, [(c.event, c.kind) for c in find_candidates(lex, sent)]
    assert modality_mod.detect(cands[0], lex, sent)[0] == expected


@pytest.mark.model
def test_refused_to_is_reject_and_the_refused_act_is_negated(nlp_sm):
    evs = {e.event: e for e in events_of(nlp_sm, "Serbia refused to release the prisoners.")}
    assert evs["REJECT"].modality == "asserted"
    assert evs["RETREAT"].modality == "negated"


@pytest.mark.model
def test_reportedly_marks_the_event_hedged(nlp_sm):
    # "allegedly" on the act's own verb drops it (nonevents._alleged: the gold sets code an
    # act told as alleged as not asserted); "reportedly" keeps it, hedged
    (ev,) = [e for e in events_of(nlp_sm, "Syrian troops reportedly shelled the village.")
             if e.event == "ASSAULT"]
    assert ev.hedged is True
    assert ev.modality == "asserted"


@pytest.mark.model
def test_first_since_yields_the_earlier_event_as_historical(nlp_sm, published):
    from detente.records import DateRef

    text = "It was the first meeting between Greece and Turkey since 2019."
    doc = nlp_sm(text)
    ctx = make_ctx(doc, published)
    start = text.index("2019")
    ctx.dates = [DateRef("2019", start, start + 4, "point", "2019", "year")]
    (ev,) = [e for e in extract_events(ctx) if e.event == "CONSULT"]
    assert (ev.modality, ev.date) == ("historical", "2019")


@pytest.mark.model
def test_relative_later_with_a_past_verb_is_not_future(analyzer):
    import datetime as dt

    from detente.records import Article

    text = "The two armies clashed in May. Several weeks later, the rebels attacked the capital."
    out = next(analyzer.analyze([Article.make(text, published=dt.date(2024, 5, 8))]))
    attacks = [e for e in out.events if e.evidence.trigger and "attack" in e.evidence.trigger]
    assert attacks and attacks[0].modality != "future"


def test_modality_words_outside_the_cue_lists_come_from_the_events_lexicon():
    from detente import knowledge

    assert modality_mod.OPEN_MODALS == knowledge.words("lexicon/events.yaml", "open_modals")
    assert modality_mod.OPEN_MODALS == frozenset({"could", "might", "may"})
    assert "would" not in modality_mod.OPEN_MODALS  # "said it would meet" is future
    # "no" negates only next to the event, so it must also be one of the negators
    # and "seldom" ("seldom criticized China"), but not "hardly surprising that X attacked"
    assert modality_mod.NEAR_ONLY_NEGATORS == frozenset(
        {"no", "seldom", "rarely", "hardly", "scarcely"})
    assert modality_mod.NEAR_ONLY_NEGATORS <= load_lexicon().modality["negators"]


def test_no_in_a_governing_clause_does_not_negate_the_event():
    # "Japan is no doubt expected to meet Korea ." : "no" modifies the governing verb
    words = ["Japan", "is", "no", "doubt", "expected", "to", "meet", "Korea", "."]
    heads = [4, 4, 4, 4, 4, 6, 4, 6, 4]
    deps = ["nsubjpass", "auxpass", "advmod", "npadvmod", "ROOT", "aux", "xcomp", "dobj",
            "punct"]
    pos = ["PROPN", "AUX", "ADV", "NOUN", "VERB", "PART", "VERB", "PROPN", "PUNCT"]
    lemmas = ["Japan", "be", "no", "doubt", "expect", "to", "meet", "Korea", "."]
    assert _modality(_doc(words, heads, deps, pos, lemmas))[0] == "future"
    # the same word next to the event negates it: "Japan is expected to meet no one ."
    words = ["Japan", "is", "expected", "to", "meet", "no", "one", "."]
    heads = [2, 2, 2, 4, 2, 4, 4, 2]
    deps = ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "neg", "dobj", "punct"]
    pos = ["PROPN", "AUX", "VERB", "PART", "VERB", "DET", "PRON", "PUNCT"]
    lemmas = ["Japan", "be", "expect", "to", "meet", "no", "one", "."]
    assert _modality(_doc(words, heads, deps, pos, lemmas))[0] == "negated"
