"""One loader for the vocabularies under ``data/``: words, cues, date words, patterns.

Python holds mechanisms; what words mean lives in versioned YAML files (``data/lexicon/*.yaml``
and the older top-level ones). Every file is validated when it is first read, and a problem is
reported with its file and line, so a typo in a word list fails loudly instead of quietly
changing what is extracted. The files' contents feed ``EXTRACTOR_VERSION`` (``version.py``), so
a stored article is re-analysed after any of them changes.

A lexicon file looks like::

    version: "1.0.0"
    changelog: ["1.0.0: moved from dates.py"]
    months: {january: 1, jan: 1, ...}        # a mapping
    weekdays: [monday, tuesday, ...]          # a word list
    patterns:                                 # regular expressions, compiled on load
      relative: '\\b(last|next|this)\\s+(week|month|year)\\b'

Word lists are lower-cased sets of strings; YAML's habit of reading unquoted on/off/yes/no as
booleans is refused (quote them). Loaded data is cached per process and never mutated.
"""

from __future__ import annotations

import functools
import re
import threading
from importlib import resources
from typing import Any

import yaml

from .errors import KnowledgeBaseError

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is 10x faster


class _Marked(_Loader):  # type: ignore[misc, valid-type]
    """Safe loader that remembers the line of every key, for file:line errors."""


def unique_keys(loader, node) -> dict:
    """{key: line} of a mapping node; a key written twice is an error (YAML would keep the
    later value silently, and a word list would vanish without a word)."""
    lines: dict = {}
    for key_node, _value in node.value:
        key = loader.construct_object(key_node)
        if key in lines:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} is written twice (first on line {lines[key]})",
                key_node.start_mark)
        lines[key] = key_node.start_mark.line + 1
    return lines


def _mapping(loader, node):
    lines = unique_keys(loader, node)
    mapping = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=True)
    return _LinedDict(mapping, lines)


class _LinedDict(dict):
    """A dict that knows the line of each of its keys (``line_of``)."""

    def __init__(self, data: dict, lines: dict):
        super().__init__(data)
        self._lines = lines

    def line_of(self, key) -> int | None:
        return self._lines.get(key)


_Marked.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


def _fail(where: str, line: int | None, message: str) -> KnowledgeBaseError:
    at = f"{where}:{line}" if line else where
    return KnowledgeBaseError(f"{at}: {message}")


def yaml_problem(exc: yaml.YAMLError) -> tuple[int | None, str]:
    """(line, "invalid YAML: what") of a YAML parse error, for a file:line message."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or "cannot parse"
    return (mark.line + 1 if mark else None), f"invalid YAML: {problem}"


def parse(text: str, where: str) -> dict:
    """Parse and validate one lexicon file's text (``where`` names it in errors)."""
    try:
        data = yaml.load(text, Loader=_Marked)
    except yaml.YAMLError as exc:
        raise _fail(where, *yaml_problem(exc)) from exc
    if not isinstance(data, dict):
        raise _fail(where, 1, "expected a mapping with a 'version' and named entries")
    if "version" not in data:
        raise _fail(where, 1, "no 'version'; give the file a version (and bump it on change)")
    _check(data, where)
    return data


def _check(data: Any, where: str) -> None:
    stack: list[tuple[Any, str, int | None]] = [(data, "", 1)]
    while stack:
        node, path, line = stack.pop()
        if isinstance(node, dict):
            for k, v in node.items():
                at = node.line_of(k) if isinstance(node, _LinedDict) else line
                if isinstance(k, bool) or k is None:
                    raise _fail(where, at, f"the key {k!r} at {path or '/'} is not a word; YAML "
                                           "reads unquoted on/off/yes/no/null that way: quote it")
                stack.append((v, f"{path}/{k}", at))
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, bool) or v is None:
                    raise _fail(where, line, f"the list at {path} holds {v!r}; YAML reads "
                                             "unquoted on/off/yes/no/null that way: quote the word")
                stack.append((v, path, line))


def build_once(maxsize: int | None = None):
    """``functools.lru_cache`` for loaded knowledge (models, knowledge bases, lexicons), with
    its builds serialised by a lock.

    lru_cache alone is safe to read from many threads, but two threads missing the same key
    at once both build it: a model or knowledge base built twice costs seconds and memory,
    and hands two callers two different objects. Here a caller racing a build waits for it
    and gets the same object. The lock is held on hits too (an uncontended acquire), so use
    this for loaders, not for lookups on a per-token path.
    """
    def wrap(fn):
        lock = threading.RLock()  # re-entrant: a loader may ask for another key of itself
        cached = functools.lru_cache(maxsize=maxsize)(fn)

        @functools.wraps(fn)
        def once(*args, **kwargs):
            with lock:
                return cached(*args, **kwargs)
        once.cache_clear = cached.cache_clear  # type: ignore[attr-defined]
        once.cache_info = cached.cache_info  # type: ignore[attr-defined]
        return once
    return wrap


@build_once()
def load(name: str) -> dict:
    """The lexicon file ``data/<name>`` (e.g. ``"lexicon/dates.yaml"``), parsed and checked."""
    path = resources.files("detente.data").joinpath(name)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KnowledgeBaseError(f"detente/data/{name}: no such data file; the package is "
                                 "incomplete, reinstall it") from None
    return parse(text, f"detente/data/{name}")


def _entry(name: str, key: str) -> Any:
    data = load(name)
    if key not in data:
        raise KnowledgeBaseError(f"detente/data/{name}: no entry {key!r}")
    return data[key]


@functools.lru_cache(maxsize=None)
def words(name: str, key: str) -> frozenset[str]:
    """A word list as a frozen set of lower-cased strings."""
    value = _entry(name, key)
    if not isinstance(value, list):
        raise _fail(f"detente/data/{name}", load(name).line_of(key),
                    f"{key!r} must be a list of words")
    return frozenset(str(w).lower() for w in value)


@functools.lru_cache(maxsize=None)
def ordered(name: str, key: str) -> tuple:
    """A list kept in file order (when order matters: first match wins)."""
    value = _entry(name, key)
    if not isinstance(value, list):
        raise _fail(f"detente/data/{name}", load(name).line_of(key), f"{key!r} must be a list")
    return tuple(value)


@functools.lru_cache(maxsize=None)
def table(name: str, key: str) -> dict:
    """A mapping (word -> value), as a plain dict; callers must not mutate it."""
    value = _entry(name, key)
    if not isinstance(value, dict):
        raise _fail(f"detente/data/{name}", load(name).line_of(key),
                    f"{key!r} must be a mapping")
    return dict(value)


@functools.lru_cache(maxsize=None)
def pattern(name: str, key: str, flags: int = 0) -> re.Pattern:
    """A regular expression from the file's ``patterns`` mapping, compiled once."""
    patterns = _entry(name, "patterns")
    if not isinstance(patterns, dict) or key not in patterns:
        raise KnowledgeBaseError(f"detente/data/{name}: no pattern {key!r}")
    try:
        return re.compile(patterns[key], flags)
    except re.error as exc:
        line = patterns.line_of(key) if isinstance(patterns, _LinedDict) else None
        raise _fail(f"detente/data/{name}", line, f"pattern {key!r} does not compile: "
                                                  f"{exc}") from exc
