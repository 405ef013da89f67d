"""The ``stories`` command: event rows of several articles linked as one real event."""

from __future__ import annotations

import json
import shutil

import click

from ..dblock import READER_WAIT, WRITER_WAIT
from . import choices
from .core import DB_OPTION, _event_filters, _query, wait_option


def register(group: click.Group) -> None:
    group.add_command(stories)


def _parties(codes: list[str]) -> str:
    return ",".join(codes) or "-"


def format_stories(rows: list[dict], width: int | None = None) -> str:
    """A plain-text table of stories, fitted to ``width`` (default: the terminal's)."""
    from ..export import text_table

    width = width or shutil.get_terminal_size((120, 24)).columns
    head = ("date", "event", "actor", "recipient", "where", "mentions", "articles", "evidence")
    table = []
    for s in rows:
        loc = s.get("location") or {}
        first = (s["sources"][0]["sentence"] if s["sources"] else "") or ""
        table.append((s.get("date") or "-", s["event"], _parties(s["actors"]),
                      _parties(s["recipients"]), loc.get("name") or "-", str(s["mentions"]),
                      str(s["articles"]), first))
    return "\n".join(text_table(head, table, (10, 12, 16, 16, 14, 8, 8), width))


def _summary(counts: dict[str, int], window: int) -> str:
    linked = counts["rows"] - counts["stories"]
    told = "1 row tells" if linked == 1 else f"{linked} rows tell"
    return (f"{counts['rows']} event rows linked into {counts['stories']} stories "
            f"({told} an event another row already tells); day dates up to "
            f"{window} day{'s' if window != 1 else ''} apart")


@click.command()
@DB_OPTION
@_event_filters
@click.option("--min-mentions", type=click.IntRange(min=1), default=1, show_default=True,
              metavar="N", help="Only stories told by at least N event rows (2: linked ones).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--rebuild", is_flag=True, help="Link every stored event anew (ingest keeps "
              "stories current by itself; use this after changing --window, or on a database "
              "written by an older detente), then print what it did.")
@click.option("--window", type=click.IntRange(min=0), metavar="DAYS",
              help="With --rebuild: days two day-precision dates may be apart and still tell "
              "one event (default 1; kept for later ingests).")
@wait_option(READER_WAIT, "e.g. an ingest storing a batch; with --rebuild, at least "
             f"{WRITER_WAIT:g} s")
def stories(db, actor, recipient, type_, since, until, limit, min_mentions, fmt, rebuild,
            window, wait):
    """List stories: event rows of several articles that tell one real event.

    Rows are linked when they have the same category, the same coded actors and recipients,
    places that agree (the same, one unknown, or a country and a place in it) and dates that
    agree (day dates at most --window days apart, a month or year containing the other).
    Asserted and historical events only; a row without a coded actor stays alone. `mentions`
    is the number of event rows (GDELT's NumMentions), `articles` the number of articles; the
    json format lists every source with its url and sentence.

    \b
    Examples:
      detente stories --min-mentions 2
      detente stories --actor RUS --type ASSAULT --format json
      detente stories --rebuild --window 2
    """
    from ..store import Store

    if window is not None and not rebuild:
        raise click.UsageError("--window applies to --rebuild only (stored stories were "
                               "linked with the window of the last rebuild)")
    if rebuild:
        from ..stories import window_of

        with Store(db, wait=max(wait, WRITER_WAIT)) as store:
            store.rebuild_stories(window)
            click.echo(_summary(store.story_counts(), window_of(store.con)), err=True)
        return
    with Store(db, read_only=True, wait=wait) as store:
        query = _query(store, actor, recipient, type_, since, until)
        rows = store.stories(**query, min_mentions=min_mentions, limit=limit)
        counts = store.story_counts()
    missing = counts["eligible"] - counts["rows"]
    if missing > 0 and counts["rows"]:  # rows stored before stories existed are in none
        click.echo(f"Note: {missing} of {counts['eligible']} events are in no story (stored by "
                   f"an older detente?): run `detente stories --rebuild --db {db}`.", err=True)
    if not rows:
        click.echo(_empty(db, query, min_mentions, counts))
        return
    if fmt == "json":
        for r in rows:
            click.echo(json.dumps(r, ensure_ascii=False, default=str))
    else:
        click.echo(format_stories(rows))


def _empty(db: str, query: dict, min_mentions: int, counts: dict[str, int]) -> str:
    if not counts["stories"] and counts["eligible"]:
        return (f"No stories are stored although {counts['eligible']} events are: run "
                f"`detente stories --rebuild --db {db}`.")
    used = choices.filters_text(**query, min_mentions=min_mentions if min_mentions > 1 else None)
    head = f"No stories match {used}" if used else "No stories"
    return f"{head}; {counts['stories']} stories are stored."
