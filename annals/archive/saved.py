"""Saved searches: a query with its filters, and how far the archive had got when last checked."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from annals.archive.store import now_iso
from annals.errors import NotFound, UsageError


@dataclass(frozen=True, slots=True)
class SavedSearch:
    """A saved search; ``last_seen_version_id`` marks what its last check had seen."""

    name: str
    query: str
    params: dict[str, Any]
    created_at: str
    last_checked_at: str | None
    last_seen_version_id: int


def save_search(
    db: sqlite3.Connection, name: str, query: str, params: dict[str, Any], seen_upto: int
) -> None:
    """Save a search; statements already in the archive (up to ``seen_upto``) are not new."""
    try:
        db.execute(
            "INSERT INTO saved_searches (name, query, params, created_at, last_seen_version_id)"
            " VALUES (?, ?, ?, ?, ?)",
            (name, query, json.dumps(params, ensure_ascii=False), now_iso(), seen_upto),
        )
    except sqlite3.IntegrityError:
        raise UsageError(f"a saved search called {name!r} exists; remove it first") from None


def saved_searches(db: sqlite3.Connection) -> list[SavedSearch]:
    rows = db.execute(
        "SELECT name, query, params, created_at, last_checked_at, last_seen_version_id"
        " FROM saved_searches ORDER BY name"
    )
    return [
        SavedSearch(name, query, json.loads(params), created, checked, int(seen))
        for name, query, params, created, checked, seen in rows
    ]


def saved_search(db: sqlite3.Connection, name: str) -> SavedSearch:
    for search in saved_searches(db):
        if search.name == name:
            return search
    raise NotFound(f"no saved search called {name!r}; `annals saved list` shows them")


def mark_checked(db: sqlite3.Connection, name: str, seen_upto: int) -> None:
    db.execute(
        "UPDATE saved_searches SET last_checked_at = ?, last_seen_version_id = ? WHERE name = ?",
        (now_iso(), seen_upto, name),
    )


def remove_saved_search(db: sqlite3.Connection, name: str) -> int:
    return db.execute("DELETE FROM saved_searches WHERE name = ?", (name,)).rowcount
