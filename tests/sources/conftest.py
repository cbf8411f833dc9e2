"""A fixture web site on 127.0.0.1 (port 0) and a clock the tests control.

The server serves ``tests/fixtures/site/`` with ``{{BASE}}`` replaced by its
own address, answers conditional GETs from ETag/Last-Modified, serves
``*.xml.gz`` by gzipping the ``*.xml`` beside it, and has a few routes whose
behaviour a test sets through ``site.state``: a page that changes, one that
disappears, redirects, slow and oversized answers, a flaky 503.
"""

from __future__ import annotations

import gzip
import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import brotli
import pytest

from annals.sources.fetch import Fetcher, FetchSettings

SITE = Path(__file__).resolve().parents[1] / "fixtures" / "site"
LAST_MODIFIED = "Wed, 25 Nov 2026 10:00:00 GMT"
SLOW_SECONDS = 2.0  # the slow route never holds a server thread longer than this
CONTENT_TYPES = {
    ".html": "text/html",
    ".rss": "application/rss+xml",
    ".atom": "application/atom+xml",
    ".xml": "application/xml",
    ".txt": "text/plain",
    ".gz": "application/x-gzip",
}
# Pages whose charset only the HTTP header gives.
HEADER_CHARSETS = {"/statements/2026-11-21-vodosnabzhenie.html": "windows-1251"}


class FakeClock:
    """Time that only moves when the code under test sleeps (or the test says so)."""

    def __init__(self) -> None:
        self.wall = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
        self.mono = 1000.0
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.wall

    def monotonic(self) -> float:
        return self.mono

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(seconds)

    def advance(self, seconds: float) -> None:
        self.mono += seconds
        self.wall += timedelta(seconds=seconds)


@dataclass
class Site:
    """The running fixture server: its base URL, the state routes read, and a request log."""

    base: str
    state: dict[str, Any] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)

    def url(self, path: str) -> str:
        return self.base + path

    def reset(self) -> None:
        self.state.clear()
        self.state.update(version=1, gone=False, flaky_failures=0)
        self.requests.clear()

    def hits(self, path: str) -> int:
        return sum(1 for requested, _ in self.requests if requested == path)


class Handler(BaseHTTPRequestHandler):
    server: SiteServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - base signature
        pass  # keep test output clean

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        site = self.server.site
        parts = urlsplit(self.path)
        site.requests.append((parts.path, dict(self.headers.items())))
        route = DYNAMIC_ROUTES.get(parts.path)
        try:
            if route is not None:
                route(self, site, parse_qs(parts.query))
            else:
                self.serve_file(parts.path, parse_qs(parts.query))
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading, as the size and time limits make it do

    def send(self, status: int, body: bytes, content_type: str = "text/html", **headers: str):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def serve_file(self, path: str, query: dict[str, list[str]]) -> None:
        body, content_type = self.file_body(path, query)
        if body is None:
            self.send(404, b"<h1>Not found</h1>")
            return
        etag = '"' + hashlib.sha256(body).hexdigest()[:16] + '"'
        if self.headers.get("If-None-Match") == etag or (
            "If-None-Match" not in self.headers
            and self.headers.get("If-Modified-Since") == LAST_MODIFIED
        ):
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send(200, body, content_type, ETag=etag, Last_Modified=LAST_MODIFIED)

    def file_body(self, path: str, query: dict[str, list[str]]) -> tuple[bytes | None, str]:
        if path.endswith("/"):
            page = query.get("page", ["1"])[0]
            path += f"page-{page}.html" if path == "/archive/" else "index.html"
        gzipped = path.endswith(".xml.gz")
        file = (SITE / path.lstrip("/").removesuffix(".gz")).resolve()
        if not file.is_file() or SITE not in file.parents:
            return None, ""
        body = file.read_bytes().replace(b"{{BASE}}", self.server.site.base.encode())
        content_type = CONTENT_TYPES[".gz" if gzipped else file.suffix]
        if path in HEADER_CHARSETS:
            content_type += f"; charset={HEADER_CHARSETS[path]}"
        return (gzip.compress(body) if gzipped else body), content_type


