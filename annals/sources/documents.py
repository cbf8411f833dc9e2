"""Building a ``Document`` from what a reader found: shared by every file reader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime

from annals.errors import InputError
from annals.extract import detect_language, normalise_date
from annals.models import Document
from annals.sources.options import ReadOptions


def tags_from(value: object) -> tuple[str, ...]:
    """Tags from a front-matter or record value: a list, or a comma-separated string."""
    if value is None:
        return ()
    items: Iterable[object] = value if isinstance(value, list | tuple) else str(value).split(",")
    return tuple(str(item).strip() for item in items if str(item).strip())


def published_from(value: object, origin: str) -> str | None:
    """A normalised publication date, or InputError naming the bad value."""
    try:
        return normalise_date(value)
    except ValueError as error:
        raise InputError(origin, f"bad date: {error}") from error


def finish_document(document: Document, options: ReadOptions) -> Document:
    """Apply the metadata given on the command line (for many documents, only where they
    lack it: ``ReadOptions.given_fills_in``) and detect a missing language."""
    extracted = document.extracted
    given = options.given
    if given and options.given_fills_in:
        extracted = replace(
            extracted,
            published=extracted.published
            or (
                published_from(given["published"], document.origin)
                if given.get("published")
                else None
            ),
            language=extracted.language or given.get("lang"),
        )
    elif given:
        extracted = replace(
            extracted,
            title=given.get("title") or extracted.title,
            published=published_from(given["published"], document.origin)
            if given.get("published")
            else extracted.published,
            language=given.get("lang") or extracted.language,
        )
    if not extracted.text.strip():
        raise InputError(document.origin, "the document has no text")
    if not extracted.language:
        sample_chars = options.language_sample_chars
        extracted = replace(extracted, language=detect_language(extracted.text, sample_chars))
    url = given.get("url") or document.url
    return replace(document, extracted=extracted, url=url)


def captured_at_from(value: object, origin: str) -> datetime | None:
    """The capture time a record gives, if any."""
    published = published_from(value, origin)
    return datetime.fromisoformat(published) if published else None
