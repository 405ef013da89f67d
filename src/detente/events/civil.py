"""Acts of everyday government, sport, courts and crime told in the words of conflict.

- a ban or a curb whose own clause gives a motive of health, husbandry or prices ("imposed
  a ban on fishing to protect breeding", "halted poultry imports from countries hit by bird
  flu", "restricted exports to curb inflation"), or a curb on travel in a story of an
  epidemic ("tightened restrictions on travel from India" amid covid): a regulation, no
  coercion of a party (a ban whose motive is a party's act, "banned imports in retaliation
  for ...", has no such word and stays);
- a game won ("Uzbekistan beat Qatar 5-1", "vowed to beat Iran" in a match report): a verb
  of winning with a score beside it, or in an article told in the words of sport, is a
  contest, not force;
- an offence named as what a trial is for ("his trial for assaulting a protester", "stood
  trial over the killing of a reporter"): the court hears a charge; the act was told
  before, and a conviction or a charge is read by rules of its own;
- harm done in a robbery ("shot dead by gunmen during a robbery attempt", "robbers opened
  fire on the shopkeeper"): crime without a political side, unless an armed or police force
  is named in the act's clause;
- a threat named as what someone is ("declared him a threat to national security", "Iran
  is a threat to the region", "seen as a threat"): a label, no threat made.

Word lists live in ``data/lexicon/cautions.yaml``.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import docview, knowledge, tree
from .lexicon import category_set
from .triggers import lem

_FILE = "lexicon/cautions.yaml"
#: Categories a regulation's ban or curb is read as.
REGULATED = category_set("regulated_categories", _FILE)
#: "bird flu", "breeding", "inflation": motives that make a ban a regulation.
MOTIVES = knowledge.words(_FILE, "regulatory_motives")
#: "travel", "flight", "border": what a curb of an epidemic closes.
TRAVEL = knowledge.words(_FILE, "travel_words")
#: "covid", "pandemic", "quarantine": words of an epidemic, and how many mentions make an
#: article a story of one.
EPIDEMIC = knowledge.words(_FILE, "epidemic_words")
_EPIDEMIC_TOLD = 3
#: Categories a win in sport is misread as (a threat holds the win it vows).
CONTESTED = category_set("contested_categories", _FILE)
#: "beat", "defeat", "thrash": verbs of winning a game.
WINNING = knowledge.words(_FILE, "winning_verbs")
#: "clash", "attack", "shot": words of force that sport borrows.
CONTEST = knowledge.words(_FILE, "contest_words")
#: "match", "qualifier", "goalkeeper": words of sport; an article with several is a report
#: of games.
SPORT = knowledge.words(_FILE, "sport_words")
#: How many distinct words of sport make an article a report of games.
_SPORTY = 3
#: "5-1", "2 - 0": a score.
_SCORE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$")
_DASHES = frozenset({"-", "\u2013"})
#: Proceedings a charge is heard in (shared with nonevents' filings) and their prepositions.
PROCEEDINGS = knowledge.words(_FILE, "proceeding_nouns")
OFFENCE_PREPS = knowledge.words(_FILE, "offence_preps")
#: "robbery", "robber", "dacoit": words of a robbery.
ROBBERY = knowledge.words(_FILE, "robbery_words")
#: "gunman", "bandit": doers whose harm, in an article of a robbery, is the robbery's.
ROBBER_DOERS = knowledge.words(_FILE, "robber_doers")
#: How many mentions of a robbery make an article the report of one.
_ROBBERY_TOLD = 2
#: "police", "soldier", "militant": a side of force whose harm is no mere crime.
FORCES = knowledge.words(_FILE, "armed_doers")
#: Links by which a noun names what its subject or object is ("is a threat", "declared him
#: a threat"), and the preposition of "seen as a threat".
_LABEL_DEPS = frozenset({"attr", "oprd"})
_AS = "as"
#: "declare", "deem": verbs that name what their object is, besides the characterizing ones.
DECLARING = knowledge.words(_FILE, "declaring_verbs")
#: Links of another clause, whose words are not the act's own.
_OTHER_CLAUSES = frozenset({"conj", "ccomp", "parataxis"})
#: How many steps up a trigger its offence's preposition is looked for.
_OFFENCE_REACH = 3


def civil(cand, lex) -> bool:
    """The candidate tells regulation, sport, a trial's charge or a robbery (module doc)."""
    if not lex.is_material_conflict(cand.event) and cand.event not in CONTESTED and (
            cand.content is None or cand.content.event not in CONTESTED):
        return False  # "vowed to beat Iran": a promise of a win holds the contest
    return _regulation(cand) or _sport(cand) or _tried(cand) or _robbery(cand) or \
        _label(cand, lex)


