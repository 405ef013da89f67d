"""Where the story's guessed country gives way to the country an act took place in.

An unnamed party ("gunmen", "the police", "villagers", "two aid workers") takes the country
of the story's setting (``setting.fills``), which for wire copy is often the bureau's: "DAKAR,
Senegal — Gunmen killed six peacekeepers in northern Mali" is set in Senegal by its dateline
and by the president who speaks later, yet neither the gunmen nor the peacekeepers are
Senegalese. When the act itself is placed in another country, the setting is the weaker
guess, and it gives way here (one rule for every such party):

- a party whose guessed country is the country of the act's source ("WASHINGTON — The State
  Department said two aid workers were killed in Mali") takes the act's country: its being
  reported from somewhere says nothing of who it is;
- an unnamed party of no state's voice (not "the government", not a person) of an act of
  force, an arrest or a protest takes the act's country too: police, protesters, villagers and civilians are where the act is ("NAIROBI —
  Police fired tear gas at protesters in Kampala");
- except unnamed fighters (troops, militants): force crosses borders, so the act's place does
  not say whose they are. Doing the act ("warplanes struck targets in southern Lebanon"
  filed from Jerusalem; "militants ambushed a convoy near Gao" filed from Dakar) they keep
  no country rather than a wrong one; suffering it they keep the guess, since a story set
  at home that tells of its soldiers lost abroad is the common case ("PARIS — Two soldiers
  were killed in Mali").

Wherever the act is, unnamed soldiers harmed in an act of force a state's military or
government reports are that state's own losses ("GENEVA — ... Kastria's military said two
soldiers were killed": Kastria's, not Switzerland's); "militants" it reports are not.

A phrase a possessive gives its side ("its jets", ``own_side.owner``) keeps it. The last two
rules hold for acts done where they land (force, arrests, protests: ``PLACED_BY_TARGET``)
only: the place of another act is as often its topic ("said the attack's handlers are based
in X", "condemned the violence in X") or a venue one went abroad to (talks).

Public API:
    placed(ctx, act, parties, said_by, where) -> (actor, recipient)
"""

from __future__ import annotations

import dataclasses

from .. import knowledge
from ..actor_landmarks import border_side
from ..places import reference_point
from .elsewhere import named_as_side
from .own_side import owner
from .phrases import phrase
from .placing import PLACED_BY_TARGET

__all__ = ["placed"]

_LEXICON = "lexicon/actors.yaml"
#: sectors of a state's voice, which speak for their state wherever they act
_VOICE_SECTORS = frozenset(knowledge.ordered(_LEXICON, "side_sector_codes"))
#: sectors of a source that speaks for its state's own losses (a ministry, the military)
_REPORTING = frozenset(knowledge.ordered(_LEXICON, "loss_reporting_sector_codes"))
#: sectors of the unnamed harmed that such a report counts as its own (soldiers, not
#: "militants", whom a side names as the other's)
_OWN_LOSS = frozenset(knowledge.ordered(_LEXICON, "own_loss_sector_codes"))
#: sectors of fighters, who may act across a border
_CROSSING = frozenset(knowledge.ordered(_LEXICON, "crossing_sector_codes"))


def placed(ctx, act, parties: tuple, said_by: tuple, where) -> tuple:
    """``parties`` (actor, recipient) with the setting's guess given up where the act took
    place in another country (see the module's rules). ``act``: (role phrases, event);
    ``said_by``: the act's source's actors; ``where``: the act's place or None."""
    roles, event = act
    parties = (_not_bearings(ctx, parties[0]), parties[1])
    parties = (parties[0], _own_losses(ctx, roles.recipient, parties[1], said_by, event))
    country = where.country if where is not None else None
    if not country or named_as_side(ctx.doc, where) \
            or border_side(ctx.doc, where.start, where.end) is not None:
        return parties  # "attacks near the Mali border": a landmark, not the act's country
    source = {a.code for a in said_by if a.code}
    out = []
    for doing, tokens, group in zip((True, False), (roles.actor, roles.recipient), parties):
        owned = [phrase(t) for t in tokens if owner(t) is not None]
        out.append(tuple(
            _moved(a, where, source, doing, event) if ctx.actors.from_setting(a)
            and not any(s.start_char <= a.start < s.end_char for s in owned) else a
            for a in group))
    return tuple(out)


def _not_bearings(ctx, group: tuple) -> tuple:
    """The doers of ``group`` without the places that only give another place's bearing
    ("ambushed by rebels in Quezon province, southeast of Manila": ``places.reference_point``):
    such a city does nothing. (A target so named is left: the people hit there may have
    been read as its country's, "police at a checkpoint north of Kabul".)"""
    return tuple(a for a in group if a.start < 0 or not any(
        p.start == a.start and p.end == a.end and reference_point(ctx.doc, p)
        for p in ctx.places_in(a.start, a.end)))


def _own_losses(ctx, tokens, recipient: tuple, said_by: tuple, event: str) -> tuple:
    """Unnamed fighters harmed, whose country is the setting's guess, in an act of force a
    state's military or government reports: its own ("Kastria's military said two soldiers
    were killed" in a story filed from Geneva: Kastria's soldiers; a side calls the other's
    dead "enemy" fighters or "militants")."""
    source = {a.code for a in said_by if a.code and a.sector in _REPORTING}
    if len(source) != 1 or event not in PLACED_BY_TARGET:
        return recipient
    (code,) = source
    owned = [phrase(t) for t in tokens if owner(t) is not None]
    return tuple(dataclasses.replace(a, code=code) if a.sector in _OWN_LOSS and a.code != code
                 and a.name is None and ctx.actors.from_setting(a)
                 and not any(s.start_char <= a.start < s.end_char for s in owned) else a
                 for a in recipient)


def _moved(actor, where, source: set, doing: bool, event: str):
    """``actor``, whose country is the setting's guess, for an act placed at ``where``. A
    party named (a person, a body) keeps the guess, unless it is the act's place itself ("a
    convoy near Gao": a town the story's country was guessed for)."""
    country = where.country
    if actor.code == country:
        return actor
    if actor.code in source and country not in source:
        return dataclasses.replace(actor, code=country)
    if actor.name not in (None, where.name) or actor.sector in _VOICE_SECTORS \
            or event not in PLACED_BY_TARGET:
        return actor
    if actor.sector in _CROSSING:
        return dataclasses.replace(actor, code=None) if doing else actor
    return dataclasses.replace(actor, code=country)
