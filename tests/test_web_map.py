"""The map page (``/map`` and ``/map.json``) and the TopoJSON decoding behind it.

The store is hand-made: events at places with coordinates (points), events placed only in a
country (shading), one with no place, and a place whose name is markup.
"""

from __future__ import annotations

import re
import warnings

import duckdb
import pytest

from detente.store import Store
from detente.web import app as web_app, mapview, worldmap

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

HOSTILE = '<img src=x onerror="alert(1)">'
# id, category, modality, place, country, lat, lon
EVENTS = [
    ("m1", "CONSULT", "asserted", "Istanbul", "TUR", 41.01, 28.95),
    ("m2", "CONSULT", "asserted", "Istanbul", "TUR", 41.01, 28.95),
    ("m3", "ASSAULT", "asserted", "Kharkiv", "UKR", 49.99, 36.23),
    ("m4", "ASSAULT", "asserted", None, "UKR", None, None),      # only the country is known
    ("m5", "ACCUSE", "asserted", None, "RUS", None, None),
    ("m6", "ACCUSE", "asserted", None, None, None, None),        # no place at all
    ("m7", "AID", "negated", "Gaza", "PSE", 31.5, 34.47),        # not counted by default
    ("m8", "PROTEST", "asserted", HOSTILE, "FRA", 48.85, 2.35),
]


def _build(path: str) -> None:
    Store(path).close()
    con = duckdb.connect(path)
    con.execute("INSERT INTO articles (id, title, published, text) VALUES ('a1', 'T', "
                "'2025-05-17', 'Some text.')")
    for eid, cat, modality, place, country, lat, lon in EVENTS:
        con.execute("INSERT INTO events (id, article_id, event, modality, date, date_precision,"
                    " location_name, location_country, lat, lon, sentence, sentence_start, "
                    "sentence_end) VALUES (?, 'a1', ?, ?, '2025-05-16', 'day', ?, ?, ?, ?, "
                    "'Some text.', 0, 10)", [eid, cat, modality, place, country, lat, lon])
    con.close()


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    path = str(tmp_path_factory.mktemp("map") / "map.duckdb")
    _build(path)
    return TestClient(web_app.create_app(path))


@pytest.fixture
def no_shapes(monkeypatch):
    """As on a machine where setup.sh found no npm: the shapes file is nowhere."""
    monkeypatch.setattr(worldmap, "shapes_path", lambda: None)
    worldmap.countries.cache_clear()
    yield
    worldmap.countries.cache_clear()


def needs_shapes():
    if worldmap.shapes_path() is None:
        pytest.skip(worldmap.INSTALL_HINT)


# ------------------------------------------------------------------ JSON twin
def test_map_json_counts_points_countries_and_the_unplaced(client):
    m = client.get("/map.json").json()
    assert [(p["name"], p["country"], p["lat"], p["lon"], p["count"]) for p in m["places"]] == [
        ("Istanbul", "TUR", 41.01, 28.95, 2), (HOSTILE, "FRA", 48.85, 2.35, 1),
        ("Kharkiv", "UKR", 49.99, 36.23, 1)]
    assert m["places"][0]["events"] == "/events?country=TUR&place=Istanbul"
    assert [(c["country"], c["count"], c["events"]) for c in m["countries"]] == [
        ("RUS", 1, "/events?country=RUS"), ("UKR", 1, "/events?country=UKR")]
    assert (m["placed"], m["country_level"], m["unplaced"], m["more_places"]) == (4, 2, 1, 0)


@pytest.mark.parametrize("query, places, countries", [
    ("?category=ASSAULT", ["Kharkiv"], ["UKR"]),     # the events page's filters apply
    ("?modality=negated", ["Gaza"], []),
    ("?country=UKR", ["Kharkiv"], ["UKR"]),
    ("?place=istanbul", ["Istanbul"], []),
])
def test_map_json_takes_the_events_filters(client, query, places, countries):
    m = client.get("/map.json" + query).json()
    assert [p["name"] for p in m["places"]] == places
    assert [c["country"] for c in m["countries"]] == countries


def test_a_point_links_to_its_events_keeping_the_filters(client):
    m = client.get("/map.json?category=CONSULT").json()
    link = m["places"][0]["events"]
    assert link == "/events?category=CONSULT&country=TUR&place=Istanbul"
    assert [e["id"] for e in client.get(link.replace("/events", "/events.json")).json()
            ["events"]] == ["m1", "m2"]


def test_a_bad_map_filter_is_a_400_naming_the_parameter(client):
    r = client.get("/map.json?since=May")
    assert r.status_code == 400
    assert r.json() == {"error": "since: 'May' is not a date; use YYYY, YYYY-MM or YYYY-MM-DD "
                                 "(for example 2025-05-16)", "status": 400, "parameter": "since"}
    assert client.get("/map?since=May").status_code == 400


