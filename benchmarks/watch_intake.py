"""What continuous intake costs on top of ingesting files: the VOA stories as HTML pages and one
RSS feed on a local server (127.0.0.1), read three ways in one run:

1. ``detente ingest`` of the same pages saved as .html files (no network);
2. ``detente watch --once`` on the feed: every item new, each page fetched and analysed;
3. a second poll: every item seen (the cost of a poll that brings nothing).

Prints articles/s, the ratio of (2) to (1), the no-op poll time, and whether both stores hold
the same events per article title. Run: ``python benchmarks/watch_intake.py [--copies N]``.
"""

from __future__ import annotations

import argparse
import html
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # the local test server

from local_http import Page, Site  # noqa: E402

from detente import runner  # noqa: E402
from detente.pipeline import Options  # noqa: E402
from detente.store import Store  # noqa: E402
from detente.watch import Watcher  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def page(story: dict, copy: int) -> bytes:
    title = html.escape(story["title"] + (f" ({copy})" if copy else ""))
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in story["text"].split("\n") if p)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="article:published_time" content="{story["published"][:10]}">'
            f"</head><body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>"
            f"{paragraphs}</article><footer>Example footer</footer></body></html>").encode()


def events_by_title(db: str) -> dict[str, int]:
    with Store(db, read_only=True) as store:
        return dict(store.con.execute("SELECT a.title, count(e.id) FROM articles a LEFT JOIN "
                                      "events e ON e.article_id = a.id GROUP BY a.title"
                                      ).fetchall())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--copies", type=int, default=1, help="corpus replicated N times")
    args = ap.parse_args()
    stories = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    tmp = Path(tempfile.mkdtemp(prefix="watch-bench-"))
    pages = tmp / "pages"
    pages.mkdir()
    with Site() as site:
        items = []
        for copy in range(args.copies):
            for i, story in enumerate(stories):
                path = f"/story/{copy}-{i}.html"
                body = page(story, copy)
                site.routes[path] = Page(body)
                (pages / f"{copy}-{i:03d}.html").write_bytes(body)
                items.append(f"<item><title>{html.escape(story['title'])}</title>"
                             f"<link>{site.base}{path}</link><guid>{copy}-{i}</guid></item>")
        site.routes["/feed.xml"] = Page(
            ("<?xml version='1.0'?><rss version='2.0'><channel><title>VOA copy</title>"
             + "".join(items) + "</channel></rss>").encode(), type="application/rss+xml")
        options = Options()
        n = len(items)
        from detente.pipeline import Analyzer
        Analyzer(options)  # load the model and knowledge once, outside the timings

        t0 = time.perf_counter()
        result = runner.ingest(str(tmp / "files.duckdb"), [str(pages)], options=options)
        files_s = time.perf_counter() - t0

        watcher = Watcher(db=str(tmp / "feed.duckdb"), targets=[site.url("/feed.xml")],
                          options=options, log=lambda line: None)
        t0 = time.perf_counter()
        [first] = watcher.run(once=True)
        feed_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        watcher.make_due()  # due at once (normally after --every)
        [second] = watcher.poll_due()
        noop_s = time.perf_counter() - t0

    same = events_by_title(str(tmp / "files.duckdb")) == events_by_title(str(tmp / "feed.duckdb"))
    print(f"articles: {n} ({args.copies} x VOA), files stored {result.new}, feed new "
          f"{first.new}, second poll new {second.new} seen {second.seen}")
    print(f"ingest of saved pages : {n / files_s:6.2f} articles/s ({files_s:.1f} s)")
    print(f"watch --once (fetch)  : {n / feed_s:6.2f} articles/s ({feed_s:.1f} s), "
          f"ratio to files {files_s / feed_s:.3f}")
    print(f"poll with nothing new : {noop_s * 1000:.0f} ms for {n} items")
    print(f"same events per title in both stores: {same}")


if __name__ == "__main__":
    main()
