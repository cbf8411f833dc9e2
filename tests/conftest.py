"""Fixtures shared across the test tree: archives built from real files in temporary folders."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from annals.api import Annals
from annals.demo import demo_path
from annals.settings import Settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEED = SHARED / "corpora" / "seed" / "mfa-statement-2022-02-26.txt"
WH_SAMPLE = SHARED / "corpora" / "wh" / "sample"
FIXTURES = REPO / "tests" / "fixtures" / "files"


def open_annals(directory: Path, **settings: object) -> Annals:
    """An Annals instance on a fresh archive directory."""
    return Annals(Settings(archive=directory).with_overrides(**settings))


@pytest.fixture
def annals(tmp_path: Path) -> Iterator[Annals]:
    """An empty archive, per test."""
    with open_annals(tmp_path / "archive") as opened:
        yield opened


@pytest.fixture(scope="module")
def demo_annals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Annals]:
    """The shipped demo statements in an archive shared by a test module (read-only use)."""
    with open_annals(tmp_path_factory.mktemp("demo") / "archive") as opened:
        opened.import_paths([demo_path()], options=opened.read_options(body_format="text"))
        yield opened


@pytest.fixture(scope="module")
def seed_annals(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Annals]:
    """The seed statement imported with its date, and the demo (skipped without shared/)."""
    if not SEED.exists():
        pytest.skip("../shared/corpora/seed is not available")
    with open_annals(tmp_path_factory.mktemp("seed") / "archive") as opened:
        options = opened.read_options(given={"published": "2022-02-26"})
        opened.import_paths([SEED], source="mfa", options=options)
        opened.import_paths([demo_path()], options=opened.read_options(body_format="text"))
        yield opened


def write_records(path: Path, *records: dict[str, object]) -> Path:
    """A JSON Lines file of ``records``, one a line."""
    path.write_text("\n".join(json.dumps(record) for record in records) + "\n", encoding="utf-8")
    return path
