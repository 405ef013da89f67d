"""The actor knowledge base: data files -> one precompiled phrase dictionary.

Split from ``actors.py`` (the per-article resolution) because loading and validating user
files is its own job. Sources, in order (later ones override earlier ones key by key):
pycountry's country names, then ``data/actors/`` (countries.yaml, organizations.yaml,
sectors.yaml, officials.csv), then the user's files. The format is in docs/actors.md and
in each data file's header.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path

import yaml

from .knowledge import yaml_problem
from .errors import KnowledgeBaseError
from .grounding import default_gazetteer
from .records import Actor

#: see ``KnowledgeBase.place``: a town smaller than this abroad needs its state named
SMALL_ABROAD = 500_000
#: entity kinds that stand for a state (as opposed to an organisation or a person)
COUNTRY_KINDS = frozenset({"country", "demonym", "seat", "place"})
_CODE = re.compile(r"^[A-Z]{3}$")
_PERSON_COLUMNS = ("name", "aliases", "country", "sector", "role", "start", "end", "wikidata",
                   "org")
_TOP_KEYS = {"version", "countries", "organizations", "sectors", "weak", "heads", "titles",
             "title_prefixes", "modifiers", "references", "officials", "successions"}
#: similarity (difflib ratio) above which a word is read as a misspelt KB name
_MISSPELT_CUTOFF = 0.88
#: back-references whose pair is two states, not any two parties
_STATE_PAIRS = ("nation", "countr", "state", "government", "capital", "neighbo", "arm",
                "militar")


def norm(word: str) -> str:
    """The lookup form of a token: lower case, straight apostrophes."""
    return word.lower().replace("’", "'").replace("‘", "'")


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text)
                   if not unicodedata.combining(c))


@dataclass(frozen=True)
class Term:
    """One period with a code and sector: an office held, or a group's changed status."""

    start: dt.date | None
    end: dt.date | None
    code: str | None
    sector: str | None
    role: str | None = None
    org: str | None = None

    def covers(self, date: dt.date | None) -> bool:
        """Whether the period includes ``date``; no date (an undated article) is in none."""
        if date is None:
            return False
        return (self.start is None or self.start <= date) and (self.end is None or date < self.end)


@dataclass(frozen=True)
class Entity:
    """Something a name in the KB denotes: a state, an organisation, a place or a person."""

    kind: str  #: country, demonym, seat, place, org, body, person
    code: str | None
    sector: str | None
    name: str | None
    org: str | None = None
    wikidata: str | None = None
    terms: tuple[Term, ...] = ()  #: date-dependent code/sector (groups) or offices (people)

    def on(self, date: dt.date | None) -> tuple[str | None, str | None]:
        """Code and sector on ``date`` (periods override the defaults; no date: the
        defaults)."""
        for t in self.terms:
            if t.covers(date):
                return t.code or self.code, t.sector
        return self.code, self.sector

    def person_on(self, date: dt.date | None) -> Actor:
        """A person as of ``date``: in office, former (ELI), or not yet in office.

        With no date (an undated article and no reference date) no office is chosen: the
        person, with the country and organisation all their terms agree on, no sector or role.
        """
        if date is None:
            codes = {t.code for t in self.terms}
            orgs = {t.org for t in self.terms}
            return Actor("", codes.pop() if len(codes) == 1 else None, None, self.name, None,
                         self.wikidata, org=orgs.pop() if len(orgs) == 1 else None)
        current = next((t for t in self.terms if t.covers(date)), None)
        if current is not None:
            return Actor("", current.code, current.sector, self.name, current.role,
                         self.wikidata, org=current.org)
        past = [t for t in self.terms if t.end is not None and t.end <= date]
        if past:
            last = max(past, key=lambda t: t.end)
            return Actor("", last.code, "ELI", self.name, f"former {last.role}",
                         self.wikidata, org=last.org)
        first = min(self.terms, key=lambda t: t.start or dt.date.min)
        return Actor("", first.code, None, self.name, None, self.wikidata, org=first.org)


