"""HTML files saved from a publisher's website: extracted with trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annals.errors import InputError
from annals.extract import decode_text, extract_html
from annals.extract.encoding import looks_binary
from annals.models import Document
from annals.sources.documents import finish_document
from annals.sources.files_common import read_bytes
from annals.sources.options import ReadOptions

SUFFIXES = (".html", ".htm", ".xhtml")


def recognise(path: Path) -> bool:
    return path.suffix.lower() in SUFFIXES


def read(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The one statement an HTML file holds."""
    origin = str(path)
    raw = read_bytes(path, options)
    if looks_binary(raw):
        raise InputError(origin, "the file is binary data, not HTML")
    html = decode_html_bytes(raw, origin)
    extracted = extract_html(html, origin, url=options.given.get("url"))
    document = Document(raw=raw, extracted=extracted, origin=origin, media_type="text/html")
    yield finish_document(document, options)


def decode_html_bytes(raw: bytes, origin: str) -> str:
    """HTML bytes to text, honouring a <meta charset> in the first kilobytes."""
    try:
        from annals.sources.fetch import decode_html

        return decode_html(raw, "")
    except (ImportError, LookupError, UnicodeDecodeError):
        return decode_text(raw, origin)
