"""Fetch URLs into ``Capture`` values: safely, politely, and within limits.

``Fetcher.fetch(url, previous)`` is the one network entry point of the
collection stage. Per request it: checks the address (``netguard``), obeys
robots.txt and spaces requests per host (``politeness``), sends a
conditional GET when a previous capture is given, follows up to five
redirects by hand (re-checking each hop), streams the body with a size cap
and a total time limit, and retries timeouts and 5xx answers with
exponential backoff.

Outcomes: a ``Capture`` for any HTTP answer (status 304 means "unchanged
since ``previous``", its ``raw`` is empty; 404/410 mean gone), a
``FetchError`` when there is no usable answer (refused by robots.txt or the
address guard, too large, wrong content type, timeouts or 5xx after the last
retry). ``Capture.raw`` holds the body after content decoding (gzip,
deflate, brotli), ``Capture.url`` the final URL and ``Capture.redirects`` the
URLs that redirected, starting with the one asked for.
"""

from __future__ import annotations

import codecs
import re
import threading
import time
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import httpx

from annals.errors import FetchError
from annals.models import Capture
from annals.sources import netguard
from annals.sources.politeness import (
    ROBOTS_MAX_BYTES,
    USER_AGENT,
    Clock,
    HostRateLimiter,
    RobotsCache,
    SystemClock,
)

PAGE_TYPES = (
    "text/html",
    "application/xhtml+xml",
    "text/plain",
    "text/xml",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
)
# Gzipped sitemaps arrive under any of these names.
SITEMAP_TYPES = (*PAGE_TYPES, "application/gzip", "application/x-gzip", "application/octet-stream")
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


@dataclass(frozen=True, slots=True)
class FetchSettings:
    """Limits and manners of the fetcher; times in seconds, sizes in bytes."""

    user_agent: str = USER_AGENT
    timeout: float = 20.0  # connect / read / write, each
    total_timeout: float = 60.0  # one fetch, redirects included, backoff waits excluded
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    retries: int = 2  # extra attempts after a timeout or 5xx
    backoff: float = 2.0  # first wait; doubles each retry
    max_backoff: float = 60.0
    host_interval: float = 1.0  # at least this long between requests to one host
    max_crawl_delay: float = 60.0  # cap on a robots.txt Crawl-delay
    concurrency: int = 4  # requests in flight at once, all hosts together
    respect_robots: bool = True
    robots_ttl: float = 86400.0
    allow_private: bool = False
    trusted_hosts: frozenset[str] = field(default_factory=frozenset)


@dataclass(frozen=True, slots=True)
class _Answer:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes

    def header(self, name: str) -> str:
        return next((value for key, value in self.headers if key.lower() == name), "")


class _Retryable(Exception):
    """A failure worth another attempt (timeout, dropped connection)."""


