"""The means of riot police used on a crowd repress it (COERCE): "used water cannon against
protesters", "used batons and pepper spray on students"; live rounds used are an attack;
using anything else is no event (triggers.yaml senses of "use"). A rally the parser hangs as
a modifier of what follows it is still what was broken up (senses.object_words reads
"nmod"). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import told

PUBLISHED = dt.date(2024, 5, 10)  # a Friday


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    ("Georgian police used water cannon against protesters in Tbilisi on Sunday.", "COERCE"),
    ("Serbian riot police used batons and pepper spray on students in Belgrade on Friday.",
     "COERCE"),
    ("Georgian police broke up a rally outside parliament in Tbilisi on Sunday.", "COERCE"),
    ("Sudanese security forces used live ammunition against protesters in Khartoum on "
     "Thursday, medics said.", "ASSAULT"),
])
def test_force_used_on_a_crowd_is_told(analyzer, text, category):
    assert category in told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Kenya's government used the funds to build schools in Nairobi, officials said on Monday.",
    "Georgian police used a new system to register voters in Tbilisi on Sunday.",
    "The talks broke up without agreement in Geneva on Monday, Swiss officials said.",
])
def test_other_things_used_or_broken_up_are_no_force(analyzer, text):
    assert not told(analyzer, text, PUBLISHED) & {"COERCE", "ASSAULT"}
