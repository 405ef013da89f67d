"""Time budgets: stop a piece of pure-Python work that runs past its deadline.

``Limit(seconds)`` is armed around one article's analysis. When the deadline passes, an
``Overrun`` is raised inside the work, wherever it is, and raised again every
``REPEAT`` seconds until the limit is disarmed (a stage may swallow one). ``Overrun`` derives
from ``BaseException`` so that ``except Exception`` blocks in the stages cannot swallow it.

How the interruption is delivered depends on the thread:

- in the main thread, with ``SIGALRM`` available and the process's real-time interval timer
  idle: ``signal.setitimer`` and a handler that raises. Also interrupts ``time.sleep``.
- in any other thread (a web server's worker, a notebook thread), or when something else owns
  the interval timer (e.g. pytest-timeout): a watchdog thread that injects the exception with
  CPython's ``PyThreadState_SetAsyncExc``. It is raised at the next bytecode boundary, so a
  blocking call (``time.sleep``, a socket read) ends first.
- neither available (not CPython): nothing interrupts the work, but ``Limit.overran`` still
  reports the overrun afterwards, so the caller can reject the result: the budget is never
  silently lost, only enforced late.

Neither mechanism can stop a long call inside C code (a spaCy parse of a huge batch): the
exception arrives when control returns to Python.
"""

from __future__ import annotations

import ctypes
import signal
import threading
import time

#: Seconds between repeated interruptions after the deadline, until the limit is disarmed.
REPEAT = 1.0


class Overrun(BaseException):
    """Raised inside the work when its time budget is spent. Caught by the article boundary."""


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> bool:
    """Ask CPython to raise ``exc`` in thread ``thread_id`` (None clears a pending one)."""
    api = getattr(ctypes, "pythonapi", None)
    if api is None:  # pragma: no cover - not CPython
        return False
    arg = ctypes.py_object(exc) if exc is not None else None
    return api.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id), arg) == 1


def _can_signal() -> bool:
    return (hasattr(signal, "setitimer") and hasattr(signal, "SIGALRM")
            and threading.current_thread() is threading.main_thread()
            and signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0))


class Limit:
    """One time budget. Use ``with Limit(3.0) as lim: work()`` and catch ``Overrun`` outside.

    ``seconds`` of None or 0 means no limit. After the block, ``elapsed`` is the time it took
    and ``overran`` says whether it went past the deadline (even if nothing could interrupt it).
    """

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.started = 0.0
        self.ended: float | None = None
        self.mode = "none"
        self._armed = False
        self._old_handler = None
        self._watchdog: _Watchdog | None = None

    @property
    def elapsed(self) -> float:
        return (self.ended if self.ended is not None else time.perf_counter()) - self.started

    @property
    def overran(self) -> bool:
        return self.seconds is not None and self.elapsed > self.seconds

    def __enter__(self) -> "Limit":
        self.arm()
        return self

    def __exit__(self, *exc) -> None:
        self.disarm()

    def arm(self) -> None:
        self.started = time.perf_counter()
        self.ended = None
        if self.seconds is None:
            return
        self._armed = True
        if _can_signal():
            self.mode = "signal"
            self._old_handler = signal.signal(signal.SIGALRM, self._on_alarm)
            signal.setitimer(signal.ITIMER_REAL, self.seconds, REPEAT)
        elif getattr(ctypes, "pythonapi", None) is not None:
            self.mode = "watchdog"
            self._watchdog = _Watchdog(threading.get_ident(), self.seconds)
            self._watchdog.start()
        else:  # pragma: no cover - not CPython: checked afterwards only
            self.mode = "after"

    def disarm(self) -> None:
        """Stop the clock and any pending interruption. Idempotent; safe to call twice."""
        if self.ended is None:
            self.ended = time.perf_counter()
        self._armed = False  # first: a signal handled from here on does nothing
        # No early return: an Overrun raised half-way through a first call must not leave
        # the timer or the watchdog running, so every step is repeated on a second call.
        if self.mode == "signal":
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old_handler or signal.SIG_DFL)
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None

    def _on_alarm(self, signum, frame) -> None:
        if self._armed:
            raise Overrun()


class _Watchdog(threading.Thread):
    """Raises ``Overrun`` in one thread after ``seconds``, then every REPEAT seconds."""

    def __init__(self, target: int, seconds: float):
        super().__init__(name="detente-budget", daemon=True)
        self.target = target
        self.seconds = seconds
        self._done = threading.Event()
        # Held while injecting and while cancelling: once cancel() returns, no injection can
        # land in the target thread's later work.
        self._lock = threading.Lock()
        self._fired = False

    def run(self) -> None:
        if self._done.wait(self.seconds):
            return
        while True:
            with self._lock:
                if self._done.is_set():
                    return
                self._fired = _async_raise(self.target, Overrun) or self._fired
            if self._done.wait(REPEAT):
                return

    def cancel(self) -> None:
        with self._lock:
            self._done.set()
            if self._fired:
                _async_raise(self.target, None)  # drop an injected Overrun not yet raised
