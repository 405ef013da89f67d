"""How far a speaker reaches: a pronoun after a quote of several sentences, a pronoun whose
antecedent is a title, a title that names its holder in the next paragraph, a name hung on
the second of two titles, a title for a body ("a spokesman for the Kremlin"), and reported
speech that stops at a paragraph break.

Every sentence is made up; each case pins one construction with the real model.
"""

from __future__ import annotations

import pytest

from quote_helpers import quotes, said

pytestmark = pytest.mark.model


def test_a_pronoun_after_a_long_quote_reaches_the_name_before_it(analyzer):
    text = ("The special envoy to the region, Marta Lindqvist, expressed concern on Tuesday "
            "about the fighting.\n\nLindqvist made the remarks in Geneva on Tuesday.\n\n"
            "She referred to a surge in the number of people in need of help.\n\n"
            "“I was the coordinator there two years ago. When I was there, two million people "
            "needed help. Today, five million need help and most have no clean water,” she "
            "said.")
    q = said(analyzer, text, "I was the coordinator there two years ago. When I was there, "
                             "two million people needed help. Today, five million need help "
                             "and most have no clean water")
    assert q.speaker.name == "Marta Lindqvist"


def test_a_pronoun_standing_for_a_title_is_the_holder_named_before(analyzer):
    text = ("“The next days will tell the story,” Foreign Minister Lars Okonkwo of Kenya said "
            "on Friday.\n\nThe top Kenyan diplomat said the rebels had made some constructive "
            "proposals.\n\n“But if it is just talk for the sake of talk, nobody is going to "
            "accept that,” he said.")
    q = said(analyzer, text, "But if it is just talk for the sake of talk, nobody is going to "
                             "accept that")
    assert (q.speaker.name, q.speaker.code) == ("Lars Okonkwo", "KEN")


def test_a_title_with_its_country_is_the_holder_named_in_the_next_paragraph(analyzer):
    text = ("Moldova's foreign minister has said that talks with the rebels produced no "
            "breakthrough.\n\nMoldovan Foreign Minister Jan Kowal said he met the rebel leader "
            "on Thursday in Geneva.")
    q = said(analyzer, text, "talks with the rebels produced no breakthrough")
    assert (q.speaker.name, q.speaker.code) == ("Jan Kowal", "MDA")


def test_reported_speech_ends_at_the_paragraph_break(analyzer):
    # the parser runs these two paragraphs into one sentence
    text = ("The UN deputy special envoy in Iraq has warned that the situation is \"very "
            "dramatic.\"\n\nLise Grant, who is also the UN Humanitarian Coordinator for the "
            "country, briefed reporters on Tuesday.")
    found = [q.text for q in quotes(analyzer, text)]
    assert any(t.startswith("the situation is") for t in found), found
    assert not any("briefed" in t for t in found), found


def test_a_name_on_the_second_of_two_titles_is_the_speaker(analyzer):
    text = ("Meanwhile, the U.N. Under-Secretary-General for Humanitarian Affairs and "
            "Emergency Relief Coordinator, Marta Lindqvist, said she is “angry and frustrated "
            "about the siege of the city and its toll on children.”")
    q = said(analyzer, text, "angry and frustrated about the siege of the city and its toll "
                             "on children.")
    assert (q.speaker.name, q.speaker.code, q.speaker.sector) == (
        "Marta Lindqvist", "IGO", "GOV")


def test_the_head_of_a_delegation_is_the_last_named_speaker(analyzer):
    text = ("Ukrainian Foreign Minister Taras Hnatiuk said on Thursday there was no progress "
            "towards a ceasefire.\n\n“First of all, I came here for the evacuation of "
            "civilians,” insisted the head of Ukrainian diplomacy.")
    q = said(analyzer, text, "First of all, I came here for the evacuation of civilians")
    assert q.speaker.name == "Taras Hnatiuk"


