"""The trigger lexicon and ontology, loaded once from ``detente/data`` and indexed for lookup.

Everything the event stage knows about words lives in ``data/triggers.yaml``,
``data/lexicon/events.yaml`` (function words read around a trigger) and ``data/ontology.yaml``
(categories, and the groupings of categories that rules act on); this module turns those files
into dictionaries and frozen sets so that looking a token up is a couple of dict hits (the
stage must stay close to bare spaCy speed).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Iterable

import yaml

from .. import knowledge
from ..errors import KnowledgeBaseError


@dataclass(frozen=True)
class Sense:
    """One reading of an ambiguous trigger: chosen when one of ``cues`` is near the trigger."""

    cues: frozenset[str]
    event: str | None
    mode: str | None
    #: words that choose this reading only as the act's object ("captured the town" is
    #: territory, "rebels captured ..." says nothing); "ent:gpe" stands for a named place,
    #: "*" for any object
    objects: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Entry:
    """What a trigger word means: category and mode (mode None: pick it from cue words)."""

    event: str
    mode: str | None
    weak: bool = False


@dataclass
class Lexicon:
    version: str
    ontology_version: str
    categories: dict[str, dict]
    contexts: tuple[str, ...]
    verbs: dict[str, Entry]
    nouns: dict[str, Entry]
    light_verbs: frozenset[str]
    phrases: dict[str, tuple[str | None, str | None]]
    senses: dict[str, tuple[Sense, ...]]
    mode_cues: dict[str, list[tuple[str, frozenset[str]]]]
    threat_modes: dict[str, dict[str, str]]
    content_modes: dict[str, str]
    reporting: frozenset[str]
    content: frozenset[str]
    intent: frozenset[str]
    refusal: frozenset[str]
    containers: frozenset[str]
    recipient_preps: dict[str, frozenset[str]]
    of_is_agent: frozenset[str]
    context_cues: list[tuple[str, frozenset[str]]]
    modality: dict[str, frozenset[str]]
    strict_future_to_agree: frozenset[str]
    multiword_nouns: dict[str, dict[str, Entry]] = field(default_factory=dict)
    agent_nouns: frozenset[str] = frozenset()
    lemma_fixes: dict[str, str] = field(default_factory=dict)
    #: every word that can start a trigger key: tokens outside it are skipped at once
    first_words: frozenset[str] = frozenset()
    adjectives: dict[str, Entry] = field(default_factory=dict)
    threat_intent: frozenset[str] = frozenset()
    needs_complement: frozenset[str] = frozenset()
    poss_is_patient: frozenset[str] = frozenset()
    control_requests: frozenset[str] = frozenset()
    commanding: frozenset[str] = frozenset()
    characterizing: frozenset[str] = frozenset()
    #: adjectives that carry an event only with an act after their preposition ("open to")
    act_adjectives: frozenset[str] = frozenset()
    condemnatory: frozenset[str] = frozenset()
    falsity: frozenset[str] = frozenset()
    #: praise in a characterization ("called the deal a historic step"): SUPPORT
    laudatory: frozenset[str] = frozenset()
    claim_nouns: frozenset[str] = frozenset()
    commentators: frozenset[str] = frozenset()
    warning_verbs: frozenset[str] = frozenset()
    needs_content: frozenset[str] = frozenset()
    #: forces of nature, accidents and illness: a harm they cause has no political doer
    not_agents: frozenset[str] = frozenset()
    #: animals: killing them is no political violence
    not_victims: frozenset[str] = frozenset()
    #: counts whose "of" phrase names what is counted ("hundreds of pigs")
    count_nouns: frozenset[str] = frozenset()
    #: verbs whose subject thwarted the act ("police defused a bomb")
    foiled_by_subject: frozenset[str] = frozenset()
    #: verb keys whose "from" phrase reacts to their subject ("met with opposition from X")
    reactions_from: frozenset[str] = frozenset()
    #: words whose object or "on/about" phrase is a topic, not an act ("discussed lifting")
    topic: frozenset[str] = frozenset()
    #: promises that are AGREE only with an act promised or someone promised to
    promise_verbs: frozenset[str] = frozenset()

    def lemma(self, tok) -> str:
        """The token's lemma, lower-cased, with known lemmatizer slips corrected."""
        return self.lemma_fixes.get(tok.lower_) or tok.lemma_.lower()

    def mode_from_cues(self, event: str, words: Iterable[str]) -> str | None:
        """First mode of ``event`` whose cue words meet ``words`` (a set of lemmas/words)."""
        words = set(words)
        for mode, cues in self.mode_cues.get(event, ()):
            if cues & words:
                return mode
        return None

    def threat_mode(self, event: str, mode: str | None) -> str | None:
        table = self.threat_modes.get(event)
        if table is None:
            return None
        return table.get(mode or "_", table.get("_"))

    def content_mode(self, event: str) -> str:
        return self.content_modes.get(event, self.content_modes["_"])

    def quad(self, event: str) -> str:
        return self.categories[event]["quad"]

    def is_conflict(self, event: str) -> bool:
        return self.quad(event).endswith("conflict")

    def is_material_conflict(self, event: str) -> bool:
        return self.quad(event) == "material_conflict"


