"""The ``serve`` command: the web dashboard over a store (needs the ``web`` extra)."""

from __future__ import annotations

import secrets

import click

from ..errors import DetenteError
from .core import DB_OPTION


def register(group: click.Group) -> None:
    group.add_command(serve)


@click.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default serves this machine only; another "
                   "address shows article text to anyone who can reach it.")
@click.option("--port", type=click.IntRange(1, 65535), default=8000, show_default=True)
@click.option("--allow-ingest", is_flag=True,
              help="Let the analyze page store what it analyses when the form carries the "
                   "token printed at start-up (the server then writes to the database).")
def serve(db: str, host: str, port: int, allow_ingest: bool) -> None:
    """Browse the store in a web browser: overview, events with filters, each event with its
    evidence in the article. Every page has a JSON twin (add .json); the API is at /docs.

    The server opens the database read-only for each request and holds nothing between them,
    so `detente ingest` can write to it while the dashboard is open. With --allow-ingest the
    analyze page (/analyze) also stores, given the token printed at start-up; the server
    orders its own writes and page loads, and waits for other writers.

    \b
    Example:
      detente serve --db conflict.duckdb      # then open http://127.0.0.1:8000/
    """
    try:
        import uvicorn

        from ..web import create_app
    except ImportError as exc:
        raise DetenteError(f"the dashboard needs the web extra ({exc.name} is missing): "
                           "pip install -e '.[web]'") from None
    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"Warning: listening on {host}: anyone who can reach it reads the store "
                   "(no login)", err=True)
    click.echo(f"detente dashboard on http://{host}:{port}/ (database {db}); Ctrl-C stops it",
               err=True)
    token = secrets.token_urlsafe(18) if allow_ingest else None
    if token:
        click.echo(f"Ingest allowed: /analyze stores with this token: {token}", err=True)
    uvicorn.run(create_app(db, allow_ingest=allow_ingest, token=token), host=host, port=port,
                log_level="warning")
