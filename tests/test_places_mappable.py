"""Places a user can map and ids a user can join: every place says how precisely it is
resolved (``resolution``) and what its coordinates stand for (``coordinates``), the same in
the JSON contract, the store, CSV, Parquet and PLOVER's ``event_loc``; the input's own id is
the article id everywhere, with the content hash beside it in the store."""

from __future__ import annotations

import csv
import dataclasses
import io

import pyarrow.parquet as pq
import pytest

from detente.export import export, write_csv
from detente.plover import plover_record, schema
from detente.records import Article, Place, content_id
from detente.store import Store
from schema_check import errors
from test_store import make_analysis, make_event

COUNTRY = Place("Syria", 30, 35, "Syria", "SYR", None, None, 163843, "country")
REGION = Place("Crimea", 30, 36, "Crimea", "UKR", 45.3, 34.4, None, "region")
PROVINCE = Place("Koshi", 30, 35, "Koshi", "NPL", None, None, None, "region")
CITY = Place("Istanbul", 30, 38, "Istanbul", "TUR", 41.01, 28.95, 745044, "city")
SITE = Place("the Kremlin", 30, 41, "Kremlin", "RUS", 55.752, 37.6175, None, "site")
#: (place, resolution, coordinates) as every output must give them
CASES = [(COUNTRY, "country", None), (REGION, "admin1", "centroid"),
         (PROVINCE, "admin1", None), (CITY, "city", "point"), (SITE, "site", "point")]


def _analysis(place: Place, id: str = "8011115"):
    def events(art):
        return (dataclasses.replace(make_event(art, 1), location=place),)
    an = make_analysis(events=events)
    return dataclasses.replace(an, article=dataclasses.replace(an.article, id=id))


@pytest.mark.parametrize("place, resolution, coordinates", CASES)
def test_json_gives_resolution_and_coordinates(place, resolution, coordinates):
    loc = _analysis(place).events[0].as_dict()["location"]
    assert (loc["resolution"], loc["coordinates"]) == (resolution, coordinates)
    # a place resolved only to a country has no point a map could show
    assert (loc["lat"] is None) is (coordinates is None)


@pytest.mark.parametrize("place, resolution, coordinates", CASES)
def test_store_csv_parquet_and_plover_keep_them(tmp_path, place, resolution, coordinates):
    with Store(tmp_path / "s.duckdb") as store:
        store.write([_analysis(place)])
        row = store.con.execute("SELECT location_resolution, location_coordinates, lat "
                                "FROM events").fetchone()
        assert row[:2] == (resolution, coordinates)
        assert (row[2] is None) is (coordinates is None)
        (ev,) = store.events()
        assert (ev["location"]["resolution"], ev["location"]["coordinates"]) == (
            resolution, coordinates)
        buf = io.StringIO()
        write_csv([ev], buf)
        (flat,) = csv.DictReader(io.StringIO(buf.getvalue()))
        assert (flat["location_resolution"], flat["location_coordinates"]) == (
            resolution, coordinates or "")
        export(store, "parquet", tmp_path / "e.parquet")
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert (table[0]["location_resolution"], table[0]["location_coordinates"]) == (
        resolution, coordinates)
    loc = plover_record(ev)["event_loc"]
    assert (loc["resolution"], loc["coordinates"]) == (resolution, coordinates)
    assert errors(plover_record(ev), schema()) == []


def test_an_older_store_gets_the_location_columns(tmp_path):
    path = tmp_path / "old.duckdb"
    with Store(path) as store:
        store.con.execute("ALTER TABLE events DROP COLUMN location_resolution")
        store.con.execute("ALTER TABLE events DROP COLUMN location_coordinates")
    with Store(path) as store:
        store.write([_analysis(CITY)])
        assert store.events()[0]["location"]["resolution"] == "city"


def test_the_inputs_own_id_is_the_article_id_with_the_content_hash_beside_it(tmp_path):
    an = _analysis(CITY, id="8011115")
    assert an.as_dict()["article"]["id"] == "8011115"
    assert an.as_dict()["article"]["content_hash"] == content_id(an.article.text)
    with Store(tmp_path / "s.duckdb") as store:
        store.write([an])
        assert store.con.execute("SELECT id, content_hash FROM articles").fetchall() == [
            ("8011115", content_id(an.article.text))]
        (ev,) = store.events()
        assert ev["article_id"] == "8011115"
        buf = io.StringIO()
        write_csv([ev], buf)
        assert next(csv.DictReader(io.StringIO(buf.getvalue())))["article_id"] == "8011115"
    assert plover_record(ev)["article_id"] == "8011115"


def test_article_made_without_an_id_is_named_by_its_hash():
    art = Article.make("Envoys met.")
    assert art.id == art.content_hash == content_id("Envoys met.")
