"""A joint act names no recipient among its own doers.

"Israel and the United States agreed the sale of jets to Israel", "India and China signed a
memorandum between India and China": when two or more countries act together in a category
of mutual acts (``reciprocal_categories``: talks, agreements, cooperation, signings, clashes)
and every recipient is one of them, the act is theirs jointly and PLOVER codes it with no
recipient ("A+B -> -"), not with one of the doers repeated on the other end.
"""

from __future__ import annotations


def _codes(parties) -> set:
    return {p.code for p in parties if p.code}


def no_self_recipients(kept: list, lex) -> None:
    """Clear the recipients of joint acts whose recipients are all among the doers
    (``lex.reciprocal``: the categories, lower case)."""
    for d in kept:
        if d.event.lower() not in lex.reciprocal or not d.recipient:
            continue
        doers, others = _codes(d.actor), _codes(d.recipient)
        if len(doers) >= 2 and others <= doers and all(r.code for r in d.recipient):
            d.recipient = ()
