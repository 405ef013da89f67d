"""The other party of a reaction, a reply or an appeal whose own words name none
(events/reactions.py, with the look back of events/recipients.py). Every sentence is made up
for these tests (none comes from an evaluation set)."""

from __future__ import annotations

import datetime as dt

import pytest

from event_helpers import codes as _codes, events_in

PUBLISHED = dt.date(2025, 6, 2)


def _events(analyzer, text, category):
    return events_in(analyzer, text, category, PUBLISHED)


@pytest.mark.model
def test_a_reaction_to_an_announcement_is_aimed_at_who_its_content_says_acted(analyzer):
    text = "U.S. senators welcomed Monday's announcement that Mexico had agreed to a trade truce."
    (event,) = _events(analyzer, text, "SUPPORT")
    assert _codes(event.actor) == ["USA"]
    assert _codes(event.recipient) == ["MEX"]


@pytest.mark.model
def test_the_parties_a_claim_is_about_are_not_who_its_denial_answers(analyzer):
    text = ("Britain accused Iran of arming militias in the region on Monday. "
            "London gave no evidence. Britain's envoy spoke at length. "
            "The envoy said the weapons were seized at sea. "
            "The envoy also met Gulf ministers. "
            "Iran's foreign ministry rejected the accusations that it supplies weapons to Sudan.")
    (event,) = [e for e in _events(analyzer, text, "REJECT") if "Sudan" in e.evidence.sentence]
    assert _codes(event.actor) == ["IRN"]
    assert _codes(event.recipient) == ["GBR"]


@pytest.mark.model
def test_not_agreeing_to_a_thing_proposed_earlier_is_aimed_at_who_proposed_it(analyzer):
    text = ("Egypt proposed a ceasefire in Gaza on Sunday. "
            "Mediators met in Cairo on Monday. Aid trucks waited at the border. "
            "Israel has not agreed to the ceasefire.")
    (event,) = _events(analyzer, text, "REJECT")
    assert _codes(event.actor) == ["ISR"]
    assert _codes(event.recipient) == ["EGY"]


@pytest.mark.model
@pytest.mark.parametrize("text, category, actor, recipient", [
    ("The U.S. president said he would impose sanctions if Iran does not halt enrichment.",
     "THREATEN", "USA", "IRN"),
    ("“If the attacks are not stopped by Israel, we will strike its bases,” Hezbollah's "
     "leader said.", "THREATEN", "LBN", "ISR"),
    ("The president said Ankara would raise its tariffs if the European Union refuses the "
     "deal.", "SANCTION", "TUR", "IGO"),
    # what is threatened names a place of another country: the condition's party alone
    ("China threatened to halt trade talks if the United States deploys new missiles in "
     "Japan.", "THREATEN", "CHN", "USA"),
])
def test_an_act_made_on_a_condition_is_aimed_at_the_party_of_the_condition(
        analyzer, text, category, actor, recipient):
    (event,) = _events(analyzer, text, category)
    assert _codes(event.actor) == [actor]
    assert _codes(event.recipient) == [recipient]


@pytest.mark.model
def test_a_verb_coordinated_after_a_denial_shares_its_recipient(analyzer):
    text = ("Somalia asked Kenya for the return of the fishermen on Monday. "
            "Kenya's president denied the request and asked instead for a joint inquiry.")
    requests = [e for e in _events(analyzer, text, "REQUEST") if "inquiry" in e.evidence.sentence]
    (request,) = requests
    assert _codes(request.actor) == ["KEN"]
    assert _codes(request.recipient) == ["SOM"]


@pytest.mark.model
def test_a_purpose_infinitive_shares_the_recipient_of_the_talks(analyzer):
    text = ("The Colombian foreign minister led two days of talks with Venezuelan officials in "
            "Caracas to reach the agreement.")
    (event,) = _events(analyzer, text, "AGREE")
    assert _codes(event.actor) == ["COL"]
    assert _codes(event.recipient) == ["VEN"]


@pytest.mark.model
def test_an_appeal_told_by_another_party_was_addressed_to_that_party(analyzer):
    text = "The Pentagon said Ukraine has asked for more air defense systems."
    (event,) = _events(analyzer, text, "REQUEST")
    assert _codes(event.actor) == ["UKR"]
    assert _codes(event.recipient) == ["USA"]


@pytest.mark.model
def test_a_meeting_of_a_body_is_held_with_that_body(analyzer):
    text = ("Japan, along with South Korea, called a private meeting Tuesday of the U.N. "
            "Security Council to discuss the launches.")
    (event,) = _events(analyzer, text, "CONSULT")
    assert _codes(event.actor) == ["JPN"]
    assert _codes(event.recipient) == ["IGO"]


@pytest.mark.model
def test_a_delegation_sent_to_attend_a_ceremony_meets_its_host(analyzer):
    text = "Germany sent a delegation to attend the inauguration of Ghana's new president."
    (event,) = _events(analyzer, text, "CONSULT")
    assert _codes(event.actor) == ["DEU"]
    assert _codes(event.recipient) == ["GHA"]


