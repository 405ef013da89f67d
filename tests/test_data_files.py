"""The packaged data files say what they mean: no word silently turned into a boolean, no
key given twice (YAML keeps the last and drops the first without a word)."""

from importlib import resources

import pytest
import yaml

from detente.errors import KnowledgeBaseError
from detente.events import lexicon


def _yaml_files():
    root = resources.files("detente.data")
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                stack.append(child)
            elif child.name.endswith(".yaml"):
                yield child


@pytest.mark.parametrize("path", sorted(_yaml_files(), key=str), ids=lambda p: p.name)
def test_no_word_list_holds_a_boolean(path):
    # unquoted on/no in a list once dropped "on" from recipient prepositions and "no" from
    # the negators without a word
    lexicon._no_booleans_in_lists(yaml.safe_load(path.read_text(encoding="utf-8")), path.name)


@pytest.mark.parametrize("path", sorted(_yaml_files(), key=str), ids=lambda p: p.name)
def test_no_data_file_gives_a_key_twice(path):
    # a second "MKD:" line once replaced "North Macedonia" with "Macedonia" among the names
    with path.open(encoding="utf-8") as fh:
        lexicon.parse_yaml(fh, path.name)


def test_a_key_given_twice_is_refused_with_both_lines():
    with pytest.raises(KnowledgeBaseError) as exc:
        lexicon.parse_yaml("names:\n  MKD: [North Macedonia]\n  MKD: [Macedonia]\n", "t.yaml")
    assert str(exc.value) == ("detente/data/t.yaml:3: the key 'MKD' is given twice (first at "
                              "line 2); YAML would keep only the last one. Merge the two "
                              "entries into one.")


def test_a_boolean_in_a_word_list_is_refused_with_how_to_fix():
    with pytest.raises(KnowledgeBaseError) as exc:
        lexicon._no_booleans_in_lists({"recipient_preps": {"_": ["against", True]}}, "t.yaml")
    assert str(exc.value) == ('t.yaml: the list at /recipient_preps/_ holds the boolean True; '
                              'YAML reads unquoted on/off/yes/no that way. Quote the word '
                              '("on", "no").')
