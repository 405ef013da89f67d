"""History read from a story's own time: an undated page measures background from its latest
dated act (events/story_time.py), and a paragraph opened by an act of years ago tells that
past in the sentences after it (events/history.py). Made-up sentences."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from detente.events.story_time import story_now
from detente.records import Article


def _draft(value, modality="asserted", kind="point"):
    date = None if value is None else SimpleNamespace(value=value, kind=kind)
    return SimpleNamespace(date=date, modality=modality)


def test_a_dated_article_keeps_its_publication_day():
    day = dt.date(2025, 3, 14)
    assert story_now([_draft("2030")], day) == day


def test_an_undated_article_is_told_from_its_latest_act_told_as_done():
    drafts = [_draft("1963"), _draft("2023-08"), _draft(None), _draft("2031", "future"),
              _draft("2020", kind="duration")]
    assert story_now(drafts, None) == dt.date(2023, 8, 31)


def test_an_undated_article_with_no_dated_act_has_no_time():
    assert story_now([_draft(None), _draft("2027", "future")], None) is None


def _modalities(analyzer, text, published=None):
    result = next(analyzer.analyze([Article.make(text, published=published)]))
    return [(e.event, e.modality, e.date) for e in result.events]


@pytest.mark.model
def test_an_undated_page_tells_its_old_acts_as_history(analyzer):
    text = ("Chile and Peru signed a trade agreement in 2010.\n\n"
            "In March 2024, Chile and Peru signed a defence accord.")
    got = [(e, m) for e, m, _ in _modalities(analyzer, text)]
    assert got == [("SUPPORT", "historical"), ("SUPPORT", "asserted")]


@pytest.mark.model
def test_a_paragraph_opened_by_a_past_year_tells_history(analyzer):
    text = ("Peru's foreign minister met Chile's ambassador in Lima on Monday.\n\n"
            "In 2014, Peru sent troops to the border. Chile condemned the deployment.\n\n"
            "Chile condemned the meeting.")
    got = _modalities(analyzer, text, dt.date(2025, 3, 14))
    assert [(e, m) for e, m, _ in got] == [
        ("CONSULT", "asserted"), ("MOBILIZE", "historical"), ("ACCUSE", "historical"),
        ("ACCUSE", "asserted")]
