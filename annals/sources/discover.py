"""Look at a site's home page and suggest how to collect it: feed, sitemap, listing or page.

``discover(homepage, ...)`` is what ``annals source add URL`` calls: it
lists the feeds the page announces (``<link rel="alternate">``), the
sitemaps robots.txt names plus ``/sitemap.xml``, and suggests a kind.
A feed is preferred (it is small and dated), then a sitemap, then a
paginated listing, then the page alone. With a ``fetch`` callable it checks
that the candidate feeds and sitemaps really are ones; without it, it only
reads the page.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import html as lxml_html

from annals.errors import AnnalsError
from annals.models import Capture
from annals.sources import feeds, listing, sitemaps
from annals.sources.fetch import SITEMAP_TYPES, Fetcher, decode_html

FEED_LINK_TYPES = frozenset(
    {"application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+xml"}
)


@dataclass(frozen=True, slots=True)
class Discovery:
    """What a home page offers, and the suggested way to collect the site."""

    url: str
    kind: str  # feed | sitemap | listing | page
    reason: str
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()


def feed_links(capture: Capture) -> list[str]:
    """Feed URLs an HTML page announces with ``<link rel="alternate" type="...rss/atom...">``."""
    if not capture.raw.strip():
        return []
    try:
        document = lxml_html.document_fromstring(decode_html(capture.raw, capture.content_type))
    except Exception:  # lxml raises several types for unparseable input; no links then
        return []
    found: dict[str, None] = {}
    for link in document.xpath("//link[@href]"):
        rel = link.get("rel", "").lower().split()
        media_type = link.get("type", "").split(";", 1)[0].strip().lower()
        if "alternate" in rel and media_type in FEED_LINK_TYPES:
            found[urljoin(capture.url, link.get("href").strip())] = None
    return list(found)


def discover(
    homepage: Capture,
    *,
    robots_sitemaps: Iterable[str] = (),
    fetch: Callable[[str], Capture] | None = None,
) -> Discovery:
    """Suggest how to collect the site of ``homepage``; see the module docstring."""
    if feeds.recognise(homepage):
        return Discovery(homepage.url, "feed", "the URL is a feed itself", feeds=(homepage.url,))
    if sitemaps.recognise(homepage):
        return Discovery(homepage.url, "sitemap", "the URL is a sitemap", sitemaps=(homepage.url,))
    feed_urls = feed_links(homepage)
    sitemap_urls = sitemaps.candidate_urls(homepage.url, robots_sitemaps)
    if fetch is not None:
        feed_urls = [url for url in feed_urls if _fetched_is(url, fetch, feeds.recognise)]
        sitemap_urls = [url for url in sitemap_urls if _fetched_is(url, fetch, sitemaps.recognise)]
    else:
        sitemap_urls = list(robots_sitemaps)  # unverified guesses are not worth suggesting
    return Discovery(
        homepage.url,
        *_suggest(homepage, feed_urls, sitemap_urls),
        feeds=tuple(feed_urls),
        sitemaps=tuple(sitemap_urls),
    )


def discover_url(url: str, fetcher: Fetcher) -> Discovery:
    """Fetch ``url`` and its robots.txt with ``fetcher`` and ``discover`` the site."""
    homepage = fetcher.fetch(url, accept=SITEMAP_TYPES)
    return discover(
        homepage,
        robots_sitemaps=fetcher.robots_sitemaps(homepage.url),
        fetch=lambda candidate: fetcher.fetch(candidate, accept=SITEMAP_TYPES),
    )


def _suggest(homepage: Capture, feed_urls: list[str], sitemap_urls: list[str]) -> tuple[str, str]:
    if feed_urls:
        return "feed", f"the page announces {len(feed_urls)} feed(s)"
    if sitemap_urls:
        return "sitemap", f"found {len(sitemap_urls)} sitemap(s)"
    if listing.recognise(homepage):
        return "listing", "the page has a next-page link; give an include pattern for statements"
    return "page", "no feed, sitemap or pagination found; the page will be collected alone"


def _fetched_is(url: str, fetch: Callable[[str], Capture], test: Callable[[Capture], bool]) -> bool:
    try:
        capture = fetch(url)
    except AnnalsError:
        return False
    return capture.status == 200 and test(capture)