def changing(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    version = site.state["version"]
    body = f"<html><body><h1>Notice</h1><p>Version {version} of the notice.</p></body></html>"
    handler.send(200, body.encode(), "text/html; charset=utf-8")


def gone(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    if site.state["gone"]:
        handler.send(410, b"<h1>Gone</h1>")
    else:
        handler.send(200, b"<html><body><p>This notice is still here.</p></body></html>")


def redirect(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    hops = int(query.get("hops", ["1"])[0])
    target = query.get("to", ["/index.html"])[0]
    location = f"/redirect?hops={hops - 1}&to={target}" if hops > 1 else target
    handler.send(302, b"", Location=location.replace("{{BASE}}", site.base))


def slow(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    time.sleep(SLOW_SECONDS)
    handler.send(200, b"<p>late</p>")


def trickle(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    handler.send_header("Content-Length", "8")
    handler.end_headers()
    for _ in range(8):  # 8 bytes over about 1.2 s
        handler.wfile.write(b"x")
        handler.wfile.flush()
        time.sleep(0.15)


def huge(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    size = 11 * 1024 * 1024
    handler.send_response(200)
    handler.send_header("Content-Type", "text/html")
    if "declared" in query:
        handler.send_header("Content-Length", str(size))
        handler.end_headers()
        return  # the client must refuse on the header alone
    handler.send_header("Connection", "close")  # body ends when the connection does
    handler.end_headers()
    handler.close_connection = True
    chunk = b"<p>" + b"x" * 65530 + b"</p>"
    for _ in range(size // len(chunk) + 1):
        handler.wfile.write(chunk)


def flaky(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    if site.state["flaky_failures"] > 0:
        site.state["flaky_failures"] -= 1
        handler.send(503, b"busy", Retry_After="3")
    else:
        handler.send(200, b"<p>recovered</p>")


def encoded(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    body = "<html><body><p>Compressed statement – déjà vu</p></body></html>".encode()
    coding = query.get("coding", ["gzip"])[0]
    packed = gzip.compress(body) if coding == "gzip" else brotli.compress(body)
    handler.send(200, packed, "text/html; charset=utf-8", Content_Encoding=coding)


def image(handler: Handler, site: Site, query: dict[str, list[str]]) -> None:
    handler.send(200, b"\x89PNG\r\n\x1a\n", "image/png")


DYNAMIC_ROUTES = {
    "/changing.html": changing,
    "/gone.html": gone,
    "/redirect": redirect,
    "/slow": slow,
    "/trickle": trickle,
    "/huge": huge,
    "/flaky": flaky,
    "/encoded": encoded,
    "/image.png": image,
}


class SiteServer(ThreadingHTTPServer):
    daemon_threads = True
    site: Site


@pytest.fixture(scope="session")
def site_server() -> Iterator[Site]:
    server = SiteServer(("127.0.0.1", 0), Handler)
    server.site = Site(base=f"http://127.0.0.1:{server.server_address[1]}")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.site
    server.shutdown()
    server.server_close()


@pytest.fixture
def site(site_server: Site) -> Site:
    site_server.reset()
    return site_server


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def make_fetcher(clock: FakeClock) -> Iterator[Callable[..., Fetcher]]:
    """Build fetchers allowed onto 127.0.0.1, with short limits and the fake clock."""
    made: list[Fetcher] = []

    def build(**overrides: Any) -> Fetcher:
        options: dict[str, Any] = {"allow_private": True, "timeout": 2.0, "retries": 1}
        options.update(overrides)
        made.append(Fetcher(FetchSettings(**options), clock=clock))
        return made[-1]

    yield build
    for built in made:
        built.close()


@pytest.fixture
def fetcher(make_fetcher: Callable[..., Fetcher]) -> Fetcher:
    return make_fetcher()
