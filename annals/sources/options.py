"""What a file reader is told: size limits, the JSON Lines field mapping, given metadata."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

# JSON Lines field names, first match wins; the defaults fit the shared corpora
# (White House: id url title published category body; Ukrainian presidency adds lang, speaker).
DEFAULT_FIELDS: dict[str, tuple[str, ...]] = {
    "id": ("id", "external_id", "guid"),
    "url": ("url", "source_url", "link"),
    "title": ("title", "headline"),
    "published": ("published", "published_time", "date", "datetime"),
    "body": ("body", "text", "content"),
    "lang": ("lang", "language"),
    "tags": ("tags", "category", "categories"),
    "author": ("author", "speaker", "byline"),
    "captured_at": ("captured_at", "retrieved_at"),
    "source": ("source",),
    "publisher": ("publisher",),
}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """Options shared by every file reader."""

    max_file_bytes: int = 64 * 1024 * 1024
    max_record_bytes: int = 16 * 1024 * 1024
    language_sample_chars: int = 1000
    fields: dict[str, tuple[str, ...]] = field(default_factory=lambda: dict(DEFAULT_FIELDS))
    body_format: str = "markdown"  # how JSON Lines bodies are written: markdown | text | html
    given: dict[str, str] = field(default_factory=dict)  # title/published/url/lang for one file
    # For an import of many documents the given date and language only fill gaps: a record's
    # own date is never overwritten by one meant for the whole import.
    given_fills_in: bool = False

    def with_field(self, name: str, record_key: str) -> ReadOptions:
        """A copy whose JSON Lines mapping reads ``name`` from ``record_key`` first."""
        fields = dict(self.fields)
        fields[name] = (record_key, *fields.get(name, ()))
        return replace(self, fields=fields, given=dict(self.given))
