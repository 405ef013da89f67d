"""Whom a state's force acts on when it turns on people at home.

"Police fired tear gas at the protesters", "used water cannon to scatter the marchers",
"Hundreds marched in Lusaka. Police beat them back": a repressive act of a state's police,
army or government is aimed at the people it is used on, never at the state itself. Where the
parse gave the act no recipient (or only the doer's own country, guessed from the place), the
recipient is the people the act's clause names (its object, the object of "at"/"against", the
object of its purpose clause), else the crowd of a protest told just before (earlier in the
sentence or in the sentences before it), when the act is used on no thing of its own.
"""

from __future__ import annotations

import dataclasses

from .. import knowledge, tree
from .lexicon import category_set
from .phrases import phrase
from .recipients import is_place

_FILE = "lexicon/counterparts.yaml"

#: Acts that, done by a state's force at home, are used on people.
REPRESSION = category_set("repression_categories", _FILE)
#: Sectors of the doers whose acts at home are repression (police, army, government).
FORCE_SECTORS = frozenset(w.upper() for w in knowledge.words(_FILE, "repressing_sectors"))
#: Sectors of those a crowd named before may be acted on by (not a government's decree).
CROWD_FORCES = frozenset(w.upper() for w in knowledge.words(_FILE, "crowd_force_sectors"))
#: Prepositions that name whom a force act is used on ("fired at", "cracked down on").
AIM_PREPS = knowledge.words(_FILE, "repression_preps")
#: Words of the crowd of a protest ("protesters", "the crowd", "supporters").
CROWDS = knowledge.words(_FILE, "crowd_words")
#: Objects that are what force is used with, not on ("fired tear gas", "opened fire").
INSTRUMENTS = knowledge.words(_FILE, "force_instruments")
#: Verbs of a purpose clause whose object is the people the act is aimed at ("to disperse").
PURPOSES = knowledge.words(_FILE, "repression_purpose_verbs")
#: How many sentences before the act a crowd may be told.
LOOKBACK = 2
#: Links of a clause coordinated with the act's or hanging on it.
_LINKS = ("conj", "advcl", "xcomp")


def _own(actor: tuple) -> set:
    return {a.code for a in actor if a.code}


def applies(event: str, actor: tuple) -> bool:
    """Whether the act is a state's at home: a repressive category, every doer one country's
    force, government or the country as a whole."""
    return event in REPRESSION and bool(actor) and len(_own(actor)) == 1 and all(
        a.code and (a.sector is None or a.sector in FORCE_SECTORS) for a in actor)


def _self(ctx, own: set, r) -> bool:
    """Whether the recipient ``r`` is only the doer's own country as a whole or as a place, not
    written as its government (what a guess from the act's place or a coreference gives)."""
    return r.code in own | {None} and r.sector in (None, "GOV") \
        and (r.start < 0 or is_place(ctx, r))


def self_aimed(ctx, actor: tuple, recipient: tuple) -> bool:
    """Whether no recipient is written people: none at all, or only the doer's own state."""
    own = _own(actor)
    return all(_self(ctx, own, r) for r in recipient)


def _without_self(ctx, actor: tuple, recipient: tuple) -> tuple:
    """The recipients without the doer's own state where written people are among them
    ("reporters were arrested on charges of entering the country": not the country)."""
    own = _own(actor)
    return tuple(r for r in recipient if not _self(ctx, own, r))


def _purposes(cand) -> list:
    """The purpose clauses of the act's verb, of the verbs coordinated with it and of the verb
    it is coordinated with ("charged and used water cannon to scatter the marchers")."""
    heads = [cand.head]
    heads += [c for c in cand.head.children if c.dep_ == "conj" and c.pos_ == "VERB"]
    if cand.head.dep_ == "conj" and cand.head.head.pos_ == "VERB":
        heads.append(cand.head.head)
    return [c for h in heads for c in h.children
            if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in PURPOSES]


def _aimed_at(cand) -> list:
    """Tokens that say whom the act is used on: its verb's object or passive subject, the
    objects of its aiming prepositions (on the verb or on its object: "fired tear gas at X"),
    the same of its purpose clauses, and the owner of such an object ("their banners")."""
    found = tree.children(cand.head, ("nsubjpass",))
    for head in [cand.head] + _purposes(cand):
        objs = tree.children(head, ("dobj",))
        found += objs
        for carrier in [head] + list(objs):
            for prep in tree.children(carrier, ("prep",)):
                if prep.lower_ in AIM_PREPS:
                    found += tree.children(prep, ("pobj",))
        found += [p for o in objs for p in tree.children(o, ("poss",))]
    return found


def _used_on_thing(cand) -> bool:
    """Whether the act's verb has an object that is neither people nor what force is used
    with, nor owned by people told before ("seized weapons", not "seized their banners"):
    then no crowd told before is what it is used on."""
    for obj in tree.children(cand.head, ("dobj",)):
        if obj.pos_ == "PRON" or tree.children(obj, ("poss",)):
            continue
        if obj.lower_ not in INSTRUMENTS and obj.lemma_.lower() not in INSTRUMENTS:
            return True
    return False


def _crowd(tok) -> bool:
    return tok.lower_ in CROWDS or tok.lemma_.lower() in CROWDS


def _people(ctx, tok) -> tuple:
    """The people the phrase of ``tok`` names, not the doer's state or force itself."""
    if tok.pos_ == "PRON":
        return ()  # "them", "their banners": the crowd told before
    return tuple(a for a in ctx.actors.resolve(phrase(tok)) or ()
                 if a.sector is not None and a.sector not in FORCE_SECTORS)


def _crowd_before(ctx, cand, sent) -> list:
    """Crowd words told before the act: earlier in its sentence, then in the sentences just
    before it, nearest first."""
    found = [t for t in sent if t.i < cand.head.i and _crowd(t) and t.dep_ != "compound"]
    found.reverse()
    sents = ctx.sentences()
    at = next((k for k, s in enumerate(sents) if s.start == sent.start), None)
    if at is None:
        return found
    for s in reversed(sents[max(0, at - LOOKBACK):at]):
        found += reversed([t for t in s if _crowd(t) and t.dep_ != "compound"])
    return found


def _homed(found: tuple, country) -> tuple:
    """The people, with ``country`` where they name none (a crowd at home)."""
    return tuple(a if a.code else dataclasses.replace(a, code=country) for a in found)


def repressed(ctx, where: tuple, event: str, actor: tuple, recipient: tuple,
              location=None) -> tuple:
    """The recipient of a state force's act at home once the people it is used on are read
    (module docstring). ``where``: (candidate, sentence); people who name no country are of
    the act's place, else of the doer's."""
    cand, sent = where
    if not applies(event, actor):
        return recipient
    if not self_aimed(ctx, actor, recipient):
        return _without_self(ctx, actor, recipient)
    if cand.kind == "noun":
        return recipient
    own = _own(actor)
    country = location.country if location is not None and location.country \
        else next(iter(own))
    for tok in _aimed_at(cand):
        found = _people(ctx, tok)
        if found:
            return _homed(found, country)
    if _used_on_thing(cand) or not any(a.sector in CROWD_FORCES for a in actor):
        return recipient
    for tok in _crowd_before(ctx, cand, sent):
        found = _people(ctx, tok)
        if found:
            return tuple(dataclasses.replace(a, start=-1, end=-1)
                         for a in _homed(found, country))
    return recipient
