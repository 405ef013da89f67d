"""State: one per-article cache on the context, no per-article state in module globals."""

from __future__ import annotations

import ast
import datetime as dt
import threading
from pathlib import Path

import pytest

from detente import knowledge
from detente.context import ArticleContext
from detente.ranges import starting_in
from detente.records import Article, DateRef

SRC = Path(__file__).resolve().parents[1] / "src" / "detente"

#: (module, name) -> why a module-level container that the module mutates is allowed.
#: Only loaded knowledge may live here; per-article state goes in ``ArticleContext.cache``.
ALLOWED_MUTABLE_GLOBALS: dict[tuple[str, str], str] = {}

#: Modules that may keep values on the spaCy document, with the reason.
ALLOWED_DOC_STATE: dict[str, str] = {
    "docview.py": "the parse read once (text, entities, sentences, tokens, heads) for the "
                  "stages that run before the context exists; pure functions of the parse, "
                  "dropped by the pipeline when the article ends (docview.release)",
}

#: Every module-level cache of a function (lru_cache, knowledge.build_once), with its reason.
#: All hold knowledge read from files or packages, the same for every article; the loaders
#: (build_once) build each key once under a lock, the others are pure functions of loaded
#: knowledge whose racing builds give equal values (lru_cache keeps one, both are complete).
KNOWLEDGE_CACHES: dict[tuple[str, str], str] = {
    ("nlp.py", "load"): "the spaCy pipeline (build_once: seconds and hundreds of MB)",
    ("matmul.py", "one_thread"): "OpenBLAS held to one thread: a process setting, made once",
    ("parallel.py", "_analyzer"): "a worker process's analyzer: model and knowledge bases "
                                  "(build_once, one per worker process)",
    ("actors.py", "_load_kb"): "the actor knowledge base per set of extra files (build_once)",
    ("events/lexicon.py", "load_lexicon"): "the event lexicon (build_once)",
    ("events/lexicon.py", "category_set"): "PLOVER groupings read from the lexicon",
    ("events/senses.py", "_fixes"): "the lexicon's lemma fixes, without the loader's lock "
                                      "on a per-token path",
    ("peace/taxonomy.py", "load_issues"): "the issue taxonomy per set of extra files "
                                          "(build_once)",
    ("peace/taxonomy.py", "load_round_vocabulary"): "round vocabulary (build_once)",
    ("knowledge.py", "load"): "one data file, parsed and validated (build_once)",
    ("knowledge.py", "words"): "a word set of a loaded data file",
    ("knowledge.py", "ordered"): "an ordered list of a loaded data file",
    ("knowledge.py", "table"): "a table of a loaded data file",
    ("knowledge.py", "pattern"): "a regex compiled from a loaded data file",
    ("grounding.py", "default_gazetteer"): "the gazetteer (build_once)",
    ("events/confidence.py", "load_model"): "the confidence model's weights (build_once)",
    ("plover.py", "_tables"): "the PLOVER manual's code tables and ISO maps (build_once)",
    ("stories.py", "country_geonameids"): "GeoNames ids of countries (build_once)",
    ("web/worldmap.py", "countries"): "the map's country shapes, decoded once (build_once)",
    ("spark/frame.py", "_analyzer"): "the analyzer (model, KB, gazetteer) of a Spark Python "
                                     "worker, kept across its tasks",
}

_CONTAINERS = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
_CONTAINER_CALLS = {"dict", "list", "set", "defaultdict", "OrderedDict", "Counter", "deque"}
_MUTATORS = {"append", "extend", "insert", "remove", "pop", "popitem", "clear", "update",
             "setdefault", "add", "discard", "__setitem__", "__delitem__", "sort", "reverse",
             "appendleft", "extendleft", "difference_update", "intersection_update"}


def _is_container(value: ast.expr | None) -> bool:
    if isinstance(value, _CONTAINERS):
        return True
    return (isinstance(value, ast.Call) and isinstance(value.func, (ast.Name, ast.Attribute))
            and getattr(value.func, "id", getattr(value.func, "attr", "")) in _CONTAINER_CALLS)


def _module_containers(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, ast.Assign) and _is_container(node.value):
            names |= {t.id for t in node.targets if isinstance(t, ast.Name)}
        elif isinstance(node, ast.AnnAssign) and _is_container(node.value) \
                and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return names


