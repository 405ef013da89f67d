"""Speakers named once and then by surname, title, pronoun; names of works; copy that lost its
paragraph breaks.

Every sentence is made up; each case pins one construction of the quote stage, of
``detente.speakers`` and ``detente.speech_subjects`` with the real model and the bundled
actor knowledge base.
"""

from __future__ import annotations

import pytest

from detente.quotemarks import a_title, quote_spans

from quote_helpers import quotes, said

pytestmark = pytest.mark.model


def test_a_surname_alone_is_the_person_named_in_full_before(analyzer):
    text = ("Anwar al-Hassani, co-founder of the Center for Legal Studies, criticized the "
            "text. “All ethnicities want constitutional recognition,” al-Hassani told VOA.")
    q = said(analyzer, text, "All ethnicities want constitutional recognition")
    assert q.speaker.name == "Anwar al-Hassani"
    assert q.speaker.role == "co-founder of the Center for Legal Studies"


def test_a_title_read_as_its_body_is_the_named_holder(analyzer):
    text = ("“We reject these baseless claims by the army,” foreign ministry spokesperson "
            "Abdul Karim Haddad said in a statement posted on X. Officials met again on "
            "Tuesday. “We urge our neighbors to stop these accusations,” the Taliban "
            "foreign ministry spokesperson said.")
    q = said(analyzer, text, "We urge our neighbors to stop these accusations")
    assert (q.speaker.name, q.speaker.code) == ("Abdul Karim Haddad", "AFG")


def test_an_indefinite_title_read_as_its_body_stays_the_body(analyzer):
    text = ("“We reject these baseless claims by the army,” foreign ministry spokesperson "
            "Abdul Karim Haddad said in a statement posted on X. “We urge our neighbors to "
            "stop these accusations,” a Taliban spokesperson said.")
    q = said(analyzer, text, "We urge our neighbors to stop these accusations")
    assert q.speaker.name != "Abdul Karim Haddad"


@pytest.mark.parametrize("text, words", [
    ("Commerce Secretary Lena Park told NBC’s “Meet the Press” show that prices would fall.",
     "Meet the Press"),
    ("The figures come from the “Annual Review of the Shipping Industry” published in May.",
     "Annual Review of the Shipping Industry"),
])
def test_the_name_of_a_work_is_not_a_quote(analyzer, text, words):
    assert words not in [q.text for q in quotes(analyzer, text)]


@pytest.mark.parametrize("body, title", [
    ("Meet the Press", True),
    ("War and Peace", True),
    ("Annual Review of the Shipping Industry", True),
    ("We will win", False),
    ("historic step", False),
    ("NO MORE WAR", False),
])
def test_a_title_keeps_small_words_in_lower_case(body, title):
    assert a_title(body, frozenset({"the", "and", "of"})) is title


def test_they_for_a_coordination_is_its_first_party(analyzer):
    text = ("In Washington, Senators Chuck Rowan, Jeanne Hollis and Jim Pratt led a group of "
            "members of Congress in calling on the secretary of state to act. “We are deeply "
            "concerned about the secession plans,” they wrote in a letter.")
    q = said(analyzer, text, "We are deeply concerned about the secession plans")
    assert q.speaker.name == "Chuck Rowan"


def test_a_quote_reopened_before_it_closed_runs_on_in_flattened_copy():
    text = ("“It is hard,” he said. “Nothing changes quickly here. "
            "“Part of that is the weather,” he added.")
    spans = [text[s:e] for s, e in quote_spans(text)]
    assert spans == ["It is hard,", "Nothing changes quickly here.",
                     "Part of that is the weather,"]


def test_a_person_named_inside_a_running_quote_is_not_the_next_speaker(analyzer):
    text = ("“Companies will come back,” analyst Tomas Brandt said. “Allowing them back "
            "does not change President Putin’s view of the West. He has said so many times. "
            "“Part of that view includes trade,” he added.")
    q = said(analyzer, text, "Part of that view includes trade")
    assert q.speaker.name == "Tomas Brandt"


def test_no_office_is_read_from_a_quoted_heading_before_a_name(analyzer):
    text = ("Courts closed for a week. 'It reflects the fear' Abdul Rahim Lewani, an Afghan "
            "writer and former diplomat, told VOA the ban shows fear. “It reflects the fear "
            "regimes have of books,” said Lewani.")
    q = said(analyzer, text, "It reflects the fear regimes have of books")
    assert q.speaker.role == "writer and former diplomat"


def test_a_name_after_an_inverted_speech_verb_speaks_despite_a_clause_after_it(analyzer):
    # the parser hangs the name on the verb of the clause after it ("prepared")
    text = ("“Goat meat’s texture is similar to beef. It’s tender and has distinctive "
            "flavour,” said Budiman, who prefers his goat prepared as a curry-like soup with "
            "chilli.")
    q = said(analyzer, text, "Goat meat’s texture is similar to beef. It’s tender and has "
                             "distinctive flavour")
    assert q.speaker.name == "Budiman"


def test_a_description_of_a_person_is_the_last_person_named_speaking(analyzer):
    text = ("“There is no foot on the ground,” Imran Qadri, the divisional railway "
            "superintendent in Quetta, told VOA. “It's a no-signal area,” the railway official "
            "said.")
    q = said(analyzer, text, "It's a no-signal area")
    assert q.speaker.name == "Imran Qadri"


def test_a_description_after_someone_new_with_its_noun_names_no_one(analyzer):
    text = ("“There is no foot on the ground,” Imran Qadri, the divisional railway "
            "superintendent in Quetta, told VOA. A railway official in Lahore disagreed. "
            "“It's a busy area,” the railway official said.")
    q = said(analyzer, text, "It's a busy area")
    assert q.speaker.name != "Imran Qadri"


def test_a_complement_opening_with_a_quote_mark_is_not_also_reported_speech(analyzer):
    text = ("Anton Kurnia, a dog meat aficionado, said a schoolmate introduced him to dog. "
            "“It is tender,” said Kurnia. “I love it,” said the young professional.")
    found = [(q.text, q.direct) for q in quotes(analyzer, text) if "love" in q.text]
    assert found == [("I love it", True)]


def test_a_paragraph_of_quote_after_a_statement_is_that_speakers(analyzer):
    text = ("“We will not give up,” Mayor Anna Berg said on Monday. Analyst Tom Reyes told "
            "VOA about the budget. “Nobody has seen the figures yet.”")
    q = said(analyzer, text, "Nobody has seen the figures yet.")
    assert q.speaker.name == "Tom Reyes"


def test_a_paragraph_of_quote_after_the_speakers_own_attribution_stays_hers(analyzer):
    text = ("“We will not give up,” Mayor Anna Berg said on Monday. “Nobody has seen the "
            "figures yet.”")
    q = said(analyzer, text, "Nobody has seen the figures yet.")
    assert q.speaker.name == "Anna Berg"


@pytest.mark.parametrize("descriptor, sector", [
    ("a senior fellow at the Harbor Policy Center", "EDU"),
    ("an international relations lecturer", "EDU"),
    # a scholarly body's name outweighs the title held there
    ("vice president of studies at the Harbor Research Foundation", "EDU"),
])
def test_a_descriptor_word_gives_a_sector_when_nothing_else_does(analyzer, descriptor, sector):
    text = (f"“The talks will fail,” said Amal Haddadin, {descriptor}, on Monday.")
    q = said(analyzer, text, "The talks will fail")
    assert q.speaker.sector == sector
