"""Crawl tests: the fixture web site of tests/sources, a fake clock and real archives.

The site server and clock come from ``tests/sources/conftest.py`` (imported,
not moved). Two routes are added for crawling: a page whose only change is a
"Last updated" stamp, and a feed whose entries a test sets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from annals.api import Annals
from annals.crawl import Collector, CollectSettings
from annals.crawl_sources import SourceOptions
from annals.settings import Settings
from annals.sources.fetch import Fetcher, FetchSettings
from tests.sources import conftest as site_conftest
from tests.sources.conftest import FakeClock, Handler, Site

# The fixture site and the fake clock, shared with tests/sources (this makes them fixtures here).
site_server = site_conftest.site_server
site = site_conftest.site
clock = site_conftest.clock

STATEMENT_PATTERN = r"/statements/[^/]+\.html$"


def stamped(handler: Handler, served: Site, query: dict[str, list[str]]) -> None:
    stamp = served.state.get("stamp", "1 January 2026")
    body = (
        "<html><head><title>Water notice</title></head><body><article><h1>Water notice</h1>"
        "<p>The northern reservoir is being cleaned and refilled this week.</p>"
        f"<p>Last updated: {stamp}</p></article></body></html>"
    )
    handler.send(200, body.encode(), "text/html; charset=utf-8")


site_conftest.DYNAMIC_ROUTES.setdefault("/stamped.html", stamped)


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    return tmp_path / "archive"


@pytest.fixture
def open_annals(archive_dir: Path) -> Iterator[Callable[[], Annals]]:
    """Open Annals on the test's archive (again, for "restarts"); all are closed at the end."""
    opened: list[Annals] = []

    def build() -> Annals:
        opened.append(Annals(Settings(archive=archive_dir)))
        return opened[-1]

    yield build
    for annals in opened:
        annals.close()


@pytest.fixture
def annals(open_annals: Callable[[], Annals]) -> Annals:
    return open_annals()


class CountingFetchers:
    """Makes fetchers on the fake clock, each with the safety setting the collector asks for."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.made: list[Fetcher] = []

    def __call__(self, settings: FetchSettings) -> Fetcher:
        fast = replace(settings, timeout=2.0, retries=0, host_interval=0.0)
        self.made.append(Fetcher(fast, clock=self.clock))
        return self.made[-1]


@pytest.fixture
def collector_for(clock: FakeClock) -> Iterator[Callable[..., Collector]]:
    """Build a collector on an Annals instance with the fake clock and quick fetchers."""
    made: list[Collector] = []

    def build(annals: Annals, **changes: Any) -> Collector:
        settings = replace(CollectSettings(), **changes)
        made.append(annals.collector(settings, clock=clock, make_fetcher=CountingFetchers(clock)))
        return made[-1]

    yield build
    for collector in made:
        collector.close()


@pytest.fixture
def add(annals: Annals, clock: FakeClock) -> Callable[..., Any]:
    """Add a source on the fixture site (private addresses allowed unless told otherwise)."""

    def add_source(url: str, **options: Any) -> Any:
        options.setdefault("allow_private", True)
        settings = FetchSettings(allow_private=options["allow_private"], host_interval=0.0)
        with Fetcher(settings, clock=clock) as fetcher:
            source, _ = annals.add_source(url, SourceOptions(**options), fetcher=fetcher)
        return source

    return add_source


def add_listing(add: Callable[..., Any], site: Site) -> Any:
    """Add the fixture site's paginated archive as a listing source."""
    return add(
        site.url("/archive/"),
        name="archive",
        kind="listing",
        include=STATEMENT_PATTERN,
        exclude="/print/",
    )
