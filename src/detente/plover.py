"""Strict PLOVER records: detente's event dicts written as the PLOVER manual's "Data Fields".

One event dict (the output contract's event plus ``article_id``, ``title``, ``url``,
``published`` and, when known, ``source``; what ``Store.events`` and ``export.event_dicts``
give) becomes one PLOVER record, or nothing when strict PLOVER leaves the event out. The
record's shape is ``data/plover_record.schema.json`` (JSON Schema 2020-12); the manual's code
tables and detente's mapping onto them are ``data/plover.yaml``; ``docs/plover.md`` explains
both, extensions included.

What strict PLOVER changes, and why:
- only asserted events go out; a future CONSULT / SUPPORT / COOPERATE / AID is the manual's
  AGREE (an announced intention), with ``modality: "future"`` kept as an extension;
- an event with no actor is left out (the manual codes nothing without a source actor);
- ``date`` is always a full YYYY-MM-DD: a month or year becomes its first day with
  ``date_precision`` saying so, and an event the text does not date takes the publication date
  with ``date_basis: "publication"``; an event with neither is left out;
- codes follow the manual's tables: ISO alpha-3 or IGO/NGO/ISM/IMG/MNC (organisations told
  apart by identifier, CAMEO region codes moved to ``cameo_code``), the manual's sectors, and
  modes / contexts outside its tables prefixed ``x-``.
"""

from __future__ import annotations

import json
import re
from typing import IO, Any, Iterable

from . import knowledge
from .events.lexicon import category_set
from .records import date_precision, first_day
from .version import EXTRACTOR_VERSION, PACKAGE_VERSION

#: Future events in these categories are, in strict PLOVER, an agreement to do them.
FUTURE_AS_AGREE = category_set("strict_future_to_agree")

_TABLES = "plover.yaml"
SCHEMA_FILE = "plover_record.schema.json"
CODER = f"detente {PACKAGE_VERSION}"

_QID = re.compile(r"Q[1-9][0-9]*")
_CAMEO = re.compile(r"[A-Z]{3}")

#: detente's place resolution -> GeoNames feature class and code
_FEATURES = {"country": ("A", "PCLI"), "admin1": ("A", "ADM1"), "region": ("A", None),
             "city": ("P", "PPL"), "site": ("S", None)}

#: the resolution levels a PLOVER location may state (schema: event_loc.resolution)
_RESOLUTIONS = ("country", "admin1", "city", "site")


@knowledge.build_once()
def _tables() -> dict[str, Any]:
    """The manual's tables from data/plover.yaml, as look-up sets, plus the ISO code maps."""
    import pycountry  # loaded once here; the actor knowledge base depends on it already

    data = knowledge.load(_TABLES)
    extra = data["extra_country_codes"]
    alpha2 = {c.alpha_3: c.alpha_2 for c in pycountry.countries}
    alpha2.update(extra)
    ontology = knowledge.load("ontology.yaml")
    return {
        "prefix": data["extension_prefix"],
        "non_state": frozenset(data["non_state_codes"]),
        "alpha2": alpha2,
        "sectors": frozenset(data["sectors"]),
        "sector_renames": dict(data["sector_renames"]),
        "modes": {c: frozenset(m) for c, m in data["modes"].items()},
        "contexts": frozenset(data["contexts"]),
        "orgs": dict(data["organizations"]),
        "quad": {c: data["quad_codes"][v["quad"]] for c, v in ontology["categories"].items()},
        "codebook": f"{data['codebook']}+detente-ontology-{ontology['version']}",
    }


