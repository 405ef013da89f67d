"""What the long commands tell the user while they run: progress with totals, a warning for
text that is not English, a clear refusal of URLs where nothing is downloaded, and the
--timeout option of the commands that do fetch (ingest, watch)."""

from __future__ import annotations

import os
import re
import sys
from typing import Iterable

import click

from ..errors import UrlNotFetched
from ..export import clean_cell

_URL = re.compile(r"[a-z][a-z0-9+.-]*://", re.IGNORECASE)


def progress_option(f):
    return click.option("--progress/--no-progress", default=None,
                        help="Show progress with totals and ETA on stderr (default: only when "
                        "stderr is a terminal).")(f)


def progress_bar(enabled: bool | None, total: int | None, unit: str):
    """A tqdm bar on stderr; ``enabled`` None means: only on a terminal."""
    from tqdm import tqdm

    show = sys.stderr.isatty() if enabled is None else enabled
    return tqdm(total=total, unit=unit, file=sys.stderr, disable=not show, leave=False,
                dynamic_ncols=True)


def timeout_option(f):
    return click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0,
                        show_default=True, metavar="SECONDS",
                        help="Most seconds one URL may take to fetch, redirects and a slow "
                        "server included (connecting: at most 10 of them). Pages over 8 MiB, "
                        "of another type than HTML, or behind more than 5 redirects are "
                        "refused.")(f)


def page_reader(timeout: float):
    """What fetches the URLs among the inputs, under ``--timeout``."""
    from ..readers.fetch import Limits
    from ..readers.pages import PageReader

    return PageReader(Limits(connect_timeout=min(10.0, timeout), total_timeout=timeout))


def refuse_urls(command: str, paths: Iterable[str]) -> None:
    """``UrlNotFetched`` for an argument that is a URL rather than a file that exists."""
    for p in paths:
        if _URL.match(p) and not os.path.exists(p):
            raise UrlNotFetched(command, clean_cell(p, 200))


def warn_language(article) -> None:
    """One stderr line when the article's text reads as another language than English."""
    from ..language import non_english

    lang = non_english(article.text)
    if lang:
        click.echo(f"warning: {clean_cell(article.origin, 120)}: the text looks {lang}, not "
                   "English; detente reads English only, so expect few or no events", err=True)


def survey(paths: list[str], **read) -> int | None:
    """Read the inputs once ahead of ingesting: warn about non-English articles and count
    them for the progress total. None when an input is standard input (it cannot be read
    twice) or a URL (fetched once only; its language is not checked)."""
    from ..ingest import Rejected, read_inputs

    if "-" in paths:
        return None
    files = [p for p in paths if not (_URL.match(p) and not os.path.exists(p))]
    n = 0
    for item in read_inputs(files, **read):
        if not isinstance(item, Rejected):
            warn_language(item)
            n += 1
    return n if len(files) == len(paths) else None  # URLs are fetched once, while ingesting


class ProgressAnalyzer:
    """An analyzer whose ``analyze(list)`` shows a bar over the list (used by eval). The real
    one is built by ``make`` on first use, so a bad gold file fails before the model loads."""

    def __init__(self, make, enabled: bool | None):
        self.make, self.enabled, self._inner = make, enabled, None

    @property
    def inner(self):
        if self._inner is None:
            self._inner = self.make()
        return self._inner

    def _counted(self, run, articles):
        articles = list(articles)
        with progress_bar(self.enabled, len(articles), " articles") as bar:
            for result in run(articles):
                bar.update(1)
                yield result

    def analyze(self, articles):
        return self._counted(lambda a: self.inner.analyze(a), articles)

    def results(self, articles):
        return self._counted(lambda a: self.inner.results(a), articles)