@pytest.mark.parametrize("text, code, role", [
    ("A spokesman for the Kremlin said the talks would resume next week in Istanbul.",
     "RUS", "Spokesman"),
    ("A spokeswoman for the Kenyan police said the officers had been arrested on Monday.",
     "KEN", "Spokeswoman"),
])
def test_a_title_for_a_body_speaks_for_it(analyzer, text, code, role):
    (q,) = quotes(analyzer, text)
    assert (q.speaker.code, q.speaker.role) == (code, role)


def test_a_subject_inside_the_quote_is_not_the_speaker(analyzer):
    text = ("“The mission condemns the attack on the ministry, in which several people were "
            "killed. There can be no place for terror. Our condolences to families "
            "affected,” UNMOR said in a statement.")
    (q,) = quotes(analyzer, text)
    assert q.speaker.text == "UNMOR"


@pytest.mark.parametrize("text, sector", [
    ("“They refused to enroll the children,” said Mercy Banda, a mother of three.", "CVL"),
    ("“Prices will keep rising,” said Tomas Reyes, a shop owner in Lima.", "BUS"),
])
def test_a_descriptor_word_gives_the_sector(analyzer, text, sector):
    (q,) = quotes(analyzer, text)
    assert q.speaker.sector == sector, q.speaker


def test_a_participle_after_a_reported_clause_is_the_reporters(analyzer):
    text = ("The minister emphasised that the government's position on political violence is "
            "unequivocal, saying, \"We never want violence in politics.\"")
    q = said(analyzer, text, "We never want violence in politics.")
    assert q.speaker.text == "minister"


def test_the_statement_is_the_last_named_speakers(analyzer):
    text = ("The Kenyan army, in an official statement, claimed that the rebels launched a "
            "predawn attack at four locations.\n\nThe statement claimed that eight rebel posts "
            "had been destroyed during the fighting.")
    q = said(analyzer, text, "eight rebel posts had been destroyed during the fighting")
    assert (q.speaker.code, q.speaker.sector, q.speaker.text) == ("KEN", "MIL", "The statement")


def test_the_spokesperson_is_the_spokesman_named_before(analyzer):
    text = ("Foreign Ministry Spokesman Nafees Karim of Kenya on Thursday spoke about the "
            "border.\n\nThe spokesperson in a press briefing maintained that the talks between "
            "the two countries would reach a conclusive stage.")
    q = said(analyzer, text, "the talks between the two countries would reach a conclusive "
                             "stage")
    assert q.speaker.name == "Nafees Karim"


def test_a_surname_of_two_words_is_the_full_name_before(analyzer):
    text = ("Interior Minister Ahmed Gamal Eddin of Egypt denied the reports on Monday.\n\n"
            "In an interview, Gamal Eddin said that the firing came from the demonstrators.")
    q = said(analyzer, text, "the firing came from the demonstrators")
    assert q.speaker.name == "Ahmed Gamal Eddin"


def test_an_aide_to_a_named_leader_speaks_for_the_leaders_country(analyzer):
    (q,) = quotes(analyzer, "A senior aide to Prime Minister Narendra Modi said the talks "
                            "would resume next week.")
    assert (q.speaker.code, q.speaker.name) == ("IND", None)


def test_a_short_quote_said_on_its_own_is_one_quote(analyzer):
    text = "The envoy to Yemen, Ismail Ahmed, spoke on Tuesday. \"We are worried,\" Ahmed said."
    found = [q.text for q in quotes(analyzer, text)]
    assert found.count("We are worried") == 1, found


def test_a_bracketed_abbreviation_is_not_part_of_the_role(analyzer):
    text = ("The United Nations [UN] special envoy to Yemen, Ismail Ould Cheikh Ahmed, "
            "expressed concern on Tuesday. \"We are very worried,\" Cheikh Ahmed said.")
    q = said(analyzer, text, "We are very worried")
    assert q.speaker.role == "special envoy to Yemen"
