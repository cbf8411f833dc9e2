"""WARC export and import: our own round trip, and a wget-style file from elsewhere."""

from __future__ import annotations

import gzip
import io
from datetime import UTC, datetime

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from annals.errors import InputError
from annals.models import Capture
from annals.sources.warc import read_warc, write_warc

CAPTURED_AT = datetime(2026, 11, 20, 9, 30, 15, 250000, tzinfo=UTC)


def test_captures_round_trip_through_a_warc(site, fetcher, tmp_path):
    fetched = [
        fetcher.fetch(site.url("/redirect?hops=1&to=/statements/2026-11-22-ulasim.html")),
        fetcher.fetch(site.url("/encoded?coding=gzip")),
        fetcher.fetch(site.url("/no-such-page.html")),
    ]
    path = tmp_path / "export.warc.gz"

    assert write_warc(fetched, path) == 3
    restored = list(read_warc(path))

    for before, after in zip(fetched, restored, strict=True):
        assert (after.url, after.raw, after.status) == (before.url, before.raw, before.status)
        assert after.content_type == before.content_type
        assert after.redirects == before.redirects
        assert after.captured_at == before.captured_at
    assert restored[0].redirects == (fetched[0].redirects[0],)


def test_written_warc_is_standard_gzipped_warc_1_1_with_digests(tmp_path):
    capture = Capture(url="https://press.example/s/1", raw=b"<p>Statement</p>",
                      captured_at=CAPTURED_AT, content_type="text/html")  # fmt: skip
    path = tmp_path / "one.warc.gz"
    write_warc([capture], path)

    with gzip.open(path, "rb") as unzipped:
        assert unzipped.read(8) == b"WARC/1.1"
    with open(path, "rb") as stream:
        records = list(ArchiveIterator(stream))
    # ArchiveIterator consumes bodies lazily; read the headers kept on each record.
    assert [record.rec_type for record in records] == ["warcinfo", "response"]
    headers = records[1].rec_headers
    assert headers.get_header("WARC-Target-URI") == "https://press.example/s/1"
    assert headers.get_header("WARC-Date") == "2026-11-20T09:30:15.250000Z"
    assert headers.get_header("WARC-Payload-Digest").startswith("sha1:")


def wget_style_warc(path) -> None:
    """What ``wget --warc-file`` writes: warcinfo, then request/response/metadata per URL.

    The response body is gzip-encoded and chunked, as it came off the wire; a
    revisit record and a dns: record are added as other crawlers write them.
    """
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=True, warc_version="1.0")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "Wget/1.21.4"}))
        request = b"GET /statements/1.html HTTP/1.1\r\nHost: press.example\r\n\r\n"
        writer.write_record(record(writer, "http://press.example/statements/1.html", "request",
                                   request))  # fmt: skip
        body = gzip.compress("<html><p>Заявление пресс-службы</p></html>".encode())
        chunked = f"{len(body):x}\r\n".encode() + body + b"\r\n0\r\n\r\n"
        response = (
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            b"Content-Encoding: gzip\r\nTransfer-Encoding: chunked\r\n\r\n" + chunked
        )
        writer.write_record(record(writer, "http://press.example/statements/1.html", "response",
                                   response))  # fmt: skip
        writer.write_record(record(writer, "metadata://gnu.org/software/wget/warc/MANIFEST.txt",
                                   "metadata", b"manifest"))  # fmt: skip
        revisit = writer.create_revisit_record(
            "http://press.example/statements/1.html", "sha1:AAAA",
            "http://press.example/statements/1.html", "2026-11-20T09:30:00Z",
            http_headers=StatusAndHeaders("200 OK", [], protocol="HTTP/1.1"),
        )  # fmt: skip
        writer.write_record(revisit)
        writer.write_record(record(writer, "dns:press.example", "response", b"93.184.215.14"))


def record(writer: WARCWriter, uri: str, kind: str, block: bytes):
    return writer.create_warc_record(
        uri, kind, payload=io.BytesIO(block), length=len(block),
        warc_headers_dict={"WARC-Date": "2026-11-20T09:30:00Z"},
    )  # fmt: skip


def test_wget_style_warc_gives_only_its_decoded_web_responses(tmp_path):
    path = tmp_path / "wget.warc.gz"
    wget_style_warc(path)

    captures = list(read_warc(path))

    assert len(captures) == 1
    capture = captures[0]
    assert capture.url == "http://press.example/statements/1.html"
    assert capture.raw.decode() == "<html><p>Заявление пресс-службы</p></html>"
    assert capture.status == 200
    assert capture.content_type == "text/html; charset=utf-8"
    assert capture.captured_at == datetime(2026, 11, 20, 9, 30, tzinfo=UTC)


def test_not_a_warc_is_an_input_error(tmp_path):
    path = tmp_path / "notes.warc"
    path.write_bytes(b"These are notes, not a web archive.\n")

    with pytest.raises(InputError, match="not a readable WARC"):
        list(read_warc(path))
