"""Who speaks in wire-story constructions: a source quoted by another ("Tass quoted X as
saying"), a text that reads out words ("read the statement"), a run of sentences opened by the
same pronoun, one country for one person, a title named again as a description ("the premier
added"), a name written after a bare title and its place, a name inside what the last speaker
reported.

Every sentence is made up; each case pins one construction with the real model.
"""

from __future__ import annotations

import pytest

from quote_helpers import quotes, said

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, words, name", [
    ("Interior Minister Lars Okonkwo spoke on Monday. “We will sit down for dialogue when the "
     "militants lay down arms,” the Tass news agency quoted Okonkwo as saying.",
     "We will sit down for dialogue when the militants lay down arms", "Lars Okonkwo"),
    ("The Tass news agency quoted Kenyan Foreign Minister Amina Odhiambo as saying that the "
     "talks had failed.", "the talks had failed", "Amina Odhiambo"),
    ("Kenyan Foreign Minister Amina Odhiambo was quoted by Interfax as saying the talks had "
     "failed.", "the talks had failed", "Amina Odhiambo"),
    ("Kenyan President William Ruto spoke to the Spanish minister on Monday. “Tomorrow is the "
     "last chance for a ceasefire,” the statement reported him as telling the Spanish minister.",
     "Tomorrow is the last chance for a ceasefire", "William Ruto"),
])
def test_the_one_quoted_as_saying_is_the_speaker(analyzer, text, words, name):
    assert said(analyzer, text, words).speaker.name == name


def test_who_was_told_something_still_did_not_say_it(analyzer):
    text = "Foreign Minister Lars Okonkwo was told that the army would withdraw from the towns."
    assert list(quotes(analyzer, text)) == []


@pytest.mark.parametrize("text, words, speaker", [
    ("The rebel Ruritanian Liberation Front issued a statement on Friday. “It is impossible "
     "for us to sit with the occupiers of our land,” read the statement.",
     "It is impossible for us to sit with the occupiers of our land",
     "Ruritanian Liberation Front"),
    ("Kenya's foreign ministry released a statement on Monday. “We reject the accusations "
     "made against our troops,” the statement said.",
     "We reject the accusations made against our troops", "Kenya"),
])
def test_the_statement_issued_speaks_for_its_issuer(analyzer, text, words, speaker):
    assert said(analyzer, text, words).speaker.name == speaker


def test_a_placard_that_reads_out_words_is_their_speaker(analyzer):
    text = ("Protesters marched through Nairobi on Sunday. “Down with the corrupt government "
            "and its allies,” read one placard.")
    q = said(analyzer, text, "Down with the corrupt government and its allies")
    assert q.speaker.text == "one placard"


@pytest.mark.parametrize("text, words, name", [
    ("“We will never surrender,” said Interior Minister Lars Okonkwo of Kenya. He also "
     "repeated President Ruto's warning to the rebels. “If anyone touches our border, we will "
     "respond,” he warned.", "If anyone touches our border, we will respond", "Lars Okonkwo"),
    ("Kenyan Foreign Minister Amina Odhiambo met the envoy on Monday. She rejected Ethiopian "
     "Prime Minister Abiy Ahmed's offer of talks. “There is nothing to discuss,” she said.",
     "There is nothing to discuss", "Amina Odhiambo"),
    ("Ghana's defence minister Kwame Mensah arrived in Accra on Friday. He praised Nigerian "
     "President Bola Tinubu's decision to send troops. “This is the help we needed,” he said.",
     "This is the help we needed", "Kwame Mensah"),
])
def test_a_pronoun_goes_on_about_the_pronoun_subject_before_it(analyzer, text, words, name):
    assert said(analyzer, text, words).speaker.name == name


def test_one_person_keeps_one_country_across_the_story(analyzer):
    text = ("KAMPALA - The delegation of the South Sudanese government will keep negotiating "
            "with the rebels, Deng Garang, South Sudanese Minister of Information, said on "
            "Sunday.\n\nUnder the mediation of regional leaders, the two sides have continued "
            "the talks in Kampala, capital of Uganda.\n\nGarang, who is also spokesperson of the "
            "government delegation to the peace talks, told the press that the government "
            "continues the negotiation without conditions.\n\nGarang said the envoys had met "
            "the rebel leader on Saturday.")
    found = [(q.speaker.name, q.speaker.code) for q in quotes(analyzer, text)]
    assert found == [("Deng Garang", "SSD")] * 3


