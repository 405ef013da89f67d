"""Thin accessors over the article context: what the peace layer reads from earlier stages.

The ledger resolves nothing itself. Actors come from the actor stage (``ctx.actors``), dates
from the date stage (``ctx.dates``), places from the place stage (``ctx.places``); this module
only reads them, caches per-article views of them in the article's cache, and answers the few
questions the ledger asks of them ("the two sides", "which countries are named in a word glued
with a hyphen"). When a stage finds nothing, the ledger has nothing: there is no second
resolver here to disagree with the first.
"""

from __future__ import annotations

import re
from .. import knowledge
from ..actors import lookup
from ..ranges import starting_in
from ..records import Actor, DateRef, Place

_LEXICON = "lexicon/ledger.yaml"

# ---------------------------------------------------------------------------------- actors

_BOTH = knowledge.pattern(_LEXICON, "both_sides", re.I)
#: "U.S.-Ukraine", "Russia-brokered": names glued by a hyphen into one token
_GLUE = re.compile(r"(?<=[\w.])-(?=[A-Za-z])")


def actors_in(ctx, span) -> tuple[Actor, ...]:
    """Actors the actor stage finds in a span, with a country code.

    "The two sides" is read as the last pair of countries named together ("X and Y"), which is
    what a negotiation story means by it, before asking the actor stage.
    """
    if _BOTH.search(span.text):
        pair = paired_countries(ctx, span.start_char)
        if pair:
            return tuple(pair)
    found = tuple(a for a in ctx.actors.resolve(span) if a.code)
    if not found and _BOTH.search(span.text):
        return tuple(last_countries(ctx, span.start_char, 2))
    return found


def glued_actors(ctx, token) -> list[Actor]:
    """Actors named inside one hyphenated token ("U.S.-Ukraine talks", "a U.S.-proposed
    ceasefire"): the parser keeps such a compound whole, so the actor stage sees no mention in
    it; its parts are looked up in the actor stage's knowledge base, as of the article's date."""
    parts = _GLUE.split(token.text)
    if len(parts) < 2:
        return []
    out, at = [], token.idx
    words = []
    for part in parts:
        words.append((part, at))
        at += len(part) + 1
    for i, j, lex in lookup(ctx.actors.kb, [w for w, _ in words]):
        entity = lex.entity
        if entity is None or entity.kind not in ("country", "demonym", "seat"):
            continue
        code, sector = entity.on(ctx.actors.date)
        if code:
            start = words[i][1]
            end = words[j - 1][1] + len(words[j - 1][0])
            out.append(Actor(token.text[start - token.idx:end - token.idx], code, sector,
                             entity.name, org=entity.org, start=start, end=end))
    return out


def party_code(actor) -> str | None:
    """An actor's code as the ledger names parties: organisations by their short name ("G7",
    "EU"), since "IGO" alone says nothing."""
    return actor.org if actor.code in ("IGO", "NGO") and actor.org else actor.code


def is_country(ctx, code: str | None) -> bool:
    """Whether the actor stage's knowledge base knows ``code`` as a country."""
    return ctx.actors.kb.country_name(code) is not None


def paired_countries(ctx, before: int) -> list[Actor]:
    """The last "X and Y" pair of countries before ``before``: who "the two sides" are."""
    mentions = [m for m in all_mentions(ctx) if m.end <= before]
    text = article_text(ctx)
    for a, b in reversed(list(zip(mentions, mentions[1:]))):
        if a.code != b.code and re.fullmatch(r"\s*(?:and|&)\s*", text[a.end:b.start] or "x"):
            return [a, b]
    return []


def last_countries(ctx, before: int, n: int) -> list[Actor]:
    """The last ``n`` distinct countries mentioned before character ``before``."""
    mentions = [m for m in all_mentions(ctx) if m.end <= before]
    out: list[Actor] = []
    for m in reversed(mentions):
        if m.code not in {a.code for a in out}:
            out.append(m)
        if len(out) == n:
            break
    return list(reversed(out))


def all_mentions(ctx) -> list[Actor]:
    """The actor stage's coded mentions, in text order."""
    return cached(ctx, "mentions", lambda: sorted(
        (m for m in ctx.actors.mentions if m.code), key=lambda a: a.start))


def code_counts(ctx) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in all_mentions(ctx):
        counts[m.code] = counts.get(m.code, 0) + 1
    return counts


# ---------------------------------------------------------------------------------- article

def cached(ctx, key, fn):
    """The article's cache, under the peace stage's own keys (the peace modules ask for the
    same sentences, dates and places)."""
    return ctx.cache(("peace", key), fn)


def article_text(ctx) -> str:
    """The article text; spaCy rebuilds ``Doc.text`` from every token on each access, so
    asking for it once per mention makes a stage quadratic in the article's length."""
    return ctx.text()


def sentence_text(ctx, sent) -> str:
    """``sent.text`` computed once per sentence (a stage asks again for each mention in it)."""
    texts = cached(ctx, "sent_texts", dict)
    key = (sent.start_char, sent.end_char)
    if key not in texts:
        texts[key] = article_text(ctx)[sent.start_char:sent.end_char]
    return texts[key]


def sentences(ctx) -> list:
    """The parse stage's sentences (``nlp`` keeps a clause whole across "U.S." or "Feb.")."""
    return ctx.sentences()


# ---------------------------------------------------------------------------------- dates

def dates_of(ctx) -> list[DateRef]:
    """The date stage's refs, in text order."""
    return ctx.dates


def compatible(a: str | None, b: str | None) -> bool:
    """True when two ISO dates of any precision can be the same day ("2025-05" ~ "2025-05-16")."""
    if not a or not b:
        return False
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def precision_of(value: str | None) -> str | None:
    if not value:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(value))


# ---------------------------------------------------------------------------------- places


def places_of(ctx) -> list[Place]:
    """The place stage's places, in text order."""
    return ctx.places


def venue_dict(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "geonameid": place.geonameid,
            "lat": place.lat, "lon": place.lon, "resolution": place.resolution,
            "coordinates": place.coordinates}
