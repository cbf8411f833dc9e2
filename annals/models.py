"""Plain values passed between the pipeline stages; no I/O here.

Every stage takes and returns these, so a stage can be tested without the
others: sources yield ``Capture``/``Document``, extraction turns a document
into an ``Extracted``, the archive stores ``Version`` rows, the index and
search return ``Hit`` and ``SearchResult``, fact finding returns ``Fact``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class Capture:
    """One response as fetched or read, kept byte for byte before extraction."""

    url: str
    raw: bytes
    captured_at: datetime
    status: int = 200
    headers: tuple[tuple[str, str], ...] = ()
    content_type: str = ""
    redirects: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction found in one document: clean text and its metadata."""

    text: str
    title: str = ""
    published: str | None = None  # ISO 8601 date or datetime as given
    language: str | None = None  # ISO 639-1
    author: str | None = None
    tags: tuple[str, ...] = ()
    extractor: str = ""  # e.g. "trafilatura 2.3.1" or "markdown 2"


@dataclass(frozen=True, slots=True)
class Document:
    """One statement as an input gives it: the raw bytes and what was extracted.

    ``external_id`` is the id the input gave (a JSON Lines record's ``id``, a
    file path); ``url`` the canonical URL when known. Together with the source
    they identify the statement across re-imports.
    """

    raw: bytes
    extracted: Extracted
    origin: str  # path or URL the document was read from, for error reports
    external_id: str | None = None
    url: str | None = None
    media_type: str = "text/plain"
    captured_at: datetime | None = None
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Fact:
    """A fact found in a version's text, with the exact span it came from.

    ``fields`` holds the kind's own values, e.g. for a figure ``value``,
    ``value_max``, ``approx``, ``counted``, ``predicate``, ``part_of``.
    """

    kind: str  # figure | date | quote | citation | legal | person | place | organisation
    text: str
    start: int
    end: int
    fields: dict[str, Any] = field(default_factory=dict)
    extractor_version: str = ""


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result."""

    id: int
    external_id: str | None
    url: str | None
    title: str
    source: str
    published: str | None
    language: str | None
    score: float
    snippet: str
    version: int = 1
    tags: tuple[str, ...] = ()
    matched: tuple[str, ...] = ()  # the forms of the query's words found in the text
    removed_at: str | None = None  # when a crawl found the statement gone from its URL


@dataclass(frozen=True, slots=True)
class SearchResult:
    """A page of hits with the total count, facet counts and timing."""

    query: str
    total: int
    took_ms: float
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    notes: list[str] = field(default_factory=list)
    suggestion: str | None = None  # a corrected query when near spellings were used