def test_an_empty_store_maps_nothing_and_says_how_to_add_articles(tmp_path):
    c = TestClient(web_app.create_app(str(tmp_path / "none.duckdb")))
    assert c.get("/map.json").json()["places"] == []
    assert "No articles yet" in c.get("/map").text


# ------------------------------------------------------------------ the page
def test_points_have_a_tooltip_a_link_and_escaped_names(client):
    html = client.get("/map").text
    assert ('<a href="/events?country=TUR&amp;place=Istanbul"><circle class="place" '
            'cx="557.2" cy="114.7" r="14.0"><title>Istanbul (TUR): 2 events</title>'
            '</circle></a>') in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt; (FRA): 1 event</title>" in html
    assert "<img" not in html and "<script" not in html and " style=" not in html


def test_without_shapes_the_page_says_how_to_install_them(client, no_shapes):
    html = client.get("/map").text
    assert ("The map has no country outlines: the country shapes are not installed: run "
            "`bash scripts/setup.sh` (it needs npm: `npm install --prefix vendor/npm "
            "world-atlas@2.0.2`), or point DETENTE_WORLD_ATLAS at world-atlas&#39;s "
            "countries-110m.json.") in html
    assert html.count('<circle class="place"') == 3  # the points are still drawn


def test_countries_placed_only_by_country_are_shaded_and_linked(client):
    needs_shapes()
    html = client.get("/map").text
    ukraine = re.search(r'<a href="/events\?country=UKR"><path class="land s(\d)" d="M[^"]+">'
                        r'<title>Ukraine \(UKR\): 1 event placed in the country only</title>',
                        html)
    assert ukraine and ukraine.group(1) == "5"
    assert '<path class="land" d="M' in html  # countries without events: drawn, not linked
    assert "Antarctica" not in html


# ------------------------------------------------------------------ decoding and projection
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.25], "translate": [10, 20]},
    "arcs": [[[0, 0], [2, 0], [0, 4]],   # (10,20) (11,20) (11,21)
             [[2, 4], [-2, -4]]],        # (11,21) (10,20)
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "id": "792", "properties": {"name": "T"}, "arcs": [[0, 1]]},
        {"type": "Polygon", "id": "010", "properties": {"name": "Antarctica"}, "arcs": [[0, 1]]},
        {"type": "MultiPolygon", "properties": {"name": "Kosovo"}, "arcs": [[[~1, ~0]]]},
    ]}},
}


def test_arcs_are_dequantized_and_delta_decoded():
    arcs = worldmap.decode_arcs(TOPOLOGY)
    assert arcs == [[(10.0, 20.0), (11.0, 20.0), (11.0, 21.0)], [(11.0, 21.0), (10.0, 20.0)]]
    # a ring joins its arcs, the shared point once; ~i walks arc i backwards
    assert worldmap.ring([0, 1], arcs) == [(10.0, 20.0), (11.0, 20.0), (11.0, 21.0),
                                           (10.0, 20.0)]
    assert worldmap.ring([~1, ~0], arcs) == [(10.0, 20.0), (11.0, 21.0), (11.0, 20.0),
                                             (10.0, 20.0)]


def test_shapes_get_alpha3_codes_and_antarctica_is_left_out():
    shapes = worldmap.countries_from(TOPOLOGY)
    assert [(c.code, c.name) for c in shapes] == [("TUR", "T"), ("XKX", "Kosovo")]
    assert shapes[0].path.startswith("M") and shapes[0].path.endswith("Z")


def test_a_ring_across_the_antimeridian_is_made_continuous():
    assert worldmap.unwrap([(179.0, 60.0), (-179.0, 60.0), (-179.0, 62.0), (179.0, 62.0)]) \
        == [(179.0, 60.0), (181.0, 60.0), (181.0, 62.0), (179.0, 62.0)]
    # drawn twice: once running off the east edge, once coming in from the west
    path = worldmap.svg_path([[[(179.0, 60.0), (-179.0, 60.0), (-179.0, 62.0)]]])
    assert path.count("M") == 2


@pytest.mark.parametrize("lon, lat, xy", [
    (-180, 84, (0.0, 0.0)),                 # the top left corner
    (180, -58, (960.0, worldmap.HEIGHT)),   # the bottom right
    (0, -89, (480.0, worldmap.HEIGHT)),     # south of the frame: clamped to its edge
])
def test_projection(lon, lat, xy):
    assert worldmap.project(lon, lat) == xy


@pytest.mark.parametrize("n, top, cls", [(0, 10, 0), (1, 100, 1), (10, 100, 2), (100, 100, 5),
                                         (60, 100, 4)])
def test_shading_classes(n, top, cls):
    assert mapview.shade(n, top) == cls


def test_the_installed_shapes_decode_to_the_world():
    needs_shapes()
    shapes = worldmap.countries()
    codes = {c.code for c in shapes}
    assert {"RUS", "UKR", "TUR", "USA", "FJI", "XKX"} <= codes and "ATA" not in codes
    assert len(shapes) > 150
