"""Plain text files: the first short line is the title, the whole file is the text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annals.extract import decode_text
from annals.models import Document, Extracted
from annals.sources.documents import finish_document
from annals.sources.files_common import read_bytes
from annals.sources.options import ReadOptions

SUFFIXES = (".txt", ".text")
EXTRACTOR = "text 1"
_MAX_TITLE_CHARS = 300


def recognise(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The one statement a text file holds."""
    origin = str(path)
    raw = read_bytes(path, options)
    text = decode_text(raw, origin).replace("\r\n", "\n").strip()
    extracted = Extracted(text=text, title=title_of(text), extractor=EXTRACTOR)
    document = Document(raw=raw, extracted=extracted, origin=origin, media_type="text/plain")
    yield finish_document(document, options)


def title_of(text: str) -> str:
    """The first line, when it is short enough to be a headline."""
    first_line = text.split("\n", 1)[0].strip()
    return first_line if len(first_line) <= _MAX_TITLE_CHARS else ""
