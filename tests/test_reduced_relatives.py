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


@pytest.mark.parametrize("text, expected", [
    ("An airstrike carried out by Ethiopian jets killed nine villagers in Tigray on Monday.",
     ("ASSAULT", ["ETH"])),
    ("A bomb planted by Boko Haram fighters killed four farmers near Maiduguri on Sunday.",
     ("ASSAULT", ["NGA"])),
    ("An attack launched by Azerbaijani forces killed two Armenian soldiers on Tuesday.",
     ("ASSAULT", ["AZE"])),
])
def test_a_strike_someone_carried_out_is_their_act(analyzer, text, expected):
    assert expected in [(e, a) for e, a, _ in coded(analyzer, text)]


def test_people_a_participle_names_the_doer_of_stay_as_they_are(nlp_sm):
    from detente.events.arguments import find_roles
    from detente.events.candidates import find_candidates
    from detente.events.lexicon import load_lexicon
    from detente.events.reduced import restore_doer

    lex = load_lexicon()
    doc = nlp_sm("Soldiers trained by French instructors attacked the village on Monday.")
    doers = []
    for cand in find_candidates(lex, next(iter(doc.sents))):
        roles = find_roles(cand, lex)
        restore_doer(cand, roles, lex.agent_nouns)
        doers.append([t.text for t in roles.actor])
    assert ["Soldiers"] in doers and ["instructors"] not in doers


def test_a_measure_imposed_by_a_state_is_no_act_of_its_own(analyzer):
    events = coded(analyzer, "Firms have found ways around restrictions imposed by the "
                             "United States, she said.")
    assert "COERCE" not in [e for e, _, _ in events]


def test_people_doing_something_when_detained_are_the_ones_detained(analyzer):
    events = coded(analyzer, "Three Kenyan journalists covering the protest in Kampala were "
                             "arrested by Ugandan police on Monday.")
    assert ("COERCE", ["UGA"], ["KEN"]) in events


def test_a_vehicle_that_struck_a_mine_carried_the_harmed(analyzer):
    events = coded(analyzer, "Two Chadian soldiers died when their patrol vehicle struck a "
                             "landmine near the Sudanese border.")
    assert [(e, r) for e, _, r in events if e == "ASSAULT"] == [("ASSAULT", ["TCD"])]


def test_a_grenade_thrown_is_the_thrower_s_act(analyzer):
    events = coded(analyzer, "Chadian soldiers threw a grenade at protesters in N'Djamena "
                             "on Monday.")
    assert "TCD" in [c for e, a, _ in events if e == "ASSAULT" for c in a]
