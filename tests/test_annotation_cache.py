"""The cached attribute-ruler match gives exactly the model's own annotations."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.lookups import Lookups

from detente import annotation_cache, nlp as nlp_mod

GOLD = Path(__file__).resolve().parents[1] / "quality" / "gold" / "voa"


def _annotations(doc) -> list[tuple]:
    return [(t.i, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]


@pytest.mark.model
def test_cached_ruler_annotates_every_token_as_the_model_does():
    texts = [json.loads(p.read_text())["text"] for p in sorted(GOLD.glob("*.json"))]
    texts.append("Y'all gonna see: there's a man who ain't coming, let's go.  \n It is.")
    plain = spacy.load(nlp_mod.ALIASES["sm"])
    cached = spacy.load(nlp_mod.ALIASES["sm"])
    assert annotation_cache.install(cached) == (True, True)
    assert cached.pipe_names == plain.pipe_names
    assert isinstance(cached.get_pipe("attribute_ruler").match, annotation_cache.CachedMatch)
    assert not isinstance(plain.get_pipe("attribute_ruler").match, annotation_cache.CachedMatch)
    n = 0
    for a, b in zip(plain.pipe(texts), cached.pipe(texts)):
        assert _annotations(a) == _annotations(b)
        n += len(a)
    assert n > 20_000


@pytest.mark.model
def test_detente_loads_the_model_with_the_cache():
    nlp = nlp_mod.load("sm")
    assert isinstance(nlp.get_pipe("attribute_ruler").match, annotation_cache.CachedMatch)
    assert isinstance(nlp.get_pipe("lemmatizer"), annotation_cache.CachedLemmas)


def test_no_ruler_or_an_untestable_pattern_leaves_the_model_alone():
    nlp = spacy.blank("en")
    assert annotation_cache.install(nlp) == (False, False)
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"ORTH": "UN"}]], {"POS": "PROPN"})  # ORTH is not in the cache key
    assert annotation_cache.install(nlp) == (False, False)
    assert not isinstance(ruler.match, annotation_cache.CachedMatch)


def test_a_pattern_the_key_holds_is_matched_through_the_cache():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"IN": ["talks", "truce"]}}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"POS": "PROPN"}, index=1)
    assert annotation_cache.install(nlp) == (True, False)
    doc = nlp("Peace talks and a truce; talks.")
    assert [t.pos_ for t in doc] == ["", "PROPN", "", "", "NOUN", "", "NOUN", ""]
    assert len(ruler.match.cache) >= 2


def _two_word_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": {"REGEX": "^talk"}}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": "peace"}, {"LOWER": "talks"}]], {"POS": "PROPN"}, index=1)
    ruler.add([[{"LOWER": "cease"}, {"LOWER": {"IN": ["-", "–"]}}, {"LOWER": "fire"}]],
              {"LEMMA": "ceasefire"}, index=0)
    # an operator: the key cannot say whether it matches, so the Matcher keeps this one
    ruler.add([[{"LOWER": "talks"}, {"LOWER": "on", "OP": "?"}]], {"POS": "VERB"}, index=0)
    return nlp


def test_multi_token_patterns_match_from_the_cache_as_the_matcher_does():
    plain, cached = _two_word_ruler(), _two_word_ruler()
    assert annotation_cache.install(cached) == (True, False)
    match = cached.get_pipe("attribute_ruler").match
    assert [len(bits) for _, _, bits in match.chains] == [2, 3]
    assert match.multi is not None  # the pattern with an operator
    texts = ["Peace talks on a cease-fire; peace TALKS, talk of peace, peace.",
             "cease – fire talks on talks peace", "peace", "", "Talks on cease-fire talks"]
    for text in texts:
        a, b = plain(text), cached(text)
        assert [(t.pos_, t.lemma_) for t in a] == [(t.pos_, t.lemma_) for t in b], text
    doc = cached("a cease-fire, then peace talks")
    assert [(t.text, t.lemma_) for t in doc if t.lemma_] == [("cease", "ceasefire")]
    assert [t.pos_ for t in doc][-2:] == ["", "VERB"]  # the last pattern added wins


def test_the_lemma_index_is_hashed_and_the_original_left_alone():
    lookups = Lookups()
    lookups.add_table("lemma_index", {"noun": ["talk", "truce"]})
    lookups.add_table("lemma_rules", {"noun": [["s", ""]]})
    fast = annotation_cache.hashed_index(lookups)
    assert fast.get_table("lemma_index")["noun"] == frozenset({"talk", "truce"})
    assert fast.get_table("lemma_rules") is lookups.get_table("lemma_rules")
    assert lookups.get_table("lemma_index")["noun"] == ["talk", "truce"]
    assert annotation_cache.hashed_index(Lookups()).tables == []


def _five_word_ruler():
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    for word, pos in zip(["truce", "talks", "envoy", "strike", "summit"],
                         ["NOUN", "VERB", "PROPN", "ADJ", "ADV"]):
        ruler.add([[{"LOWER": word}]], {"POS": pos})
    return nlp


def test_a_cache_that_starts_over_writes_the_values_of_its_new_slots(monkeypatch):
    monkeypatch.setattr(annotation_cache, "MAX_KEYS", 3)
    plain, cached = _five_word_ruler(), _five_word_ruler()
    assert annotation_cache.install(cached) == (True, False)
    match = cached.get_pipe("attribute_ruler").match
    texts = ["truce talks", "envoy strike summit truce", "summit envoy", "talks strike truce",
             "envoy", "strike summit talks envoy truce"]
    for text in texts:  # the cache is cleared several times on the way, mid-document too
        a, b = plain(text), cached(text)
        assert [t.pos_ for t in a] == [t.pos_ for t in b], text
    assert len(match.cache) <= 3
    assert [t.pos_ for t in cached("summit truce")] == ["ADV", "NOUN"]
