"""Read "archive" listing pages: statement links plus pagination to the next page.

Many official sites publish statements only as a paginated list ("Search in
archive", "Press releases, page 2"). ``read(capture, rule)`` takes one
listing page and returns the statement URLs on it (links matching the
rule's include pattern and not its exclude pattern) and the next page's
URL. ``crawl(start_url, fetch, rule)`` follows pages up to ``rule.max_pages``.

The next page is found, in order, from ``rel="next"``, a link whose text is
a "next" word or arrow (see ``NEXT_LINK_TEXTS``), or a link to the same path
whose page number is one more than this page's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import parse_qs, urldefrag, urljoin, urlsplit

from lxml import html as lxml_html

from annals.errors import InputError
from annals.models import Capture
from annals.sources.fetch import decode_html

# Link texts that mean "next page", lower-cased; extend for new languages here.
NEXT_LINK_TEXTS = frozenset(
    {
        "next", "next page", "next ›", "next »", "next >", "›", "»", ">", "→", "older",
        "older posts", "older entries", "suivant", "page suivante", "weiter", "nächste",
        "siguiente", "successivo", "следующая", "следующая страница", "далее", "вперед",
        "вперёд", "наступна", "далі", "sonraki", "sonraki sayfa", "ileri", "التالي",
        "下一页", "次へ",
    }
)  # fmt: skip
PAGE_PARAMETERS = ("page", "p", "paged", "pg", "pagenum", "page_no", "PAGEN_1")
_PATH_PAGE = re.compile(r"/page/(\d+)/?$")


@dataclass(frozen=True, slots=True)
class ListingRule:
    """Which links on a listing page are statements, and how far to page."""

    include: str  # regex searched in the absolute link URL
    exclude: str | None = None
    max_pages: int = 10
    same_host: bool = True  # only statements on the listing's own host


@dataclass(frozen=True, slots=True)
class ListingPage:
    """What one listing page gave: statement URLs in page order, and the next page."""

    url: str
    statement_urls: tuple[str, ...]
    next_url: str | None


def recognise(capture: Capture) -> bool:
    """Whether ``capture`` is an HTML page with a recognisable "next page" link."""
    media_type = capture.content_type.split(";", 1)[0].strip().lower()
    if media_type not in ("", "text/html", "application/xhtml+xml"):
        return False
    try:
        return read(capture, ListingRule(include=r"$^")).next_url is not None
    except InputError:
        return False


def read(capture: Capture, rule: ListingRule) -> ListingPage:
    """Statement links and the next page of one listing page."""
    links = _links(capture)
    include = re.compile(rule.include)
    exclude = re.compile(rule.exclude) if rule.exclude else None
    host = urlsplit(capture.url).netloc.lower()
    statements: dict[str, None] = {}
    for url, _text, _rel in links:
        if rule.same_host and urlsplit(url).netloc.lower() != host:
            continue
        if include.search(url) and not (exclude and exclude.search(url)):
            statements[url] = None
    return ListingPage(capture.url, tuple(statements), _next_page(capture.url, links))


def crawl(start_url: str, fetch: Callable[[str], Capture], rule: ListingRule) -> list[str]:
    """Statement URLs from ``start_url`` and its following pages, in order, each once."""
    found: dict[str, None] = {}
    visited: set[str] = set()
    url: str | None = start_url
    while url is not None and url not in visited and len(visited) < rule.max_pages:
        visited.add(url)
        capture = fetch(url)
        if capture.status != 200:
            break
        page = read(capture, rule)
        found.update(dict.fromkeys(page.statement_urls))
        url = page.next_url
    return list(found)


def _links(capture: Capture) -> list[tuple[str, str, str]]:
    """Every ``<a href>``/``<link href>`` as (absolute URL without fragment, text, rel)."""
    text = decode_html(capture.raw, capture.content_type)
    if not text.strip():
        raise InputError(capture.url, "empty page; nothing to list")
    try:
        document = lxml_html.document_fromstring(text)
    except Exception as exc:  # lxml raises several types for unparseable input
        raise InputError(capture.url, f"not readable HTML ({exc})") from exc
    base = document.xpath("string(//base/@href)") or capture.url
    links = []
    for element in document.xpath("//a[@href] | //link[@href]"):
        href = element.get("href", "").strip()
        if not href or href.startswith(("javascript:", "mailto:", "tel:", "#")):
            continue
        url = urldefrag(urljoin(base, href)).url
        label = " ".join(element.text_content().split()) or element.get("aria-label", "")
        links.append((url, label.lower(), element.get("rel", "").lower()))
    return links


def _next_page(current: str, links: list[tuple[str, str, str]]) -> str | None:
    host = urlsplit(current).netloc.lower()
    own = [link for link in links if urlsplit(link[0]).netloc.lower() == host]
    for url, _text, rel in own:
        if "next" in rel.split() and url != current:
            return url
    for url, text, _rel in own:
        if text in NEXT_LINK_TEXTS and url != current:
            return url
    wanted = _page_number(current) + 1
    for url, _text, _rel in own:
        if _same_listing(current, url) and _page_number(url) == wanted:
            return url
    return None


def _page_number(url: str) -> int:
    parts = urlsplit(url)
    path_page = _PATH_PAGE.search(parts.path)
    if path_page:
        return int(path_page.group(1))
    query = parse_qs(parts.query)
    for name in PAGE_PARAMETERS:
        value = query.get(name, [""])[0]
        if value.isdigit():
            return int(value)
    return 1


def _same_listing(current: str, candidate: str) -> bool:
    def listing_path(url: str) -> str:
        return _PATH_PAGE.sub("", urlsplit(url).path).rstrip("/")

    return listing_path(current) == listing_path(candidate)
