"""Crossheads glued to their paragraph (detente/headings.py): the heading becomes a sentence
of its own that yields no event, and ordinary sentences are left alone. Made-up text, real
model (the split reads the tagger's tags)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import headings
from detente.records import Article


def _headings(nlp, text):
    return [s.text for s in nlp(text).sents if headings.is_heading(s)]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # a capitalised opener right after a word ends the heading
    ("Rebels took the town on Monday. Recent raids Since January, the group has raided three "
     "villages.", ["Recent raids"]),
    # a name after a noun that is no title before a name
    ("Talks resumed in Lima. Chilean reluctance Maria Lopez, a professor in Santiago, said "
     "Chile would wait.", ["Chilean reluctance"]),
    # an opening quotation mark and a capital after a noun
    ("Talks resumed in Lima. Ban on exports \"It will take years,\" the minister said.",
     ["Ban on exports"]),
    # a title before a name: one phrase, no heading
    ("Talks resumed in Lima. Security analyst Maria Lopez welcomed the move.", []),
    # a heading with a determiner and a name as a modifier: an ordinary sentence
    ("Talks resumed in Lima. The free movement Schengen zone is seen as a success.", []),
    # a finite verb: a clause, not a heading
    ("Talks resumed in Lima. Peruvian officials blamed archrival Chile for the delay.", []),
    # a headline's clause (a finite verb, a number) glued to its paragraph: only a
    # clause-opening word capitalised after a lower-case word ends it
    ("The siege ended. Drones hit 30 rebel camps Days after the truce, the army said it "
     "struck again.", ["Drones hit 30 rebel camps"]),
    ("The siege ended. Ports reopened On the northern coast, the navy said it lifted the "
     "blockade.", ["Ports reopened"]),
    # openers that Title Case names also hold, after a capitalised word: one name
    ("The talks ended. State Department Under Secretary Ann Vance met the envoy on Monday.",
     []),
    ("The talks ended. Peruvian officials blamed rival Chile On Monday the talks failed.", []),
])
def test_glued_headings_are_cut_from_their_paragraph(nlp_sm, text, expected):
    assert _headings(nlp_sm, text) == expected


@pytest.mark.model
def test_a_heading_yields_no_event_and_its_paragraph_keeps_its_speaker(analyzer):
    text = ("Chile and Peru met in Lima on Monday. Peru approval During a visit to Lima on "
            "Tuesday, Chilean President Gabriel Boric said he backs the plan.")
    result = next(analyzer.analyze([Article.make(text, published=dt.date(2025, 3, 14))]))
    supports = [e for e in result.events if e.event == "SUPPORT"]
    assert [e.evidence.trigger for e in supports] == ["backs"]
    assert [a.code for a in supports[0].actor] == ["CHL"]


@pytest.mark.model
def test_the_lead_sentence_starts_after_a_wire_dateline(analyzer):
    # parsed with the dateline, the filing city became the subject and the actor
    text = ("LIMA, Feb. 2 (Reuters) -- Bolivia and Chile signed a border agreement on economic "
            "fields, the ministry said Friday.")
    result = next(analyzer.analyze([Article.make(text, published=dt.date(2024, 2, 2))]))
    signed = [e for e in result.events if e.evidence.trigger.startswith("signed")]
    assert [sorted(a.code for a in e.actor) for e in signed] == [["BOL", "CHL"]]
