"""Listing pages: statement links by pattern, and pagination up to a page limit."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from annals.models import Capture
from annals.sources import listing
from annals.sources.listing import ListingRule

RULE = ListingRule(include=r"/statements/[^/]+\.html$", exclude=r"/print/")


def html_capture(body: str, url: str) -> Capture:
    return Capture(url=url, raw=body.encode(), captured_at=datetime(2026, 11, 27, tzinfo=UTC),
                   content_type="text/html")  # fmt: skip


def test_first_page_gives_matching_links_and_rel_next(site, fetcher):
    page = listing.read(fetcher.fetch(site.url("/archive/")), RULE)

    assert page.statement_urls == (
        site.url("/statements/2026-11-24-communique.html"),
        site.url("/statements/2026-11-22-ulasim.html"),  # fragment dropped
        site.url("/statements/2026-11-21-vodosnabzhenie.html"),
    )
    assert page.next_url == site.url("/archive/?page=2")


def test_crawl_follows_pagination_to_the_last_page_once_each(site, fetcher):
    urls = listing.crawl(site.url("/archive/"), fetcher.fetch, RULE)

    assert len(urls) == len(set(urls)) == 7
    assert urls[-1] == site.url("/statements/2025-06-01-spring-floods.html")
    assert [site.hits(p) for p in ("/archive/",)] == [3]


def test_crawl_stops_at_the_page_limit(site, fetcher):
    rule = ListingRule(include=RULE.include, exclude=RULE.exclude, max_pages=2)

    urls = listing.crawl(site.url("/archive/"), fetcher.fetch, rule)

    assert len(urls) == 5
    assert site.hits("/archive/") == 2


@pytest.mark.parametrize(
    ("current", "pager", "expected"),
    [
        ("https://p.example/news?page=4", '<a href="?page=3">3</a><a href="?page=5">5</a>',
         "https://p.example/news?page=5"),
        ("https://p.example/news/", '<a href="/news/page/2/">2</a><a href="/other/page/2/">x</a>',
         "https://p.example/news/page/2/"),
        ("https://p.example/haber", '<a href="/haber?p=2">Sonraki</a>',
         "https://p.example/haber?p=2"),
        ("https://p.example/novosti", '<a href="/novosti?PAGEN_1=2">Следующая</a>',
         "https://p.example/novosti?PAGEN_1=2"),
        ("https://p.example/news", '<a href="https://elsewhere.example/news?page=2">»</a>', None),
        ("https://p.example/news?page=3", '<a href="?page=2">2</a>', None),
    ],
)  # fmt: skip
def test_next_page_is_found_by_rel_text_or_page_number(current, pager, expected):
    page = listing.read(html_capture(f"<html><body>{pager}</body></html>", current), RULE)

    assert page.next_url == expected


def test_links_to_other_hosts_are_not_statements_unless_allowed():
    body = (
        '<a href="https://other.example/statements/a.html">a</a><a href="/statements/b.html">b</a>'
    )
    capture = html_capture(body, "https://p.example/list")

    assert listing.read(capture, RULE).statement_urls == ("https://p.example/statements/b.html",)
    anywhere = ListingRule(include=RULE.include, same_host=False)
    assert len(listing.read(capture, anywhere).statement_urls) == 2


def test_listing_is_recognised_by_its_pagination(site, fetcher):
    assert listing.recognise(fetcher.fetch(site.url("/archive/")))
    assert not listing.recognise(fetcher.fetch(site.url("/about.html")))
