"""Continuous intake: poll RSS/Atom feeds and article URLs, store what is new (``detente watch``).

Each poll of a target fetches it once (``readers.fetch``, every limit applied) and then:

- **a feed**: its entries are named by guid (else link, else a hash of title and text) and
  looked up in the store's ``feed_items`` table for that feed; only entries never taken before
  are read. Each one's page is fetched (as a link nobody typed: a public feed cannot point
  detente at a private address) and extracted; when the page fails, the entry's own summary or
  content is stored instead and a note says so. The entries are then analysed and stored by
  ``runner.ingest`` (the same path, chunks and ``workers`` as ``detente ingest``), and
  remembered. An entry already taken is not fetched again, even if the feed changes its text.
  An entry that could not be read at all is tried again on the next polls, ``MAX_ATTEMPTS``
  times in all.
- **an article page**: it is read on every poll and handed to ``runner.ingest``, which
  re-analyses it only when its text changed (the article id comes from its URL, so the new text
  replaces the old analysis).

A target that fails (down, slow, an HTTP error, garbage, not a feed) costs one log line and a
quarantine row; it is tried again after ``every``, doubled for each failure in a row up to
``MAX_BACKOFF`` times ``every``. Nothing a target does stops the others.

Stopping: ``stop`` (a ``threading.Event``; ``stop_on_signals`` sets it on Ctrl-C or SIGTERM)
is looked at between entries, so the entry in hand is finished, the chunk in hand is stored and
remembered, and the watcher returns. Killed harder than that, what was stored stays stored;
entries not yet remembered are fetched again on the next start, and the store finds them
current (same id, same text) and does not analyse them again.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import signal
import threading
import time
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from . import dblock, runner
from .readers.base import Reject, Rejected, one_line, show
from .readers.fetch import FetchFailed, Limits, fetch
from .readers.pages import (ANY_DOCUMENT, Feed, PageReader, entry_article, feed_entries,
                            kind_of_body, page_article)
from .records import Article
from .errors import StoreBusy
from .store import Store

#: Reads of an entry that gave nothing (no page, no summary) before it is left alone.
MAX_ATTEMPTS = 3
#: A failing target is polled at most this many times less often than ``every``.
MAX_BACKOFF = 8
#: New entries read from one feed in one poll; the rest wait for the next poll.
MAX_ENTRIES = 200


def now_utc() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def duration_text(seconds: float) -> str:
    """90 -> "90s", 900 -> "15m", 7200 -> "2h" (for log lines)."""
    for unit, size in (("h", 3600), ("m", 60)):
        if seconds >= size and seconds % size == 0:
            return f"{int(seconds // size)}{unit}"
    return f"{seconds:g}s"


@dataclass
class Target:
    """One feed or page being watched, and how it has been doing."""

    url: str
    failures: int = 0  #: failed polls in a row
    due: float = 0.0  #: time.monotonic() at which it is next polled


@dataclass
class Poll:
    """What one poll of one target did: its log line."""

    at: dt.datetime
    target: str
    new: int = 0  #: entries (or the page) stored this poll
    seen: int = 0  #: entries taken before (or the page, unchanged)
    failed: int = 0  #: entries that could not be read or analysed
    summaries: int = 0  #: of the new ones, stored from the feed's own text
    error: str = ""  #: why the target itself failed ("" when it did not)
    note: str = ""  #: a fault read past (a malformed feed)
    retry_in: float = 0.0
    failures: int = 0

    def line(self) -> str:
        head = f"{self.at.isoformat(timespec='seconds')}Z {one_line(self.target)}:"
        if self.error:
            again = f"next try in {duration_text(self.retry_in)}" if self.retry_in else ""
            row = "" if self.failures < 2 else f" ({self.failures} failures in a row)"
            return f"{head} failed: {self.error}" + (f"; {again}{row}" if again else "")
        line = f"{head} {self.new} new, {self.seen} seen, {self.failed} failed"
        if self.summaries:
            line += f" ({self.summaries} from the feed's summary)"
        if self.note:
            line += f"; feed malformed ({self.note}), read what could be read"
        return line


@dataclass
class Watcher:
    """Polls ``targets`` into the store at ``db``; ``poll_due`` once, or ``run``."""

    db: str
    targets: list[str]
    every: float = 900.0
    limits: Limits = field(default_factory=Limits)
    options: Any = None  #: pipeline.Options for the analysis
    workers: int = 1
    published: dt.date | None = None
    max_chars: int = 1_000_000
    wait: float = dblock.WRITER_WAIT
    log: Callable[[str], None] = print
    on_reject: Callable[[Any], None] | None = None
    on_note: Callable[[str], None] | None = None
    stop: threading.Event = field(default_factory=threading.Event)
    _state: list[Target] = field(init=False, default_factory=list)
    polls: list[Poll] = field(init=False, default_factory=list)

    def __post_init__(self) -> None:
        self._state = [Target(url) for url in dict.fromkeys(self.targets)]
        self.reader = PageReader(self.limits)

    # ------------------------------------------------------------------ loop
    def run(self, once: bool = False) -> list[Poll]:
        """Poll every target when due until ``stop`` is set (or once, with ``once``)."""
        while not self.stop.is_set():
            self.poll_due()
            if once:
                break
            wake = min(t.due for t in self._state) - time.monotonic()
            self.stop.wait(max(0.0, wake))
        return self.polls

    def make_due(self) -> None:
        """Every target due at once (as if --every had passed): for tests and benchmarks."""
        for target in self._state:
            target.due = 0.0

    def poll_due(self) -> list[Poll]:
        done = []
        for target in self._state:
            if self.stop.is_set():
                break
            if target.due <= time.monotonic():
                started = time.monotonic()
                poll = self._poll(target)
                target.due = started + (poll.retry_in or self.every)
                self.log(poll.line())
                self.polls.append(poll)
                done.append(poll)
        return done

    # ------------------------------------------------------------------ one target
    def _poll(self, target: Target) -> Poll:
        poll = Poll(at=now_utc(), target=target.url)
        try:
            got = fetch(target.url, self.limits, ANY_DOCUMENT)
            kind = kind_of_body(got)
            if kind == "feed":
                self._take_feed(target.url, got, feed_entries(got), poll)
            elif kind == "html":
                self._take_page(target.url, got, poll)
            else:
                raise FetchFailed("wrong_type", "", got.media_type)
        except (FetchFailed, Reject) as exc:
            message = exc.message
            if isinstance(exc, FetchFailed) and exc.kind == "wrong_type":
                message = (f"the server sent {show(exc.media_type or 'no content type')}, "
                           "neither a feed nor an HTML page; check the URL")
            self._failed(target, poll, message)
            return poll
        except (OSError, ValueError, TypeError, AttributeError, KeyError) as exc:
            # a bug met on this target's bytes must not end a watcher that runs for days
            self._failed(target, poll, f"could not be read ({type(exc).__name__} in detente: "
                         "a bug); the other targets go on; please report it with this URL")
            return poll
        except StoreBusy as exc:
            # another process held the store too long: this poll is lost, the next one
            # takes its items (nothing was remembered), and the watcher goes on
            poll.error = str(exc)
            poll.retry_in = self.every
            return poll
        target.failures = 0
        return poll

    def _failed(self, target: Target, poll: Poll, message: str) -> None:
        target.failures += 1
        poll.error = message
        poll.failures = target.failures
        poll.retry_in = self.every * min(2 ** (target.failures - 1), MAX_BACKOFF)
        with self._store() as store:
            store.quarantine_add([Rejected(one_line(target.url), "fetch_failed", message)])

    def _store(self) -> Store:
        return Store(self.db, wait=self.wait)

    def _ingest(self, items, on_reject) -> Any:
        return runner.ingest(self.db, (), items=items, options=self.options,
                             max_chars=self.max_chars, on_reject=on_reject, wait=self.wait,
                             workers=self.workers)

    def _take_page(self, url: str, got, poll: Poll) -> None:
        item = page_article(got, one_line(url), self.published, self.max_chars)
        rejected: list = []

        def reject(r) -> None:
            rejected.append(r)
            if self.on_reject:
                self.on_reject(r)

        result = self._ingest([item], reject)
        poll.failed = len(rejected)
        poll.new = result.new + result.replaced
        poll.seen = result.unchanged

    def _take_feed(self, url: str, got, feed: Feed, poll: Poll) -> None:
        entries = list({e.key: e for e in feed.entries}.values())
        with self._store() as store:
            known = store.feed_seen(url, [e.key for e in entries])
        due = [e for e in entries
               if e.key not in known or (known[e.key][0] == "failed"
                                         and known[e.key][1] < MAX_ATTEMPTS)]
        poll.seen = len(entries) - len(due)
        fresh = due[:MAX_ENTRIES]  # the rest wait for the next poll
        poll.note = feed.problem
        if not fresh:
            return
        taken: dict[str, list] = {}  # entry key -> [link, article id, status]
        by_origin: dict[str, str] = {}

        def items() -> Iterator[Article | Rejected]:
            for entry in fresh:
                if self.stop.is_set():
                    return  # the rest stay unremembered: the next start takes them
                item, note = entry_article(entry, self.reader, feed, private_ok=got.private,
                                           published=self.published, max_chars=self.max_chars)
                if note:
                    poll.summaries += 1
                    if self.on_note:
                        self.on_note(f"{item.origin}: {note}")
                ok = isinstance(item, Article)
                taken[entry.key] = [entry.link, item.id if ok else None,
                                    ("summary" if note else "page") if ok else "failed"]
                by_origin[item.origin or ""] = entry.key
                yield item

        def reject(r) -> None:
            key = by_origin.get(r.origin)
            if key is not None and taken[key][2] != "failed":
                taken[key][2] = "rejected"  # read, but its analysis failed
            poll.failed += 1
            if self.on_reject:
                self.on_reject(r)

        self._ingest(items(), reject)
        poll.new = sum(1 for _, _, status in taken.values() if status in ("page", "summary"))
        poll.summaries = sum(1 for _, _, status in taken.values() if status == "summary")
        with self._store() as store:
            store.feed_mark(url, [(k, *v) for k, v in taken.items()], now_utc())


@contextlib.contextmanager
def stop_on_signals(stop: threading.Event, on_first: Callable[[], None] = lambda: None):
    """Ctrl-C or SIGTERM sets ``stop`` (the watcher finishes the entry in hand and returns); a
    second one raises ``KeyboardInterrupt`` at once. Main thread only."""
    if threading.get_ident() != threading.main_thread().ident:  # signals: main thread only
        yield
        return

    def handle(signum, frame) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        on_first()

    previous = {sig: signal.signal(sig, handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)
