"""How many event rows collapse into how many stories (issue 10, item 4).

Reads the stored event rows of a detente database (asserted and historical ones, as
``detente stories`` links them), links them with several date windows, and prints for each:
rows, stories, stories of two or more rows, rows saved. It also checks that linking does not
depend on the order of the rows (shuffled several times: the same story ids), and times the
linking alone, on the rows as stored and replicated: on the same days (each copy under other
article ids, so copies link with each other: the worst case for complete linkage), and spread
over the years (a longer history: 10x and 20x, whose ratio should be about 2).

    PYTHONPATH=src .venv/bin/python benchmarks/stories_collapse.py --db /tmp/s.duckdb
    PYTHONPATH=src .venv/bin/python benchmarks/stories_collapse.py --db x.duckdb --merges

``--merges`` prints every linked story with each member's article title and sentence: the
material of the hand check in docs/stories.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import time

from detente import stories
from detente.export import clean_cell
from detente.store import Store


def _ids(found: list[stories.Story]) -> list[str]:
    return sorted(s.id for s in found)


def _later(date: str | None, years: int) -> str | None:
    """The same ISO (partial) date ``years`` later; 29 February stays in February."""
    if not date or not date[:4].isdigit():
        return date
    text = f"{int(date[:4]) + years:04d}{date[4:]}"
    return text.replace("-02-29", "-02-28")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True)
    ap.add_argument("--windows", default="0,1,2,3", help="day windows to compare")
    ap.add_argument("--replicate", type=int, default=10)
    ap.add_argument("--merges", action="store_true", help="print every linked story")
    args = ap.parse_args()
    with Store(args.db, read_only=True) as store:
        rows = stories.read_mentions(store.con)
        titles = dict(store.con.execute("SELECT id, title FROM articles").fetchall())
        sentences = {(r[0], r[1]): r[2] for r in store.con.execute(
            "SELECT id, article_id, sentence FROM events").fetchall()}
    no_actor = sum(1 for m in rows if not m.actors)
    print(f"{len(rows)} asserted/historical event rows in {len({m.article_id for m in rows})} "
          f"articles; {no_actor} have no coded actor (never linked)\n")
    print(f"{'window':>6}  {'rows':>5}  {'stories':>7}  {'2+ rows':>7}  {'rows in them':>12}  "
          f"{'saved':>5}  {'largest':>7}")
    for w in (int(x) for x in args.windows.split(",")):
        found = stories.link(rows, w)
        t = dict(stories.collapse_table(len(rows), found))
        print(f"{w:>6}  {len(rows):>5}  {len(found):>7}  {t['stories of 2+ rows']:>7}  "
              f"{t['rows in those stories']:>12}  {t['rows saved (rows - stories)']:>5}  "
              f"{t['largest story (rows)']:>7}")
    # the earlier default, for comparison: a month or year date agrees with any day inside it
    wide = stories.link(rows, contain=True)
    t = dict(stories.collapse_table(len(rows), wide))
    print(f"{'1 cont':>6}  {len(rows):>5}  {len(wide):>7}  {t['stories of 2+ rows']:>7}  "
          f"{t['rows in those stories']:>12}  {t['rows saved (rows - stories)']:>5}  "
          f"{t['largest story (rows)']:>7}   (a month or year date contains its days)")
    base = _ids(stories.link(rows))
    rng = random.Random(10)
    same = 0
    for _ in range(5):
        shuffled = rows[:]
        rng.shuffle(shuffled)
        same += _ids(stories.link(shuffled)) == base
    print(f"\norder independence: {same}/5 shuffles give the same story ids")
    t0 = time.process_time()
    stories.link(rows)
    one = time.process_time() - t0
    many = [dataclasses.replace(m, article_id=f"{m.article_id}#{k}", event_id=f"{m.event_id}#{k}")
            for k in range(args.replicate) for m in rows]
    t0 = time.process_time()
    linked = stories.link(many)
    rep = time.process_time() - t0
    print(f"linking CPU: {one:.3f}s for {len(rows)} rows; {rep:.3f}s for {len(many)} rows "
          f"({args.replicate}x replicated on the same days, {len(linked)} stories): ratio "
          f"{rep / max(one, 1e-9):.1f}")
    # the doubling check: the same history twice as long should cost about twice as much
    spent = []
    for n in (args.replicate, 2 * args.replicate):
        spread = [dataclasses.replace(m, article_id=f"{m.article_id}#{k}",
                                      event_id=f"{m.event_id}#{k}", date=_later(m.date, 2 * k))
                  for k in range(n) for m in rows]
        t0 = time.process_time()
        linked = stories.link(spread)
        spent.append(time.process_time() - t0)
        print(f"linking CPU: {spent[-1]:.3f}s for {len(spread)} rows ({n}x replicated, each "
              f"copy 2 years later, {len(linked)} stories)")
    print(f"twice the rows, {spent[1] / max(spent[0], 1e-9):.2f}x the time (2.0 is linear)")
    if args.merges:
        print()
        for s in stories.link(rows):
            if s.mentions < 2:
                continue
            print(f"== {s.key}  {s.lead.date} ({s.mentions} rows)")
            for m in s.members:
                where = f" @{m.place}" if m.place else ""
                print(f"   [{m.article_id}] {m.date}{where} | {clean_cell(titles.get(m.article_id), 60)}")
                print(f"      {clean_cell(sentences.get((m.event_id, m.article_id)), 240)}")


if __name__ == "__main__":
    main()
