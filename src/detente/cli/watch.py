"""``detente watch``: poll feeds and article URLs into the store (a thin layer over
``detente.watch.Watcher``)."""

from __future__ import annotations

import re
import sys

import click

from ..dblock import WRITER_WAIT
from .core import (DB_OPTION, _kb_option, _max_chars_option, _model_option, _options,
                   _published, _reference_date_option, _report_reject, _time_budget_option,
                   wait_option)
from .feedback import timeout_option

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


class Every(click.ParamType):
    """A poll interval: 90s, 15m, 2h, 1d (a bare number is seconds)."""

    name = "interval"

    def convert(self, value, param, ctx):
        if isinstance(value, (int, float)):
            return float(value)
        m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(value).lower())
        seconds = float(m.group(1)) * _UNITS[m.group(2) or "s"] if m else 0.0
        if seconds < 1:
            self.fail(f"{str(value)[:40]!r} is not an interval; give a number with s, m, h or "
                      "d (e.g. 15m), at least 1s", param, ctx)
        return seconds


def register(group: click.Group) -> None:
    group.add_command(watch)


@click.command()
@click.argument("targets", nargs=-1, required=True, metavar="FEED_OR_URL...")
@DB_OPTION
@click.option("--every", type=Every(), default="15m", show_default=True, metavar="INTERVAL",
              help="Poll each target this often (90s, 15m, 2h). A target that fails is polled "
                   "less often (twice the interval per failure in a row, at most 8 times).")
@click.option("--once", is_flag=True, help="Poll every target once and exit (for cron and "
              "tests); exit status 2 when a target or an item failed.")
@click.option("--published", help="Publication date YYYY-MM-DD for every item (overrides the "
              "page's and the feed's own).")
@timeout_option
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              metavar="N", help="Worker processes for the analysis, as for `detente ingest` "
              "(worth it when a poll brings many new items).")
@_model_option
@_kb_option
@_max_chars_option
@_time_budget_option
@_reference_date_option
@wait_option(WRITER_WAIT, "a reader such as a notebook, or an ingest")
def watch(targets, db, every, once, published, timeout, workers, model, kb_paths, max_chars,
          time_budget, reference_date, wait):
    """Poll RSS/Atom feeds and article pages; store what is new in --db.

    Each FEED_OR_URL (http or https) is fetched every --every. For a feed, only items never
    taken before are read: their article page is fetched and extracted (if the page fails,
    the feed's own summary is stored instead, and a line says so), then analysed and stored
    as `detente ingest` does. What was taken from each feed (item guid or link) is kept in
    the store's feed_items table, so a restart takes nothing twice; an item's later edits in
    the feed are not followed. A plain article URL is read on every poll and re-analysed only
    when its text changed.

    One line per poll per target goes to standard output: time (UTC), target, and new / seen
    / failed counts, or why the target failed (down, slow, an HTTP error, malformed, not a
    feed) and when it is tried again. A failing target or item is also a quarantine row and
    never stops the others. Ctrl-C or SIGTERM finishes the item in hand, stores what was
    read, and exits; a second Ctrl-C stops at once (what was stored stays stored).

    \b
    Examples:
      detente watch https://example.org/world/rss.xml --every 15m --db news.duckdb
      detente watch https://example.org/feed.atom --once     # from cron
    """
    from ..watch import Watcher, stop_on_signals
    from .feedback import page_reader

    limits = page_reader(timeout).limits
    watcher = Watcher(db=db, targets=list(targets), every=every, limits=limits,
                      options=_options(model, kb_paths, time_budget, reference_date),
                      workers=workers, published=_published(published),
                      max_chars=max_chars or 1_000_000, wait=wait,
                      log=lambda line: click.echo(line), on_reject=_report_reject,
                      on_note=lambda note: click.echo(f"note: {note}", err=True))

    def stopping() -> None:
        click.echo("stopping after the item in hand (Ctrl-C again to stop at once)", err=True)

    with stop_on_signals(watcher.stop, stopping):
        polls = watcher.run(once=once)
    new = sum(p.new for p in polls)
    failed = sum(1 for p in polls if p.error) + sum(p.failed for p in polls)
    click.echo(f"watch: {len(polls)} polls, {new} new items stored, {failed} failures", err=True)
    if once and failed:
        sys.exit(2)
