"""Facts found in versions, stored with their spans and the extractor version."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence

from annals.archive.store import now_iso
from annals.models import Fact


def replace_facts(
    db: sqlite3.Connection, version_id: int, facts: Sequence[Fact], extractor_version: str
) -> None:
    """Store a version's facts in place of any found before (call inside a transaction)."""
    db.execute("DELETE FROM facts WHERE version_id = ?", (version_id,))
    db.executemany(
        "INSERT INTO facts (version_id, ordinal, kind, text, start, end, fields, extractor_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                version_id,
                ordinal,
                fact.kind,
                fact.text,
                fact.start,
                fact.end,
                json.dumps(fact.fields, ensure_ascii=False, default=str),
                extractor_version,
            )
            for ordinal, fact in enumerate(facts)
        ],
    )
    db.execute(
        "INSERT INTO fact_runs (version_id, extractor_version, extracted_at) VALUES (?, ?, ?)"
        " ON CONFLICT(version_id) DO UPDATE SET extractor_version = excluded.extractor_version,"
        " extracted_at = excluded.extracted_at",
        (version_id, extractor_version, now_iso()),
    )


def facts_of_version(db: sqlite3.Connection, version_id: int) -> list[Fact]:
    """A version's facts in text order (empty when none were found or none extracted yet)."""
    rows = db.execute(
        "SELECT kind, text, start, end, fields, extractor_version FROM facts"
        " WHERE version_id = ? ORDER BY ordinal",
        (version_id,),
    )
    return [
        Fact(kind, text, start, end, json.loads(fields), extractor_version)
        for kind, text, start, end, fields, extractor_version in rows
    ]
