"""Criticism with no accusing verb: a speaker says a party's act shows a fault of that party
("the executions show the brutality of the regime", "an example of how X uses laws to
suppress freedoms"), does a wrong ("the arrests by X undermine the vote"), amounts to one
("amounted to collective punishment"), is troubling ("his detention by X"), harms a value ("a rejection of Syria's identity", "a
blow to relations") or is a danger ("X's launches are a grave threat") (events/
shown_wrongs.py, criticism.py). Made-up stories, the whole pipeline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 10)


def accusations(analyzer, text):
    """(actor codes, recipient codes) of each asserted ACCUSE."""
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(sorted({a.code for a in e.actor if a.code}),
             sorted({r.code for r in e.recipient if r.code}))
            for e in analysis.events if e.event == "ACCUSE" and e.modality == "asserted"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a fault of a named party that its act is said to show ("of" names a trait's owner)
    ("Iran hanged two protesters in Tehran on Monday. France's foreign ministry said the "
     "executions show the brutality of the Iranian regime.", (["FRA"], ["IRN"])),
    # an intent to do harm shown
    ("China held large military drills around Taiwan on Saturday. Taiwan's defense ministry "
     "said the drills demonstrate China's intention to intimidate the Taiwanese people.",
     (["TWN"], ["CHN"])),
    # what a party is shown doing: "an example of how X ..."
    ("Chinese police detained activist Wang Li in Beijing last month. Britain's foreign "
     "secretary said the detention is an example of how China uses vague laws to suppress "
     "freedoms.", (["GBR"], ["CHN"])),
    # a wrongdoing verb whose subject is an act, its doer named by "by"
    ("Venezuela arrested opposition campaign staff in Caracas on Friday. Colombia's president "
     "said the arrests by the Maduro government undermine the credibility of the election.",
     (["COL"], ["VEN"])),
    # a linking verb with a condemning complement
    ("Israel cut water supplies to the town on Sunday. Jordan's foreign minister said "
     "Israel's decision amounted to collective punishment of civilians.", (["JOR"], ["ISR"])),
    # a harm to a value: "a rejection of" an identity, "a blow to" relations
    ("Syria's government banned Kurdish-language schools in Aleppo on Tuesday. The ban is a "
     "clear rejection of Syria's multicultural identity, Germany's foreign minister said.",
     (["DEU"], ["SYR"])),
    ("Pakistan expelled a German diplomat on Friday. Germany's foreign minister said "
     "Pakistan's move was a serious blow to relations between the two countries.",
     (["DEU"], ["PAK"])),
    # concern said of an act whose doer its phrase names
    ("Egypt jailed blogger Alaa Abdel Fattah again in Cairo. Britain's foreign secretary said "
     "his continued detention by Egypt was deeply troubling.", (["GBR"], ["EGY"])),
    # a danger as the copula's predicate, as with "poses a threat"
    ("North Korea fired two ballistic missiles on Tuesday. Japan's prime minister said North "
     "Korea's launches are a grave threat to peace in the region.", (["JPN"], ["PRK"])),
])
def test_an_act_shown_or_judged_blames_its_doer(analyzer, text, expected):
    assert expected in accusations(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # nature, praise, a victory, a danger denied, a proposal (no value) rejected
    "The floods show the fragility of Pakistan's infrastructure, Pakistan's planning minister "
    "said.",
    "The Chinese navy rescued 20 fishermen on Monday. Chinese officials said the rescue shows "
    "China's commitment to safety at sea.",
    "India's supreme court ruled in favor of the farmers on Tuesday. The union said the ruling "
    "amounts to a victory for farmers in India.",
    "Iran tested a new missile on Sunday. Iran's foreign minister said Iran's missile program "
    "is no threat to its neighbors.",
    "Iran rejected the European proposal on Monday. France's foreign minister said the "
    "decision was a rejection of the proposal.",
    "Kenya and Uganda signed a border agreement on Tuesday. Kenya's president said the "
    "agreement shows the strong ties between Kenya and Uganda.",
    # concern about a situation, or an act that names no doer
    "Cholera spread across Yemen this month. The WHO chief said the rise in cases was "
    "alarming.",
    "Kenya's health minister said the situation in the refugee camps was deeply troubling.",
    # a state's own force or police shown at work: a boast, not a charge
    "The raid shows how Israel will strike its enemies anywhere, Israel's defense minister "
    "said.",
    "The raid shows how Indian police will arrest anyone who breaks the law, India's home "
    "minister said.",
])
def test_no_wrong_shown_blames_no_one(analyzer, text):
    assert accusations(analyzer, text) == []
