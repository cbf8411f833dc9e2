"""Markdown files with optional YAML front matter (static sites, the White House sample)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml

from annals.errors import InputError
from annals.extract import decode_text, markdown_to_text
from annals.models import Document, Extracted
from annals.sources.documents import finish_document, published_from, tags_from
from annals.sources.files_common import read_bytes
from annals.sources.options import ReadOptions

SUFFIXES = (".md", ".markdown")
EXTRACTOR = "markdown 2"  # 2: emphasis, raw HTML and headings leave no marks
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def recognise(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The one statement a Markdown file holds."""
    origin = str(path)
    raw = read_bytes(path, options)
    source_text = decode_text(raw, origin)
    meta, body = split_front_matter(source_text, origin)
    extracted = Extracted(
        text=markdown_to_text(body),
        title=str(meta.get("title") or "").strip(),
        published=published_from(_first(meta, "published_time", "published", "date"), origin),
        language=_first(meta, "lang", "language"),
        author=_first(meta, "author"),
        tags=tags_from(meta.get("tags")),
        extractor=EXTRACTOR,
    )
    url = _first(meta, "url", "source_url")
    external_id = _first(meta, "id")
    document = Document(
        raw=raw,
        extracted=extracted,
        origin=origin,
        external_id=str(external_id) if external_id else None,
        url=str(url) if url else None,
        media_type="text/markdown",
    )
    yield finish_document(document, options)


def split_front_matter(text: str, origin: str) -> tuple[dict[str, Any], str]:
    """The front matter as a dict and the body after it."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as error:
        raise InputError(origin, f"the front matter is not valid YAML: {error}") from error
    except ValueError as error:  # YAML reads 2023-02-30 as a date and fails to build it
        raise InputError(origin, f"bad date in the front matter: {error}") from error
    if not isinstance(meta, dict):
        raise InputError(origin, "the front matter is not a mapping of keys to values")
    return meta, text[match.end() :]


def _first(meta: dict[str, Any], *keys: str) -> Any:
    for key in keys:
        if meta.get(key) not in (None, ""):
            return meta[key]
    return None
