"""The annals command as a user runs it: real processes, real archive directories."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, SEED

HIT_KEYS = {
    "id",
    "external_id",
    "url",
    "title",
    "source",
    "published",
    "language",
    "score",
    "snippet",
    "tags",
    "version",
}


def run(
    archive: Path, *arguments: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if not key.startswith("ANNALS_")}
    return subprocess.run(
        [sys.executable, "-m", "annals", "--archive", str(archive), *arguments],
        cwd=REPO,
        env=environment,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    directory = tmp_path_factory.mktemp("cli") / "archive"
    result = run(directory, "demo", "--query", "Khojaly")
    assert result.returncode == 0, result.stderr
    assert "41 added, 1 new versions" in result.stdout
    return directory


def test_search_json_has_the_documented_shape(archive: Path) -> None:
    result = run(archive, "search", "Riverton flood", "--json", "--limit", "3")
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert {"query", "total", "took_ms", "facets", "hits"} <= set(output)
    assert set(output["facets"]) == {
        "source", "language", "year", "tags", "place", "person", "organisation"
    }
    assert output["total"] >= 1 and len(output["hits"]) <= 3
    assert HIT_KEYS <= set(output["hits"][0])
    assert output["hits"][0]["external_id"] == "riverton-mayor-2022-001"


def test_search_filters_and_sort_from_the_command_line(archive: Path) -> None:
    result = run(
        archive,
        "search",
        "",
        "--json",
        "--lang",
        "de",
        "--sort",
        "newest",
        "--from",
        "2020-01-01",
        "--to",
        "2024-12-31",
    )
    hits = json.loads(result.stdout)["hits"]
    assert hits and all(hit["language"] == "de" for hit in hits)
    dates = [hit["published"] for hit in hits]
    assert dates == sorted(dates, reverse=True)
    assert all("2020" <= date[:4] <= "2024" for date in dates)


def test_malformed_query_prints_a_message_not_a_traceback(archive: Path) -> None:
    result = run(archive, "search", '"unclosed')
    assert result.returncode == 2
    assert "position 0" in result.stderr and "^" in result.stderr
    assert "Traceback" not in result.stderr


def test_batch_search_writes_one_line_per_query(archive: Path, tmp_path: Path) -> None:
    queries = tmp_path / "queries.txt"
    queries.write_text('Riverton\n{"id": "q2", "query": "Kowalenko"}\n"broken\n', encoding="utf-8")
    result = run(archive, "search", "--batch", str(queries), "--limit", "2")
    assert result.returncode == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["id"] for line in lines] == ["1", "q2", "3"]
    assert lines[0]["total"] >= 1 and lines[1]["total"] >= 1
    assert lines[2]["status"] == 400 and "position" in lines[2]["error"]


def test_import_reports_skipped_files_and_a_summary(tmp_path: Path) -> None:
    result = run(tmp_path / "archive", "import", str(FIXTURES / "good"), str(FIXTURES / "broken"))
    assert result.returncode == 0
    assert "skipped" in result.stderr and "empty.txt: the file is empty" in result.stderr
    # good/: 3 files; broken/: latin1.txt and truncated.html read, 2 of 5 JSON lines read;
    # empty.txt, junk.html, bad-date.md and 3 JSON lines fail.
    assert result.stdout.strip().endswith("7 added, 0 new versions, 0 unchanged, 6 failed")


def test_extract_prints_what_would_be_stored(tmp_path: Path) -> None:
    result = run(tmp_path / "archive", "extract", str(FIXTURES / "good" / "statement.html"))
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["title"].startswith("Council approves coastal flood plan")
    assert found["published"] == "2024-03-05" and found["language"] == "en"
    assert "evacuation route" in found["text"]
    assert (
        not (tmp_path / "archive" / "archive.sqlite3").exists() or "statements" not in result.stdout
    )


def test_versions_and_diff_of_an_edited_statement(archive: Path) -> None:
    search = json.loads(run(archive, "search", '"1,260"', "--json").stdout)
    statement_id = str(search["hits"][0]["id"])
    versions = run(archive, "versions", statement_id)
    assert versions.stdout.count("\n") == 2 and versions.stdout.startswith("v1")
    diff = run(archive, "diff", statement_id)
    assert "[-1,240-]{+1,260+}" in diff.stdout


def test_reindex_rebuilds_from_the_archive(archive: Path) -> None:
    before = json.loads(run(archive, "search", "Odessa", "--json").stdout)
    result = run(archive, "reindex")
    assert result.stdout.strip() == "indexed 41 statements"
    after = json.loads(run(archive, "search", "Odessa", "--json").stdout)
    assert [hit["id"] for hit in before["hits"]] == [hit["id"] for hit in after["hits"]]


@pytest.mark.skipif(not SEED.exists(), reason="shared corpora not available")
def test_seed_statement_import_with_a_given_date(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    imported = run(archive, "import", str(SEED), "--published", "2022-02-26", "--source", "mfa")
    assert "1 added" in imported.stdout
    found = json.loads(
        run(
            archive, "search", "Khojaly", "--from", "2022-02-01", "--to", "2022-02-28", "--json"
        ).stdout
    )
    assert found["total"] == 1 and found["hits"][0]["published"] == "2022-02-26"
    assert (
        json.loads(run(archive, "search", "Khojaly", "--to", "2021-12-31", "--json").stdout)[
            "total"
        ]
        == 0
    )


@pytest.mark.skipif(not SEED.exists(), reason="shared corpora not available")
def test_facts_of_a_statement_and_across_statements_as_csv(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    run(archive, "import", str(SEED), "--published", "2022-02-26", "--source", "mfa")
    shown = json.loads(run(archive, "facts", "1", "--json").stdout)
    assert shown["id"] == 1 and any(fact["kind"] == "quote" for fact in shown["facts"])
    quote = next(fact for fact in shown["facts"] if fact.get("source"))
    assert quote["speaker"] and quote["source"]["author"] == "Thomas de Waal"
    table = run(
        archive,
        "facts",
        "search",
        "--kind",
        "figure",
        "--predicate",
        "killed",
        "--entity",
        "Xocalı",
        "--format",
        "csv",
    )
    lines = table.stdout.splitlines()
    assert lines[0].startswith("published,source,statement_id")
    assert lines[1].split(",")[7] == "613"


def test_import_of_nothing_readable_exits_non_zero(tmp_path: Path) -> None:
    result = run(tmp_path / "archive", "import", str(FIXTURES / "broken" / "empty.txt"))
    assert result.returncode == 1
    assert "0 added, 0 new versions, 0 unchanged, 1 failed" in result.stdout
