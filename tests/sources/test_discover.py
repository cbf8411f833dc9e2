"""Discovering how to collect a site from its home page."""

from __future__ import annotations

from datetime import UTC, datetime

from annals.models import Capture
from annals.sources.discover import discover, discover_url, feed_links
from annals.sources.fetch import SITEMAP_TYPES


def html_capture(body: str, url: str = "https://p.example/") -> Capture:
    return Capture(url=url, raw=body.encode(), captured_at=datetime(2026, 11, 27, tzinfo=UTC),
                   content_type="text/html")  # fmt: skip


def test_home_page_feeds_and_robots_sitemaps_are_found(site, fetcher):
    found = discover_url(site.url("/"), fetcher)

    assert found.kind == "feed"
    assert found.feeds == (site.url("/feeds/statements.rss"), site.url("/feeds/statements.atom"))
    assert found.sitemaps == (site.url("/sitemap-index.xml"),)  # /sitemap.xml is a 404 here


def test_a_feed_url_is_itself_a_feed(site, fetcher):
    found = discover_url(site.url("/feeds/statements.atom"), fetcher)

    assert (found.kind, found.feeds) == ("feed", (site.url("/feeds/statements.atom"),))


def test_a_sitemap_url_is_itself_a_sitemap(site, fetcher):
    assert discover_url(site.url("/sitemap-index.xml"), fetcher).kind == "sitemap"


def test_listing_is_suggested_when_there_is_only_pagination(site, fetcher):
    capture = fetcher.fetch(site.url("/archive/"))

    found = discover(capture, fetch=lambda url: fetcher.fetch(url, accept=SITEMAP_TYPES))

    # robots.txt is not passed in and /sitemap.xml is a 404 here, so no sitemap is found.
    assert (found.kind, found.sitemaps) == ("listing", ())
    assert discover(capture).kind == "listing"


def test_plain_page_is_suggested_when_nothing_else_is_found():
    found = discover(html_capture("<html><body><p>One statement.</p></body></html>"))

    assert (found.kind, found.feeds, found.sitemaps) == ("page", (), ())


def test_feed_links_need_rel_alternate_and_a_feed_type():
    body = """<html><head>
      <link rel="alternate" type="application/rss+xml" href="/rss">
      <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="atom.xml">
      <link rel="alternate" hreflang="fr" href="/fr/">
      <link rel="stylesheet" type="text/css" href="/s.css">
    </head></html>"""

    assert feed_links(html_capture(body, "https://p.example/news/")) == [
        "https://p.example/rss",
        "https://p.example/news/atom.xml",
    ]
