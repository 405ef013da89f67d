"""Named groups of states act as their members: "the P5+1", "six world powers", "the five
permanent Security Council members", "Quad leaders" are one actor per member state
(data/actors/organizations.yaml ``state_groups``; actor_segments, actors.py), and "the world
powers" stands for the group the story named before (``group_references``,
actor_backrefs.named_group). Made-up sentences; Zorland is fictional."""

from __future__ import annotations

import datetime as dt

import pytest

from detente.actors import ArticleActors, load_kb
from detente.errors import KnowledgeBaseError

from event_helpers import codes, events_in

DAY = dt.date(2025, 3, 4)
P5_PLUS_1 = ["CHN", "DEU", "FRA", "GBR", "RUS", "USA"]


@pytest.fixture(scope="module")
def kb():
    return load_kb()


def test_a_state_group_is_read_from_the_data_file(kb):
    lex = kb.phrases[tuple(w.lower() for w in kb.tokens("P5+1"))]
    assert lex.ref[0] == "states"
    assert sorted(lex.ref[2]) == P5_PLUS_1
    assert lex.ref[1] == "GOV"


def test_a_state_group_with_an_unknown_member_names_the_file(tmp_path):
    path = tmp_path / "groups.yaml"
    path.write_text("state_groups:\n  - {name: The Pair, members: [USA, ZZZ]}\n",
                    encoding="utf-8")
    with pytest.raises(KnowledgeBaseError) as err:
        load_kb((str(path),))
    assert "a state group needs two or more members" in str(err.value)


@pytest.mark.model
@pytest.mark.parametrize("text, name, members", [
    # a counted name of the group
    ("Negotiators from Zorland and six world powers met on Monday.", "six world powers",
     P5_PLUS_1),
    # the group's short name, written with a plus sign
    ("The P5+1 met Zorlandi officials on Monday.", "P5+1", P5_PLUS_1),
    # a group and a state named after it: the state is a party of its own
    ("Envoys from the five permanent Security Council members and Germany met on Monday.",
     "five permanent Security Council members", ["CHN", "FRA", "GBR", "RUS", "USA"]),
])
def test_a_state_group_mention_is_one_actor_per_member(nlp_sm, kb, text, name, members):
    aa = ArticleActors(nlp_sm(text), kb, DAY)
    start = text.index(name)
    found = [a for a in aa.mentions if a.start == start]
    assert sorted(a.code for a in found) == members
    assert all(a.sector == "GOV" for a in found)


@pytest.mark.model
def test_group_leaders_meet_as_their_states(analyzer):
    text = "Quad leaders agreed at a virtual summit on Friday to expand vaccine production."
    found = events_in(analyzer, text, "AGREE", DAY)
    assert found and codes(found[0].actor) == ["AUS", "IND", "JPN", "USA"]


@pytest.mark.model
def test_a_group_and_a_state_meet_as_one_list(analyzer):
    text = "Negotiators from Zorland and six world powers held new talks in Geneva on Tuesday."
    found = events_in(analyzer, text, "CONSULT", DAY)
    assert found and set(P5_PLUS_1) <= set(codes(found[0].actor))


@pytest.mark.model
def test_the_world_powers_are_the_group_named_before(analyzer):
    text = ("Negotiators from Iran and six world powers held new talks in Geneva on Tuesday. "
            "Israel warned the world powers against making any partial deal with Iran.")
    found = [e for e in events_in(analyzer, text, "REQUEST", DAY)
             if e.evidence.sentence.startswith("Israel warned")]
    assert found and codes(found[0].recipient) == P5_PLUS_1


@pytest.mark.model
def test_the_world_powers_are_nobody_when_no_group_was_named(analyzer):
    text = "Israel warned the world powers against making any partial deal with Iran."
    found = events_in(analyzer, text, "REQUEST", DAY)
    assert found and "USA" not in codes(found[0].recipient)
