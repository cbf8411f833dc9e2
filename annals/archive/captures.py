"""SQL for collecting from the web: sources as crawl targets, captures, checks and events.

Plain functions over an open archive connection (``archive.db``). The
collector (``annals.crawl``) decides what to write; these functions only
write and read it. ``transaction(db)`` groups the writes for one fetched
URL so a crash leaves either all of them or none.

Tables (migration 0003_collecting): ``sources`` gain url/settings/removed_at/
last_crawl_at/last_status; ``captures`` holds one row per HTTP answer (raw
bytes in ``blobs``); ``checks`` one row per statement URL with its
validators and next check time; ``events`` one row per addition, edit,
removal or restoration of a statement.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from annals.archive.store import write_transaction
from annals.errors import NotFound, UsageError

_CHUNK = 500  # SQLite host parameters per IN (...) list, well under its limit

transaction = write_transaction  # one write transaction; see annals.archive.store


# --- sources -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class WebSource:
    """A source collected from the web: where to look and how (``settings``)."""

    id: int
    name: str
    url: str
    kind: str  # feed | sitemap | listing | page
    settings: dict[str, Any]
    publisher: str | None
    homepage: str | None
    language: str | None
    created_at: str
    removed_at: str | None
    last_crawl_at: str | None
    last_status: str | None

    @property
    def allow_private(self) -> bool:
        return bool(self.settings.get("allow_private"))


_SOURCE_COLUMNS = (
    "id, name, url, kind, settings, publisher, homepage, language, created_at, removed_at,"
    " last_crawl_at, last_status"
)


def _web_source(row: Sequence[Any]) -> WebSource:
    values = list(row)
    values[4] = json.loads(values[4] or "{}")
    return WebSource(*values)


def add_source(
    db: sqlite3.Connection,
    *,
    name: str,
    url: str,
    kind: str,
    settings: dict[str, Any],
    at: str,
    publisher: str | None = None,
    homepage: str | None = None,
    language: str | None = None,
) -> WebSource:
    """Store a new web source; a removed source of that name is taken over (its statements stay)."""
    row = db.execute("SELECT id, removed_at, url FROM sources WHERE name = ?", (name,)).fetchone()
    values = (url, kind, json.dumps(settings, sort_keys=True), publisher, homepage, language)
    if row is not None and row[1] is None:
        what = "a web source" if row[2] else "an imported source"
        raise UsageError(f"{what} called {name!r} exists already; choose another --name")
    if row is not None:
        db.execute(
            "UPDATE sources SET url = ?, kind = ?, settings = ?, publisher = ?, homepage = ?,"
            " language = ?, removed_at = NULL, last_crawl_at = NULL, last_status = NULL"
            " WHERE id = ?",
            (*values, row[0]),
        )
    else:
        db.execute(
            "INSERT INTO sources (url, kind, settings, publisher, homepage, language, name,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*values, name, at),
        )
    return get_source(db, name)


def get_source(db: sqlite3.Connection, name: str) -> WebSource:
    """The web source called ``name`` (removed ones too); NotFound otherwise."""
    row = db.execute(
        f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE name = ? AND url IS NOT NULL", (name,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no web source called {name!r}; `annals source list` shows them")
    return _web_source(row)


def list_sources(db: sqlite3.Connection, include_removed: bool = False) -> list[WebSource]:
    """Every web source by name (files-only sources are left out)."""
    where = "url IS NOT NULL" + ("" if include_removed else " AND removed_at IS NULL")
    rows = db.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE {where} ORDER BY name")
    return [_web_source(row) for row in rows]


def remove_source(db: sqlite3.Connection, name: str, at: str) -> WebSource:
    """Stop collecting a source; its statements, versions and captures are kept."""
    source = get_source(db, name)
    db.execute(
        "UPDATE sources SET removed_at = coalesce(removed_at, ?) WHERE id = ?", (at, source.id)
    )
    return get_source(db, name)


def set_crawl_state(db: sqlite3.Connection, source_id: int, crawl_at: str, status: str) -> None:
    """Record when the source's listing was last read and how the last crawl ended."""
    db.execute(
        "UPDATE sources SET last_crawl_at = ?, last_status = ? WHERE id = ?",
        (crawl_at, status, source_id),
    )


def source_counts(db: sqlite3.Connection, source_id: int) -> dict[str, int]:
    """Statements (and removed ones), versions, captures and tracked URLs of a source."""
    one = db.execute
    return {
        "statements": one(
            "SELECT count(*) FROM statements WHERE source_id = ?", (source_id,)
        ).fetchone()[0],
        "removed": one(
            "SELECT count(*) FROM statements WHERE source_id = ? AND removed_at IS NOT NULL",
            (source_id,),
        ).fetchone()[0],
        "versions": one(
            "SELECT count(*) FROM versions v JOIN statements s ON s.id = v.statement_id"
            " WHERE s.source_id = ?",
            (source_id,),
        ).fetchone()[0],
        "captures": one(
            "SELECT count(*) FROM captures WHERE source_id = ?", (source_id,)
        ).fetchone()[0],
        "urls": one("SELECT count(*) FROM checks WHERE source_id = ?", (source_id,)).fetchone()[0],
    }


