"""Criticism without an accusing verb, the constructions of the fifth session: evidence cited
by a speaker, reasons a speaker gives, plotters reached through contact, obligations broken,
a party's conduct or instruments doing a wrong, harsh feelings, labels the parser hides, what
a speaker calls a party's failure, dismissals naming who is behind, and requests to stop a
party's hostile act (events/blame.py, events/grievances.py, events/disapproval.py).
Made-up sentences; the dictionary resolver of test_events (only the event stage is under test).
"""

from __future__ import annotations

import datetime as dt

import pytest

from detente.events import strict_category
from detente.records import Article
from test_events import events_of


def accusations(nlp, text):
    """(actor codes, recipient codes) of each asserted ACCUSE event."""
    return [([a.code for a in e.actor], [r.code for r in e.recipient])
            for e in events_of(nlp, text)
            if e.event == "ACCUSE" and strict_category(e.event, e.modality) is not None]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # what the evidence a speaker cites shows is the speaker's charge
    ("Egypt said intelligence reports confirmed that the bombing was directed by militants "
     "based in Libya.", (["EGY"], ["LBY"])),
    # the reason a speaker gives is theirs too
    ("Japan said it raised tariffs because China has been ripping off its farmers.",
     (["JPN"], ["CHN"])),
    # plotters reached through contact, and a plotter sharing a place with its conjunct
    ("India said the gunmen were in touch with planners in Pakistan.", (["IND"], ["PAK"])),
    ("India said the gunmen were in contact with their handlers and masterminds in Pakistan.",
     (["IND"], ["PAK"])),
    # an act breaking a party's own obligation blames that party
    ("Kenya said the expulsion violated Sudan's treaty obligations.", (["KEN"], ["SDN"])),
    # a party's conduct or instrument doing the wrong
    ("Japan said China's survey ship had violated its waters.", (["JPN"], ["CHN"])),
    ("Iran said Israel's policies were destabilizing the region.", (["IRN"], ["ISR"])),
])
def test_blame_in_reported_speech_reaches_the_party(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    # a city's planners are no plotters, nor a leader's contacts
    "India said planners in Delhi approved the new metro line.",
    "India said the minister was in touch with organizers in Pakistan.",
    # a constitution binds others too: its owner is not the one blamed
    "Kenya said the law violated Sudan's constitution.",
    # the evidence clears the party
    "Egypt said intelligence reports confirmed that the bombing was not directed from Libya.",
])
def test_blame_needs_a_wrong_of_the_party(nlp_sm, text):
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Germany was angry with Russia over the expulsions.", (["DEU"], ["RUS"])),
    ("While highly critical of Russia, Germany has kept its embassy in Moscow open.",
     (["DEU"], ["RUS"])),
])
def test_a_harsh_feeling_about_a_party_criticises_it(nlp_sm, text, expected):
    assert expected in accusations(nlp_sm, text)


@pytest.mark.model
def test_a_feeling_of_residents_is_no_party_criticism(nlp_sm):
    assert accusations(nlp_sm, "Residents were angry with Russia over the expulsions.") == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the parser reads the object as the label's modifier
    ('Peru\'s president called the ruling "arbitrary."', ["PER"]),
    # a dismissal naming who is behind what it dismisses
    ("Russia dismissed the findings as dictated by France.", ["RUS"]),
])
def test_labels_the_parser_hides_are_criticism(nlp_sm, text, expected):
    assert [actor for actor, _ in accusations(nlp_sm, text)] == [expected]


@pytest.mark.model
def test_a_dismissal_blames_who_it_says_is_behind(nlp_sm):
    assert accusations(nlp_sm, "Russia dismissed the findings as dictated by France.") \
        == [(["RUS"], ["FRA"])]


@pytest.mark.model
def test_what_a_speaker_calls_a_partys_failure_blames_it(nlp_sm):
    text = "Chile's president said he closed the border, citing what Chile called " \
           "Peru's failure to curb smuggling."
    assert (["CHL"], ["PER"]) in accusations(nlp_sm, text)


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Ukraine urged Russia to stop shelling civilian areas.", (["UKR"], ["RUS"])),
    ("Egypt called on Israel to end its attacks on Gaza.", (["EGY"], ["ISR"])),
    ("Japan urged China to stop its aggressive actions at sea.", (["JPN"], ["CHN"])),
])
def test_asking_a_party_to_stop_its_hostile_act_criticises_it(nlp_sm, text, expected):
    events = events_of(nlp_sm, text)
    assert accusations(nlp_sm, text) == [expected]
    assert "REQUEST" in {e.event for e in events}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The United Nations urged both sides to stop the fighting.",
    "Kenya urged Sudan to end the quarantine.",
    "Kenya urged Sudan to stop the spread of the virus.",
])
def test_asking_to_stop_what_is_no_wrong_blames_no_one(nlp_sm, text):
    assert accusations(nlp_sm, text) == []


