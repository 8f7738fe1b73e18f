"""Store connections for the request threads, each query bounded in time.

A ``Store`` (one SQLite connection) serves one thread at a time, so the pool
lends whole stores: at most ``size`` connections, each with SQLite's progress
handler checking a deadline, so a query running past ``read_timeout_s`` is
interrupted inside SQLite and the thread is free again.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from khabar.store import Store, StoreError

PROGRESS_STEPS = 20_000  # SQLite virtual-machine steps between deadline checks (~1 ms)
CACHE_KIB = 16_384  # page cache per reader: 8 readers stay under 150 MB


class ReadTimeout(Exception):
    """A query ran past the server's time limit and was interrupted."""


class PoolBusy(Exception):
    """No connection came free in time."""


class _Deadline:
    """The instant after which the query on one connection is interrupted."""

    def __init__(self) -> None:
        self.at = float("inf")
        self.expired = False

    def check(self) -> int:
        if time.monotonic() > self.at:
            self.expired = True
            return 1  # non-zero: SQLite stops the statement with "interrupted"
        return 0


class StorePool:
    """Up to ``size`` read-only stores on ``path``, lent one at a time.

    A request waits up to ``wait_s`` for a free store (under load, queueing
    beats failing), then each of its queries may run ``timeout_s``.
    """

    def __init__(self, path: str, size: int, timeout_s: float, wait_s: float):
        self.path, self.size, self.timeout_s, self.wait_s = path, max(1, size), timeout_s, wait_s
        self._idle: queue.LifoQueue[tuple[Store, _Deadline]] = queue.LifoQueue()
        self._opened = 0
        self._lock = threading.Lock()
        self._all: list[Store] = []
        self._opened = 1
        self._give_back(self._open())  # fail at start-up, not at the first request, when the store is unusable

    def _open(self) -> tuple[Store, _Deadline]:
        """A new read-only store; the caller has counted it in ``_opened``."""
        store = Store(self.path, readonly=True)
        deadline = _Deadline()
        store.conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        store.conn.set_progress_handler(deadline.check, PROGRESS_STEPS)
        with self._lock:
            self._all.append(store)
        return store, deadline

    def _give_back(self, item: tuple[Store, _Deadline]) -> None:
        self._idle.put(item)

    def _take(self) -> tuple[Store, _Deadline]:
        try:
            return self._idle.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            may_open = self._opened < self.size
            self._opened += may_open
        if may_open:
            try:
                return self._open()
            except BaseException:
                with self._lock:
                    self._opened -= 1
                raise
        try:
            return self._idle.get(timeout=self.wait_s)
        except queue.Empty:
            raise PoolBusy(f"all {self.size} store connections stayed busy for {self.wait_s:g} s") from None

    @contextmanager
    def borrow(self) -> Iterator[Store]:
        """A store for one request; its queries are interrupted after ``timeout_s``."""
        store, deadline = self._take()
        deadline.at, deadline.expired = time.monotonic() + self.timeout_s, False
        try:
            yield store
        except StoreError as exc:
            if deadline.expired and isinstance(exc.__cause__, sqlite3.OperationalError):
                raise ReadTimeout(f"the query took more than {self.timeout_s:g} s and was stopped") from None
            raise
        finally:
            deadline.at = float("inf")
            self._give_back((store, deadline))

    def close(self) -> None:
        with self._lock:
            stores, self._all = self._all, []
        for store in stores:
            store.close()
