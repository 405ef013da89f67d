"""Dates, places and modality of events in constructions of background and target (issue 9,
round 4): a "when" clause on the start of a "since" span, a date that belongs to the act an
accusation is about, an act dated over a year back by a clause above it, the end of a span,
and places that are a target, a participant's seat or the content of a fear. Made-up
sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)  # a Friday


def _events(analyzer, text, category):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.evidence.trigger, e.modality, e.date if e.date_basis == "text" else None,
             e.location.name if e.location else None)
            for e in result.events if e.event == category]


@pytest.mark.model
def test_a_when_clause_on_the_start_of_a_since_span_dates_its_act(analyzer):
    text = ("Since May 2019, when the Kenyan government deployed troops to the border, "
            "the town has been calm.")
    assert _events(analyzer, text, "MOBILIZE") == [("deployed", "historical", "2019-05", None)]


@pytest.mark.model
def test_the_date_of_the_act_blamed_does_not_date_the_blame(analyzer):
    text = "The Iranian foreign minister blamed Washington for wrecking the accord by pulling out in 2018."
    assert _events(analyzer, text, "ACCUSE") == [("blamed", "asserted", None, None)]


@pytest.mark.model
def test_the_year_of_the_act_accused_does_not_date_the_charge(analyzer):
    text = "Kenyan prosecutors accused two police officers of the 2016 killing of a lawyer."
    assert _events(analyzer, text, "ACCUSE") == [("accused", "asserted", None, None)]


@pytest.mark.model
def test_a_step_of_the_same_occasion_keeps_sharing_its_date(analyzer):
    text = "Nigerian soldiers raided the village after arresting two rebel commanders on Thursday."
    assert ("raided", "asserted", "2025-03-13", None) in _events(analyzer, text, "ASSAULT")


@pytest.mark.model
def test_the_course_of_an_incident_years_ago_is_history_too(analyzer):
    text = ("Boko Haram militants attacked a village in Borno state on March 3, 2023. The "
            "militants killed 12 farmers.")
    assert _events(analyzer, text, "ASSAULT") == [
        ("attacked", "historical", "2023-03-03", "Borno"),
        ("killed", "historical", "2023-03-03", "Borno")]


@pytest.mark.model
def test_the_end_of_a_span_does_not_date_the_act(analyzer):
    text = "Kenya closed its border with Somalia until April 2."
    assert [d for _, _, d, _ in _events(analyzer, text, "COERCE")] == [None]


@pytest.mark.model
def test_a_place_called_on_is_a_target_not_a_venue(analyzer):
    text = "The Kenyan president called on Ethiopia to withdraw its troops."
    assert _events(analyzer, text, "REQUEST") == [("called", "asserted", None, None)]


@pytest.mark.model
def test_a_place_struck_on_is_where_the_attack_landed(analyzer):
    text = "Russian missiles struck on Kharkiv overnight, Ukrainian officials said."
    assert [p for _, _, _, p in _events(analyzer, text, "ASSAULT")] == ["Kharkiv"]


@pytest.mark.model
def test_a_participants_seat_is_not_the_venue(analyzer):
    text = "The rights group, headquartered in Nairobi, was banned by Ethiopia last month."
    assert [p for _, _, _, p in _events(analyzer, text, "COERCE")] in ([], [None])


@pytest.mark.model
def test_a_place_inside_a_feared_outcome_is_not_the_venue(analyzer):
    text = "The Canadian finance minister rejected claims that the tariffs would cause a recession in Ontario."
    assert [p for _, _, _, p in _events(analyzer, text, "REJECT")] == [None]


@pytest.mark.model
def test_a_meeting_is_held_where_the_party_met_is(analyzer):
    text = "Kenya's foreign minister held talks Tuesday with Ethiopian officials in Addis Ababa."
    assert [p for _, _, _, p in _events(analyzer, text, "CONSULT")] == ["Addis Ababa"]


@pytest.mark.model
def test_a_meeting_is_held_where_the_journey_made_for_it_ends(analyzer):
    text = ("Kenyan Foreign Minister Musalia Mudavadi met Somali officials in Nairobi on Monday. "
            "He is scheduled to travel to Ethiopia on Wednesday for meetings with African "
            "Union officials.")
    assert [p for _, _, _, p in _events(analyzer, text, "CONSULT")] == ["Nairobi", "Ethiopia"]


@pytest.mark.model
def test_a_city_before_the_talks_is_their_venue(analyzer):
    text = "On Friday, Kenya's foreign minister will join the Nairobi talks with Somali officials."
    assert [p for _, _, _, p in _events(analyzer, text, "CONSULT")] == ["Nairobi"]


@pytest.mark.model
def test_a_fronted_place_is_the_venue_of_the_act_told_after_in(analyzer):
    text = ("Meanwhile, in Nairobi, Kenyan lawmakers joined rights groups in calling on "
            "Ethiopia to release the detainees.")
    assert [p for _, _, _, p in _events(analyzer, text, "REQUEST")] == ["Nairobi"]


@pytest.mark.model
def test_a_governorate_is_named_without_its_arabic_article(analyzer):
    text = "Iraqi forces arrested seven Islamic State members in a raid in Anbar on Monday."
    assert [p for _, _, _, p in _events(analyzer, text, "COERCE")] == ["Al Anbār"]


@pytest.mark.model
def test_troops_sent_somewhere_are_mobilized_there(analyzer):
    text = "Kenya sent 2,000 soldiers into Somalia on Monday."
    assert [p for _, _, _, p in _events(analyzer, text, "MOBILIZE")] == ["Somalia"]


@pytest.mark.model
def test_a_name_after_its_place_noun_and_a_comma_is_a_place(analyzer):
    text = ("The Bosnian Serb leader rejected the warrant, telling journalists in the "
            "regional capital, Banja Luka, on Wednesday that it was illegal.")
    assert [p for _, _, _, p in _events(analyzer, text, "REJECT")] == ["Banja Luka"]


@pytest.mark.model
def test_an_act_in_a_decade_long_over_is_historical(analyzer):
    text = "In the 1990s, Russian troops attacked Chechen separatists in Grozny."
    assert [m for _, m, _, _ in _events(analyzer, text, "ASSAULT")] == ["historical"]


@pytest.mark.parametrize("value, published, expected", [
    ("2024", dt.date(2025, 3, 14), True),  # a year before the story's
    ("2024-12", dt.date(2025, 3, 14), True),  # last December, in a March story
    ("2024-12-30", dt.date(2025, 1, 4), False),  # last week's news, across New Year
    ("2025-01", dt.date(2025, 3, 14), False),  # this year's
    ("2023-06-01", dt.date(2024, 6, 20), True),  # over a year back
])
def test_an_act_of_an_earlier_year_over_a_month_back_is_history(value, published, expected):
    from detente.events.modality import is_history
    assert is_history(value, published) is expected


@pytest.mark.model
def test_an_act_dated_last_december_in_a_march_story_is_historical(analyzer):
    text = "In December, Kenyan troops attacked an al-Shabab camp in Somalia."
    assert [m for _, m, _, _ in _events(analyzer, text, "ASSAULT")] == ["historical"]


@pytest.mark.model
def test_an_act_told_as_part_of_an_attack_told_before_is_where_it_was(analyzer):
    text = ("Baloch militants attacked a police post in Quetta on Tuesday. Pakistan's interior "
            "minister condemned the violence on Wednesday. The army said on Thursday that it "
            "had arrested 12 suspects. Two policemen were killed in the attack, officials said.")
    # the toll told "in the attack" is that attack: one record, dated and placed by it
    assert _events(analyzer, text, "ASSAULT") == [("attacked", "asserted", "2025-03-11", "Quetta")]


@pytest.mark.model
def test_what_a_former_official_did_in_a_relative_clause_is_historical(analyzer):
    text = ("John Smith, a former U.S. envoy who had negotiated with North Korea for years, "
            "said the talks could collapse.")
    assert [m for _, m, _, _ in _events(analyzer, text, "CONSULT")] == ["historical"]


@pytest.mark.model
def test_a_serving_official_in_a_relative_clause_stays_asserted(analyzer):
    text = ("U.S. envoy Sung Kim, who met North Korean officials on Monday, said talks would "
            "resume.")
    assert _events(analyzer, text, "CONSULT")[0][:3] == ("met", "asserted", "2025-03-10")


@pytest.mark.model
def test_an_agreement_told_as_a_dated_announcement_is_dated_by_it(analyzer):
    text = ("Kenyan lawmakers welcomed Tuesday's announcement that Ethiopia had agreed to a "
            "ceasefire with the rebels.")
    assert [d for t, _, d, _ in _events(analyzer, text, "AGREE")] == ["2025-03-11"]


@pytest.mark.model
def test_a_visiting_minister_is_met_when_and_where_the_host_met_him(analyzer):
    text = ("On Thursday in Nairobi, Kenya's president assured visiting Ethiopian Foreign "
            "Minister Taye Atske Selassie that Kenya would not take sides.")
    assert [(d, p) for t, _, d, p in _events(analyzer, text, "CONSULT")] == [
        ("2025-03-13", "Nairobi")]


@pytest.mark.model
def test_a_threat_is_not_dated_by_the_day_of_the_act_threatened(analyzer):
    text = ("Kenyan President William Ruto warned Ethiopia on Tuesday. \"If the raids do not "
            "stop, I will impose sanctions on Ethiopia on March 30,\" Ruto said.")
    assert [d for _, _, d, _ in _events(analyzer, text, "THREATEN")] == ["2025-03-11", None]


@pytest.mark.model
def test_a_report_back_at_the_incident_by_its_day_reopens_its_scene(analyzer):
    text = ("Baloch militants attacked a passenger train Tuesday near Sibi. Pakistan's prime "
            "minister visited Quetta on Thursday. The army said on Wednesday night that the "
            "operation was over. Tuesday's attack marked a sharp escalation. The militants "
            "blew up the tracks.")
    assert _events(analyzer, text, "ASSAULT")[-1][2:] == ("2025-03-11", "Sibi")
