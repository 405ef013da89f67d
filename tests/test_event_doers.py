"""The doer side of an event across a story (made-up sentences, real model).

- a state named as a party acts through its government: "Zarland banned imports" gives the
  state with sector GOV, while a town or a people keeps none of it;
- a person placed only by an international body ("U.N.-appointed rapporteur X") is one of
  its officials;
- "the two presidents" / "the two prime ministers" count back to the states of the two
  office holders named before;
- "Peru's U.N. mission": a state's post at an international body is the state's, the body
  no second party (while "Peru's U.N. peacekeepers" keep both);
- "X, a spokesman for the rebels": a person's description gives their sector, on every
  mention of the name;
- "escaped before being caught by guards": a non-finite passive's "by" phrase is the doer
  and the subject it shares the patient;
- "the Peruvian fugitive": a state's adjective on a private person is no act of the state;
- "the U.N. special envoy", "the Russian general": a title with the state or body it serves
  gives its sector even when it is no sector word alone ("the general" stays nobody);
- "the army said 20 rebels were killed": a state force reporting its armed foes killed, with
  no doer named, did it (killed civilians are no such report).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 12)


def _events(analyzer, text, category):
    out = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [e for e in out.events if e.event == category]


def _side(actors):
    return [(a.code, a.sector) for a in actors]


@pytest.mark.model
def test_a_state_named_as_a_party_is_its_government(analyzer):
    (e,) = _events(analyzer, "Peru banned imports of poultry from Chile on Monday.", "SANCTION")
    assert _side(e.actor) == [("PER", "GOV")]


@pytest.mark.model
def test_a_states_people_keep_their_own_sector(analyzer):
    (e,) = _events(analyzer, "Chileans protested against Peru on Monday in Santiago.",
                   "PROTEST")
    assert _side(e.actor) == [("CHL", "CVL")]
    assert _side(e.recipient) == [("PER", "GOV")]


@pytest.mark.model
def test_a_person_placed_by_an_international_body_is_its_official(analyzer):
    (e,) = _events(analyzer, "United Nations-appointed special rapporteur Richard Hollis "
                   "confirmed Wednesday that the Peruvian police had barred him from entering "
                   "the country.", "COERCE")
    assert _side(e.actor) == [("PER", "COP")]
    assert _side(e.recipient) == [("IGO", "GOV")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # "the two presidents" counts back to the two heads of state named before
    "Kenyan President William Ruto hosted Tanzanian President Samia Suluhu Hassan in Nairobi "
    "on Monday. The two presidents are closely cooperating on security.",
    # "the two prime ministers": a modifier between the number and the plural head
    "Kenyan Prime Minister Joel Okoth hosted Tanzanian Prime Minister Amina Said in Nairobi on "
    "Monday. The two prime ministers are closely cooperating on security.",
])
def test_a_counted_plural_of_office_holders_is_their_two_states(analyzer, text):
    (e,) = _events(analyzer, text, "COOPERATE")
    assert sorted(_side(e.actor)) == [("KEN", "GOV"), ("TZA", "GOV")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The proposal met with opposition from Peru's U.N. mission.",
    "Peru's U.N. ambassador Ana Ruiz rejected the resolution on Monday.",
    "The Peruvian U.N. envoy rejected the resolution on Monday.",
    "Peru's United Nations ambassador rejected the resolution on Monday.",
])
def test_a_states_post_at_an_international_body_is_the_states(analyzer, text):
    (e,) = _events(analyzer, text, "REJECT")
    assert _side(e.actor) == [("PER", "GOV")]


@pytest.mark.model
def test_a_states_contingent_of_an_international_body_keeps_the_body(analyzer):
    (e,) = _events(analyzer, "Peru's U.N. peacekeepers were attacked by rebels on Monday.",
                   "ASSAULT")
    assert {a.code for a in e.recipient} == {"PER", "IGO"}


@pytest.mark.model
@pytest.mark.parametrize("text, sector", [
    # the body the head serves wins over the head's own word
    ("Jorge Lema, a spokesman for the rebels, rejected the ceasefire on Monday.", "REB"),
    # "member" is no sector word, the house it belongs to is
    ("Ahmed Hassan Ali, a member of the upper house, rejected the ceasefire on Monday.", "LEG"),
    # a description of no office gives no sector
    ("Jorge Lema, a critic of the government, rejected the ceasefire on Monday.", None),
])
def test_a_persons_description_gives_their_sector(analyzer, text, sector):
    (e,) = _events(analyzer, text, "REJECT")
    assert [a.sector for a in e.actor] == [sector]


@pytest.mark.model
def test_a_description_gives_the_sector_to_later_mentions_of_the_name(analyzer):
    text = ('"The police returned fire," Jean Lafleur, Peru\'s secretary of state for '
            'communication, told reporters. In a statement on Friday, Lafleur described the '
            'jailbreak as deplorable.')
    (e,) = _events(analyzer, text, "ACCUSE")
    assert [(a.name, a.code, a.sector) for a in e.actor] == [("Jean Lafleur", "PER", "GOV")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Peruvian fugitive escaped his cell on Monday before being caught by prison guards.",
    "After being arrested by prison guards on Monday, the Peruvian fugitive escaped again.",
])
def test_a_non_finite_passive_takes_its_by_phrase_as_the_doer(analyzer, text):
    (e,) = _events(analyzer, text, "COERCE")
    assert [(a.text, a.sector) for a in e.actor] == [("prison guards", "COP")]
    assert _side(e.recipient) == [("PER", None)]


@pytest.mark.model
@pytest.mark.parametrize("text, side", [
    ("The U.N. special envoy for Yemen called for an end to the violence on Monday.",
     ("IGO", "GOV")),
    ("The Russian general rejected the plan on Monday.", ("RUS", "MIL")),
    # "representative" alone is a lawmaker's title; a state's permanent one is a diplomat
    ("Peru's permanent representative to the United Nations accused Chile of failing to "
     "stop smugglers.", ("PER", "GOV")),
])
def test_a_title_with_its_state_or_body_gives_its_sector(analyzer, text, side):
    (e,) = [e for e in next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events
            if e.event in ("REQUEST", "REJECT", "ACCUSE")]
    assert _side(e.actor) == [side]


@pytest.mark.model
def test_a_bare_title_that_is_no_sector_word_names_nobody(analyzer):
    (e,) = _events(analyzer, "The general rejected the plan on Monday.", "REJECT")
    assert _side(e.actor) == [(None, None)]


@pytest.mark.model
@pytest.mark.parametrize("text, side", [
    ("Peru's army said 20 rebels were killed in clashes on Monday.", ("PER", "MIL")),
    ("Peruvian police said 16 militants had been killed in the raid on Monday.",
     ("PER", "COP")),
])
def test_a_state_force_reporting_its_foes_killed_is_their_killer(analyzer, text, side):
    (e,) = _events(analyzer, text, "ASSAULT")
    assert _side(e.actor) == [side]


@pytest.mark.model
def test_a_state_force_reporting_civilians_killed_is_not_their_killer(analyzer):
    text = "Peru's army said 20 civilians were killed in clashes on Monday."
    assert all(not e.actor or e.actor[0].code != "PER" for e in _events(analyzer, text,
                                                                          "ASSAULT"))
