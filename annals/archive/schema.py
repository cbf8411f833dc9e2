"""The archive's schema as a list of named migrations, applied in order.

A migration is never edited once released: a change to the schema is a new
entry at the end of ``MIGRATIONS``. Opening an archive applies the ones it
has not seen, each in its own transaction, and records it in ``migrations``.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime

MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "0001_initial",
        """
        CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            publisher TEXT,
            homepage TEXT,
            language TEXT,
            kind TEXT NOT NULL DEFAULT 'files',
            created_at TEXT NOT NULL
        );
        CREATE TABLE blobs (
            sha256 TEXT PRIMARY KEY,
            size INTEGER NOT NULL,
            compression TEXT,
            data BLOB NOT NULL
        ) WITHOUT ROWID;
        CREATE TABLE statements (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            external_id TEXT NOT NULL,
            url TEXT,
            first_seen_at TEXT NOT NULL,
            removed_at TEXT,
            UNIQUE (source_id, external_id)
        );
        CREATE INDEX statements_url ON statements(url);
        CREATE TABLE import_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            paths TEXT NOT NULL,
            source_name TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            added INTEGER NOT NULL DEFAULT 0,
            new_versions INTEGER NOT NULL DEFAULT 0,
            unchanged INTEGER NOT NULL DEFAULT 0,
            failed INTEGER NOT NULL DEFAULT 0
        );
        CREATE TABLE import_errors (
            id INTEGER PRIMARY KEY,
            run_id INTEGER NOT NULL REFERENCES import_runs(id),
            origin TEXT NOT NULL,
            reason TEXT NOT NULL
        );
        CREATE TABLE versions (
            id INTEGER PRIMARY KEY,
            statement_id INTEGER NOT NULL REFERENCES statements(id),
            number INTEGER NOT NULL,
            captured_at TEXT NOT NULL,
            content_sha256 TEXT NOT NULL REFERENCES blobs(sha256),
            text_sha256 TEXT NOT NULL,
            media_type TEXT NOT NULL,
            origin TEXT NOT NULL,
            title TEXT NOT NULL,
            text TEXT NOT NULL,
            published TEXT,
            language TEXT,
            author TEXT,
            tags TEXT NOT NULL DEFAULT '[]',
            extractor TEXT NOT NULL,
            import_run_id INTEGER REFERENCES import_runs(id),
            UNIQUE (statement_id, number)
        );
        CREATE TABLE index_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """,
    ),
    (
        "0002_statement_current_version",
        """
        ALTER TABLE statements ADD COLUMN current_version_id INTEGER REFERENCES versions(id);
        UPDATE statements SET current_version_id =
            (SELECT max(id) FROM versions WHERE versions.statement_id = statements.id);
        """,
    ),
    (
        "0003_collecting",
        """
        ALTER TABLE sources ADD COLUMN url TEXT;
        ALTER TABLE sources ADD COLUMN settings TEXT NOT NULL DEFAULT '{}';
        ALTER TABLE sources ADD COLUMN removed_at TEXT;
        ALTER TABLE sources ADD COLUMN last_crawl_at TEXT;
        ALTER TABLE sources ADD COLUMN last_status TEXT;
        CREATE TABLE captures (
            id INTEGER PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            url TEXT NOT NULL,
            requested_url TEXT NOT NULL,
            captured_at TEXT NOT NULL,
            status INTEGER,
            headers TEXT NOT NULL DEFAULT '[]',
            content_sha256 TEXT REFERENCES blobs(sha256),
            statement_id INTEGER REFERENCES statements(id),
            version_id INTEGER REFERENCES versions(id),
            outcome TEXT NOT NULL,
            error TEXT
        );
        CREATE INDEX captures_url ON captures(url, id);
        CREATE INDEX captures_statement ON captures(statement_id, id);
        CREATE TABLE checks (
            url TEXT PRIMARY KEY,
            source_id INTEGER NOT NULL REFERENCES sources(id),
            statement_id INTEGER REFERENCES statements(id),
            first_seen_at TEXT NOT NULL,
            last_checked_at TEXT,
            next_check_at TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT
        ) WITHOUT ROWID;
        CREATE INDEX checks_due ON checks(next_check_at);
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            at TEXT NOT NULL,
            source_id INTEGER REFERENCES sources(id),
            statement_id INTEGER REFERENCES statements(id),
            version_id INTEGER REFERENCES versions(id),
            detail TEXT
        );
        CREATE INDEX events_statement ON events(statement_id, id);
        """,
    ),
    (
        "0004_tokens_and_saved_searches",
        """
        CREATE TABLE api_tokens (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            token_sha256 TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            last_used_at TEXT,
            revoked_at TEXT
        );
        CREATE TABLE saved_searches (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            query TEXT NOT NULL,
            params TEXT NOT NULL DEFAULT '{}',
            created_at TEXT NOT NULL,
            last_checked_at TEXT,
            last_seen_version_id INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
    (
        "0005_facts_and_aliases",
        """
        CREATE TABLE facts (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES versions(id),
            ordinal INTEGER NOT NULL,
            kind TEXT NOT NULL,
            text TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            fields TEXT NOT NULL DEFAULT '{}',
            extractor_version TEXT NOT NULL,
            UNIQUE (version_id, ordinal)
        );
        CREATE INDEX facts_kind ON facts(kind);
        CREATE TABLE fact_runs (
            version_id INTEGER PRIMARY KEY REFERENCES versions(id),
            extractor_version TEXT NOT NULL,
            extracted_at TEXT NOT NULL
        );
        CREATE TABLE aliases (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            variant TEXT NOT NULL,
            origin TEXT NOT NULL DEFAULT 'user',
            created_at TEXT NOT NULL,
            UNIQUE (name, variant)
        );
        CREATE INDEX aliases_variant ON aliases(variant);
        """,
    ),
    (
        "0006_alias_keys",
        """
        ALTER TABLE aliases ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
        ALTER TABLE aliases ADD COLUMN variant_key TEXT NOT NULL DEFAULT '';
        CREATE INDEX aliases_name_key ON aliases(name_key);
        CREATE INDEX aliases_variant_key ON aliases(variant_key);
        """,
    ),
)


def applied_migrations(connection: sqlite3.Connection) -> set[str]:
    """Names of the migrations this database already has."""
    connection.execute(
        "CREATE TABLE IF NOT EXISTS migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)"
    )
    return {name for (name,) in connection.execute("SELECT name FROM migrations")}


def migrate(connection: sqlite3.Connection, upto: str | None = None) -> list[str]:
    """Apply every migration not yet applied (up to and including ``upto``); return their names."""
    done = applied_migrations(connection)
    newly_applied = []
    for name, script in MIGRATIONS:
        if name not in done:
            _apply(connection, name, script)
            newly_applied.append(name)
        if name == upto:
            break
    return newly_applied


def _apply(connection: sqlite3.Connection, name: str, script: str) -> None:
    applied_at = datetime.now(UTC).isoformat(timespec="seconds")
    # executescript commits implicitly, so the transaction is spelled out in the script itself.
    connection.executescript(
        "BEGIN;\n"
        + script
        + f"\nINSERT INTO migrations (name, applied_at) VALUES ('{name}', '{applied_at}');\nCOMMIT;"
    )
