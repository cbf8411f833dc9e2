"""The collector's decisions, as pure functions of values: no network, no archive.

``decide`` says what a fetched answer means for a statement (new, changed,
unchanged, not modified, removed, failed); ``next_check_time`` when to look
again; ``listing_due`` whether a source's listing should be re-read;
``choose_kind`` how to collect a site from what discovery found;
``build_document`` turns a fetched page into the ``Document`` the archive
stores. ``annals.crawl`` does the I/O around them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urldefrag, urlsplit

from annals.archive.captures import Check, StatementState, WebSource
from annals.archive.diff import is_trivial_change, strip_tracking
from annals.archive.store import PreparedDocument
from annals.errors import InputError, UsageError
from annals.extract import extract_html, normalise_date
from annals.models import Capture, Document, Extracted
from annals.sources.discover import Discovery
from annals.sources.documents import finish_document
from annals.sources.fetch import decode_html
from annals.sources.options import ReadOptions
from annals.sources.schedule import DEFAULT_TIERS, Tier, next_check, parse_duration

KINDS = ("feed", "sitemap", "listing", "page")
OUTCOMES = ("new", "changed", "unchanged", "not_modified", "removed", "failed")
GONE_STATUSES = frozenset({404, 410})
HTML_TYPES = frozenset({"", "text/html", "application/xhtml+xml"})


@dataclass(frozen=True, slots=True)
class Target:
    """A statement URL to fetch, with what the listing said about it (fallback metadata)."""

    url: str  # canonical: the statement's key and the checks key
    fetch_url: str  # as listed
    title: str = ""
    published: str | None = None


@dataclass(frozen=True, slots=True)
class Fetched:
    """The result of fetching (and, for a 200, extracting) one target."""

    target: Target
    capture: Capture | None
    document: PreparedDocument | None = None
    error: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    """What to do with a fetched target; ``outcome`` is one of ``OUTCOMES``."""

    outcome: str
    store: bool = False
    remove: bool = False
    restore: bool = False
    error: str | None = None


# --- pure decisions ------------------------------------------------------------------------


def canonical_url(url: str) -> str:
    """The key of a statement URL: no fragment, no tracking parameters."""
    return strip_tracking(urldefrag(url.strip()).url)


def decide(state: StatementState | None, fetched: Fetched) -> Decision:
    """What a fetched answer means for the statement it belongs to (``state``, if stored)."""
    capture = fetched.capture
    if capture is None:
        return Decision("failed", error=fetched.error or "not fetched")
    if capture.status == 304:
        return Decision("not_modified")
    if capture.status in GONE_STATUSES:
        if state is None:
            return Decision("failed", error=f"answered {capture.status}; nothing stored")
        return (
            Decision("removed", remove=True) if state.removed_at is None else Decision("unchanged")
        )
    if not 200 <= capture.status < 300:
        return Decision("failed", error=f"answered {capture.status}")
    if fetched.document is None:
        return Decision("failed", error=fetched.error or "no statement in the page")
    restore = state is not None and state.removed_at is not None
    if state is None:
        return Decision("new", store=True)
    extracted = fetched.document.document.extracted
    # The text decides: a date alone is often read off a "Last updated" stamp, which moves.
    if is_trivial_change(
        f"{state.title}\n\n{state.text}", f"{extracted.title}\n\n{extracted.text}"
    ):
        return Decision("unchanged", restore=restore)
    return Decision("changed", store=True, restore=restore)


def next_check_time(
    first_seen: datetime,
    checked_at: datetime,
    published: str | None = None,
    tiers: Sequence[Tier] = DEFAULT_TIERS,
) -> datetime:
    """When to look at a statement again: by the schedule tiers for its age.

    The age counts from when it was first seen or, if earlier, its
    publication date, so an old statement found by a first crawl settles at
    once instead of being re-checked every 15 minutes.
    """
    born = first_seen
    try:
        published_at = parse_time(published) if published else None
    except ValueError:
        published_at = None
    if published_at is not None and published_at < born:
        born = published_at
    return next_check(born, checked_at, tiers)


def listing_due(source: WebSource, now: datetime, default_interval: timedelta) -> bool:
    """Whether the source's feed, sitemap or listing should be read again at ``now``."""
    if source.last_crawl_at is None:
        return True
    interval = source_interval(source, default_interval)
    return parse_time(source.last_crawl_at) + interval <= now


