"""Running a search: parse, compile, collect hits, facets and snippets."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date
from typing import Any

import tantivy

from annals.archive.store import Archive, StoredVersion
from annals.errors import UsageError
from annals.index.schema import FACET_FIELDS
from annals.index.store import SearchIndex
from annals.models import Hit, SearchResult
from annals.search.compile import Compiler, Filters
from annals.search.query import Node, Phrase, Term, parse_query, positive_terms
from annals.search.snippets import highlight_regex, make_snippet, phrase_pattern, word_pattern

SORTS = ("relevance", "newest", "oldest")
_FACET_SIZE = {"source": 50, "language": 50, "year": 100, "tags": 50}


@dataclass(frozen=True, slots=True)
class SearchRequest:
    """One search as the CLI, the web and the API ask for it."""

    query: str = ""
    limit: int = 10
    offset: int = 0
    sort: str = "relevance"
    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    facets: bool = True
    snippet_chars: int = 240
    extra: dict[str, Any] = field(default_factory=dict)

    def filters(self) -> Filters:
        return Filters(self.sources, self.languages, self.date_from, self.date_to)


def check_request(request: SearchRequest, max_limit: int, max_offset: int) -> None:
    """UsageError for a page or sort a search cannot serve."""
    if request.sort not in SORTS:
        raise UsageError(f"unknown sort {request.sort!r}: use one of {', '.join(SORTS)}")
    if not 0 <= request.limit <= max_limit:
        raise UsageError(f"limit must be between 0 and {max_limit}")
    if not 0 <= request.offset <= max_offset:
        raise UsageError(f"offset must be between 0 and {max_offset}; narrow the search instead")


class SearchEngine:
    """Searches one archive's index and dresses the hits from the archive."""

    def __init__(self, archive: Archive, index: SearchIndex) -> None:
        self.archive = archive
        self.index = index
        self._languages: tuple[str, ...] | None = None

    def refresh(self) -> None:
        """Forget what was cached about the archive (after an import)."""
        self._languages = None

    @property
    def languages(self) -> tuple[str, ...]:
        if self._languages is None:
            self._languages = tuple(self.archive.languages())
        return self._languages

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        tree = parse_query(request.query) if request.query.strip() else None
        query = Compiler(self.languages, request.query).compile(tree, request.filters())
        searcher = self.index.searcher()
        total, found = self._collect(searcher, query, request)
        ids = [int(searcher.doc(address)["statement_id"][0]) for _, address in found]
        versions = self.archive.current_versions(ids)
        hits = [
            self._hit(versions[statement_id], score, tree, request)
            for statement_id, (score, _) in zip(ids, found, strict=True)
            if statement_id in versions
        ]
        facets = collect_facets(searcher, query) if request.facets else {}
        took_ms = (time.perf_counter() - started) * 1000
        return SearchResult(request.query, total, round(took_ms, 2), hits, facets)

    def _collect(
        self, searcher: tantivy.Searcher, query: tantivy.Query, request: SearchRequest
    ) -> tuple[int, list[tuple[float, tantivy.DocAddress]]]:
        """The total count and the page of (score, address); scores are 0 when sorting by date."""
        sort_options: dict[str, Any] = {}
        if request.sort != "relevance":
            sort_options["order_by_field"] = "published"
            sort_options["order"] = (
                tantivy.Order.Desc if request.sort == "newest" else tantivy.Order.Asc
            )
        result = searcher.search(
            query, limit=max(request.limit, 1), offset=request.offset, count=True, **sort_options
        )
        relevance = request.sort == "relevance"
        found = [
            (float(key) if relevance else 0.0, address)
            for key, address in result.hits[: request.limit]
        ]
        return int(result.count or 0), found  # type: ignore[attr-defined]  # missing from the stubs

    def _hit(
        self, version: StoredVersion, score: float, tree: Node | None, request: SearchRequest
    ) -> Hit:
        regex = highlight_regex(highlight_patterns(tree, version.language))
        return Hit(
            id=version.statement_id,
            external_id=version.external_id,
            url=version.url,
            title=version.title,
            source=version.source,
            published=version.published,
            language=version.language,
            score=round(score, 4),
            snippet=make_snippet(version.text, regex, request.snippet_chars),
            version=version.number,
            tags=version.tags,
        )


def highlight_patterns(tree: Node | None, language: str | None) -> list[str]:
    """Regex patterns for the words a query looks for in text (not in source:/lang:/tag:)."""
    if tree is None:
        return []
    patterns = []
    for leaf in positive_terms(tree):
        if leaf.field in ("source", "lang", "tag", "url"):
            continue
        if isinstance(leaf, Term):
            patterns.append(word_pattern(leaf.text.rstrip("*"), None if leaf.exact else language))
        elif isinstance(leaf, Phrase):
            patterns.append(phrase_pattern(list(leaf.words)))
    return [pattern for pattern in patterns if pattern]


def collect_facets(searcher: tantivy.Searcher, query: tantivy.Query) -> dict[str, dict[str, int]]:
    """Counts of matching statements by source, language, year and tag."""
    spec = {name: {"terms": {"field": name, "size": _FACET_SIZE[name]}} for name in FACET_FIELDS}
    found = searcher.aggregate(query, spec)
    facets: dict[str, dict[str, int]] = {}
    for name in FACET_FIELDS:
        buckets = found.get(name, {}).get("buckets", [])
        counts = {_bucket_key(bucket["key"]): int(bucket["doc_count"]) for bucket in buckets}
        if name == "year":
            counts = dict(sorted(counts.items()))
        facets[name] = counts
    return facets


def _bucket_key(key: object) -> str:
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key)
