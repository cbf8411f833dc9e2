"""Crawling sources of each kind into a real archive: versions, removals, safety, resuming."""

from __future__ import annotations

import pytest

from annals.errors import FetchError
from tests.crawl.conftest import STATEMENT_PATTERN, add_listing

STATEMENT_PAGES = (
    "/statements/2026-11-24-communique.html",
    "/statements/2026-11-22-ulasim.html",
    "/statements/2026-11-21-vodosnabzhenie.html",
    "/statements/2026-11-20-reservoir-maintenance.html",
    "/statements/2026-11-23-sans-declaration.html",
    "/statements/2025-12-30-year-summary.html",
    "/statements/2025-06-01-spring-floods.html",
)


def statement_count(annals) -> int:
    return annals.stats()["statements"]


def test_home_page_with_feeds_becomes_a_feed_source_and_its_entries_are_collected(
    annals, add, collector_for, site
):
    source = add(site.url("/"), name="mwr")
    assert source.kind == "feed"
    assert len(source.settings["feeds"]) == 2

    report = annals.crawl(collector=collector_for(annals))

    assert report.counts["new"] == 4 and report.counts["failed"] == 0
    titles = {event.title for event in annals.events(kinds=["added"])}
    assert "О графике водоснабжения" in titles


def test_sitemap_source_follows_the_index_and_keeps_only_included_urls(
    annals, add, collector_for, site
):
    source = add(site.url("/sitemap-index.xml"), name="maps", include=STATEMENT_PATTERN)
    assert source.kind == "sitemap"

    report = annals.crawl(collector=collector_for(annals))

    assert report.counts["new"] == 6  # pages.xml 2, news.xml 2, archive-2025.xml.gz 2
    assert site.hits("/") == 0  # the home page in pages.xml is not a statement


def test_listing_source_pages_through_the_archive(annals, add, collector_for, site):
    add_listing(add, site)

    report = annals.crawl(collector=collector_for(annals))

    assert report.counts["new"] == 7
    assert all(site.hits(path) == 1 for path in STATEMENT_PAGES)


def test_listing_source_needs_an_include_pattern(annals, add, site):
    from annals.errors import UsageError

    with pytest.raises(UsageError, match="--include"):
        add(site.url("/archive/"), name="archive", kind="listing")


def test_recrawl_with_nothing_changed_adds_no_version(annals, add, collector_for, site):
    add_listing(add, site)
    add(site.url("/changing.html"), name="notice", kind="page")
    collector = collector_for(annals)
    annals.crawl(collector=collector)
    versions_before = annals.stats()["versions"]

    report = annals.crawl(collector=collector)

    assert report.counts["not_modified"] == 7  # answered 304 to the stored ETag
    assert report.counts["unchanged"] == 1  # the notice has no ETag: fetched, identical
    assert annals.stats()["versions"] == versions_before
    conditional = [headers for path, headers in site.requests if path in STATEMENT_PAGES]
    assert "If-None-Match" in conditional[-1]


def test_changed_page_gets_a_new_version_an_edited_event_and_a_diff(
    annals, add, collector_for, site
):
    add(site.url("/changing.html"), name="notice", kind="page")
    collector = collector_for(annals)
    annals.crawl(collector=collector)
    site.state["version"] = 2

    report = annals.crawl(collector=collector)

    assert report.counts["changed"] == 1
    (edited,) = annals.events(source="notice", kinds=["edited"])
    assert edited.version == 2
    old, new, ops = annals.diff(edited.statement_id)
    assert (old.number, new.number) == (1, 2)
    changed = [op for op in ops if op.kind != "equal"]
    assert changed[0].old == ("1",) and changed[0].new == ("2",)


def test_trivial_change_makes_no_new_version(annals, add, collector_for, site):
    add(site.url("/stamped.html"), name="stamped", kind="page")
    collector = collector_for(annals)
    annals.crawl(collector=collector)
    site.state["stamp"] = "2 January 2026"

    report = annals.crawl(collector=collector)

    assert report.counts["unchanged"] == 1
    assert annals.stats()["versions"] == 1
    assert not annals.events(kinds=["edited"])


