"""Aliases: names no spelling rule can derive (Kiev/Kyiv, Stepanakert/Khankendi, Ivanyan/Khojaly).

An alias group is a name and its variants. Rows carry the spelling keys of
both sides, so a query word finds its group whatever its spelling.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from annals.archive.store import now_iso
from annals.errors import InputError
from annals.index.spelling import keys_for_text


def phrase_key(text: str) -> str:
    """The spelling keys of every word of a name, space-joined (the lookup key)."""
    return keys_for_text(text)


def add_aliases(
    db: sqlite3.Connection, name: str, variants: Iterable[str], origin: str = "user"
) -> int:
    """Add variants to a name's group; return how many were new."""
    name_key = phrase_key(name)
    added = 0
    for variant in variants:
        if not variant.strip() or variant == name:
            continue
        cursor = db.execute(
            "INSERT OR IGNORE INTO aliases"
            " (name, variant, origin, created_at, name_key, variant_key) VALUES (?, ?, ?, ?, ?, ?)",
            (name, variant.strip(), origin, now_iso(), name_key, phrase_key(variant)),
        )
        added += cursor.rowcount
    return added


def forms_for(db: sqlite3.Connection, word: str) -> list[str]:
    """Every name and variant in the groups that ``word`` belongs to (empty when none)."""
    key = phrase_key(word)
    if not key:
        return []
    rows = db.execute(
        "SELECT DISTINCT name FROM aliases WHERE name_key = ? OR variant_key = ?", (key, key)
    ).fetchall()
    forms: dict[str, None] = {}
    for (name,) in rows:
        forms[name] = None
        for (variant,) in db.execute("SELECT variant FROM aliases WHERE name = ?", (name,)):
            forms[variant] = None
    return list(forms)


def list_aliases(db: sqlite3.Connection) -> dict[str, list[str]]:
    """Every group: name -> variants, in name order."""
    groups: dict[str, list[str]] = {}
    for name, variant in db.execute("SELECT name, variant FROM aliases ORDER BY name, id"):
        groups.setdefault(name, []).append(variant)
    return groups


def remove_aliases(db: sqlite3.Connection, name: str) -> int:
    return db.execute("DELETE FROM aliases WHERE name = ?", (name,)).rowcount


def read_alias_file(path: Path) -> Iterator[tuple[str, list[str]]]:
    """Groups from a CSV (name, variant, variant...) or JSON ({name: [variants]}) file."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"cannot read the alias file: {error}") from error
    if path.suffix.lower() == ".json":
        try:
            groups = json.loads(text)
        except json.JSONDecodeError as error:
            raise InputError(str(path), f"not valid JSON: {error}") from error
        if not isinstance(groups, dict):
            raise InputError(str(path), 'expected an object {"name": ["variant", ...]}')
        for name, variants in groups.items():
            yield str(name), [str(variant) for variant in variants]
        return
    for row in csv.reader(text.splitlines()):
        cells = [cell.strip() for cell in row if cell.strip()]
        if len(cells) >= 2 and not cells[0].startswith("#"):
            yield cells[0], cells[1:]
