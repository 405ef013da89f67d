"""Readers and the one writer of the database inside the server process.

DuckDB refuses a read-write connection to a file this process already holds read-only (and
the reverse): different configurations of one database in one process. Across processes its
file lock and ``dblock``'s wait keep order; inside the server, page loads (readers, many at
once) and a stored analysis (the writer, ``--allow-ingest``) take turns here. A waiting writer
goes first, so a stream of page loads cannot starve it; a write is one article's rows.
"""

from __future__ import annotations

import contextlib
import threading
from typing import Iterator


class Gate:
    """A readers-writer lock that prefers the writer."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._waiting_writers = 0

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._waiting_writers:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if not self._readers:
                    self._cond.notify_all()

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            self._waiting_writers += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._waiting_writers -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