@pytest.mark.model
def test_bare_claims_are_answered_to_their_maker_even_of_the_same_country(analyzer):
    text = ("A rebel group accuses Nigeria of abusing civilians in the north. "
            "Both Nigeria and Niger reject claims that their troops are abusing civilians.")
    (event,) = _events(analyzer, text, "REJECT")
    assert _codes(event.actor) == ["NER", "NGA"]
    assert _codes(event.recipient) == ["NGA"]
    assert [r.text for r in event.recipient] == ["rebel group"]


@pytest.mark.model
def test_a_party_placed_in_another_country_is_of_that_country(analyzer):
    text = ("Pakistani police said gunmen killed four officers in Quetta on Monday. "
            "Islamabad blamed the attack on militants hiding on Afghan soil.")
    (event,) = _events(analyzer, text, "ACCUSE")
    assert _codes(event.actor) == ["PAK"]
    assert _codes(event.recipient) == ["AFG"]
    assert "militants" in [r.text for r in event.recipient]


@pytest.mark.model
def test_compatriots_at_a_meeting_with_foreigners_are_companions(analyzer):
    text = ("Nigeria's foreign minister will join the defense minister for talks with Chadian "
            "officials in N'Djamena.")
    (event,) = _events(analyzer, text, "CONSULT")
    assert _codes(event.actor) == ["NGA"]
    assert _codes(event.recipient) == ["TCD"]


@pytest.mark.model
def test_a_proposal_is_addressed_to_the_subject_of_its_for_to_infinitive(analyzer):
    text = "Egypt submitted a proposal for Israel to withdraw its troops from the corridor."
    (event,) = _events(analyzer, text, "AGREE")
    assert _codes(event.actor) == ["EGY"]
    assert _codes(event.recipient) == ["ISR"]


@pytest.mark.model
def test_a_stance_a_thing_holds_is_aimed_at_the_things_maker(analyzer):
    text = ("Britain agreed a deal to return the islands to Mauritius in May. "
            "The deal has the support of India.")
    (event,) = _events(analyzer, text, "SUPPORT")
    assert _codes(event.actor) == ["IND"]
    assert _codes(event.recipient) == ["GBR"]


@pytest.mark.model
@pytest.mark.parametrize("text, category, actor, recipient", [
    ("Peru signed an accord on fishing rights with Chile.", "SUPPORT", "PER", "CHL"),
    ("Ghana accepted a plan to settle its border dispute with Togo.", "AGREE", "GHA", "TGO"),
])
def test_an_agreement_is_made_with_the_party_of_a_with_phrase_in_its_object(
        analyzer, text, category, actor, recipient):
    (event,) = _events(analyzer, text, category)
    assert _codes(event.actor) == [actor]
    assert _codes(event.recipient) == [recipient]


@pytest.mark.model
def test_a_party_along_with_the_doer_is_no_counterpart(analyzer):
    (event,) = _events(analyzer, "France, along with Germany, signed the accord on Monday.",
                       "SUPPORT")
    assert "DEU" not in _codes(event.recipient)


@pytest.mark.model
@pytest.mark.parametrize("text, recipient", [
    ("Kyiv said Russian troops shelled the town of Kherson, which Moscow denied.", "UKR"),
    ("U.N. experts detailed transfers of munitions from North Korea to Russia in a report in "
     "February, which Moscow denied.", "IGO"),
])
def test_denying_what_a_clause_tells_answers_its_teller(analyzer, text, recipient):
    (event,) = _events(analyzer, text, "REJECT")
    assert _codes(event.actor) == ["RUS"]
    assert _codes(event.recipient) == [recipient]


def _clause(verb: str, lemma: str):
    import spacy
    from spacy.tokens import Doc
    return Doc(spacy.blank("en").vocab, words=["Paris", verb, "the", "strike"],
               heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
               pos=["PROPN", "VERB", "DET", "NOUN"], lemmas=["Paris", lemma, "the", "strike"])


def test_the_object_of_an_earlier_condemnation_is_an_act_its_subject_answered():
    from detente.events.lexicon import load_lexicon
    from detente.events.recipients import _answered
    assert _answered(_clause("condemned", "condemn")[3], load_lexicon())
    assert not _answered(_clause("launched", "launch")[3], load_lexicon())


@pytest.mark.model
def test_a_second_condemnation_is_aimed_at_the_doer_not_at_the_first_to_condemn(analyzer):
    text = ("Turkey carried out an airstrike on a village in northern Iraq on Tuesday. "
            "Iraq's foreign ministry condemned the airstrike. "
            "The Arab League also condemned the airstrike.")
    event = next(e for e in _events(analyzer, text, "ACCUSE")
                 if e.evidence.sentence.startswith("The Arab League"))
    assert _codes(event.recipient) == ["TUR"]