@dataclass
class Lex:
    """Everything one phrase can mean; see ``actors.lookup``."""

    entity: Entity | None = None
    cases: list[tuple[str, ...]] = field(default_factory=list)  #: written forms of the entity
    sector: str | None = None
    weak: bool = False
    title: str | None = None  #: canonical role ("Foreign Minister")
    title_sector: str | None = None
    ref: tuple | None = None  #: ("pair"|"country", sector, states_only)
    head: bool = False  #: a noun that extends a mention without a sector ("allies")

    def checked(self, words: list[str]) -> "Lex | None":
        """This lexeme for text written as ``words``: names need their capitals."""
        if self.entity is None or any(_case_ok(c, words) for c in self.cases):
            return self
        if self.sector is None and self.title is None and self.ref is None and not self.head:
            return None
        return replace(self, entity=None, cases=[])


def _case_ok(alias: tuple[str, ...], words: list[str]) -> bool:
    for a, w in zip(alias, words):
        letters = a.replace(".", "")
        if len(letters) > 1 and letters.isupper():
            if w.upper() != w:
                return False  # "US" never matches the pronoun "us"
        elif a[:1].isupper() and not w[:1].isupper():
            return False
    return True


class KnowledgeBase:
    """Compiled lookups. Build with ``actors.load_kb``; treat as read-only."""

    def __init__(self):
        self.phrases: dict[tuple[str, ...], Lex] = {}
        self.first: dict[str, int] = {}  #: first token -> longest phrase starting with it
        self.countries: dict[str, str] = {}  #: code -> display name
        self.persons: dict[str, Entity] = {}  #: normalised full name -> person
        self.surnames: dict[str, list[Entity]] = {}
        self.given_names: set[str] = set()  #: first words of listed names
        self.title_prefixes: set[str] = set()
        self.modifiers: set[str] = set()
        self.versions: dict[str, str] = {}  #: file name -> its version
        #: code -> [(date, earlier code)]: a place of a state born on that date belonged
        #: to the earlier state before it ("Juba" in 1995 is in Sudan)
        self.successions: dict[str, list[tuple[dt.date, str]]] = {}
        self._gazetteer = None
        self._tokenizer = None
        self._country_words: dict[str, dict[str, Entity]] | None = None  # built on demand
        self._by_first: dict[str, list] | None = None  # first name -> listed full names
        self._surname_pool: dict[str, list[str]] | None = None  # first letter -> surnames
        # The indexes above are built on first use by whichever thread asks first: each is
        # built whole in a local and published by one assignment, so another thread sees
        # None (and builds the same index itself) or the finished one, never a partial one.
        #: folded word -> the country it misspells (or None): difflib is slow and the same
        #: unknown words recur across articles. Each entry is a pure function of the word and
        #: this read-only knowledge, so a racing thread can only write the same value again.
        self._misspelt_memo: dict[str, Entity | None] = {}
        #: while loading only: file -> names of officials that file has already given
        self._seen_in: dict[str, set[str]] = {}

    # -- queries ---------------------------------------------------------------------------

    def state_on(self, code: str | None, date: dt.date | None) -> str | None:
        """The state a country's territory belonged to on ``date`` (see ``successions``);
        with no date, the state the code names."""
        if date is None:
            return code
        for since, earlier in self.successions.get(code, ()):
            if date < since:
                return earlier
        return code

    def country_name(self, code: str | None) -> str | None:
        return self.countries.get(code) if code else None

    def person_by_name(self, text: str, date: dt.date | None) -> Actor | None:
        person = self.persons.get(norm(_fold(text)))
        return person.person_on(date) if person else None

    def person_by_surname(self, surname: str, date: dt.date | None,
                          title: str | None = None) -> Actor | None:
        """Only someone in office on ``date``, and only if nobody else with that name is;
        or, given the title written before the name ("President Obama"), the one person
        with that surname who ever held that title; or, with nobody in office, the only
        person of that surname in the KB. With no date nobody is in office, so only the
        last two apply."""
        key = norm(_fold(surname))
        if key in self.given_names:
            return None  # "Hassan", "Ali", "Kim": also a first name, too ambiguous alone
        people = self.surnames.get(key, ())
        title = title.lower() if title else None
        found = [p for p in people if any(t.covers(date) and (
            not title or (t.role or "").lower().endswith(title)) for t in p.terms)]
        if len(found) == 1:
            return found[0].person_on(date)
        if title:
            found = [p for p in people
                     if any((t.role or "").lower().endswith(title) for t in p.terms)]
            if len(found) == 1:
                return found[0].person_on(date)
        elif not found and len(people) == 1:
            # nobody with that name in office: the one person the KB knows by it, as of
            # the date ("Gorbachev" in 1995 is the former Soviet leader, ELI)
            return people[0].person_on(date)
        return None

    def place(self, text: str, named: frozenset[str] | None = None) -> Entity | None:
        """A place name the KB lacks, via the shared gazetteer (loaded on demand).

        ``named``: the states the article names, if known. They steer the choice among
        homonyms, and a town under ``SMALL_ABROAD`` inhabitants in a state the article never
        names is refused: an unknown island or province of the story's own country ("Bali")
        would otherwise become the lone small town abroad that shares its name."""
        if self._gazetteer is None:
            self._gazetteer = default_gazetteer()
        entry = self._gazetteer.lookup(text, named or frozenset())
        if entry is None or not entry.country:
            return None
        if (named is not None and entry.country not in named and entry.feature == "city"
                and not entry.curated and entry.population < SMALL_ABROAD):
            return None
        return Entity("place", entry.country, None, entry.name)

    def misspelt_country(self, word: str) -> Entity | None:
        """A country, demonym or capital written with a slip ("Phillippines", "Quatar"):
        the one single-word name within a small edit of ``word`` (same first letter)."""
        if self._country_words is None:
            words: dict[str, dict[str, Entity]] = {}
            for key, lex in self.phrases.items():
                ent = lex.entity
                if len(key) == 1 and len(key[0]) >= 5 and ent is not None and ent.kind in (
                        "country", "demonym", "seat"):
                    words.setdefault(key[0][0], {})[key[0]] = ent
            self._country_words = words
        key = norm(_fold(word))
        if len(key) < 5 or not word[:1].isupper():
            return None
        memo = self._misspelt_memo
        if key not in memo:
            pool = self._country_words.get(key[0], {})
            close = difflib.get_close_matches(key, list(pool), n=2, cutoff=_MISSPELT_CUTOFF)
            ok = len(close) == 1 or (close and pool[close[0]].code == pool[close[-1]].code)
            memo[key] = pool[close[0]] if ok else None
        return memo[key]

    def misspelt_person(self, text: str, date: dt.date | None) -> Actor | None:
        """A listed person whose full name differs only by a slip in the surname
        ("Francois Mitterand"): same first name, same number of words, one close match."""
        if self._by_first is None:
            by_first: dict[str, list] = {}
            for key, person in self.persons.items():
                parts = key.split()
                if len(parts) >= 2:
                    by_first.setdefault(parts[0], []).append((parts, person))
            self._by_first = by_first
        parts = norm(_fold(text)).split()
        if len(parts) < 2:
            return None
        found = {id(person): person for known, person in self._by_first.get(parts[0], ())
                 if len(known) == len(parts) and known[:-1] == parts[:-1]
                 and difflib.SequenceMatcher(None, known[-1], parts[-1]).ratio()
                 >= _MISSPELT_CUTOFF}
        return next(iter(found.values())).person_on(date) if len(found) == 1 else None

    def misspelt_surname(self, surname: str, date: dt.date | None,
                         title: str | None = None) -> Actor | None:
        """``person_by_surname`` for a surname written with a slip ("Farmajo"): the one
        listed surname within a small edit (same first letter, 5+ letters)."""
        key = norm(_fold(surname))
        if len(key) < 5 or key in self.given_names or key in self.surnames:
            return None
        if self._surname_pool is None:
            pool: dict[str, list[str]] = {}
            for known in self.surnames:
                if len(known) >= 5:
                    pool.setdefault(known[0], []).append(known)
            self._surname_pool = pool
        close = difflib.get_close_matches(key, self._surname_pool.get(key[0], ()), n=2,
                                          cutoff=_MISSPELT_CUTOFF)
        return self.person_by_surname(close[0], date, title) if len(close) == 1 else None

    # -- building --------------------------------------------------------------------------

    def tokens(self, phrase: str) -> tuple[str, ...]:
        if self._tokenizer is None:
            import spacy

            self._tokenizer = spacy.blank("en").tokenizer
        return tuple(t.text for t in self._tokenizer(phrase.strip()))

    def _slot(self, words: tuple[str, ...]) -> Lex:
        key = tuple(norm(w) for w in words)
        lex = self.phrases.get(key)
        if lex is None:
            lex = self.phrases[key] = Lex()
            self.first[key[0]] = max(self.first.get(key[0], 0), len(key))
        return lex

    def add_entity(self, alias: str, entity: Entity) -> None:
        for form in dict.fromkeys((alias, _fold(alias))):
            words = self.tokens(form)
            if len(words) > 1 and words[0].lower() == "the":
                words = words[1:]  # "the Kremlin" and "Kremlin"
            if not words:
                continue
            lex = self._slot(words)
            if lex.entity is not entity:
                lex.entity, lex.cases = entity, []
            lex.cases.append(words)

    def _word_slots(self, phrase: str) -> list[Lex]:
        # the tokenizer treats "Gen." and "gen." differently: index both spellings
        forms = {phrase, " ".join(w[:1].upper() + w[1:] for w in phrase.split())}
        return list({id(x): x for x in (self._slot(self.tokens(f)) for f in forms)}.values())

    def add_sector(self, phrase: str, sector: str, weak: bool = False) -> None:
        for lex in self._word_slots(phrase):
            lex.sector, lex.weak = sector, weak

    def add_title(self, phrase: str, sector: str) -> None:
        for lex in self._word_slots(phrase):
            lex.title = " ".join("-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                                 for w in phrase.split())
            lex.title_sector = sector

    def add_ref(self, phrase: str, kind: str, sector: str | None) -> None:
        states = kind == "pair" and any(p in phrase for p in _STATE_PAIRS)
        self._slot(self.tokens(phrase)).ref = (kind, sector, states)

    def add_person(self, person: Entity, aliases: list[str], merge: bool = True) -> None:
        """Add one term of office; ``merge=False`` replaces the person's earlier terms."""
        old = self.persons.get(norm(_fold(person.name)))
        if old is not None and merge:
            person = replace(person, terms=old.terms + person.terms,
                             wikidata=person.wikidata or old.wikidata)
        if old is not None:
            for bucket in self.surnames.values():
                bucket[:] = [p for p in bucket if p is not old]
        for alias in [person.name, *aliases]:
            self.persons[norm(_fold(alias))] = person
            if " " in alias.strip():
                self.given_names.add(norm(_fold(alias)).split()[0])
            self.add_entity(alias, person)
            last = norm(_fold(alias)).split()[-1]
            for key in {last, last.split("-")[-1]}:
                bucket = self.surnames.setdefault(key, [])
                if person not in bucket:
                    bucket.append(person)
        # re-point every phrase of the merged person at the merged record
        if old is not None:
            for lex in self.phrases.values():
                if lex.entity is old:
                    lex.entity = person
            for key, p in list(self.persons.items()):
                if p is old:
                    self.persons[key] = person


# --- loading ----------------------------------------------------------------------------

class _LineLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # C parser when available
    """Safe YAML loader that records the line of every mapping under ``__line__``."""


def _mapping_with_line(loader, node, deep=False):
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


def _load_org(kb, where, entry, line) -> None:
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
                    wikidata=entry.get("wikidata"), terms=tuple(terms))
    for alias in ([name] if name else []) + aliases:
        kb.add_entity(str(alias), entity)


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
