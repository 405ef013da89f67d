"""A refusal of a party's wrong is criticism of it: "China firmly opposes U.S. interference
in its affairs", "Iran rejected Israel's aggression against Lebanon". What is opposed is no
proposal or demand that could be accepted (PLOVER REJECT) but a wrong the refuser pins on its
owner, so the refusal is read as ACCUSE. Only a wrong noun (events.yaml's wrong_nouns) with a
named owner counts: "opposes the plan" stays a rejection, "rejects interference" in general
names no one."""

from __future__ import annotations

from . import blame
from .lexicon import Lexicon
from .triggers import lem

#: How an owner hangs on the wrong: "Israel's aggression", "U.S. interference", "American
#: meddling"; and the prepositions that name it ("interference by/of the embassy").
_OWNER_DEPS = frozenset({"poss", "compound", "amod"})
_OWNER_PREPS = frozenset({"by", "of"})
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
    """The named party a wrong noun belongs to, else None."""
    for c in noun.children:
        if c.dep_ in _OWNER_DEPS and (c.ent_type_ in _NATIONAL or blame.named(lex, c)) \
                and c.pos_ != "PRON":
            return c
        if c.dep_ in ("prep", "agent") and c.lower_ in _OWNER_PREPS:
            obj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if obj is not None and blame.named(lex, obj):
                return obj
    return None
