"""Criticism of the ninth session: a court's or an inquiry's ruling that judges a party's act
("ruled that X's occupation was unlawful", "concluded that X's troops committed war
crimes"), a charge argued ("argued that X had violated"), a refusal of a party's wrong
("opposes X's interference"), a contrasting clause with its own critic ("..., while Y
criticised Z"), a reproach under "should" ("should be ashamed"), a "that" clause hung on "in a
statement", a possessor's criticism of another ("X's criticism of Y"), and a report standing
for its author ("The report accused ...") (events/candidates.py, criticism.py, opposed.py,
possessors.py, issuers.py, tree.py). Made-up sentences, the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 10)


def events(analyzer, text, category):
    """(actor codes, recipient codes) of each asserted event of ``category``."""
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(sorted({a.code for a in e.actor}), sorted({r.code for r in e.recipient}))
            for e in analysis.events if e.event == category and e.modality == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a ruling that judges a party's act unlawful is the court's accusation
    ("The International Court of Justice ruled that Chile's occupation of the islets was "
     "unlawful.", [(["IGO"], ["CHL"])]),
    # an inquiry's conclusion that a party committed a crime
    ("A United Nations inquiry concluded that Burundian troops committed war crimes.",
     [(["IGO"], ["BDI"])]),
])
def test_a_ruling_on_a_partys_act_blames_it(analyzer, text, expected):
    assert events(analyzer, text, "ACCUSE") == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a situation judged, or a ruling that asks something, blames no one
    "The court found that the conditions in the camps were dire.",
    "The tribunal ruled that Peru must hold a new vote.",
])
def test_a_ruling_on_a_situation_or_a_demand_blames_no_one(analyzer, text):
    assert events(analyzer, text, "ACCUSE") == []


@pytest.mark.model
def test_a_charge_argued_is_an_accusation(analyzer):
    assert events(analyzer, "Ghana argued that Togo had violated the agreement.",
                  "ACCUSE") == [(["GHA"], ["TGO"])]


@pytest.mark.model
def test_opposing_a_partys_wrong_criticises_it(analyzer):
    text = "Vietnam firmly opposes Chinese interference in its internal affairs."
    assert events(analyzer, text, "ACCUSE") == [(["VNM"], ["CHN"])]
    assert events(analyzer, text, "REJECT") == []


@pytest.mark.model
def test_opposing_a_plan_stays_a_rejection(analyzer):
    text = "Vietnam opposes China's plan to build a dam."
    assert events(analyzer, text, "REJECT") == [(["VNM"], ["CHN"])]
    assert events(analyzer, text, "ACCUSE") == []


@pytest.mark.model
def test_a_contrasting_clause_holds_its_own_criticism(analyzer):
    text = ("Ghana denounced Togo's border closure, while Benin criticised Nigeria for its "
            "tariffs.")
    assert events(analyzer, text, "ACCUSE") == [(["GHA"], ["TGO"]), (["BEN"], ["NGA"])]


@pytest.mark.model
def test_killed_while_attacked_is_one_attack(analyzer):
    assert len(events(analyzer, "Soldiers were killed while militants attacked the base in "
                      "Mali.", "ASSAULT")) == 1


@pytest.mark.model
def test_should_be_ashamed_reproaches_asks_nothing(analyzer):
    text = "Chile said Peru's leaders should be ashamed of their record."
    assert events(analyzer, text, "ACCUSE") == [(["CHL"], ["PER"])]
    assert events(analyzer, text, "REQUEST") == []


@pytest.mark.model
def test_a_that_clause_hung_on_in_a_statement_is_reported(analyzer):
    text = ("The Kenyan foreign ministry said in a statement that Sudan had breached the "
            "agreement.")
    assert events(analyzer, text, "ACCUSE") == [(["KEN"], ["SDN"])]


@pytest.mark.model
def test_a_possessors_criticism_of_another_party(analyzer):
    assert events(analyzer, "Chile's criticism of Peru's fishing policy angered Lima.",
                  "ACCUSE") == [(["CHL"], ["PER"])]


@pytest.mark.model
def test_the_report_stands_for_its_author(analyzer):
    text = ("Amnesty International said in its report on Tuesday that abuses were "
            "widespread. The report accused Ugandan police of torturing detainees.")
    assert (["NGO"], ["UGA"]) in events(analyzer, text, "ACCUSE")


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # backing rebels is a wrong the speaker pins on the backer
    ("Ghana has repeatedly said that Togo is backing the rebels.", (["GHA"], ["TGO"])),
    # deaths are a harm one is held responsible for
    ("Chile's president said Peru was responsible for the deaths of 20 soldiers.",
     (["CHL"], ["PER"])),
])
def test_backing_rebels_and_causing_deaths_blame(analyzer, text, expected):
    assert expected in events(analyzer, text, "ACCUSE")
