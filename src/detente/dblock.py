"""Opening the DuckDB file when another process may hold it, and saying who does.

DuckDB takes an exclusive lock for a read-write connection and a shared one for read-only
connections, across processes. ``connect`` retries for ``wait`` seconds, then raises
``StoreBusy`` with a message naming the holder: its PID (from DuckDB's own error text), whether
it reads or writes (from ``/proc/locks`` on Linux, else from DuckDB's wording), and whether it is
a detente command (from ``/proc/PID/cmdline``) or another program such as a notebook.
``open_file`` (what ``Store`` uses) first turns a missing, empty or foreign file into a message
saying what to do.
"""

from __future__ import annotations

import os
import re
import time
from dataclasses import dataclass

import duckdb

from .errors import StoreBusy, StoreError

#: Default seconds a reader (events, export, rounds, ...) waits for the file.
READER_WAIT = 5.0
#: Default seconds an ingest waits to flush a batch: its analysed batch is lost if it gives up,
#: and a reader normally holds the file for well under a second.
WRITER_WAIT = 30.0

_PID = re.compile(r"\(PID (\d+)\)")


@dataclass(frozen=True)
class Holder:
    """Who holds the lock on a database file, as far as the system tells."""

    pid: int | None
    mode: str | None  #: "read", "write" or None (unknown)
    command: str | None  #: "detente ingest", "detente events", ... or None for another program
    program: str | None  #: the other program's command line, shortened and sanitised


def is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


def connect(path: str, read_only: bool, wait: float = 0.0) -> duckdb.DuckDBPyConnection:
    """``duckdb.connect`` that retries while another process holds the lock, up to ``wait``
    seconds, then raises ``StoreBusy``. Other errors are raised at once, unchanged."""
    deadline = time.monotonic() + max(wait, 0.0)
    pause = 0.02
    while True:
        try:
            return duckdb.connect(path, read_only=read_only)
        except duckdb.IOException as exc:
            if not is_lock_error(exc):
                raise
            if time.monotonic() >= deadline:
                raise StoreBusy(busy_message(path, read_only, wait, holder(path, str(exc)))) \
                    from None
        time.sleep(min(pause, max(deadline - time.monotonic(), 0.0)))
        pause = min(pause * 2, 0.25)


