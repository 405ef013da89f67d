"""Actor countries over whole articles: a list of states stays whole (events/phrases.py), a
town's country is none of "the two sides" (actor_landmarks.place_country, actor_backrefs.py),
and an ethnic or religious community takes the story's country (Entity.community,
data/actors/organizations.yaml). Made-up sentences; Zorvania is fictional."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actor_landmarks import place_country
from detente.actors import ArticleActors, load_kb
from detente.events.phrases import phrase

from event_helpers import codes, events_in

DAY = dt.date(2025, 3, 4)


@pytest.fixture(scope="module")
def kb():
    return load_kb()


# --- a list of states -----------------------------------------------------------------------

#: long lists the parser reads as the first state with an apposition (the second state) and
#: that apposition's conjuncts
LISTS = [
    "The United States, Russia, Japan, Italy, Spain and Canada want Zorvania to end its "
    "missile program.",
    "The United States, France, Italy, Spain, Japan and Canada asked Zorvania to stop testing "
    "missiles.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", LISTS)
def test_a_list_of_states_is_one_phrase(nlp_sm, text):
    doc = nlp_sm(text)
    subject = next(t for t in doc if t.dep_ == "nsubj")
    # the parse this mechanism is for: an apposition after the first state
    assert any(c.dep_ == "appos" for c in subject.children)
    assert phrase(subject).text == text[:text.index(" want" if " want" in text else " asked")]


@pytest.mark.model
@pytest.mark.parametrize("text, category, states", [
    (LISTS[0], "REQUEST", ["CAN", "ESP", "ITA", "JPN", "RUS", "USA"]),
    (LISTS[1], "REQUEST", ["CAN", "ESP", "FRA", "ITA", "JPN", "USA"]),
])
def test_every_listed_state_is_an_actor(analyzer, text, category, states):
    found = events_in(analyzer, text, category, DAY)
    assert found and codes(found[0].actor) == states


def _appos_list(first: str, second: str, third: str):
    """"<first> , <second> and <third> met": the second an apposition of the first, the
    third its conjunct, as the parser reads some long lists."""
    import spacy
    from spacy.tokens import Doc

    words = [first, ",", second, "and", third, "met"]
    # heads (absolute) and labels: first <- met; "," and second <- first; and, third <- second
    heads, deps = [5, 0, 0, 2, 2, 5], ["nsubj", "punct", "appos", "cc", "conj", "ROOT"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


@pytest.mark.parametrize("first, listed", [
    ("Britain", True),  # a state, then states: one list
    ("Kyiv", False),  # a city, then its state: "Kyiv, Ukraine and Moscow" is no list
])
def test_only_a_state_heads_a_list_of_states(first, listed):
    doc = _appos_list(first, "Ukraine", "Germany")
    assert (phrase(doc[0]).text == f"{first} , Ukraine and Germany") is listed


# --- a town's country -------------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, name, expected", [
    ("The talks opened in Goma, Congo, on Monday.", "Congo", True),
    ("Delegates met in Addis Ababa, Ethiopia, last week.", "Ethiopia", True),
    # the state owns what follows: a party again
    ("In Goma, Congo's army said it had retaken the hills.", "Congo", False),
    # a list of states, not a town and its state
    ("Rwanda, Congo and Uganda signed the accord.", "Congo", False),
    # the town lies in another state
    ("Officials from Kigali, Congo and Uganda met.", "Congo", False),
])
def test_a_state_after_its_town_is_the_towns_country(nlp_sm, kb, text, name, expected):
    doc = nlp_sm(text)
    start = text.index(name)
    code = kb.phrases[(name.lower(),)].entity.code
    assert place_country(doc, kb, start, start + len(name), code) is expected


@pytest.mark.model
def test_the_two_sides_skip_the_towns_country(analyzer):
    # the two sides are Chad's government and Chadian rebels, both named before the town
    text = ("Chad's president and Chadian rebel leader Idriss Mahamat met in Niamey, Niger, on "
            "Monday. The two sides signed a new ceasefire deal on Tuesday.")
    found = [e for e in events_in(analyzer, text, "SUPPORT", DAY)
             if "two sides" in e.evidence.sentence]
    assert found and codes(found[0].actor) == ["TCD"]


@pytest.mark.model
def test_the_towns_country_still_counts_when_no_other_party_is_named(analyzer):
    # Rwanda's president and Congo (only as Goma's country) are the story's two states
    text = ("Rwanda's president visited Goma, Congo, on Monday. The two sides agreed to a "
            "truce on Tuesday.")
    found = [e for e in events_in(analyzer, text, "AGREE", DAY)
             if "two sides" in e.evidence.sentence]
    assert found and codes(found[0].actor) == ["COD", "RWA"]


# --- communities ------------------------------------------------------------------------------

#: a story set in Iraq: the state is named in the lead and again below
IRAQ = ("Iraq's parliament met in Baghdad on Monday to debate the new constitution. Iraqi "
        "lawmakers said the draft would be put to a vote. Iraq's prime minister urged calm. ")


@pytest.mark.model
@pytest.mark.parametrize("sentence, category", [
    ("The Kurds rejected the draft on Tuesday.", "REJECT"),  # a plural community noun
    ("The Druze rejected the draft on Tuesday.", "REJECT"),  # no plural "s"
    ("Christians rejected the draft on Tuesday.", "REJECT"),  # a religion, from the data file
])
def test_a_community_takes_the_storys_country(analyzer, sentence, category):
    found = [e for e in events_in(analyzer, IRAQ + sentence, category, DAY)
             if e.evidence.sentence.startswith(sentence[:12])]
    assert found and codes(found[0].actor) == ["IRQ"]
    assert found[0].actor[0].sector == "CVL"


@pytest.mark.model
def test_a_state_written_beside_a_community_wins(nlp_sm, kb):
    text = IRAQ + "Syrian Kurds rejected the draft on Tuesday."
    aa = ArticleActors(nlp_sm(text), kb, DAY)
    start = text.index("Syrian Kurds")
    assert [a.code for a in aa.resolve(aa.doc.char_span(start, start + 12))] == ["SYR"]


def test_communities_are_marked_in_the_data(kb):
    for words in (("rohingya",), ("tutsi",), ("shia",), ("christians",)):
        entity = kb.phrases[words].entity
        assert entity.community and entity.code is None
    assert not kb.phrases[("hamas",)].entity.community
