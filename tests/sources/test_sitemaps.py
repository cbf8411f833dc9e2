"""Sitemaps: indexes, news sitemaps, gzip, robots.txt Sitemap lines, bounds."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime

import pytest

from annals.errors import FetchError, InputError
from annals.models import Capture
from annals.sources import sitemaps
from annals.sources.fetch import SITEMAP_TYPES


def capture_of(raw: bytes, url: str = "https://press.example/sitemap.xml") -> Capture:
    return Capture(url=url, raw=raw, captured_at=datetime(2026, 11, 27, tzinfo=UTC))


def test_index_lists_child_sitemaps(site, fetcher):
    capture = fetcher.fetch(site.url("/sitemap-index.xml"), accept=SITEMAP_TYPES)

    entries = sitemaps.read(capture)

    assert sitemaps.recognise(capture)
    assert all(entry.is_sitemap for entry in entries)
    assert entries[0].url == site.url("/sitemaps/pages.xml")
    assert entries[0].lastmod == "2026-11-24T08:00:00+00:00"


def test_news_sitemap_gives_titles_and_publication_dates(site, fetcher):
    entries = sitemaps.read(fetcher.fetch(site.url("/sitemaps/news.xml")))

    assert entries[0].url == site.url("/statements/2026-11-24-communique.html")
    assert entries[0].title == "Communiqué sur la qualité de l’eau"
    assert entries[0].published == "2026-11-24T08:00:00+01:00"
    assert entries[1].title == "О графике водоснабжения"


def test_gzipped_sitemap_is_read(site, fetcher):
    capture = fetcher.fetch(site.url("/sitemaps/archive-2025.xml.gz"), accept=SITEMAP_TYPES)

    assert sitemaps.recognise(capture)
    assert [entry.lastmod for entry in sitemaps.read(capture)] == ["2025-12-30", "2025-06-01"]


def test_collect_walks_the_index_from_robots_txt_and_skips_missing_children(site, fetcher):
    starts = sitemaps.candidate_urls(site.url("/"), fetcher.robots_sitemaps(site.url("/")))
    errors: list[str] = []

    entries = sitemaps.collect(
        starts, lambda url: fetcher.fetch(url, accept=SITEMAP_TYPES), errors=errors
    )

    urls = [entry.url for entry in entries]
    assert starts == [site.url("/sitemap-index.xml"), site.url("/sitemap.xml")]
    assert len(urls) == len(set(urls)) == 7
    assert site.url("/statements/2025-06-01-spring-floods.html") in urls
    assert site.hits("/sitemaps/missing.xml") == 1
    assert errors == []  # a 404 child is skipped quietly; /sitemap.xml is 404 too


def test_collect_stops_at_the_sitemap_limit(site, fetcher):
    entries = sitemaps.collect(
        [site.url("/sitemap-index.xml")],
        lambda url: fetcher.fetch(url, accept=SITEMAP_TYPES),
        max_sitemaps=2,
    )

    assert {entry.url for entry in entries} == {
        site.url("/"),
        site.url("/statements/2026-11-20-reservoir-maintenance.html"),
        site.url("/statements/2026-11-22-ulasim.html"),
    }


def test_collect_records_failing_sitemaps_and_carries_on():
    def fetch(url: str) -> Capture:
        if url.endswith("bad.xml"):
            raise FetchError(f"{url}: timed out")
        return capture_of(b"<urlset><url><loc>https://press.example/a</loc></url></urlset>", url)

    errors: list[str] = []
    entries = sitemaps.collect(["https://p.example/bad.xml", "https://p.example/ok.xml"], fetch,
                               errors=errors)  # fmt: skip

    assert [entry.url for entry in entries] == ["https://press.example/a"]
    assert errors == ["https://p.example/bad.xml: timed out"]


def test_sitemap_entities_are_not_expanded():
    hostile = (
        b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b"<urlset><url><loc>https://press.example/&x;</loc></url></urlset>"
    )

    entries = sitemaps.read(capture_of(hostile))

    assert all("root:" not in entry.url for entry in entries)


def test_broken_gzip_and_non_sitemaps_are_input_errors():
    with pytest.raises(InputError, match="gzip"):
        sitemaps.read(capture_of(gzip.compress(b"<urlset/>")[:12]))
    with pytest.raises(InputError, match="not a sitemap"):
        sitemaps.read(capture_of(b"<html><body>hello</body></html>"))
    assert not sitemaps.recognise(capture_of(b"<html><body>hello</body></html>"))
