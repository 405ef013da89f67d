"""Loading the actor knowledge base: the data files (and the user's) -> ``KnowledgeBase``.

Split from ``actors_kb.py`` (the compiled dictionary and its lookups): reading and checking
files is its own job, and every problem is reported with its file and line. Sources, in order
(later ones override earlier ones key by key): pycountry's country names, then
``data/actors/`` (countries.yaml, organizations.yaml, sectors.yaml, officials.csv), then the
user's files. The format is in docs/actors.md and in each data file's header.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import replace
from importlib import resources
from pathlib import Path

import yaml

from .actors_kb import Entity, KnowledgeBase, Term, norm
from .errors import KnowledgeBaseError
from .knowledge import unique_keys, yaml_problem

_CODE = re.compile(r"^[A-Z]{3}$")
_PERSON_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "wikidata",
                   "org")
_TOP_KEYS = {"version", "changelog", "countries", "organizations", "communities", "sectors",
             "weak", "heads", "titles", "title_prefixes", "modifiers", "references", "officials",
             "successions", "state_groups", "group_references"}


class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # C parser when available
    """Safe YAML loader that records the line of every mapping under ``__line__``."""


def _mapping_with_line(loader, node, deep=False):
    unique_keys(loader, node)  # a key written twice is an error, not a silent override
    mapping = yaml.constructor.SafeConstructor.construct_mapping(loader, node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


def build_kb(extra_paths: tuple[str, ...] = ()) -> KnowledgeBase:
    import pycountry

    kb = KnowledgeBase()
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        kb.countries[c.alpha_3] = name
        entity = Entity("country", c.alpha_3, None, name)
        for alias in {c.name, name, getattr(c, "official_name", None)}:
            if alias and "," not in alias and "(" not in alias:
                kb.add_entity(alias, entity)
    base = resources.files("detente").joinpath("data/actors")
    for fname in ("countries.yaml", "organizations.yaml", "sectors.yaml", "officials.csv"):
        _load_text(kb, f"detente/data/actors/{fname}", base.joinpath(fname).read_text("utf-8"))
    for path in extra_paths:
        p = Path(path)
        if not p.is_file():
            raise KnowledgeBaseError(
                f"{path}: no such knowledge-base file; give the path of a .yaml or .csv file "
                f"(format: docs/actors.md).")
        _load_text(kb, path, p.read_text(encoding="utf-8"))
    return kb


def _load_text(kb: KnowledgeBase, where: str, text: str) -> None:
    if where.lower().endswith(".csv"):
        _load_officials_csv(kb, where, text)
    elif where.lower().endswith((".yaml", ".yml")):
        _load_yaml(kb, where, text)
    else:
        raise KnowledgeBaseError(
            f"{where}: unknown knowledge-base file type; use .yaml/.yml or .csv "
            f"(format: docs/actors.md).")


def _fail(where: str, line: int | None, message: str) -> KnowledgeBaseError:
    at = f"{where}, line {line}" if line else where
    return KnowledgeBaseError(f"{at}: {message} (format: docs/actors.md).")


def _load_yaml(kb: KnowledgeBase, where: str, text: str) -> None:
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        raise _fail(where, *yaml_problem(exc)) from exc
    if data is None:
        return
    if not isinstance(data, dict):
        raise _fail(where, 1, "expected a mapping with keys such as 'countries', "
                              "'organizations', 'sectors', 'officials'")
    unknown = sorted(k for k in data if not str(k).startswith("__") and k not in _TOP_KEYS)
    if unknown:
        raise _fail(where, data["__line__"], f"unknown section {unknown[0]!r}; known sections "
                                             f"are {', '.join(sorted(_TOP_KEYS))}")
    kb.versions[where] = str(data.get("version", ""))
    line = data["__line__"]
    for code, entry in _items(data.get("countries")):
        _load_country(kb, where, code, entry, line)
    for entry in data.get("organizations") or ():
        _load_org(kb, where, entry, line)
    for entry in data.get("communities") or ():
        _load_org(kb, where, entry, line, community=True)
    for entry in data.get("state_groups") or ():
        _load_state_group(kb, where, entry, line)
    for phrase in _strings(where, line, data.get("group_references"), "group_references"):
        kb.add_ref(phrase, "group", "GOV")
    weak = set(_strings(where, line, data.get("weak"), "weak"))
    for sector, words in _items(data.get("sectors")):
        _check_code(where, line, sector, "sector")
        for w in _strings(where, line, words, f"sectors.{sector}"):
            kb.add_sector(w, sector, weak=w in weak)
    for w in weak:  # weak words listed without a sector keep theirs
        lex = kb.phrases.get(tuple(norm(t) for t in kb.tokens(w)))
        if lex is not None and lex.sector:
            lex.weak = True
    for w in _strings(where, line, data.get("heads"), "heads"):
        kb._slot(kb.tokens(w)).head = True
    for sector, words in _items(data.get("titles")):
        _check_code(where, line, sector, "sector")
        for w in _strings(where, line, words, f"titles.{sector}"):
            kb.add_title(w, sector)
    kb.title_prefixes.update(norm(w) for w in _strings(where, line, data.get("title_prefixes"),
                                                       "title_prefixes"))
    kb.modifiers.update(norm(w) for w in _strings(where, line, data.get("modifiers"), "modifiers"))
    for kind, refs in _items(data.get("references")):
        if kind not in ("pair", "country"):
            raise _fail(where, line, f"references: unknown kind {kind!r}; use 'pair' or 'country'")
        for phrase, sector in _items(refs):
            if sector is not None:
                _check_code(where, line, sector, "sector")
            kb.add_ref(phrase, kind, sector)
    for code, entry in _items(data.get("successions")):
        code = _check_code(where, line, code, "successions")
        if not isinstance(entry, dict) or "from" not in entry or "before" not in entry:
            raise _fail(where, line, f"successions.{code}: expected {{from: YYYY-MM-DD, "
                                     f"before: CODE}}")
        since = _date(where, line, entry["from"], f"successions.{code}.from")
        earlier = _check_code(where, line, entry["before"], f"successions.{code}.before")
        kb.successions[code] = [(since, earlier)]
    for row in data.get("officials") or ():
        if not isinstance(row, dict):
            raise _fail(where, line, "each official must be a mapping with name, country, ...")
        _load_person(kb, where, row.get("__line__"), {k: row.get(k) for k in _PERSON_COLUMNS})


def _items(value):
    if not value:
        return []
    return [(k, v) for k, v in value.items() if not str(k).startswith("__")]


def _strings(where, line, value, what) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(where, line, f"{what} must be a list of strings")
    return value


def _check_code(where, line, value, what) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _CODE.match(value):
        raise _fail(where, line, f"{what} {value!r} is not a three-letter upper-case code")
    return value


def _date(where, line, value, what) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise _fail(where, line, f"{what} {value!r} is not a date; write YYYY-MM-DD") from None


def _load_country(kb, where, code, entry, line) -> None:
    line = entry.get("__line__", line) if isinstance(entry, dict) else line
    _check_code(where, line, code, "country code")
    if not isinstance(entry, dict):
        raise _fail(where, line, f"country {code}: expected a mapping with names, demonyms, seats")
    names = _strings(where, line, entry.get("names"), f"{code}.names")
    display = entry.get("name") or (names[0] if names else kb.countries.get(code))
    if not display:
        raise _fail(where, line, f"country {code} is not an ISO code known to pycountry; "
                                 f"give it a 'name'")
    kb.countries[code] = display
    country = Entity("country", code, None, display)
    for alias in names + ([entry["name"]] if entry.get("name") else []):
        kb.add_entity(alias, country)
    demonym = Entity("demonym", code, None, display)
    demonyms = _strings(where, line, entry.get("demonyms"), f"{code}.demonyms")
    for alias in demonyms:
        kb.add_entity(alias, demonym)
        if alias.endswith(("an", "i")) and alias + "s" not in demonyms:
            kb.add_entity(alias + "s", demonym)  # "Albanian" -> "Albanians"
    for seat in _strings(where, line, entry.get("seats"), f"{code}.seats"):
        alias, _, sector = seat.partition("=")
        sector = _check_code(where, line, sector.strip() or "GOV", f"{code}.seats sector")
        kb.add_entity(alias.strip(), Entity("seat", code, sector, display))


def _load_org(kb, where, entry, line, community: bool = False) -> None:
    if not isinstance(entry, dict):
        raise _fail(where, line, "each organization must be a mapping with name, code, aliases")
    line = entry.get("__line__", line)
    code = _check_code(where, line, entry.get("code"), "code")
    sector = _check_code(where, line, entry.get("sector"), "sector")
    aliases = _strings(where, line, entry.get("aliases"), "aliases")
    name = entry.get("name")
    if name is None and not aliases:
        raise _fail(where, line, "an organization needs a name or aliases")
    terms = []
    for period in entry.get("periods") or ():
        if not isinstance(period, dict):
            raise _fail(where, line, "periods must be mappings with from/until, code, sector")
        terms.append(Term(_date(where, line, period.get("from"), "from"),
                          _date(where, line, period.get("until"), "until"),
                          _check_code(where, line, period.get("code"), "code") or code,
                          _check_code(where, line, period.get("sector"), "sector")))
    # "until" is inclusive in the data file; Term.end is exclusive
    terms = [replace(t, end=t.end + dt.timedelta(days=1)) if t.end else t for t in terms]
    entity = Entity("org", code, sector, name, org=entry.get("org"),
                    wikidata=entry.get("wikidata"), terms=tuple(terms), community=community)
    for alias in ([name] if name else []) + aliases:
        kb.add_entity(str(alias), entity)


def _load_state_group(kb, where, entry, line) -> None:
    if not isinstance(entry, dict):
        raise _fail(where, line, "each state group must be a mapping with name, members, aliases")
    line = entry.get("__line__", line)
    members = [_check_code(where, line, m, "members") for m in entry.get("members") or ()]
    if len(members) < 2 or any(m not in kb.countries for m in members):
        raise _fail(where, line, "a state group needs two or more members, each a country "
                                 "code the knowledge base knows (countries.yaml)")
    sector = _check_code(where, line, entry.get("sector", "GOV"), "sector")
    name = entry.get("name")
    for alias in ([name] if name else []) + _strings(where, line, entry.get("aliases"), "aliases"):
        kb.add_state_group(str(alias), tuple(members), sector)


def _load_officials_csv(kb, where, text) -> None:
    lines = text.splitlines()
    body = [(i + 1, ln) for i, ln in enumerate(lines) if ln.strip() and not ln.startswith("#")]
    if not body:
        return
    header_line, header = body[0]
    columns = [c.strip() for c in next(csv.reader([header]))]
    missing = [c for c in ("name", "country") if c not in columns]
    if missing:
        raise _fail(where, header_line, f"missing column {missing[0]!r}; the header must "
                                        f"be {','.join(_PERSON_COLUMNS)}")
    kb.versions[where] = ""
    for number, row in zip((n for n, _ in body[1:]),
                           csv.reader(io.StringIO("\n".join(ln for _, ln in body[1:])))):
        if len(row) != len(columns):
            raise _fail(where, number, f"expected {len(columns)} fields, found {len(row)}")
        _load_person(kb, where, number, dict(zip(columns, (v.strip() for v in row))))


def _load_person(kb, where, line, row) -> None:
    # the first row for a name in a file replaces what earlier files said about that
    # person; further rows in the same file add terms
    seen = kb._seen_in.setdefault(where, set())
    name = row.get("name")
    if not name:
        raise _fail(where, line, "an official needs a name")
    code = _check_code(where, line, row.get("country") or None, "country")
    sector = _check_code(where, line, row.get("sector") or None, "sector")
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = [a.strip() for a in aliases.split("|") if a.strip()]
    term = Term(_date(where, line, row.get("start"), "start"),
                _date(where, line, row.get("end"), "end"), code, sector,
                row.get("role") or None, row.get("org") or None)
    person = Entity("person", code, sector, str(name), wikidata=row.get("wikidata") or None,
                    terms=(term,))
    kb.add_person(person, [str(a) for a in aliases], merge=name in seen)
    seen.add(name)
