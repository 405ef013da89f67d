"""A dossier about a pair holds only what involves both parties, one about the other, or the
process between them (``peace/pair.py``): first the rules on a hand-written ledger, then
`detente dossier` on a hand-made store."""

from __future__ import annotations

import datetime as dt

import pytest
from click.testing import CliRunner

from detente.cli import main
from detente.peace import pair
from detente.peace import ledger as ledger_mod
from detente.records import Actor, Analysis, Article, Event, Evidence, Quote
from detente.store import Store

NAMES = {"RUS": ("Russia", "Moscow", "Putin"), "UKR": ("Ukraine", "Kyiv", "Ukrainian")}
RUS, UKR, USA, CHN = (Actor(n, c, "GOV", n) for n, c in (
    ("Russia", "RUS"), ("Ukraine", "UKR"), ("the US", "USA"), ("China", "CHN")))


def _event(aid, n, actor, recipient, sentence="x"):
    return {"id": f"{aid}-e{n}", "article_id": aid, "event": "ACCUSE", "date": "2025-03-01",
            "actor": [{"code": c} for c in actor], "recipient": [{"code": c} for c in recipient],
            "evidence": {"sentence": sentence, "start": 0, "end": 1}}


def _quote(aid, code, text, sentence, start=0):
    return {"id": f"{aid}-{code}-{start}-{text[:5]}", "article_id": aid,
            "speaker": {"code": code, "name": code}, "text": text,
            "evidence": {"sentence": sentence, "start": start, "end": start + len(sentence)}}


def _position(holder, issue, aid, sentence, concerns=None, start=0):
    return {"holder": holder, "issue": issue, "stance": "demand", "concerns": concerns,
            "evidence": [{"article_id": aid, "sentence": sentence, "start": start}]}


def _ledger(rounds=(), positions=()):
    arts = {a: {"id": a} for a in ("a1", "a2", "a3", "a4")}
    return {"rounds": list(rounds), "positions": list(positions), "statements": [],
            "claims": [], "articles": arts}


@pytest.mark.parametrize("actor, recipient, kept", [
    (["RUS"], ["UKR"], True),          # one party acts on the other
    (["UKR"], ["RUS"], True),          # and the other way round
    (["RUS", "UKR"], [], True),        # both act together ("Russia and Ukraine met")
    (["USA"], ["RUS", "UKR"], True),   # a third party acts on both
    (["RUS"], ["USA"], False),         # one party, on anything else
    (["USA"], ["UKR"], False),
])
def test_an_event_is_kept_when_both_parties_take_part(actor, recipient, kept):
    part = pair.about(_ledger(), ("RUS", "UKR"), [_event("a1", 1, actor, recipient)], (), NAMES)
    assert bool(part["events"]) is kept
    assert set(part["articles"]) == ({"a1"} if kept else set())


@pytest.mark.parametrize("speaker, text, sentence, kept", [
    # a party's words naming the other, or its sentence naming the other
    ("RUS", "Ukraine must withdraw", "“Ukraine must withdraw,” he said.", True),
    ("UKR", "we will not yield", "Kyiv told Moscow: “we will not yield”.", True),
    ("UKR", "we will not yield", "“we will not yield,” Kyiv said.", False),  # only itself
    ("RUS", "sanctions hurt Europe", "Moscow said sanctions hurt Europe.", False),
    # a third party's own words must name both; its sentence naming them is not enough
    ("USA", "Russia and Ukraine should talk", "The US said Russia and Ukraine should talk.",
     True),
    ("USA", "we will help", "After meeting Russian and Ukrainian envoys, the US said “we will "
     "help”.", False),
    # capitals as written: "russia" in lower case is no name the party is written with
    ("RUS", "ukraine", "ukraine.", False),
])
def test_a_quote_is_kept_when_one_party_speaks_of_the_other(speaker, text, sentence, kept):
    q = _quote("a1", speaker, text, sentence)
    part = pair.about(_ledger(), ("RUS", "UKR"), (), [q], NAMES)
    assert bool(part["quotes"]) is kept


