"""Saved searches: only statements added or changed after saving (or the last check) are new."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annals.api import Annals
from annals.errors import NotFound, UsageError
from annals.search.engine import SearchRequest


def write(path: Path, *records: dict[str, str]) -> Path:
    path.write_text("".join(json.dumps(record) + "\n" for record in records), encoding="utf-8")
    return path


def test_check_reports_new_and_changed_statements_once(annals: Annals, tmp_path: Path) -> None:
    old = {"id": "a", "title": "Ferry news", "body": "The ferry to the islands sails daily."}
    annals.import_paths([write(tmp_path / "1.jsonl", old)], source="port")
    annals.save_search("ferries", SearchRequest(query="ferry"))
    assert annals.check_saved_search("ferries") == []

    new = {"id": "b", "title": "Ferry strike", "body": "No ferry sails on Monday."}
    unrelated = {"id": "c", "title": "Rail news", "body": "Trains run on time."}
    changed = dict(old, body=old["body"] + " Fares rise in May.")
    annals.import_paths([write(tmp_path / "2.jsonl", new, unrelated, changed)], source="port")
    assert {hit.external_id for hit in annals.check_saved_search("ferries")} == {"a", "b"}
    assert annals.check_saved_search("ferries") == []


def test_saved_search_names_are_unique_and_removable(annals: Annals) -> None:
    annals.save_search("x", SearchRequest(query="harbour"))
    with pytest.raises(UsageError):
        annals.save_search("x", SearchRequest(query="port"))
    assert annals.remove_saved_search("x") == 1
    with pytest.raises(NotFound):
        annals.check_saved_search("x")
