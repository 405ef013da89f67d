"""A toll told with no doer, told again after the attack was told with its doers: one attack
(events/retellings.py ``_joins``, events/one_attack.py). Every sentence is made up for these
tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import one_attack
from detente.records import Article

PUBLISHED = dt.date(2025, 5, 8)


def _attacks(analyzer, text):
    (analysis,) = analyzer.analyze([Article.make(text, published=PUBLISHED)])
    return [e for e in analysis.events if e.event == "ASSAULT" and e.modality == "asserted"]


def test_people_and_persons_name_no_side():
    assert {"people", "persons"} <= one_attack.UNSIDED
    assert "soldiers" not in one_attack.UNSIDED


@pytest.mark.model
def test_two_tolls_tied_by_the_telling_with_doers_are_one_attack(analyzer):
    text = ("PESHAWAR — At least eight policemen were killed on Wednesday in an attack on a "
            "police station in Dera Ismail Khan, officials said. Militants stormed the station "
            "before dawn and held it for an hour. A senior officer confirmed that eight "
            "policemen were killed while five others were wounded.")
    (attack,) = _attacks(analyzer, text)
    assert [a.code for a in attack.actor] == ["PAK"]
    assert len(attack.also_evidence) == 2


@pytest.mark.model
def test_people_wounded_in_the_dated_attack_are_its_toll(analyzer):
    text = ("KANO — At least seven persons including a police sergeant were killed by gunmen "
            "in Tudun Wada village on Friday, police said. The police spokesman said four "
            "people were badly wounded in Friday's attack.")
    (attack,) = _attacks(analyzer, text)
    assert [s.sentence for s in attack.also_evidence] == [
        "The police spokesman said four people were badly wounded in Friday's attack."]


@pytest.mark.model
def test_a_toll_of_another_attack_stays_apart(analyzer):
    text = ("KANO — Gunmen on Friday killed seven villagers in Tudun Wada village, police "
            "said. In a separate attack on Sunday, four people were wounded in Dawakin.")
    assert len(_attacks(analyzer, text)) == 2
