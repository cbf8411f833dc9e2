"""Running a search: parse, compile, collect hits, facets and snippets."""

from __future__ import annotations

import time
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

import tantivy

from annals.archive.aliases import forms_for
from annals.archive.facts_store import entity_labels
from annals.archive.store import Archive, StoredVersion
from annals.errors import UsageError
from annals.index.schema import ENTITY_FIELDS, FACET_FIELDS
from annals.index.spelling import fold, keys_for_text, spelling_key
from annals.index.store import SearchIndex
from annals.models import Hit, SearchResult
from annals.search.compile import Compiler, Filters
from annals.search.expand import expand_aliases
from annals.search.query import Node, Phrase, Term, parse_query, positive_terms, to_string
from annals.search.snippets import (
    highlight_regex,
    match_spans,
    phrase_pattern,
    snippet_from_spans,
    word_pattern,
)
from annals.search.typos import FEW_RESULTS, loosenable_words, suggest, with_suggestions
from annals.search.variants import VariantForms

SORTS = ("relevance", "newest", "oldest")
_FACET_SIZE = {
    "source": 50,
    "language": 50,
    "year": 100,
    "tags": 50,
    "place": 20,
    "person": 20,
    "organisation": 20,
}


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
    variants: bool = True  # match other spellings, aliases and (when few match) near spellings
    entities: tuple[tuple[str, str], ...] = ()  # (place|person|organisation, name) to narrow to
    extra: dict[str, Any] = field(default_factory=dict)

    def filters(self) -> Filters:
        return Filters(self.sources, self.languages, self.date_from, self.date_to, self.entities)


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
        self._entity_labels: dict[tuple[str, str], str] | None = None

    def refresh(self) -> None:
        """Forget what was cached about the archive (after an import)."""
        self._languages = None
        self._entity_labels = None

    @property
    def entity_labels(self) -> dict[tuple[str, str], str]:
        """How to show an entity facet's spelling key: the name the archive uses most."""
        if self._entity_labels is None:
            self._entity_labels = entity_labels(self.archive.db)
        return self._entity_labels

    @property
    def languages(self) -> tuple[str, ...]:
        if self._languages is None:
            self._languages = tuple(self.archive.languages())
        return self._languages

    def search(self, request: SearchRequest) -> SearchResult:
        started = time.perf_counter()
        tree = parse_query(request.query) if request.query.strip() else None
        notes: list[str] = []
        if tree is not None and request.variants:
            tree, notes = expand_aliases(tree, self.aliases)
        searcher = self.index.searcher()
        compiler = Compiler(
            self.languages,
            request.query,
            variants=request.variants,
            spellings=VariantForms(searcher, self.index.vocabulary),
        )
        query = compiler.compile(tree, request.filters())
        total, found = self._collect(searcher, query, request)
        suggestion = None
        if tree is not None and total < FEW_RESULTS and request.variants and not request.offset:
            loosened = self._loosened(searcher, tree, compiler, request, total)
            if loosened is not None:
                query, total, found, suggestion, note = loosened
                notes.append(note)
        hits = self._hits(searcher, found, tree, request)
        notes.extend(variant_notes(tree, hits))
        facets = collect_facets(searcher, query, self.entity_labels) if request.facets else {}
        took_ms = (time.perf_counter() - started) * 1000
        return SearchResult(
            request.query, total, round(took_ms, 2), hits, facets, notes, suggestion
        )

    def aliases(self, word: str) -> list[str]:
        return forms_for(self.archive.db, word)

    def _hits(
        self,
        searcher: tantivy.Searcher,
        found: list[tuple[float, tantivy.DocAddress]],
        tree: Node | None,
        request: SearchRequest,
    ) -> list[Hit]:
        ids = [int(searcher.doc(address)["statement_id"][0]) for _, address in found]
        versions = self.archive.current_versions(ids)
        keys = variant_keys(tree) if request.variants else frozenset()
        hits = [
            self._hit(versions[statement_id], score, tree, keys, request)
            for statement_id, (score, _) in zip(ids, found, strict=True)
            if statement_id in versions
        ]
        if request.sort == "relevance":
            # Equal scores come in index order, which a reindex may change: order them by id.
            hits.sort(key=lambda hit: (-hit.score, hit.id))
        return hits

    def _loosened(
        self,
        searcher: tantivy.Searcher,
        tree: Node,
        compiler: Compiler,
        request: SearchRequest,
        total: int,
    ) -> tuple[tantivy.Query, int, list[tuple[float, tantivy.DocAddress]], str | None, str] | None:
        """The search again with near spellings of long words, if that finds more."""
        words = loosenable_words(tree)
        if not words:
            return None
        loose = replace(compiler, loosened=frozenset(word.text for word in words))
        query = loose.compile(tree, request.filters())
        loose_total, found = self._collect(searcher, query, request)
        if loose_total <= total:
            return None
        sample = self._sample_texts(searcher, found)
        suggestions = {
            word.text: best for word in words if (best := suggest(word.text, sample)) is not None
        }
        suggestion = to_string(with_suggestions(tree, suggestions)) if suggestions else None
        note = f"few exact matches: near spellings of {', '.join(w.text for w in words)} included"
        if suggestion:
            note += f"; did you mean: {suggestion}"
        return query, loose_total, found, suggestion, note

    def _sample_texts(
        self, searcher: tantivy.Searcher, found: list[tuple[float, tantivy.DocAddress]]
    ) -> list[str]:
        ids = [int(searcher.doc(address)["statement_id"][0]) for _, address in found[:10]]
        return [
            f"{version.title} {version.text[:10_000]}"
            for version in self.archive.current_versions(ids).values()
        ]

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
        self,
        version: StoredVersion,
        score: float,
        tree: Node | None,
        keys: frozenset[str],
        request: SearchRequest,
    ) -> Hit:
        regex = highlight_regex(highlight_patterns(tree, version.language))
        spans = match_spans(version.text, regex, keys)
        return Hit(
            id=version.statement_id,
            external_id=version.external_id,
            url=version.url,
            title=version.title,
            source=version.source,
            published=version.published,
            language=version.language,
            score=round(score, 4),
            snippet=snippet_from_spans(version.text, spans, request.snippet_chars),
            version=version.number,
            tags=version.tags,
            matched=tuple(dict.fromkeys(version.text[start:end] for start, end in spans[:200])),
            removed_at=version.removed_at,
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


def variant_keys(tree: Node | None) -> frozenset[str]:
    """Spelling keys of the words that may match in another spelling (not =exact ones)."""
    if tree is None:
        return frozenset()
    keys: set[str] = set()
    for leaf in positive_terms(tree):
        if leaf.exact or leaf.field is not None or (isinstance(leaf, Term) and leaf.prefix):
            continue
        text = leaf.text if isinstance(leaf, Term) else " ".join(leaf.words)
        keys.update(keys_for_text(text).split())
    return frozenset(keys)


def variant_notes(tree: Node | None, hits: list[Hit]) -> list[str]:
    """Say which other spellings matched each query word, and how to turn that off."""
    if tree is None:
        return []
    notes = []
    for leaf in positive_terms(tree):
        if not isinstance(leaf, Term) or leaf.exact or leaf.prefix or leaf.field:
            continue
        key, own = spelling_key(leaf.text), fold(leaf.text)
        others = {
            form
            for hit in hits
            for form in hit.matched
            if fold(form) != own and spelling_key(form) == key
        }
        if others:
            shown = ", ".join(sorted(others)[:8])
            notes.append(
                f"{leaf.text} also matched the spellings {shown}; search ={leaf.text} for that"
                " form only"
            )
    return notes


def collect_facets(
    searcher: tantivy.Searcher,
    query: tantivy.Query,
    labels: dict[tuple[str, str], str] | None = None,
) -> dict[str, dict[str, int]]:
    """Counts of matching statements by source, language, year, tag and named entity.

    Entities are counted by spelling key and shown by ``labels`` (their commonest name).
    """
    labels = labels or {}
    spec = {name: {"terms": {"field": name, "size": _FACET_SIZE[name]}} for name in FACET_FIELDS}
    found = searcher.aggregate(query, spec)
    facets: dict[str, dict[str, int]] = {}
    for name in FACET_FIELDS:
        buckets = found.get(name, {}).get("buckets", [])
        counts = {
            labels.get((name, key), key) if name in ENTITY_FIELDS else key: int(bucket["doc_count"])
            for bucket in buckets
            for key in [_bucket_key(bucket["key"])]
        }
        if name == "year":
            counts = dict(sorted(counts.items()))
        facets[name] = counts
    return facets


def _bucket_key(key: object) -> str:
    if isinstance(key, float) and key.is_integer():
        return str(int(key))
    return str(key)