def _clause_words(root) -> set:
    """Lemmas and word forms of ``root``'s phrase, without the other clauses hung on it: a
    participle clause tells another act ("fired tear gas ..., arresting dozens for defying a
    ban during the pandemic"), a to-infinitive its motive ("banned fishing to protect
    breeding") stays."""
    out = set()
    for child in [root] + [c for c in root.children if c.dep_ not in _OTHER_CLAUSES and not (
            c.dep_ == "advcl" and c.tag_ == "VBG" and not tree.to_infinitive(c))]:
        for t in child.subtree if child.i != root.i else (root,):
            out.add(lem(t))
            out.add(t.lower_)
    return out


def _regulation(cand) -> bool:
    if cand.event not in REGULATED:
        return False
    roots = [cand.head] + [t for t in (cand.noun, cand.predicate) if t is not None]
    words = set().union(*(_clause_words(r) for r in roots))
    if words & MOTIVES:
        return True
    # "Italy tightened restrictions on travel from India" in a story of an epidemic
    return bool(words & TRAVEL) and _epidemic(cand.head.doc)


def _lemmas(doc) -> Counter:
    """How often each lemma occurs in the article, counted once per document."""
    return docview.memo(doc, "civil.lemmas", lambda: Counter(lem(t) for t in docview.tokens(doc)))


def _epidemic(doc) -> bool:
    """The article is told in the words of an epidemic (several mentions)."""
    counts = _lemmas(doc)
    return sum(counts[w] for w in EPIDEMIC) >= _EPIDEMIC_TOLD


def _sport(cand) -> bool:
    if cand.event not in CONTESTED and (
            cand.content is None or cand.content.event not in CONTESTED):
        return False
    heads = [cand.head] + ([cand.content.head] if cand.content is not None else [])
    words = [t for h in heads for t in [h] + list(cand.words)]
    if not any(lem(t) in CONTEST for t in words):
        return False
    if any(_scored(t) for v in heads if lem(v) in WINNING for t in v.subtree):
        return True
    return _sporty(cand.head.doc)


def _sporty(doc) -> bool:
    """The article is told in the words of sport (several distinct ones)."""
    counts = _lemmas(doc)
    return sum(1 for w in SPORT if counts[w]) >= _SPORTY


def _scored(tok) -> bool:
    """"5-1" as one token, or as three ("5", "-", "1")."""
    if _SCORE.match(tok.text):
        return True
    doc = tok.doc
    return tok.like_num and tok.i + 2 < len(doc) and doc[tok.i + 1].text in _DASHES and \
        doc[tok.i + 2].like_num


def _tried(cand) -> bool:
    if cand.event != "ASSAULT":
        return False
    start = cand.noun if cand.kind == "noun" and cand.noun is not None else cand.head
    for child, head in tree.steps_up(start, limit=_OFFENCE_REACH):
        if child.dep_ not in ("pcomp", "pobj", "prep"):
            return False
        if head.dep_ == "prep" and head.lower_ in OFFENCE_PREPS:
            owner = head.head
            return lem(owner) in PROCEEDINGS or any(
                c.dep_ == "dobj" and lem(c) in PROCEEDINGS for c in owner.children)
    return False


def _robbery(cand) -> bool:
    if cand.event != "ASSAULT" or not tree.is_verb(cand.head):
        return False
    words = _clause_words(cand.head)
    if words & FORCES:
        return False
    if words & ROBBERY:
        return True
    doers = [t for t in cand.head.children if t.dep_ in ("nsubj", "agent")]
    doers += [g for t in doers if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"]
    return any(lem(t) in ROBBER_DOERS for t in doers) and \
        sum(_lemmas(cand.head.doc)[w] for w in ROBBERY) >= _ROBBERY_TOLD


def _label(cand, lex) -> bool:
    if cand.event != "THREATEN" or cand.noun is None:
        return False
    noun = cand.anchor or cand.noun
    if noun.dep_ == "dobj" and (lem(noun.head) in lex.characterizing or lem(
            noun.head) in DECLARING) and any(c.dep_ == "dative" for c in noun.head.children):
        return True  # "declared him a threat", "branded the reporter a threat to the state"
    return noun.dep_ in _LABEL_DEPS or (
        noun.dep_ == "pobj" and noun.head.lower_ == _AS and noun.head.dep_ == "prep")
