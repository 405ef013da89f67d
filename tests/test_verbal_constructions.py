"""Verbal events in whole news stories (issue 9, third pass): who speaks in a quote, what a
statement does, what is only discussed, judged or asked for in court.

Made-up sentences. Most use the dictionary resolver of test_events (only the event stage is
under test); those that need the quote stage run the whole analyzer.
"""

from __future__ import annotations

import datetime as dt
import io

import pytest

from detente.errors import KnowledgeBaseError
from detente.events import load_lexicon, strict_category
from detente.events.lexicon import parse_yaml
from detente.events.candidates import find_candidates
from detente.records import Article
from test_events import events_of


def asserted(nlp, text):
    """Categories of every event a strict export would keep, in text order."""
    return [e.event for e in events_of(nlp, text)
            if strict_category(e.event, e.modality) is not None]


def analysed(analyzer, text):
    (result,) = analyzer.results([Article.make(text, published=dt.date(2024, 3, 6))])
    return [e for e in result.events if strict_category(e.event, e.modality) is not None]


# --- the trigger file ---------------------------------------------------------------------

def test_a_key_given_twice_in_the_trigger_file_is_refused():
    # YAML would silently keep the second entry: a sense table lost its first reading so
    stream = io.StringIO('senses:\n  "take to":\n    - {event: null}\n'
                         '  "take to":\n    - {event: null}\n')
    with pytest.raises(KnowledgeBaseError) as err:
        parse_yaml(stream, "triggers.yaml")
    assert str(err.value) == (
        "detente/data/triggers.yaml:4: the key 'take to' is given twice (first at line 2); "
        "YAML would keep only the last one. Merge the two entries into one.")


# --- words and senses ---------------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Farmers in Chad took the ministry to court.", ["ACCUSE"]),        # a lawsuit
    ("Workers in Chad took to the streets on Monday.", ["PROTEST"]),   # a protest
])
def test_taking_to_court_and_to_the_streets(nlp_sm, text, expected):
    assert [e for e in asserted(nlp_sm, text) if e in ("ACCUSE", "PROTEST")] == expected


@pytest.mark.model
def test_denying_the_charges_is_a_refusal_without_doubt(nlp_sm):
    lex = load_lexicon()
    (sent,) = nlp_sm("The minister denied all the charges.").sents
    (cand,) = find_candidates(lex, sent)
    # a weak reading would need a party the story itself names, not one from its setting
    assert (cand.event, cand.weak) == ("REJECT", False)


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Lawyers for the defendant asked for an adjournment.",          # a step in a case
    "The party has until Friday to appeal the court's ruling.",     # a step in a case
    "Parliament approved a new budget law on Tuesday.",             # a domestic act
    "A gunman stood with a rifle outside the embassy of Chad.",     # no one backed
    "The ministers of Iran discussed lifting sanctions on Syria.",  # what is discussed
    "Russia and Ukraine held talks on a ceasefire in Istanbul.",    # the talks' topic
])
def test_procedure_law_and_topics_are_no_verbal_event_of_their_own(nlp_sm, text):
    assert [e for e in asserted(nlp_sm, text)
            if e in ("REQUEST", "SUPPORT", "CONCEDE", "RETREAT")] == []


@pytest.mark.model
def test_asking_a_party_for_something_stays_a_request(nlp_sm):
    assert asserted(nlp_sm, "Ukraine asked Germany for more air defense systems.") == \
        ["REQUEST"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ghana was highly critical of the decision by Mali.",   # "critical of"
])
def test_being_critical_of_something_is_criticism(nlp_sm, text):
    assert asserted(nlp_sm, text) == ["ACCUSE"]


@pytest.mark.model
def test_being_critical_to_something_is_not(nlp_sm):
    assert asserted(nlp_sm, "Water from Chad is critical to Mali.") == []


# --- reactions, judgments and findings of fault -------------------------------------------

@pytest.mark.model
def test_meeting_with_opposition_from_a_party_is_its_rejection(nlp_sm):
    (ev,) = events_of(nlp_sm, "The proposal met with opposition from Japan.")
    assert (ev.event, [a.code for a in ev.actor]) == ("REJECT", ["JPN"])


