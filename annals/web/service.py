"""How the web app calls the facade from many threads: one ``Annals`` per thread, a time limit.

Starlette runs blocking work in a pool of threads. Each call takes an
``Annals`` of its own from a small pool (its own SQLite connection and index
reader) and gives it back after, so reads never wait for each other and the
memory stays bounded by the pool size; ``sharing="lock"`` instead shares one
instance behind a lock (``bench/web_load.py`` compares the two).
Imports take the archive for themselves (a readers-writer lock), because a
search that finds the index behind would otherwise try to index too.

Searches are CPU-bound Python, so at most ``READ_THREADS`` run at once in a
process; other requests wait their turn (the wait counts towards the time limit).
Every call has a time limit: past it the caller gets ``SlowRequest`` (503)
while the thread finishes on its own, holding nothing another request needs
(its turn is handed on as the caller gives up).
"""

from __future__ import annotations

import os
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal, TypeVar

import anyio
import anyio.to_thread

from annals.api import Annals
from annals.errors import AnnalsError
from annals.search.engine import SearchRequest
from annals.settings import Settings

T = TypeVar("T")
Sharing = Literal["pool", "lock"]
# Reads running at once in one process. A search is Python holding the GIL (93% of a request's
# CPU, py-spy --gil under wrk), so more threads only take turns: with anyio's default of 40 the
# 8 wrk connections ran 8 searches in turn-taking threads (p99 118 ms); with 2 the rest wait
# their turn in order (p99 80-87 ms) at the same requests/s, and one slow search (up to the
# time limit) still leaves a thread for the others.
READ_THREADS = 2


class SlowRequest(AnnalsError):
    """A request ran past the server's time limit."""

    status = 503


class ReadersWriterLock:
    """Many readers at once, or one writer; a waiting writer holds back new readers."""

    def __init__(self) -> None:
        self._condition = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._condition:
            self._condition.wait_for(lambda: not self._writing and not self._writers_waiting)
            self._readers += 1
        try:
            yield
        finally:
            with self._condition:
                self._readers -= 1
                self._condition.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._condition:
            self._writers_waiting += 1
            self._condition.wait_for(lambda: not self._writing and self._readers == 0)
            self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._condition:
                self._writing = False
                self._condition.notify_all()


def prepare_archive(settings: Settings) -> None:
    """Open the archive once and bring its index up to date before serving.

    This fails at start rather than on the first request if the archive cannot
    be opened, and it means the per-thread instances find the index current and
    do not each try to rebuild or catch it up at once.
    """
    with Annals(settings) as annals:
        annals.search(SearchRequest(limit=0, facets=False))


class ArchiveService:
    """Facade instances for the web app's threads, and the time limit on each call."""

    def __init__(self, settings: Settings, sharing: Sharing = "pool",
                 timeout_s: float = 5.0, pool_size: int | None = None,
                 threads: int | None = None) -> None:
        self.settings = settings
        self.sharing = sharing
        self.timeout_s = timeout_s
        self.pool_size = pool_size or max(4, 2 * (os.cpu_count() or 1))
        self._idle: queue.LifoQueue[Annals] = queue.LifoQueue()
        self._opened: list[Annals] = []
        self._opened_lock = threading.Lock()
        self._shared_lock = threading.Lock()
        self._archive_lock = ReadersWriterLock()
        self._generation = 0
        self._seen_generation: dict[int, int] = {}
        self.threads = threads or READ_THREADS
        self._limiter: anyio.CapacityLimiter | None = None
        prepare_archive(settings)

    @contextmanager
    def _instance(self) -> Iterator[Annals]:
        """An instance for this call alone: taken from the pool (opened when it is short)."""
        try:
            annals = self._idle.get_nowait()
        except queue.Empty:
            annals = self._open_or_wait()
        try:
            if self._seen_generation.get(id(annals)) != self._generation:
                annals.refresh()  # an import happened: forget cached archive facts
                self._seen_generation[id(annals)] = self._generation
            yield annals
        finally:
            self._idle.put(annals)

    def _open_or_wait(self) -> Annals:
        with self._opened_lock:
            if len(self._opened) < self.pool_size:
                # Read-only: searches never try to take the index writer, which a CLI import
                # or crawl in another process may hold.
                annals = Annals(self.settings, read_only=True)
                self._opened.append(annals)
                self._seen_generation[id(annals)] = self._generation
                return annals
        return self._idle.get()

    def call(self, work: Callable[[Annals], T]) -> T:
        """Run ``work(annals)`` in this thread as a reader (blocking)."""
        with self._archive_lock.reading():
            if self.sharing == "lock":
                with self._shared_lock, self._instance() as annals:
                    return work(annals)
            with self._instance() as annals:
                return work(annals)

    def write(self, work: Callable[[Annals], T]) -> T:
        """Run ``work(annals)`` with the archive to itself (imports).

        A fresh instance does the writing and is closed after, so the index writer's
        lock is let go and ``annals import`` can run while the server does.
        """
        with self._archive_lock.writing(), Annals(self.settings) as annals:
            result = work(annals)
            self._generation += 1  # the pooled instances refresh on their next call
            return result

    async def run(self, work: Callable[[Annals], T], timeout_s: float | None = None) -> T:
        """Run ``work(annals)`` in a worker thread; ``SlowRequest`` past the time limit."""
        limit = self.timeout_s if timeout_s is None else timeout_s
        if self._limiter is None:  # made on first use, inside the server's event loop
            self._limiter = anyio.CapacityLimiter(self.threads)
        try:
            with anyio.fail_after(limit):
                return await anyio.to_thread.run_sync(self.call, work, abandon_on_cancel=True,
                                                  limiter=self._limiter)
        except TimeoutError as error:
            raise SlowRequest(
                f"the request took longer than {limit:g} s and was stopped;"
                " narrow the search (fewer words, a source or a date range) and try again"
            ) from error

    async def run_write(self, work: Callable[[Annals], T]) -> T:
        return await anyio.to_thread.run_sync(self.write, work)

    def close(self) -> None:
        with self._opened_lock:
            for annals in self._opened:
                annals.close()
            self._opened.clear()