def test_a_quote_in_a_sentence_reporting_a_round_of_the_pair_is_about_the_process():
    rnd = {"id": "r1", "process": ["RUS", "UKR"], "events": [],
           "sources": [{"article_id": "a4", "evidence": "Talks will resume, Lavrov said.",
                        "start": 40, "end": 70}]}
    inside = _quote("a4", "RUS", "talks will resume", "Talks will resume, Lavrov said.", 40)
    elsewhere = _quote("a4", "RUS", "we are patient", "We are patient, Lavrov said.", 90)
    part = pair.about(_ledger(rounds=[rnd]), ("RUS", "UKR"), (), [inside, elsewhere], NAMES)
    assert [q["text"] for q in part["quotes"]] == ["talks will resume"]
    assert set(part["articles"]) == {"a4"}


def test_positions_held_by_one_party_about_the_other():
    positions = [
        _position("RUS", "neutrality", "a2", "Moscow demands neutrality.", concerns="UKR"),
        _position("UKR", "territorial_integrity", "a2", "Kyiv told Russia it keeps its land."),
        _position("RUS", "sanctions_relief", "a2", "Moscow wants sanctions lifted."),
        _position("USA", "elections", "a3", "Washington wants Ukraine to vote.", concerns="UKR"),
        # both sides on one issue in one article: a proposal and its answer
        _position("RUS", "ceasefire", "a1", "Moscow agreed in principle."),
        _position("UKR", "ceasefire", "a1", "Kyiv accepted the truce."),
        _position("RUS", "prisoner_exchange", "a3", "Moscow proposed a swap."),
    ]
    part = pair.about(_ledger(positions=positions), ("RUS", "UKR"), (), (), NAMES)
    assert [(p["holder"], p["issue"]) for p in part["positions"]] == [
        ("RUS", "neutrality"), ("UKR", "territorial_integrity"), ("RUS", "ceasefire"),
        ("UKR", "ceasefire")]
    assert set(part["articles"]) == {"a1", "a2"}


def test_a_position_stated_in_a_story_of_a_round_of_the_pair_is_one_in_their_process():
    rnd = {"id": "r1", "process": ["ETH", "ERI"], "events": [],
           "sources": [{"article_id": "a4", "evidence": "They will meet.", "start": 0}]}
    positions = [_position("ETH", "maritime_navigation", "a4", "Addis wants the sea.", start=50),
                 _position("ETH", "elections", "a3", "Addis wants a vote.")]
    part = pair.about(_ledger(rounds=[rnd], positions=positions), ("ETH", "ERI"), (), (), {})
    assert [p["issue"] for p in part["positions"]] == ["maritime_navigation"]


def test_only_rounds_of_the_pair_and_the_events_they_rest_on():
    rounds = [{"id": "r1", "process": ["RUS", "UKR"], "events": ["a1-e1"],
               "sources": [{"article_id": "a1", "evidence": "They met.", "start": 0, "end": 9}]},
              {"id": "r2", "process": ["RUS", "USA"], "events": ["a2-e1"],
               "sources": [{"article_id": "a2", "evidence": "They met.", "start": 0, "end": 9}]}]
    # the round's event lost a party in coding; it is still the event of the pair's meeting
    events = [_event("a1", 1, ["RUS"], ["TUR"]), _event("a2", 1, ["RUS"], ["USA"])]
    part = pair.about(_ledger(rounds=rounds), ("UKR", "RUS"), events, (), NAMES)
    assert [r["id"] for r in part["rounds"]] == ["r1"]
    assert [ev["id"] for ev in part["events"]] == ["a1-e1"]
    assert list(part["articles"]) == ["a1"]


# ---------------------------------------------------------------- a hand-made store