def _words(items: Iterable) -> frozenset[str]:
    return frozenset(str(i).lower() for i in items or ())


def _entries(table: dict, weak: frozenset[str]) -> tuple[dict[str, Entry], dict[str, dict]]:
    single: dict[str, Entry] = {}
    multi: dict[str, dict[str, Entry]] = {}
    for event, modes in table.items():
        for mode, words in modes.items():
            for w in words:
                w = str(w).lower()
                entry = Entry(event, None if mode == "_" else mode, w in weak)
                single.setdefault(w, entry)
                if " " in w:  # index multiword nouns by their last word (the head)
                    multi.setdefault(w.split()[-1], {})[w] = entry
    return single, multi


_BASE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser is 10x faster


class _UniqueKeyLoader(_BASE_LOADER):  # type: ignore[misc, valid-type]
    """YAML keeps the last of two equal keys without a word: a second ``senses`` entry for
    the same trigger silently replaced the first. This loader refuses them instead."""


class _DuplicateKey(Exception):
    """Raised inside the YAML parser; ``_read`` names the file."""


def _unique_mapping(loader, node, deep=False):
    seen: dict = {}
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise _DuplicateKey(
                f"{key_node.start_mark.line + 1}: the key {key!r} is given "
                f"twice (first at line {seen[key]}); YAML would keep only the last one. "
                "Merge the two entries into one.")
        seen[key] = key_node.start_mark.line + 1
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
                                 _unique_mapping)


def _read(name: str) -> dict:
    # triggers.yaml keeps this reader: its phrases use null as "no category" (drop the
    # trigger), which detente.knowledge refuses in lists; the boolean check below still runs.
    with resources.files("detente.data").joinpath(name).open(encoding="utf-8") as fh:
        return parse_yaml(fh, name)


def parse_yaml(stream, name: str):
    """A data file's content, refusing repeated keys and booleans in word lists."""
    try:
        data = yaml.load(stream, Loader=_UniqueKeyLoader)
    except _DuplicateKey as dup:
        raise KnowledgeBaseError(f"detente/data/{name}:{dup}") from None
    _no_booleans_in_lists(data, name)
    return data


def _no_booleans_in_lists(data, name: str, path: str = "") -> None:
    """YAML 1.1 reads unquoted on/off/yes/no as booleans: a word list holding True lost a word."""
    stack = [(data, path)]
    while stack:
        node, where = stack.pop()
        if isinstance(node, dict):
            stack.extend((v, f"{where}/{k}") for k, v in node.items())
        elif isinstance(node, list):
            for v in node:
                if isinstance(v, bool):
                    raise KnowledgeBaseError(
                        f"{name}: the list at {where or '/'} holds the boolean {v}; YAML reads "
                        f"unquoted on/off/yes/no that way. Quote the word (\"on\", \"no\").")
                stack.append((v, where))


