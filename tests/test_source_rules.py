"""Rules about the source itself, read with ``ast``: the bugs of issue 7 as a class.

1. ``is`` / ``is not`` compares only with None, True, False or ``...``. spaCy builds a new
   ``Token`` on every access, so ``tok.head is tok`` is always False: the guard of a loop
   that never ended. Telling a token expression from any other is beyond ``ast``, so the
   rule is strict and the few identity tests between objects that really are stored
   (knowledge-base records, candidates, a Doc) are listed in ``ALLOWED_IDENTITY`` with why.
2. In the modules that walk the parse: no ``while True``; no loop that climbs by
   reassigning a name from its own ``.head`` (``tok = tok.head``): climbs go through
   ``detente.tree``, which bounds them; no function that calls itself, except those listed
   in ``BOUNDED_RECURSION`` whose depth a constant bounds, not the text.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "detente"
#: Modules that read the parse (the stages after nlp, and their helpers).
PARSE_MODULES = ("dates.py", "places.py", "grounding.py", "quotes.py", "actors.py", "context.py",
                 "tree.py", "events/", "peace/", "actor_descriptions.py", "actor_refs.py",
                 "actor_segments.py", "speech_subjects.py", "speakers.py", "coref.py",
                 "setting.py", "speaker_bodies.py", "quote_scope.py", "speaker_pronouns.py",
                 "quote_layout.py", "actor_landmarks.py", "actor_bodies.py", "speaker_roles.py",
                 "actor_backrefs.py")
#: Constants an identity test may compare with.
SINGLETONS = (None, True, False, ...)

_CANDIDATES = "Candidate and Draft objects are built once per sentence and kept in lists"
#: (file, expression as ``ast.unparse`` writes it) -> why identity is right there.
ALLOWED_IDENTITY = {
    ("actors_kb.py", "lex.entity is not entity"): "knowledge-base records, stored once",
    ("actors_kb.py", "lex.entity is old"): "knowledge-base records, stored once",
    ("actors_kb.py", "p is old"): "knowledge-base records, stored once",
    ("actors_kb.py", "p is not old"): "knowledge-base records, stored once",
    ("evaluate/document.py", "e is s"): "the very dict of the system's list that was paired",
    ("events/__init__.py", "x is not d"): _CANDIDATES,
    ("events/extract.py", "d is not since"): "DateRefs taken from the one list of the article",
    ("events/triggers.py", "taken[i] is not cand"): _CANDIDATES,
    ("events/candidates.py", "comp is cand"): _CANDIDATES,
    ("events/candidates.py", "other is not cand"): _CANDIDATES,
    ("events/candidates.py", "other is not comp"): _CANDIDATES,
    ("events/candidates.py", "other is cand"): _CANDIDATES,
    ("events/candidates.py", "o is not cand"): _CANDIDATES,
    ("events/triggers.py", "vc is not old"): _CANDIDATES,
    ("tree.py", "a.doc is b.doc"): "a Doc is one stored object, not rebuilt per access",
    ("tree.py", "span.doc is tok.doc"): "a Doc is one stored object, not rebuilt per access",
    ("ranges.py", "entry[0] is not items"):
        "a cached index belongs to one list object (id() alone can be reused)",
    ("budget.py", "threading.current_thread() is threading.main_thread()"):
        "threads are singletons: the documented way to ask 'am I the main thread?'",
}
#: (file, function) -> what bounds its depth.
BOUNDED_RECURSION = {
    ("events/phrases.py", "subject_of"): "its depth argument: at most 4 levels",
    ("events/candidates.py", "_first_in"): "its depth argument: 2 levels from _complement",
    ("events/extract.py", "_actors_for"): "one level: the inner call does not descend",
}


def identity_tests(tree: ast.AST) -> list[tuple[int, str]]:
    """(line, expression) of every ``is`` / ``is not`` whose right side is not a singleton."""
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        left = node.left
        for op, right in zip(node.ops, node.comparators):
            if isinstance(op, (ast.Is, ast.IsNot)) and not (
                    isinstance(right, ast.Constant)
                    and any(right.value is s for s in SINGLETONS)):
                pair = ast.Compare(left=left, ops=[op], comparators=[right])
                found.append((node.lineno, ast.unparse(pair)))
            left = right
    return found


def _base_name(node) -> str | None:
    while isinstance(node, (ast.Attribute, ast.Subscript)):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def _climbs(value: ast.AST, name: str) -> bool:
    """Whether ``value`` reads ``<name>....head``."""
    return any(isinstance(n, ast.Attribute) and n.attr == "head" and _base_name(n) == name
               for n in ast.walk(value))


def _own_body(loop: ast.AST):
    """Nodes of a loop body, not descending into functions or classes defined there."""
    todo = list(loop.body)
    while todo:
        node = todo.pop()
        yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda,
                                 ast.ClassDef)):
            todo.extend(ast.iter_child_nodes(node))


def parse_walk_problems(tree: ast.AST) -> list[tuple[int, str]]:
    """``while True``, climbs by reassignment inside loops, and self-calling functions."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.While) and isinstance(node.test, ast.Constant) \
                and node.test.value is True:
            found.append((node.lineno, "while True"))
        if isinstance(node, (ast.While, ast.For)):
            for inner in _own_body(node):
                if not isinstance(inner, ast.Assign):
                    continue
                for target in inner.targets:
                    names = target.elts if isinstance(target, ast.Tuple) else [target]
                    values = inner.value.elts if isinstance(inner.value, ast.Tuple) \
                        and len(inner.value.elts) == len(names) else [inner.value] * len(names)
                    for t, v in zip(names, values):
                        if isinstance(t, ast.Name) and _climbs(v, t.id):
                            found.append((inner.lineno, f"climb: {ast.unparse(inner)}"))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            for call in ast.walk(node):
                if isinstance(call, ast.Call) and (
                        isinstance(call.func, ast.Name) and call.func.id == node.name):
                    found.append((call.lineno, f"recursion: {node.name}"))
                    break
    return list(dict.fromkeys(found))  # a climb inside nested loops is one problem


