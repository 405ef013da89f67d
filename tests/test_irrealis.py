"""Constructions that tell an act which did not happen (events/irrealis.py): an infinitive
after "for X", an adjective of need, the content clause of a fear or a demand, an ability
modal on the act's own verb or in a clause of purpose, an adverb of near miss. Made-up
sentences, run through the real model; each case has a twin where the act is asserted."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _modality(analyzer, text, event):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    found = [e.modality for e in result.events if e.event == event]
    return found[0] if found else None  # None: left out as no event (events/unasserted.py)


#: read as hypothetical and then left out (events/unasserted.py): wished, needed, feared,
#: aimed at, a capacity, a likeness, a condition; no coder records it
NONE = None


@pytest.mark.model
@pytest.mark.parametrize("text, event, expected", [
    # an infinitive with its own subject after "for": wanted, not done
    ("Western support is crucial for Ghana to negotiate the loan with lenders.", "CONSULT",
     NONE),
    ("Ghana negotiated the loan with lenders on Monday.", "CONSULT", "asserted"),
    # an adjective of need governing the act
    ("It is necessary for Norway to help Chile build ports.", "AID", NONE),
    # the content clause of a fear
    ("Experts raised concerns that the new law will help Vietnam tighten control over the "
     "river.", "COERCE", NONE),
    # "it is time to stop X": a demand
    ("\"It is time to stop the cruel attacks by Peru,\" the Chilean minister said.", "ASSAULT",
     NONE),
    # a material act in the simple present inside a quote: a charge, not a report
    ("\"Peru attacks our fishermen every day,\" the Chilean minister said on Monday.",
     "ASSAULT", "hypothetical"),
    ("\"Peru attacked our fishermen on Sunday,\" the Chilean minister said on Monday.",
     "ASSAULT", "asserted"),
    # a noun of concern whose object is an act presupposes it
    ("Soldiers attacked the town of Bor on Monday, raising concerns over the attack.",
     "ASSAULT", "asserted"),
    # an ability modal on the act's own verb: a capacity
    ("Brazil can send food aid to Peru within a week.", "AID", NONE),
    ("Brazil sent food aid to Peru on Monday.", "AID", "asserted"),
    # an ability modal in a clause that governs the act is no hedge on it
    ("Residents said they can still hear rebels fighting with soldiers in Goma.", "ASSAULT",
     "asserted"),
    # a bare infinitive of purpose of a verbal act: what a trip was for (kept: the business
    # of a trip is done on it, events/unasserted.py)
    ("Chile's envoy has made three trips to Lima to investigate the abuses.", "ACCUSE",
     "hypothetical"),
    # ... unless it is the mandate of a body set up for it
    ("Kenya's police chief said two panels were created to investigate the abuses.",
     "ACCUSE", "asserted"),
    # a likeness, not a report
    ("It is like the government is prosecuting the opposition, the lawyer in Quito said.",
     "ACCUSE", NONE),
    # an adverb of likelihood on the clause above a nominal act: a forecast
    ("Japan's security talks with Peru will likely resume slowly.",
     "CONSULT", "hypothetical"),
    # "seldom", "rarely" next to the act: it did not happen (as a rule)
    ("Peru's foreign minister seldom criticized Chile.", "ACCUSE", "negated"),
    # an adverb of near miss: the act fell short
    ("The journalist was almost gunned down by a hitman in Lima.", "ASSAULT", "negated"),
    ("The journalist was gunned down by a hitman in Lima.", "ASSAULT", "asserted"),
    # a material act that a preparation is for
    ("Police in Quito said the cell was making bombs to attack Peru's embassy.", "ASSAULT",
     NONE),
    ("Police in Quito said the cell used bombs to attack Peru's embassy.", "ASSAULT",
     "asserted"),
    # a hope is never a deed, whatever the act ("hopes" read right despite the small model)
    ("Chile hopes to sign a fishing pact with Peru.", "SUPPORT", NONE),
    # a hope covers the joined verbs below it ...
    ("\"I'm hoping Chile will start reaching out to Peru, bring them to the table and make "
     "sure they make some concessions,\" a Chilean senator told VOA.", "CONCEDE",
     NONE),
    # ... but not a clause with a subject of its own
    ("Chile hoped for calm, but Peru's navy attacked the fishing boats on Monday.",
     "ASSAULT", "asserted"),
    # ... and what sets the hoped act is held either way
    ("Chile hopes to settle the dispute during talks with Peru on Tuesday.", "CONSULT",
     "future"),
    # a past duty: due, not done
    ("Chile and Peru were supposed to sign a fishing pact in Lima on Monday.", "SUPPORT",
     NONE),
    ("Chile and Peru signed a fishing pact in Lima on Monday.", "SUPPORT", "asserted"),
    # a past fate: "were to be" flown home
    ("Officials in Lima said the 40 migrants were to be deported by Peru to Chile.",
     "COERCE", NONE),
    ("Officials in Lima said the 40 migrants were deported by Peru to Chile.",
     "COERCE", "asserted"),
    # an open question, reached past an adjective the modality climb stops at
    ("It is unclear whether Chile will be satisfied with Peru's efforts to lift the "
     "tariffs.", "CONCEDE", NONE),
])
def test_irrealis_constructions(analyzer, text, event, expected):
    assert _modality(analyzer, text, event) == expected


@pytest.mark.model
def test_calls_to_impose_sanctions_assert_no_sanction(analyzer):
    text = "Lawmakers in Chile renewed calls for the government to impose sanctions on Peru."
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    asserted = {e.event for e in result.events if e.modality in ("asserted", "future")}
    assert "SANCTION" not in asserted and "REQUEST" in asserted
