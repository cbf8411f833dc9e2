"""Turning an archived version into the index document that stands for its statement."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime

import tantivy

from annals.archive.store import StoredVersion
from annals.index.schema import LIGHT_STEMMED, STEMMERS, stem_field
from annals.index.suffixes import light_stems_for_text


def published_datetime(published: str | None) -> datetime | None:
    """The publication time as the publisher's wall clock showed it, labelled UTC.

    Date filters then match the date a reader sees on the statement: a
    statement published at 22:00 -05:00 on 20 January is found by
    ``--to 2021-01-20`` although it was already 21 January in UTC.
    """
    if not published:
        return None
    try:
        moment = datetime.fromisoformat(published)
    except ValueError:
        return None
    return moment.replace(tzinfo=UTC)


def searchable_text(version: StoredVersion) -> str:
    """The text the stemmed field and the spellings vocabulary take in: title and body."""
    return f"{version.title}\n{version.text}"


def index_document(
    version: StoredVersion, entities: Mapping[str, list[str]] | None = None
) -> tantivy.Document:
    """The index document for a statement's current version.

    ``entities`` are the spelling keys of the names its facts found, by kind, for the
    entity facets.
    """
    document = tantivy.Document()
    document.add_integer("statement_id", version.statement_id)
    document.add_text("title", version.title)
    document.add_text("body", version.text)
    text = searchable_text(version)
    if version.language in STEMMERS:
        document.add_text(stem_field(version.language), text)
    elif version.language in LIGHT_STEMMED:
        document.add_text(
            stem_field(version.language), light_stems_for_text(text, version.language)
        )
    if version.url:
        document.add_text("url", version.url)
    document.add_text("source", version.source)
    if version.language:
        document.add_text("language", version.language)
    for tag in version.tags:
        document.add_text("tags", tag)
    for kind, names in (entities or {}).items():
        for name in names:
            document.add_text(kind, name)
    if version.published:
        # The year of the date as published (its own time zone), as a reader would count it.
        document.add_unsigned("year", int(version.published[:4]))
    moment = published_datetime(version.published)
    if moment is not None:
        document.add_date("published", moment)
    return document
