"""Tree helpers (``detente.tree``): tokens compared by position, every climb bounded.

Parses are built by hand (``Doc(words=, heads=, deps=, pos=)``), so no model is needed.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from detente import tree
from detente.events import load_lexicon
from detente.events.arguments import find_roles
from detente.events.triggers import Candidate

VOCAB = spacy.blank("en").vocab


def hand_doc(words, heads, deps, pos, lemmas=None):
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas or [w.lower() for w in words])


@pytest.fixture
def talks():
    # "Officials said talks will be held in Istanbul"
    #   said <- Officials (nsubj); said -> held (ccomp); held <- talks (nsubjpass),
    #   will/be (aux/auxpass), in (prep) <- Istanbul (pobj)
    return hand_doc(
        ["Officials", "said", "talks", "will", "be", "held", "in", "Istanbul"],
        [1, 1, 5, 5, 5, 1, 5, 6],
        ["nsubj", "ROOT", "nsubjpass", "aux", "auxpass", "ccomp", "prep", "pobj"],
        ["NOUN", "VERB", "NOUN", "AUX", "AUX", "VERB", "ADP", "PROPN"])


def chain_doc(n):
    """n tokens, each the head of the one before it: a parse n - 1 steps deep."""
    return hand_doc(["w"] * n, [min(i + 1, n - 1) for i in range(n)],
                    ["conj"] * (n - 1) + ["ROOT"], ["VERB"] * n)


def test_same_compares_position_because_spacy_rebuilds_tokens(talks):
    # the reason the module exists: identity between tokens means nothing
    assert talks[2] is not talks[2]
    assert tree.same(talks[2], talks[2])
    assert not tree.same(talks[2], talks[3])
    other = hand_doc(["talks"], [0], ["ROOT"], ["NOUN"])
    assert not tree.same(talks[2], other[0])  # same position, another text
    assert not tree.same(None, talks[2]) and not tree.same(talks[2], None)


def test_is_root(talks):
    assert tree.is_root(talks[1])
    assert not tree.is_root(talks[5])


def test_ancestors_nearest_first_and_bounded(talks):
    assert [t.text for t in tree.ancestors(talks[7])] == ["in", "held", "said"]
    assert [t.text for t in tree.ancestors(talks[7], limit=2)] == ["in", "held"]
    assert list(tree.ancestors(talks[1])) == []


def test_steps_up_gives_the_dependency_of_each_step(talks):
    assert [(c.dep_, h.text) for c, h in tree.steps_up(talks[7])] == [
        ("pobj", "in"), ("prep", "held"), ("ccomp", "said")]


def test_climb_follows_the_given_dependencies_only(talks):
    assert tree.climb(talks[7], ("pobj", "prep")).text == "held"
    assert tree.climb(talks[7]).text == "said"  # any dependency: up to the root
    assert tree.climb(talks[7], limit=1).text == "in"
    assert tree.climb(talks[1]).text == "said"  # a root stays where it is
    # while_ is asked of the token about to be left
    assert tree.climb(talks[7], while_=lambda t: t.pos_ != "VERB").text == "held"


def test_chain_yields_the_token_and_the_heads_reached_through_deps(talks):
    assert [t.text for t in tree.chain(talks[5], ("ccomp",))] == ["held", "said"]
    assert [t.text for t in tree.chain(talks[5], ("xcomp",))] == ["held"]


def test_first_ancestor_and_governing_verb(talks):
    assert tree.governing_verb(talks[7]).text == "held"
    assert tree.governing_verb(talks[5]).text == "said"
    assert tree.governing_verb(talks[5], include_self=True).text == "held"
    assert tree.governing_verb(talks[1]) is None
    assert tree.first_ancestor(talks[7], lambda t: t.lower_ == "said", limit=2) is None


def test_hops_counts_steps_up_to_the_target(talks):
    assert tree.hops(talks[7], talks[7]) == 0
    assert tree.hops(talks[7], talks[5]) == 2
    assert tree.hops(talks[7], talks[1], limit=2) is None  # three steps away
    assert tree.hops(talks[5], talks[7]) is None  # below, not above


def test_dominates_and_in_span(talks):
    assert tree.dominates(talks[5], talks[7])
    assert tree.dominates(talks[5], talks[5])
    assert not tree.dominates(talks[7], talks[5])
    assert not tree.dominates(None, talks[5])
    span = talks[6:8]
    assert tree.in_span(talks[7], span) and not tree.in_span(talks[5], span)


def test_children_subject_objects(talks):
    assert [t.text for t in tree.children(talks[5], ("aux", "auxpass"))] == ["will", "be"]
    assert tree.child(talks[5], ("prep",)).text == "in"
    assert tree.subject(talks[5]).text == "talks"
    assert tree.subject(talks[1]).text == "Officials"
    assert tree.objects(talks[1]) == []
    assert tree.child(talks[7], ("prep",)) is None


def test_climbs_on_a_parse_deeper_than_any_sentence_stop_at_max_depth():
    doc = chain_doc(5000)
    start = doc[0]
    assert len(list(tree.ancestors(start))) == tree.MAX_DEPTH
    assert tree.climb(start, ("conj",)).i == tree.MAX_DEPTH
    assert tree.hops(start, doc[4999]) is None
    assert len(list(tree.chain(start, ("conj",)))) == tree.MAX_DEPTH + 1
    assert tree.first_ancestor(start, lambda t: t.dep_ == "ROOT") is None


# --- the events stage's content chain, walked without recursion ---------------------------

def _promise_doc():
    # "Kenya promised to send aid to Sudan"
    return hand_doc(["Kenya", "promised", "to", "send", "aid", "to", "Sudan"],
                    [1, 1, 3, 1, 3, 3, 5],
                    ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
                    ["PROPN", "VERB", "PART", "VERB", "NOUN", "ADP", "PROPN"])


def test_find_roles_takes_the_recipient_of_the_content_event():
    doc = _promise_doc()
    aid = Candidate(doc[3], "AID", None, False, "light", noun=doc[4], words=[doc[3], doc[4]],
                    anchor=doc[4])
    promise = Candidate(doc[1], "AGREE", None, False, "verb", words=[doc[1]], content=aid)
    roles = find_roles(promise, load_lexicon())
    assert [t.text for t in roles.actor] == ["Kenya"]
    assert [t.text for t in roles.recipient] == ["Sudan"]


def test_find_roles_on_a_content_cycle_and_a_long_chain_ends():
    doc = _promise_doc()
    lex = load_lexicon()
    a = Candidate(doc[1], "AGREE", None, False, "verb", words=[doc[1]])
    b = Candidate(doc[3], "AGREE", None, False, "verb", words=[doc[3]], content=a)
    a.content = b  # a cycle: the recursive version never returned
    assert [t.text for t in find_roles(a, lex).actor] == ["Kenya"]
    # 5,000 candidates each about the next: far past Python's recursion limit
    cands = [Candidate(doc[1], "AGREE", None, False, "verb", words=[doc[1]])
             for _ in range(5000)]
    for outer, inner in zip(cands, cands[1:]):
        outer.content = inner
    assert find_roles(cands[0], lex).actor[0].text == "Kenya"


def test_appositive_is_the_appos_child_after_the_phrase():
    # "Jane Roe , a senior fellow , spoke": Roe -> fellow (appos)
    doc = hand_doc(["Jane", "Roe", ",", "a", "senior", "fellow", ",", "spoke"],
                   [1, 7, 1, 5, 5, 1, 1, 7],
                   ["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT"],
                   ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB"])
    got = tree.appositive(doc, 0, len("Jane Roe"))
    assert got is not None and got.i == 5
    assert tree.appositive(doc, doc[7].idx, doc[7].idx + 5) is None  # "spoke": none
    assert tree.appositive(doc, 6, 7).i == 5                        # offsets expand to "Roe"
    assert tree.appositive(spacy.blank("en")("Jane Roe, a fellow"), 0, 8) is None  # no parse


def test_word_between_stops_at_the_token_it_climbs_to(talks):
    held, said, istanbul = talks[5], talks[1], talks[7]
    # Istanbul -> in -> held -> said: "held" lies between Istanbul and "said"
    assert tree.word_between(istanbul, said, {"hold"}) is False  # lemma is "held" here
    assert tree.word_between(istanbul, said, {"held"}) is True
    assert tree.word_between(istanbul, held, {"held"}) is False  # reached, not passed
    assert tree.word_between(istanbul, said, {"held"}, limit=1) is False  # bounded


def test_phrase_owner_climbs_object_and_preposition_together():
    # "the envoy to the office of the UN": UN -> of -> office -> to -> envoy
    doc = hand_doc(["the", "envoy", "to", "the", "office", "of", "the", "UN"],
                   [1, 1, 1, 4, 2, 4, 7, 5],
                   ["det", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj"],
                   ["DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "DET", "PROPN"])
    assert tree.phrase_owner(doc[7]).text == "envoy"
    assert tree.phrase_owner(doc[7], limit=1).text == "office"
    assert tree.phrase_owner(doc[1]).text == "envoy"  # no phrase above: the noun itself
    # an object whose phrase hangs on a word after it is not owned by that word
    late = hand_doc(["in", "Chad", "the", "envoy"], [3, 0, 3, 3],
                    ["prep", "pobj", "det", "ROOT"], ["ADP", "PROPN", "DET", "NOUN"])
    assert tree.phrase_owner(late[1]).text == "Chad"


def test_to_infinitive_is_a_to_hanging_as_auxiliary():
    # "agreed to meet in May"
    doc = hand_doc(["agreed", "to", "meet", "in", "May"], [0, 2, 0, 2, 3],
                   ["ROOT", "aux", "xcomp", "prep", "pobj"],
                   ["VERB", "PART", "VERB", "ADP", "PROPN"])
    assert tree.to_infinitive(doc[2])
    assert not tree.to_infinitive(doc[0])
    # "went to Paris": a preposition "to" makes no infinitive
    trip = hand_doc(["went", "to", "Paris"], [0, 0, 1], ["ROOT", "prep", "pobj"],
                    ["VERB", "ADP", "PROPN"])
    assert not tree.to_infinitive(trip[0])


def test_bare_infinitive_has_no_subject_or_mark_of_its_own():
    # "agreed to meet": bare; "asked for Kyiv to meet": a mark and a subject of its own
    bare = hand_doc(["agreed", "to", "meet"], [0, 2, 0], ["ROOT", "aux", "xcomp"],
                    ["VERB", "PART", "VERB"])
    assert tree.bare_infinitive(bare[2])
    framed = hand_doc(["asked", "for", "Kyiv", "to", "meet"], [0, 4, 4, 4, 0],
                      ["ROOT", "mark", "nsubj", "aux", "advcl"],
                      ["VERB", "SCONJ", "PROPN", "PART", "VERB"])
    assert tree.to_infinitive(framed[4]) and not tree.bare_infinitive(framed[4])
