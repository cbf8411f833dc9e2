"""SQL for collecting: web sources, checks, captures, events and removals on a real archive."""

from __future__ import annotations

import pytest

from annals.archive import captures
from annals.archive.captures import CaptureRow, Check
from annals.archive.store import Archive, prepare
from annals.errors import NotFound, UsageError
from annals.models import Document, Extracted

AT = "2026-11-27T12:00:00+00:00"


@pytest.fixture
def archive(tmp_path):
    opened = Archive(tmp_path / "archive")
    yield opened
    opened.close()


def add(archive, name="mwr", **changes):
    values = {"url": "https://mwr.example/", "kind": "feed", "settings": {"feeds": ["f"]}, "at": AT}
    values.update(changes)
    return captures.add_source(archive.db, name=name, **values)


def store(archive, source_id, text, url="https://mwr.example/s/1"):
    document = Document(
        raw=text.encode(),
        extracted=Extracted(text=text, title="T"),
        origin=url,
        external_id=url,
        url=url,
    )
    return archive.store_batch(source_id, [prepare(document)], None)[0]


def test_source_names_are_unique_and_a_removed_source_can_be_added_again(archive):
    source = add(archive)
    assert source.settings == {"feeds": ["f"]} and source.removed_at is None
    with pytest.raises(UsageError, match="exists already"):
        add(archive)

    removed = captures.remove_source(archive.db, "mwr", AT)
    assert removed.removed_at == AT
    assert captures.list_sources(archive.db) == []
    assert [s.name for s in captures.list_sources(archive.db, include_removed=True)] == ["mwr"]
    assert add(archive, kind="page").kind == "page"
    with pytest.raises(NotFound):
        captures.get_source(archive.db, "nope")


def test_an_imported_source_name_is_not_taken_over(archive):
    archive.ensure_source("whitehouse")
    with pytest.raises(UsageError, match="imported source"):
        add(archive, name="whitehouse")


def test_storing_versions_writes_added_and_edited_events(archive):
    source = add(archive)
    first = store(archive, source.id, "Water is safe.")
    store(archive, source.id, "Water is safe.")  # identical: no version, no event
    second = store(archive, source.id, "Water is not safe.")

    events = captures.list_events(archive.db, source="mwr")
    assert [(e.kind, e.version) for e in events] == [("added", 1), ("edited", 2)]
    assert events[1].version_id == second.version_id
    assert captures.list_events(archive.db, since_id=events[0].id)[0].id == events[1].id
    assert first.statement_id == second.statement_id


def test_removal_is_recorded_once_and_restoration_clears_it(archive):
    source = add(archive)
    stored = store(archive, source.id, "Water is safe.")
    sid = stored.statement_id

    assert captures.mark_removed(archive.db, source.id, sid, AT, "answered 410")
    assert not captures.mark_removed(archive.db, source.id, sid, AT, "answered 410")
    state = captures.statement_states(archive.db, source.id, ["https://mwr.example/s/1"])
    assert state["https://mwr.example/s/1"].removed_at == AT
    assert captures.mark_restored(archive.db, source.id, sid, None, AT)
    kinds = [e.kind for e in captures.list_events(archive.db, kinds=["removed", "restored"])]
    assert kinds == ["removed", "restored"]


def test_checks_are_registered_once_and_come_due_in_order(archive):
    source = add(archive)
    urls = ["https://mwr.example/a", "https://mwr.example/b"]
    assert captures.register_urls(archive.db, source.id, urls, AT) == 2
    assert captures.register_urls(archive.db, source.id, urls, AT) == 0
    later = "2026-11-27T13:00:00+00:00"
    captures.save_check(archive.db, Check(urls[0], source.id, None, AT, AT, later, '"e"', None))

    assert captures.due_urls(archive.db, source.id, AT, 10) == [urls[1]]
    assert captures.due_urls(archive.db, source.id, later, 10) == [urls[1], urls[0]]
    assert captures.next_check_at(archive.db, [source.id]) == AT
    assert captures.get_checks(archive.db, urls)[urls[0]].etag == '"e"'


def test_captures_keep_status_headers_and_raw_bytes(archive):
    source = add(archive)
    sha = captures.store_blob(archive.db, b"<p>gone</p>")
    row = CaptureRow(
        source.id,
        "https://mwr.example/x",
        "https://mwr.example/x?utm_source=a",
        AT,
        404,
        (("Content-Type", "text/html"),),
        sha,
        None,
        None,
        "failed",
        "answered 404",
    )
    captures.add_capture(archive.db, row)

    (kept,) = captures.iter_captures(archive.db, source.id)
    assert (kept.status, kept.source) == (404, "mwr")
    assert kept.headers == (("Content-Type", "text/html"),)
    assert archive.raw(kept.content_sha256) == b"<p>gone</p>"
    assert list(captures.iter_captures(archive.db, outcomes=["new"])) == []
