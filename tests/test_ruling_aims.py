"""aims.aim_at_court: an answer to a ruling, verdict or sentence is aimed at the court or judge
that gave it, not at the story's government the parse implied (made-up stories)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import events_in

pytestmark = pytest.mark.model
PUBLISHED = dt.date(2024, 5, 10)


@pytest.fixture(scope="module")
def analyzer():
    from detente.pipeline import Analyzer

    return Analyzer()


def _aimed(ev):
    return [(r.code, r.sector) for r in ev.recipient]


@pytest.mark.parametrize("text,category,court", [
    # the judge's act was read: the criticism is the judge's, not Peru's government's
    ("LIMA, Peru — A Peruvian judge on Thursday ordered former President Pedro Castillo held "
     "in pretrial detention for 18 months. Castillo was arrested last week after he tried to "
     "dissolve Congress. Mexico's president criticized the ruling.", "ACCUSE", ("PER", "JUD")),
    ("TEHRAN, Iran — An Iranian court sentenced a French tourist to five years in prison on "
     "spying charges. France called the verdict a travesty.", "ACCUSE", ("IRN", "JUD")),
    # a critic of its own country's court
    ("ISLAMABAD — A Pakistani court on Saturday sentenced former Prime Minister Imran Khan to "
     "three years in prison for corruption. His party rejected the verdict and said it would "
     "appeal.", "REJECT", ("PAK", "JUD")),
    # no act of the court read: the court named before
    ("BRASILIA, Brazil — Brazil's Supreme Court ruled on Thursday that former President Jair "
     "Bolsonaro must stand trial. The opposition denounced the ruling as politically "
     "motivated.", "ACCUSE", ("BRA", "JUD")),
    ("BRUSSELS — A Belgian court on Wednesday sentenced a Congolese former militia leader to "
     "life in prison for war crimes. Congo's government welcomed the ruling.", "SUPPORT",
     ("BEL", "JUD")),
])
def test_an_answer_to_a_ruling_is_aimed_at_the_court(analyzer, text, category, court):
    (ev,) = events_in(analyzer, text, category, PUBLISHED)
    assert _aimed(ev) == [court]


def test_a_verdict_with_no_court_told_stays_unaimed(analyzer):
    text = ("MANILA, Philippines — Relatives of the victims gathered outside the courthouse on "
            "Thursday. The Philippine government welcomed the verdict.")
    (ev,) = events_in(analyzer, text, "SUPPORT", PUBLISHED)
    assert _aimed(ev) == []


def test_the_governments_decision_stays_the_governments(analyzer):
    text = ("ACCRA, Ghana — A Ghanaian court on Monday acquitted three soldiers of treason. On "
            "Wednesday the government decided to expel the U.S. ambassador. Washington "
            "criticized the decision.")
    (ev,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert _aimed(ev) == [("GHA", "GOV")]
