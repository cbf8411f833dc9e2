"""How the web app calls the facade from many threads: one ``Annals`` per thread, a time limit.

Starlette runs blocking work in a pool of threads. Each of those threads
opens its own ``Annals`` on first use (its own SQLite connection and index
reader), so reads never wait for each other; ``sharing="lock"`` instead
shares one instance behind a lock (``bench/web_load.py`` compares the two).
Imports take the archive for themselves (a readers-writer lock), because a
search that finds the index behind would otherwise try to index too.

Every call has a time limit: past it the caller gets ``SlowRequest`` (503)
while the thread finishes on its own, holding nothing another request needs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Literal, TypeVar

import anyio
import anyio.to_thread

from annals.api import Annals
from annals.errors import AnnalsError
from annals.settings import Settings

T = TypeVar("T")
Sharing = Literal["thread-local", "lock"]


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


class ArchiveService:
    """Facade instances for the web app's threads, and the time limit on each call."""

    def __init__(self, settings: Settings, sharing: Sharing = "thread-local",
                 timeout_s: float = 5.0) -> None:
        self.settings = settings
        self.sharing = sharing
        self.timeout_s = timeout_s
        self._local = threading.local()
        self._opened: list[Annals] = []
        self._opened_lock = threading.Lock()
        self._shared_lock = threading.Lock()
        self._archive_lock = ReadersWriterLock()
        self._generation = 0
        Annals(settings).close()  # fail at start, not on the first request, if it cannot open

    def _instance(self) -> Annals:
        if self.sharing == "lock":
            return self._shared()
        annals: Annals | None = getattr(self._local, "annals", None)
        if annals is None:
            annals = self._open()
            self._local.annals = annals
            self._local.generation = self._generation
        elif self._local.generation != self._generation:
            annals.refresh()  # another thread imported: forget cached archive facts
            self._local.generation = self._generation
        return annals

    def _shared(self) -> Annals:
        with self._opened_lock:
            if not self._opened:
                self._opened.append(Annals(self.settings))
            return self._opened[0]

    def _open(self) -> Annals:
        annals = Annals(self.settings)
        with self._opened_lock:
            self._opened.append(annals)
        return annals

    def call(self, work: Callable[[Annals], T]) -> T:
        """Run ``work(annals)`` in this thread as a reader (blocking; for threads and streams)."""
        with self._archive_lock.reading():
            if self.sharing == "lock":
                with self._shared_lock:
                    return work(self._instance())
            return work(self._instance())

    def write(self, work: Callable[[Annals], T]) -> T:
        """Run ``work(annals)`` with the archive to itself (imports)."""
        with self._archive_lock.writing():
            if self.sharing == "lock":
                with self._shared_lock:
                    result = work(self._instance())
            else:
                result = work(self._instance())
            self._generation += 1
            return result

    async def run(self, work: Callable[[Annals], T], timeout_s: float | None = None) -> T:
        """Run ``work(annals)`` in a worker thread; ``SlowRequest`` past the time limit."""
        limit = self.timeout_s if timeout_s is None else timeout_s
        try:
            with anyio.fail_after(limit):
                return await anyio.to_thread.run_sync(self.call, work, abandon_on_cancel=True)
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
