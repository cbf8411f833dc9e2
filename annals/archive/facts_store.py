"""Facts found in versions, stored with their spans and the extractor version."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from annals.archive.store import now_iso
from annals.models import Fact

FactRow = tuple[str, str, int, int, str]  # kind, text, start, end, fields as JSON

# One encoder for every row: json.dumps with options builds a new one per call, which cost a
# third of turning an import's 700,000 facts into rows.
_fields_json = json.JSONEncoder(
    ensure_ascii=False, default=str, check_circular=False, separators=(",", ":")
).encode


def fact_rows(facts: Sequence[Fact]) -> list[FactRow]:
    """Facts as the rows the archive stores (pure, so import workers can make them)."""
    return [
        (
            fact.kind,
            fact.text,
            fact.start,
            fact.end,
            _fields_json(fact.fields),
        )
        for fact in facts
    ]


def replace_facts(
    db: sqlite3.Connection, version_id: int, facts: Sequence[Fact], extractor_version: str
) -> None:
    """Store a version's facts in place of any found before (call inside a transaction)."""
    replace_fact_rows(db, {version_id: fact_rows(facts)}, extractor_version)


def replace_fact_rows(
    db: sqlite3.Connection, rows_by_version: Mapping[int, Sequence[FactRow]], extractor_version: str
) -> None:
    """Store versions' fact rows in place of any found before (call inside a transaction).

    One statement of each kind for all the versions: an import stores 500 at a time.
    """
    versions = [(version_id,) for version_id in rows_by_version]
    db.executemany("DELETE FROM facts WHERE version_id = ?", versions)
    db.executemany(
        "INSERT INTO facts (version_id, ordinal, kind, text, start, end, fields, extractor_version)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (version_id, ordinal, *row, extractor_version)
            for version_id, rows in rows_by_version.items()
            for ordinal, row in enumerate(rows)
        ],
    )
    extracted_at = now_iso()
    db.executemany(
        "INSERT INTO fact_runs (version_id, extractor_version, extracted_at) VALUES (?, ?, ?)"
        " ON CONFLICT(version_id) DO UPDATE SET extractor_version = excluded.extractor_version,"
        " extracted_at = excluded.extracted_at",
        [(version_id, extractor_version, extracted_at) for version_id in rows_by_version],
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


@dataclass(frozen=True, slots=True)
class FactQuery:
    """Which facts to list: every field is optional; ``entity_key`` is a spelling key, and a
    quote matches ``speaker_keys`` when its speaker has a word of each key."""

    kind: str | None = None
    predicate: str | None = None
    counted: str | None = None
    entity_key: str | None = None
    speaker_keys: tuple[str, ...] = ()  # a quote's speaker: the spelling keys of every word
    source: str | None = None
    date_from: str | None = None  # YYYY-MM-DD, inclusive
    date_to: str | None = None
    limit: int = 1000


_FACT_ROW_COLUMNS = (
    "statement_id",
    "version",
    "source",
    "published",
    "title",
    "url",
    "external_id",
    "kind",
    "text",
    "start",
    "end",
    "fields",
)


def search_facts(db: sqlite3.Connection, query: FactQuery) -> list[dict[str, Any]]:
    """Facts of current versions matching the query, ordered by statement date."""
    where, parameters = _fact_conditions(query)
    rows = db.execute(
        "SELECT s.id, v.number, src.name, v.published, v.title, s.url, s.external_id,"
        " f.kind, f.text, f.start, f.end, f.fields"
        " FROM facts f JOIN versions v ON v.id = f.version_id"
        " JOIN statements s ON s.current_version_id = v.id"
        " JOIN sources src ON src.id = s.source_id"
        f" WHERE {' AND '.join(where) or '1'}"
        " ORDER BY coalesce(v.published, ''), s.id, f.ordinal LIMIT ?",
        [*parameters, query.limit],
    )
    found = []
    for row in rows:
        record = dict(zip(_FACT_ROW_COLUMNS, row, strict=True))
        record["fields"] = json.loads(record["fields"])
        found.append(record)
    return found


def _fact_conditions(query: FactQuery) -> tuple[list[str], list[Any]]:
    conditions: list[tuple[str, Any]] = [
        ("f.kind = ?", query.kind),
        ("json_extract(f.fields, '$.predicate') = ?", query.predicate),
        ("json_extract(f.fields, '$.counted') = ?", query.counted),
        ("src.name = ?", query.source),
        ("substr(v.published, 1, 10) >= ?", query.date_from),
        ("substr(v.published, 1, 10) <= ?", query.date_to),
        (
            "EXISTS (SELECT 1 FROM facts e WHERE e.version_id = v.id"
            " AND e.kind IN ('place', 'person', 'organisation')"
            " AND json_extract(e.fields, '$.key') = ?)",
            query.entity_key,
        ),
    ]
    conditions += [
        ("EXISTS (SELECT 1 FROM json_each(f.fields, '$.speaker_keys') WHERE value = ?)", key)
        for key in query.speaker_keys
    ]
    where = [sql for sql, value in conditions if value is not None]
    return where, [value for _, value in conditions if value is not None]


def versions_needing_facts(db: sqlite3.Connection, extractor_version: str) -> list[int]:
    """Current versions whose facts are missing or were found by another extractor version."""
    rows = db.execute(
        "SELECT s.current_version_id FROM statements s"
        " LEFT JOIN fact_runs r ON r.version_id = s.current_version_id"
        " WHERE s.current_version_id IS NOT NULL"
        " AND (r.extractor_version IS NULL OR r.extractor_version != ?)",
        (extractor_version,),
    )
    return [int(version_id) for (version_id,) in rows]


ENTITY_KINDS = ("place", "person", "organisation")


def entity_keys(db: sqlite3.Connection, version_id: int) -> dict[str, list[str]]:
    """The spelling keys of the places, people and organisations a version's facts name.

    Keys, not names: "Khojaly" and "Hojaly" are one place, so one facet entry.
    """
    rows = db.execute(
        "SELECT DISTINCT kind, json_extract(fields, '$.key') FROM facts"
        " WHERE version_id = ? AND kind IN ('place', 'person', 'organisation')",
        (version_id,),
    )
    keys: dict[str, list[str]] = {}
    for kind, key in rows:
        if key:
            keys.setdefault(kind, []).append(str(key))
    return keys


def entity_keys_of(facts: Sequence[Fact]) -> dict[str, list[str]]:
    """The same as ``entity_keys``, from facts in hand rather than from the archive."""
    keys: dict[str, dict[str, None]] = {}
    for fact in facts:
        if fact.kind in ENTITY_KINDS and fact.fields.get("key"):
            keys.setdefault(fact.kind, {})[str(fact.fields["key"])] = None
    return {kind: list(found) for kind, found in keys.items()}


def entity_labels(db: sqlite3.Connection) -> dict[tuple[str, str], str]:
    """For each (kind, spelling key), the name the archive writes most often."""
    rows = db.execute(
        "SELECT kind, json_extract(fields, '$.key') AS key, json_extract(fields, '$.name'),"
        " count(*) AS uses FROM facts WHERE kind IN ('place', 'person', 'organisation')"
        " GROUP BY 1, 2, 3 ORDER BY uses"
    )
    # Ordered by use, so the most used name of a key is written last and wins.
    return {(kind, key): name for kind, key, name, _ in rows if key and name}