@knowledge.build_once(maxsize=1)
def load_lexicon() -> Lexicon:
    """The packaged lexicon (cached: loaded once per process)."""
    onto = knowledge.load("ontology.yaml")
    trig = _read("triggers.yaml")
    verbs, _ = _entries(trig["verbs"], _words(trig.get("weak_verbs")))
    adjectives = {str(w).lower(): Entry(ev, None) for ev, words in
                  (trig.get("adjectives") or {}).items() for w in words}
    nouns, multi = _entries(trig["nouns"], _words(trig.get("weak_nouns")))
    senses = {
        str(k).lower(): tuple(Sense(_words(r.get("cues")), r.get("event"), r.get("mode"),
                                    _words(r.get("objects")))
                              for r in rules)
        for k, rules in {**trig.get("senses", {}), **trig.get("crowd_senses", {})}.items()
    }
    mode_cues = {ev: [(m, _words(c)) for m, c in modes.items()]
                 for ev, modes in trig.get("mode_cues", {}).items()}
    threat = {}
    for ev, val in trig.get("threat_modes", {}).items():
        threat[ev] = {"_": val} if isinstance(val, str) else dict(val)
    preps = {k: _words(v) for k, v in trig.get("recipient_preps", {}).items()}
    emb = trig.get("embedding", {})
    return Lexicon(
        version=str(trig["version"]),
        ontology_version=str(onto["version"]),
        categories=onto["categories"],
        contexts=tuple(onto["contexts"]),
        verbs=verbs,
        nouns=nouns,
        light_verbs=_words(trig.get("light_verbs")),
        phrases={str(k).lower(): (v[0], v[1]) for k, v in {
            **trig.get("phrases", {}), **trig.get("measure_phrases", {})}.items()},
        senses=senses,
        mode_cues=mode_cues,
        threat_modes=threat,
        content_modes=dict(trig.get("content_modes", {"_": "change"})),
        reporting=_words(trig.get("reporting_verbs")),
        content=_words(emb.get("content")),
        intent=_words(emb.get("intent")),
        refusal=_words(emb.get("refusal")),
        containers=_words(trig.get("containers")),
        recipient_preps=preps,
        of_is_agent=_words(trig.get("of_is_agent")),
        context_cues=[(c, _words(w)) for c, w in trig.get("context_cues", {}).items()],
        modality={k: _words(v) for k, v in trig.get("modality", {}).items()},
        strict_future_to_agree=frozenset(c.lower() for c in category_set("strict_future_to_agree")),
        multiword_nouns=multi,
        agent_nouns=_words(trig.get("agent_nouns")),
        lemma_fixes={str(k).lower(): str(v).lower()
                     for k, v in (trig.get("lemma_fixes") or {}).items()},
        first_words=frozenset(
            k.split()[0] for table in (verbs, nouns, senses, {str(p).lower(): 1 for p in
                                                             [*trig.get("phrases", {}),
                                                              *trig.get("measure_phrases", {})]})
            for k in table) | frozenset(multi) | frozenset(adjectives),
        adjectives=adjectives,
        threat_intent=_words(emb.get("threat_intent")),
        needs_complement=_words(trig.get("needs_complement")),
        poss_is_patient=_words(trig.get("poss_is_patient")),
        control_requests=_words(trig.get("control_requests")),
        act_adjectives=_words(trig.get("act_adjectives")),
        commanding=_words(trig.get("commanding")),
        characterizing=_words(trig.get("characterizing_verbs")),
        condemnatory=_words(trig.get("condemnatory_words")),
        falsity=_words(trig.get("falsity_words")),
        laudatory=_words(trig.get("laudatory_words")),
        claim_nouns=_words(trig.get("claim_nouns")),
        commentators=_words(trig.get("commentators")),
        warning_verbs=_words(trig.get("warning_verbs")),
        needs_content=_words(trig.get("needs_content_nouns")),
        not_agents=_words(trig.get("not_agents")),
        not_victims=_words(trig.get("not_victims")),
        count_nouns=_words(trig.get("count_nouns")),
        foiled_by_subject=_words(trig.get("foiled_by_subject")),
        reactions_from=_words(trig.get("reactions_from")),
        topic=_words(emb.get("topic")),
        promise_verbs=_words(emb.get("promise")),
    )


@functools.lru_cache(maxsize=None)
def category_set(key: str, source: str = "ontology.yaml") -> frozenset[str]:
    """A named grouping of PLOVER categories (from ``data/ontology.yaml``, or the data file
    ``source`` of the stage that reads it), checked against the ontology on load."""
    names = knowledge.ordered(source, key)
    known = knowledge.load("ontology.yaml")["categories"]
    unknown = [str(n) for n in names if n not in known]
    if unknown:
        line = knowledge.load(source).line_of(key)
        raise KnowledgeBaseError(
            f"detente/data/{source}:{line}: {key!r} lists {', '.join(unknown)}, which "
            "is not a category of the ontology; use the category names under 'categories'")
    return frozenset(names)


#: Entity types that name a party (a person, a people, a body, a state).
PARTY_ENTS = frozenset({"GPE", "NORP", "ORG", "PERSON"})


def events_words(key: str) -> frozenset[str]:
    """A word list of ``data/lexicon/events.yaml`` (function words the events stage reads)."""
    return knowledge.words("lexicon/events.yaml", key)


#: Verbs of being ("be", "remain", "become"): read by candidates, cautions, modality, extract.
COPULAS = events_words("copulas")


#: Marks that open a clause of condition ("if", "unless").
CONDITION_MARKS = knowledge.words("lexicon/cautions.yaml", "condition_marks")


def conditioned(clause) -> bool:
    """Whether a mark of condition opens the clause ``clause`` heads ("if Turkey is
    sanctioned", "unless it withdraws")."""
    return any(c.dep_ == "mark" and c.lower_ in CONDITION_MARKS for c in clause.children)


def particle_keys(verb, lemma: str, deps: tuple[str, ...] = ("prt",)) -> list[str]:
    """The keys under which the word lists hold ``verb`` as a phrasal verb: "<lemma>
    <particle>" for each child hanging on it by one of ``deps`` ("break out", "send back"),
    in text order. ``lemma`` is the caller's reading of the verb (with or without the
    lexicon's lemmatizer fixes)."""
    return [f"{lemma} {c.lower_}" for c in verb.children if c.dep_ in deps]


def strict_category(event: str, modality: str, lexicon: Lexicon | None = None) -> str | None:
    """Category under strict PLOVER (None when not an assertion); see ontology.yaml."""
    if modality in ("negated", "hypothetical"):
        return None
    lex = lexicon or load_lexicon()
    if modality == "future" and event.lower() in lex.strict_future_to_agree:
        return "AGREE"
    return event
