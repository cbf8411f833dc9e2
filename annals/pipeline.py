"""The import pipeline, stage by stage: read -> extract -> archive -> index.

Reading and extraction happen in the source readers (``annals.sources``),
which yield a ``Document`` or an ``InputError`` per item. Documents are
stored in batches, one transaction each, and handed to the index writer
after every batch; errors are recorded with the run. A re-run after a crash
finds what was stored and adds only what is missing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from annals.archive.store import Archive
from annals.errors import InputError
from annals.index.store import SearchIndex
from annals.models import Document
from annals.sources.files import read_paths
from annals.sources.options import ReadOptions

_GENERIC_FILE_NAMES = {"statements", "data", "export", "records", "index", "sample"}


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
    for suffix in (".gz", ".jsonl", ".ndjson", ".md", ".html", ".htm", ".txt"):
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
) -> ImportReport:
    """Import files and directories into the archive and the index."""
    paths = list(paths)
    report = ImportReport(archive.start_run([str(path) for path in paths], source_name))
    fallback_source = source_name or (default_source_name(paths[0]) if paths else "files")
    batch: list[Document] = []
    for item in read_paths(paths, options):
        if isinstance(item, InputError):
            _record_failure(archive, report, item)
        else:
            batch.append(item)
        if len(batch) >= batch_size:
            _store(archive, index, batch, report, source_name or fallback_source)
            batch = []
        if progress:
            progress(1)
    _store(archive, index, batch, report, source_name or fallback_source)
    index.commit()
    archive.finish_run(report.run_id, dict(report.counts))
    return report


def _record_failure(archive: Archive, report: ImportReport, error: InputError) -> None:
    archive.record_error(report.run_id, error.origin, error.reason)
    report.errors.append((error.origin, error.reason))
    report.counts["failed"] += 1


def _store(
    archive: Archive,
    index: SearchIndex,
    batch: list[Document],
    report: ImportReport,
    default_source: str,
) -> None:
    by_source: dict[str, list[Document]] = {}
    for document in batch:
        by_source.setdefault(document.extra.get("source") or default_source, []).append(document)
    for name, documents in by_source.items():
        publisher = documents[0].extra.get("publisher")
        source_id = archive.ensure_source(name, publisher=publisher)
        for outcome in archive.store_batch(source_id, documents, report.run_id):
            report.counts["new_versions" if outcome.status == "new_version" else outcome.status] += 1
    index.sync(commit=False)
