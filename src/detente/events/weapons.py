"""Strikes told by their weapon: "a missile hit a building in X", "shelling killed two".

A weapon fired from afar says nothing about who fired it, and least of all that the country
it landed in did: coded like "gunmen in X" (the place's country), a missile falling on a city
would be that country attacking itself. So an unattributed stand-off weapon takes no country
from the place; the article's latest earlier attack on that country by another side names
the striker ("Russia launched a wave of drones at Ukraine ... A drone hit a power plant in
Y"); with none, the doer stays without a country rather than a wrong one.

The weapon words are in data/lexicon/events.yaml (``standoff_weapons``).
"""

from __future__ import annotations

import dataclasses
import itertools

from .. import knowledge
from .lexicon import Entry, events_words

STANDOFF = events_words("standoff_weapons")
#: "launched missiles at X": prepositions that aim a launch at a target.
AIM_PREPS = events_words("aim_preps")
#: "into the sea", "into orbit": where a launch goes without hitting anyone.
NO_TARGETS = events_words("launch_no_targets")
#: Verbs whose attack reading needs a target -> "CATEGORY/mode" when there is none.
UNAIMED = knowledge.table("lexicon/events.yaml", "unaimed_launches")
#: "targeting a cafe", "hitting a plant": a clause that aims a launch, and its links.
AIMING = events_words("aiming_verbs")
_AIMING_CLAUSES = frozenset({"acl", "advcl", "xcomp"})
_WHEN = frozenset({"DATE", "TIME"})
_ASSERTING = ("asserted", "historical")


def is_weapon(tok) -> bool:
    """The doer phrase is a stand-off weapon ("a missile", "airstrikes", "shelling")."""
    return tok.lower_ in STANDOFF or tok.lemma_.lower() in STANDOFF


def unattributed(d) -> bool:
    """A draft whose only doer is a stand-off weapon with no country of its own."""
    return d.event == "ASSAULT" and weapon_only((), d.actor)


def fired(d) -> bool:
    """An attack named by its weapon with no doer: "shelling killed two", "a drone strike"."""
    noun = d.cand.noun if d.cand.kind == "noun" else None
    if d.event != "ASSAULT" or d.actor or noun is None:
        return False
    return is_weapon(noun) or any(c.dep_ in ("compound", "amod") and is_weapon(c)
                                  for c in noun.children)


def _struck(d) -> str | None:
    """The country a strike fell on: its place's, else its one coded target's."""
    if d.location is not None and d.location.country:
        return d.location.country
    codes = {r.code for r in d.recipient if r.code}
    return next(iter(codes)) if len(codes) == 1 else None


def weapon_only(tokens, actor: tuple, ctx=None) -> bool:
    """The doers of an attack are its weapon alone: the phrases read ("a missile"), or the
    parties found in them ("debris from a downed drone" -> the drone), with no country
    (with ``ctx``: none but the story's guessed one)."""
    return (bool(tokens) and all(is_weapon(t) for t in tokens)) or (bool(actor) and all(
        (not a.code or (ctx is not None and ctx.actors.from_setting(a)))
        and a.text.lower().rpartition(" ")[2] in STANDOFF for a in actor))


def _launched(e) -> bool:
    """A launch told with no target ("Russia launched 40 drones overnight"): a show of
    force whose weapons are what later falls on the country attacked."""
    return e.event == "MOBILIZE" and e.cand.key in UNAIMED and e.modality in _ASSERTING


def striker(kept: list, around: tuple, d):
    """The latest earlier attack (``kept`` from earlier sentences, then ``around[0]``, the
    earlier drafts of this one) told as happening on the same country by another side, or
    launch by another side, also later in the same sentence ("debris from a downed drone
    killed a man in X, after ... drones that Y launched": ``around[1]``)."""
    target = _struck(d)
    if target is None:
        return None
    before, after = around
    later = [e for e in after if _launched(e)]
    for e in itertools.chain(reversed(before), later, reversed(kept)):
        launch = _launched(e)
        if not launch and (e.event != "ASSAULT" or e.modality not in _ASSERTING
                           or unattributed(e)):
            continue
        doers = {a.code for a in e.actor if a.code}
        if doers and target not in doers and (launch or _struck(e) == target):
            return e
    return None


def attribute(ctx, d, kept: list, around: tuple) -> None:
    """The striker of an attack told by its weapon, from the attacks told before it; a
    draft named by its weapon alone is marked ``fired``, so that no place stands in for its
    doer. A weapon given the story's guessed country ("debris from a downed drone" in a
    story set where it fell) takes the other side that struck or launched, when there is
    one: where it fell says nothing of who fired it."""
    guessed = d.actor
    if d.event == "ASSAULT" and weapon_only((), d.actor, ctx):
        d.actor = tuple(dataclasses.replace(a, code=None) for a in d.actor)
    if fired(d):
        d.extra["fired"] = True
    elif not unattributed(d):
        return
    ante = striker(kept, around, d)
    if ante is not None:
        d.actor, d.inherited = ante.actor, True
    else:
        d.actor = guessed  # no other side struck: the guess stands (a civil war's drones)


def aimed(verb) -> bool:
    """A launch aimed at someone or somewhere ("at Israel", "toward the capital"), not into
    the sea or space: without a target, a missile launch is a show of force or a test."""
    # the target hangs on the verb or on its object ("launched a drone attack on a ship")
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    for c in (c for h in heads for c in h.children):
        if c.dep_ in _AIMING_CLAUSES and c.lemma_.lower() in AIMING:
            return True  # "launched two missiles targeting a cafe"
        if c.dep_ == "prep" and c.lower_ in AIM_PREPS:
            # "on Sunday" says when, not where the launch was aimed
            if any(g.dep_ == "pobj" and g.lemma_.lower() not in NO_TARGETS
                   and g.ent_type_ not in _WHEN for g in c.children):
                return True
    return False


def launch_reading(key: str, entry, verb):
    """The entry of a launch verb: an attack when aimed, else what ``unaimed_launches``
    says ("launched a ballistic missile" with no target shows force)."""
    if entry is None or entry.event != "ASSAULT" or key not in UNAIMED or aimed(verb):
        return entry
    event, _, mode = UNAIMED[key].partition("/")
    return Entry(event, mode or None, entry.weak)
