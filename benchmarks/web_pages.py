"""How fast do the dashboard's list pages answer on a big store? Prints figures; asserts nothing.

    python benchmarks/web_pages.py [--events 1000000] [--db web_bench.duckdb] [--runs 20]

Builds (once; reused when the file exists) a synthetic store of ``--events`` events over
``events / 20`` articles: seeded random categories, modalities, dates over 2020-2025, countries
and actor pairs drawn from 40 codes, six events in ten at one of 300 places with coordinates
(the others placed only in a country), short evidence sentences. Then requests each page and
its JSON twin in-process (Starlette's TestClient, so no network) ``--runs`` times and prints
the first request's time, p50 and p95 in milliseconds per page. The target in issue 11 is
p95 <= 300 ms at 1,000,000 events for the list pages and their JSON twins.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

import duckdb  # noqa: E402
import pyarrow as pa  # noqa: E402

from detente import summary  # noqa: E402
from detente.store import Store  # noqa: E402
from detente.web import create_app  # noqa: E402
from detente.web.params import categories  # noqa: E402

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient  # noqa: E402

CODES = ["RUS", "UKR", "USA", "CHN", "TUR", "ISR", "PSE", "IRN", "SAU", "EGY", "QAT", "FRA",
         "DEU", "GBR", "IND", "PAK", "AFG", "SYR", "IRQ", "LBN", "YEM", "SDN", "ETH", "SOM",
         "KEN", "NGA", "MLI", "COD", "VEN", "COL", "BRA", "MEX", "JPN", "KOR", "PRK", "TWN",
         "IGO", "UNO", "NGO", "EUR"]
MODALITIES = ["asserted"] * 7 + ["future", "negated", "hypothetical", "historical"]


def build(path: str, n: int, seed: int = 11) -> None:
    rnd = random.Random(seed)
    cats = list(categories())
    n_art = max(1, n // 20)
    Store(path).close()
    con = duckdb.connect(path)
    arts = pa.table({
        "id": [f"art{i}" for i in range(n_art)],
        "title": [f"Story {i}" for i in range(n_art)],
        "url": [f"https://example.org/{i}" for i in range(n_art)],
        "published": pa.array([f"202{rnd.randint(0, 5)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"
                               for _ in range(n_art)]).cast(pa.date32()),
        "text": ["Synthetic story text. " * 20] * n_art})
    con.register("arts", arts)
    con.execute("INSERT INTO articles (id, title, url, published, text) SELECT * FROM arts")
    # 300 places with coordinates; six events in ten are at one, the rest only in a country
    places = [(f"Place {k}", rnd.choice(CODES[:36]), round(rnd.uniform(-50, 70), 3),
               round(rnd.uniform(-170, 170), 3)) for k in range(300)]
    ev = {"id": [], "article_id": [], "event": [], "modality": [], "date": [],
          "date_precision": [], "location_country": [], "location_name": [], "lat": [],
          "lon": [], "sentence": [], "sentence_start": [], "sentence_end": []}
    ea = {"event_id": [], "article_id": [], "role": [], "position": [], "name": [], "code": []}
    for i in range(n):
        art = f"art{i // 20}"
        a, r = rnd.sample(CODES, 2)
        cat = rnd.choice(cats)
        ev["id"].append(f"ev{i}")
        ev["article_id"].append(art)
        ev["event"].append(cat)
        ev["modality"].append(rnd.choice(MODALITIES))
        ev["date"].append(f"202{rnd.randint(0, 5)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}")
        ev["date_precision"].append("day")
        if rnd.random() < 0.6:
            name, country, lat, lon = rnd.choice(places)
        else:
            name, country, lat, lon = None, rnd.choice(CODES[:36]), None, None
        ev["location_country"].append(country)
        ev["location_name"].append(name)
        ev["lat"].append(lat)
        ev["lon"].append(lon)
        ev["sentence"].append(f"{a} officials said {cat.lower()} with {r} on the issue {i % 997}.")
        ev["sentence_start"].append(0)
        ev["sentence_end"].append(20)
        for role, code in (("actor", a), ("recipient", r)):
            ea["event_id"].append(f"ev{i}")
            ea["article_id"].append(art)
            ea["role"].append(role)
            ea["position"].append(0)
            ea["name"].append(f"{code} government")
            ea["code"].append(code)
    con.register("ev", pa.table(ev))
    con.execute(f"INSERT INTO events ({', '.join(ev)}) SELECT * FROM ev")
    con.register("ea", pa.table(ea))
    con.execute(f"INSERT INTO event_actors ({', '.join(ea)}) SELECT * FROM ea")
    summary.refresh(con)  # what Store.write keeps up to date at each ingest
    con.close()


PAGES = ["/", "/.json", "/events", "/events.json", "/events.json?actor=RUS",
         "/events?actor=RUS", "/events.json?recipient=united",
         "/events.json?actor=RUS&recipient=UKR&category=CONSULT",
         "/events.json?q=ceasefire&since=2024-01&until=2024-06",
         "/events.json?q=officials&sort=-date", "/events.json?since=2023",
         "/events.json?category=AID&modality=all&sort=published",
         "/events.json?country=TUR&sort=-date&page=20", "/events.json?page=2000",
         "/events.json?place=place%2017", "/events.json?sort=confidence&per_page=500",
         "/map", "/map.json", "/map.json?actor=RUS&since=2024", "/map?category=ASSAULT",
         "/events/ev123", "/events/ev123.json"]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="web_bench.duckdb")
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    if not os.path.exists(args.db):
        t = time.perf_counter()
        build(args.db, args.events)
        print(f"built {args.db}: {args.events} events in {time.perf_counter() - t:.1f} s")
    # opened to write once, as the next ingest would: a file built by an older detente gets
    # this one's indexes
    t = time.perf_counter()
    Store(args.db).close()
    print(f"opened to write in {time.perf_counter() - t:.1f} s")
    client = TestClient(create_app(args.db))
    # "first": the first request, which also pays for what a process or a write to the file
    # makes the app compute once (the overview's counts, the map's shapes); p50/p95 of all
    # runs; "cpu": the median CPU time of a request, every thread of the process together (on
    # a machine shared with other work the wall time grows with the load, the CPU time not)
    print(f"{'page':60} {'first':>8} {'p50 ms':>8} {'p95 ms':>8} {'cpu ms':>8}")
    for page in PAGES:
        times, cpu = [], []
        for _ in range(args.runs):
            t, c = time.perf_counter(), time.process_time()
            r = client.get(page)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
            if r.status_code != 200:
                raise SystemExit(f"{page}: HTTP {r.status_code} {r.text[:200]}")
        first = times[0]
        times.sort()
        p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
        print(f"{page:60} {first:8.1f} {statistics.median(times):8.1f} {p95:8.1f} "
              f"{statistics.median(cpu):8.1f}", flush=True)


if __name__ == "__main__":
    main()
