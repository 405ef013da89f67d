"""A casualty toll with no named attacker is part of the attack already told.

A story tells its attack once with its doers ("Troops shelled rebel positions near the town on
Monday") and then counts its dead and wounded in sentences of their own, with no doer:
"Hospital officials said 12 people were killed", "nine soldiers died in the fighting",
"the shelling has wounded many civilians". Coded alone, each toll is an ASSAULT with no
actor: a second attack nobody made. ``retellings`` folds such a toll into a telling that is
the same event (``restated.casualties_of``: the next sentence; ``one_attack``: unnamed
assailants); this module folds the tolls those rules leave, into the latest attack told
before them:

- the toll is an ASSAULT told as having happened now (asserted), with no doer named (none,
  or only the place standing in for one) and no date of its own but one the attack agrees
  with;
- it is not told as a new incident: no "a"/"an"/"another" on the event noun it is told in
  or on the thing that did the harm ("were wounded in a fight", "a roadside bomb killed
  three": ``new_event_determiners``), and no word sets it apart ("in a separate attack",
  "later", "earlier": ``one_attack``);
- the attack is an asserted ASSAULT with coded doers, at most ``REACH`` sentences before,
  in no other mode, on a date and at a place that agree (the caller's ``agree``);
- or the act is one the toll's own clause of time names, in the same sentence, of a
  category that harms (``toll_causes``: "200 people were injured when police fired tear
  gas": the police's act did the harm);
- the dead are not the attackers' own side ("Militants attacked the base. Sixteen militants
  were killed": the answer to the attack), unless the toll names the attack as known ("were
  killed in the clashes": both sides' dead in one fight).

The attack keeps its own parties; it takes the toll's victims only when it names none and
they are not its doers' side, and lists the toll among its retellings (``extra["retold"]``).
"""

from __future__ import annotations

from typing import Callable

from . import one_attack
from .extract import Draft
from .lexicon import category_set, events_words

#: "a", "an", "another": an event noun or a weapon told for the first time (events.yaml).
NEW = events_words("new_event_determiners")
#: Acts whose harm a toll counts when its clause of time names them (ontology.yaml).
CAUSES = category_set("toll_causes")
#: How a clause of time hangs on the harm verb ("were injured when police fired").
_TIME_CLAUSE = "advcl"
#: How many sentences before the toll its attack may be told.
REACH = one_attack.REACH
#: Links from the harm verb to the thing that did the harm or the event it happened in.
_CAUSE_DEPS = frozenset({"nsubj", "agent", "prep"})


def is_toll(d: Draft) -> bool:
    """An ASSAULT told now with no doer named (none, or only its place standing in)."""
    return d.event == "ASSAULT" and d.modality == "asserted" and (
        not d.actor or bool(d.extra.get("placed"))) and not _new_incident(d) \
        and not one_attack.told_apart(d)


def _new_incident(d: Draft) -> bool:
    """The toll tells an incident of its own: its event noun, or the event or thing its verb
    was done in or by, is new ("in a fight", "an attack killed", "a bomb killed")."""
    noun = d.cand.anchor or d.cand.noun
    if noun is not None and _new(noun):
        return True  # "an attack killed three", "launched an attack"
    head = d.cand.head
    for c in head.children:
        if c.dep_ not in _CAUSE_DEPS:
            continue
        objs = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ in ("prep", "agent") \
            else [c]
        if any(_new(o) for o in objs):
            return True
    return False


def _new(tok) -> bool:
    return any(c.dep_ == "det" and c.lower_ in NEW for c in tok.children)


def fold_tolls(drafts: list[Draft], agree: Callable[[Draft, Draft], bool],
               names_attack: Callable[[Draft], bool]) -> list[Draft]:
    """``drafts`` (text order) with each toll folded into its attack (module docstring).
    ``agree(attack, toll)``: their dates and places do not conflict; ``names_attack(toll)``:
    the toll names the attack as known ("killed in the attack")."""
    out: list[Draft] = []
    for d in drafts:
        host = (_cause_of(d, drafts) or _attack_of(d, out, agree, names_attack)) \
            if is_toll(d) else None
        if host is None:
            out.append(d)
            continue
        if not host.recipient and not _own_side(host, d):
            host.recipient = d.recipient
        host.extra["retold"] = list(host.extra.get("retold", ())) + [d]
    return out


def _attack_of(toll: Draft, before: list[Draft], agree, names_attack) -> Draft | None:
    """The latest attack told before ``toll`` that it counts the harm of, else None."""
    at = toll.extra.get("sent_index", 0)
    for d in reversed(before):
        if at - d.extra.get("sent_index", 0) > REACH:
            return None
        if d.event != "ASSAULT" or d.modality != "asserted" or not one_attack.doer_codes(d):
            continue
        if d.mode and toll.mode and d.mode != toll.mode:
            continue
        if not agree(d, toll):
            continue
        if _own_side(d, toll) and not names_attack(toll):
            return None  # the attackers' dead: the answer to the attack, another act
        return d
    return None


def _cause_of(toll: Draft, drafts: list[Draft]) -> Draft | None:
    """The act with coded doers told in the toll's own clause of time ("were injured when
    police fired tear gas"), if it is of a category that harms."""
    head = toll.cand.head
    clauses = {c.i for c in head.children if c.dep_ == _TIME_CLAUSE}
    for d in drafts if clauses else ():
        if d.cand.head.i in clauses and d.event in CAUSES and d.modality == "asserted" \
                and one_attack.doer_codes(d) and not _own_side(d, toll):
            return d
    return None


def _own_side(attack: Draft, toll: Draft) -> bool:
    """The toll's victims are of the attackers' side (by sector)."""
    return one_attack.own_side_hit(attack, toll)
