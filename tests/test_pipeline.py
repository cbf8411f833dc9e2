"""The import pipeline end to end: crash safety and the index kept in step with the archive."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from annals.archive.store import DATABASE_NAME, ArchivedCaptures
from annals.pipeline import PreparedItem, Stages, read_and_prepare
from annals.sources.files import plan_reading
from tests.conftest import REPO, open_annals, write_records

RECORDS = 3000


def make_records(path: Path) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for number in range(RECORDS):
            record = {
                "id": f"s{number}",
                "title": f"Statement number {number}",
                "published": f"20{10 + number % 15}-0{1 + number % 9}-1{number % 10}",
                "body": f"Statement {number} about harbour works, railway line {number % 7} "
                "and the flood plan. " * 40,
            }
            out.write(json.dumps(record) + "\n")
    return path


def statement_count(archive: Path) -> int:
    try:
        connection = sqlite3.connect(archive / DATABASE_NAME, timeout=1)
        return int(connection.execute("SELECT count(*) FROM statements").fetchone()[0])
    except sqlite3.Error:
        return 0


def start_import(archive: Path, source: Path) -> subprocess.Popen[bytes]:
    environment = dict(os.environ, ANNALS_BATCH_SIZE="50", ANNALS_IMPORT_WORKERS="1")
    return subprocess.Popen(
        [sys.executable, "-m", "annals", "--archive", str(archive), "import", str(source)],
        cwd=REPO,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def kill_midway(process: subprocess.Popen[bytes], archive: Path) -> int:
    deadline = time.monotonic() + 60
    while statement_count(archive) < 200 and time.monotonic() < deadline:
        if process.poll() is not None:
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=10)
    return statement_count(archive)


def snapshot(archive: Path) -> set[tuple[str, str, int]]:
    connection = sqlite3.connect(archive / DATABASE_NAME)
    rows = connection.execute(
        "SELECT s.external_id, v.content_sha256, v.number FROM statements s"
        " JOIN versions v ON v.statement_id = s.id"
    )
    return set(rows)


def test_import_killed_midway_resumes_to_the_same_archive(tmp_path: Path) -> None:
    source = make_records(tmp_path / "statements.jsonl")
    killed_archive = tmp_path / "killed"
    stored_before_rerun = kill_midway(start_import(killed_archive, source), killed_archive)
    assert 0 < stored_before_rerun < RECORDS, "the import was not caught midway"

    connection = sqlite3.connect(killed_archive / DATABASE_NAME)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    orphans = connection.execute(
        "SELECT count(*) FROM statements WHERE current_version_id IS NULL"
    ).fetchone()[0]
    assert orphans == 0
    connection.close()

    assert start_import(killed_archive, source).wait(timeout=120) == 0
    clean_archive = tmp_path / "clean"
    assert start_import(clean_archive, source).wait(timeout=120) == 0
    assert snapshot(killed_archive) == snapshot(clean_archive)
    assert len(snapshot(killed_archive)) == RECORDS

    with open_annals(killed_archive) as annals:
        result = annals.search(annals_request("harbour"))
        assert result.total == RECORDS  # the index holds each statement exactly once


def annals_request(query: str):  # noqa: ANN201 - a small helper for the test above
    from annals.search.engine import SearchRequest

    return SearchRequest(query=query, limit=1, facets=False)


def test_search_brings_an_index_left_behind_up_to_date(tmp_path: Path) -> None:
    from annals.archive.store import prepare
    from annals.models import Document, Extracted

    document = Document(
        raw=b"ferry",
        extracted=Extracted(text="The ferry sails at noon daily.", title="Ferry"),
        origin="test",
        external_id="ferry-1",
    )
    with open_annals(tmp_path / "archive") as annals:
        # Stored in the archive, as by an import killed before its index commit.
        source_id = annals.archive.ensure_source("harbour")
        annals.archive.store_batch(source_id, [prepare(document)], run_id=None)
        assert annals.index.lag() == 1
        assert len(annals.search_ids("ferry")) == 1
        assert annals.index.lag() == 0


def test_index_commit_without_watermark_does_not_duplicate(tmp_path: Path) -> None:
    source = tmp_path / "one.jsonl"
    record = {"id": "x", "title": "Ferry timetable", "body": "The ferry sails at noon daily."}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    with open_annals(tmp_path / "archive") as annals:
        annals.import_paths([source])
        # A crash after the index commit but before the watermark moved: the work is redone.
        annals.archive.set_state("indexed_version_id", "0")
    with open_annals(tmp_path / "archive") as annals:
        assert annals.index.lag() == 1
        assert annals.search(annals_request("ferry")).total == 1


FLOOD = {
    "id": "flood",
    "published": "2022-05-14",
    "body": "613 people were evacuated from Riverton, the mayor said on 14 May 2022.",
}


def test_a_capture_the_archive_holds_gets_no_facts_or_spellings_again(tmp_path: Path) -> None:
    with open_annals(tmp_path / "archive") as annals:
        source = write_records(tmp_path / "a.jsonl", FLOOD)
        annals.import_paths([source], source="city")
        archived = ArchivedCaptures(tmp_path / "archive" / DATABASE_NAME, "city")
        (held,) = read_and_prepare(
            next(plan_reading([source])), annals.read_options(), Stages(), set(), archived
        )
        changed = write_records(tmp_path / "b.jsonl", dict(FLOOD, body=FLOOD["body"] + " More."))
        (fresh,) = read_and_prepare(
            next(plan_reading([changed])), annals.read_options(), Stages(), set(), archived
        )
    assert isinstance(held, PreparedItem) and isinstance(fresh, PreparedItem)
    assert held.held and held.facts is None and held.spellings == []
    assert not fresh.held and fresh.facts and fresh.spellings


def test_a_capture_held_when_read_but_changed_by_the_same_import_gets_its_facts(
    tmp_path: Path,
) -> None:
    # The archive holds A; the input changes the statement to B, then back to A: A was held
    # when a worker read it, but is a new version by the time it is stored.
    changed = dict(FLOOD, body="1,200 people were evacuated from Riverton on 15 May 2022.")
    with open_annals(tmp_path / "archive") as annals:
        annals.import_paths([write_records(tmp_path / "a.jsonl", FLOOD)], source="city")
        report = annals.import_paths(
            [write_records(tmp_path / "b.jsonl", changed, FLOOD)], source="city"
        )
        statement_id = annals.search_ids("Riverton")[0]
        versions = annals.versions(statement_id)
        facts = annals.facts(statement_id, versions[-1].number)
    assert report.counts["new_versions"] == 2 and len(versions) == 3
    assert [fact.text for fact in facts if fact.kind == "figure"] == ["613 people"]
