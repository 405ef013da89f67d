"""Ordinary words that tell repression only when a state's force does them.

"Police prevented the protesters from reaching the embassy", "troops sealed off the square",
"soldiers took over the state broadcaster", "plainclothes officers bundled him into a van",
"authorities cut off bus and rail service into the city": the words are everyday English, and
what makes them coercion (PLOVER COERCE) is who does them. Done by the police, the army, a
security service or the government (a doer word of ``obstructing_forces``, or an actor coded to
one of the repressing sectors, or a state named as a whole) they restrict, seize or arrest;
done by a crowd, a firm, rescuers or no one named ("fans were prevented from entering by the
crowd", "a carmaker took over a rival", "rescuers secured the building") they are no event.

Which trigger readings need such a doer is ``force_acts`` in ``data/lexicon/events.yaml``
("key" for every COERCE reading of the key, "key/mode" for one mode only). ``no_state_act``,
read by ``extract.build_drafts``, also asks ``dismissals`` whether a person dismissed from a
post was dismissed by the state for dissent.
"""

from __future__ import annotations

from . import dismissals
from .lexicon import events_words
from .obstruction import is_force
from .repressed import FORCE_SECTORS

#: (trigger key, mode or None) pairs whose COERCE reading needs a force as doer.
FORCE_ACTS = frozenset((w.split("/")[0], w.split("/")[1] if "/" in w else None)
                       for w in events_words("force_acts"))


def _listed(cand) -> bool:
    return cand.event == "COERCE" and (
        (cand.key, None) in FORCE_ACTS or (cand.key, cand.mode) in FORCE_ACTS)


def _state_force(roles, actor: tuple) -> bool:
    """An actor coded to a state's police, army, security service or government, or a state
    named as a whole ("Ethiopia cut off ..."; "Egyptian fans" have a country, not a state)."""
    named_state = any(t.ent_type_ == "GPE" for t in roles.actor)
    return any(a.code and (a.sector in FORCE_SECTORS or a.sector is None and named_state)
               for a in actor)


def unforced(cand, roles, actor: tuple) -> bool:
    """Whether a reading listed in ``force_acts`` has no state's force among its doers (the
    candidate is then no event)."""
    if not _listed(cand):
        return False
    return not (any(is_force(t) for t in roles.actor) or _state_force(roles, actor))


def no_state_act(lex, cand, roles, actor: tuple) -> bool:
    """Whether the candidate is no event for want of the state behind it: a reading of
    ``force_acts`` with no force doing it, or a dismissal not for dissent or not by the state."""
    return unforced(cand, roles, actor) or dismissals.not_political(lex, cand, roles, actor)
