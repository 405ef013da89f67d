"""The ledger, speech and actor vocabularies live in data/lexicon and keep their meaning there."""

import re
from importlib import resources

import pytest

from detente import knowledge
from detente.errors import KnowledgeBaseError
from detente.peace import positions, rounds, statements

_FILES = ("lexicon/ledger.yaml", "lexicon/speech.yaml", "lexicon/actors.yaml")


@pytest.mark.parametrize("name", _FILES)
def test_each_file_is_versioned_and_every_pattern_compiles(name):
    data = knowledge.load(name)
    assert re.fullmatch(r"\d+\.\d+\.\d+", data["version"])
    assert data["changelog"] and all(isinstance(c, str) for c in data["changelog"])
    for key in data.get("patterns", {}):
        assert knowledge.pattern(name, key, re.I).pattern
    for key in ("stance_cues", "condition_for", "channels"):
        for rx in data.get(key, {}).values():
            re.compile(rx)


@pytest.mark.parametrize("name", _FILES)
def test_word_lists_are_lower_case_words(name):
    data = knowledge.load(name)
    for key, value in data.items():
        if key == "changelog" or not isinstance(value, list) or key.endswith("_codes") \
                or key == "immigrant_nations":
            continue
        assert all(isinstance(w, str) and w == w.lower() and w.strip() == w for w in value), key


def test_country_codes_stay_upper_case():
    # knowledge.words lower-cases; codes are compared as written, so they are read in order
    assert rounds._NON_PARTY >= {"IGO", "NGO", "WST"}
    assert "XKX" in rounds._EXTRA_PARTIES


def test_one_speech_verb_list_read_by_the_quote_stage_only():
    from pathlib import Path

    from detente import quotes

    data = knowledge.load("lexicon/speech.yaml")
    # one list of verbs of saying; the others name constructions around it ("X was quoted
    # as saying", "the placard read", "It said …" after a body), not another way of saying,
    # and read is none of saying
    assert [k for k in data if k.endswith("_verbs")] == [
        "speech_verbs", "body_pronoun_verbs", "quoting_verbs", "reading_verbs"]
    assert not set(data["reading_verbs"]) & set(data["speech_verbs"])
    # the verbs whose "it" is a body named before are a subset of the one list, not a second
    assert set(data["body_pronoun_verbs"]) <= set(data["speech_verbs"])
    assert quotes.SPEECH_VERBS == knowledge.words("lexicon/speech.yaml", "speech_verbs")
    # the ledger hears speech only through the quote stage's speech acts
    peace_dir = Path(statements.__file__).parent
    assert [p.name for p in sorted(peace_dir.glob("*.py"))
            if "speech.yaml" in p.read_text(encoding="utf-8")] == []


def test_cue_order_is_the_file_order_because_the_first_match_wins():
    assert [name for name, _ in positions._STANCE_RX] == [
        "dropped", "red_line", "demand", "reject", "oppose", "propose", "offer", "accept"]
    assert [name for name, _ in statements.CHANNELS] == [
        "joint_statement", "press_conference", "interview", "post"]
    assert [name for name, _ in positions._CONDITION_FOR] == [
        "leaders_meeting", "ceasefire", "talks", "settlement"]


def test_moved_patterns_keep_their_case_rules():
    # "-brokered" after a capitalised name only: the mediator pattern is case-sensitive
    assert rounds._MEDIATOR.search("the Qatar-brokered talks").group("who3") == "Qatar"
    assert rounds._MEDIATOR.search("the qatar-brokered talks") is None
    assert rounds._TALKS_AFTER_PLACE.match(" Peace Talks")
    assert statements._UNASSERTED.search("asked WHETHER the two sides")


def test_a_yaml_boolean_in_the_speech_file_is_refused_with_its_line():
    text = resources.files("detente.data").joinpath("lexicon/speech.yaml").read_text("utf-8")
    line = text.splitlines().index("speech_verbs: [") + 1
    broken = text.replace("speech_verbs: [", "speech_verbs: [off, ", 1)
    with pytest.raises(KnowledgeBaseError) as exc:
        knowledge.parse(broken, "speech.yaml")
    assert str(exc.value) == (f"speech.yaml:{line}: the list at /speech_verbs holds False; YAML "
                              "reads unquoted on/off/yes/no/null that way: quote the word")