def source_interval(source: WebSource, default: timedelta) -> timedelta:
    text = source.settings.get("interval")
    return parse_duration(text) if text else default


def choose_kind(discovery: Discovery, given: str | None) -> tuple[str, dict[str, Any]]:
    """The kind to collect a source as, and the feed/sitemap URLs that go with it."""
    kind = given or discovery.kind
    if kind not in KINDS:
        raise UsageError(f"unknown kind {kind!r}; choose one of {', '.join(KINDS)}")
    if kind == "feed":
        return kind, {"feeds": list(discovery.feeds) or [discovery.url]}
    if kind == "sitemap":
        return kind, {"sitemaps": list(discovery.sitemaps) or [discovery.url]}
    return kind, {}


def url_filter(settings: dict[str, Any]) -> Callable[[str], bool]:
    """Whether a listed URL is a statement, by the source's include/exclude patterns."""
    include = re.compile(settings["include"]) if settings.get("include") else None
    exclude = re.compile(settings["exclude"]) if settings.get("exclude") else None

    def wanted(url: str) -> bool:
        return bool(
            (include is None or include.search(url)) and not (exclude and exclude.search(url))
        )

    return wanted


def build_document(
    capture: Capture, target: Target, options: ReadOptions, language: str | None = None
) -> Document:
    """The statement in a fetched page: trafilatura's text and metadata, listing metadata as
    fallback. Raises InputError when the answer holds no statement."""
    media_type = capture.content_type.split(";", 1)[0].strip().lower()
    text = decode_html(capture.raw, capture.content_type)
    if media_type in HTML_TYPES:
        extracted = extract_html(text, capture.url, url=capture.url)
    elif media_type == "text/plain":
        extracted = Extracted(text=text.strip(), extractor="text 1")
    else:
        raise InputError(capture.url, f"{media_type} is not a web page; not stored")
    extracted = replace(
        extracted,
        title=extracted.title or target.title,
        published=extracted.published or target.published,
        language=extracted.language or language,
    )
    document = Document(
        raw=capture.raw,
        extracted=extracted,
        origin=capture.url,
        external_id=target.url,
        url=target.url,
        media_type=media_type or "text/html",
        captured_at=capture.captured_at,
    )
    return finish_document(document, options)


def validators_of(check: Check | None) -> Capture | None:
    """A stand-in previous capture carrying the stored ETag/Last-Modified, for a conditional GET."""
    if check is None or not (check.etag or check.last_modified):
        return None
    headers = tuple(
        (name, value)
        for name, value in (("ETag", check.etag), ("Last-Modified", check.last_modified))
        if value
    )
    return Capture(
        url=check.url, raw=b"", captured_at=parse_time(check.first_seen_at), headers=headers
    )


def header(capture: Capture, name: str) -> str | None:
    return next((value for key, value in capture.headers if key.lower() == name), None)


def parse_time(text: str) -> datetime:
    parsed = datetime.fromisoformat(text)
    # A bare date or a naive time (from a feed or a page) is read as UTC.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def with_fallbacks(target: Target, state: StatementState | None) -> Target:
    """Listing metadata first, then what the stored version has, for pages that lack it."""
    if state is None:
        return target
    return replace(
        target, title=target.title or state.title, published=target.published or state.published
    )


def checked_since(check: Check | None, started: str) -> bool:
    return bool(check and check.last_checked_at and check.last_checked_at >= started)


def normalised_date(published: str | None) -> str | None:
    """A listing's date as the archive stores it, or None when it is not a date."""
    try:
        return normalise_date(published)
    except ValueError:
        return None


def default_name(url: str) -> str:
    """A source name from its URL: the host without ``www.``."""
    host = urlsplit(url).netloc.lower()
    return host.removeprefix("www.") or url
