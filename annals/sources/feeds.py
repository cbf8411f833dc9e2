"""Read RSS and Atom feeds into entries that point at statements.

``recognise(capture)`` says whether a capture is a feed; ``read(capture)``
lists its entries, newest first as the feed gives them. Broken XML is read
as far as feedparser can recover it; a capture with nothing recoverable
raises ``InputError`` so the crawl records why and moves on.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urljoin

import feedparser

from annals.errors import InputError
from annals.models import Capture

FEED_TYPES = (
    "application/rss+xml",
    "application/atom+xml",
    "application/rdf+xml",
    "application/feed+xml",
)
# A feed's root element, after an optional XML declaration, comments and a doctype.
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)[\s>]", re.IGNORECASE)
_HTML_ROOT = re.compile(rb"<(html|!doctype html)[\s>]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed item: where the statement is and what the feed says about it."""

    url: str
    title: str = ""
    published: str | None = None  # ISO 8601, UTC, when the feed gives a parseable date
    summary: str = ""
    entry_id: str | None = None  # the feed's guid/id, stable across title edits


def recognise(capture: Capture) -> bool:
    """Whether ``capture`` looks like an RSS or Atom feed (by type, then by its root element)."""
    media_type = capture.content_type.split(";", 1)[0].strip().lower()
    if media_type in FEED_TYPES:
        return True
    head = capture.raw[:2048]
    return bool(_FEED_ROOT.search(head)) and not _HTML_ROOT.search(head)


def read(capture: Capture) -> list[FeedEntry]:
    """The entries of a feed capture; relative links are resolved against the feed's URL."""
    parsed = feedparser.parse(
        capture.raw,
        response_headers={
            "content-location": capture.url,
            "content-type": capture.content_type or "application/xml",
        },
    )
    if parsed.bozo and not parsed.entries:
        reason = parsed.get("bozo_exception", "unreadable XML")
        raise InputError(capture.url, f"not a readable feed ({reason}); check the feed URL")
    if not parsed.get("version") and not parsed.entries:
        raise InputError(capture.url, "no RSS or Atom feed found here; check the feed URL")
    entries = (_entry(capture.url, item) for item in parsed.entries)
    return [entry for entry in entries if entry is not None]


def _entry(feed_url: str, item: feedparser.FeedParserDict) -> FeedEntry | None:
    link = item.get("link") or _alternate_link(item)
    if not link:
        return None
    return FeedEntry(
        url=urljoin(feed_url, link.strip()),
        title=(item.get("title") or "").strip(),
        published=_iso(_date_of(item)),
        summary=(item.get("summary") or "").strip(),
        entry_id=item.get("id") or None,
    )


def _alternate_link(item: feedparser.FeedParserDict) -> str | None:
    for link in item.get("links", []):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return str(link["href"])
    return None


def _date_of(item: feedparser.FeedParserDict) -> time.struct_time | None:
    # Plain dict lookups: FeedParserDict.get maps missing keys to others and warns about it.
    return dict.get(item, "published_parsed") or dict.get(item, "updated_parsed")


def _iso(parsed: time.struct_time | None) -> str | None:
    # feedparser gives dates as UTC struct_time; None when it could not read the date.
    if parsed is None:
        return None
    return datetime(*parsed[:6], tzinfo=UTC).isoformat()
