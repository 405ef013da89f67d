"""Speakers' offices written in full before the name, and a body named again as a speaker.

Every sentence is made up. Each case pins one construction of ``detente.speakers`` (the
words that qualify a title before the name: a place, a body, "acting", a hyphenated word)
or of ``detente.speaker_codes.named_again`` (an uncoded speaker that an earlier coded one
names), with the real model and the bundled actor knowledge base; the last cases need no
model.
"""

from __future__ import annotations

import pytest

from detente.records import Actor
from detente.speaker_codes import named_again

from quote_helpers import quotes, said


@pytest.mark.model
def test_a_place_before_the_title_is_part_of_the_office(analyzer):
    text = ('Floods hit the island of Java on Monday. "We will rebuild the bridges," '
            "Central Java Governor Budi Santoso said.")
    q = said(analyzer, text, "We will rebuild the bridges")
    assert q.speaker.name == "Budi Santoso"
    assert q.speaker.role == "Central Java Governor"


@pytest.mark.model
def test_a_body_before_the_title_gives_office_and_country(analyzer):
    # the parser tags "Rear" as part of the name; the actor stage's mention starts at "Adm."
    text = ('"We urge restraint," Pentagon Press Secretary Rear Adm. Tom Harlan said in a '
            "statement.")
    q = said(analyzer, text, "We urge restraint")
    assert q.speaker.name == "Tom Harlan"
    assert q.speaker.role.startswith("Pentagon Press Secretary")
    assert q.speaker.code == "USA"


@pytest.mark.model
def test_acting_and_the_department_stay_in_the_title(analyzer):
    text = '"The rules will change," acting Homeland Security Secretary Dan Rowe said.'
    q = said(analyzer, text, "The rules will change")
    assert q.speaker.name == "Dan Rowe"
    assert q.speaker.role == "acting Homeland Security Secretary"


@pytest.mark.model
def test_the_written_title_replaces_a_shorter_office_it_holds(analyzer):
    text = '"The line was cut," railway deputy controller Imran Sadiq said.'
    q = said(analyzer, text, "The line was cut")
    assert q.speaker.name == "Imran Sadiq"
    assert q.speaker.role == "railway deputy controller"


@pytest.mark.model
def test_a_hyphenated_qualifier_is_read_whole(analyzer):
    text = '"We will not give up," imprisoned pro-democracy publisher Lo Tak said in a letter.'
    q = said(analyzer, text, "We will not give up")
    assert q.speaker.name == "Lo Tak"
    assert q.speaker.role.endswith("pro-democracy publisher")


@pytest.mark.model
def test_a_given_name_run_into_the_title_is_no_office(analyzer):
    text = ('"Security is a question of soft power," former NATO Secretary General Lars '
            "Vinter Holm said.")
    q = said(analyzer, text, "Security is a question of soft power")
    assert q.speaker.code == "IGO"
    assert "Lars" not in q.speaker.role
    assert q.speaker.role.endswith("Secretary General")


@pytest.mark.model
def test_a_broadcaster_named_again_keeps_its_country(analyzer):
    text = ("China's navy is testing new drones near the coast of China, according to state "
            'broadcaster ZTV. "The drones can fly for ten hours," ZTV said. "They will patrol '
            'the coast," ZTV added.')
    first = said(analyzer, text, "They will patrol the coast")
    second = said(analyzer, text, "The drones can fly for ten hours")
    assert first.speaker.code == second.speaker.code == "CHN"


@pytest.mark.model
def test_the_body_after_of_is_the_role_but_not_its_subject_country(analyzer):
    text = ("The trade in ivory is growing, noted Evan Pollard of the Inter-Parliamentary "
            'Alliance on China. "Given the complexity of the situation, a deal is hard," '
            "Pollard said.")
    q = said(analyzer, text, "Given the complexity of the situation, a deal is hard")
    assert q.speaker.name == "Evan Pollard"
    assert q.speaker.role == "Inter-Parliamentary Alliance on China"
    assert q.speaker.code != "CHN"


@pytest.mark.model
def test_a_place_after_of_is_no_role(analyzer):
    q = said(analyzer, '"We came back," said Jane Roe of Kenya.', "We came back")
    assert q.speaker.code == "KEN"
    assert q.speaker.role is None


@pytest.mark.model
def test_an_office_said_in_a_sentence_of_its_own_is_the_role(analyzer):
    text = ("Mahad Wali is the executive director of the Mogadishu-based group Somali Civic "
            'Agenda. Wali is calling for new elections. "The term has ended," Wali said.')
    q = said(analyzer, text, "The term has ended")
    assert q.speaker.name == "Mahad Wali"
    assert q.speaker.role.startswith("executive director of the Mogadishu-based group")


