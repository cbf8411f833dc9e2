"""Be a polite crawler: obey robots.txt and leave time between requests to a host.

``RobotsCache`` keeps one parsed robots.txt per origin (scheme, host, port)
and answers "may AnnalsBot fetch this URL?". ``HostRateLimiter`` spaces the
requests to each host. Both take a ``Clock`` so tests control time and
never sleep.

robots.txt is read as RFC 9309 says: a 4xx answer means no rules (allow
everything), a 5xx answer or an unreachable server means "disallow
everything for now", because a server in trouble should not be crawled.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from annals.errors import FetchError

USER_AGENT = "AnnalsBot/0.1 (+self-hosted archive)"
ROBOTS_MAX_BYTES = 500 * 1024  # RFC 9309 lets crawlers stop reading after 500 KiB
UNREACHABLE_RETRY_SECONDS = 600.0


class Clock(Protocol):
    """Wall time for timestamps, a monotonic time for spacing, and a way to wait."""

    def now(self) -> datetime: ...

    def monotonic(self) -> float: ...

    def sleep(self, seconds: float) -> None: ...


class SystemClock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def origin_of(url: str) -> str:
    """``https://example.org:8443/a/b`` -> ``https://example.org:8443`` (robots.txt scope)."""
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"


@dataclass(frozen=True, slots=True)
class RobotsRules:
    """What one robots.txt says, or why it could not be read."""

    parser: RobotFileParser | None  # None: no usable file, see allow_all
    allow_all: bool
    sitemaps: tuple[str, ...] = ()
    crawl_delay: float | None = None
    problem: str = ""  # why everything is disallowed, when it is
    read_at: float = 0.0

    def allows(self, url: str, user_agent: str) -> bool:
        if self.parser is None:
            return self.allow_all
        return self.parser.can_fetch(user_agent, url)


def rules_from_response(status: int, text: str, user_agent: str, read_at: float) -> RobotsRules:
    """Turn a robots.txt answer (status and body) into rules."""
    if 400 <= status < 500:
        return RobotsRules(parser=None, allow_all=True, read_at=read_at)
    if status >= 300:
        problem = f"robots.txt answered {status}"
        return RobotsRules(parser=None, allow_all=False, problem=problem, read_at=read_at)
    parser = RobotFileParser()
    parser.parse(text.splitlines())
    parser.modified()  # can_fetch refuses everything until the parser is marked as read
    delay = parser.crawl_delay(user_agent)
    return RobotsRules(
        parser=parser,
        allow_all=False,
        sitemaps=tuple(parser.site_maps() or ()),
        crawl_delay=float(delay) if delay is not None else None,
        read_at=read_at,
    )


class RobotsCache:
    """robots.txt rules per origin, read once and kept for ``ttl`` seconds.

    ``load(robots_url)`` returns ``(status, text)`` or raises FetchError when
    the server cannot be reached; the fetcher passes its own guarded GET.
    """

    def __init__(
        self,
        load: Callable[[str], tuple[int, str]],
        *,
        user_agent: str = USER_AGENT,
        clock: Clock | None = None,
        ttl: float = 86400.0,
    ) -> None:
        self._load = load
        self._user_agent = user_agent
        self._clock = clock or SystemClock()
        self._ttl = ttl
        self._rules: dict[str, RobotsRules] = {}
        self._lock = threading.Lock()

    def rules(self, url: str) -> RobotsRules:
        """The rules for ``url``'s origin, reading robots.txt when missing or stale."""
        origin = origin_of(url)
        now = self._clock.monotonic()
        with self._lock:
            cached = self._rules.get(origin)
        if cached is not None and now - cached.read_at < self._lifetime(cached):
            return cached
        rules = self._read(origin, now)
        with self._lock:
            self._rules[origin] = rules
        return rules

    def allowed(self, url: str) -> bool:
        """Whether robots.txt lets this crawler fetch ``url``."""
        return self.rules(url).allows(url, self._user_agent)

    def sitemaps(self, url: str) -> tuple[str, ...]:
        """The ``Sitemap:`` URLs listed in the robots.txt of ``url``'s origin."""
        return self.rules(url).sitemaps

    def crawl_delay(self, url: str) -> float | None:
        """The ``Crawl-delay`` for this crawler at ``url``'s origin, if any."""
        return self.rules(url).crawl_delay

    def _lifetime(self, rules: RobotsRules) -> float:
        return min(self._ttl, UNREACHABLE_RETRY_SECONDS) if rules.problem else self._ttl

    def _read(self, origin: str, now: float) -> RobotsRules:
        try:
            status, text = self._load(origin + "/robots.txt")
        except FetchError as exc:
            problem = f"robots.txt could not be read ({exc})"
            return RobotsRules(parser=None, allow_all=False, problem=problem, read_at=now)
        return rules_from_response(status, text, self._user_agent, now)


class HostRateLimiter:
    """Leaves at least ``interval`` seconds between the starts of requests to one host.

    Safe to call from several threads: each caller reserves the next free
    slot for its host under a lock, then waits outside it.
    """

    def __init__(self, interval: float, clock: Clock | None = None) -> None:
        self._interval = interval
        self._clock = clock or SystemClock()
        self._next_slot: dict[str, float] = {}
        self._lock = threading.Lock()

    def wait(self, host: str, interval: float | None = None) -> float:
        """Block until ``host`` may be asked again; return the seconds waited."""
        spacing = max(self._interval, interval or 0.0)
        with self._lock:
            now = self._clock.monotonic()
            slot = max(now, self._next_slot.get(host, now))
            self._next_slot[host] = slot + spacing
        delay = slot - now
        if delay > 0:
            self._clock.sleep(delay)
        return max(delay, 0.0)