class Fetcher:
    """Fetches pages as ``Capture`` values; one per crawl, shared by threads."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        clock: Clock | None = None,
        transport: httpx.BaseTransport | None = None,
        resolve: netguard.Resolver = netguard.resolve_host,
    ) -> None:
        self.settings = settings or FetchSettings()
        self._clock = clock or SystemClock()
        self._resolve = resolve
        self._client = httpx.Client(
            transport=transport,
            timeout=httpx.Timeout(self.settings.timeout),
            headers={"User-Agent": self.settings.user_agent},
            follow_redirects=False,
        )
        self._slots = threading.BoundedSemaphore(self.settings.concurrency)
        self._limiter = HostRateLimiter(self.settings.host_interval, self._clock)
        self.robots = RobotsCache(
            self._load_robots,
            user_agent=self.settings.user_agent,
            clock=self._clock,
            ttl=self.settings.robots_ttl,
        )

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection pool."""
        self._client.close()

    def fetch(
        self, url: str, previous: Capture | None = None, *, accept: tuple[str, ...] = PAGE_TYPES
    ) -> Capture:
        """Fetch ``url``; with ``previous``, ask only for changes (304 -> status 304, no body).

        ``accept`` lists the media types taken for a 2xx answer (others raise
        FetchError); types ending in ``+xml`` and a missing type are taken too.
        """
        headers = conditional_headers(previous) if previous is not None else {}
        return self._with_retries(url, headers, accept, check_robots=self.settings.respect_robots)

    def fetch_many(
        self,
        urls: Iterable[str],
        previous: Mapping[str, Capture] | None = None,
        *,
        accept: tuple[str, ...] = PAGE_TYPES,
    ) -> Iterator[tuple[str, Capture | FetchError]]:
        """Fetch URLs on ``concurrency`` threads; yield ``(url, capture or error)`` in order."""
        known = previous or {}
        listed = list(urls)

        def one(url: str) -> Capture | FetchError:
            try:
                return self.fetch(url, known.get(url), accept=accept)
            except FetchError as exc:
                return exc

        with ThreadPoolExecutor(max_workers=self.settings.concurrency) as pool:
            yield from zip(listed, pool.map(one, listed), strict=True)

    def robots_sitemaps(self, url: str) -> tuple[str, ...]:
        """The ``Sitemap:`` lines of the robots.txt for ``url``'s site."""
        return self.robots.sitemaps(url)

    def _with_retries(
        self, url: str, headers: dict[str, str], accept: tuple[str, ...] | None, check_robots: bool
    ) -> Capture:
        attempts = self.settings.retries + 1
        problem = ""
        for attempt in range(attempts):
            retry_after: float | None = None
            try:
                capture = self._follow(url, headers, accept, check_robots)
            except _Retryable as exc:
                problem = str(exc)
            else:
                if capture.status < 500:
                    return capture
                problem = f"server answered {capture.status}"
                retry_after = _retry_after_seconds(dict(capture.headers).get("retry-after", ""))
            if attempt + 1 < attempts:
                self._clock.sleep(self._backoff(attempt, retry_after))
        raise FetchError(f"{url}: {problem} ({attempts} attempts); try again later")

    def _backoff(self, attempt: int, retry_after: float | None) -> float:
        delay = self.settings.backoff * (2**attempt)
        if retry_after is not None:
            delay = max(delay, retry_after)
        return min(delay, self.settings.max_backoff)

    def _follow(
        self, url: str, headers: dict[str, str], accept: tuple[str, ...] | None, check_robots: bool
    ) -> Capture:
        deadline = time.monotonic() + self.settings.total_timeout
        redirects: list[str] = []
        current = url
        for _ in range(self.settings.max_redirects + 1):
            self._admit(current, check_robots)
            answer = self._request(current, headers, accept, deadline)
            location = answer.header("location")
            if answer.status in REDIRECT_STATUSES and location:
                redirects.append(current)
                current = urljoin(current, location.strip())
                continue
            return Capture(
                url=current,
                raw=answer.body,
                captured_at=self._clock.now(),
                status=answer.status,
                headers=answer.headers,
                content_type=answer.header("content-type"),
                redirects=tuple(redirects),
            )
        raise FetchError(
            f"{url}: more than {self.settings.max_redirects} redirects (last {current}); "
            "fetch the final URL directly"
        )

    def _admit(self, url: str, check_robots: bool) -> None:
        """Guard, robots.txt and rate limit, in that order, before any request."""
        netguard.check_url(
            url,
            allow_private=self.settings.allow_private,
            trusted_hosts=self.settings.trusted_hosts,
            resolve=self._resolve,
        )
        crawl_delay = None
        if check_robots:
            rules = self.robots.rules(url)
            if not rules.allows(url, self.settings.user_agent):
                why = rules.problem or "robots.txt disallows it"
                raise FetchError(f"{url}: not fetched, {why} for {self.settings.user_agent}")
            if rules.crawl_delay is not None:
                crawl_delay = min(rules.crawl_delay, self.settings.max_crawl_delay)
        self._limiter.wait(urlsplit(url).netloc.lower(), crawl_delay)

    def _request(
        self,
        url: str,
        headers: dict[str, str],
        accept: tuple[str, ...] | None,
        deadline: float,
    ) -> _Answer:
        limit = self.settings.max_bytes
        try:
            with self._slots, self._client.stream("GET", url, headers=headers) as response:
                self._check_peer(url, response)
                answer_headers = tuple(response.headers.multi_items())
                _check_declared_length(url, response, limit)
                if accept is not None and 200 <= response.status_code < 300:
                    _check_media_type(url, response.headers.get("content-type", ""), accept)
                body = _read_body(url, response, limit, deadline)
        except httpx.TimeoutException as exc:
            raise _Retryable(f"timed out ({type(exc).__name__})") from exc
        except (httpx.TransportError, httpx.DecodingError) as exc:
            raise _Retryable(f"connection failed ({type(exc).__name__}: {exc})") from exc
        return _Answer(response.status_code, answer_headers, body)

    def _check_peer(self, url: str, response: httpx.Response) -> None:
        stream = response.extensions.get("network_stream")
        peer = stream.get_extra_info("server_addr") if stream is not None else None
        if peer:
            netguard.check_peer(
                url,
                str(peer[0]),
                allow_private=self.settings.allow_private,
                trusted_hosts=self.settings.trusted_hosts,
            )

    def _load_robots(self, robots_url: str) -> tuple[int, str]:
        capture = self._with_retries(robots_url, {}, None, check_robots=False)
        return capture.status, capture.raw[:ROBOTS_MAX_BYTES].decode("utf-8", errors="replace")


