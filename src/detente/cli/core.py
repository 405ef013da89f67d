"""Core commands: analyze, ingest, events, export (STUB — analyze only, being extended)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from ..errors import BadDate
from ..records import Article


def register(group: click.Group) -> None:
    group.add_command(analyze)


@click.command()
@click.argument("input", type=click.Path(exists=True, dir_okay=False))
@click.option("--published", help="Publication date YYYY-MM-DD (anchor for relative dates).")
@click.option("--model", default="sm", show_default=True, help="spaCy model: sm, md or a package.")
def analyze(input: str, published: str | None, model: str) -> None:
    """Analyse INPUT and print one JSON object per article (no store)."""
    from ..pipeline import Analyzer, Options

    pub = None
    if published:
        try:
            pub = dt.date.fromisoformat(published)
        except ValueError:
            raise BadDate(published)
    text = Path(input).read_text(encoding="utf-8")
    article = Article.make(text, published=pub, origin=input)
    for analysis in Analyzer(Options(model=model)).analyze([article]):
        click.echo(json.dumps(analysis.as_dict(), ensure_ascii=False))
