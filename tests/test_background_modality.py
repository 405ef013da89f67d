"""An act told as background by an adverb ("has previously called", "boarded boats before") is
historical; "before" with an object ("before the rally") is a time, not background. Made-up
sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _modalities(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.event, e.modality) for e in result.events]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Iran has previously called the allegations baseless.", [("REJECT", "historical")]),
    ("Russia previously rejected the plan.", [("REJECT", "historical")]),
    ("Russia rejected the plan.", [("REJECT", "asserted")]),
    ("Police arrested two men before the rally on Monday.", [("COERCE", "asserted")]),
])
def test_a_background_adverb_makes_the_act_historical(analyzer, text, expected):
    assert _modalities(analyzer, text) == expected
