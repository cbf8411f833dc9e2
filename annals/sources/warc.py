"""Write captures to WARC files and read captures back from WARCs made by any tool.

``write_warc(captures, path)`` writes one gzipped WARC/1.1 file: a
``warcinfo`` record, then one ``response`` record per capture with its
WARC-Target-URI, WARC-Date and payload digest. ``read_warc(path)`` yields a
``Capture`` per http(s) ``response`` (and ``resource``) record of a WARC,
gzipped or not, from Annals, wget ``--warc-file``, Webrecorder and the like;
request, metadata, warcinfo and revisit records are skipped, as are
``dns:`` and other non-web records.

A capture's ``raw`` is the body after content decoding, so the written
record carries that body with ``Content-Encoding``/``Transfer-Encoding``
dropped and ``Content-Length`` set to match; reading decodes chunked and
gzip/deflate/brotli bodies the same way. The redirect chain, which WARC has
no field for, goes into ``Annals-Redirected-From`` headers, one per hop.
"""

from __future__ import annotations

import gzip
import io
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from http import HTTPStatus
from importlib import metadata
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date
from warcio.warcwriter import WARCWriter

from annals.errors import InputError
from annals.models import Capture

REDIRECT_HEADER = "Annals-Redirected-From"
READ_RECORD_TYPES = ("response", "resource")
DEFAULT_MAX_RECORD_BYTES = 50 * 1024 * 1024
# Headers that describe the wire form of a body we store decoded.
_WIRE_HEADERS = frozenset({"content-encoding", "transfer-encoding", "content-length"})


def write_warc(captures: Iterable[Capture], path: str | Path) -> int:
    """Write ``captures`` to a new gzipped WARC file at ``path``; return the records written."""
    written = 0
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=True, warc_version="1.1")
        info = {"software": f"Annals {_version()}", "format": "WARC File Format 1.1"}
        writer.write_record(writer.create_warcinfo_record(Path(path).name, info))
        for capture in captures:
            writer.write_record(_response_record(writer, capture))
            written += 1
    return written


def _response_record(writer: WARCWriter, capture: Capture) -> ArcWarcRecord:
    headers = [
        (name, value) for name, value in capture.headers if name.lower() not in _WIRE_HEADERS
    ]
    if capture.content_type and not any(name.lower() == "content-type" for name, _ in headers):
        headers.append(("Content-Type", capture.content_type))
    headers.append(("Content-Length", str(len(capture.raw))))
    http_headers = StatusAndHeaders(
        f"{capture.status} {_reason(capture.status)}", headers, protocol="HTTP/1.1"
    )
    record = writer.create_warc_record(
        capture.url,
        "response",
        payload=io.BytesIO(capture.raw),
        length=len(capture.raw),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Date": _warc_date(capture.captured_at)},
    )
    for hop in capture.redirects:
        record.rec_headers.add_header(REDIRECT_HEADER, hop)
    return record


def read_warc(
    path: str | Path, *, max_record_bytes: int = DEFAULT_MAX_RECORD_BYTES
) -> Iterator[Capture]:
    """Yield a Capture for each http(s) response or resource record in the WARC at ``path``.

    Records over ``max_record_bytes`` are skipped. Raises InputError when the
    file is not a WARC (or is cut off before its first record).
    """
    _check_is_warc(path)
    with open(path, "rb") as stream:
        try:
            for record in ArchiveIterator(stream):
                capture = _capture(record, max_record_bytes)
                if capture is not None:
                    yield capture
        except ArchiveLoadFailed as exc:
            raise InputError(str(path), f"not a readable WARC file ({exc})") from exc


def _check_is_warc(path: str | Path) -> None:
    # warcio reads any bytes as a (broken) ARC record rather than failing, so look first.
    with open(path, "rb") as stream:
        start = stream.read(2)
        stream.seek(0)
        try:
            head = gzip.GzipFile(fileobj=stream).read(5) if start == b"\x1f\x8b" else stream.read(5)
        except (OSError, EOFError) as exc:
            raise InputError(str(path), f"not a readable WARC file ({exc})") from exc
    if head != b"WARC/":
        raise InputError(str(path), "not a readable WARC file (it does not start with WARC/)")


def _capture(record: ArcWarcRecord, max_bytes: int) -> Capture | None:
    uri = (record.rec_headers.get_header("WARC-Target-URI") or "").strip("<> ")
    if record.rec_type not in READ_RECORD_TYPES or not uri.startswith(("http://", "https://")):
        return None
    raw = record.content_stream().read(max_bytes + 1)
    if len(raw) > max_bytes:
        return None
    if record.http_headers is not None and record.rec_type == "response":
        status = int(record.http_headers.get_statuscode() or 0)
        headers = tuple((name, value) for name, value in record.http_headers.headers)
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        status, headers = 200, ()
        content_type = record.rec_headers.get_header("Content-Type") or ""
    return Capture(
        url=uri,
        raw=raw,
        captured_at=_parse_warc_date(record.rec_headers.get_header("WARC-Date") or ""),
        status=status,
        headers=headers,
        content_type=content_type,
        redirects=tuple(
            value for name, value in record.rec_headers.headers if name == REDIRECT_HEADER
        ),
    )


def _version() -> str:
    try:
        return metadata.version("annals")
    except metadata.PackageNotFoundError:
        return "unknown"


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def _warc_date(moment: datetime) -> str:
    as_utc = moment.astimezone(UTC) if moment.tzinfo else moment.replace(tzinfo=UTC)
    return datetime_to_iso_date(as_utc.replace(tzinfo=None), use_micros=True)


def _parse_warc_date(value: str) -> datetime:
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return datetime.fromtimestamp(0, UTC)  # a record without a usable date still has a body
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