@pytest.mark.model
def test_what_two_people_are_is_not_an_office(analyzer):
    text = ("Lena Ferro and Paul Ivers are second-generation islanders. "
            '"We are still waiting," Ferro told VOA.')
    q = said(analyzer, text, "We are still waiting")
    assert q.speaker.role is None or "islanders" not in q.speaker.role


@pytest.mark.model
def test_a_speech_verb_conjoined_inside_the_report_belongs_to_the_speaker(analyzer):
    # the parser hangs "added" on "was", the reported clause whose subject is a thing
    text = "Finance Minister Karl Dorn said the plan was sound and added the budget would grow."
    q = said(analyzer, text, "the budget would grow")
    assert q.speaker.name == "Karl Dorn"


@pytest.mark.model
def test_a_goal_that_is_something_does_not_speak(analyzer):
    text = ("Earlier Wednesday, President Ana Kovac told a Chilean envoy in Lima her country's "
            "goal is a free trade zone, and added she hopes the talks can be the first step.")
    q = said(analyzer, text, "she hopes the talks can be the first step")
    assert q.speaker.name == "Ana Kovac"


@pytest.mark.model
def test_the_report_ends_before_the_speakers_next_statement(analyzer):
    text = ("Earlier Wednesday, President Ana Kovac told a Chilean envoy in Lima her country's "
            "goal is a free trade zone, and added she hopes the talks can be the first step.")
    texts = [q.text for q in quotes(analyzer, text)]
    assert "her country's goal is a free trade zone" in texts
    assert "she hopes the talks can be the first step" in texts


@pytest.mark.model
def test_a_person_in_the_report_who_warns_keeps_the_warning(analyzer):
    text = ("The spokesman said the minister visited the camp on Monday and warned that the aid "
            "would stop.")
    q = said(analyzer, text, "the aid would stop")
    assert q.speaker is not None and "spokesman" not in q.speaker.text.lower()


@pytest.mark.model
def test_a_rank_before_the_name_and_the_office_after_it_are_both_the_role(analyzer):
    text = ("Lieutenant General Omar Saleem, director general of the Pakistani military's media "
            'wing, said the attackers had fled. "These fighters were in contact with their '
            'handlers abroad," Saleem told a private channel.')
    q = said(analyzer, text, "These fighters were in contact with their handlers abroad")
    assert q.speaker.name == "Omar Saleem"
    assert q.speaker.role == ("Lieutenant General, director general of the Pakistani "
                              "military's media wing")
    assert q.speaker.code == "PAK"


@pytest.mark.model
def test_an_academic_title_gives_way_to_the_office_after_the_name(analyzer):
    text = '"Then we buy other jets," said Professor Selim Arda, a presidential adviser.'
    q = said(analyzer, text, "Then we buy other jets")
    assert q.speaker.role == "Professor, presidential adviser"


@pytest.mark.model
def test_it_said_is_the_body_that_spoke_before(analyzer):
    text = ("The Kenyan government said Wednesday that the borders will be closed at midnight. "
            'It said the move is designed "to allow for a calm vote in the coming days."')
    q = said(analyzer, text, "to allow for a calm vote in the coming days.")
    assert q.speaker.code == "KEN"
    assert q.speaker.sector == "GOV"


@pytest.mark.model
def test_it_said_after_a_place_is_the_body_not_the_place(analyzer):
    text = ("Iranian state media reported on Tuesday that the foreign minister will be in "
            "Vienna, Austria for the talks. It said he will meet the ministers of four other "
            "countries.")
    q = said(analyzer, text, "he will meet the ministers of four other countries")
    assert q.speaker.code == "IRN"


@pytest.mark.model
def test_it_suggests_is_still_no_speaker(analyzer):
    text = "The study covered 40 towns. It suggests that most families have moved away."
    assert not [q for q in quotes(analyzer, text) if "families" in q.text]


def _body(text, code=None, sector=None, name=None):
    return Actor(text=text, code=code, sector=sector, name=name)


def test_a_short_form_of_an_earlier_coded_body_takes_its_country():
    found = [_body("Condor News Agency", "PER", "JRN", "Condor News Agency"), _body("Condor"),
             _body("Southern Command", "USA", "MIL", "U.S. Southern Command")]
    found += [_body("Southern Command")]
    out = named_again(found)
    assert (out[1].code, out[1].sector) == ("PER", "JRN")
    assert (out[3].code, out[3].sector) == ("USA", "MIL")


def test_a_name_two_countries_carried_is_left_alone():
    found = [_body("Harbour Police", "KEN", "COP", "Harbour Police"),
             _body("Harbour Police", "TZA", "COP", "Harbour Police"), _body("Harbour Police"),
             _body("officials"), _body("Police")]
    out = named_again(found)
    assert out[2].code is None
    assert out[3].code is None  # a common noun names no one
    assert out[4].code is None  # two countries carry "Police" too
