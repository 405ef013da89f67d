"""A meeting told before, told again by its host or its next day; an act told again by its
known noun on a later day: one record.

"Armenia and Azerbaijan began talks in Washington on Monday. The talks were hosted by the
United States. The talks resumed on Tuesday." The second sentence names who hosted a meeting
already told (its noun is known: "the talks"); the host is not a side meeting anyone, so it
is neither a talk of its own nor the party a later "the talks" goes back to. The third tells
the same round going on the next day: a known meeting noun whose verb says it goes on
("resumed", "continued"), with none but its sides, a day or two after it was told, is that
meeting (a later round, after a longer break, stays a record of its own). So is any act
whose known noun a later sentence dates on a later day with no doer of its own ("Rebels
besieged the town on Monday. The siege entered its third day on Wednesday.").
"""

from __future__ import annotations

from datetime import date as _date
from typing import Callable

from .lexicon import events_words
from .meetings import MEETINGS
from .parties import codes
from .triggers import lem

#: Verbs (lemmas) whose subject, or agent, hosts a meeting ("hosted", "convened").
HOSTING = events_words("hosting_verbs")
#: Verbs (lemmas) that tell a meeting going on ("the talks resumed", "continued").
GOING_ON = events_words("going_on_verbs")
#: How many days after a meeting its resumption is still that meeting's round.
ROUND_DAYS = 2
#: How many days after an act a later sentence may date its known noun that took the act's
#: doers ("the siege entered its third day").
RETOLD_DAYS = 7
_ASSERTING = ("asserted", "historical")


def hosts_told_meeting(d, known: Callable) -> bool:
    """``d`` tells who hosted a meeting its noun names as told before ("the talks were hosted
    by X"). ``known(noun)``: whether an event noun is determined as told before."""
    cand = d.cand
    if d.event not in MEETINGS or cand.kind != "light" or lem(cand.head) not in HOSTING:
        return False
    noun = cand.anchor or cand.noun
    return noun is not None and known(noun)


def host_of(a, b, known: Callable) -> bool:
    """The later of ``a`` and ``b`` names the host of the meeting the earlier told: same
    category, both told as done, no side of its own beyond the host and the meeting's."""
    first, later = sorted((a, b), key=lambda d: d.cand.head.i)
    if first.event != later.event or not hosts_told_meeting(later, known) or \
            first.modality not in _ASSERTING or later.modality not in _ASSERTING:
        return False
    whole = codes(first.actor) | codes(first.recipient)
    # the meeting has its two sides already (a state's own factions: both ends one code);
    # one side alone leaves the host as the other ("held talks in X ... hosted by X")
    sided = len(whole) > 1 or bool(codes(first.actor) and codes(first.recipient))
    told = [d.date.value for d in (first, later)
            if d.date is not None and d.date.source != "publication" and d.date.value]
    same_day = len(told) < 2 or told[0].startswith(told[1]) or told[1].startswith(told[0])
    return sided and same_day and bool(codes(later.actor)) and codes(later.recipient) <= whole


def resumed(a, b, known: Callable) -> bool:
    """The later of ``a`` and ``b`` tells the event the earlier told going on after it: a
    meeting "resumed on Tuesday", a day or two later, with no side but the earlier's; or any
    act named again by its known noun ("the siege entered its third day on Thursday",
    "troops broke the siege on Friday") whose doers are only those it took from the earlier
    telling, within a week: the day is that of the later verb, not of a second act."""
    first, later = sorted((a, b), key=lambda d: d.cand.head.i)
    cand = later.cand
    if first.event != later.event or cand.kind != "noun" or cand.noun is None \
            or not known(cand.noun):
        return False
    if first.modality not in _ASSERTING or later.modality not in _ASSERTING:
        return False
    if later.inherited and later.actor == first.actor:
        reach = RETOLD_DAYS
    elif first.event in MEETINGS and cand.predicate is not None \
            and lem(cand.predicate) in GOING_ON:
        reach = ROUND_DAYS
    else:
        return False
    whole = codes(first.actor) | codes(first.recipient)
    part = codes(later.actor) | codes(later.recipient)
    if not whole or not part <= whole:
        return False
    days = [_day(d) for d in (first, later)]
    return None not in days and 0 <= (days[1] - days[0]).days <= reach


def _day(d) -> _date | None:
    ref = d.date
    if ref is None or ref.value is None or ref.precision != "day":
        return None
    try:
        return _date.fromisoformat(ref.value[:10])
    except ValueError:
        return None
