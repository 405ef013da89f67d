"""Speakers on whole articles: who a speaker phrase names, and short quotes in reported speech.

Every sentence is made up; each case pins one construction of the quote stage and
``detente.speakers`` with the real model and the bundled actor knowledge base.
"""

from __future__ import annotations

import pytest


from quote_helpers import quotes, said

pytestmark = pytest.mark.model


def test_a_title_alone_is_the_person_introduced_with_it(analyzer):
    text = ("Harbor City Mayor Anna Kowalczyk opened the new market on Monday. "
            "“We will move the stalls slowly, street by street,” the mayor said.")
    q = said(analyzer, text, "We will move the stalls slowly, street by street")
    # the place written before the title is part of the office (session 11)
    assert (q.speaker.name, q.speaker.role) == ("Anna Kowalczyk", "Harbor City Mayor")


def test_an_indefinite_title_is_someone_new(analyzer):
    text = ("Harbor City Mayor Anna Kowalczyk opened the new market on Monday. "
            "“Nobody asked the traders what they wanted,” a mayor from the north said.")
    q = said(analyzer, text, "Nobody asked the traders what they wanted")
    assert q.speaker.name != "Anna Kowalczyk"


@pytest.mark.parametrize("text, words", [
    # a name given with "call": the subject's words
    ("Foreign Minister Lars Okonkwo called the agreement a “historic step” for the region.",
     "historic step"),
    # "describe ... as"
    ("Foreign Minister Lars Okonkwo described the attack on the convoy as “cowardly.”",
     "cowardly."),
    # a few quoted words inside reported speech
    ("Foreign Minister Lars Okonkwo said his government was “deeply troubled” by the vote.",
     "deeply troubled"),
])
def test_a_short_quote_in_reported_speech_is_the_subjects(analyzer, text, words):
    q = said(analyzer, text, words)
    assert q.direct and q.speaker.name == "Lars Okonkwo"


@pytest.mark.parametrize("text", [
    # the quoted words are what is named, not a name given by anyone
    "The parliament revised the media law in May, adding an “online safety” chapter.",
    # a one-word label inside reported speech stays a label
    "Lars Okonkwo said the “referendum” held in March was legal.",
])
def test_a_label_is_not_a_quote(analyzer, text):
    assert [q.text for q in quotes(analyzer, text) if q.direct] == []


def test_a_dateline_is_not_the_speaker(analyzer):
    # the parser reads KABUL as a first subject of "confirmed"
    text = ("KABUL — U.N.-appointed rapporteur Helena Marsh confirmed on Wednesday that her "
            "visit had been cancelled.")
    (q,) = quotes(analyzer, text)
    assert q.speaker.text == "U.N.-appointed rapporteur Helena Marsh"


def test_a_name_before_an_aside_between_dashes_is_still_the_speaker(analyzer):
    text = ("Okonkwo — leader of the largest party in parliament — said on Friday that the "
            "vote would go ahead.")
    (q,) = quotes(analyzer, text)
    assert q.speaker.text == "Okonkwo"


def test_the_person_in_the_subject_phrase_speaks_not_the_body_beside_it(analyzer):
    # the title names a body (the U.N.); the speaker is the person who holds it
    text = ("“Aid convoys have not moved for a week,” U.N. Humanitarian Coordinator "
            "Tomas Vermeer said.")
    (q,) = quotes(analyzer, text)
    assert q.speaker.name == "Tomas Vermeer"


def test_the_role_comes_from_the_apposition(analyzer):
    text = ("“The ceasefire will not hold through the winter,” said Peter Lindqvist, "
            "a senior fellow at the Nordic Policy Institute.")
    (q,) = quotes(analyzer, text)
    assert (q.speaker.name, q.speaker.role) == (
        "Peter Lindqvist", "senior fellow at the Nordic Policy Institute")


def test_a_professor_in_the_apposition_gives_the_education_sector(analyzer):
    text = ("“The reform is a step backwards,” said Milan Horvat, a professor of law at "
            "the University of Zagreb.")
    (q,) = quotes(analyzer, text)
    assert (q.speaker.sector, q.speaker.role) == ("EDU", "professor of law at the University of Zagreb")


def test_a_national_envoy_to_the_un_speaks_for_the_state(analyzer):
    text = ("Norwegian Deputy U.N. Ambassador Kari Holmsen told reporters that Norway would "
            "vote for the resolution.")
    (q,) = quotes(analyzer, text)
    assert (q.speaker.name, q.speaker.code) == ("Kari Holmsen", "NOR")


def test_a_quote_running_over_paragraphs_belongs_to_the_name_in_its_last(analyzer):
    text = ("Trade Minister Olga Brandt spoke to farmers on Monday.\n"
            "“We have heard every complaint about the prices this year.\n"
            "“The subsidy will reach every village before the harvest,” Brandt said.\n"
            "Opposition leader Piet Maas disagreed.")
    q = said(analyzer, text, "We have heard every complaint about the prices this year.")
    assert q.speaker.name == "Olga Brandt"


def test_a_closed_paragraph_is_not_run_on_into_the_next_speakers_quote(analyzer):
    text = ("“Nobody will be left out,” Trade Minister Olga Brandt said on Monday.\n"
            "“The market is already broken.”\n"
            "“None of this will help the smallest farms,” opposition leader Piet Maas said.")
    q = said(analyzer, text, "The market is already broken.")
    assert q.speaker.name == "Olga Brandt"


