"""A refusal of a party's wrong is criticism of it: "China firmly opposes U.S. interference
in its affairs", "Iran rejected Israel's aggression against Lebanon". What is opposed is no
proposal or demand that could be accepted (PLOVER REJECT) but a wrong the refuser pins on its
owner, so the refusal is read as ACCUSE. Only a wrong noun (events.yaml's wrong_nouns) with a
named owner counts: "opposes the plan" stays a rejection, "rejects interference" in general
names no one."""

from __future__ import annotations

from . import blame, criticism
from .lexicon import Lexicon
from .triggers import lem

#: Entity types of a word that names a nation or a state ("U.S.", "American").
_NATIONAL = frozenset({"GPE", "NORP"})


def opposed_wrongs(lex: Lexicon, by_token: dict) -> None:
    """Turn the refusals in ``by_token`` whose object is a named party's wrong into
    criticism."""
    for cand in by_token.values():
        if cand.dropped or cand.event != "REJECT" or cand.kind != "verb" \
                or lem(cand.head) not in lex.refusal or blame.unasserted(cand.head):
            continue
        obj = next((c for c in cand.head.children if c.dep_ == "dobj"), None)
        if obj is None or lem(obj) not in blame.WRONGS or _owner(lex, obj) is None:
            continue
        cand.event, cand.mode = "ACCUSE", "disapprove"


def _owner(lex: Lexicon, noun):
    """The named party a wrong noun belongs to: its possessor or "by" phrase, its nation's
    word ("U.S. interference", not "anti-Russian provocations"), or here its "of" phrase
    ("the interference of the embassy"); else None."""
    owner = criticism.judged_owner(lex, noun)
    if owner is not None:
        return owner
    words = [c for c in noun.children if c.dep_ in ("amod", "compound") and c.i < noun.i]
    if not any(c.lower_ in criticism.AGAINST_PREFIXES for c in words):
        owner = next((c for c in words if c.ent_type_ in _NATIONAL and not c.is_punct), None)
    return owner or next((g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                          for g in c.children if g.dep_ == "pobj" and blame.named(lex, g)),
                         None)
