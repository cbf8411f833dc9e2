"""A real archive built from the demo statements, and the web app serving it."""

from __future__ import annotations

import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest

from annals.api import Annals
from annals.archive import captures
from annals.archive.facts_store import replace_facts
from annals.demo import demo_path
from annals.facts import EXTRACTOR_VERSION, extract_facts
from annals.search.engine import SearchRequest
from annals.settings import Settings
from annals.web import create_app

with warnings.catch_warnings():
    # Starlette 1.x suggests httpx2 for its test client; httpx works the same for these tests.
    warnings.filterwarnings("ignore", message="Using `httpx` with `starlette.testclient`")
    from starlette.testclient import TestClient

# A statement whose title and body try to inject markup: the pages must show it as text.
HOSTILE = {
    "id": "hostile-1", "source": "test-hostile", "title": "Title <script>alert(1)</script>",
    "published": "2024-02-03", "lang": "en", "tags": ["test"],
    "body": "Harbour notice <img src=x onerror=alert(2)> and <b>bold</b> & more about cranes.",
}
# A statement collected from the web that its publisher no longer serves.
REMOVED = {
    "id": "removed-1", "source": "test-removed", "title": "Notice on the harbour ferry timetable",
    "url": "https://removed.example/notices/ferry", "published": "2024-03-04", "lang": "en",
    "body": "The winter timetable of the harbour ferry starts on 4 March.",
}
REMOVED_AT = "2026-11-20T08:00:00+00:00"
VERSIONED_ID = 6  # the demo statement with two versions


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    directory = tmp_path_factory.mktemp("web-archive")
    hostile = directory / "hostile.jsonl"
    hostile.write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    removed = directory / "removed.jsonl"
    removed.write_text(json.dumps(REMOVED) + "\n", encoding="utf-8")
    settings = Settings(archive=directory / "archive", import_workers=1)
    with Annals(settings) as annals:
        options = annals.read_options(body_format="text")
        annals.import_paths([demo_path()], options=options)
        annals.import_paths([hostile], options=options)
        annals.import_paths([removed], options=options)
        _store_facts(annals, VERSIONED_ID)
        _mark_removed(annals, REMOVED["source"])
    return settings


def _mark_removed(annals: Annals, source: str) -> None:
    """As a crawl does when a statement's URL answers 404: the statement is kept, marked."""
    source_id = annals.archive.ensure_source(source)
    statement_id = annals.search(SearchRequest(query=f"source:{source}")).hits[0].id
    with annals.archive.transaction() as db:
        captures.mark_removed(db, source_id, statement_id, REMOVED_AT, "answered 404")
        captures.set_crawl_state(db, source_id, REMOVED_AT, "ok")


def _store_facts(annals: Annals, statement_id: int) -> None:
    version = annals.statement(statement_id)
    facts = extract_facts(version.text, language=version.language, published=version.published)
    annals.archive.db.execute("BEGIN")
    replace_facts(annals.archive.db, version.version_id, facts, EXTRACTOR_VERSION)
    annals.archive.db.execute("COMMIT")


@pytest.fixture(scope="session")
def client(settings: Settings) -> Iterator[TestClient]:
    with TestClient(create_app(settings)) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def token(settings: Settings) -> str:
    with Annals(settings) as annals:
        return annals.create_token("tests")


@pytest.fixture
def annals(settings: Settings) -> Iterator[Annals]:
    with Annals(settings) as opened:
        yield opened


def archive_path(settings: Settings) -> Path:
    return settings.archive
