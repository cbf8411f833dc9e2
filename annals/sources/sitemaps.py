"""Read XML sitemaps (plain, gzipped, indexes, Google News) into statement URLs.

``recognise(capture)`` and ``read(capture)`` work on one fetched sitemap;
``read`` returns the page entries of a ``<urlset>`` and, for a
``<sitemapindex>``, entries with ``is_sitemap=True`` naming child sitemaps.
``collect(start_urls, fetch)`` walks indexes to a bounded depth and count
and returns the page entries of all of them. ``candidate_urls`` gives the
places to look on a site: robots.txt ``Sitemap:`` lines, then /sitemap.xml.

XML is parsed without entities or network access, so a hostile sitemap
cannot read local files or call other hosts.
"""

from __future__ import annotations

import gzip
import io
import re
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from urllib.parse import urljoin

from lxml import etree

from annals.errors import AnnalsError, InputError
from annals.models import Capture
from annals.sources.politeness import origin_of

MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024  # the sitemaps.org limit per file
_GZIP_MAGIC = b"\x1f\x8b"
_SITEMAP_ROOT = re.compile(rb"<(\w+:)?(urlset|sitemapindex)[\s>]")


@dataclass(frozen=True, slots=True)
class SitemapEntry:
    """One ``<url>`` (a page) or, with ``is_sitemap``, one ``<sitemap>`` of an index."""

    url: str
    lastmod: str | None = None  # as the sitemap gives it (W3C datetime)
    title: str | None = None  # news:title
    published: str | None = None  # news:publication_date
    is_sitemap: bool = False


def candidate_urls(site_url: str, robots_sitemaps: Iterable[str] = ()) -> list[str]:
    """Sitemap URLs to try for a site: robots.txt's ``Sitemap:`` lines, then ``/sitemap.xml``."""
    candidates = [*robots_sitemaps, origin_of(site_url) + "/sitemap.xml"]
    return list(dict.fromkeys(candidates))


def recognise(capture: Capture) -> bool:
    """Whether ``capture`` is a sitemap or sitemap index (gzipped or not)."""
    try:
        head = _payload(capture)[:4096]
    except InputError:
        return False
    return bool(_SITEMAP_ROOT.search(head))


def read(capture: Capture) -> list[SitemapEntry]:
    """The entries of one sitemap: pages of a urlset, or child sitemaps of an index."""
    root = _parse(capture)
    kind = etree.QName(root).localname
    if kind not in ("urlset", "sitemapindex"):
        raise InputError(capture.url, f"not a sitemap (root element <{kind}>)")
    child_tag = "url" if kind == "urlset" else "sitemap"
    entries = []
    for element in root:
        if isinstance(element.tag, str) and etree.QName(element).localname == child_tag:
            entry = _entry(capture.url, element, is_sitemap=kind == "sitemapindex")
            if entry is not None:
                entries.append(entry)
    return entries


def collect(
    start_urls: Iterable[str],
    fetch: Callable[[str], Capture],
    *,
    max_sitemaps: int = 50,
    max_depth: int = 3,
    errors: list[str] | None = None,
) -> list[SitemapEntry]:
    """Fetch sitemaps breadth first, following indexes; return every page entry once.

    At most ``max_sitemaps`` files are fetched and indexes are followed
    ``max_depth`` levels deep. Sitemaps that fail are skipped; their errors
    are appended to ``errors`` when given.
    """
    queue = [(url, 0) for url in start_urls]
    seen_sitemaps: set[str] = set()
    pages: dict[str, SitemapEntry] = {}
    while queue and len(seen_sitemaps) < max_sitemaps:
        url, depth = queue.pop(0)
        if url in seen_sitemaps:
            continue
        seen_sitemaps.add(url)
        try:
            capture = fetch(url)
            entries = read(capture) if capture.status == 200 else []
        except AnnalsError as exc:
            if errors is not None:
                errors.append(str(exc))
            continue
        for entry in entries:
            if entry.is_sitemap and depth < max_depth:
                queue.append((entry.url, depth + 1))
            elif not entry.is_sitemap:
                pages.setdefault(entry.url, entry)
    return list(pages.values())


def _payload(capture: Capture) -> bytes:
    """The XML bytes, gunzipped (bounded) when the capture is still gzip-compressed."""
    if not capture.raw.startswith(_GZIP_MAGIC):
        return capture.raw
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(capture.raw)) as unzipped:
            data = unzipped.read(MAX_UNCOMPRESSED_BYTES + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(capture.url, f"broken gzip data ({exc})") from exc
    if len(data) > MAX_UNCOMPRESSED_BYTES:
        raise InputError(capture.url, "sitemap is over 50 MB uncompressed; not read")
    return data


def _parse(capture: Capture) -> etree._Element:
    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, recover=True, huge_tree=False
    )
    try:
        root = etree.fromstring(_payload(capture), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise InputError(capture.url, f"not readable XML ({exc})") from exc
    if root is None:
        raise InputError(capture.url, "empty or unreadable sitemap")
    return root


def _entry(base_url: str, element: etree._Element, *, is_sitemap: bool) -> SitemapEntry | None:
    # Match by local name: real sitemaps get namespaces wrong often enough.
    fields: dict[str, str] = {}
    for child in element.iter():
        if isinstance(child.tag, str) and child.text and child.text.strip():
            fields.setdefault(etree.QName(child).localname, child.text.strip())
    location = fields.get("loc")
    if not location:
        return None
    return SitemapEntry(
        url=urljoin(base_url, location),
        lastmod=fields.get("lastmod"),
        title=fields.get("title"),
        published=fields.get("publication_date"),
        is_sitemap=is_sitemap,
    )