# --- statements ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class StatementState:
    """What the collector needs to know about a statement it is about to re-check."""

    statement_id: int
    external_id: str
    version_id: int | None
    title: str
    text: str
    published: str | None
    removed_at: str | None


def statement_states(
    db: sqlite3.Connection, source_id: int, external_ids: Iterable[str]
) -> dict[str, StatementState]:
    """The current state of each statement of ``source_id`` with one of these external ids."""
    found: dict[str, StatementState] = {}
    for chunk in _chunks(list(external_ids)):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"""SELECT s.id, s.external_id, v.id, v.title, v.text, v.published, s.removed_at
                FROM statements s LEFT JOIN versions v ON v.id = s.current_version_id
                WHERE s.source_id = ? AND s.external_id IN ({marks})""",
            (source_id, *chunk),
        )
        for row in rows:
            found[row[1]] = StatementState(
                row[0], row[1], row[2], row[3] or "", row[4] or "", row[5], row[6]
            )
    return found


def mark_removed(
    db: sqlite3.Connection, source_id: int, statement_id: int, at: str, detail: str
) -> bool:
    """Mark a statement removed (never deleted) with a 'removed' event; False if it already was."""
    cursor = db.execute(
        "UPDATE statements SET removed_at = ? WHERE id = ? AND removed_at IS NULL",
        (at, statement_id),
    )
    if cursor.rowcount:
        add_event(db, "removed", at, source_id, statement_id, detail=detail)
    return bool(cursor.rowcount)


def mark_restored(
    db: sqlite3.Connection, source_id: int, statement_id: int, version_id: int | None, at: str
) -> bool:
    """Clear a statement's removal with a 'restored' event; False if it was not removed."""
    cursor = db.execute(
        "UPDATE statements SET removed_at = NULL WHERE id = ? AND removed_at IS NOT NULL",
        (statement_id,),
    )
    if cursor.rowcount:
        add_event(db, "restored", at, source_id, statement_id, version_id)
    return bool(cursor.rowcount)


# --- blobs and captures --------------------------------------------------------------------


def store_blob(db: sqlite3.Connection, raw: bytes) -> str:
    """Keep raw bytes once under their SHA-256 (as ``Archive`` does); return the hash."""
    content_sha256 = hashlib.sha256(raw).hexdigest()
    db.execute(
        "INSERT OR IGNORE INTO blobs (sha256, size, compression, data) VALUES (?, ?, 'zlib', ?)",
        (content_sha256, len(raw), zlib.compress(raw, 1)),
    )
    return content_sha256


@dataclass(frozen=True, slots=True)
class CaptureRow:
    """One HTTP answer (or failure to get one) as kept in ``captures``."""

    source_id: int
    url: str  # the final URL, after redirects
    requested_url: str
    captured_at: str
    status: int | None
    headers: tuple[tuple[str, str], ...]
    content_sha256: str | None
    statement_id: int | None
    version_id: int | None
    outcome: str  # new | changed | unchanged | not_modified | removed | failed | listing
    error: str | None = None
    id: int = 0
    source: str = ""


