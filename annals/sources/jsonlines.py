"""JSON Lines files, gzipped or not: one statement per line, fields mapped by ReadOptions."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from annals.errors import InputError
from annals.extract import extract_html, markdown_to_text
from annals.models import Document, Extracted
from annals.sources.documents import (
    captured_at_from,
    finish_document,
    published_from,
    tags_from,
)
from annals.sources.options import ReadOptions

SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def recognise(path: Path) -> bool:
    name = path.name.lower()
    return any(name.endswith(suffix) for suffix in SUFFIXES)


def read(path: Path, options: ReadOptions) -> Iterator[Document | InputError]:
    """One document per line; a bad line is yielded as an InputError naming its line number."""
    for piece in split(path):
        if isinstance(piece, InputError):
            yield piece
        else:
            yield from read_lines(path, *piece, options=options)


def split(path: Path, lines_per_piece: int = 200) -> Iterator[tuple[int, list[bytes]] | InputError]:
    """The file's lines in pieces of (number of the first line, lines), for parallel reading."""
    piece: list[bytes] = []
    first_line = 1
    try:
        with _open(path) as lines:
            for line_number, line in enumerate(lines, start=1):
                if not piece:
                    first_line = line_number
                piece.append(line)
                if len(piece) >= lines_per_piece:
                    yield first_line, piece
                    piece = []
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        if piece:
            yield first_line, piece
        yield InputError(
            str(path), f"cannot read on after line {first_line + len(piece) - 1}: {error}"
        )
        return
    if piece:
        yield first_line, piece


def read_lines(
    path: Path, first_line: int, lines: list[bytes], options: ReadOptions
) -> Iterator[Document | InputError]:
    """The documents of consecutive lines of a file, the first being line ``first_line``."""
    for line_number, line in enumerate(lines, start=first_line):
        if not line.strip():
            continue
        try:
            yield read_record(line, f"{path}:{line_number}", options)
        except InputError as error:
            yield error


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.GzipFile(path, "rb")  # type: ignore[return-value]  # GzipFile is an IO[bytes]
    return path.open("rb")


def read_record(line: bytes, origin: str, options: ReadOptions) -> Document:
    """The document one JSON line describes."""
    if len(line) > options.max_record_bytes:
        raise InputError(origin, f"the record is {len(line)} bytes, over the record size limit")
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise InputError(origin, f"not valid JSON: {error}") from error
    if not isinstance(record, dict):
        raise InputError(origin, "the line is JSON but not an object")
    value = _Fields(record, options.fields)
    body = value.text("body")
    if not body:
        raise InputError(origin, "the record has no body text")
    extracted = _extract_body(body, origin, options.body_format)
    extracted = Extracted(
        text=extracted.text,
        title=value.text("title") or extracted.title,
        published=published_from(value.get("published"), origin) or extracted.published,
        language=value.text("lang") or extracted.language,
        author=_author(value.get("author")) or extracted.author,
        tags=tags_from(value.get("tags")),
        extractor=extracted.extractor,
    )
    document = Document(
        raw=line.rstrip(b"\r\n"),
        extracted=extracted,
        origin=origin,
        external_id=value.text("id") or None,
        url=value.text("url") or None,
        media_type="application/json",
        captured_at=captured_at_from(value.get("captured_at"), origin),
        extra={
            "source": value.text("source") or None,
            "publisher": value.text("publisher") or None,
        },
    )
    return finish_document(document, options)


def _extract_body(body: str, origin: str, body_format: str) -> Extracted:
    if body_format == "html":
        return extract_html(body, origin)
    if body_format == "text":
        return Extracted(text=body.strip(), extractor="jsonl text 1")
    return Extracted(text=markdown_to_text(body), extractor="jsonl markdown 2")


def _author(value: Any) -> str | None:
    if isinstance(value, list):
        return ", ".join(str(item) for item in value) or None
    return str(value) if value else None


class _Fields:
    """A record read through the field mapping: the first mapped key that is present wins."""

    def __init__(self, record: dict[str, Any], mapping: dict[str, tuple[str, ...]]) -> None:
        self.record = record
        self.mapping = mapping

    def get(self, name: str) -> Any:
        for key in self.mapping.get(name, (name,)):
            if self.record.get(key) not in (None, "", []):
                return self.record[key]
        return None

    def text(self, name: str) -> str:
        value = self.get(name)
        return "" if value is None else str(value).strip()
