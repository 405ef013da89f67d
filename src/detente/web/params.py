"""Query-string filters of the events list: parsed, checked, and said back in errors.

Every value a user can type is checked here, before any SQL runs, so a bad one is a 400 that
names the parameter and says what would be accepted, never a 500 from deep in the store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields
from typing import Mapping

from ..errors import DetenteError
from ..knowledge import load
from ..records import MODALITIES, first_day


class BadParameter(DetenteError):
    """A query parameter with a value the dashboard cannot use."""

    def __init__(self, name: str, message: str):
        self.name = name
        super().__init__(f"{name}: {message}")


#: "2025", "2025-05" or "2025-05-16": dates compare at their own precision (see Store.events).
_DATE = re.compile(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?")
_MODE = re.compile(r"[a-z][a-z_-]{0,39}")
_COUNTRY = re.compile(r"[A-Za-z]{2,3}")
SORTS = {"date": "e.date NULLS LAST", "-date": "e.date DESC NULLS LAST",
         "published": "a.published NULLS LAST", "-published": "a.published DESC NULLS LAST",
         "event": "e.event", "confidence": "e.confidence DESC"}
MAX_PER_PAGE = 500
#: A text filter longer than this is no search an analyst types; refuse it rather than scan.
MAX_TEXT = 200


def categories() -> tuple[str, ...]:
    return tuple(load("ontology.yaml")["categories"])


def quad_of() -> dict[str, str]:
    """PLOVER category -> quad class (from the ontology file)."""
    return {c: v["quad"] for c, v in load("ontology.yaml")["categories"].items()}


@dataclass(frozen=True)
class EventFilters:
    """What the events list shows. Empty strings mean "any"."""

    actor: str = ""  #: code, organisation or name (substring) of an actor
    recipient: str = ""
    category: str = ""  #: a PLOVER category, e.g. CONSULT
    mode: str = ""
    modality: str = "asserted"  #: one modality, or "all"
    country: str = ""  #: the event location's country code
    place: str = ""  #: the event location's name (any case), e.g. from a point of the map
    since: str = ""
    until: str = ""
    q: str = ""  #: words in the evidence sentence
    sort: str = "date"
    page: int = 1
    per_page: int = 50

    def query(self, **changes: object) -> dict[str, str]:
        """The non-default values (with ``changes``), for links that keep the filters."""
        base = EventFilters()
        out = {}
        for f in fields(self):
            value = changes.get(f.name, getattr(self, f.name))
            if value != getattr(base, f.name):
                out[f.name] = str(value)
        return out


def _text(params: Mapping[str, str], name: str) -> str:
    value = params.get(name, "").strip()
    if len(value) > MAX_TEXT:
        raise BadParameter(name, f"at most {MAX_TEXT} characters")
    if any(not c.isprintable() for c in value):
        raise BadParameter(name, "control characters are not allowed")
    return value


def _real_day(value: str) -> bool:
    try:
        first_day(value)
    except ValueError:
        return False
    return True


def _int(params: Mapping[str, str], name: str, default: int, low: int, high: int) -> int:
    raw = params.get(name, "").strip()
    if not raw:
        return default
    # ASCII digits only: int() would take "５" (a full-width five) as well
    if not (raw.isascii() and raw.isdigit()) or not low <= int(raw) <= high:
        raise BadParameter(name, f"{raw[:40]!r} is not a whole number from {low} to {high}")
    return int(raw)


def _choice(params: Mapping[str, str], name: str, allowed: tuple[str, ...], upper: bool) -> str:
    value = _text(params, name)
    value = value.upper() if upper else value.lower()
    if value and value not in allowed:
        raise BadParameter(name, f"{value[:40]!r} is not one of {', '.join(allowed)}")
    return value


def _mode(params: Mapping[str, str]) -> str:
    # Modes differ by category and the extractor adds its own (ceasefire): checked for shape
    # only; an unknown mode simply matches nothing.
    value = _text(params, "mode").lower()
    if value and not _MODE.fullmatch(value):
        raise BadParameter("mode", f"{value[:40]!r} is not a mode; use a word such as visit "
                                   "or third-party")
    return value


def parse(params: Mapping[str, str]) -> EventFilters:
    """``EventFilters`` from a query string; ``BadParameter`` on the first bad value."""
    known = {f.name for f in fields(EventFilters)}
    unknown = sorted(set(params) - known)
    if unknown:
        raise BadParameter(unknown[0][:40], f"unknown parameter; use {', '.join(sorted(known))}")
    since, until = _text(params, "since"), _text(params, "until")
    for name, value in (("since", since), ("until", until)):
        if value and not _DATE.fullmatch(value):
            raise BadParameter(name, f"{value[:40]!r} is not a date; use YYYY, YYYY-MM or "
                                     "YYYY-MM-DD (for example 2025-05-16)")
        if value and not _real_day(value):  # the pattern lets 30 February through
            raise BadParameter(name, f"{value!r} is no day of the calendar; give a day that "
                                     "exists, or the month alone (for example 2025-02)")
    country = _text(params, "country").upper()
    if country and not _COUNTRY.fullmatch(country):
        raise BadParameter("country", f"{country[:40]!r} is not a country code; use ISO "
                                      "3166 alpha-3 (RUS) or alpha-2 (RU)")
    sort = _text(params, "sort") or "date"
    if sort not in SORTS:
        raise BadParameter("sort", f"{sort[:40]!r} is not one of {', '.join(SORTS)}")
    return EventFilters(
        actor=_text(params, "actor"), recipient=_text(params, "recipient"),
        category=_choice(params, "category", categories(), upper=True),
        mode=_mode(params),
        modality=_choice(params, "modality", (*MODALITIES, "all"), upper=False) or "asserted",
        country=country, place=_text(params, "place"), since=since, until=until,
        q=_text(params, "q"), sort=sort,
        page=_int(params, "page", 1, 1, 1_000_000),
        per_page=_int(params, "per_page", 50, 1, MAX_PER_PAGE))
