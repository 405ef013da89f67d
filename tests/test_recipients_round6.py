"""Recipients read from pronouns and meeting phrases (events/extract.py, coref.py,
events/reactions.py). Every sentence is made up for these tests (none comes from an
evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes as _codes, events_in

PUBLISHED = dt.date(2025, 6, 2)


def _events(analyzer, text, category):
    return events_in(analyzer, text, category, PUBLISHED)


@pytest.mark.model
@pytest.mark.parametrize("text, actor, recipient", [
    ("The Kenyan Foreign Ministry said on Monday it had sent a note to Ethiopia urging it to "
     "free the fishermen.", "KEN", "ETH"),
    ("Chile's foreign ministry said it wrote to Peru, asking it to reopen the border.",
     "CHL", "PER"),
])
def test_an_object_pronoun_after_a_named_party_is_that_party_not_the_speaker(
        analyzer, text, actor, recipient):
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.actor) == [actor]
    assert _codes(event.recipient) == [recipient]


@pytest.mark.model
def test_an_object_pronoun_with_no_party_before_it_is_still_the_speaker(analyzer):
    (event,) = _events(analyzer, "Hamas said Israeli soldiers attacked them overnight.",
                       "ASSAULT")
    assert _codes(event.actor) == ["ISR"]
    assert _codes(event.recipient) == ["PSE"]


@pytest.mark.model
def test_him_stands_for_a_counterpart_the_actor_list_gives_only_a_side(analyzer):
    text = ("Kenya wants talks. The Egyptian foreign minister met his Sudanese counterpart, "
            "urging him to reopen the crossings.")
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.actor) == ["EGY"]
    assert _codes(event.recipient) == ["SDN"]


@pytest.mark.model
def test_talks_held_during_a_meeting_with_a_party_are_with_that_party(analyzer):
    text = ("The Kenyan president arrived in Mogadishu on Sunday. During the meeting with the "
            "Somali president, he discussed border security.")
    # the talks may be one record with the arrival that tells the same visit
    (event,) = [e for e in _events(analyzer, text, "CONSULT") if any(
        "discussed" in ev.sentence for ev in (e.evidence, *e.also_evidence))]
    assert _codes(event.actor) == ["KEN"]
    assert _codes(event.recipient) == ["SOM"]


@pytest.mark.model
def test_a_meeting_with_a_party_the_parser_leaves_without_object(analyzer):
    text = ("Poland's foreign minister said he raised the case during a meeting with Czech "
            "diplomat Jan Novak held on Sunday.")
    events = _events(analyzer, text, "CONSULT")
    assert events
    assert all(_codes(e.recipient) == ["CZE"] for e in events)


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    ("Egypt's foreign minister discussed the Gaza crisis with his Jordanian counterpart.",
     ["JOR"]),
    ("Sisi held talks with his Kenyan counterpart in Cairo.", ["KEN"]),
])
def test_a_counterpart_in_a_with_phrase_is_the_other_party(analyzer, text, recipient):
    (event,) = _events(analyzer, text, "CONSULT")
    assert _codes(event.recipient) == recipient


@pytest.mark.model
def test_what_is_discussed_names_no_party(analyzer):
    text = ("The Kenyan president discussed their shared commitment to the restoration of "
            "democracy in Sudan, his office said.")
    (event,) = _events(analyzer, text, "CONSULT")
    assert _codes(event.actor) == ["KEN"]
    assert _codes(event.recipient) == []


@pytest.mark.model
def test_a_reaction_answers_the_maker_its_own_sentence_names_before_an_earlier_one(analyzer):
    text = ("The United States imposed sanctions on Iranian banks in May. Iran condemned the "
            "sanctions the European Union imposed on its officials.")
    (event,) = [e for e in _events(analyzer, text, "ACCUSE") if "European" in
                e.evidence.sentence]
    assert _codes(event.actor) == ["IRN"]
    assert _codes(event.recipient) == ["IGO"]


@pytest.mark.model
def test_a_reaction_to_a_claim_answers_the_claimant_not_what_the_claim_names(analyzer):
    text = ("Washington accused Moscow of buying drones from Iran. Russia's envoy dismissed "
            "accusations it is getting weapons from Iran.")
    (event,) = _events(analyzer, text, "REJECT")
    assert _codes(event.actor) == ["RUS"]
    assert _codes(event.recipient) == ["USA"]


@pytest.mark.model
@pytest.mark.parametrize("text, category, recipient", [
    ("The United States sanctioned two Iranian officers it accused of plotting attacks on "
     "U.S. officials.", "ACCUSE", ["IRN"]),
    ("Police freed the Kenyan activists they arrested on Monday.", "COERCE", ["KEN"]),
])
def test_a_relative_clause_with_its_own_subject_has_its_noun_for_object(
        analyzer, text, category, recipient):
    (event,) = _events(analyzer, text, category)
    assert _codes(event.recipient) == recipient


@pytest.mark.model
@pytest.mark.parametrize("text, category, recipient", [
    ("The Kenyan envoy, with whom Ruto held talks on Monday, left the capital.", "CONSULT",
     ["KEN"]),
    ("Kenya's president visited Beijing. The Chinese officials whom he met on Monday "
     "pledged support.", "CONSULT", ["CHN"]),
])
def test_a_relative_pronoun_object_is_the_noun_its_clause_modifies(
        analyzer, text, category, recipient):
    (event,) = [e for e in _events(analyzer, text, category) if "with" in
                e.evidence.sentence or "whom" in e.evidence.sentence]
    assert _codes(event.recipient) == recipient


@pytest.mark.model
def test_a_relative_pronoun_after_at_is_where_not_who(nlp_sm):
    from detente.events.relatives import relative_head

    doc = nlp_sm("They condemned the attack on the embassy in Bolivia at which two petrol "
                 "bombs were thrown.")
    which = next(t for t in doc if t.lower_ == "which")
    assert which.dep_ == "pobj" and which.head.head.dep_ == "relcl"
    assert relative_head(which).i == which.i
    doc = nlp_sm("The envoy, with whom Ruto held talks, left.")
    whom = next(t for t in doc if t.lower_ == "whom")
    assert relative_head(whom).lower_ == "envoy"


@pytest.mark.model
@pytest.mark.parametrize("text, category, actor, recipient", [
    # a state's protest made to another is criticism (ACCUSE), not a crowd's PROTEST
    ('"I made a protest against the recent detention of a Japanese person in Beijing," '
     "Japan's foreign minister said.", "ACCUSE", ["JPN"], ["CHN"]),
    ("Britain condemned the arrest of opposition leaders in Uganda, the Foreign Office said.",
     "ACCUSE", ["GBR"], ["UGA"]),
])
def test_a_reaction_to_a_state_act_abroad_is_aimed_at_the_state_of_its_place(
        analyzer, text, category, actor, recipient):
    (event,) = _events(analyzer, text, category)
    assert _codes(event.actor) == actor
    assert _codes(event.recipient) == recipient


@pytest.mark.model
def test_a_reaction_answers_the_doer_its_object_names_with_by(analyzer):
    text = ("France condemned the detention of its citizens by Iranian police. Kenya protested "
            "the arrest of its fishermen by Ethiopian police.")
    # a state that protests criticises (ACCUSE, round 8), as France condemns
    (event,) = [e for e in _events(analyzer, text, "ACCUSE") if _codes(e.actor) == ["KEN"]]
    assert _codes(event.recipient) == ["ETH"]


@pytest.mark.model
def test_the_situation_a_discussion_is_about_names_no_party(analyzer):
    text = ('The foreign ministers of Chile and Peru have discussed "new changes" to the '
            "situation in Bolivia.")
    (event,) = _events(analyzer, text, "CONSULT")
    assert _codes(event.actor) == ["CHL", "PER"]
    assert _codes(event.recipient) == []


@pytest.mark.model
def test_a_demand_made_of_a_named_party_is_not_aimed_at_what_it_asks_for(analyzer):
    text = ("Kenya's foreign minister met US envoy John Smith. Kenya demanded from Smith the "
            "withdrawal of all foreign troops from Somalia.")
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.actor) == ["KEN"]
    assert _codes(event.recipient) == ["USA"]