def schema() -> dict:
    """The JSON Schema of a PLOVER record, as shipped in the package."""
    from importlib import resources

    text = resources.files("detente.data").joinpath(SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def extended(value: str, known: frozenset[str]) -> str:
    """``value`` as the manual writes it, or with the extension prefix when the manual lacks it."""
    return value if value in known else _tables()["prefix"] + value


def _sector(sector: str | None) -> str | None:
    if not isinstance(sector, str) or not sector:
        return None
    t = _tables()
    primary = t["sector_renames"].get(sector[:3], sector[:3])
    # a secondary code the manual leaves open (RELCHR) stays; an unknown primary is no code
    return primary + sector[3:] if primary in t["sectors"] else None


def _org(short: str | None) -> dict | None:
    if not short:
        return None
    known = _tables()["orgs"].get(short) or {}
    return {"name": short, "identifier_id": known.get("identifier_id"),
            "identifier_text": known.get("identifier_text"), "part_of": known.get("part_of")}


def _is_the_org(actor: dict, org: dict | None) -> bool:
    # The organisation's identifier names the actor only when the actor is the organisation
    # itself, not one of its officials or bodies (those keep theirs; "org" says whose they are).
    return bool(org) and actor.get("name") in (None, org["identifier_text"])


def _wikidata(value: Any) -> str | None:
    # a user's knowledge base may hold a URL or a typo; PLOVER wants the bare Q-id or nothing
    return value if isinstance(value, str) and _QID.fullmatch(value) else None


def entity(actor: dict) -> dict:
    """One actor of the contract as a PLOVER entity object."""
    t = _tables()
    code = actor.get("code")
    org = _org(actor.get("org"))
    cameo = None
    if code and code not in t["alpha2"] and code not in t["non_state"]:
        # a CAMEO region ("the West" -> WST) is no country and no organisation in the manual
        code, cameo = None, code if _CAMEO.fullmatch(str(code)) else None
    elif org:
        cameo = (t["orgs"].get(org["name"]) or {}).get("cameo_code")
    itself = _is_the_org(actor, org)
    return {
        "code": code,
        "sector": _sector(actor.get("sector")),
        "entity_text": actor.get("text") or "",
        "identifier_id": _wikidata(actor.get("wikidata")) or (
            org["identifier_id"] if itself else None),
        "identifier_text": actor.get("name") or (org["identifier_text"] if itself else None),
        "office": actor.get("role"),
        "cameo_code": cameo,
        "org": org,
    }


def event_loc(loc: dict | None) -> dict | None:
    """The contract's location as the manual's location object (GeoNames field names)."""
    if not loc or not loc.get("name"):
        return None
    resolution = loc.get("resolution") or loc.get("feature")
    feature_class, feature_code = _FEATURES.get(resolution or "", (None, None))
    cc3 = loc.get("country")
    alpha2 = _tables()["alpha2"]
    geonameid = loc.get("geonameid")
    return {
        "extracted_text": loc.get("text") or loc["name"],
        "name": loc["name"],
        "geonameid": int(geonameid) if geonameid else None,
        "latitude": loc.get("lat"),
        "longitude": loc.get("lon"),
        "feature_class": feature_class,
        "feature_code": feature_code,
        "country_code": alpha2.get(cc3) if cc3 else None,
        "cc3": cc3 if cc3 in alpha2 else None,
        "resolution": resolution if resolution in _RESOLUTIONS else None,
        "coordinates": loc.get("coordinates"),
    }


def full_date(ev: dict) -> tuple[str, str, str] | None:
    """(YYYY-MM-DD, precision, basis) for an event dict, or None when nothing dates it.

    A month or year is its first day (precision says how much is known); an event the text
    does not date takes the publication date, and says so.
    """
    date = ev.get("date")
    if date:
        precision = date_precision(date, ev.get("date_precision"))
        return first_day(date).isoformat(), precision, ev.get("date_basis") or "text"
    published = ev.get("published")
    if published:
        # the event stage dates every reported event; this covers dicts built by other code
        return first_day(published).isoformat(), "day", "publication"
    return None


def plover_record(ev: dict) -> dict | None:
    """The strict PLOVER record for one event dict, or None when strict PLOVER leaves it out
    (not asserted and not a future cooperative act; no actor; no date at all)."""
    t = _tables()
    event, mode = ev["event"], ev.get("mode")
    if ev["modality"] == "future" and event in FUTURE_AS_AGREE:
        event, mode = "AGREE", None
    elif ev["modality"] != "asserted":
        return None
    dated = full_date(ev)
    actors = ev.get("actor") or []
    if dated is None or not actors:
        return None
    evidence = ev.get("evidence") or {}
    trigger = evidence.get("trigger")
    return {
        "id": ev["id"],
        "date": dated[0],
        "date_precision": dated[1],
        "date_basis": dated[2],
        "date_text": ev.get("date_text"),
        "actor": [entity(a) for a in actors],
        "recipient": [entity(a) for a in ev.get("recipient") or []],
        "event": [event],
        "mode": [extended(mode, t["modes"].get(event, frozenset()))] if mode else [],
        "context": [extended(c, t["contexts"]) for c in ev.get("context") or []],
        "quad_code": t["quad"][event],
        "event_text": [trigger] if trigger else [],
        "text": evidence.get("sentence") or "",
        "event_loc": event_loc(ev.get("location")),
        "text_info": {"start": evidence.get("start") or 0, "end": evidence.get("end") or 0},
        "cite_info": {
            "citation": ev.get("article_id"), "title": ev.get("title"),
            "publication": ev.get("source"), "url": ev.get("url"),
            "language": ev.get("language") or "en", "coder": CODER,
            "codebook": t["codebook"], "version": EXTRACTOR_VERSION,
        },
        "coder": CODER,
        "hedged": bool(ev.get("hedged")),
        "modality": ev["modality"],
        "detente_event": ev["event"],
        "confidence": ev.get("confidence") if ev.get("confidence") is not None else 1.0,
        "mentions": 1 + len(ev.get("also_evidence") or ()),
        "article_id": ev.get("article_id"),
        "published": str(ev["published"])[:10] if ev.get("published") else None,
    }


def write_plover(events: Iterable[dict], out: IO[str]) -> int:
    """Strict PLOVER JSONL, one record per line; returns how many were written."""
    n = 0
    for ev in events:
        rec = plover_record(ev)
        if rec is not None:
            line = json.dumps(rec, ensure_ascii=False)
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:  # a lone surrogate from the input: escape, don't crash
                line = json.dumps(rec)
            out.write(line + "\n")
            n += 1
    return n
