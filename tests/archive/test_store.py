"""The archive: identity of statements, immutable versions, raw bytes, migrations."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from annals.api import Annals
from annals.archive.schema import MIGRATIONS, migrate
from annals.archive.store import DATABASE_NAME, Archive
from annals.errors import UsageError
from annals.sources import jsonlines
from tests.conftest import open_annals, write_records

RECORD = {
    "id": "flood-1",
    "url": "https://city.example/flood",
    "title": "Flood warning",
    "published": "2022-05-14",
    "body": "The river may rise by two metres overnight. Residents should move to higher ground.",
}


def test_reimporting_same_file_adds_no_version(annals: Annals, tmp_path: Path) -> None:
    source = write_records(tmp_path / "statements.jsonl", RECORD)
    first = annals.import_paths([source])
    second = annals.import_paths([source])
    assert first.counts["added"] == 1
    assert second.counts["unchanged"] == 1 and second.counts["added"] == 0
    assert annals.stats()["versions"] == 1


def test_changed_content_for_same_id_adds_a_version_and_keeps_the_old(
    annals: Annals, tmp_path: Path
) -> None:
    annals.import_paths([write_records(tmp_path / "a.jsonl", RECORD)], source="city")
    changed = dict(RECORD, body=RECORD["body"] + " Schools are closed on Monday.")
    report = annals.import_paths([write_records(tmp_path / "b.jsonl", changed)], source="city")
    assert report.counts["new_versions"] == 1
    statement_id = annals.search_ids("flood")[0]
    versions = annals.versions(statement_id)
    assert [version.number for version in versions] == [1, 2]
    assert "Schools are closed" not in versions[0].text
    assert "Schools are closed" in versions[1].text
    assert annals.statement(statement_id).number == 2


def test_rewrapped_text_is_not_a_new_version(annals: Annals, tmp_path: Path) -> None:
    annals.import_paths([write_records(tmp_path / "a.jsonl", RECORD)], source="city")
    rewrapped = dict(RECORD, body=RECORD["body"].replace(". ", ".\n"))
    report = annals.import_paths([write_records(tmp_path / "b.jsonl", rewrapped)], source="city")
    assert report.counts["unchanged"] == 1


def test_same_bytes_read_by_a_newer_extractor_are_no_edit(
    annals: Annals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write_records(
        tmp_path / "a.jsonl", dict(RECORD, body="**Mayor:** Move to higher ground.")
    )
    annals.import_paths([source], source="city")
    # A newer extractor reads the same bytes otherwise: the publisher changed nothing.
    monkeypatch.setattr(jsonlines, "markdown_to_text", lambda body: body.upper())
    report = annals.import_paths([source], source="city")
    assert report.counts["unchanged"] == 1 and report.counts["new_versions"] == 0
    assert annals.stats()["versions"] == 1
    # Bytes that do change are read by the newer extractor.
    changed = write_records(tmp_path / "b.jsonl", dict(RECORD, body="Schools are closed."))
    assert annals.import_paths([changed], source="city").counts["new_versions"] == 1
    assert annals.statement(annals.search_ids("schools")[0]).text == "SCHOOLS ARE CLOSED."


def test_raw_bytes_are_kept_once_per_hash(annals: Annals, tmp_path: Path) -> None:
    source = write_records(tmp_path / "a.jsonl", RECORD)
    annals.import_paths([source], source="one")
    annals.import_paths([source], source="two")  # same bytes, another source
    assert annals.stats()["statements"] == 2
    assert annals.stats()["blobs"] == 1
    version = annals.statement(annals.search_ids("flood")[0])
    raw = annals.raw_capture(version.content_sha256)
    assert json.loads(raw)["id"] == "flood-1"


def test_import_run_records_counts_and_errors(annals: Annals, tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "body": "x y z words here"}\nnot json\n', encoding="utf-8")
    annals.import_paths([bad])
    run = annals.archive.import_runs()[0]
    assert run["status"] == "finished" and run["added"] == 1 and run["failed"] == 1
    [(origin, reason)] = annals.archive.import_errors(int(str(run["id"])))
    assert origin.endswith("bad.jsonl:2") and "not valid JSON" in reason


def test_opening_an_old_archive_applies_the_missing_migrations(tmp_path: Path) -> None:
    directory = tmp_path / "old"
    directory.mkdir()
    connection = sqlite3.connect(directory / DATABASE_NAME, isolation_level=None)
    migrate(connection, upto="0001_initial")
    connection.execute(
        "INSERT INTO sources (id, name, kind, created_at) VALUES (1, 'old', 'files', '2020')"
    )
    connection.execute(
        "INSERT INTO statements (id, source_id, external_id, first_seen_at)"
        " VALUES (1, 1, 'x', '2020')"
    )
    connection.execute(
        "INSERT INTO blobs (sha256, size, compression, data) VALUES ('h', 1, NULL, x'41')"
    )
    connection.execute(
        "INSERT INTO versions (id, statement_id, number, captured_at, content_sha256, text_sha256,"
        " media_type, origin, title, text, extractor) VALUES"
        " (7, 1, 1, '2020', 'h', 't', 'text/plain', 'o', 'Old title', 'old text words', 'x')"
    )
    connection.close()

    archive = Archive(directory)
    applied = {name for (name,) in archive.db.execute("SELECT name FROM migrations")}
    assert applied == {name for name, _ in MIGRATIONS}
    assert archive.current_versions([1])[1].title == "Old title"  # filled by 0002
    archive.close()
    with open_annals(directory) as annals:
        assert annals.search_ids("old") == [1]


def test_a_date_given_for_many_documents_only_fills_gaps(annals: Annals, tmp_path: Path) -> None:
    undated = {key: value for key, value in RECORD.items() if key != "published"}
    records = write_records(tmp_path / "a.jsonl", RECORD, dict(undated, id="flood-2"))
    options = annals.read_options(given={"published": "2023-01-01"})
    annals.import_paths([records], source="city", options=options)
    dates = {annals.statement(i).external_id: annals.statement(i).published for i in (1, 2)}
    assert dates == {"flood-1": "2022-05-14", "flood-2": "2023-01-01"}


@pytest.mark.parametrize("given", [{"url": "https://city.example/one"}, {"title": "One"}])
def test_a_title_or_url_given_for_many_documents_is_refused(
    annals: Annals, tmp_path: Path, given: dict[str, str]
) -> None:
    records = write_records(tmp_path / "a.jsonl", RECORD)
    with pytest.raises(UsageError, match="name one statement"):
        annals.import_paths([records], options=annals.read_options(given=given))
    assert annals.stats()["statements"] == 0