def add_capture(db: sqlite3.Connection, row: CaptureRow) -> int:
    cursor = db.execute(
        """INSERT INTO captures (source_id, url, requested_url, captured_at, status, headers,
               content_sha256, statement_id, version_id, outcome, error)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        (
            row.source_id,
            row.url,
            row.requested_url,
            row.captured_at,
            row.status,
            json.dumps([list(pair) for pair in row.headers], ensure_ascii=False),
            row.content_sha256,
            row.statement_id,
            row.version_id,
            row.outcome,
            row.error,
        ),
    )
    return int(cursor.lastrowid or 0)


def iter_captures(
    db: sqlite3.Connection, source_id: int | None = None, outcomes: Sequence[str] | None = None
) -> Iterator[CaptureRow]:
    """Captures in the order they were made, optionally of one source and some outcomes."""
    where: list[str] = ["1 = 1"]
    params: list[object] = []
    if source_id is not None:
        where.append("c.source_id = ?")
        params.append(source_id)
    if outcomes:
        where.append(f"c.outcome IN ({','.join('?' * len(outcomes))})")
        params.extend(outcomes)
    cursor = db.execute(
        f"""SELECT c.source_id, c.url, c.requested_url, c.captured_at, c.status, c.headers,
                   c.content_sha256, c.statement_id, c.version_id, c.outcome, c.error, c.id,
                   src.name
            FROM captures c JOIN sources src ON src.id = c.source_id
            WHERE {" AND ".join(where)} ORDER BY c.id""",
        params,
    )
    for row in cursor.fetchall():
        values = list(row)
        values[5] = tuple(tuple(pair) for pair in json.loads(values[5] or "[]"))
        yield CaptureRow(*values)


# --- checks --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Check:
    """A statement URL the collector tracks: when it was seen, checked, and is next due."""

    url: str
    source_id: int
    statement_id: int | None
    first_seen_at: str
    last_checked_at: str | None
    next_check_at: str
    etag: str | None
    last_modified: str | None


def register_urls(db: sqlite3.Connection, source_id: int, urls: Iterable[str], at: str) -> int:
    """Start tracking URLs not tracked yet, due at once; return how many were new."""
    before = db.total_changes
    db.executemany(
        "INSERT OR IGNORE INTO checks (url, source_id, first_seen_at, next_check_at)"
        " VALUES (?, ?, ?, ?)",
        ((url, source_id, at, at) for url in urls),
    )
    return db.total_changes - before


def get_checks(db: sqlite3.Connection, urls: Iterable[str]) -> dict[str, Check]:
    found: dict[str, Check] = {}
    for chunk in _chunks(list(urls)):
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            "SELECT url, source_id, statement_id, first_seen_at, last_checked_at, next_check_at,"
            f" etag, last_modified FROM checks WHERE url IN ({marks})",
            chunk,
        )
        found.update((row[0], Check(*row)) for row in rows)
    return found


def save_check(db: sqlite3.Connection, check: Check) -> None:
    db.execute(
        """INSERT INTO checks (url, source_id, statement_id, first_seen_at, last_checked_at,
               next_check_at, etag, last_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
           ON CONFLICT(url) DO UPDATE SET source_id = excluded.source_id,
               statement_id = excluded.statement_id, last_checked_at = excluded.last_checked_at,
               next_check_at = excluded.next_check_at, etag = excluded.etag,
               last_modified = excluded.last_modified""",
        (
            check.url,
            check.source_id,
            check.statement_id,
            check.first_seen_at,
            check.last_checked_at,
            check.next_check_at,
            check.etag,
            check.last_modified,
        ),
    )


def due_urls(db: sqlite3.Connection, source_id: int, now: str, limit: int) -> list[str]:
    """URLs of a source whose next check is at or before ``now``, most overdue first."""
    rows = db.execute(
        "SELECT url FROM checks WHERE source_id = ? AND next_check_at <= ?"
        " ORDER BY next_check_at, url LIMIT ?",
        (source_id, now, limit),
    )
    return [url for (url,) in rows]


def next_check_at(db: sqlite3.Connection, source_ids: Sequence[int]) -> str | None:
    """The earliest next check of any URL of these sources."""
    if not source_ids:
        return None
    marks = ",".join("?" * len(source_ids))
    row = db.execute(
        f"SELECT min(next_check_at) FROM checks WHERE source_id IN ({marks})", list(source_ids)
    ).fetchone()
    return row[0] if row else None


# --- events --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened to a statement: added, edited, removed or restored."""

    id: int
    kind: str
    at: str
    source: str | None
    statement_id: int | None
    version_id: int | None
    version: int | None  # the version's number
    title: str
    url: str | None
    detail: str | None


def add_event(
    db: sqlite3.Connection,
    kind: str,
    at: str,
    source_id: int | None,
    statement_id: int | None = None,
    version_id: int | None = None,
    detail: str | None = None,
) -> int:
    cursor = db.execute(
        "INSERT INTO events (kind, at, source_id, statement_id, version_id, detail)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        (kind, at, source_id, statement_id, version_id, detail),
    )
    return int(cursor.lastrowid or 0)


def list_events(
    db: sqlite3.Connection,
    source: str | None = None,
    since_id: int = 0,
    limit: int = 100,
    kinds: Sequence[str] | None = None,
) -> list[Event]:
    """Events in id order: the first ``limit`` after ``since_id``, or the latest ``limit``.

    With ``since_id`` (a cursor from the last event seen) the events after it
    are returned, oldest first; without it, the most recent ``limit`` events,
    also oldest first.
    """
    where: list[str] = ["e.id > ?"]
    params: list[object] = [since_id]
    if source is not None:
        where.append("src.name = ?")
        params.append(source)
    if kinds:
        where.append(f"e.kind IN ({','.join('?' * len(kinds))})")
        params.extend(kinds)
    order = "ASC" if since_id else "DESC"
    rows = db.execute(
        f"""SELECT e.id, e.kind, e.at, src.name, e.statement_id, e.version_id, v.number,
                   coalesce(v.title, cv.title, ''), s.url, e.detail
            FROM events e LEFT JOIN sources src ON src.id = e.source_id
            LEFT JOIN statements s ON s.id = e.statement_id
            LEFT JOIN versions v ON v.id = e.version_id
            LEFT JOIN versions cv ON cv.id = s.current_version_id
            WHERE {" AND ".join(where)} ORDER BY e.id {order} LIMIT ?""",
        (*params, limit),
    ).fetchall()
    events = [Event(*row) for row in rows]
    return events if since_id else events[::-1]


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), _CHUNK):
        yield items[start : start + _CHUNK]
