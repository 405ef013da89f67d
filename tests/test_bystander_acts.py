"""Verbal acts that are no political event (issue 9, round 8): a private person's own
refusal or resolve with no counterpart, a lone speaker heard "by phone", a past-perfect
relative clause describing a person, and an event noun that is only the label a speaker
gives ("what he called a productive meeting"). Each case has a twin that keeps its event.
Made-up sentences through the real model."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.records import Article

PUBLISHED = dt.date(2025, 3, 14)


def _events(analyzer, text):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    return [(e.event, e.modality) for e in result.events]


def _categories(analyzer, text):
    return {event for event, _ in _events(analyzer, text)}


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # people refusing to leave their homes refuse no party's demand
    ("Some villagers near the front line are refusing to abandon their homes.", "REJECT"),
    ("The extended family of Amir Haddad refuses to leave the house despite the shelling.",
     "REJECT"),
    # a private person's resolve about their own role
    ("Marta Kovacs remains committed to her work as a volunteer nurse.", "AGREE"),
    # a lone speaker reached by phone is heard, not in a call between parties
    ("Lina Haddad, 34, spoke by phone from a shelter near the border.", "CONSULT"),
    ("The mayor of Mariupol, speaking by telephone, said the water supply had failed.",
     "CONSULT"),
])
def test_no_political_act(analyzer, text, event):
    assert event not in _categories(analyzer, text)


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a past-perfect relative clause tells what the person did before: history, not news
    ("The minister, who had met rebel leaders in Doha, was dismissed on Monday.", "CONSULT"),
    ("The activist, who had accused the Egyptian government of torture, was freed on "
     "Sunday.", "ACCUSE"),
    ("The general, who had rejected the peace deal, resigned on Tuesday.", "REJECT"),
])
def test_past_perfect_relative_clause_is_history(analyzer, text, event):
    assert (event, "historical") in _events(analyzer, text)


@pytest.mark.model
def test_labelled_meeting_is_the_hosting(analyzer):
    # the noun a speaker labels an occasion with is no second meeting
    text = "Macron hosted Modi in Paris on Monday for what he called a productive meeting."
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    triggers = [e.evidence.trigger for e in result.events if e.event == "CONSULT"]
    assert triggers == ["hosted"]


@pytest.mark.model
@pytest.mark.parametrize("text, event", [
    # a refusal of a state's demand, and a state's refusal, stay
    ("Peru's government refused to withdraw its ambassador from Chile.", "REJECT"),
    ("Russia refused to leave the Black Sea grain deal on Monday.", "REJECT"),
    # a state's resolve stays
    ("Japan remains committed to the ceasefire agreement with China.", "AGREE"),
    # two ends of a call named: a call
    ("Putin spoke by phone with Erdogan on Monday.", "CONSULT"),
    ("The two presidents spoke by phone on Tuesday.", "CONSULT"),
    # a relative clause in the simple past that reports the news stays
    ("Ten countries that condemned the Israeli settlements on Monday were named.",
     "ACCUSE"),
    # a meeting called (convened) is one
    ("Ghana's president called a meeting of the security council on Friday.", "CONSULT"),
])
def test_political_act_kept(analyzer, text, event):
    assert event in _categories(analyzer, text)



def _label_doc(noun_dep: str):
    # "Biden hosted Ramaphosa for what he called a productive meeting", the noun as the label
    # (oprd, after "what"), or "... for he called a productive meeting" with the noun as what
    # is convened (dobj)
    import spacy
    from spacy.tokens import Doc

    words = ["Biden", "hosted", "Ramaphosa", "for", "what", "he", "called", "a", "productive",
             "meeting"]
    heads = [1, 1, 1, 1, 6, 6, 3, 9, 9, 6]
    deps = ["nsubj", "ROOT", "dobj", "prep", "dobj" if noun_dep == "oprd" else "dep",
            "nsubj", "pcomp", "det", "amod", noun_dep]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PRON", "PRON", "VERB", "DET", "ADJ", "NOUN"]
    lemmas = ["Biden", "host", "Ramaphosa", "for", "what", "he", "call", "a", "productive",
              "meeting"]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=lemmas)


@pytest.mark.parametrize("noun_dep, hosted, label", [
    ("oprd", True, True),    # the label of the hosting: no second meeting
    ("oprd", False, False),  # no other meeting told: the label stands for it
    ("dobj", True, False),   # a meeting called (convened) is one of its own
])
def test_label_of_other_meeting(noun_dep, hosted, label):
    from detente.events.lexicon import load_lexicon
    from detente.events.meetings import label_of_other
    from detente.events.triggers import Candidate

    doc = _label_doc(noun_dep)
    noun = Candidate(doc[9], "CONSULT", None, True, "noun", noun=doc[9], anchor=doc[9])
    by_token = {9: noun}
    if hosted:
        by_token[1] = Candidate(doc[1], "CONSULT", None, False, "verb", words=[doc[1]])
    characterizing = load_lexicon().characterizing
    assert label_of_other(characterizing, doc[6], noun, by_token) is label


@pytest.mark.model
@pytest.mark.parametrize("text, meetings", [
    # "the talks" with one of their sides named again: the same talks
    ("Kenya's foreign minister held talks in Nairobi on Monday with his Somali counterpart. "
     "During the talks, the Somali minister stressed the need for a joint border force.", 1),
    ("The summit between the presidents of Chile and Peru on Tuesday was warm. Analysts "
     "said little was achieved at the Chile-Peru summit.", 1),
    # two meetings with different sides stay two
    ("Kenya's foreign minister held talks in Nairobi on Monday with his Somali counterpart. "
     "On Tuesday he held talks with Ethiopia's foreign minister in Addis Ababa.", 2),
])
def test_meeting_named_again(analyzer, text, meetings):
    result = next(analyzer.analyze([Article.make(text, published=PUBLISHED)]))
    found = [e for e in result.events if e.event == "CONSULT" and e.modality == "asserted"]
    assert len(found) == meetings


@pytest.mark.model
@pytest.mark.parametrize("text, found", [
    # an absence counted from a time: the meeting negated, no refusal
    ("The presidents of Chile and Peru have not met since February 2015.",
     ("CONSULT", "negated")),
    ("Israel and Syria have not held direct talks since 2011.", ("CONSULT", "negated")),
    # a meeting not attended on a day, or refused ahead, is a refusal
    ("Peru will not attend the summit in Santiago, its foreign ministry said on Monday.",
     ("REJECT", "asserted")),
])
def test_absence_since_is_no_refusal(analyzer, text, found):
    assert _events(analyzer, text) == [found]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Maria Okafor, a critic of the government, rejected the truce on Tuesday.",
    "Amal Haddad, a lawyer from the capital, rejected the ceasefire on Friday.",
])
def test_a_public_thing_refused_keeps_the_act_of_a_person_with_no_office(analyzer, text):
    assert ("REJECT", "asserted") in _events(analyzer, text)