@pytest.mark.model
def test_railing_against_a_party_is_criticism(nlp_sm):
    assert accusations(nlp_sm, "Cuba's president railed against Canada.") \
        == [(["CUB"], ["CAN"])]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The ministry did not respond to a Reuters inquiry about the deal.",
    "In response to an inquiry from reporters, the embassy said the visit was private.",
])
def test_a_press_inquiry_is_no_investigation(nlp_sm, text):
    assert [e for e in events_of(nlp_sm, text) if e.event == "ACCUSE"] == []


@pytest.mark.model
def test_an_inquiry_opened_is_still_an_investigation(nlp_sm):
    events = events_of(nlp_sm, "Kenya opened an inquiry into the killings.")
    assert [e.event for e in events if e.event == "ACCUSE"] == ["ACCUSE"]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the act was told before: the criticism of "the move" is aimed at its doer
    ("India banned imports of Chinese apps last week. China described the move as "
     "discriminatory.", (["CHN"], ["IND"])),
    ("Russia expelled three Spanish diplomats on Tuesday. Spain condemned the decision.",
     (["ESP"], ["RUS"])),
])
def test_a_criticism_of_an_act_told_before_is_aimed_at_its_doer(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
def test_a_judgment_of_an_act_told_before_is_aimed_at_its_doer(analyzer):
    # the parse finds the critic's own country nearest; the act told before names the doer
    text = "Russia expelled three Estonian diplomats on Tuesday. Estonia said the decision " \
           "was unacceptable."
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 1, 20))])
    assert [([a.code for a in e.actor], [r.code for r in e.recipient])
            for e in analysis.events if e.event == "ACCUSE"] == [(["EST"], ["RUS"])]


@pytest.mark.model
def test_a_criticism_of_ones_own_side_stays_aimed_at_it(nlp_sm):
    # the act told before was not done to the critic: the critic's own target stays
    text = "Chile signed a trade deal with Peru on Monday. Chile's opposition called the " \
           "deal a disaster for Chile."
    assert accusations(nlp_sm, text) == [(["CHL"], ["CHL"])]


@pytest.mark.model
def test_calling_strikes_a_violation_is_a_label_not_a_strike(nlp_sm):
    text = "Israel struck targets in Lebanon on Monday. Lebanon's president called the " \
           "strikes a violation of the ceasefire."
    events = events_of(nlp_sm, text)
    assert "PROTEST" not in {e.event for e in events}
    assert accusations(nlp_sm, text) == [(["LBN"], ["ISR"])]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the violation keeps its own event; the speaker's charge is an accusation besides
    ("Russia has repeatedly violated the truce, Ukraine's military said.", (["UKR"], ["RUS"])),
    ("Kenya said the truce was violated by Sudan.", (["KEN"], ["SDN"])),
    # a wrong (events.yaml's wrong_nouns) is a harm a party can be behind
    ("Poland's prime minister said Russia was behind the border provocations.",
     (["POL"], ["RUS"])),
])
def test_a_wrong_a_speaker_says_a_party_did_is_an_accusation(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    # the condemning verb's object is "what": the label names whom it condemns
    ("Iran denounced what it called Israel's aggression.", (["IRN"], ["ISR"])),
    ("Cuba criticized what it called Canada's interference in its affairs.",
     (["CUB"], ["CAN"])),
])
def test_condemning_what_one_calls_a_partys_wrong_names_the_party(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == [expected]


@pytest.mark.model
def test_a_harsh_feeling_of_an_uncoded_person_is_no_partys_criticism(analyzer):
    # "he" is an analyst: his criticism is no party's (the feeling of a coded "he" counts)
    text = "Analyst John Smith spoke to VOA on Tuesday. While highly critical of Russia, he " \
           "said the talks could go on."
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 1, 20))])
    assert [e for e in analysis.events if e.event == "ACCUSE"] == []


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ("Russian forces violated the truce overnight, according to Ukraine's military.",
     [(["UKR"], ["RUS"])]),
    ("Iran is defying the Security Council, according to Japan.", [(["JPN"], ["IRN"])]),
    # no wrong, no charge
    ("The talks were held in Doha, according to Qatar's foreign ministry.", []),
])
def test_a_wrong_told_according_to_a_party_is_its_charge(analyzer, text, expected):
    (analysis,) = analyzer.analyze([Article.make(text, published=dt.date(2025, 1, 20))])
    assert [([a.code for a in e.actor], [r.code for r in e.recipient])
            for e in analysis.events if e.event == "ACCUSE"] == expected


@pytest.mark.model
@pytest.mark.parametrize("text, expected", [
    ('"This is an act of aggression by Russia," Ukraine\'s foreign minister said.',
     [(["UKR"], ["RUS"])]),
    ('"It is a war crime by Israel," Turkey\'s president said.', [(["TUR"], ["ISR"])]),
    # praise names a doer too, but judges nothing
    ('"This is a great achievement by Kenya," Egypt\'s president said.', []),
])
def test_a_judgment_of_this_naming_the_doer_blames_it(nlp_sm, text, expected):
    assert accusations(nlp_sm, text) == expected
