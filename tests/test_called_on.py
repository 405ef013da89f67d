"""Events named by a noun whose parties come from the verb that governs it or from the noun's
own prepositions: requests (events/called_on.py) and reactions faced, met with or sparked
(events/grievances.py reaction_parties). Made-up sentences, run through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes, events_in, told

PUBLISHED = dt.date(2024, 5, 10)


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Kenya's opposition has staged weeks of protests in Nairobi. The Kenyan president "
     "ignored calls from opposition leaders to resign on Monday.", ["KEN"], ["KEN"]),
    ("Myanmar's military government defied calls from ASEAN leaders to release political "
     "prisoners on Tuesday.", ["IGO"], ["MMR"]),
    ("There have been growing calls from Western governments for Iran to halt uranium "
     "enrichment, the Iranian foreign minister said on Tuesday.", ["WST"], ["IRN"]),
    ("The U.N. Security Council resolution adopted in New York on Monday contains a demand "
     "for Israel to allow aid into Gaza.", ["IGO"], ["ISR"]),
])
def test_a_call_named_by_a_noun_is_a_request_of_the_party_called_on(analyzer, text, actor,
                                                                    recipient):
    requests = [e for e in events_in(analyzer, text, "REQUEST", PUBLISHED)
                if e.modality == "asserted"]
    assert any(codes(r.actor) == actor and codes(r.recipient) == recipient for r in requests)


@pytest.mark.model
def test_demands_rejected_are_the_refusals_content(analyzer):
    # one event, as the PLOVER gold sentences code "rejected calls by X to ...": the refusal
    text = ("The Malian junta rejected demands from the West African bloc ECOWAS for a quick "
            "return to civilian rule on Wednesday.")
    (refusal,) = events_in(analyzer, text, "REJECT", PUBLISHED)
    assert codes(refusal.actor) == ["MLI"]
    assert not [e for e in events_in(analyzer, text, "REQUEST", PUBLISHED)
                if e.modality == "asserted"]


@pytest.mark.model
def test_a_call_on_two_parties_asks_both(analyzer):
    text = ("The Arab League statement included a call for Israel to halt its strikes and for "
            "Hamas to free the hostages.")
    (request,) = events_in(analyzer, text, "REQUEST", PUBLISHED)
    assert codes(request.actor) == ["IGO"] and codes(request.recipient) == ["ISR", "PSE"]


@pytest.mark.model
def test_the_act_an_ignored_call_asks_for_is_not_told_as_done(analyzer):
    text = ("Kenya's opposition has staged weeks of protests in Nairobi. The Kenyan president "
            "ignored calls from opposition leaders to resign on Monday.")
    assert "RETREAT" not in told(analyzer, text, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The French president received a call from Putin on Monday, the Elysee said.",
    "The Chinese foreign minister answered a call from his U.S. counterpart on Thursday to "
    "discuss trade.",
    "The call lasted an hour, the Kremlin said, after Putin spoke with Erdogan on Monday.",
])
def test_a_phone_call_is_no_request(analyzer, text):
    assert events_in(analyzer, text, "REQUEST", PUBLISHED) == []


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("Peru's president faced new protests on Monday over the pension reform.",
     ["PER"], ["PER"]),
    ("The Nigerian president's decision to remove the fuel subsidy sparked protests by labor "
     "unions in Lagos on Tuesday.", ["NGA"], ["NGA"]),
])
def test_a_protest_faced_or_sparked_is_aimed_at_the_subject(analyzer, text, actor, recipient):
    (protest,) = events_in(analyzer, text, "PROTEST", PUBLISHED)
    assert codes(protest.actor) == actor and codes(protest.recipient) == recipient
    assert all(a.sector != "GOV" for a in protest.actor)


@pytest.mark.model
def test_a_reaction_from_a_country_is_no_place(analyzer):
    text = "The Turkish interior minister's remarks prompted condemnation from Greece on Friday."
    (accuse,) = events_in(analyzer, text, "ACCUSE", PUBLISHED)
    assert codes(accuse.actor) == ["GRC"] and codes(accuse.recipient) == ["TUR"]
    assert accuse.location is None


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Chile's president faced a difficult choice on Monday between raising taxes and cutting "
    "social spending.",
    "The Ghanaian finance minister faced questions from reporters on Tuesday about the debt "
    "talks in Accra.",
])
def test_facing_what_is_no_event_stays_no_event(analyzer, text):
    assert told(analyzer, text, PUBLISHED) == set()