@pytest.mark.model
def test_meeting_with_a_party_stays_a_meeting(nlp_sm):
    (ev,) = events_of(nlp_sm, "The president of France met with the Polish prime minister.")
    assert ev.event == "CONSULT"


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Russia called the sanctions an illegal move.", ["ACCUSE"]),   # not a SANCTION
    ("China called the visit a provocation.", ["ACCUSE"]),           # not a CONSULT
    ("Kenya called the agreement a historic step.", ["SUPPORT"]),    # praise, no AGREE
    ("Chad described the talks as constructive.", ["SUPPORT"]),
])
def test_calling_an_act_something_judges_it_and_does_not_do_it(nlp_sm, text, expected):
    assert asserted(nlp_sm, text) == expected


@pytest.mark.model
def test_calling_a_strike_is_still_a_strike(nlp_sm):
    assert "PROTEST" in [e.event for e in events_of(
        nlp_sm, "Unions in Kenya called a strike for Monday.")]


@pytest.mark.model
def test_saying_a_party_failed_to_act_is_criticism_of_it(nlp_sm):
    (ev,) = [e for e in events_of(nlp_sm, "Germany said Serbia had failed to meet its "
                                          "obligations.")
             if strict_category(e.event, e.modality)]
    assert (ev.event, [a.code for a in ev.actor], [r.code for r in ev.recipient]) == \
        ("ACCUSE", ["DEU"], ["SRB"])


@pytest.mark.model
def test_what_a_speaker_says_their_own_side_must_do_is_no_request(nlp_sm):
    text = "Senator Smith of Canada said Canada and our allies must take a long view."
    assert "REQUEST" not in asserted(nlp_sm, text)


@pytest.mark.model
def test_going_to_act_is_future(nlp_sm):
    (ev,) = events_of(nlp_sm, "Canada is going to impose tariffs on Chinese steel.")
    assert (ev.event, ev.modality) == ("SANCTION", "future")


# --- who speaks ------------------------------------------------------------------------------

@pytest.mark.model
def test_we_in_a_quote_attributed_a_sentence_later_is_the_speaker(analyzer):
    text = ('Kenyan President William Ruto spoke on Monday. "We condemn the attack on the '
            'embassy and urge the public to stay calm. The police will restore order," Ruto tweeted.')
    found = {(e.event, tuple(a.code for a in e.actor)) for e in analysed(analyzer, text)}
    assert {("ACCUSE", ("KEN",)), ("REQUEST", ("KEN",))} <= found


@pytest.mark.model
def test_a_quoted_first_person_harm_still_to_come_is_the_speakers_threat(analyzer):
    text = ('The U.S. secretary of state spoke to reporters. "If you break the rules, we are '
            'going to revoke your visa," Secretary of State Marco Rubio said.')
    assert [(e.event, [a.code for a in e.actor]) for e in analysed(analyzer, text)
            if e.event in ("THREATEN", "SANCTION")] == [("THREATEN", ["USA"])]


@pytest.mark.model
def test_the_statement_acts_for_whoever_issued_it(analyzer):
    text = ("The U.S. State Department issued a statement on Tuesday about the vote in "
            "Somalia. The statement threatened sanctions and visa restrictions.")
    threats = [e for e in analysed(analyzer, text) if e.event == "THREATEN"]
    assert [{a.code for a in e.actor} for e in threats] == [{"USA"}]


# --- resolves, receipts and foreseen acts ---------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The president of Chad vowed to make the region greener by 2050.",   # a resolve
    "Kenya personally welcomed the vaccines.",                            # goods received
    "China cites old maps to back its claims.",                           # an argument
    "The Communist Party of China allows people to go only where it wants.",  # the allower
    "A man from Chad is cooperating with prosecutors.",                   # a suspect's help
    "Experts say China will impose tariffs on Japan.",                    # foreseen
])
def test_not_an_event_of_a_party(nlp_sm, text):
    assert asserted(nlp_sm, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Japan pledged five million dollars to Chad.", "AGREE"),        # promised to someone
    ("Germany promised to help Ukraine.", "AGREE"),                   # an act promised
    ("The junta in Mali allowed opposition parties to register.", "CONCEDE"),
    ("Japan backed the plan by Korea.", "SUPPORT"),
])
def test_the_same_words_with_a_party_or_an_act_stay_events(nlp_sm, text, expected):
    assert asserted(nlp_sm, text) == [expected]


@pytest.mark.model
def test_a_clause_with_its_own_subject_does_not_share_a_negation(nlp_sm):
    text = "Chad did not respond to a request for comment, but Chad has denied the claims."
    assert [(e.event, e.modality) for e in events_of(nlp_sm, text)] == [("REJECT", "asserted")]


@pytest.mark.model
def test_barred_from_visiting_is_no_visit(nlp_sm):
    text = "Women in Chad are barred from visiting parks in Mali."
    assert "CONSULT" not in asserted(nlp_sm, text)  # the bar itself may be a restriction


