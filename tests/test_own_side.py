"""The source of a reported act and its own side (round 7): a source is no party to what it
reports, except where its words make its own side one ("its soldiers", "our positions"), and
it stays the doer of its own act ("the ministry said it had summoned ..."). Every sentence is
made up for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import own_side
from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 5, 10)


def _one(analyzer, text, category):
    found = events_in(analyzer, text, category, PUBLISHED)
    assert len(found) == 1, [(e.event, e.evidence.sentence) for e in found]
    return found[0]


@pytest.mark.model
def test_its_positions_are_the_reporting_ministrys_side(analyzer):
    e = _one(analyzer, "Armenia's defence ministry said Azerbaijani forces fired on its "
                       "positions overnight.", "ASSAULT")
    assert codes(e.actor) == ["AZE"]
    assert codes(e.recipient) == ["ARM"]


@pytest.mark.model
def test_a_count_of_its_soldiers_is_a_victim(analyzer):
    e = _one(analyzer, "The Indian army said Pakistani troops killed two of its soldiers in "
                       "Kashmir on Sunday.", "ASSAULT")
    assert codes(e.actor) == ["PAK"]
    assert codes(e.recipient) == ["IND"]


@pytest.mark.model
def test_its_looks_past_the_acts_own_words_to_the_source(analyzer):
    e = _one(analyzer, "Thailand's army said Cambodian troops opened fire on its soldiers "
                       "along the border.", "ASSAULT")
    assert codes(e.recipient) == ["THA"]


@pytest.mark.model
def test_its_embassy_is_the_sources_not_the_doers_nor_the_host_countrys(analyzer):
    e = _one(analyzer, "Iran's foreign ministry said Israel attacked its embassy in Damascus.",
             "ASSAULT")
    assert codes(e.actor) == ["ISR"]
    assert codes(e.recipient) == ["IRN"]


@pytest.mark.model
def test_its_forces_beat_the_storys_guessed_country(analyzer):
    text = ("Israel's military said two soldiers were wounded in southern Lebanon on Monday. "
            "The military said its forces struck Hezbollah targets overnight.")
    struck = [e for e in events_in(analyzer, text, "ASSAULT", PUBLISHED)
              if "struck" in e.evidence.sentence]
    assert len(struck) == 1
    assert codes(struck[0].actor) == ["ISR"]
    assert codes(struck[0].recipient) == ["LBN"]


@pytest.mark.model
def test_our_soldiers_in_a_quote_are_the_speakers_side(analyzer):
    e = _one(analyzer, '"During the two-day siege, our soldiers shot dead four militants," '
                       "the Nigerian army spokesman said.", "ASSAULT")
    assert codes(e.actor) == ["NGA"]


@pytest.mark.model
def test_a_quoted_they_is_not_the_speaker(analyzer):
    text = '"They shelled our villages at dawn," the rebel spokesman told reporters.'
    for e in events_in(analyzer, text, "ASSAULT", PUBLISHED):
        assert not any("spokesman" in a.text for a in e.actor)


@pytest.mark.model
def test_the_source_does_not_take_the_place_of_the_named_attacker(analyzer):
    e = _one(analyzer, "Syria's interim authorities said their forces in the coastal region "
                       "came under attack from Assad loyalists.", "ASSAULT")
    assert not any("authorities" in a.text for a in e.actor)
    assert codes(e.recipient) == ["SYR"]


@pytest.mark.model
def test_the_source_stays_the_doer_of_its_own_act(analyzer):
    e = _one(analyzer, "Germany's foreign ministry said it had summoned the Iranian "
                       "ambassador on Monday.", "ACCUSE")  # a summons is criticism (round 8)
    assert codes(e.actor) == ["DEU"]
    assert codes(e.recipient) == ["IRN"]


@pytest.mark.model
def test_the_sources_home_is_no_guess_for_victims_abroad(analyzer):
    text = ("WASHINGTON — The State Department said on Tuesday that two aid workers were "
            "killed in an ambush in northern Burkina Faso. A State Department spokesman said "
            "the United States was shocked by the killings.")
    e = _one(analyzer, text, "ASSAULT")
    assert codes(e.recipient) == ["BFA"]


@pytest.mark.model
def test_police_abroad_are_not_the_reporting_ministrys(analyzer):
    text = ("MOSCOW — Russia's foreign ministry said on Friday that police detained two "
            "Russian journalists in Tbilisi. The ministry demanded their release.")
    e = _one(analyzer, text, "COERCE")
    assert codes(e.actor) == ["GEO"]
    assert codes(e.recipient) == ["RUS"]


@pytest.mark.model
def test_enemy_drones_are_not_the_storys_own(analyzer):
    text = ("KYIV — Ukraine's army said on Monday that enemy drones struck a power plant near "
            "Kharkiv overnight. Ukrainian officials said repairs had begun.")
    e = _one(analyzer, text, "ASSAULT")
    assert "UKR" not in codes(e.actor)
    assert codes(e.recipient) == ["UKR"]


@pytest.mark.model
def test_a_source_alarmed_by_fighting_is_no_fighter(analyzer):
    text = ("NAIROBI — Kenya's foreign ministry said on Monday it was alarmed by fighting in "
            "eastern Congo.")
    for e in events_in(analyzer, text, "ASSAULT", PUBLISHED):
        assert "KEN" not in codes(e.actor)


@pytest.mark.model
def test_people_a_war_displaced_are_not_the_sources_people(analyzer):
    text = ("NAIROBI — Kenya's foreign ministry said on Monday it was alarmed by fighting in "
            "eastern Congo. The war, which began in 2021, has displaced 300,000 people, the "
            "ministry said.")
    found = events_in(analyzer, text, "ASSAULT", PUBLISHED)
    assert found
    for e in found:
        assert "KEN" not in codes(e.actor) + codes(e.recipient)


@pytest.mark.model
def test_a_gerund_after_an_active_verbs_by_is_still_the_subjects_act(analyzer):
    e = _one(analyzer, "The army responded by firing on the protesters in Lagos.", "ASSAULT")
    assert codes(e.actor) == ["NGA"]


class _Actors:
    """An actor list that names no party: every speaker here is of no state."""

    class kb:  # noqa: N801 - stands in for the knowledge base's attribute
        countries = frozenset({"KEN"})

    @staticmethod
    def resolve(span):
        return ()


class _Ctx:
    """What ``may_be_speaker`` reads of an article: where its quotes lie, whose its speakers
    are."""

    actors = _Actors()

    def __init__(self, doc):
        self.doc = doc

    def cache(self, key, compute):
        return compute()


def _token(doc, word, nth=0):
    return [t for t in doc if t.text == word][nth]


def test_a_third_person_pronoun_in_a_full_quote_is_not_the_speaker_outside(blank_nlp):
    doc = blank_nlp('"They fired first," he said.')
    assert not own_side.may_be_speaker(_Ctx(doc), _token(doc, "They"), _token(doc, "he"))


def test_a_quoted_fragment_in_the_writers_sentence_stays_the_speakers(blank_nlp):
    doc = blank_nlp('The group reiterated "its call to release him," a statement said.')
    assert own_side.may_be_speaker(_Ctx(doc), _token(doc, "its"), _token(doc, "group"))


def test_a_report_inside_a_quote_keeps_its_own_speaker(blank_nlp):
    doc = blank_nlp('"The president said he is ready," the aide said.')
    assert own_side.may_be_speaker(_Ctx(doc), _token(doc, "he"), _token(doc, "president"))


def test_a_pronoun_outside_quotes_may_be_the_speaker(blank_nlp):
    doc = blank_nlp("The ministry said it had summoned the envoy.")
    assert own_side.may_be_speaker(_Ctx(doc), _token(doc, "it"), _token(doc, "ministry"))