def open_file(path: str, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    """``connect``, with the checks that turn a missing, empty or foreign file into a message
    saying what to do (DuckDB's own message for those names its internals)."""
    if path != ":memory:":
        if read_only and not os.path.exists(path):
            raise StoreError(f"no detente database at {path}; run `detente ingest` first or "
                             "point --db at an existing file")
        if os.path.isfile(path) and os.path.getsize(path) == 0 and not _locked(path):
            # A kill while DuckDB created the file leaves it empty; nothing is lost by
            # starting it again, which a writer does. (A file some process holds locked is
            # being created right now, and is left to it.)
            if read_only:
                raise StoreError(f"{path} is empty (0 bytes: its creation was interrupted); "
                                 "run `detente ingest` on it to set it up, or give another --db")
            os.remove(path)
        if not _duckdb_or_new(path):
            raise StoreError(f"{path} is not a detente database (it is not a DuckDB file); "
                             "give --db the file `detente ingest` wrote (by default "
                             "detente.duckdb)")
    try:
        return connect(path, read_only, wait)
    except duckdb.IOException as exc:
        raise StoreError(f"cannot open database {path}: {exc}") from None
    except duckdb.Error as exc:
        raise StoreError(f"{path} is not a detente (DuckDB) database ({exc}); give another "
                         "--db") from None


#: Bytes 8-11 of every DuckDB database file.
_DUCKDB_MAGIC = b"DUCK"


def _duckdb_or_new(path: str) -> bool:
    """False for an existing file that is not a DuckDB database (a CSV, a Parquet export):
    DuckDB's own message for those names its internals ("Cannot launch in-memory database")."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
    except OSError:
        return True  # missing or unreadable: the connect below says so in its own words
    if len(head) < 12:
        # Empty is handled by the caller; a few bytes in a file some process holds locked is
        # one DuckDB is creating right now, and is left to it.
        return not head or _locked(path)
    return head[8:12] == _DUCKDB_MAGIC


def _locked(path: str) -> bool:
    """True when another process holds a lock on ``path`` (DuckDB locks its file with fcntl)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX: assume someone might
        return True
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return True
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except OSError:
        return True
    finally:
        os.close(fd)  # also drops the probe lock


def busy_message(path: str, read_only: bool, wait: float, h: Holder) -> str:
    """One line: which file, who holds it and doing what, how long we waited, what to do."""
    waited = f"gave up after waiting {wait:g} s"
    if h.pid is None:
        return (f"{path} is locked by another process; {waited}. Close the other programs "
                "that have it open, or raise --wait")
    if h.pid == os.getpid():
        return (f"{path} is already open in this process (PID {h.pid}) with another mode; close "
                "that connection first")
    # A reader is only ever blocked by a writer; a writer by either.
    mode = "write" if read_only else h.mode
    if h.command:
        who = f"{h.command} (PID {h.pid})"
        if h.command.endswith(" ingest"):
            advice = ("it lets readers in between batches, so try again or raise --wait"
                      if read_only else "let it finish, or ingest into another --db")
        else:
            advice = "wait for it to finish, or raise --wait"
    else:
        who = f"PID {h.pid} ({h.program or 'another program'})"
        advice = ("close that connection (connect with read_only=True to share the file with "
                  "detente readers), or raise --wait" if mode == "write" else
                  "close that connection so detente can write, or raise --wait")
    doing = {"write": "is writing to it" if h.command else "has it open for writing",
             "read": "is reading it" if h.command else "has it open read-only, which keeps "
             "writers out"}.get(mode or "", "has it open")
    return f"{path} is busy: {who} {doing}; {waited}. {advice[0].upper()}{advice[1:]}"


def holder(path: str, error_text: str) -> Holder:
    """Describe the process named in DuckDB's lock error for ``path``."""
    m = _PID.search(error_text)
    pid = int(m.group(1)) if m else None
    if pid is None:
        return Holder(None, None, None, None)
    mode = _lock_mode(path, pid)
    if mode is None and "read-only mode" in error_text:
        mode = "read"  # DuckDB says we could open it read-only: the holder only reads
    argv = _cmdline(pid)
    command = _detente_command(argv)
    program = None if command or not argv else _short(
        " ".join([os.path.basename(argv[0]), *argv[1:]]))
    return Holder(pid, mode, command, program)


def _lock_mode(path: str, pid: int) -> str | None:
    """"read" or "write" from /proc/locks (Linux), for the lock ``pid`` holds on ``path``."""
    try:
        inode = os.stat(path).st_ino
        with open("/proc/locks", encoding="ascii", errors="replace") as f:
            lines = f.readlines()
    except OSError:
        return None
    for line in lines:
        parts = line.split()
        # "1: POSIX  ADVISORY  WRITE 5652 fe:00:2146449 0 EOF"
        if len(parts) >= 6 and parts[4] == str(pid) and parts[5].rsplit(":", 1)[-1] == str(inode):
            return {"READ": "read", "WRITE": "write"}.get(parts[3])
    return None


def _cmdline(pid: int) -> list[str]:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            raw = f.read(4096)
    except OSError:
        return []
    return [a.decode("utf-8", "replace") for a in raw.split(b"\0") if a]


def _detente_command(argv: list[str]) -> str | None:
    """"detente ingest" when argv runs a detente command (script, -m or -c), else None."""
    for i, arg in enumerate(argv):
        before = argv[i - 1] if i else ""
        if (os.path.basename(arg) == "detente" or (before == "-m" and arg.startswith("detente"))
                or (before == "-c" and "detente" in arg)):
            rest = [a for a in argv[i + 1:] if not a.startswith("-")]
            return f"detente {_short(rest[0], 20)}" if rest else "detente"
    return None


def _short(text: str, limit: int = 80) -> str:
    text = "".join(c if c.isprintable() else "?" for c in " ".join(text.split()))
    return text if len(text) <= limit else text[: limit - 1] + "…"
