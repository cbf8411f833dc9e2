"""WARC out and in: captures exported as WARC files, WARC files (ours or wget's) imported."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from annals.sources import warc_files
from annals.sources.options import ReadOptions
from tests.conftest import open_annals as fresh_annals
from tests.crawl.conftest import add_listing


def statements_of(annals) -> dict[str, list[tuple[str, str]]]:
    rows = annals.archive.db.execute(
        "SELECT s.external_id, v.title, v.text FROM statements s JOIN versions v"
        " ON v.statement_id = s.id ORDER BY s.external_id, v.number"
    )
    found: dict[str, list[tuple[str, str]]] = {}
    for external_id, title, text in rows:
        found.setdefault(external_id, []).append((title, text))
    return found


def test_exported_warc_imports_into_a_fresh_archive_as_the_same_statements(
    annals, add, collector_for, site, tmp_path
):
    add_listing(add, site)
    add(site.url("/changing.html"), name="notice", kind="page")
    collector = collector_for(annals)
    annals.crawl(collector=collector)
    site.state["version"] = 2
    annals.crawl(collector=collector)  # 304s for the archive, a second version of the notice

    written = dict(annals.export_warc(tmp_path / "warc"))
    assert written[tmp_path / "warc" / "archive.warc.gz"] == 14  # 7 answers of 200, 7 of 304
    assert written[tmp_path / "warc" / "notice.warc.gz"] == 2

    with fresh_annals(tmp_path / "copy") as copy:
        for name in ("archive", "notice"):
            copy.import_paths([tmp_path / "warc" / f"{name}.warc.gz"], source=name)
        assert statements_of(copy) == statements_of(annals)
        assert copy.stats()["versions"] == annals.stats()["versions"] == 9


def write_wget_style_warc(path: Path, base: str) -> None:
    """What ``wget --warc-file`` writes: warcinfo, then request/response/metadata per URL."""
    page = (
        b"<html><head><title>Statement on the harvest</title></head><body><article>"
        b"<h1>Statement on the harvest</h1><p>The harvest this year was collected on time "
        b"in every region, the ministry said on Monday.</p></article></body></html>"
    )
    with open(path, "wb") as output:
        writer = WARCWriter(output, gzip=True)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "Wget/1.21"}))
        answers = [
            ("/harvest.html?utm_source=x", "200 OK", "text/html; charset=utf-8", page),
            ("/logo.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n"),
            ("/missing.html", "404 Not Found", "text/html", b"<h1>Not found</h1>"),
        ]
        for url_path, status, content_type, body in answers:
            url = base + url_path
            request = StatusAndHeaders(
                f"GET {url_path} HTTP/1.1", [("Host", "x")], is_http_request=True
            )
            writer.write_record(writer.create_warc_record(url, "request", http_headers=request))
            headers = StatusAndHeaders(
                status, [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(body), http_headers=headers
                )
            )
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "metadata",
                    payload=io.BytesIO(b"outlinks: none"),
                    warc_content_type="text/anvl",
                )
            )


def test_wget_style_warc_gives_one_statement_per_html_response(tmp_path):
    path = tmp_path / "harvest-crawl.warc.gz"
    write_wget_style_warc(path, "https://agri.example")

    assert warc_files.recognise(path)
    (document,) = warc_files.read(path, ReadOptions())
    assert document.url == "https://agri.example/harvest.html"  # tracking parameter dropped
    assert document.extracted.title == "Statement on the harvest"

    with fresh_annals(tmp_path / "archive") as annals:
        report = annals.import_paths([path], source="agri")
        assert report.counts["added"] == 1
        assert annals.sources()[0]["name"] == "agri"
