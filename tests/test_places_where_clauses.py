"""A "where" clause on a named place tells an act that happened there: "in Doha, where envoys
have been holding talks", "flew to Addis Ababa, where he met ...". Not an act in a clause
reported inside the "where" clause, which has its own verb and place. Made-up sentences, run
through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _places(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return {e.event: (e.location.name, e.location.country) if e.location else None
            for e in result.events}


@pytest.mark.model
@pytest.mark.parametrize("text, event, place", [
    ("The deal was signed on Monday in Doha, where envoys have been holding talks with the "
     "rebels.", "CONSULT", ("Doha", "QAT")),
    # a destination is no venue of its own, but the meeting its "where" clause tells is there
    ("The Kenyan foreign minister flew to Addis Ababa, where he met Ethiopian Prime Minister "
     "Abiy Ahmed on Tuesday.", "CONSULT", ("Addis Ababa", "ETH")),
    ("Police fired tear gas in Mombasa, where protesters had blocked roads.", "PROTEST",
     ("Mombasa", "KEN")),
])
def test_an_act_told_in_a_where_clause_happened_at_its_place(analyzer, text, event, place):
    assert _places(analyzer, text)[event] == place


@pytest.mark.model
def test_an_act_reported_inside_a_where_clause_keeps_its_own_place(analyzer):
    # the attack is told by officials in Cairo; nothing says it happened there
    found = _places(analyzer, "Talks resumed on Monday in Cairo, where officials said "
                              "Islamist rebels had attacked an army convoy.")
    assert found["ASSAULT"] is None
