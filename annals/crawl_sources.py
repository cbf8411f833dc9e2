"""Adding web sources (with discovery) and exporting their captures as WARC files.

``add_source`` checks what the user gave, asks ``discover`` how the site can
be collected when it needs to, and stores the source with its settings.
``export_warc`` writes every kept answer of each source, raw bytes and HTTP
headers as fetched, into one gzipped WARC file per source.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from annals.archive import captures
from annals.archive.captures import CaptureRow, WebSource
from annals.archive.store import Archive, now_iso
from annals.crawl_decisions import KINDS, choose_kind, default_name
from annals.errors import FetchError, UsageError
from annals.models import Capture
from annals.sources import netguard
from annals.sources.discover import Discovery, discover_url
from annals.sources.fetch import Fetcher
from annals.sources.politeness import origin_of
from annals.sources.schedule import parse_duration
from annals.sources.warc import write_warc

# Kinds that need no look at the site before they can be collected.
_NO_DISCOVERY = frozenset({"page", "listing"})
# Captures a WARC export leaves out unless asked: listing pages are HTML that is not a statement.
LISTING_OUTCOMES = ("listing",)


@dataclass(frozen=True, slots=True)
class SourceOptions:
    """What ``annals source add`` was given besides the URL."""

    name: str | None = None
    kind: str | None = None
    include: str | None = None
    exclude: str | None = None
    language: str | None = None
    interval: str | None = None
    max_pages: int | None = None
    allow_private: bool = False
    publisher: str | None = None


def source_settings(options: SourceOptions, discovered: dict[str, Any]) -> dict[str, Any]:
    """The settings JSON stored with a source; checks patterns and the interval first."""
    for pattern in (options.include, options.exclude):
        if pattern:
            try:
                re.compile(pattern)
            except re.error as error:
                raise UsageError(f"bad pattern {pattern!r}: {error}") from error
    if options.interval:
        try:
            parse_duration(options.interval)
        except ValueError as error:
            raise UsageError(f"--interval: {error}") from error
    given = {
        "include": options.include,
        "exclude": options.exclude,
        "interval": options.interval,
        "max_pages": options.max_pages,
        "allow_private": options.allow_private or None,
    }
    return {**discovered, **{key: value for key, value in given.items() if value is not None}}


def add_source(
    archive: Archive, url: str, options: SourceOptions, fetcher: Fetcher
) -> tuple[WebSource, Discovery | None]:
    """Store a web source for ``url``; discover its feeds and sitemaps unless the kind is given."""
    netguard.check_syntax(url)
    if options.kind is not None and options.kind not in KINDS:
        raise UsageError(f"unknown kind {options.kind!r}; choose one of {', '.join(KINDS)}")
    if options.kind == "listing" and not options.include:
        raise UsageError("a listing source needs --include REGEX matching statement links")
    discovery = None
    discovered: dict[str, Any]
    if options.kind in _NO_DISCOVERY:
        # Nothing is fetched yet, so check the address now rather than at the first crawl.
        netguard.check_url(url, allow_private=options.allow_private)
        kind, discovered = str(options.kind), {}
    else:
        try:
            discovery = discover_url(url, fetcher)
        except FetchError as error:
            raise FetchError(f"could not look at {url}: {error}") from error
        kind, discovered = choose_kind(discovery, options.kind)
        if kind == "listing" and not options.include:
            raise UsageError(
                f"{url} looks like a paginated listing ({discovery.reason}); add it again with "
                "--kind listing --include REGEX (a pattern of statement links), or --kind page"
            )
        discovered["discovered"] = discovery.reason
    source = captures.add_source(
        archive.db,
        name=options.name or default_name(url),
        url=url,
        kind=kind,
        settings=source_settings(options, discovered),
        at=now_iso(),
        publisher=options.publisher,
        homepage=origin_of(url) + "/",
        language=options.language,
    )
    return source, discovery


# --- WARC export ---------------------------------------------------------------------------


def export_warc(
    archive: Archive, directory: Path, source: str | None = None, with_listings: bool = False
) -> list[tuple[Path, int]]:
    """Write each source's captures to ``DIRECTORY/<source>.warc.gz``; return files and counts.

    Failures with no answer (refused, timed out) have nothing to write and
    are left out; so are listing pages unless ``with_listings``.
    """
    directory.mkdir(parents=True, exist_ok=True)
    chosen = (
        [captures.get_source(archive.db, source)] if source else _sources_with_captures(archive)
    )
    written = []
    for web_source in chosen:
        path = directory / f"{_file_name(web_source.name)}.warc.gz"
        count = write_warc(_captures_of(archive, web_source.id, with_listings), path)
        written.append((path, count))
    return written


def _sources_with_captures(archive: Archive) -> list[WebSource]:
    return captures.list_sources(archive.db, include_removed=True)


def _captures_of(archive: Archive, source_id: int, with_listings: bool) -> Iterator[Capture]:
    for row in captures.iter_captures(archive.db, source_id):
        if row.status is None or (row.outcome in LISTING_OUTCOMES and not with_listings):
            continue
        yield capture_from_row(archive, row)


def capture_from_row(archive: Archive, row: CaptureRow) -> Capture:
    """A stored capture as the ``Capture`` it was fetched as (raw bytes from the blobs)."""
    raw = archive.raw(row.content_sha256) if row.content_sha256 else b""
    content_type = next(
        (value for name, value in row.headers if name.lower() == "content-type"), ""
    )
    redirects = (row.requested_url,) if row.requested_url != row.url else ()
    return Capture(
        url=row.url,
        raw=raw,
        captured_at=datetime.fromisoformat(row.captured_at),
        status=row.status or 0,
        headers=row.headers,
        content_type=content_type,
        redirects=redirects,
    )


def _file_name(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "source"