def _analysis(aid, text, events=(), quotes=(), positions=(), rounds=()):
    art = Article(id=aid, text=text, title=f"Story {aid}", url=f"https://ex.org/{aid}",
                  published=dt.date(2025, 3, 10))
    evs = tuple(Event(id=f"{aid}-e{i}", article_id=aid, event="ACCUSE", mode=None, context=(),
                      modality="asserted", hedged=False, actor=actor, recipient=recipient,
                      date="2025-03-09", date_precision="day", date_text=None, location=None,
                      evidence=Evidence(text, 0, len(text), "x"), confidence=0.9)
                for i, (actor, recipient) in enumerate(events))
    qs = tuple(Quote(f"{aid}-q{i}", aid, speaker, words, True, "2025-03-09",
                     Evidence(text, 0, len(text)))
               for i, (speaker, words) in enumerate(quotes))
    return Analysis(article=art, events=evs, quotes=qs, positions=tuple(positions),
                    rounds=tuple(rounds))


@pytest.fixture
def pair_db(tmp_path):
    """Four stories: Russia on Ukraine; the US on Ukraine; the US and China; Russia on Europe."""
    path = tmp_path / "pair.duckdb"
    with Store(path) as store:
        store.write([
            _analysis("s1", "Russia accused Ukraine of shelling; “Kyiv lies,” Moscow said.",
                      events=[((RUS,), (UKR,))], quotes=[(RUS, "Kyiv lies")],
                      positions=[{"holder": "RUS", "issue": "neutrality", "stance": "demand",
                                  "concerns": "UKR", "evidence": [
                                      {"article_id": "s1", "sentence": "Moscow demands it.",
                                       "start": 0}]}]),
            _analysis("s2", "The US urged Ukraine to vote; “Ukraine must vote,” it said.",
                      events=[((USA,), (UKR,))], quotes=[(USA, "Ukraine must vote")],
                      positions=[{"holder": "USA", "issue": "elections", "stance": "demand",
                                  "concerns": "UKR", "evidence": [
                                      {"article_id": "s2", "sentence": "The US wants a vote.",
                                       "start": 0}]}]),
            _analysis("s3", "The US accused China of dumping; “China cheats,” it said.",
                      events=[((USA,), (CHN,))], quotes=[(USA, "China cheats")]),
            _analysis("s4", "Russia accused Europe of meddling; “Europe meddles,” Moscow said.",
                      events=[((RUS,), (Actor("Europe", "EUR", None, "Europe"),))],
                      quotes=[(RUS, "Europe meddles")]),
        ])
    return path


def test_dossier_between_lists_only_the_pairs_sources_quotes_positions_and_events(pair_db,
                                                                                    tmp_path):
    out = tmp_path / "d.md"
    res = CliRunner().invoke(main, ["dossier", "--db", str(pair_db), "--between", "RUS", "UKR",
                                    "--out", str(out)])
    assert res.exit_code == 0, res.output
    assert res.output == (f"Wrote {out}: 0 rounds, 1 positions, 1 events, 1 quotes from 1 "
                          "articles.\n")
    text = out.read_text()
    sources = text.split("## Sources\n\n")[1]
    assert "Story s1" in sources
    assert not any(f"Story s{i}" in sources for i in (2, 3, 4))
    quotes = text.split("## Key quotes\n\n")[1].split("## Flagged claims")[0]
    assert "Kyiv lies" in quotes and "Europe meddles" not in quotes
    assert "Ukraine must vote" not in quotes
    assert "| RUS | neutrality |" in text and "| USA |" not in text


def test_dossier_between_the_us_and_ukraine(pair_db, tmp_path):
    out = tmp_path / "d.md"
    res = CliRunner().invoke(main, ["dossier", "--db", str(pair_db), "--between", "USA", "UKR",
                                    "--out", str(out)])
    assert res.output == (f"Wrote {out}: 0 rounds, 1 positions, 1 events, 1 quotes from 1 "
                          "articles.\n")
    text = out.read_text()
    assert "Ukraine must vote" in text and "China cheats" not in text and "Kyiv lies" not in text


def test_the_ledger_build_no_longer_offers_a_loose_between():
    # the one pair filter is pair.about; a second, looser one would drift from it
    assert not hasattr(ledger_mod, "between")