# --- what is said to be needed ------------------------------------------------------------

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan said a firm international response was urgently needed.",  # passive "needed"
    "Japan said there should be more research on the matter.",        # "there should be"
    "Such matters, Japan told reporters, should be decided by vote.",  # an aside "told"
])
def test_saying_something_is_needed_is_a_request_of_no_one_named(nlp_sm, text):
    evs = [e for e in events_of(nlp_sm, text) if e.event == "REQUEST"]
    assert [([a.code for a in e.actor], e.recipient) for e in evs] == [(["JPN"], ())]


@pytest.mark.model
def test_an_intransitive_must_asks_nothing(nlp_sm):
    assert asserted(nlp_sm, "Strong diplomacy must work, Japan said.") == []


# --- judgments in reported clauses and proposals with their infinitive ----------------------

@pytest.mark.model
def test_saying_a_partys_act_is_illegal_criticises_that_party(nlp_sm):
    evs = events_of(nlp_sm, "Russia said the raids by Ukraine were illegal.")
    accuse = [e for e in evs if e.event == "ACCUSE"]
    assert [([a.code for a in e.actor], [r.code for r in e.recipient]) for e in accuse] == \
        [(["RUS"], ["UKR"])]
    assert "ASSAULT" in [e.event for e in evs]  # what is judged did happen


@pytest.mark.model
def test_warning_that_others_conduct_is_dangerous_is_criticism(nlp_sm):
    text = "Japan warned that the cooperation between Russia and Iran is dangerous and illegal."
    assert asserted(nlp_sm, text) == ["ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Russia made an offer to withdraw its troops from Syria.", ["AGREE"]),
    ("The vote came in response to a Chinese and Russian proposal made on Monday for the "
     "council to lift sanctions on Iran.", ["AGREE"]),
])
def test_what_a_proposal_proposes_is_not_done(nlp_sm, text, expected):
    assert [e for e in asserted(nlp_sm, text) if e != "SUPPORT"] == expected


@pytest.mark.model
def test_the_first_to_act_is_the_copulas_subject(nlp_sm):
    (ev,) = [e for e in events_of(nlp_sm, "Germany was the first country to recognize "
                                          "Croatia.") if e.event == "SUPPORT"]
    assert [a.code for a in ev.actor] == ["DEU"]


@pytest.mark.model
def test_a_refusal_with_its_reason_is_one_refusal(nlp_sm):
    assert asserted(nlp_sm, "Iran rejected the proposal, calling it unfair.") == ["REJECT"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iran vowed revenge for the killing.",
    "Lebanon vowed to retaliate against Israel.",
    "The defence minister of Chile vowed a harsh response to the raid.",
    "Peru promised vengeance for the ambush.",
    "The government of Mali pledged a crushing response to the rebels.",
])
def test_vowing_revenge_is_a_threat(nlp_sm, text):
    assert asserted(nlp_sm, text) == ["THREATEN"]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Japan pledged food aid to the Philippines.",
    "Chile promised to send doctors to Peru.",
])
def test_a_promise_of_help_stays_an_agreement(nlp_sm, text):
    assert asserted(nlp_sm, text) == ["AGREE"]


@pytest.mark.model
def test_a_reluctance_another_side_ascribes_is_an_assessment(nlp_sm):
    text = "Jane Roe of Japan told reporters that India is reluctant to join the alliance."
    assert asserted(nlp_sm, text) == []


@pytest.mark.model
def test_a_reluctance_a_side_states_itself_is_a_refusal(nlp_sm):
    text = "India said India is reluctant to join the alliance."
    assert asserted(nlp_sm, text) == ["REJECT"]


@pytest.mark.model
def test_a_promise_about_a_named_party_stays_an_agreement(nlp_sm):
    assert asserted(nlp_sm, "The president of Serbia promised to democratize Serbia.") == \
        ["AGREE"]


@pytest.mark.model
def test_the_country_us_is_no_first_person(nlp_sm):
    text = "The Red Cross said US and British forces must ensure security in Iraq."
    assert asserted(nlp_sm, text) == ["REQUEST"]


@pytest.mark.model
def test_a_meeting_before_an_order_is_its_own_event_not_the_orders_content(nlp_sm):
    text = ("The governor, after a meeting earlier this month with representatives from "
            "Kenya, told officials to draft rules.")
    assert sorted(asserted(nlp_sm, text)) == ["CONSULT", "REQUEST"]
