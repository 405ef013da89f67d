"""A state and an armed or opposition group of no country acting together: the group is the
state's own.

"The Syrian government and the rebel forces have reached a ceasefire agreement", "a truce
between the government and the armed opposition", "the government of Mali and Tuareg rebels
signed a peace deal": a government (or its forces) does not sign, agree or talk jointly with a foreign armed
group it names only by kind; the rebels or opposition are of the state's own country, and
PLOVER codes the state as actor and the group as recipient ("SYR -> SYR"), where an actor
list that keeps only coded parties would lose the other side ("SYR -> -").
"""

from __future__ import annotations

import dataclasses

from .joint import JOINT
from .lexicon import events_words

#: Sectors (codes as written) of an armed or political group opposing a state.
GROUP_SECTORS = frozenset(s.upper() for s in events_words("home_group_sectors"))
#: Sectors (codes as written) of the state's side: its government or its forces.
STATE_SECTORS = frozenset(s.upper() for s in events_words("home_state_sectors"))


def _group(party) -> bool:
    return (party.sector or "").upper() in GROUP_SECTORS


def grouped(event: str, actor: tuple, recipient: tuple) -> tuple[tuple, tuple]:
    """(actor, recipient) with a group (of no country, or of the state's: "its rebels")
    acting with one state moved to the recipients under that state's code; unchanged
    otherwise."""
    if event not in JOINT or any(r.code for r in recipient):
        return actor, recipient
    states = {a.code for a in actor if a.code and not _group(a)}
    if len(states) != 1 or not any((a.sector or "").upper() in STATE_SECTORS for a in actor):
        return actor, recipient  # a candidate and an opposition party: one side
    home = next(iter(states))
    groups = [a for a in actor if _group(a) and a.code in (None, home)]
    if not groups or any(a.code not in (None, home) for a in actor):
        return actor, recipient
    kept = tuple(a for a in actor if not (_group(a) and a.code in (None, home)))
    return kept, tuple(dataclasses.replace(g, code=home) for g in groups) + recipient
