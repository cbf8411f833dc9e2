"""WARC files (``.warc``, ``.warc.gz``) from Annals or any other tool: one version per page.

Every http(s) response with an HTML payload and a 2xx status becomes a
version of the statement keyed by its URL (tracking parameters stripped), in
the order the file holds them; a later response of the same URL whose text
changed only trivially is skipped, as the crawler would. Feeds, sitemaps,
images, redirects and error answers are not statements and are passed over.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from urllib.parse import urldefrag

from annals.archive.diff import normalise_for_change, strip_tracking
from annals.errors import InputError
from annals.extract import extract_html
from annals.models import Capture, Document
from annals.sources.documents import finish_document
from annals.sources.fetch import decode_html
from annals.sources.options import ReadOptions
from annals.sources.warc import read_warc

SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")


def recognise(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIXES)


def read(path: Path, options: ReadOptions) -> Iterator[Document]:
    """The statement versions in a WARC file; pages without readable text are skipped."""
    last_text: dict[str, str] = {}
    for capture in read_warc(path, max_record_bytes=options.max_record_bytes):
        if not _is_html_page(capture):
            continue
        url = strip_tracking(urldefrag(capture.url).url)
        try:
            document = _document(capture, url, options)
        except InputError:
            continue  # a page with no statement text (a menu, a login form) is not an error
        extracted = document.extracted
        text_key = hashlib.sha256(
            normalise_for_change(f"{extracted.title}\n\n{extracted.text}").encode()
        ).hexdigest()
        if last_text.get(url) == text_key:
            continue
        last_text[url] = text_key
        yield document


def _is_html_page(capture: Capture) -> bool:
    media_type = capture.content_type.split(";", 1)[0].strip().lower()
    if not 200 <= capture.status < 300 or not capture.raw:
        return False
    if media_type in HTML_TYPES:
        return True
    return not media_type and capture.raw[:1024].lstrip().lower().startswith(
        (b"<!doctype html", b"<html")
    )


def _document(capture: Capture, url: str, options: ReadOptions) -> Document:
    html = decode_html(capture.raw, capture.content_type)
    extracted = extract_html(html, capture.url, url=capture.url)
    document = Document(
        raw=capture.raw,
        extracted=extracted,
        origin=capture.url,
        external_id=url,
        url=url,
        media_type="text/html",
        captured_at=capture.captured_at,
    )
    return replace(finish_document(document, options), url=url)
