"""The act of an article's lead, told with no date of its own, told again later with its day
or place, is one record (``retellings._lead_retold``). Every sentence is made up for these
tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 5, 8)  # a Wednesday


def _events(analyzer, text, kind):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == kind
            and e.modality in ("asserted", "historical")]


@pytest.mark.model
def test_the_leads_arrest_told_again_with_day_and_town_is_one_arrest(analyzer):
    text = ("Three reporters working for a banned Cambodian radio station have been "
            "arrested in Vietnam. The reporters work for an independent radio station. "
            "Their editor said the trio was arrested Monday in the city of Da Nang.")
    (arrest,) = _events(analyzer, text, "COERCE")
    assert arrest.date == "2024-05-06"
    assert arrest.location is not None and arrest.location.name == "Da Nang"
    assert len(arrest.also_evidence) == 1


@pytest.mark.model
def test_a_later_arrest_told_as_another_stays_apart(analyzer):
    text = ("Three reporters working for a banned Cambodian radio station have been "
            "arrested in Vietnam. The reporters work for an independent radio station. "
            "Police also arrested two activists Monday in the city of Da Nang.")
    assert len(_events(analyzer, text, "COERCE")) == 2


@pytest.mark.model
def test_an_arrest_long_before_the_lead_stays_apart(analyzer):
    text = ("Three reporters working for a banned Cambodian radio station have been "
            "arrested in Vietnam. The reporters work for an independent radio station. "
            "Their editor said the trio was arrested on March 3 in the city of Da Nang.")
    assert len(_events(analyzer, text, "COERCE")) == 2


@pytest.mark.model
def test_other_named_people_of_one_state_are_other_acts(analyzer):
    text = ("U.S. Treasury Secretary Janet Yellen has announced new sanctions on Iran. "
            "Commerce Secretary Gina Raimondo imposed sanctions on Iran on Monday.")
    assert len(_events(analyzer, text, "SANCTION")) == 2
