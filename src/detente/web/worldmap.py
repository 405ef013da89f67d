"""Country shapes for the map page: Natural Earth's countries as TopoJSON (the npm package
``world-atlas``, installed by ``scripts/setup.sh``), decoded here and projected to SVG paths.

Nothing is fetched at run time: the shapes are a file on disk, read once per process. Without
it the map page still draws its points on a plain grid and says how to install the shapes.

TopoJSON in brief: the shapes share ``arcs`` (lists of quantized, delta-encoded positions);
a polygon is a list of rings, a ring a list of arc indexes, ``~i`` (that is ``-i - 1``) meaning
arc ``i`` walked backwards. Consecutive arcs of a ring share their joining point.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

import pycountry
import yaml

from ..knowledge import build_once

#: The npm package and version scripts/setup.sh installs (the shapes are its 1:110m file).
PACKAGE = "world-atlas@2.0.2"
SHAPES_FILE = "countries-110m.json"
#: Where setup.sh puts it: a folder of the checkout, ignored by git.
VENDOR = Path("vendor") / "npm" / "node_modules" / "world-atlas"
#: Overrides the search: a TopoJSON file, or the world-atlas folder holding it.
ENV = "DETENTE_WORLD_ATLAS"
INSTALL_HINT = (f"the country shapes are not installed: run `bash scripts/setup.sh` (it needs "
                f"npm: `npm install --prefix vendor/npm {PACKAGE}`), or point {ENV} at "
                f"world-atlas's {SHAPES_FILE}")

#: Drawing area: equirectangular, cut to the latitudes where events happen (no Antarctica).
WIDTH = 960.0
NORTH, SOUTH = 84.0, -58.0
HEIGHT = round(WIDTH * (NORTH - SOUTH) / 360.0, 1)


@dataclass(frozen=True)
class Country:
    code: str | None  #: ISO 3166 alpha-3 (None for a shape no code names)
    name: str  #: the shape's own name (Natural Earth's)
    path: str  #: SVG path data in map coordinates


def project(lon: float, lat: float) -> tuple[float, float]:
    """Longitude/latitude -> map x/y (equirectangular; latitudes beyond the frame clamp)."""
    lat = max(SOUTH, min(NORTH, lat))  # longitudes past +-180 stay: the SVG clips them
    return (round((lon + 180.0) / 360.0 * WIDTH, 1),
            round((NORTH - lat) / (NORTH - SOUTH) * HEIGHT, 1))


def shapes_path() -> Path | None:
    """The TopoJSON file to draw, or None when it is nowhere to be found."""
    candidates = []
    if os.environ.get(ENV):
        given = Path(os.environ[ENV])
        candidates.append(given / SHAPES_FILE if given.is_dir() else given)
    # the checkout this package runs from (src layout, editable install), then the cwd
    candidates += [Path(__file__).resolve().parents[3] / VENDOR / SHAPES_FILE,
                   Path.cwd() / VENDOR / SHAPES_FILE]
    return next((p for p in candidates if p.is_file()), None)


def decode_arcs(topology: dict) -> list[list[tuple[float, float]]]:
    """Every arc as absolute longitude/latitude positions (undoing quantization and deltas)."""
    transform = topology.get("transform")
    out = []
    for arc in topology["arcs"]:
        if transform is None:  # an unquantized topology holds positions as they are
            out.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
        x = y = 0
        points = []
        for p in arc:
            x += p[0]
            y += p[1]
            points.append((x * sx + tx, y * sy + ty))
        out.append(points)
    return out


def ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    """One ring's positions: its arcs joined, each reversed where its index is negative."""
    points: list[tuple[float, float]] = []
    for i in indexes:
        arc = arcs[i] if i >= 0 else arcs[~i][::-1]
        points.extend(arc[1:] if points else arc)  # the shared joining point once
    return points


