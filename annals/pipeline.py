"""The import pipeline, stage by stage: read -> extract -> facts -> archive -> index.

Reading and extraction happen in the source readers (``annals.sources``),
which yield a ``Document`` or an ``InputError`` per item; the same worker
finds the document's facts and the spellings of the words it has not met
yet. Documents are stored in batches, one transaction each, their facts in
the next, and handed to the index writer after every batch; errors are
recorded with the run. A re-run after a crash finds what was stored and adds
only what is missing.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from annals.archive.facts_store import FactRow, entity_keys_of, fact_rows, replace_fact_rows
from annals.archive.store import (
    DATABASE_NAME,
    Archive,
    ArchivedCaptures,
    PreparedDocument,
    prepare,
)
from annals.errors import InputError
from annals.facts import EXTRACTOR_VERSION as FACTS_VERSION
from annals.facts import facts_of
from annals.index.store import SearchIndex
from annals.index.vocabulary import Spelling, spellings_in
from annals.models import Document
from annals.sources.files import ReadTask, iter_files, plan_reading, run_reading
from annals.sources.options import ReadOptions

# Below this much input, starting worker processes costs more than it saves.
_PARALLEL_FROM_BYTES = 16 * 1024 * 1024
_TASKS_IN_FLIGHT_PER_WORKER = 4

_GENERIC_FILE_NAMES = {"statements", "data", "export", "records", "index", "sample"}


@dataclass(frozen=True, slots=True)
class Stages:
    """Which optional stages an import runs (both on by default; see settings)."""

    find_facts: bool = True
    spelling_keys: bool = True


@dataclass
class ImportReport:
    """What one import run did."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)

    def summary(self) -> str:
        counts = self.counts
        return (
            f"{counts['added']} added, {counts['new_versions']} new versions, "
            f"{counts['unchanged']} unchanged, {counts['failed']} failed"
        )


def default_source_name(path: Path) -> str:
    """A source name for files imported without --source: the file or folder name."""
    name = path.resolve().name
    for suffix in (".gz", ".warc", ".jsonl", ".ndjson", ".md", ".html", ".htm", ".txt"):
        name = name.removesuffix(suffix)
    if name.lower() in _GENERIC_FILE_NAMES or not name:
        return path.resolve().parent.name or "files"
    return name


def import_paths(
    archive: Archive,
    index: SearchIndex,
    paths: Iterable[Path],
    options: ReadOptions,
    source_name: str | None = None,
    batch_size: int = 500,
    progress: Callable[[int], None] | None = None,
    workers: int = 0,
    stages: Stages | None = None,
) -> ImportReport:
    """Import files and directories into the archive and the index.

    ``workers`` processes read and extract in parallel (0: as many as there
    are cores when the input is large, else none); storing stays in this one.
    """
    paths, stages = list(paths), stages or Stages()
    report = ImportReport(archive.start_run([str(path) for path in paths], source_name))
    default_source = source_name or (default_source_name(paths[0]) if paths else "files")
    batch: list[PreparedItem] = []
    workers = workers or auto_workers(paths)
    archived = ArchivedCaptures(archive.directory / DATABASE_NAME, default_source)
    try:
        for item in prepared_items(paths, options, workers, stages, archived):
            if isinstance(item, InputError):
                _record_failure(archive, report, item)
            else:
                batch.append(item)
            if len(batch) >= batch_size:
                _store(archive, index, batch, report, default_source, stages)
                batch = []
            if progress:
                progress(1)
    finally:
        archived.close()  # workers' connections close with them; this is this process's
    _store(archive, index, batch, report, default_source, stages)
    index.commit()
    archive.finish_run(report.run_id, dict(report.counts))
    return report


def auto_workers(paths: list[Path]) -> int:
    """How many reading processes an import of these paths is worth."""
    total = 0
    for item in iter_files(paths):
        if not isinstance(item, InputError):
            total += item.stat().st_size
        if total >= _PARALLEL_FROM_BYTES:
            return os.cpu_count() or 1
    return 1


