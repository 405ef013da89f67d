"""The map page: events by resolved place, filtered like the events list.

Two layers, because places are resolved to two kinds of precision: a place with coordinates
(a city, a site, a region's centre) is a point sized by its count; an event known only to be
in a country has no coordinates (never the capital's), so it shades the country instead.
The shapes come from ``worldmap`` (decoded once per process); this module only counts and
lays out, and ``figure`` gives the template numbers, never markup.
"""

from __future__ import annotations

import math
from urllib.parse import urlencode

from ..store import Store
from . import worldmap
from .params import EventFilters
from .queries import _where

#: Most points drawn; the rest are counted in ``more_places`` (a map of every village of a
#: million events is a blot, and its page would weigh megabytes).
MAX_PLACES = 400
#: Shading classes for country-level counts (upper bounds as shares of the largest count).
SHADES = (0.05, 0.15, 0.35, 0.65, 1.0)


def _events_link(f: EventFilters, **place: str) -> str:
    return "/events?" + urlencode(f.query(page=1, **place))


def map_data(store: Store | None, f: EventFilters) -> dict:
    """Counts of the matching events by place with coordinates and by country (events placed
    only in a country), plus how many matched but have no place."""
    out = {"filters": f.query(), "places": [], "countries": [], "more_places": 0,
           "placed": 0, "country_level": 0, "unplaced": 0}
    if store is None:
        return out
    where, params = _where(f)
    # one scan: a group per place with coordinates, per country for the events placed only
    # there, and one for the events with no place
    groups = store.con.execute(
        "SELECT e.location_name, upper(e.location_country), round(e.lat, 3), round(e.lon, 3), "
        "e.lat IS NOT NULL AND e.lon IS NOT NULL AS point, count(*) AS n FROM events e"
        f"{where} GROUP BY ALL ORDER BY n DESC, 2, 1", params).fetchall()
    countries: dict[str, int] = {}
    for name, country, lat, lon, point, n in groups:
        if point:
            out["placed"] += n
            if len(out["places"]) < MAX_PLACES:
                out["places"].append({"name": name, "country": country, "lat": lat,
                                      "lon": lon, "count": n, "events": _events_link(
                                          f, place=name or "", country=country or "")})
            else:
                out["more_places"] += 1
        elif country:
            # a place resolved to the country only, or a name with no coordinates in it
            countries[country] = countries.get(country, 0) + n
        else:
            out["unplaced"] += n
    for country, n in sorted(countries.items(), key=lambda c: (-c[1], c[0])):
        out["countries"].append({"country": country, "count": n,
                                 "events": _events_link(f, country=country)})
        out["country_level"] += n
    return out


def shade(n: int, top: int) -> int:
    """Shading class 1..5 of a country-level count (0: none)."""
    if n <= 0 or top <= 0:
        return 0
    return next(i + 1 for i, bound in enumerate(SHADES) if n / top <= bound + 1e-9)


def figure(data: dict) -> dict:
    """What the SVG template draws: country shapes with their shade and link, and points with
    their position and radius (area grows with the count)."""
    shapes = worldmap.countries()
    by_code = {c["country"]: c for c in data["countries"]}
    top_country = max((c["count"] for c in data["countries"]), default=0)
    top_place = max((p["count"] for p in data["places"]), default=0)
    countries = []
    for c in shapes or ():
        hit = by_code.get(c.code or "")
        countries.append({"code": c.code, "name": c.name, "path": c.path,
                          "count": hit["count"] if hit else 0,
                          "shade": shade(hit["count"], top_country) if hit else 0,
                          "events": hit["events"] if hit else None})
    points = []
    for p in data["places"]:
        x, y = worldmap.project(p["lon"], p["lat"])
        r = 2.5 + 11.5 * math.sqrt(p["count"] / top_place) if top_place else 2.5
        points.append({**p, "x": x, "y": y, "r": round(r, 1)})
    points.sort(key=lambda p: -p["r"])  # the small ones on top, so each stays clickable
    drawn = {c["code"] for c in countries}
    return {"width": worldmap.WIDTH, "height": worldmap.HEIGHT, "shapes": shapes is not None,
            "hint": None if shapes is not None else worldmap.INSTALL_HINT,
            "graticule": worldmap.graticule(), "countries": countries, "points": points,
            "unshaded": [c for c in data["countries"] if c["country"] not in drawn]}
