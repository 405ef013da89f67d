"""The JSON API described as OpenAPI 3.1, written out by hand (Starlette has no generator;
FastAPI's would pull its docs page from a CDN, which the offline rule forbids)."""

from __future__ import annotations

from .. import __version__
from .params import SORTS, categories

_FILTERS = [
    ("actor", "Actor code (RUS), organisation (UN), or the start of a word of its name "
              "(lavrov, russia)."),
    ("recipient", "Recipient code, organisation or the start of a word of its name."),
    ("category", "PLOVER category, one of: {cats}."),
    ("mode", "PLOVER mode, e.g. visit, third-party, ceasefire."),
    ("modality", "asserted (default), future, hypothetical, negated, historical, or all."),
    ("country", "Country code of the event's place (ISO 3166 alpha-3)."),
    ("place", "Name of the event's place, any case (Istanbul)."),
    ("since", "First event date: YYYY, YYYY-MM or YYYY-MM-DD (compared at the event date's "
              "precision)."),
    ("until", "Last event date, as since."),
    ("q", "Words in the evidence sentence (case-insensitive substring)."),
    ("sort", "One of: {sorts}."),
    ("page", "Page number, from 1."),
    ("per_page", "Events per page, 1 to 500 (default 50)."),
]

_ERROR = {"description": "A bad parameter (400, `parameter` names it), nothing there (404), or "
                         "an ingest holding the database (503: retry)",
          "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}


def _get(summary: str, params: list[dict], content: str = "application/json") -> dict:
    return {"get": {"summary": summary, "parameters": params,
                    "responses": {"200": {"description": "OK", "content": {content: {}}},
                                  "400": _ERROR, "404": _ERROR, "503": _ERROR}}}


def _path_param(name: str, what: str) -> dict:
    return {"name": name, "in": "path", "required": True, "description": what,
            "schema": {"type": "string"}}


_PARTY = ("Party: a code (RUS), an organisation's short name (UN) or a country or organisation "
          "name (Russia).")
_ANALYZE_FIELDS = {
    "text": {"type": "string", "description": "The article text (or give file)."},
    "file": {"type": "string", "format": "binary",
             "description": "A file to analyze: text, HTML, JSON lines, CSV or a feed."},
    "published": {"type": "string", "description": "Publication date, YYYY-MM-DD: relative "
                                                   "dates count from it."},
    "title": {"type": "string"},
    "store": {"type": "string", "description": "1 to store the result (only on a server "
                                               "started with --allow-ingest)."},
    "token": {"type": "string", "description": "The token the server printed at start-up "
                                               "(or the X-Detente-Token header)."},
}


def _post(summary: str) -> dict:
    form = {"schema": {"type": "object", "properties": _ANALYZE_FIELDS}}
    return {"post": {"summary": summary,
                     "requestBody": {"content": {"multipart/form-data": form,
                                                 "application/x-www-form-urlencoded": form}},
                     "responses": {"200": {"description": "OK",
                                           "content": {"application/json": {}}},
                                   "400": _ERROR, "403": _ERROR, "413": _ERROR,
                                   "503": _ERROR}}}


def spec() -> dict:
    filters = [{"name": n, "in": "query", "required": False, "schema": {"type": "string"},
                "description": d.format(cats=", ".join(categories()), sorts=", ".join(SORTS))}
               for n, d in _FILTERS]
    return {
        "openapi": "3.1.0",
        "info": {"title": "detente dashboard API", "version": __version__,
                 "description": "Every HTML page of `detente serve` has a JSON twin at the "
                                "same path plus `.json`. The server opens the database "
                                "read-only for each request."},
        "paths": {
            "/.json": _get("Overview: counts, events per month by quad class, top actor "
                           "pairs, articles and quarantined inputs", []),
            "/events.json": _get("Events matching the filters, one page, with facet counts",
                                 filters),
            "/events.csv": _get("Every event matching the filters, as CSV", filters,
                                "text/csv"),
            "/events.parquet": _get("Every event matching the filters, as Parquet", filters,
                                    "application/vnd.apache.parquet"),
            "/map.json": _get("Events matching the filters by place: places with coordinates "
                              "and their counts, countries with the events placed only in "
                              "them, and how many have no place", filters),
            "/events/{id}.json": _get("One event: every field, its article's text, its story "
                                      "and the story's other mentions",
                                      [_path_param("id", "event id")]),
            "/articles/{id}.json": _get("One article: text, events, quotes, rejections",
                                        [_path_param("id", "article id (URL-encoded)")]),
            "/actors/{code}.json": _get(
                "One party: its asserted events by month and category, counterparts, "
                "negotiation rounds, positions it holds or that concern it, its latest quotes, "
                "flagged claims, latest events", [_path_param("code", _PARTY)]),
            "/dyads/{a}/{b}.json": _get(
                "Two parties: events between them by month and category, their rounds, the "
                "positions matrix (every change with its evidence sentence), quotes of one "
                "about the other, flagged claims, sources (what `detente dossier` prints)",
                [_path_param("a", _PARTY), _path_param("b", _PARTY)]),
            "/analyze.json": _post(
                "Analyze a pasted text or an uploaded file without storing it (events, quotes, "
                "ledger); stores it when the server runs with --allow-ingest and the token "
                "is given. 413 for an upload over the size limit, 403 for a refused store"),
        },
        "components": {"schemas": {"Error": {
            "type": "object", "required": ["error", "status"],
            "properties": {"error": {"type": "string"}, "status": {"type": "integer"},
                           "parameter": {"type": "string"}}}}},
    }
