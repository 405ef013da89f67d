"""The actor knowledge base: one precompiled phrase dictionary and its lookups.

Split from ``actors.py`` (the per-article resolution); ``actors_kb_files`` fills it from the
data files and the user's (``build_kb``).
"""

from __future__ import annotations

import datetime as dt
import difflib
import unicodedata
from dataclasses import dataclass, field, replace

from .grounding import default_gazetteer
from .records import Actor

#: see ``KnowledgeBase.place``: a town smaller than this abroad needs its state named
SMALL_ABROAD = 500_000
#: entity kinds that stand for a state (as opposed to an organisation or a person)
COUNTRY_KINDS = frozenset({"country", "demonym", "seat", "place"})
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
    #: an ethnic or religious community ("Rohingya", "Christians"): its people live in many
    #: states, so with no state of its own written it takes the story's (``setting``)
    community: bool = False

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
    #: ("pair"|"country", sector, states_only), ("group", sector, False) for "the world
    #: powers", or ("states", sector, member codes) for a named group of states
    ref: tuple | None = None
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
        """``person_by_surname`` for a surname written with a slip ("Kovalenkko" for a listed
        Kovalenko): the one listed surname within a small edit (same first letter, 5+ letters)."""
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

    def add_state_group(self, phrase: str, members: tuple[str, ...], sector: str | None) -> None:
        """A named group of states ("the P5+1"): a mention is one actor per member."""
        self._slot(self.tokens(phrase)).ref = ("states", sector, members)

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
