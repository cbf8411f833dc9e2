"""Watching on a schedule with a fake clock: young statements often, settled ones rarely."""

from __future__ import annotations

from datetime import timedelta

from annals.archive import captures


def due_at(annals, path, site) -> str:
    return captures.get_checks(annals.archive.db, [site.url(path)])[site.url(path)].next_check_at


def test_young_statement_is_rechecked_every_15_minutes_then_hourly(
    annals, add, collector_for, clock, site
):
    add(site.url("/changing.html"), name="notice", kind="page")
    collector = collector_for(annals)
    start = clock.now()

    def round_at(minutes: float) -> int:
        before = site.hits("/changing.html")
        collector.run_due(start + timedelta(minutes=minutes))
        return site.hits("/changing.html") - before

    assert round_at(0) == 1
    assert round_at(10) == 0
    assert round_at(15) == 1
    assert round_at(29) == 0
    assert round_at(30) == 1
    assert round_at(180) == 1  # checked at 3 h of age: from now on hourly
    assert round_at(180 + 45) == 0
    assert round_at(180 + 60) == 1


def test_statements_published_days_ago_are_checked_daily(annals, add, collector_for, clock, site):
    add(site.url("/archive/"), name="archive", kind="listing", include=r"/statements/2026-11-2[34]")
    collector_for(annals).run_due(clock.now())

    # Published 23 and 24 November, first seen 27 November at noon: under a week old.
    assert due_at(annals, "/statements/2026-11-24-communique.html", site) == (
        "2026-11-28T12:00:00+00:00"
    )


def test_listing_is_read_again_every_interval(annals, add, collector_for, clock, site):
    add(site.url("/feeds/statements.rss"), name="feed", kind="feed", interval="30m")
    site.requests.clear()  # adding it read the feed once
    collector = collector_for(annals)
    start = clock.now()

    for minutes in (0, 15, 29, 30, 45, 60):
        collector.run_due(start + timedelta(minutes=minutes))

    assert site.hits("/feeds/statements.rss") == 3  # at 0, 30 and 60 minutes


def test_watch_resumes_its_schedule_after_a_restart(
    annals, open_annals, add, collector_for, clock, site
):
    add(site.url("/changing.html"), name="notice", kind="page")
    start = clock.now()
    collector_for(annals).run_due(start)
    annals.close()

    restarted = open_annals()
    collector = collector_for(restarted)
    collector.run_due(start + timedelta(minutes=10))
    assert site.hits("/changing.html") == 1  # not due yet: the schedule survived the restart
    assert collector.next_wake() == start + timedelta(minutes=15)
    collector.run_due(start + timedelta(minutes=15))
    assert site.hits("/changing.html") == 2


def test_watch_loop_sleeps_through_the_clock_and_stops_when_asked(
    annals, add, collector_for, clock, site
):
    add(site.url("/changing.html"), name="notice", kind="page", interval="1h")
    collector = collector_for(annals, max_idle_seconds=3600)
    start = clock.now()
    rounds: list = []

    def on_round(report):
        rounds.append((clock.now() - start, sum(report.counts.values())))
        if len(rounds) == 3:
            collector.stop_event.set()

    annals.watch(collector, on_round=on_round)

    assert [(elapsed.total_seconds(), done) for elapsed, done in rounds] == [
        (0.0, 1),
        (900.0, 1),
        (1800.0, 1),
    ]
    assert sum(clock.sleeps) == 1800.0  # no real time passed
