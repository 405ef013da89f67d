"""One country for one named person across a story's quotes.

A person keeps the country of the state she serves from one paragraph to the next; the actor
stage reads each mention on its own, and a mention's clause can mislead it ("Roe, who is also
the spokesman of the government delegation, told the press" in a story datelined from the
host country of the talks reads as the host's government). The country most of the person's
mentions give is hers (the first mention's when they are as many): it is the one the text
gives most, the full introduction included.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

from .records import Actor
from .speakers import names_person, surnames_named


def settled(ctx, found: list[Actor | None]) -> list[Actor | None]:
    """The quote stage's speakers in text order, a surname alone made the person named before
    (``speakers.surnames_named``), then each person given one country (``one_country``), and
    a name coded once given its country again (``named_again``)."""
    return named_again(one_country(ctx, surnames_named(ctx, found)))


def named_again(found: list[Actor | None]) -> list[Actor | None]:
    """``found`` with each uncoded speaker that an earlier coded speaker names (the same
    name, or that name's first or last words: "Acme News Agency ... Acme added", "the Allied
    Southern Command ... Southern Command said") given that speaker's country, and its sector
    when it has none. The actor stage codes a body it does not know from the words around one
    mention ("state broadcaster Acme TV"); a later "Acme TV said" stands alone. Nothing is
    filled when earlier speakers of two countries carry the name."""
    out: list[Actor | None] = []
    for actor in found:
        if actor is not None and actor.code is None and (actor.name or actor.text):
            codes = {(a.code, a.sector) for a in out if a is not None and a.code
                     and _names_same(a.name or a.text, actor.name or actor.text)}
            if len({code for code, _ in codes}) == 1:
                code, sector = min(codes, key=lambda c: c[1] is None)
                actor = replace(actor, code=code, sector=actor.sector or sector)
        out.append(actor)
    return out


def _names_same(earlier: str, later: str) -> bool:
    """Whether ``later`` is ``earlier`` or its first or last words (two names of one word each
    must be equal)."""
    long, short = earlier.split(), later.split()
    if not short or not short[0][:1].isupper() or len(short) > len(long):
        return False
    return long[:len(short)] == short or long[-len(short):] == short


def one_country(ctx, found: list[Actor | None]) -> list[Actor | None]:
    """``found`` (speakers in text order) with each named person given the country most of
    her coded mentions give; uncoded mentions and other speakers unchanged."""
    codes: dict[str, Counter] = {}
    for actor in found:
        if _person(ctx, actor) and actor.code:
            codes.setdefault(actor.name, Counter())[actor.code] += 1
    # most_common lists equal counts in the order first seen: a tie keeps the first country
    best = {name: c.most_common(1)[0][0] for name, c in codes.items() if len(c) > 1}
    return [replace(a, code=best[a.name]) if a is not None and a.code and a.name in best
            and best[a.name] != a.code and _person(ctx, a) else a for a in found]


def _person(ctx, actor: Actor | None) -> bool:
    return actor is not None and bool(actor.name) and names_person(ctx, actor)