def _mutations(tree: ast.Module, names: set[str]) -> list[tuple[str, int]]:
    """(name, line) of each place inside a function that changes one of ``names``."""
    found = []
    for func in (n for n in ast.walk(tree)
                 if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))):
        for node in ast.walk(func):
            target = None
            if isinstance(node, (ast.Subscript, ast.Attribute)) \
                    and isinstance(node.ctx, (ast.Store, ast.Del)):
                target = node.value
            elif isinstance(node, ast.AugAssign):
                target = node.target
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in _MUTATORS:
                target = node.func.value
            if isinstance(target, ast.Name) and target.id in names:
                found.append((target.id, node.lineno))
    return found


def _modules():
    for path in sorted(SRC.rglob("*.py")):
        yield path.relative_to(SRC).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def test_no_module_mutates_a_global_container_outside_the_allow_list():
    offenders = []
    for rel, tree in _modules():
        for name, line in _mutations(tree, _module_containers(tree)):
            if (rel, name) not in ALLOWED_MUTABLE_GLOBALS:
                offenders.append(f"{rel}:{line} changes module-level {name}")
    assert offenders == []


def test_no_global_statements_and_no_state_on_the_doc_or_in_dunder_dict():
    offenders = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Global):
                offenders.append(f"{rel}:{node.lineno} global {', '.join(node.names)}")
            elif isinstance(node, ast.Attribute) and node.attr in ("user_data", "__dict__") \
                    and not (node.attr == "user_data" and rel in ALLOWED_DOC_STATE):
                offenders.append(f"{rel}:{node.lineno} .{node.attr}")
    assert offenders == []


def _cached_functions() -> set[tuple[str, str]]:
    found = set()
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                    "lru_cache" in ast.unparse(d) or "build_once" in ast.unparse(d)
                    or ast.unparse(d) in ("cache", "functools.cache")
                    for d in node.decorator_list):
                found.add((rel, node.name))
    return found


def test_every_function_cache_holds_knowledge_with_a_reason():
    assert _cached_functions() == set(KNOWLEDGE_CACHES)


def test_the_check_sees_a_module_cache():
    tree = ast.parse("_CACHE = {}\ndef f(k):\n    _CACHE[k] = 1\n    _CACHE.clear()\n"
                     "SEEN: list = []\ndef g(x):\n    SEEN.append(x)\nK = {'a'}\n")
    assert _mutations(tree, _module_containers(tree)) == [("_CACHE", 3), ("_CACHE", 4),
                                                          ("SEEN", 7)]


def _ctx(refs=()) -> ArticleContext:
    return ArticleContext(Article.make("x" * 60), None, None, list(refs), [])


def test_cache_computes_once_per_key_and_per_article():
    calls = []
    first, second = _ctx(), _ctx()
    assert first.cache("k", lambda: calls.append(1) or "a") == "a"
    assert first.cache("k", lambda: calls.append(2) or "b") == "a"
    assert second.cache("k", lambda: calls.append(3) or "c") == "c"
    assert calls == [1, 3]


def test_range_indexes_live_in_the_article_cache():
    refs = [DateRef("May 16", s, s + 6, "point", "2025-05-16", "day") for s in (40, 3)]
    ctx = _ctx(refs)
    assert ctx.dates_in(0, 20) == [refs[1]]
    indexes = ctx.cache("ranges.indexes", dict)
    assert [entry[0] for entry in indexes.values()] == [ctx.dates]
    assert _ctx(refs).cache("ranges.indexes", dict) == {}
    assert starting_in(refs, 0, 100) == refs  # without a cache: built for the one call


def test_build_once_builds_one_object_for_racing_threads():
    built = []
    gate = threading.Barrier(4)

    @knowledge.build_once()
    def load(name):
        built.append(name)
        return object()

    got = []

    def ask():
        gate.wait()
        got.append(load("kb"))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert built == ["kb"]
    assert len({id(g) for g in got}) == 1
    load.cache_clear()
    load("kb")
    assert built == ["kb", "kb"]


@pytest.mark.parametrize("rel", ["quotes.py", "ranges.py", "events/triggers.py"])
def test_former_module_caches_are_gone(rel):
    tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
    assert not _mutations(tree, _module_containers(tree))


