"""The facade the CLI, the web app and the tests all call: ``Annals(settings)``.

Each method is one user-level operation; the CLI and the web views parse
input, call one method and render what it returns.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from annals.archive import aliases, saved, tokens
from annals.archive import captures as crawl_records
from annals.archive.captures import Event, WebSource
from annals.archive.diff import DiffOp, word_diff
from annals.archive.facts_store import (
    FactQuery,
    facts_of_version,
    replace_facts,
    search_facts,
    versions_needing_facts,
)
from annals.archive.store import Archive, StoredVersion, now_iso
from annals.crawl import Collector, CollectSettings, CrawlReport
from annals.crawl_sources import SourceOptions, add_source, export_warc
from annals.errors import InputError, NotFound, UsageError
from annals.facts import EXTRACTOR_VERSION as FACTS_VERSION
from annals.facts import facts_of
from annals.facts.quotes import speaker_keys
from annals.index.spelling import spelling_key
from annals.index.store import SearchIndex
from annals.models import Extracted, Fact, Hit, SearchResult
from annals.pipeline import ImportReport, Stages, import_paths
from annals.search.alias_seeds import cldr_country_groups, geonames_groups
from annals.search.engine import SearchEngine, SearchRequest, check_request
from annals.settings import Settings
from annals.sources import jsonlines, text_files
from annals.sources.discover import Discovery
from annals.sources.fetch import Fetcher, FetchSettings
from annals.sources.files import reader_for
from annals.sources.options import ReadOptions
from annals.sources.politeness import Clock


class Annals:
    """One archive directory with its index, opened with frozen settings."""

    def __init__(self, settings: Settings, read_only: bool = False) -> None:
        """Open the archive; ``read_only`` instances (the web's) never write the index."""
        self.settings = settings
        self.read_only = read_only
        self.archive = Archive(settings.archive)
        self.index = SearchIndex(
            self.archive,
            memory_mb=settings.index_memory_mb,
            spelling_keys=settings.spelling_variants,
        )
        self.engine = SearchEngine(self.archive, self.index)

    def close(self) -> None:
        self.index.close()
        self.archive.close()

    def __enter__(self) -> Annals:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- import --------------------------------------------------------------------------

    def read_options(self, **changes: Any) -> ReadOptions:
        """Reader options from the settings, with per-call changes (given metadata, fields)."""
        options = ReadOptions(
            max_file_bytes=self.settings.max_file_mb * 1024 * 1024,
            language_sample_chars=self.settings.language_sample_chars,
        )
        return dataclasses.replace(options, **changes)

    def import_paths(
        self,
        paths: Iterable[Path],
        source: str | None = None,
        options: ReadOptions | None = None,
        progress: Callable[[int], None] | None = None,
    ) -> ImportReport:
        """Import files and directories; bad items are reported and skipped."""
        paths = [Path(path) for path in paths]
        options = _for_many_documents(paths, options or self.read_options())
        report = import_paths(
            self.archive,
            self.index,
            paths,
            options,
            source_name=source,
            batch_size=self.settings.batch_size,
            progress=progress,
            workers=self.settings.import_workers,
            stages=Stages(self.settings.find_facts, self.settings.spelling_variants),
        )
        self.engine.refresh()
        return report

    def reindex(self) -> int:
        """Rebuild the index from the archive alone; return the number of statements indexed."""
        count = self.index.rebuild()
        self.engine.refresh()
        return count

    # --- search --------------------------------------------------------------------------

    def search(self, request: SearchRequest) -> SearchResult:
        """Run a search; the index is brought up to date first if an import was interrupted."""
        check_request(request, self.settings.max_limit, self.settings.max_offset)
        if not self.read_only and self.index.lag() > 0:
            self.index.sync()
            self.engine.refresh()
        return self.engine.search(request)

    def search_hits(self, query: str, **request: Any) -> list[Hit]:
        """The first page of hits for a query (a convenience for scripts and tests)."""
        return self.search(SearchRequest(query=query, **request)).hits

    def search_ids(self, query: str, **request: Any) -> list[int]:
        """Statement ids of a search's first page, best first (a convenience for scripts)."""
        return [hit.id for hit in self.search(SearchRequest(query=query, **request)).hits]

    # --- statements ----------------------------------------------------------------------

    def statement(self, statement_id: int) -> StoredVersion:
        """The current version of a statement."""
        found = self.archive.current_versions([statement_id])
        if statement_id not in found:
            raise NotFound(f"no statement with id {statement_id}; `annals search` lists ids")
        return found[statement_id]

    def versions(self, statement_id: int) -> list[StoredVersion]:
        return self.archive.versions(statement_id)

    def version(self, statement_id: int, number: int) -> StoredVersion:
        """One version of a statement by its number (1 is the first)."""
        for version in self.versions(statement_id):
            if version.number == number:
                return version
        raise NotFound(f"statement {statement_id} has no version {number}")

    def diff(
        self, statement_id: int, old: int | None = None, new: int | None = None
    ) -> tuple[StoredVersion, StoredVersion, list[DiffOp]]:
        """Word-level diff between two versions (default: the last two)."""
        versions = self.versions(statement_id)
        old_version = (
            self.version(statement_id, old) if old else versions[max(0, len(versions) - 2)]
        )
        new_version = self.version(statement_id, new) if new else versions[-1]
        title_and_text = "{0.title}\n\n{0.text}"
        ops = word_diff(title_and_text.format(old_version), title_and_text.format(new_version))
        return old_version, new_version, ops

    def facts(self, statement_id: int, number: int | None = None) -> list[Fact]:
        """The facts stored for a statement's version (default: the current one)."""
        version = self.version(statement_id, number) if number else self.statement(statement_id)
        return facts_of_version(self.archive.db, version.version_id)

    def find_facts(self, statement_id: int) -> list[Fact]:
        """Find the current version's facts again with this extractor, store and return them."""
        version = self.statement(statement_id)
        self._store_facts([version])
        return self.facts(statement_id)

    def refresh_facts(self) -> int:
        """Find facts for every current version that has none from this extractor version."""
        stale = set(versions_needing_facts(self.archive.db, FACTS_VERSION))
        batch: list[StoredVersion] = []
        for version in self.archive.iter_current_versions():
            if version.version_id in stale:
                batch.append(version)
            if len(batch) >= self.settings.batch_size:
                self._store_facts(batch)
                batch = []
        self._store_facts(batch)
        return len(stale)

    def _store_facts(self, versions: Sequence[StoredVersion]) -> None:
        found = [(version.version_id, facts_of(version)) for version in versions]
        with self.archive.transaction() as db:
            for version_id, facts in found:
                replace_facts(db, version_id, facts, FACTS_VERSION)

    def statements_with_facts(self) -> Iterator[tuple[StoredVersion, list[Fact]]]:
        """Every statement's current version with its stored facts, in id order."""
        for version in self.archive.iter_current_versions():
            yield version, facts_of_version(self.archive.db, version.version_id)

    def search_facts(
        self, query: FactQuery, entity: str | None = None, speaker: str | None = None
    ) -> list[dict[str, Any]]:
        """Facts across statements (e.g. figures of people killed where a place is named, or
        quotes said by a speaker, in any spelling or script of their name)."""
        if entity:
            query = replace(query, entity_key=spelling_key(entity))
        if speaker:
            query = replace(query, kind="quote", speaker_keys=tuple(speaker_keys(speaker)))
        return search_facts(self.archive.db, query)

    def raw_capture(self, content_sha256: str) -> bytes:
        return self.archive.raw(content_sha256)

    def iter_search(self, request: SearchRequest, page_size: int = 1000) -> Iterator[Hit]:
        """Every hit of a search, page by page (for exports: no cap, memory bounded by a page)."""
        offset = 0
        while True:
            page = replace(request, limit=page_size, offset=offset, facets=False)
            hits = self.engine.search(page).hits
            yield from hits
            if len(hits) < page_size:
                return
            offset += page_size

    # --- saved searches ------------------------------------------------------------------

    def save_search(self, name: str, request: SearchRequest) -> None:
        """Save a search; only statements added or changed after now will count as new."""
        params = {
            "sources": list(request.sources),
            "languages": list(request.languages),
            "variants": request.variants,
        }
        with self.archive.transaction() as db:
            saved.save_search(db, name, request.query, params, self.archive.max_version_id())

    def saved_searches(self) -> list[saved.SavedSearch]:
        return saved.saved_searches(self.archive.db)

    def check_saved_search(self, name: str) -> list[Hit]:
        """Statements matching a saved search that are new or changed since its last check."""
        search = saved.saved_search(self.archive.db, name)
        seen_upto = self.archive.max_version_id()
        request = SearchRequest(
            query=search.query,
            sort="newest",
            sources=tuple(search.params.get("sources", ())),
            languages=tuple(search.params.get("languages", ())),
            variants=bool(search.params.get("variants", True)),
        )
        new: list[Hit] = []
        page: list[Hit] = []
        for hit in self.iter_search(request):
            page.append(hit)
            if len(page) == 500:
                new.extend(self._changed_since(page, search.last_seen_version_id, seen_upto))
                page = []
        new.extend(self._changed_since(page, search.last_seen_version_id, seen_upto))
        with self.archive.transaction() as db:
            saved.mark_checked(db, name, seen_upto)
        return new

    def _changed_since(self, hits: list[Hit], after: int, upto: int) -> list[Hit]:
        versions = self.archive.current_versions([hit.id for hit in hits])
        return [
            hit
            for hit in hits
            if hit.id in versions and after < versions[hit.id].version_id <= upto
        ]

    def remove_saved_search(self, name: str) -> int:
        with self.archive.transaction() as db:
            return saved.remove_saved_search(db, name)

    # --- aliases -------------------------------------------------------------------------

    def add_aliases(self, name: str, variants: Sequence[str], origin: str = "user") -> int:
        """Add variants to a name's alias group; return how many were new."""
        with self.archive.transaction() as db:
            return aliases.add_aliases(db, name, variants, origin)

    def import_aliases(self, path: Path) -> int:
        """Add every group of a CSV (name,variant,...) or JSON ({name: [variants]}) file."""
        return sum(
            self.add_aliases(name, variants, origin=Path(path).name)
            for name, variants in aliases.read_alias_file(Path(path))
        )

    def seed_aliases(self, min_population: int = 15000, countries: bool = True) -> int:
        """Add GeoNames' alternate names of towns of at least ``min_population`` as aliases,
        and (``countries``) CLDR's names of countries in Europe's and its neighbours' languages;
        return how many were new."""
        seeds = [("geonames", geonames_groups(min_population))]
        if countries:
            seeds.append(("cldr", cldr_country_groups()))
        with self.archive.transaction() as db:
            return sum(
                aliases.add_aliases(db, name, variants, origin=origin)
                for origin, groups in seeds
                for name, variants in groups
            )

    def aliases(self) -> dict[str, list[str]]:
        return aliases.list_aliases(self.archive.db)

    def remove_aliases(self, name: str) -> int:
        return aliases.remove_aliases(self.archive.db, name)

    # --- tokens --------------------------------------------------------------------------

    def create_token(self, name: str) -> str:
        return tokens.create_token(self.archive.db, name)

    def check_token(self, token: str) -> bool:
        return tokens.check_token(self.archive.db, token)

    def extract(self, path: Path) -> Extracted:
        """What the archive would store for one file (``annals extract``); nothing is stored."""
        reader = reader_for(Path(path)) or text_files
        for document in reader.read(Path(path), self.read_options()):
            if isinstance(document, InputError):
                raise document
            return document.extracted
        raise InputError(str(path), "the file holds no document")

    def sources(self) -> list[dict[str, object]]:
        return self.archive.sources()

    def stats(self) -> dict[str, int]:
        return self.archive.counts()

    # --- web -----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Forget what this instance cached about the archive (another instance imported)."""
        self.engine.refresh()

    def list_tokens(self) -> list[dict[str, object]]:
        """API tokens by name with when they were made, last used and revoked (no secrets)."""
        return tokens.list_tokens(self.archive.db)

    def revoke_token(self, name: str) -> int:
        """Revoke every token called ``name``; return how many were revoked."""
        return tokens.revoke_token(self.archive.db, name)

    # --- collecting ----------------------------------------------------------------------

    def collector(
        self,
        settings: CollectSettings | None = None,
        clock: Clock | None = None,
        make_fetcher: Callable[[FetchSettings], Fetcher] | None = None,
    ) -> Collector:
        """A collector for this archive; close it when done (``crawl`` and ``watch`` do)."""
        settings = settings or CollectSettings()
        settings = replace(
            settings,
            language_sample_chars=self.settings.language_sample_chars,
            find_facts=self.settings.find_facts,
        )
        return Collector(self.archive, self.index, settings, clock, make_fetcher)

    def add_source(
        self, url: str, options: SourceOptions | None = None, fetcher: Fetcher | None = None
    ) -> tuple[WebSource, Discovery | None]:
        """Add a web source; a home page is looked at for feeds and sitemaps to pick its kind."""
        options = options or SourceOptions()
        if fetcher is not None:
            return add_source(self.archive, url, options, fetcher)
        with Fetcher(FetchSettings(allow_private=options.allow_private)) as own_fetcher:
            return add_source(self.archive, url, options, own_fetcher)

    def web_sources(self, include_removed: bool = False) -> list[WebSource]:
        return crawl_records.list_sources(self.archive.db, include_removed)

    def web_source(self, name: str) -> tuple[WebSource, dict[str, int]]:
        """A web source with its counts (statements, removed, versions, captures, urls)."""
        source = crawl_records.get_source(self.archive.db, name)
        return source, crawl_records.source_counts(self.archive.db, source.id)

    def remove_source(self, name: str) -> WebSource:
        """Stop collecting a source; its statements and captures stay in the archive."""
        return crawl_records.remove_source(self.archive.db, name, now_iso())

    def crawl(
        self, sources: Sequence[str] | None = None, collector: Collector | None = None
    ) -> CrawlReport:
        """Collect new and changed statements of the sources once (all when none are named)."""
        own = collector or self.collector()
        try:
            report = own.crawl(sources)
        finally:
            if collector is None:
                own.close()
        self.engine.refresh()
        return report

    def watch(
        self,
        collector: Collector,
        sources: Sequence[str] | None = None,
        on_round: Callable[[CrawlReport], None] | None = None,
    ) -> None:
        """Keep collecting on schedule until ``collector.stop_event`` is set."""
        try:
            collector.watch(sources, on_round=self._refreshing(on_round))
        finally:
            collector.close()

    def _refreshing(
        self, on_round: Callable[[CrawlReport], None] | None
    ) -> Callable[[CrawlReport], None]:
        def after_round(report: CrawlReport) -> None:
            if report.stored:
                self.engine.refresh()
            if on_round is not None:
                on_round(report)

        return after_round

    def events(
        self,
        source: str | None = None,
        since_id: int = 0,
        limit: int = 100,
        kinds: Sequence[str] | None = None,
    ) -> list[Event]:
        """Statement events (added, edited, removed, restored), oldest first.

        With ``since_id`` the events after it; without it the latest ``limit``.
        """
        if source is not None and all(row["name"] != source for row in self.archive.sources()):
            raise NotFound(f"no source called {source!r}; `annals sources` lists them")
        return crawl_records.list_events(self.archive.db, source, since_id, limit, kinds)

    def export_warc(
        self, directory: Path, source: str | None = None, with_listings: bool = False
    ) -> list[tuple[Path, int]]:
        """Write the kept captures as one WARC file per source; return the files and counts."""
        return export_warc(self.archive, Path(directory), source, with_listings)


def _for_many_documents(paths: list[Path], options: ReadOptions) -> ReadOptions:
    """The options as they apply to ``paths``: when they hold many documents (several paths,
    a folder, JSON Lines), a given date or language only fills gaps, and a given title or URL,
    which names one statement, is refused."""
    many = len(paths) > 1 or any(path.is_dir() or jsonlines.recognise(path) for path in paths)
    if not (many and options.given):
        return options
    one_statement = sorted({"title", "url"} & options.given.keys())
    if one_statement:
        flags = " and ".join(f"--{name}" for name in one_statement)
        raise UsageError(
            f"{flags} name one statement: give them with one HTML, Markdown or text file, "
            "not with several files, a folder or JSON Lines"
        )
    return dataclasses.replace(options, given_fills_in=True)
