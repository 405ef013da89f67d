"""The stage order is enforced: the import-linter contracts in pyproject.toml, plus the imports
no import graph can see.

1. ``lint-imports`` keeps both contracts on the real source: the layers contract (a module
   imports only from layers below it; every module of the package is placed in a layer) and
   the no-cycles contract (no two sibling modules import each other, at any depth).
2. The contracts bite: a copy of the source with one back-edge, one sideways import between
   stages, or one cycle added fails them, naming the import.
3. What an import graph cannot see: ``__import__`` / ``importlib.import_module`` anywhere in
   the package, and, in the stage modules, an import of a detente module inside a function
   (the way a back-edge used to hide).
"""

from __future__ import annotations

import ast
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
PACKAGE = SRC / "detente"
CONFIG = ROOT / "pyproject.toml"
LINT = Path(sys.executable).with_name("lint-imports")

#: Modules that run per article (and what they share): every detente import at the top.
STAGE_MODULES = ("records.py", "errors.py", "version.py", "tree.py", "ranges.py", "docview.py",
                 "context.py", "readers/", "ingest.py", "nlp.py", "quotemarks.py", "grounding.py",
                 "actors_kb.py", "actors_kb_files.py",
                 "actor_segments.py", "actor_descriptions.py", "setting.py", "actors.py",
                 "dates.py", "places.py", "place_names.py", "place_cues.py", "place_sites.py", "place_country.py", "speakers.py", "quotes.py", "coref.py", "events/",
                 "peace/", "pipeline.py")


def lint(src: Path) -> subprocess.CompletedProcess:
    """``lint-imports`` on the package found in ``src``, with this repository's contracts."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(
        [str(src)] + [p for p in os.environ.get("PYTHONPATH", "").split(os.pathsep) if p]))
    return subprocess.run([str(LINT), "--no-cache", "--no-logo", str(CONFIG)], cwd=src,
                          env=env, capture_output=True, text=True, timeout=300)


def test_lint_imports_is_installed():
    assert LINT.is_file(), f"{LINT} missing: pip install -e '.[test]' installs import-linter"


def test_the_source_keeps_the_stage_order_and_has_no_import_cycles():
    result = lint(SRC)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


@pytest.fixture
def copy_of_src(tmp_path: Path) -> Path:
    """The package's Python files in a scratch folder, to add a bad import to."""
    shutil.copytree(PACKAGE, tmp_path / "detente",
                    ignore=shutil.ignore_patterns("data", "__pycache__"))
    return tmp_path


def _add_import(src: Path, module: str, line: str) -> None:
    path = src / "detente" / module
    path.write_text(path.read_text(encoding="utf-8") + f"\n{line}\n", encoding="utf-8")


@pytest.mark.parametrize("module, line, expected", [
    # a back-edge: an early stage reaching forward into a later one
    ("dates.py", "from . import events", "detente.dates -> detente.events"),
    # the one that was there: events asking the quotes stage... now the other way round
    ("quotes.py", "from .events import extract_events", "detente.quotes -> detente.events"),
    # sideways between the three resolvers: dates must not import places
    ("dates.py", "from .places import place_for", "detente.dates -> detente.places"),
    # a stage composing the pipeline
    ("peace/rounds.py", "from ..pipeline import Analyzer", "detente.peace.rounds -> detente.pipeline"),
    # the store composing stages again
    ("store.py", "from .runner import ingest", "detente.store -> detente.runner"),
    # the dashboard reads the store; the store knows nothing of it
    ("store.py", "from .web import create_app", "detente.store -> detente.web"),
    # story linking works on rows the store hands it; it never opens the store itself
    ("stories.py", "from .store import Store", "detente.stories -> detente.store"),
])
def test_a_back_edge_breaks_the_layers_contract(copy_of_src, module, line, expected):
    _add_import(copy_of_src, module, line)
    result = lint(copy_of_src)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Stages run in one direction" in result.stdout
    assert "BROKEN" in result.stdout and expected in result.stdout


def test_a_cycle_inside_a_package_breaks_the_no_cycles_contract(copy_of_src):
    # the layers contract sees only imports between layers; this one sees siblings too
    _add_import(copy_of_src, "evaluate/ledger.py", "from .document import spans_of")
    result = lint(copy_of_src)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "No import cycles between sibling modules, at any depth BROKEN" in result.stdout
    assert "- .ledger -> .document (1 import)" in result.stdout


def test_a_module_in_no_layer_breaks_the_layers_contract(copy_of_src):
    (copy_of_src / "detente" / "shortcut.py").write_text('"""Placed nowhere."""\n')
    result = lint(copy_of_src)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "detente.shortcut" in result.stdout


# ------------------------------------------------------------------- what the graph cannot see
def _modules(prefixes: tuple[str, ...] | None = None) -> list[Path]:
    files = sorted(PACKAGE.rglob("*.py"))
    if prefixes is None:
        return files
    return [f for f in files if f.relative_to(PACKAGE).as_posix().startswith(prefixes)]


def dynamic_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """``__import__(...)``, ``importlib.import_module(...)`` and ``import_module`` imported."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else \
                func.attr if isinstance(func, ast.Attribute) else None
            if name in ("__import__", "import_module"):
                found.append((node.lineno, ast.unparse(node)))
        elif isinstance(node, ast.ImportFrom) and node.module == "importlib":
            for alias in node.names:
                if alias.name in ("import_module", "__import__"):
                    found.append((node.lineno, f"from importlib import {alias.name}"))
    return sorted(found)


def nested_package_imports(tree: ast.AST) -> list[tuple[int, str]]:
    """Imports of detente modules (relative, or by the package's name) inside a function."""
    found = []
    for func in ast.walk(tree):
        if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(func):
            if isinstance(node, ast.ImportFrom) and (
                    node.level or (node.module or "").split(".")[0] == "detente"):
                found.append((node.lineno, ast.unparse(node)))
            elif isinstance(node, ast.Import) and any(
                    a.name.split(".")[0] == "detente" for a in node.names):
                found.append((node.lineno, ast.unparse(node)))
    return sorted(found)


def test_the_rules_see_what_they_look_for():
    code = ("import importlib\nfrom importlib import import_module\n"
            "def f():\n    from . import places\n    import detente.events\n"
            "    return __import__('detente.dates'), importlib.import_module('x')\n"
            "from importlib import resources\nfrom . import tree\n")
    tree = ast.parse(code)
    assert dynamic_imports(tree) == [
        (2, "from importlib import import_module"),
        (6, "__import__('detente.dates')"),
        (6, "importlib.import_module('x')"),
    ]
    assert nested_package_imports(tree) == [(4, "from . import places"),
                                            (5, "import detente.events")]


def test_no_module_imports_dynamically():
    found = [f"{path.relative_to(PACKAGE)}:{line}: {text}" for path in _modules()
             for line, text in dynamic_imports(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []


def test_stage_modules_import_detente_modules_only_at_the_top():
    assert len(_modules(STAGE_MODULES)) >= 30  # the prefixes still match the layout
    found = [f"{path.relative_to(PACKAGE)}:{line}: {text}" for path in _modules(STAGE_MODULES)
             for line, text in nested_package_imports(ast.parse(path.read_text(encoding="utf-8")))]
    assert found == []
