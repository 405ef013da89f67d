"""Places and dates an act takes from outside its own words. A dateline or an earlier scene
is an act's place only while the text has not moved elsewhere (events/elsewhere.py): a lead
filed from one capital about another country, a report that goes on in a province, a scene
across a border; a place named as a side is no move. A harm done by an act of force is where
that act landed; a "when" clause happened at the time of the dated verb it hangs on.
Made-up sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text):
    return next(analyzer.analyze([Article.make(text, published=PUBLISHED)])).events


def _where(ev):
    return (ev.location.name, ev.location.country) if ev.location else None


def _placed(analyzer, text, event):
    return [(e.evidence.trigger, _where(e)) for e in _events(analyzer, text)
            if e.event == event]


@pytest.mark.model
@pytest.mark.parametrize("text, filed", [
    ("DAKAR, Senegal — Gunmen killed at least six United Nations soldiers and wounded four "
     "others in the deadliest attack on peacekeeping troops in Mali since they deployed in "
     "2013.", "SEN"),
    ("BEIRUT (AP) — Masked men shot dead two guards at a border post in Syria on Tuesday.",
     "LBN"),
])
def test_a_lead_filed_from_one_country_about_another_is_not_at_the_dateline(analyzer, text,
                                                                           filed):
    events = [e for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert events and all(_where(e) is None or _where(e)[1] != filed for e in events)


@pytest.mark.model
def test_a_report_gone_on_to_a_province_leaves_the_dateline_city(analyzer):
    text = ("ISLAMABAD — Militants attacked a police post in Khyber Pakhtunkhwa province on "
            "Monday, officials said. The attackers killed three officers.")
    found = _placed(analyzer, text, "ASSAULT")
    assert found and all(place != ("Islamabad", "PAK") for _, place in found)


@pytest.mark.model
def test_the_dateline_still_places_the_local_lead(analyzer):
    text = ("KATHMANDU — Police fired tear gas at hundreds of protesters on Tuesday, "
            "officials said.")
    assert _placed(analyzer, text, "COERCE")[0][1] == ("Kathmandu", "NPL")


@pytest.mark.model
def test_a_place_named_as_a_side_is_no_move_from_the_dateline(analyzer):
    # "the Kremlin" names who threatened, not where the sanctions were imposed
    text = ("WASHINGTON — The United States on Tuesday imposed sanctions on 30 companies, "
            "drawing threats of retaliation from the Kremlin.")
    assert _placed(analyzer, text, "SANCTION") == [("imposed sanctions", ("Washington", "USA"))]


@pytest.mark.model
def test_a_scene_does_not_carry_across_a_border(analyzer):
    text = ("Rebels shelled the town of Kobane in northern Syria on Monday, a monitor said. "
            "Soldiers found a rebel cell in a village in southern Turkey and shortly afterward "
            "a drone struck the cell, the army said.")
    found = dict(_placed(analyzer, text, "ASSAULT"))
    assert found["shelled"] == ("Kobani", "SYR") or found["shelled"][1] == "SYR"
    assert found["struck"] is None or found["struck"][1] == "TUR"


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Three people were killed on Sunday in a drone strike on the outskirts of the town of "
     "Kupiansk, officials said.", ("Kupyansk", "UKR")),
    ("Five civilians were wounded by Russian shelling in the town of Kupiansk on Tuesday, "
     "officials said.", ("Kupyansk", "UKR")),
])
def test_a_harm_done_by_an_act_of_force_is_where_that_act_landed(analyzer, text, place):
    found = [_where(e) for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert found == [place]


@pytest.mark.model
def test_a_place_on_the_far_side_of_a_frontier_is_not_the_raid_s(analyzer):
    text = ("Four soldiers were killed in a raid on border posts on the frontier with "
            "Afghanistan, the army said.")
    found = [_where(e) for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert found and ("Afghanistan", "AFG") not in found


@pytest.mark.model
def test_a_city_named_after_its_place_noun_is_the_seized_place(analyzer):
    text = "Rebel forces seized the capital Sanaa in September 2014."
    seized = [(_where(e), e.modality) for e in _events(analyzer, text) if e.event == "ASSAULT"]
    assert seized == [(("Sanaa", "YEM"), "historical")]


@pytest.mark.model
@pytest.mark.parametrize("text, date, modality", [
    ("The unrest started in 2019 when police shot dead two protesters in the capital.",
     "2019", "historical"),
    ("The civil war began in December 2013 when the president accused his deputy of "
     "plotting a coup.", "2013-12", "historical"),
])
def test_a_when_clause_happened_at_the_time_of_the_dated_verb_it_hangs_on(analyzer, text,
                                                                          date, modality):
    found = [(e.date, e.modality) for e in _events(analyzer, text)
             if e.event in ("ASSAULT", "ACCUSE")]
    assert found == [(date, modality)]
