"""The collector's pure decisions and the changes feed: values in, values out."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from xml.etree import ElementTree

from annals.archive.captures import Event, StatementState
from annals.archive.store import prepare
from annals.crawl_decisions import Fetched, Target, canonical_url, decide, next_check_time
from annals.crawl_feed import changes_atom
from annals.models import Capture, Document, Extracted

NOON = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)
TARGET = Target("https://p.example/s/1", "https://p.example/s/1")


def fetched(status: int, text: str | None = None) -> Fetched:
    capture = Capture(url=TARGET.url, raw=b"x", captured_at=NOON, status=status)
    if text is None:
        return Fetched(TARGET, capture)
    document = Document(raw=b"x", extracted=Extracted(text=text, title="T"), origin=TARGET.url)
    return Fetched(TARGET, capture, prepare(document))


def state(text: str = "Water is safe.", removed_at: str | None = None) -> StatementState:
    return StatementState(1, TARGET.url, 1, "T", text, None, removed_at)


def test_decisions_for_each_kind_of_answer():
    assert decide(None, fetched(200, "Water is safe.")).outcome == "new"
    assert decide(state(), fetched(200, "Water is  safe.\n")).outcome == "unchanged"
    assert decide(state(), fetched(200, "Water is not safe.")).outcome == "changed"
    assert decide(state(), fetched(304)).outcome == "not_modified"
    assert decide(state(), fetched(410)).remove
    assert decide(state(removed_at="2026-11-27"), fetched(404)).outcome == "unchanged"
    assert decide(None, fetched(404)).outcome == "failed"
    assert decide(state(), fetched(503)).outcome == "failed"
    assert decide(state(), Fetched(TARGET, None, error="refused")).error == "refused"
    back = decide(state(removed_at="2026-11-27"), fetched(200, "Water is safe."))
    assert (back.outcome, back.restore) == ("unchanged", True)


def test_next_check_counts_age_from_publication_when_earlier():
    assert next_check_time(NOON, NOON) == NOON + timedelta(minutes=15)
    assert next_check_time(NOON, NOON, "2026-11-27T06:00:00+00:00") == NOON + timedelta(hours=1)
    assert next_check_time(NOON, NOON, "2026-11-26") == NOON + timedelta(days=1)
    assert next_check_time(NOON, NOON, "2020-01-01") == NOON + timedelta(days=30)
    assert next_check_time(NOON, NOON, "not a date") == NOON + timedelta(minutes=15)


def test_canonical_url_drops_fragment_and_tracking():
    assert canonical_url("https://p.example/a?id=3&utm_source=x#top") == "https://p.example/a?id=3"


def test_changes_feed_lists_events_newest_first_as_atom():
    events = [
        Event(
            1,
            "edited",
            "2026-11-27T12:00:00+00:00",
            "mwr",
            5,
            9,
            2,
            "Notice & update",
            "https://p.example/n",
            None,
        ),
        Event(
            2,
            "removed",
            "2026-11-27T13:00:00+00:00",
            "mwr",
            6,
            None,
            None,
            "Old notice",
            "https://p.example/o",
            "https://p.example/o answered 410",
        ),
    ]

    xml = changes_atom(
        events,
        title="Changes: mwr",
        feed_url="https://annals.example/feed",
        site_url="https://annals.example/",
    )

    root = ElementTree.fromstring(xml)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    titles = [entry.findtext("a:title", namespaces=ns) for entry in root.findall("a:entry", ns)]
    assert titles == ["Removed: Old notice", "Edited: Notice & update"]
    assert root.findtext("a:updated", namespaces=ns) == "2026-11-27T13:00:00Z"