def conditional_headers(previous: Capture) -> dict[str, str]:
    """If-None-Match / If-Modified-Since built from a previous capture's validators."""
    validators = {name.lower(): value for name, value in previous.headers}
    headers = {}
    if validators.get("etag"):
        headers["If-None-Match"] = validators["etag"]
    if validators.get("last-modified"):
        headers["If-Modified-Since"] = validators["last-modified"]
    return headers


def _retry_after_seconds(value: str) -> float | None:
    # Only the seconds form; an HTTP date here is rare and the backoff covers it.
    return float(value) if value.strip().isdigit() else None


def _check_declared_length(url: str, response: httpx.Response, limit: int) -> None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise FetchError(f"{url}: response is {declared} bytes, over the {limit}-byte limit")


def _check_media_type(url: str, content_type: str, accept: tuple[str, ...]) -> None:
    media_type = content_type.split(";", 1)[0].strip().lower()
    if not media_type or media_type in accept or media_type.endswith("+xml"):
        return
    raise FetchError(f"{url}: content type {media_type!r} is not a page, feed or sitemap; skipped")


def _read_body(url: str, response: httpx.Response, limit: int, deadline: float) -> bytes:
    """Read the decoded body, stopping past ``limit`` bytes (decoded, so gzip bombs stop too)."""
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise FetchError(f"{url}: response is over the {limit}-byte limit; stopped reading")
        if time.monotonic() > deadline:
            raise FetchError(f"{url}: took longer than the total time limit; stopped reading")
        chunks.append(chunk)
    return b"".join(chunks)


# --- text decoding -------------------------------------------------------------------------

_CHARSET_PARAMETER = re.compile(rb"charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Browsers read these labels as the Windows superset; pages labelled so often use its extra letters.
_WINDOWS_SUPERSETS = {"iso8859-1": "cp1252", "ascii": "cp1252"}


def decode_html(raw: bytes, content_type_header: str = "") -> str:
    """Decode an HTML or XML page to text.

    Order: byte-order mark (it cannot lie); strict UTF-8 when the bytes hold
    non-ASCII and decode cleanly (text in a legacy encoding practically never
    does, while servers often send a wrong default ``charset=ISO-8859-1``);
    the HTTP ``charset``; ``<meta charset>``/``http-equiv``/``<?xml encoding?>``
    in the first 4 KiB; then charset-normalizer's guess. A declared charset
    that does not decode the bytes is skipped rather than trusted.
    """
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding, errors="replace")
    if not raw.isascii():
        text = _try_decode(raw, "utf-8")
        if text is not None:
            return text
    head = raw[:4096]
    declared = [
        _match(_CHARSET_PARAMETER, content_type_header.encode("latin-1", "replace")),
        _match(_META_CHARSET, head),
        _match(_XML_ENCODING, head),
    ]
    for label in declared:
        text = _try_decode(raw, label)
        if text is not None:
            return text
    return _guess_decode(raw)


def _match(pattern: re.Pattern[bytes], data: bytes) -> str | None:
    found = pattern.search(data)
    return found.group(1).decode("ascii", errors="ignore") if found else None


def _try_decode(raw: bytes, label: str | None) -> str | None:
    if not label:
        return None
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    try:
        return raw.decode(_WINDOWS_SUPERSETS.get(name, name))
    except UnicodeDecodeError:
        return None


def _guess_decode(raw: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is not None and best.encoding:
        return raw.decode(best.encoding, errors="replace")
    return raw.decode("cp1252", errors="replace")