@pytest.mark.parametrize("text, words, name", [
    ("Press Secretary Dmitry Peskov said it was “not about surrender”. At the same time, the "
     "Kremlin representative emphasized that communication channels between the two services "
     "remain open.", "communication channels between the two services remain open",
     "Dmitry Peskov"),
    ("Islamist group Al-Shabaab spokesman Sheikh Ali Mohamud Raghe vowed Thursday the movement "
     "will continue attacks on foreign targets. The sheikh also stated that its fighters will "
     "multiply assaults on the forces of the government.",
     "its fighters will multiply assaults on the forces of the government", "Ali Mohamud Raghe"),
    ("“The government will never stop its war on the militants,” Prime Minister Hassan Ali "
     "Khaire told reporters late on Friday. The premier also said the soldiers had rescued 35 "
     "civilians.", "the soldiers had rescued 35 civilians", "Hassan Ali Khaire"),
])
def test_a_title_named_again_is_the_last_person_named_speaking(analyzer, text, words, name):
    assert said(analyzer, text, words).speaker.name == name


def test_a_name_after_a_bare_title_and_its_place_is_the_speaker(analyzer):
    text = ("“The talks will resume next week,” UN Special Coordinator for Lebanon Maria Costa "
            "told reporters.")
    q = said(analyzer, text, "The talks will resume next week")
    assert (q.speaker.name, q.speaker.code) == ("Maria Costa", "IGO")


def test_a_person_named_in_what_the_last_speaker_reported_is_not_he(analyzer):
    text = ("KANO, Nigeria - Nine people were killed on Monday in a raid on a market town, "
            "police said.\n\nSpokesman of the Kano state police Abdullahi Haruna confirmed the "
            "raid to reporters, saying armed men on motorcycles stormed the market, killing a "
            "trader identified as Musa Danladi and eight others.\n\n“We have deployed more "
            "officers to the area,” he said.")
    q = said(analyzer, text, "We have deployed more officers to the area")
    assert q.speaker.name == "Abdullahi Haruna"


def test_the_statement_named_again_after_a_statement_from_a_body_is_the_bodys(analyzer):
    text = ("The Kenyan ambassador was summoned to the ministry late Thursday, according to a "
            "statement from the Ugandan foreign ministry. The statement said that Ugandan "
            "offices in Kenya had come under attack.")
    q = said(analyzer, text, "Ugandan offices in Kenya had come under attack")
    assert q.speaker.code == "UGA"


@pytest.mark.parametrize("text, label", [
    ("The so-called “peace corridor” remained closed on Monday, the Turkish defence ministry "
     "said.", "peace corridor"),
    ("The rebels set up a self-styled “people's council” in the town, the army said on "
     "Tuesday.", "people's council"),
])
def test_a_label_the_writer_holds_at_a_distance_is_no_quote(analyzer, text, label):
    assert label not in [q.text for q in quotes(analyzer, text)]


@pytest.mark.parametrize("text, words, speaker", [
    ("Police fired tear gas at the crowd, which chanted “Down with the junta, down with the "
     "generals” outside the palace, witnesses said.",
     "Down with the junta, down with the generals", "crowd"),
    ("Kenyan Foreign Minister Amina Odhiambo, who told reporters that the talks had failed, "
     "left Geneva on Monday.", "the talks had failed", "Kenyan Foreign Minister Amina Odhiambo"),
    ("Police arrested five lawyers, drawing a rebuke from rights watchdogs who labelled the "
     "raids a “massive crackdown” on critics.", "massive crackdown", "rights watchdogs"),
])
def test_who_a_relative_clause_describes_speaks_in_it(analyzer, text, words, speaker):
    assert said(analyzer, text, words).speaker.text == speaker


def test_a_relative_clause_hung_on_a_thing_names_no_speaker(analyzer):
    text = ("The electoral court recently conducted a recount of ballot boxes that presented "
            "irregularities and said there was virtually no change to its count.")
    assert all(q.speaker is None or "boxes" not in q.speaker.text
               for q in quotes(analyzer, text))