@pytest.mark.parametrize("text, role", [
    # the nation before the office is the actor's country, not part of its role
    ("“The border stays open,” said Jean Morel, Benin's secretary of state for trade.",
     "secretary of state for trade"),
    ("“The border stays open,” Beninese trade envoy Jean Morel said.", "trade envoy"),
])
def test_the_role_is_the_office_without_the_nation(analyzer, text, role):
    (q,) = [q for q in quotes(analyzer, text) if q.direct]
    assert (q.speaker.name, q.speaker.role) == ("Jean Morel", role)


def test_he_said_is_the_person_named_last_not_the_previous_speaker(analyzer):
    text = ('"The border stays open," said Kenyan Foreign Minister Amina Otieno. Later, '
            'Ugandan President John Okello met reporters in Kampala. "We want peace with '
            'everyone," he said.')
    q = said(analyzer, text, "We want peace with everyone")
    assert (q.speaker.name, q.speaker.code) == ("John Okello", "UGA")


@pytest.mark.parametrize("text, words", [
    ("Fighting spread in Belarus on Monday. “The army has stepped up the raids,” U.N. "
     "Resident Coordinator for Belarus Tomas Varga said.", "The army has stepped up the raids"),
    ("Prisoners escaped in Chad. The U.N. secretary-general's special representative in "
     "Chad, Maria Solvik, expressed concern. “I am deeply worried by the escape,” she said.",
     "I am deeply worried by the escape"),
])
def test_a_un_official_posted_to_a_state_speaks_for_the_un(analyzer, text, words):
    q = said(analyzer, text, words)
    assert q.speaker.code == "IGO"
    assert q.speaker.role.startswith("U.N.")


def test_a_national_envoy_posted_abroad_keeps_the_state(analyzer):
    text = ("Talks resumed in Kenya. “We want a ceasefire first,” said Lena Okafor, "
            "Nigeria's ambassador to Kenya.")
    q = said(analyzer, text, "We want a ceasefire first")
    assert q.speaker.code == "NGA"


def test_he_said_after_a_statement_is_the_last_person_quoted_not_the_last_named(analyzer):
    text = ("Federal prosecutor Peter Strand opened the case on Monday. Maria Lopez is "
            "scheduled to testify later in the trial, Strand said. \"She inspires many people. "
            "That is why they want to silence her,\" he told the jury.")
    q = said(analyzer, text, "She inspires many people. That is why they want to silence her")
    assert q.speaker.name == "Peter Strand"


def test_he_said_keeps_a_person_introduced_after_the_last_statement(analyzer):
    text = ("Analyst Omar Diallo said the tariffs would hurt farmers. Trade minister Kofi "
            "Mensah opened the talks on Friday. \"We will answer them,\" he said.")
    q = said(analyzer, text, "We will answer them")
    assert q.speaker.name == "Kofi Mensah"


def test_a_long_apposition_is_still_the_role(analyzer):
    text = ("“The draft names no one,” said Jian Markov, senior fellow and director of "
            "studies at the Center for Legal Studies and Research in Prague.")
    q = said(analyzer, text, "The draft names no one")
    assert q.speaker.role == ("senior fellow and director of studies at the Center for Legal "
                              "Studies and Research in Prague")


def test_a_hyphenated_title_in_the_apposition_is_read_whole(analyzer):
    text = ("“The draft names no one,” said Jian Markov, co-founder and executive director of "
            "the Center for Legal Studies and Research in Prague.")
    q = said(analyzer, text, "The draft names no one")
    assert q.speaker.role.startswith("co-founder and executive director of the Center")


def test_the_title_before_a_name_in_apposition_gives_country_and_role(analyzer):
    text = "Kenya's minister of health, Peter Mwangi, said the clinics would reopen next week."
    q = said(analyzer, text, "the clinics would reopen next week")
    assert (q.speaker.name, q.speaker.code, q.speaker.role) == (
        "Peter Mwangi", "KEN", "minister of health")


def test_a_name_hung_on_the_last_noun_of_the_title_is_the_speaker(analyzer):
    text = ("The U.N. secretary-general's special representative in Chad, Maria Solvik, said "
            "the escape was a grave failure of the guards.")
    q = said(analyzer, text, "the escape was a grave failure of the guards")
    assert (q.speaker.name, q.speaker.code) == ("Maria Solvik", "IGO")


def test_a_relation_before_a_name_is_not_a_role(analyzer):
    text = "His daughter, Linda Moreau, said the family never forgot its roots in the village."
    q = said(analyzer, text, "the family never forgot its roots in the village")
    assert (q.speaker.name, q.speaker.role) == ("Linda Moreau", None)


def test_the_capitalised_name_of_a_work_is_not_a_quote(analyzer):
    text = ("Writer Lena Okafor said her novel, “Night Roads,” was banned without a reason. "
            "“Nobody told us why the book was removed,” she said.")
    texts = [q.text for q in quotes(analyzer, text)]
    assert "Night Roads" not in texts
    assert "Nobody told us why the book was removed" in texts
