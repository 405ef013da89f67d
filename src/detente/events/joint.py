"""A joint act names no recipient among its own doers.

"Peru and Chile agreed the sale of gas to Peru", "Ghana and Togo signed a memorandum between
Ghana and Togo": when two or more countries act together in a category of peaceful joint acts
(``joint_categories``: talks, agreements, cooperation, signings, truces) and every recipient
is one of them, the act is theirs jointly and PLOVER codes it with no recipient ("A+B -> -"),
not with one of the doers repeated on the other end. Acts of force are left out: there a doer
listed with its victim is a misreading, and the victim is the part to keep.
"""

from __future__ import annotations

from .lexicon import category_set

#: Categories of peaceful acts done jointly (data/lexicon/events.yaml).
JOINT = category_set("joint_categories", "lexicon/events.yaml")


def _codes(parties) -> set:
    return {p.code for p in parties if p.code}


def no_self_recipients(kept: list) -> None:
    """Clear the recipients of joint acts whose recipients are all among the doers."""
    for d in kept:
        if d.event not in JOINT or not d.recipient:
            continue
        doers, others = _codes(d.actor), _codes(d.recipient)
        if len(doers) >= 2 and others <= doers and all(r.code for r in d.recipient):
            d.recipient = ()
