"""Doers of verbal acts the small parser loses (issue 9): a reduced relative clause ("a
charge X rejected"), and unnamed people who speak for themselves ("the relatives refused").

Made-up sentences, full analyzer on the small model.
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

pytestmark = pytest.mark.model


def coded(analyzer, text):
    """(category, actor codes, recipient codes) of every event of ``text``."""
    (result,) = analyzer.results([Article.make(text, published=dt.date(2024, 3, 6))])
    return [(e.event, sorted({a.code for a in e.actor if a.code}),
             sorted({r.code for r in e.recipient if r.code})) for e in result.events]


def test_a_charge_a_spokesperson_rejected_is_that_sides_rejection(analyzer):
    # the name folds into "a charge ... spokesperson Omar Ali": the verb has no subject
    events = coded(analyzer, "Kenya repeated the claim that the raid was planned by rebels "
                             "with camps in Somalia, a charge Somali interior ministry "
                             "spokesperson Omar Ali rejected Friday.")
    assert ("REJECT", ["SOM"], ["KEN"]) in events


def test_a_claim_a_ministry_rejected_names_its_doer(analyzer):
    events = coded(analyzer, "Kenya repeated the claim, a charge the Somali foreign ministry "
                             "rejected Friday.")
    assert [(e, a) for e, a, _ in events if e == "REJECT"] == [("REJECT", ["SOM"])]


def test_a_bare_participle_is_no_reduced_relative(analyzer):
    # "released Thursday" is passive: the ministry before it did not release anything
    events = coded(analyzer, "An assessment from the Ghana Ministry of Health released "
                             "Thursday showed damage.")
    assert [e for e, _, _ in events] == []


def test_unnamed_relatives_who_refuse_are_kept(analyzer):
    events = coded(analyzer, "Officials in Tehran asked the family to travel to Turkey. "
                             "The relatives refused.")
    assert "REJECT" in [e for e, _, _ in events]
