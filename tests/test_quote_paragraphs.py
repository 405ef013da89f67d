"""Quotes in single marks, quotes over blank-line paragraphs, and who "he" or "she" is when
speaking: made-up stories."""

from __future__ import annotations

import pytest

from detente.quotemarks import quote_spans
from detente.single_quotes import single_spans
from detente.speaker_roles import a_role, first_role

from quote_helpers import quotes, said


def _spans(text):
    return [text[s:e] for s, e in quote_spans(text)]


def test_single_marks_are_quotes_where_no_double_mark_is():
    text = ("‘The bridge must reopen this week,’ Tomas Vell said. ‘We can’t wait for the "
            "engineers’ report.’")
    assert _spans(text) == ["The bridge must reopen this week,",
                            "We can’t wait for the engineers’ report."]


def test_single_marks_leave_apostrophes_and_unclosed_marks_alone():
    # possessives and contractions are no marks; a quote still open at the paragraph's end
    # with no next paragraph opening one was none
    assert _spans("The farmers’ union can’t meet. She called the plan ‘a sham’, he said.") \
        == ["a sham"]
    assert _spans("In the '90s the rebels' leader left.") == []
    assert _spans("He called it ‘historic and then left.") == []


def test_single_marks_inside_double_quotes_are_not_read():
    text = "“They shouted ‘leave now,’ then fired,” she said."
    assert _spans(text) == ["They shouted ‘leave now,’ then fired,"]


def test_a_single_quoted_heading_is_not_speech():
    assert single_spans("‘Hostility is directed at the press’", "Roe believes it.") == []
    assert single_spans("‘We will return.’", "") == [(1, 16)]


def test_a_quote_runs_over_a_blank_line_to_the_reopened_paragraph():
    for marks in ("“”", "‘’"):
        o, c = marks
        text = f"{o}We heard you.\n\n{o}We will act,{c} Roe said."
        assert _spans(text) == ["We heard you.", "We will act,"]


def test_an_opening_mark_typed_at_a_quote_s_end_closes_it():
    text = ("“We will protect our people“.\n\nThe envoy said the corridors“, he added, were "
            "shut.\n\n“We came for the civilians,” he said.")
    assert _spans(text) == ["We will protect our people", "We came for the civilians,"]


@pytest.mark.model
def test_single_marks_are_attributed_like_double_ones(analyzer):
    text = ("‘These talks are the only road we have left to a settlement,’ Ana Ruiz said in an "
            "interview. ‘We think no problem is too hard to solve.’\n\n"
            "‘There will be no truce before a final agreement,’ Marek Dal told reporters.")
    by = {q.text: q.speaker.text for q in quotes(analyzer, text) if q.direct}
    assert by == {"These talks are the only road we have left to a settlement": "Ana Ruiz",
                  "We think no problem is too hard to solve.": "Ana Ruiz",
                  "There will be no truce before a final agreement": "Marek Dal"}


@pytest.mark.model
def test_a_pronoun_speaker_is_not_someone_named_in_its_own_report(analyzer):
    text = ("Pavel Orin, the chief negotiator, spoke first. \"No deal can last without the "
            "north,\" said Orin.\n"
            "The cabinet of President Lena Varga sees the plan as \"a real step toward peace "
            "for the whole valley\", he said.")
    q = said(analyzer, text, "a real step toward peace for the whole valley")
    assert q.speaker is not None and q.speaker.name == "Pavel Orin"


@pytest.mark.model
def test_a_pronoun_speaker_telling_of_his_own_act_is_the_report_s_subject(analyzer):
    text = ("Interior Minister Rosa Lind said the visits were legal.\n"
            "President Karl Ostrander authorized the visits, he told a business conference, "
            "adding that it was \"part of the process of talks.\"")
    q = said(analyzer, text, "part of the process of talks.")
    assert q.speaker.name == "Karl Ostrander"


@pytest.mark.model
def test_he_said_is_the_last_person_reported_speaking_and_never_a_spokeswoman(analyzer):
    text = ("\"It's because of the drought,\" said a spokeswoman for the farmers.\n"
            "A bearded fighter in a straw hat, who declined to give his name, said the wells "
            "had run dry.\n"
            "\"Nobody came to help us. We lost every goat,\" he said.")
    q = said(analyzer, text, "Nobody came to help us. We lost every goat")
    assert q.speaker is not None and "fighter" in q.speaker.text
    assert "spokeswoman" not in q.speaker.text