def test_page_that_disappears_is_marked_removed_and_comes_back(annals, add, collector_for, site):
    add(site.url("/gone.html"), name="gone", kind="page")
    collector = collector_for(annals)
    annals.crawl(collector=collector)
    site.state["gone"] = True

    report = annals.crawl(collector=collector)

    assert report.counts["removed"] == 1
    (removed,) = annals.events(source="gone", kinds=["removed"])
    assert "410" in (removed.detail or "")
    statement = annals.statement(removed.statement_id)
    assert statement.removed_at is not None  # kept, never deleted
    [hit] = [hit for hit in annals.search_hits("", sources=("gone",))]
    assert hit.removed_at == statement.removed_at  # still found, and flagged
    assert annals.crawl(collector=collector).counts["unchanged"] == 1  # still gone: no new event
    site.state["gone"] = False
    annals.crawl(collector=collector)
    assert annals.statement(removed.statement_id).removed_at is None
    assert [event.kind for event in annals.events(source="gone")] == [
        "added",
        "removed",
        "restored",
    ]


def test_robots_disallowed_page_is_not_fetched(annals, add, collector_for, site):
    add(site.url("/private/internal.html"), name="internal", kind="page")

    report = annals.crawl(collector=collector_for(annals))

    assert report.counts["failed"] == 1
    assert "robots.txt" in report.errors[0][1]
    assert site.hits("/private/internal.html") == 0


def test_private_address_is_refused_without_allow_private(annals, add, collector_for, site):
    with pytest.raises(FetchError, match="loopback"):
        add(site.url("/"), name="mwr", allow_private=False)
    with pytest.raises(FetchError, match="loopback"):
        add(site.url("/changing.html"), name="notice", kind="page", allow_private=False)
    assert site.requests == []


def test_source_stored_without_allow_private_is_not_fetched(annals, collector_for, site):
    from annals.archive import captures

    captures.add_source(
        annals.archive.db,
        name="sneaky",
        url=site.url("/changing.html"),
        kind="page",
        settings={},
        at="2026-11-27T12:00:00+00:00",
    )

    report = annals.crawl(collector=collector_for(annals))

    assert report.counts["failed"] == 1 and "loopback" in report.errors[0][1]
    assert site.requests == []


def test_every_answer_is_kept_as_a_capture(annals, add, collector_for, site):
    add_listing(add, site)
    collector = collector_for(annals)
    annals.crawl(collector=collector)
    annals.crawl(collector=collector)

    rows = annals.archive.db.execute(
        "SELECT outcome, status, content_sha256 IS NOT NULL FROM captures"
    ).fetchall()
    outcomes = [row[0] for row in rows]
    assert outcomes.count("new") == 7 and outcomes.count("not_modified") == 7
    assert outcomes.count("listing") == 6  # three listing pages, twice
    assert all(has_body for outcome, status, has_body in rows if status == 200)


def test_killed_crawl_resumes_without_refetching_what_it_stored(
    annals, open_annals, add, collector_for, site
):
    add_listing(add, site)
    fetch = {"concurrency": 2}
    from annals.sources.fetch import FetchSettings

    collector = collector_for(annals, fetch=FetchSettings(**fetch), in_flight_per_thread=1)
    stored: list[str] = []

    def stop_after_three(fetched, outcome):
        stored.append(fetched.target.url)
        if len(stored) == 3:
            collector.stop_event.set()

    collector.progress = stop_after_three
    first = annals.crawl(collector=collector)
    assert first.stopped and 3 <= first.counts["new"] < 7
    assert annals.web_source("archive")[0].last_status == "interrupted"

    annals.close()
    restarted = open_annals()  # a new process on the same archive
    second = restarted.crawl(collector=collector_for(restarted))

    assert first.counts["new"] + second.counts["new"] == 7
    assert [site.hits(path) for path in STATEMENT_PAGES] == [1] * 7
    assert restarted.web_source("archive")[0].last_status == "finished"


def test_crawled_versions_get_their_facts_like_imported_ones(annals, add, collector_for, site):
    add(site.url("/"), name="mwr")
    annals.crawl(collector=collector_for(annals))
    with_facts = [
        version.statement_id
        for version, facts in annals.statements_with_facts()
        if any(fact.kind in ("figure", "date") for fact in facts)
    ]
    assert with_facts
    statement_id = with_facts[0]
    text = annals.statement(statement_id).text
    assert all(text[f.start : f.end] == f.text for f in annals.facts(statement_id))
