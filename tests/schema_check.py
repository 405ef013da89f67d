"""A small JSON Schema (2020-12) checker for the keywords detente's PLOVER schema uses.

The ``jsonschema`` package is not a dependency yet; until it is, the tests validate with this.
It knows a fixed set of keywords and refuses a schema that uses any other one, so a keyword
added to the schema later can never be skipped silently. When ``jsonschema`` is installed the
tests run it too, on the same records.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

#: keywords that only describe (no check)
ANNOTATIONS = {"$schema", "$id", "title", "description", "$defs"}
CHECKED = {"type", "required", "properties", "additionalProperties", "items", "minItems",
           "enum", "anyOf", "pattern", "minLength", "minimum", "maximum", "$ref", "format"}

_TYPES = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "number": lambda v: isinstance(v, (int, float)) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
    "null": lambda v: v is None,
}


class UnknownKeyword(ValueError):
    pass


def unknown_keywords(schema: Any) -> set[str]:
    """Every keyword of ``schema`` this checker does not know (walks the whole schema)."""
    found: set[str] = set()
    stack = [schema]
    while stack:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        found |= set(node) - ANNOTATIONS - CHECKED
        stack.extend((node.get("properties") or {}).values())
        stack.extend((node.get("$defs") or {}).values())
        stack.extend(node.get("anyOf") or [])
        for key in ("items", "additionalProperties"):
            if isinstance(node.get(key), dict):
                stack.append(node[key])
    return found


def errors(instance: Any, schema: dict) -> list[str]:
    """Every violation of ``schema`` by ``instance``, as "path: problem" strings."""
    unknown = unknown_keywords(schema)
    if unknown:
        raise UnknownKeyword(f"schema uses keywords this checker cannot check: {sorted(unknown)}")
    out: list[str] = []
    _check(instance, schema, schema, "$", out)
    return out


def _resolve(ref: str, root: dict) -> dict:
    if not ref.startswith("#/"):
        raise UnknownKeyword(f"only local $ref is supported, not {ref!r}")
    node: Any = root
    for part in ref[2:].split("/"):
        node = node[part]
    return node


def _check(value: Any, schema: dict, root: dict, path: str, out: list[str]) -> None:
    if "$ref" in schema:
        _check(value, _resolve(schema["$ref"], root), root, path, out)
    if "anyOf" in schema:
        if not any(not _errors_of(value, s, root, path) for s in schema["anyOf"]):
            out.append(f"{path}: {value!r} matches none of the allowed forms")
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if not any(_TYPES[t](value) for t in types):
            out.append(f"{path}: {value!r} is not of type {'/'.join(types)}")
            return
    if "enum" in schema and value not in schema["enum"]:
        out.append(f"{path}: {value!r} is not one of the allowed values")
    if isinstance(value, str):
        _check_string(value, schema, path, out)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            out.append(f"{path}: {value} is below {schema['minimum']}")
        if "maximum" in schema and value > schema["maximum"]:
            out.append(f"{path}: {value} is above {schema['maximum']}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0):
            out.append(f"{path}: fewer than {schema['minItems']} items")
        if isinstance(schema.get("items"), dict):
            for i, item in enumerate(value):
                _check(item, schema["items"], root, f"{path}[{i}]", out)
    if isinstance(value, dict):
        _check_object(value, schema, root, path, out)


def _check_string(value: str, schema: dict, path: str, out: list[str]) -> None:
    if len(value) < schema.get("minLength", 0):
        out.append(f"{path}: shorter than {schema['minLength']}")
    if "pattern" in schema and not re.search(schema["pattern"], value):
        out.append(f"{path}: {value!r} does not match {schema['pattern']}")
    if schema.get("format") == "date":
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            out.append(f"{path}: {value!r} is not a calendar date")


def _check_object(value: dict, schema: dict, root: dict, path: str, out: list[str]) -> None:
    for key in schema.get("required", ()):
        if key not in value:
            out.append(f"{path}: missing required {key!r}")
    props = schema.get("properties") or {}
    for key, item in value.items():
        if key in props:
            _check(item, props[key], root, f"{path}.{key}", out)
        elif schema.get("additionalProperties") is False:
            out.append(f"{path}: unexpected key {key!r}")


def _errors_of(value: Any, schema: dict, root: dict, path: str) -> list[str]:
    found: list[str] = []
    _check(value, schema, root, path, found)
    return found
