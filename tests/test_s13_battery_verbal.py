"""Session 13, a battery of made-up verbal and diplomatic news sentences: the general
constructions that failed on it.

- an act made by saying it, told as done, that only a day still to come (the day of what it
  agrees or promises to) made future, is asserted and not dated by that day ("agreed to
  resume talks next month": events/timeframe.py ``said_now``);
- "X accused Y of ..., a charge Z denied": the remark after the comma is about the clause,
  which keeps its own modality (events/modality.py ``_remarked_on``);
- a said act that a summons is for is made at it ("summoned the envoy to demand an
  explanation": triggers.yaml ``summoning_verbs``, events/irrealis.py);
- "on <day>" hung by the parser on a person who is the act's subject or object dates the act
  ("the president on Sunday accused": time.yaml ``party_nouns``, grounding.attached_to);
- a sector is shared back over "and" only with a bare country word before a sector noun
  ("U.S. and Russian officials"), not with a name that has its own ("Israel and Hamas":
  actors.py ``_distribute_sector``);
- a proposal refused ("vetoed the sanctions package", "blocked a resolution imposing
  sanctions"): the act named on it is not done (events/candidates.py ``_proposed_in_object``,
  triggers.yaml ``proposal_nouns``, ``refusal`` + block, ``block`` cues);
- a pledge not to use force ("pledged not to attack X") is a promise, not a threat
  (events/cessation.py ``promised_harm``);
- "X is mediating between A and B": the progressive the parser reads as an attribute of
  "is" keeps X as its subject (events/phrases.py ``subject_of``).

Every sentence is made up for these tests (published Monday 2 June 2025)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import knowledge
from detente.events.lexicon import load_lexicon
from detente.records import Article

PUBLISHED = dt.date(2025, 6, 2)


def _events(analyzer, text, event=None):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if event is None or e.event == event]


def _one(analyzer, text, event):
    found = _events(analyzer, text, event)
    assert len(found) == 1, found
    return found[0]


def test_the_new_lists_are_loaded():
    assert "summon" in load_lexicon().modality["summoning_verbs"]
    assert {"president", "ambassador"} <= knowledge.words("lexicon/time.yaml", "party_nouns")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # the agreement is done; the talks lie ahead
    "The government and the rebels agreed to resume peace talks next month.",
    "Velonia and Kessaria agreed to reopen their embassies in July.",
])
def test_an_agreement_to_act_later_is_asserted_and_not_dated_ahead(analyzer, text):
    agree = _one(analyzer, text, "AGREE")
    assert agree.modality == "asserted"
    assert agree.date == "2025-06-02"


@pytest.mark.model
def test_an_agreement_told_ahead_stays_future(analyzer):
    # "will agree" is not told as done
    agree = _one(analyzer, "Kenya and Uganda will sign a trade agreement next month.",
                 "SUPPORT")
    assert agree.modality == "future"


@pytest.mark.model
def test_a_charge_denied_in_a_remark_after_it_was_still_made(analyzer):
    text = "Armenia accused Azerbaijan of violating the ceasefire, a charge Baku denied."
    accuse = _one(analyzer, text, "ACCUSE")
    assert accuse.modality == "asserted"
    reject = _one(analyzer, text, "REJECT")
    assert [a.code for a in reject.actor] == ["AZE"]


@pytest.mark.model
def test_a_demand_a_summons_is_for_is_made_on_its_day(analyzer):
    text = ("The Philippines summoned the Chinese ambassador on Tuesday to demand an "
            "explanation for the collision.")
    request = _one(analyzer, text, "REQUEST")
    assert request.modality == "asserted"
    assert request.date == "2025-05-27"


@pytest.mark.model
def test_a_day_hung_on_the_subject_dates_the_act_and_the_next_sentence(analyzer):
    text = ("Lebanon's president on Sunday accused Israel of violating the ceasefire. He "
            "called on the United States and France to pressure Israel to withdraw.")
    assert _one(analyzer, text, "ACCUSE").date == "2025-06-01"
    assert _one(analyzer, text, "REQUEST").date == "2025-06-01"


@pytest.mark.model
def test_a_day_on_an_event_noun_is_not_the_condemnation_s(analyzer):
    # the attack's day, not a person's: the condemnation keeps its own reading
    text = "On Thursday the army condemned the attack on Sunday."
    assert _one(analyzer, text, "ACCUSE").date == "2025-05-29"


@pytest.mark.model
def test_a_state_named_with_an_armed_group_keeps_its_own_sector(analyzer):
    request = _one(analyzer, "Egypt urged Israel and Hamas to agree to a truce.", "REQUEST")
    sectors = {a.code: a.sector for a in request.recipient}
    assert sectors == {"ISR": "GOV", "PSE": "REB"}


@pytest.mark.model
def test_a_country_adjective_still_takes_the_sector_noun_after_it(analyzer):
    consult = _one(analyzer, "U.S. and Russian officials met in Riyadh on Tuesday.", "CONSULT")
    assert [(a.code, a.sector) for a in consult.actor] == [("USA", "GOV"), ("RUS", "GOV")]


@pytest.mark.model
def test_a_mediator_in_the_progressive_acts_and_the_parties_receive(analyzer):
    consult = _one(analyzer, "Qatar is mediating between Israel and Hamas, a Qatari official "
                   "said.", "CONSULT")
    assert [a.code for a in consult.actor] == ["QAT"]
    assert {a.code for a in consult.recipient} == {"ISR", "PSE"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a package blocked or vetoed: the sanctions in it were not imposed
    "Hungary blocked the EU sanctions package on Friday.",
    "Hungary vetoed the EU sanctions package on Friday.",
    # the act on a resolution vetoed
    "Russia vetoed a resolution imposing sanctions on Mali.",
])
def test_sanctions_in_a_refused_proposal_are_not_imposed(analyzer, text):
    assert _one(analyzer, text, "REJECT").modality == "asserted"
    assert all(e.modality == "negated" for e in _events(analyzer, text, "SANCTION"))


@pytest.mark.model
def test_sanctions_rejected_outright_stay_unasserted(analyzer):
    # a plain object of the refusal was already its content
    assert not [e for e in _events(analyzer, "Hungary rejected new EU sanctions on Russia.",
                                   "SANCTION") if e.modality == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya pledged not to attack Uganda.",
    "Kenya vowed never to attack Uganda again.",
])
def test_a_pledge_not_to_attack_is_no_threat(analyzer, text):
    assert not _events(analyzer, text, "THREATEN")
    assert _one(analyzer, text, "AGREE").modality == "asserted"


@pytest.mark.model
def test_a_vow_to_attack_stays_a_threat(analyzer):
    assert _one(analyzer, "Kenya vowed to attack Uganda.", "THREATEN").modality == "asserted"
