"""The archive: one SQLite database (WAL) that is the source of truth.

Statements belong to a source and are identified by ``(source, external_id)``;
each has an immutable list of versions. Raw bytes are stored once per
SHA-256 in ``blobs``. One writer: all writes go through ``Archive`` methods,
each batch in one explicit transaction, so a crash loses at most the batch
that was being written and a re-run adds exactly what is missing.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from annals.archive.schema import migrate
from annals.errors import ArchiveError, NotFound
from annals.models import Document

DATABASE_NAME = "archive.sqlite3"


@dataclass(frozen=True, slots=True)
class StoredVersion:
    """A version row joined with its statement and source, as search and display need it."""

    statement_id: int
    version_id: int
    number: int
    source: str
    external_id: str
    url: str | None
    captured_at: str
    content_sha256: str
    media_type: str
    title: str
    text: str
    published: str | None
    language: str | None
    author: str | None
    tags: tuple[str, ...]
    extractor: str
    removed_at: str | None = None


@dataclass(frozen=True, slots=True)
class PreparedDocument:
    """A document with the hashes and compressed bytes the archive stores (computed anywhere)."""

    document: Document
    content_sha256: str
    compressed_raw: bytes
    fingerprint: str


def prepare(document: Document) -> PreparedDocument:
    """Hash and compress a document's raw bytes; pure, so import workers can do it."""
    extracted = document.extracted
    return PreparedDocument(
        document,
        hashlib.sha256(document.raw).hexdigest(),
        zlib.compress(document.raw, 1),
        text_fingerprint(extracted.title, extracted.text, extracted.published),
    )


@dataclass(frozen=True, slots=True)
class StoreOutcome:
    """What storing one document did: ``added``, ``new_version`` or ``unchanged``."""

    status: str
    statement_id: int
    version_id: int


_VERSION_COLUMNS = """
    s.id, v.id, v.number, src.name, s.external_id, s.url, v.captured_at, v.content_sha256,
    v.media_type, v.title, v.text, v.published, v.language, v.author, v.tags, v.extractor,
    s.removed_at
"""
_VERSION_JOIN = """
    FROM versions v JOIN statements s ON s.id = v.statement_id
    JOIN sources src ON src.id = s.source_id
"""


@contextmanager
def write_transaction(db: sqlite3.Connection) -> Iterator[None]:
    """One explicit write transaction (connections here are in autocommit mode)."""
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
        db.execute("COMMIT")
    except BaseException:
        db.execute("ROLLBACK")
        raise


def now_iso() -> str:
    """The current UTC time as ISO 8601 with seconds, as stored in the archive."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def text_fingerprint(title: str, text: str, published: str | None) -> str:
    """SHA-256 of the extracted content with white space folded: equal for trivial re-wraps."""
    folded = " ".join(f"{title}\n{text}\n{published or ''}".split())  # str.split runs in C
    return hashlib.sha256(folded.encode("utf-8")).hexdigest()


def statement_key(document: Document) -> str:
    """The external id a document's statement is stored under within its source."""
    return document.external_id or document.url or document.origin


@dataclass(frozen=True, slots=True)
class ArchivedCaptures:
    """Which captures an archive holds already, looked up read-only from import workers (the
    importer may write meanwhile: in WAL mode a reader sees the last commit), so that a
    re-import does not find again the facts and spellings of what it will store as
    unchanged. Only the database's path travels to a worker; each opens its own connection."""

    database: Path
    default_source: str

    def holds(self, prepared: PreparedDocument) -> bool:
        """Whether the statement's current version has these raw bytes or this text."""
        document = prepared.document
        source = document.extra.get("source") or self.default_source
        row = (
            _read_only(self.database)
            .execute(
                "SELECT v.content_sha256, v.text_sha256 FROM statements s"
                " JOIN sources src ON src.id = s.source_id"
                " JOIN versions v ON v.id = s.current_version_id"
                " WHERE src.name = ? AND s.external_id = ?",
                (source, statement_key(document)),
            )
            .fetchone()
        )
        return row is not None and (
            row[0] == prepared.content_sha256 or row[1] == prepared.fingerprint
        )

    def close(self) -> None:
        """Close this process's read-only connection to the database, if it opened one."""
        connection = _READ_ONLY.pop(self.database, None)
        if connection is not None:
            connection.close()


_READ_ONLY: dict[Path, sqlite3.Connection] = {}  # one per database and process


