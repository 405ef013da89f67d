"""The one loader of data/ vocabularies: file:line errors, no silent booleans, cached sets."""

import re

import pytest

from detente import knowledge
from detente.errors import KnowledgeBaseError


def test_a_word_list_a_table_and_a_pattern():
    data = knowledge.parse('version: "1"\nweekdays: [Monday, tuesday]\nmonths: {jan: 1}\n'
                           "patterns:\n  rel: '\\b(last|next) week\\b'\n", "t.yaml")
    assert data["weekdays"] == ["Monday", "tuesday"] and data["months"] == {"jan": 1}
    assert data["patterns"].line_of("rel") == 5


@pytest.mark.parametrize("text, message", [
    # unquoted "on" is a boolean in YAML 1.1: the word would be lost
    ('version: "1"\npreps:\n  - against\n  - on\n', "t.yaml:2: the list at /preps holds True; "
     "YAML reads unquoted on/off/yes/no/null that way: quote the word"),
    ('version: "1"\nno: [x]\n', "t.yaml:2: the key False at / is not a word; YAML reads unquoted "
     "on/off/yes/no/null that way: quote it"),
    ("words: [a]\n", "t.yaml:1: no 'version'; give the file a version (and bump it on change)"),
    ('version: "1"\nwords: [a, b\n', "t.yaml:3: invalid YAML: did not find expected ',' or ']'"),
    ("- a\n- b\n", "t.yaml:1: expected a mapping with a 'version' and named entries"),
])
def test_problems_are_reported_with_file_and_line(text, message):
    with pytest.raises(KnowledgeBaseError) as exc:
        knowledge.parse(text, "t.yaml")
    assert str(exc.value) == message


def test_a_missing_file_says_the_package_is_incomplete():
    with pytest.raises(KnowledgeBaseError) as exc:
        knowledge.load("lexicon/nope.yaml")
    assert str(exc.value) == ("detente/data/lexicon/nope.yaml: no such data file; the package "
                              "is incomplete, reinstall it")


def test_words_are_lower_cased_frozen_and_cached(monkeypatch):
    monkeypatch.setattr(knowledge, "load", lambda name: knowledge.parse(
        'version: "1"\nw: [Talks, NEGOTIATIONS]\npatterns: {p: "a+("}\n', name))
    knowledge.words.cache_clear()
    knowledge.pattern.cache_clear()
    try:
        assert knowledge.words("x.yaml", "w") == frozenset({"talks", "negotiations"})
        with pytest.raises(KnowledgeBaseError, match=re.escape("x.yaml:3: pattern 'p' does not "
                                                               "compile")):
            knowledge.pattern("x.yaml", "p")
    finally:
        knowledge.words.cache_clear()
        knowledge.pattern.cache_clear()
