"""API tokens for the web app's write endpoints: stored as SHA-256 hashes, never in clear."""

from __future__ import annotations

import hashlib
import secrets
import sqlite3

from annals.archive.store import now_iso

TOKEN_PREFIX = "annals_"


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(db: sqlite3.Connection, name: str) -> str:
    """Make a new token; the clear text is returned once and only its hash is kept."""
    token = TOKEN_PREFIX + secrets.token_urlsafe(32)
    db.execute(
        "INSERT INTO api_tokens (name, token_sha256, created_at) VALUES (?, ?, ?)",
        (name, _hash(token), now_iso()),
    )
    return token


def check_token(db: sqlite3.Connection, token: str) -> bool:
    """True if the token exists and is not revoked (and note that it was used)."""
    if not token.startswith(TOKEN_PREFIX):
        return False
    digest = _hash(token)
    row = db.execute(
        "SELECT id FROM api_tokens WHERE token_sha256 = ? AND revoked_at IS NULL", (digest,)
    ).fetchone()
    if row is None:
        return False
    db.execute("UPDATE api_tokens SET last_used_at = ? WHERE id = ?", (now_iso(), row[0]))
    return True


def revoke_token(db: sqlite3.Connection, name: str) -> int:
    """Revoke every token with this name; return how many."""
    cursor = db.execute(
        "UPDATE api_tokens SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL",
        (now_iso(), name),
    )
    return cursor.rowcount


def list_tokens(db: sqlite3.Connection) -> list[dict[str, object]]:
    cursor = db.execute(
        "SELECT name, created_at, last_used_at, revoked_at FROM api_tokens ORDER BY id"
    )
    return [
        dict(zip(("name", "created_at", "last_used_at", "revoked_at"), row, strict=True))
        for row in cursor
    ]