def _read_only(database: Path) -> sqlite3.Connection:
    if database not in _READ_ONLY:
        _READ_ONLY[database] = sqlite3.connect(
            f"{database.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
    return _READ_ONLY[database]


class Archive:
    """An archive directory: open it, store documents, read statements and versions."""

    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(
                self.directory / DATABASE_NAME, isolation_level=None, check_same_thread=False
            )
        except (OSError, sqlite3.Error) as error:
            raise ArchiveError(f"cannot open the archive at {self.directory}: {error}") from error
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute("PRAGMA foreign_keys=ON")
        migrate(self.db)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with write_transaction(self.db):
            yield self.db

    # --- sources -------------------------------------------------------------------------

    def ensure_source(
        self,
        name: str,
        *,
        publisher: str | None = None,
        homepage: str | None = None,
        language: str | None = None,
        kind: str = "files",
    ) -> int:
        """The id of the source called ``name``, creating it if it does not exist."""
        row = self.db.execute("SELECT id FROM sources WHERE name = ?", (name,)).fetchone()
        if row:
            return int(row[0])
        cursor = self.db.execute(
            "INSERT INTO sources (name, publisher, homepage, language, kind, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (name, publisher, homepage, language, kind, now_iso()),
        )
        return int(cursor.lastrowid or 0)

    def sources(self) -> list[dict[str, object]]:
        """Every source with its statement count and last capture time."""
        rows = self.db.execute(
            """SELECT src.name, src.publisher, src.homepage, src.language, src.kind,
                      count(s.id), max(s.first_seen_at), count(s.removed_at), src.url,
                      src.last_crawl_at, src.last_status, src.removed_at
               FROM sources src LEFT JOIN statements s ON s.source_id = src.id
               GROUP BY src.id ORDER BY src.name"""
        )
        keys = (
            "name",
            "publisher",
            "homepage",
            "language",
            "kind",
            "statements",
            "last_seen_at",
            "removed_statements",
            "url",
            "last_crawl_at",
            "last_status",
            "removed_at",
        )
        return [dict(zip(keys, row, strict=True)) for row in rows]

    # --- import runs ---------------------------------------------------------------------

    def start_run(self, paths: Sequence[str], source_name: str | None) -> int:
        cursor = self.db.execute(
            "INSERT INTO import_runs (started_at, paths, source_name) VALUES (?, ?, ?)",
            (now_iso(), json.dumps(list(paths)), source_name),
        )
        return int(cursor.lastrowid or 0)

    def record_error(self, run_id: int, origin: str, reason: str) -> None:
        self.db.execute(
            "INSERT INTO import_errors (run_id, origin, reason) VALUES (?, ?, ?)",
            (run_id, origin, reason),
        )

    def finish_run(self, run_id: int, counts: dict[str, int], status: str = "finished") -> None:
        self.db.execute(
            "UPDATE import_runs SET finished_at = ?, status = ?, added = ?, new_versions = ?,"
            " unchanged = ?, failed = ? WHERE id = ?",
            (
                now_iso(),
                status,
                counts.get("added", 0),
                counts.get("new_versions", 0),
                counts.get("unchanged", 0),
                counts.get("failed", 0),
                run_id,
            ),
        )

    def import_runs(self) -> list[dict[str, object]]:
        """Every import run, newest first, with its counts."""
        cursor = self.db.execute("SELECT * FROM import_runs ORDER BY id DESC")
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def import_errors(self, run_id: int) -> list[tuple[str, str]]:
        rows = self.db.execute(
            "SELECT origin, reason FROM import_errors WHERE run_id = ? ORDER BY id", (run_id,)
        )
        return [(origin, reason) for origin, reason in rows]

    # --- storing -------------------------------------------------------------------------

    def store_batch(
        self, source_id: int, documents: Sequence[PreparedDocument], run_id: int | None
    ) -> list[StoreOutcome]:
        """Store prepared documents in one transaction; identical content adds nothing."""
        with write_transaction(self.db):
            return [self._store_one(source_id, prepared, run_id) for prepared in documents]

    def _store_one(
        self, source_id: int, prepared: PreparedDocument, run_id: int | None
    ) -> StoreOutcome:
        document = prepared.document
        external_id = statement_key(document)
        content_sha256 = prepared.content_sha256
        found = self.db.execute(
            """SELECT s.id, v.id, v.number, v.content_sha256, v.text_sha256
               FROM statements s LEFT JOIN versions v ON v.id = s.current_version_id
               WHERE s.source_id = ? AND s.external_id = ?""",
            (source_id, external_id),
        ).fetchone()
        fingerprint = prepared.fingerprint
        # The same bytes are the same capture even when a newer extractor reads them otherwise:
        # the publisher changed nothing, so it is no edit.
        unchanged = found and (content_sha256 == found[3] or fingerprint == found[4])
        if unchanged and found[1] is not None:
            return StoreOutcome("unchanged", found[0], found[1])
        captured_at = (
            document.captured_at.isoformat(timespec="seconds")
            if document.captured_at
            else now_iso()
        )
        if found:
            statement_id, number = int(found[0]), int(found[2] or 0) + 1
        else:
            statement_id, number = (
                self._insert_statement(source_id, external_id, document.url, captured_at),
                1,
            )
        self._store_blob(content_sha256, len(document.raw), prepared.compressed_raw)
        version_id = self._insert_version(
            statement_id, number, captured_at, content_sha256, fingerprint, document, run_id
        )
        self.db.execute(
            "UPDATE statements SET current_version_id = ?, removed_at = NULL WHERE id = ?",
            (version_id, statement_id),
        )
        kind = "added" if number == 1 else "edited"
        self.db.execute(
            "INSERT INTO events (kind, at, source_id, statement_id, version_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (kind, captured_at, source_id, statement_id, version_id),
        )
        return StoreOutcome("added" if number == 1 else "new_version", statement_id, version_id)

    def _insert_statement(
        self, source_id: int, external_id: str, url: str | None, first_seen_at: str
    ) -> int:
        cursor = self.db.execute(
            "INSERT INTO statements (source_id, external_id, url, first_seen_at)"
            " VALUES (?, ?, ?, ?)",
            (source_id, external_id, url, first_seen_at),
        )
        return int(cursor.lastrowid or 0)

    def _store_blob(self, content_sha256: str, size: int, compressed: bytes) -> None:
        self.db.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, compression, data)"
            " VALUES (?, ?, 'zlib', ?)",
            (content_sha256, size, compressed),
        )

    def _insert_version(
        self,
        statement_id: int,
        number: int,
        captured_at: str,
        content_sha256: str,
        fingerprint: str,
        document: Document,
        run_id: int | None,
    ) -> int:
        extracted = document.extracted
        cursor = self.db.execute(
            """INSERT INTO versions (statement_id, number, captured_at, content_sha256,
                   text_sha256, media_type, origin, title, text, published, language, author,
                   tags, extractor, import_run_id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            (
                statement_id,
                number,
                captured_at,
                content_sha256,
                fingerprint,
                document.media_type,
                document.origin,
                extracted.title,
                extracted.text,
                extracted.published,
                extracted.language,
                extracted.author,
                json.dumps(list(extracted.tags), ensure_ascii=False),
                extracted.extractor,
                run_id,
            ),
        )
        return int(cursor.lastrowid or 0)

    # --- reading -------------------------------------------------------------------------

    def raw(self, content_sha256: str) -> bytes:
        """The raw bytes stored under a content hash."""
        row = self.db.execute(
            "SELECT compression, data FROM blobs WHERE sha256 = ?", (content_sha256,)
        ).fetchone()
        if row is None:
            raise NotFound(f"no capture with content hash {content_sha256}")
        compression, data = row
        return zlib.decompress(data) if compression == "zlib" else bytes(data)

    def current_versions(self, statement_ids: Sequence[int]) -> dict[int, StoredVersion]:
        """The current version of each statement id given (missing ids are left out)."""
        if not statement_ids:
            return {}
        marks = ",".join("?" * len(statement_ids))
        rows = self.db.execute(
            f"SELECT {_VERSION_COLUMNS} {_VERSION_JOIN}"
            f" WHERE v.id = s.current_version_id AND s.id IN ({marks})",
            list(statement_ids),
        )
        return {row[0]: _stored_version(row) for row in rows}

    def versions(self, statement_id: int) -> list[StoredVersion]:
        """Every version of a statement, oldest first."""
        rows = self.db.execute(
            f"SELECT {_VERSION_COLUMNS} {_VERSION_JOIN} WHERE s.id = ? ORDER BY v.number",
            (statement_id,),
        ).fetchall()
        if not rows:
            raise NotFound(f"no statement with id {statement_id}; `annals search` lists ids")
        return [_stored_version(row) for row in rows]

    def iter_current_versions(self, after_version_id: int = 0) -> Iterator[StoredVersion]:
        """Current versions whose id is above a watermark, in id order (for indexing)."""
        cursor = self.db.execute(
            f"SELECT {_VERSION_COLUMNS} {_VERSION_JOIN}"
            " WHERE v.id = s.current_version_id AND v.id > ? ORDER BY v.id",
            (after_version_id,),
        )
        for row in cursor:
            yield _stored_version(row)

    def languages(self) -> list[str]:
        """The distinct languages of current versions."""
        rows = self.db.execute(
            "SELECT DISTINCT v.language FROM statements s JOIN versions v"
            " ON v.id = s.current_version_id WHERE v.language IS NOT NULL"
        )
        return sorted(language for (language,) in rows)

    def counts(self) -> dict[str, int]:
        """How many sources, statements, versions and blobs the archive holds."""
        return {
            table: int(self.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
            for table in ("sources", "statements", "versions", "blobs")
        }

    def max_version_id(self) -> int:
        return int(self.db.execute("SELECT coalesce(max(id), 0) FROM versions").fetchone()[0])

    def get_state(self, name: str, default: str = "") -> str:
        row = self.db.execute("SELECT value FROM index_state WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else default

    def set_state(self, name: str, value: str) -> None:
        self.db.execute(
            "INSERT INTO index_state (name, value) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )


def _stored_version(row: Sequence[object]) -> StoredVersion:
    values = list(row)
    values[14] = tuple(json.loads(str(values[14])))
    return StoredVersion(*values)  # type: ignore[arg-type]
