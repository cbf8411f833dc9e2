"""Reading RSS and Atom feeds from the fixture site, broken ones included."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from annals.errors import InputError
from annals.models import Capture
from annals.sources import feeds


def capture_of(raw: bytes, url: str = "https://press.example/feed", content_type: str = ""):
    return Capture(url=url, raw=raw, captured_at=datetime(2026, 11, 27, tzinfo=UTC),
                   content_type=content_type)  # fmt: skip


def test_rss_entries_give_url_title_date_and_summary(site, fetcher):
    capture = fetcher.fetch(site.url("/feeds/statements.rss"))

    entries = feeds.read(capture)

    assert feeds.recognise(capture)
    assert [entry.entry_id for entry in entries] == [
        "mwr-2026-0142",
        "mwr-2026-0143",
        "mwr-2026-0144",
    ]
    first = entries[0]
    assert first.url == site.url("/statements/2026-11-20-reservoir-maintenance.html")
    assert first.title == "Scheduled maintenance of the northern reservoir"
    assert first.published == "2026-11-20T06:30:00+00:00"
    assert first.summary.startswith("Water supply to districts 4 and 5")


def test_relative_links_resolve_and_unreadable_dates_are_none(site, fetcher):
    entries = feeds.read(fetcher.fetch(site.url("/feeds/statements.rss")))

    assert entries[1].url == site.url("/statements/2026-11-21-vodosnabzhenie.html")
    assert entries[1].title == "О графике водоснабжения"
    assert entries[2].published is None


def test_atom_entries_are_read(site, fetcher):
    capture = fetcher.fetch(site.url("/feeds/statements.atom"))

    entries = feeds.read(capture)

    assert feeds.recognise(capture)
    assert entries[0].url == site.url("/statements/2026-11-24-communique.html")
    assert entries[0].published == "2026-11-24T07:00:00+00:00"
    assert entries[1].url == site.url("/statements/2026-11-20-reservoir-maintenance.html")
    assert entries[1].published == "2026-11-20T06:30:00+00:00"  # only <updated> given


def test_broken_feed_gives_the_entries_feedparser_recovers(site, fetcher):
    entries = feeds.read(fetcher.fetch(site.url("/feeds/broken.rss")))

    assert entries[0].title == "Road works on the river embankment & bridge"
    assert entries[0].url == site.url("/statements/2026-11-20-reservoir-maintenance.html")


def test_xml_that_is_not_a_feed_is_an_input_error(site, fetcher):
    capture = fetcher.fetch(site.url("/feeds/not-a-feed.xml"))

    assert not feeds.recognise(capture)
    with pytest.raises(InputError, match="feed"):
        feeds.read(capture)


def test_garbage_bytes_are_an_input_error():
    with pytest.raises(InputError, match="feed"):
        feeds.read(capture_of(b"\x00\xff\xfe garbage <<<"))


def test_html_page_is_not_recognised_as_a_feed(site, fetcher):
    assert not feeds.recognise(fetcher.fetch(site.url("/index.html")))
    assert feeds.recognise(capture_of(b"<?xml version='1.0'?>\n<rss version='2.0'></rss>"))
