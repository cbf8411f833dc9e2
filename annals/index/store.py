"""The search index directory inside the archive: open, bring up to date, rebuild.

The index is derived: ``sync`` adds every current version the archive holds
above the watermark ``indexed_version_id`` (kept in the archive), replacing
the statement's older document, and the spellings of its new words to the
vocabulary in the same directory. Replacing is idempotent, so a crash between
the index commit and the watermark update only repeats work.
"""

from __future__ import annotations

import shutil
from collections.abc import Collection, Iterable, Mapping

import tantivy

from annals.archive.facts_store import entity_keys
from annals.archive.store import Archive
from annals.index.documents import index_document, searchable_text
from annals.index.schema import SCHEMA_VERSION, build_schema, register_analyzers
from annals.index.vocabulary import Spelling, SpellingVocabulary, spellings_in

INDEX_DIRECTORY = "index"
WATERMARK = "indexed_version_id"
SCHEMA_STATE = "index_schema_version"


class SearchIndex:
    """The tantivy index of one archive."""

    def __init__(self, archive: Archive, memory_mb: int = 256, spelling_keys: bool = True) -> None:
        self.archive = archive
        self.spelling_keys = spelling_keys
        self.path = archive.directory / INDEX_DIRECTORY
        self.memory_mb = memory_mb
        self.vocabulary = SpellingVocabulary(self.path)
        self._seen_words: set[str] = set()  # words whose spellings this process has added
        if archive.get_state(SCHEMA_STATE) != SCHEMA_VERSION and self.path.exists():
            self._drop()
        self.index = self._open()
        self._writer: tantivy.IndexWriter | None = None
        self._pending_watermark = 0
        self._replacing: bool | None = None

    def _open(self) -> tantivy.Index:
        self.path.mkdir(parents=True, exist_ok=True)
        index = tantivy.Index(build_schema(), path=str(self.path), reuse=True)
        register_analyzers(index)
        return index

    def _drop(self) -> None:
        self.vocabulary.close()
        self._seen_words.clear()
        shutil.rmtree(self.path, ignore_errors=True)
        self.archive.set_state(WATERMARK, "0")

    @property
    def writer(self) -> tantivy.IndexWriter:
        if self._writer is None:
            self._writer = self.index.writer(heap_size=self.memory_mb * 1024 * 1024, num_threads=2)
        return self._writer

    def close(self) -> None:
        """Let go of the writer (and its lock) so another process can write."""
        if self._writer is not None:
            self._writer.wait_merging_threads()
            self._writer = None
        self.vocabulary.close()

    def searcher(self) -> tantivy.Searcher:
        self.index.reload()
        return self.index.searcher()

    def sync(
        self,
        commit: bool = True,
        spelled: Collection[int] = (),
        entities: Mapping[int, dict[str, list[str]]] | None = None,
    ) -> int:
        """Index every current version added since the last sync; return how many.

        With ``commit=False`` the documents are handed to the writer (which
        indexes them on its own threads) and committed by a later sync.
        ``spelled`` are versions whose spellings an import already added
        (``add_spellings``), and ``entities`` maps version ids to the entity keys
        import workers found; what is missing is computed or read here.
        """
        entities = entities or {}
        start_after = max(int(self.archive.get_state(WATERMARK, "0")), self._pending_watermark)
        writer = self.writer
        if self._replacing is None:
            self._replacing = self.searcher().num_docs > 0  # an empty index has nothing to replace
        done = 0
        for version in self.archive.iter_current_versions(after_version_id=start_after):
            if self._replacing:
                writer.delete_documents_by_term("statement_id", version.statement_id)
            if self.spelling_keys and version.version_id not in spelled:
                self.add_spellings(spellings_in(searchable_text(version), self._seen_words))
            named = entities.get(version.version_id)
            if named is None:
                named = entity_keys(self.archive.db, version.version_id)
            writer.add_document(index_document(version, named))
            self._pending_watermark = version.version_id
            done += 1
        if commit:
            self.commit()
        return done

    def add_spellings(self, spellings: Iterable[Spelling]) -> None:
        """Add words' (key, form) pairs to the vocabulary (nothing when variants are off)."""
        if self.spelling_keys:
            self.vocabulary.add(spellings)

    def commit(self) -> None:
        """Make what the writer holds searchable and move the watermark past it."""
        if self._writer is None:
            return
        self.vocabulary.commit()  # first: a searchable word must have its spellings
        self._writer.commit()
        if self._pending_watermark:
            self.archive.set_state(WATERMARK, str(self._pending_watermark))
        self.archive.set_state(SCHEMA_STATE, SCHEMA_VERSION)
        self._replacing = True

    def lag(self) -> int:
        """How many versions the archive holds that the index has not committed."""
        return self.archive.max_version_id() - int(self.archive.get_state(WATERMARK, "0"))

    def rebuild(self) -> int:
        """Throw the index away and build it again from the archive alone."""
        self.close()
        self._drop()
        self.index = self._open()
        self._pending_watermark = 0
        self._replacing = False
        return self.sync()
