"""Reading local files: each format, given metadata, and every kind of broken input."""

from __future__ import annotations

from pathlib import Path

import pytest

from annals.errors import InputError
from annals.models import Document
from annals.sources.files import read_paths
from annals.sources.options import ReadOptions
from tests.conftest import FIXTURES, SEED, WH_SAMPLE

GOOD = FIXTURES / "good"
BROKEN = FIXTURES / "broken"


def read_one(path: Path, **options: object) -> Document | InputError:
    items = list(read_paths([path], ReadOptions(**options)))  # type: ignore[arg-type]
    assert len(items) == 1
    return items[0]


def test_markdown_front_matter_gives_metadata_and_clean_text() -> None:
    document = read_one(GOOD / "statement.md")
    assert isinstance(document, Document)
    found = document.extracted
    assert found.title == "Port of Harbour City reopens after storm repairs"
    assert found.published == "2023-04-12T09:30:00+02:00"
    assert found.tags == ("press-release",)
    assert found.language == "en"
    assert document.url == "https://port.harbourcity.example/news/2023/reopening"
    assert "The Port of Harbour City reopened on Wednesday after repairs to two quays" in found.text
    assert "**" not in found.text and "](" not in found.text
    # A line ending in two spaces is a hard break and stays one.
    assert "March storm.\nDirector Anna Berg" in found.text


def test_html_file_is_extracted_without_page_chrome() -> None:
    document = read_one(GOOD / "statement.html")
    assert isinstance(document, Document)
    found = document.extracted
    assert found.title.startswith("Council approves coastal flood plan")
    assert found.published == "2024-03-05"
    assert "approved a flood plan for 14 harbour towns" in found.text
    assert "Search in archive" not in found.text
    assert found.extractor.startswith("trafilatura")


def test_text_file_first_line_is_title_and_given_date_applies() -> None:
    document = read_one(GOOD / "statement.txt", given={"published": "2021-06-02"})
    assert isinstance(document, Document)
    assert document.extracted.title == "Statement on the opening of the railway line"
    assert document.extracted.published == "2021-06-02"


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("empty.txt", "empty"),
        ("junk.html", "binary"),
        ("bad-date.md", "date"),
    ],
)
def test_broken_file_is_reported_with_path_and_reason(name: str, reason: str) -> None:
    error = read_one(BROKEN / name)
    assert isinstance(error, InputError)
    assert error.origin.endswith(name)
    assert reason in error.reason


def test_invalid_utf8_is_decoded_with_a_detected_encoding() -> None:
    document = read_one(BROKEN / "latin1.txt")
    assert isinstance(document, Document)
    assert document.extracted.text.startswith("Caf")
    assert document.raw == (BROKEN / "latin1.txt").read_bytes()  # raw bytes kept as they were


def test_truncated_html_still_gives_its_text() -> None:
    document = read_one(BROKEN / "truncated.html")
    assert isinstance(document, Document)
    assert "bridge between the two towns will reopen" in document.extracted.text


def test_json_lines_bad_lines_are_reported_by_line_number_and_good_ones_read() -> None:
    items = list(read_paths([BROKEN / "records.jsonl"], ReadOptions()))
    documents = [item for item in items if isinstance(item, Document)]
    errors = [item for item in items if isinstance(item, InputError)]
    assert [document.external_id for document in documents] == ["a1", "a3"]
    assert [error.origin.rsplit(":", 1)[1] for error in errors] == ["2", "4", "5"]
    assert "not valid JSON" in errors[0].reason


def test_file_over_the_size_limit_is_skipped(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        line = b"A statement line that repeats to make a fifty megabyte file.\n"
        out.write(line * (50 * 1024 * 1024 // len(line) + 1))
    error = read_one(big, max_file_bytes=10 * 1024 * 1024)
    assert isinstance(error, InputError)
    assert "over the 10 MiB limit" in error.reason


def test_fifty_megabyte_file_within_the_limit_is_read(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    with big.open("wb") as out:
        line = b"A statement line that repeats to make a fifty megabyte file.\n"
        out.write(b"Title line\n" + line * (50 * 1024 * 1024 // len(line)))
    document = read_one(big)
    assert isinstance(document, Document)
    assert len(document.extracted.text) > 50_000_000


def test_missing_path_and_unknown_type_are_errors(tmp_path: Path) -> None:
    unknown = tmp_path / "notes.docx"
    unknown.write_bytes(b"PK\x03\x04")
    items = list(read_paths([tmp_path / "missing.md", unknown], ReadOptions()))
    assert all(isinstance(item, InputError) for item in items)
    assert "no such file" in items[0].reason and "unknown file type" in items[1].reason


@pytest.mark.skipif(not WH_SAMPLE.exists(), reason="shared corpora not available")
def test_white_house_sample_directory_reads_all_300_files() -> None:
    items = list(read_paths([WH_SAMPLE], ReadOptions()))
    documents = [item for item in items if isinstance(item, Document)]
    assert len(items) == 300 and len(documents) == 300
    assert all(document.extracted.published for document in documents)
    assert all(document.url and document.url.startswith("https://") for document in documents)


@pytest.mark.skipif(not SEED.exists(), reason="shared corpora not available")
def test_seed_statement_reads_as_text_in_english() -> None:
    document = read_one(SEED)
    assert isinstance(document, Document)
    assert document.extracted.language == "en"
    assert "Hojaly" in document.extracted.text and "Khojaly" in document.extracted.title
