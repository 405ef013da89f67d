"""Places and dates (session 11): a meeting held where its party is said to be for it ("was
in X on Monday for talks"), a summary act placed at the venue of the meeting told just after
it, and "a year ago" dated to the month a year back. Made-up sentences; the model-marked
tests run the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente import periods
from event_helpers import codes, events_in

PUBLISHED = dt.date(2024, 10, 21)  # a Monday


def _place(event):
    return event.location.name if event.location is not None else None


def test_a_year_ago_is_the_same_month_a_year_back():
    assert periods.ago(1, "year", dt.date(2016, 3, 9)) == ("2015-03", "month")


def test_two_years_ago_stays_a_year():
    assert periods.ago(2, "year", dt.date(2016, 3, 9)) == ("2014", "year")


@pytest.mark.model
def test_an_envoy_in_a_capital_for_talks_holds_them_there(analyzer):
    found = events_in(analyzer, "A French trade envoy was in Nairobi on Monday for talks on "
                      "coffee tariffs.", "CONSULT", PUBLISHED)
    assert len(found) == 1
    assert codes(found[0].actor) == ["FRA"]
    assert _place(found[0]) == "Nairobi"


@pytest.mark.model
def test_a_minister_who_will_be_in_a_city_for_talks_meets_there(analyzer):
    found = events_in(analyzer, "Chile's foreign minister, Raul Ostend, will be in Lima, Peru "
                      "for the fishing talks, his office said.", "CONSULT", PUBLISHED)
    assert len(found) == 1
    assert found[0].modality == "future"
    assert _place(found[0]) == "Lima"


@pytest.mark.model
def test_a_signed_deal_takes_the_venue_of_the_meeting_told_next(analyzer):
    found = events_in(analyzer, "Colombia and a hill militia have signed an accord on mining "
                      "rights.\n\nColombian President Ana Velo and the militia's chief met in "
                      "Barranquilla to sign the accord.", "SUPPORT", PUBLISHED)
    signed = [e for e in found if e.modality == "asserted"]
    assert len(signed) == 1
    assert codes(signed[0].actor) == ["COL"]
    assert _place(signed[0]) == "Barranquilla"


@pytest.mark.model
def test_talks_take_the_capital_a_mediator_leads_them_in_next(analyzer):
    found = events_in(analyzer, "Kenya's rival party chiefs are holding a fourth round of talks on "
                      "a budget.\n\nA Tanzanian elder, Juma Ade, is mediating the talks between "
                      "President Obi Kamau and opposition leader Jai Oduya in Nairobi.",
                      "CONSULT", PUBLISHED)
    lead = [e for e in found if codes(e.actor) == ["KEN"]]
    assert len(lead) == 1
    assert _place(lead[0]) == "Nairobi"


@pytest.mark.model
def test_no_venue_from_a_meeting_of_other_parties(analyzer):
    found = events_in(analyzer, "Kenyan party leaders are holding talks on a budget.\n\nIn "
                      "other news, Chilean and Peruvian ministers met in Lima to discuss fishing "
                      "rights.", "CONSULT", PUBLISHED)
    lead = [e for e in found if codes(e.actor) == ["KEN"]]
    assert len(lead) == 1
    assert lead[0].location is None or lead[0].location.country == "KEN"


@pytest.mark.model
def test_a_year_ago_dates_a_story_event_to_the_month(analyzer):
    found = events_in(analyzer, "Rebel forces seized the mining town of Karu a year ago after a "
                      "long siege.", "ASSAULT", dt.date(2016, 3, 9))
    assert found and {e.date for e in found} == {"2015-03"}


@pytest.mark.model
def test_a_deal_announced_in_a_capital_places_the_agreement_told_before(analyzer):
    found = events_in(analyzer, "Peru and a jungle guerrilla front have agreed on a prisoner "
                      "exchange.\n\nThe pact was sealed in Quito, a mediator said.", "AGREE",
                      PUBLISHED)
    lead = [e for e in found if codes(e.actor) == ["PER"]]
    assert len(lead) == 1
    assert _place(lead[0]) == "Quito"


@pytest.mark.model
def test_their_meeting_begun_in_a_city_places_the_talks_told_before(analyzer):
    found = events_in(analyzer, "Japanese and Indian trade officials discussed rice quotas."
                      "\n\nWhen their meeting opened in New Delhi, the hosts served tea.",
                      "CONSULT", PUBLISHED)
    lead = [e for e in found if "JPN" in codes(e.actor)]
    assert len(lead) == 1
    assert lead[0].location is not None and lead[0].location.country == "IND"


@pytest.mark.model
def test_an_agreement_of_another_day_takes_no_venue_from_the_talks_told_next(analyzer):
    found = events_in(analyzer, "Ghana agreed earlier this week to Togo's request to hand "
                      "over the fugitive.\n\nGhana's president held talks with Togo's leader in "
                      "Paris.", "AGREE", PUBLISHED)
    assert len(found) == 1
    assert found[0].location is None