# --- the reference date ----------------------------------------------------------------------

#: Calls that read the clock, with why each may: none of them feeds an article's analysis.
CLOCK_READS = {
    ("evaluate/gate.py", "today"): "the date written beside a quality-floor change it records",
    ("store.py", "now"): "when a feed item was seen (a column of the store, not the analysis)",
    ("tables.py", "now"): "when an article was stored (a column of the store, not the analysis)",
    ("readers/fetch.py", "now"): "when a page was fetched (a column of the store, not the "
                                 "analysis)",
    ("watch.py", "now"): "the time on each poll's log line, and when a feed item was taken",
}


def test_no_stage_reads_the_clock():
    found = set()
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                    and node.func.attr in ("today", "now", "utcnow"):
                found.add((rel, node.func.attr))
    assert found == set(CLOCK_READS)


@pytest.fixture(scope="module")
def blank_actors():
    import spacy

    from detente.actors import ArticleActors, load_kb

    nlp, kb = spacy.blank("en"), load_kb()
    return lambda text, date: ArticleActors(nlp(text), kb, date).mentions


def _brief(actor):
    return (actor.code, actor.sector, actor.name, actor.role)


def test_undated_officials_are_named_but_hold_no_office(blank_actors):
    # listed with two offices (Foreign Secretary, Prime Minister) in one country
    assert [_brief(a) for a in blank_actors("Boris Johnson said.", None)] == [
        ("GBR", None, "Boris Johnson", None)]
    assert [_brief(a) for a in blank_actors("Vladimir Putin said.", None)] == [
        ("RUS", None, "Vladimir Putin", None)]


def test_a_reference_date_resolves_the_office_as_a_publication_date_would(blank_actors):
    day = dt.date(2021, 3, 1)
    assert [_brief(a) for a in blank_actors("Boris Johnson said.", day)] == [
        ("GBR", "GOV", "Boris Johnson", "Prime Minister")]


def test_undated_groups_and_places_take_their_undated_codes():
    from detente.actors_kb import Entity, KnowledgeBase, Term

    group = Entity("org", "AFG", "REB", "Taliban",
                   terms=(Term(dt.date(2021, 8, 15), None, "AFG", "GOV"),))
    assert group.on(None) == ("AFG", "REB")
    kb = KnowledgeBase()
    kb.successions["SSD"] = [(dt.date(2011, 7, 9), "SDN")]
    assert kb.state_on("SSD", None) == "SSD"
    assert kb.state_on("SSD", dt.date(2000, 1, 1)) == "SDN"


def test_options_reference_date_defaults_to_none():
    from detente.pipeline import Options

    assert Options().reference_date is None


def test_cli_rejects_a_reference_date_that_is_not_one():
    from click.testing import CliRunner

    from detente.cli import main

    result = CliRunner().invoke(main, ["analyze", "-", "--reference-date", "29/05/2025"],
                                input="text")
    assert result.exit_code == 2
    assert "Invalid value for '--reference-date': '29/05/2025' is not a date; write " \
           "YYYY-MM-DD (e.g. 2025-05-29)." in result.output


@pytest.mark.parametrize("command", ["analyze", "ingest"])
def test_cli_help_explains_the_reference_date(command):
    from click.testing import CliRunner

    from detente.cli import main

    out = " ".join(CliRunner().invoke(main, [command, "--help"]).output.split())
    assert "--reference-date YYYY-MM-DD Date to read articles with no publication date as " \
           "of: officials are who held the office then." in out


@pytest.mark.model
def test_pipeline_uses_the_reference_date_only_without_a_publication_date(analyzer):
    from detente.pipeline import Analyzer, Options

    text = "Boris Johnson met Ukrainian President Volodymyr Zelensky in Kyiv on Tuesday."
    with_reference = Analyzer(Options(reference_date=dt.date(2021, 3, 1)))

    def offices(who, published):
        article = Article.make(text, published=published)
        (result,) = who.results([article])
        return {(a.sector, a.role) for e in result.events for a in e.actor
                if a.name == "Boris Johnson"}

    assert offices(analyzer, None) == {(None, None)}
    assert offices(with_reference, None) == {("GOV", "Prime Minister")}
    assert offices(with_reference, dt.date(2024, 3, 1)) == {("ELI", "former Prime Minister")}