def polygons(geometry: dict, arcs: list) -> list[list[list[tuple[float, float]]]]:
    """A Polygon or MultiPolygon geometry as a list of polygons (each a list of rings)."""
    kind = geometry.get("type")
    if kind == "Polygon":
        return [[ring(r, arcs) for r in geometry["arcs"]]]
    if kind == "MultiPolygon":
        return [[ring(r, arcs) for r in poly] for poly in geometry["arcs"]]
    return []  # null geometries and points draw nothing


def unwrap(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (a step of more than 180 degrees of longitude)
    made continuous: the points after the step shifted by 360 degrees, so the ring runs past
    the map's edge instead of striping across the whole map."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for lon, lat in points:
        if out:
            step = lon + shift - out[-1][0]
            if step > 180:
                shift -= 360.0
            elif step < -180:
                shift += 360.0
        out.append((lon + shift, lat))
    return out


def _ring_path(points: list[tuple[float, float]]) -> str:
    xy: list[tuple[float, float]] = []
    for lon, lat in points:
        p = project(lon, lat)
        if not xy or p != xy[-1]:
            xy.append(p)
    if len(xy) < 3:
        return ""
    return "M" + "L".join(f"{x:g},{y:g}" for x, y in xy) + "Z"


def svg_path(polys: list[list[list[tuple[float, float]]]]) -> str:
    """SVG path data for polygons (holes by the even-odd rule), points closer than a tenth of
    a pixel dropped: at this scale they only add bytes. A ring running past one edge is drawn
    again from the other, so the far east of Russia shows beside Alaska."""
    parts = []
    for poly in polys:
        for r in poly:
            r = unwrap(r)
            lons = [p[0] for p in r] or [0.0]
            copies = [0.0] + ([-360.0] if max(lons) > 180 else []) \
                + ([360.0] if min(lons) < -180 else [])
            for shift in copies:
                parts.append(_ring_path([(lon + shift, lat) for lon, lat in r]))
    return "".join(parts)


def _unnumbered() -> dict[str, str | None]:
    """Shape name -> alpha-3 for the shapes world-atlas gives no ISO numeric id."""
    with open(Path(__file__).parent / "data" / "map_names.yaml", encoding="utf-8") as f:
        return yaml.safe_load(f)["unnumbered"]


def alpha3(numeric: str | None, name: str, unnumbered: dict[str, str | None]) -> str | None:
    """The alpha-3 code of a world-atlas shape: by its ISO 3166 numeric id, else by name."""
    if numeric:
        found = pycountry.countries.get(numeric=str(numeric).zfill(3))
        if found is not None:
            return found.alpha_3
    return unnumbered.get(name)


def countries_from(topology: dict) -> list[Country]:
    """The countries object of a world-atlas topology as projected shapes (no Antarctica)."""
    arcs = decode_arcs(topology)
    names = _unnumbered()
    out = []
    for g in topology["objects"]["countries"]["geometries"]:
        name = (g.get("properties") or {}).get("name") or ""
        code = alpha3(g.get("id"), name, names)
        if code == "ATA":
            continue
        path = svg_path(polygons(g, arcs))
        if path:
            out.append(Country(code, name, path))
    return out


@build_once(maxsize=1)  # the server's threads share one decoding, built under a lock
def countries() -> tuple[Country, ...] | None:
    """The world's countries, decoded once per process; None when the shapes are missing."""
    path = shapes_path()
    if path is None:
        return None
    with open(path, encoding="utf-8") as f:
        return tuple(countries_from(json.load(f)))


def graticule(step: int = 30) -> str:
    """Meridians and parallels every ``step`` degrees, as one SVG path."""
    parts = []
    for lon in range(-180, 181, step):
        (x0, y0), (_, y1) = project(lon, NORTH), project(lon, SOUTH)
        parts.append(f"M{x0:g},{y0:g}V{y1:g}")
    for lat in range(-30, 61, step):
        (x0, y), (x1, _) = project(-180, lat), project(180, lat)
        parts.append(f"M{x0:g},{y:g}H{x1:g}")
    return "".join(parts)