def _sources():
    return sorted(SRC.rglob("*.py"))


def _rel(path: Path) -> str:
    return path.relative_to(SRC).as_posix()


def _reads_parse(rel: str) -> bool:
    return any(rel == m or (m.endswith("/") and rel.startswith(m)) for m in PARSE_MODULES)


# --- the checkers themselves -------------------------------------------------------------

@pytest.mark.parametrize("snippet", [
    "if tok.head is tok: pass",  # the guard that never held
    "while tok.head is not tok:\n    tok = tok.head",
    "ok = a is b",
    "ok = x is not y.head",
    "ok = x is 0",  # 0 is no singleton
    "ok = a is None is b",  # chained: the second comparison is checked too
])
def test_identity_checker_flags(snippet):
    assert identity_tests(ast.parse(snippet))


@pytest.mark.parametrize("snippet", [
    "ok = x is None or y is not None",
    "ok = flag is True or flag is False or e is ...",
    "ok = a == b and tok.i == tok.head.i",
])
def test_identity_checker_passes(snippet):
    assert identity_tests(ast.parse(snippet)) == []


@pytest.mark.parametrize("snippet,problem", [
    ("while True:\n    break", "while True"),
    ("while tok.dep_ == 'conj':\n    tok = tok.head", "climb: tok = tok.head"),
    ("for _ in range(3):\n    cur, n = cur.head, n + 1", "climb: cur, n = (cur.head, n + 1)"),
    ("for _ in range(3):\n    a = a.head.head if a else None",
     "climb: a = a.head.head if a else None"),
    ("def walk(t):\n    return walk(t.head)", "recursion: walk"),
])
def test_parse_walk_checker_flags(snippet, problem):
    assert [p for _, p in parse_walk_problems(ast.parse(snippet))] == [problem]


def test_parse_walk_checker_passes_single_steps_and_bounded_helpers():
    code = ("head = tok.head\n"
            "for child, head in tree.steps_up(tok, limit=6):\n"
            "    verb = head.head\n"  # another name: a look at the parent, not a climb
            "while i < n:\n    i += 1\n")
    assert parse_walk_problems(ast.parse(code)) == []


# --- the source ------------------------------------------------------------------------

def test_no_identity_test_between_tokens_in_the_source():
    bad = []
    for path in _sources():
        rel = _rel(path)
        for line, expr in identity_tests(ast.parse(path.read_text(encoding="utf-8"))):
            if (rel, expr) not in ALLOWED_IDENTITY:
                bad.append(f"{rel}:{line}: {expr}")
    assert bad == [], ("compare tokens by .i (detente.tree.same), not with is: "
                       + "; ".join(bad))


def test_parse_is_walked_only_through_bounded_helpers():
    bad = []
    for path in _sources():
        rel = _rel(path)
        if not _reads_parse(rel) or rel == "tree.py":
            continue
        for line, problem in parse_walk_problems(ast.parse(path.read_text(encoding="utf-8"))):
            name = problem.removeprefix("recursion: ")
            if problem.startswith("recursion: ") and (rel, name) in BOUNDED_RECURSION:
                continue
            bad.append(f"{rel}:{line}: {problem}")
    assert bad == [], ("climb with detente.tree (bounded), no while True, no recursion "
                       "the text can deepen: " + "; ".join(bad))


def test_tree_module_itself_has_no_recursion_and_no_unbounded_loop():
    found = parse_walk_problems(ast.parse((SRC / "tree.py").read_text(encoding="utf-8")))
    assert found == []