def prepared_items(
    paths: list[Path],
    options: ReadOptions,
    workers: int,
    stages: Stages,
    archived: ArchivedCaptures | None = None,
) -> Iterator[PreparedItem | InputError]:
    """Read, extract and prepare every document, in input order, in ``workers`` processes
    (what ``archived`` holds already gets no facts or spellings: it will be unchanged)."""
    tasks = plan_reading(paths)
    work = partial(read_and_prepare, options=options, stages=stages, archived=archived)
    if workers <= 1:
        seen_words: set[str] = set()
        for task in tasks:
            yield from work(task, seen_words=seen_words)
        return
    with multiprocessing.get_context("spawn").Pool(workers) as pool:
        in_flight: deque[multiprocessing.pool.AsyncResult[list[PreparedItem | InputError]]]
        in_flight = deque()
        for task in tasks:
            in_flight.append(pool.apply_async(work, (task,)))
            # Bounded look-ahead keeps memory flat however large the input is.
            if len(in_flight) >= workers * _TASKS_IN_FLIGHT_PER_WORKER:
                yield from in_flight.popleft().get()
        while in_flight:
            yield from in_flight.popleft().get()


# The words a worker process has sent the spellings of. Workers are spawned afresh for each
# import, so the set covers one import.
_WORKER_SEEN_WORDS: set[str] = set()


@dataclass(frozen=True, slots=True)
class PreparedItem:
    """A document ready to store, with what the index will need."""

    prepared: PreparedDocument
    spellings: list[Spelling]  # (key, form) of the words this process had not met before
    facts: list[FactRow] | None  # None when fact finding is off or the capture is held
    entities: dict[str, list[str]]  # spelling keys of the names the facts found, by kind
    held: bool = False  # the archive held this capture already when it was read


def read_and_prepare(
    task: ReadTask | InputError,
    options: ReadOptions,
    stages: Stages,
    seen_words: set[str] | None = None,
    archived: ArchivedCaptures | None = None,
) -> list[PreparedItem | InputError]:
    """Read one task's documents and prepare them for storing and indexing (in a worker).

    ``seen_words`` are the words whose spellings were already sent during this import
    (a worker process keeps its own).
    """
    seen = _WORKER_SEEN_WORDS if seen_words is None else seen_words
    return [
        item if isinstance(item, InputError) else _prepare_item(item, stages, seen, archived)
        for item in run_reading(task, options)
    ]


def _prepare_item(
    document: Document,
    stages: Stages,
    seen_words: set[str],
    archived: ArchivedCaptures | None = None,
) -> PreparedItem:
    prepared = prepare(document)
    if archived is not None and archived.holds(prepared):
        return PreparedItem(prepared, [], None, {}, held=True)
    extracted = document.extracted
    spellings = (
        spellings_in(f"{extracted.title}\n{extracted.text}", seen_words)
        if stages.spelling_keys
        else []
    )
    if not stages.find_facts:
        return PreparedItem(prepared, spellings, None, {})
    found = facts_of(extracted)
    return PreparedItem(prepared, spellings, fact_rows(found), entity_keys_of(found))


def _record_failure(archive: Archive, report: ImportReport, error: InputError) -> None:
    archive.record_error(report.run_id, error.origin, error.reason)
    report.errors.append((error.origin, error.reason))
    report.counts["failed"] += 1


def _store(
    archive: Archive,
    index: SearchIndex,
    batch: list[PreparedItem],
    report: ImportReport,
    default_source: str,
    stages: Stages,
) -> None:
    by_source: dict[str, list[PreparedItem]] = {}
    for item in batch:
        source = item.prepared.document.extra.get("source") or default_source
        by_source.setdefault(source, []).append(item)
    # A worker sends a word's spellings once, with the first document it meets it in, so
    # they are kept whether or not that document makes a new version to index.
    spellings_given: set[int] = set()
    entities: dict[int, dict[str, list[str]]] = {}
    facts: dict[int, list[FactRow]] = {}
    for name, items in by_source.items():
        publisher = items[0].prepared.document.extra.get("publisher")
        source_id = archive.ensure_source(name, publisher=publisher)
        outcomes = archive.store_batch(source_id, [item.prepared for item in items], report.run_id)
        for item, outcome in zip(items, outcomes, strict=True):
            status = "new_versions" if outcome.status == "new_version" else outcome.status
            report.counts[status] += 1
            if item.held and outcome.status != "unchanged":
                # An earlier document of this import changed the statement after a worker had
                # found the capture held: prepare it in full here.
                item = _prepare_item(item.prepared.document, stages, set())
            if not item.held:
                spellings_given.add(outcome.version_id)
            if item.facts is not None:
                entities[outcome.version_id] = item.entities
            if item.facts is not None and outcome.status != "unchanged":
                facts[outcome.version_id] = item.facts
    if facts:
        with archive.transaction() as db:
            replace_fact_rows(db, facts, FACTS_VERSION)
    index.add_spellings(pair for item in batch for pair in item.spellings)
    index.sync(commit=False, spelled=spellings_given, entities=entities)
