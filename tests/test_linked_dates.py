"""Dates passed between clauses and sentences: a main clause dated by its "when" clause, a
document's deed by its signing, an act voted or tried by the vote or attempt, what a report
counted back from its main clause tells (events/linked_dates.py), and an act told in the
sentence after a dated one (events/continued_dates.py). Every sentence is made up for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2024, 3, 15)  # a Friday


def _dates(analyzer, text, category):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [(e.date, e.date_basis) for e in analysis.events if e.event == category]


@pytest.mark.model
@pytest.mark.parametrize("text, category, day", [
    # the main clause happened when its "when" clause did
    ("Sudanese officials said at least forty villagers were killed when army jets bombed a "
     "market in Darfur on Tuesday morning.", "ASSAULT", "2024-03-12"),
    # what a document does is done when it is signed or issued
    ("President Biden on Monday signed an executive order lifting the embargo on "
     "Venezuela.", "CONCEDE", "2024-03-11"),
    ("The foreign ministry of Ghana issued on Wednesday a statement condemning the remarks "
     "of the Togolese ambassador.", "ACCUSE", "2024-03-13"),
    # an act voted, decided or tried
    ("Peru's Congress voted Tuesday to impeach President Boluarte over bribery charges.",
     "ACCUSE", "2024-03-12"),
    ("Kenyan riot police fired tear gas on Wednesday to try to disperse the crowd in "
     "Nairobi.", "COERCE", "2024-03-13"),
])
def test_an_act_takes_the_date_of_the_clause_it_is_tied_to(analyzer, text, category, day):
    dates = _dates(analyzer, text, category)
    assert dates and all(found == (day, "text") for found in dates)


@pytest.mark.model
def test_a_main_clause_keeps_its_own_date_over_its_when_clause(analyzer):
    text = ("Nigerian soldiers arrested the mayor of Maiduguri on Thursday when he returned "
            "from Abuja on Wednesday.")
    assert _dates(analyzer, text, "COERCE") == [("2024-03-14", "text")]


@pytest.mark.model
@pytest.mark.parametrize("text, category, day", [
    ("Houthi rebels freed four Saudi hostages on Tuesday near Saada. In exchange, Saudi "
     "Arabia released twenty Yemeni prisoners.", "RETREAT", "2024-03-12"),
    ("On March 4, Nigerien soldiers detained the president in Niamey. The soldiers placed "
     "the prime minister under house arrest.", "COERCE", "2024-03-04"),
])
def test_the_next_sentence_goes_on_telling_the_day(analyzer, text, category, day):
    dates = _dates(analyzer, text, category)
    assert len(dates) == 2 and all(found == (day, "text") for found in dates)


@pytest.mark.model
@pytest.mark.parametrize("text, category", [
    # a perfect tells a tally or a state, not that day's act
    ("Houthi rebels freed four Saudi hostages on Tuesday near Saada. Saudi Arabia has "
     "released twenty Yemeni prisoners.", "RETREAT"),
    # an adverb of another time
    ("Houthi rebels freed four Saudi hostages on Tuesday near Saada. Later, Saudi Arabia "
     "released twenty Yemeni prisoners.", "RETREAT"),
    # a new paragraph
    ("Houthi rebels freed four Saudi hostages on Tuesday near Saada.\n\nSaudi Arabia "
     "released twenty Yemeni prisoners.", "RETREAT"),
    # the day before belongs to another clause, not the main one
    ("Students marched in Lagos after a bus killed two pupils on Tuesday. Nigerian police "
     "arrested the organisers.", "COERCE"),
])
def test_no_day_is_carried_to_another_occasion(analyzer, text, category):
    dates = _dates(analyzer, text, category)
    assert dates and ("2024-03-15", "publication") in dates


@pytest.mark.model
def test_a_document_answered_keeps_its_charge_undated(analyzer):
    text = "The Nigerian army on Tuesday dismissed a UN report accusing its troops of abuses."
    assert _dates(analyzer, text, "ACCUSE") == [("2024-03-15", "publication")]


@pytest.mark.model
@pytest.mark.parametrize("text, category, day", [
    # the main clause's own day less the length
    ("Pakistan summoned the Afghan envoy on Thursday, a day after the Taliban reported that "
     "they had barred him from entering Kabul.", "COERCE", "2024-03-13"),
    # no day of its own: the publication day less the length
    ("Mujahid made the statement a day after the Taliban reported that they had barred the "
     "Pakistani reporter from Afghanistan.", "COERCE", "2024-03-14"),
])
def test_a_report_counted_back_dates_what_it_tells(analyzer, text, category, day):
    assert _dates(analyzer, text, category) == [(day, "text")]


@pytest.mark.model
def test_a_report_after_with_no_length_dates_nothing_it_tells(analyzer):
    text = ("Pakistan summoned the Afghan envoy on Thursday after the Taliban reported that "
            "they had barred him from entering Kabul.")
    assert _dates(analyzer, text, "COERCE") == [("2024-03-15", "publication")]


@pytest.mark.model
@pytest.mark.parametrize("text, category, day", [
    ("Kenyan President William Ruto spoke to reporters in Nairobi on Tuesday. He demanded "
     "that Somalia withdraw its troops from the border.", "REQUEST", "2024-03-12"),
    ("Israeli Defense Minister Benny Gantz made similar comments on Wednesday. \"Israel is "
     "not preparing for a ceasefire,\" he said.", "REJECT", "2024-03-13"),
])
def test_a_speaker_told_by_a_pronoun_speaks_on_the_day_before(analyzer, text, category, day):
    assert _dates(analyzer, text, category) == [(day, "text")]
