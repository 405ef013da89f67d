"""A key written twice in a knowledge file is an error with its line, not a silent override
(YAML keeps the later value, and a word list vanished that way once)."""

from __future__ import annotations

import pytest

from detente import actors, knowledge
from detente.errors import KnowledgeBaseError


def test_a_lexicon_key_written_twice_is_an_error_with_both_lines():
    text = 'version: "1.0.0"\nverbs: [meet]\nnouns: [talks]\nverbs: [visit]\n'
    with pytest.raises(KnowledgeBaseError, match=r"x\.yaml:4: .*'verbs' is written twice "
                                                 r"\(first on line 2\)"):
        knowledge.parse(text, "x.yaml")


def test_a_user_kb_key_written_twice_is_an_error(tmp_path):
    path = tmp_path / "kb.yaml"
    path.write_text("countries:\n  XZX: {names: [Zorvania]}\n  XZX: {names: [Zorvan]}\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="line 3: .*'XZX' is written twice"):
        actors.load_kb((str(path),))


def test_nested_mappings_are_checked_too():
    text = 'version: "1.0.0"\ntable:\n  a: 1\n  b: 2\n  a: 3\n'
    with pytest.raises(KnowledgeBaseError, match="'a' is written twice"):
        knowledge.parse(text, "y.yaml")


def test_the_same_key_in_two_mappings_is_fine():
    data = knowledge.parse('version: "1.0.0"\nx: {a: 1}\ny: {a: 2}\n', "z.yaml")
    assert data["x"]["a"] == 1 and data["y"]["a"] == 2
