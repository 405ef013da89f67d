"""The ``detente`` command. Each command is a thin layer over one library function.

Commands live in submodules by area (core, evaluation, ledger); each submodule exposes
``register(group)``. A ``DetenteError`` becomes ``Error: <message>`` and exit status 1.
"""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import DetenteError


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except DetenteError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="detente")
def main() -> None:
    """detente: sourced PLOVER events and a peace-process ledger from news text.

    Every coded field points back to the sentence it rests on. Runs offline, except for the
    URLs you give `ingest` and `watch`.

    \b
    Typical use:
      detente analyze article.txt --published 2025-05-29
      detente ingest stories.jsonl          # into ./detente.duckdb
      detente events --actor RUS --type CONSULT
      detente export --format csv events.csv
      detente watch https://example.org/rss.xml --every 15m
    """


from . import core, evaluation, ledger, serve, stories, watch  # noqa: E402  (they register)
from . import spark  # noqa: E402

for _area in (core, evaluation, ledger, stories, serve, watch, spark):
    _area.register(main)
