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

from annals.archive import tokens
from annals.archive.diff import DiffOp, word_diff
from annals.archive.facts_store import facts_of_version
from annals.archive.store import Archive, StoredVersion
from annals.errors import InputError, NotFound
from annals.index.store import SearchIndex
from annals.models import Extracted, Fact, Hit, SearchResult
from annals.pipeline import ImportReport, import_paths
from annals.search.engine import SearchEngine, SearchRequest, check_request
from annals.settings import Settings
from annals.sources import text_files
from annals.sources.files import reader_for
from annals.sources.options import ReadOptions


class Annals:
    """One archive directory with its index, opened with frozen settings."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.archive = Archive(settings.archive)
        self.index = SearchIndex(self.archive, memory_mb=settings.index_memory_mb)
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
        report = import_paths(
            self.archive,
            self.index,
            [Path(path) for path in paths],
            options or self.read_options(),
            source_name=source,
            batch_size=self.settings.batch_size,
            progress=progress,
            workers=self.settings.import_workers,
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
        if self.index.lag() > 0:
            self.index.sync()
            self.engine.refresh()
        return self.engine.search(request)

    def search_many(self, requests: Sequence[SearchRequest]) -> list[SearchResult]:
        return [self.search(request) for request in requests]

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
        old_version = self.version(statement_id, old) if old else versions[max(0, len(versions) - 2)]
        new_version = self.version(statement_id, new) if new else versions[-1]
        title_and_text = "{0.title}\n\n{0.text}"
        ops = word_diff(title_and_text.format(old_version), title_and_text.format(new_version))
        return old_version, new_version, ops

    def facts(self, statement_id: int, number: int | None = None) -> list[Fact]:
        """The facts stored for a statement's version (default: the current one)."""
        version = self.version(statement_id, number) if number else self.statement(statement_id)
        return facts_of_version(self.archive.db, version.version_id)

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