@pytest.mark.model
def test_a_following_short_attribution_does_not_reach_into_the_next_paragraph(analyzer):
    text = ("\"The road is closed,\" Ana Ruiz said. \"We cannot reach the villages.\"\n"
            "\"There will be no convoy,\" Marek Dal said.")
    q = said(analyzer, text, "We cannot reach the villages.")
    assert q.speaker.text == "Ana Ruiz"


@pytest.mark.model
def test_an_infinitive_speech_verb_takes_the_subject_above_it(analyzer):
    text = ("After the vote, the opposition leader Imre Sandor went on to state that his party "
            "will not let \"the cabinet rule by decree for ever\" in the country.")
    q = said(analyzer, text, "the cabinet rule by decree for ever")
    assert q.speaker is not None and q.speaker.name == "Imre Sandor"


def test_an_age_or_a_form_of_address_is_no_role():
    assert not a_role("35") and not a_role("Mr") and not a_role("Dr.")
    assert a_role("adviser to the leader") and a_role("Colonel")
    assert first_role(("Mr", None), None, ("minister of health", None)) == (
        "minister of health", None)


@pytest.mark.model
def test_an_age_beside_the_name_is_not_the_speaker_s_role(analyzer):
    text = ("Tomas Berg, 42, who lives near the port, said he heard two blasts.\n"
            "\"The windows shattered and my children were screaming,\" he said.")
    q = said(analyzer, text, "The windows shattered and my children were screaming")
    assert q.speaker.name == "Tomas Berg" and q.speaker.role is None


@pytest.mark.model
def test_a_longer_quote_under_a_naming_verb_is_the_subject_s_words(analyzer):
    text = ("Lena Varga, the opposition leader, described the proposed treaty as \"a strategic "
            "disaster for the country\" that represented \"an appalling betrayal of the voters.\"")
    by = {q.text: q.speaker.name for q in quotes(analyzer, text) if q.direct}
    assert by == {"a strategic disaster for the country": "Lena Varga",
                  "an appalling betrayal of the voters.": "Lena Varga"}


@pytest.mark.model
def test_a_name_a_group_gives_itself_is_no_quote(analyzer):
    text = ("Police broke up a cell calling itself \"the Sons of the Northern Valley.\" "
            "Officers said the group was making bombs.")
    assert [q.text for q in quotes(analyzer, text) if q.direct] == []


@pytest.mark.model
def test_a_name_the_parser_mislabels_after_a_quote_keeps_its_apposition_as_role(analyzer):
    # after a closing mark the tagger may read the name as a title of a work
    text = ("\"So far, nobody has reached the scene,\" Imran Qadri, the divisional railway "
            "superintendent in Quetta, told reporters.\n"
            "\"They cannot silence us,\" said Naveeda Karimi, an author whose book was banned.")
    roles = {q.speaker.name: q.speaker.role for q in quotes(analyzer, text) if q.direct}
    assert roles == {"Imran Qadri": "divisional railway superintendent in Quetta",
                     "Naveeda Karimi": "author"}


@pytest.mark.model
def test_a_short_quote_ending_in_its_comma_is_the_attribution_s_that_follows(analyzer):
    text = ("The government exploits the idea, the Acme Fund's Marta Olberg said. The core of "
            "this idea is \"very hypocritical,\" Olberg added.\n"
            "Her lawyer criticised the ruling as \"unfair and hasty,\" reiterating the "
            "defence's view.")
    by = {q.text: q.speaker.name for q in quotes(analyzer, text) if q.direct}
    assert by.get("very hypocritical") == "Marta Olberg"
    assert "unfair and hasty" not in by  # a participle going on is no attribution
    assert all(q.speaker.role is None for q in quotes(analyzer, text)
               if q.speaker is not None and q.speaker.name == "Marta Olberg")  # "Fund's"


@pytest.mark.model
def test_a_speaker_the_parser_hung_on_an_earlier_noun_still_speaks(analyzer):
    # the parser hangs "the spokesman, Omar Zaki" on "Kabul" and leaves "said" no subject
    text = ("In a briefing at the army's headquarters in the capital Kabul, the spokesman, "
            "Omar Zaki, said the roads were open.")
    (q,) = [q for q in quotes(analyzer, text) if not q.direct]
    assert q.speaker is not None and q.speaker.name == "Omar Zaki"
