"""Dates on whole stories (round 10): the clause of "a day after" a story counts back from.
A bare weekday the parser hangs on the "after" clause though it stands before the mark belongs
to the clause above; a trigger noun that is the subject of the "after" clause takes that
clause's day. Made-up sentences; the model-marked tests run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 13)  # a Thursday


def _dates(analyzer, text, category, published=PUBLISHED):
    result = next(analyzer.analyze([Article.make(text, published=published)]))
    return [(e.evidence.trigger, e.date, e.date_basis)
            for e in result.events if e.event == category]


@pytest.mark.model
def test_a_weekday_before_after_dates_the_main_clause_not_the_after_clause(analyzer):
    found = _dates(analyzer, "The capital was gripped by fear Thursday, a day after the mayor "
                   "was assassinated by gunmen.", "ASSAULT")
    assert found, "the assassination is an event"
    assert all(date == "2025-03-12" and basis == "text" for _, date, basis in found), found


@pytest.mark.model
def test_an_attack_noun_in_a_clause_a_day_after_takes_the_day_before(analyzer):
    found = _dates(analyzer, "Government forces killed a teenager in the town Thursday, local "
                   "officials said, as troops operated in the area a day after an attack killed "
                   "an army officer.",
                   "ASSAULT")
    attack = [(date, basis) for trigger, date, basis in found if trigger == "attack"]
    assert attack == [("2025-03-12", "text")], found


@pytest.mark.model
def test_a_weekday_after_the_mark_stays_with_the_after_clause(analyzer):
    # the day is inside the clause of "after": it dates that clause's act, not the main one
    found = _dates(analyzer, "The talks resumed after rebels attacked a convoy on Monday.",
                   "ASSAULT")
    assert [(d, b) for _, d, b in found] == [("2025-03-10", "text")], found


@pytest.mark.model
def test_before_own_mark_needs_a_mark_after_the_date(nlp_sm):
    from detente.grounding import _before_own_mark

    doc = nlp_sm("The capital was tense Thursday, a day after the mayor was shot.")
    thursday, verb = doc[4:5], doc[12]
    # the parser hangs the weekday on the "after" clause although it stands before "after"
    assert (thursday.root.dep_, thursday.root.head.i, verb.dep_) == ("npadvmod", 12, "advcl")
    assert _before_own_mark(thursday, verb)
    early = doc[0:1]
    assert not _before_own_mark(early, doc[2])  # "The" under a main verb: no mark


# --- a weekday in a clause with no tense of its own, under a future clause --------------------
def _weekday_of(nlp_sm, text, published):
    from detente import dates

    refs = [r for r in dates.resolve_dates(nlp_sm(text), published) if r.kind == "point"]
    assert len(refs) == 1, refs
    return refs[0].value


SATURDAY = dt.date(2025, 3, 15)


@pytest.mark.model
def test_a_gerund_of_before_under_a_future_verb_looks_ahead(nlp_sm):
    text = "The envoy will visit Paris and Rome before flying to Cairo Sunday for talks."
    assert _weekday_of(nlp_sm, text, SATURDAY) == "2025-03-16"


@pytest.mark.model
def test_a_gerund_of_before_under_a_past_verb_stays_behind(nlp_sm):
    text = "The envoy visited Paris and Rome before flying to Cairo on Sunday."
    assert _weekday_of(nlp_sm, text, SATURDAY) == "2025-03-09"


@pytest.mark.model
def test_a_present_when_clause_under_an_expected_agenda_looks_ahead(nlp_sm):
    text = ("Trade is expected to be high on the agenda when she meets the prime minister "
            "on Sunday.")
    assert _weekday_of(nlp_sm, text, SATURDAY) == "2025-03-16"
