"""Collecting statements from the web onto the archive: the crawl and watch stages.

One pass over a source, in order:

1. list its statement URLs (feed entries, sitemap entries, a paginated
   listing, or the page itself) when its listing is due;
2. fetch every URL that is listed now (``crawl``) or due by its re-check
   schedule (``run_due``), with a conditional GET from the validators kept
   in ``checks``, on ``concurrency`` threads that also extract;
3. keep every answer raw in ``captures``; store a 200 as a version of the
   statement keyed by its canonical URL unless its text changed only
   trivially; mark a statement whose URL answers 404/410 removed;
4. bring the search index up to date.

The decisions are pure functions in ``annals.crawl_decisions`` (``decide``,
``next_check_time``, ``listing_due``, ``choose_kind``, ``build_document``);
``Collector`` does the I/O around them, and ``Collector.watch`` is a thin loop over ``run_due``
that sleeps through the clock it was given, so tests drive it with a fake one.
"""

from __future__ import annotations

import re
import threading
from collections import Counter, deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from annals.archive import captures
from annals.archive.captures import Check, StatementState, WebSource
from annals.archive.facts_store import replace_facts
from annals.archive.store import Archive, PreparedDocument, prepare
from annals.crawl_decisions import (
    KINDS,
    OUTCOMES,
    Fetched,
    Target,
    build_document,
    canonical_url,
    checked_since,
    choose_kind,
    decide,
    default_name,
    header,
    iso,
    listing_due,
    next_check_time,
    normalised_date,
    parse_time,
    source_interval,
    url_filter,
    validators_of,
    with_fallbacks,
)
from annals.errors import AnnalsError, FetchError, InputError, UsageError
from annals.facts import EXTRACTOR_VERSION as FACTS_VERSION
from annals.facts import facts_of
from annals.index.store import SearchIndex
from annals.models import Capture, Extracted
from annals.sources import feeds, listing, sitemaps
from annals.sources.fetch import SITEMAP_TYPES, Fetcher, FetchSettings
from annals.sources.options import ReadOptions
from annals.sources.politeness import Clock, SystemClock
from annals.sources.schedule import DEFAULT_TIERS, Tier

__all__ = [
    "KINDS",
    "OUTCOMES",
    "Collector",
    "CollectSettings",
    "CrawlReport",
    "Fetched",
    "Target",
    "canonical_url",
    "choose_kind",
    "decide",
    "default_name",
    "next_check_time",
]

# A crawl that ended in one of these states is resumed by the next one.
RESUMABLE = frozenset({"running", "interrupted"})


@dataclass(frozen=True, slots=True)
class CollectSettings:
    """How the collector fetches and schedules; built once and passed down."""

    fetch: FetchSettings = field(default_factory=FetchSettings)
    tiers: tuple[Tier, ...] = DEFAULT_TIERS
    listing_interval: timedelta = timedelta(hours=1)  # a source's --interval overrides it
    in_flight_per_thread: int = 4  # fetched-but-unstored pages are lost on a kill; keep it small
    max_sitemaps: int = 50
    max_urls_per_round: int = 10_000
    language_sample_chars: int = 1000
    max_idle_seconds: float = 60.0  # longest sleep of ``watch`` between rounds
    find_facts: bool = True  # find the facts of every new version, as imports do


@dataclass
class CrawlReport:
    """What a crawl or a watch round did, counted by outcome, with the failures."""

    counts: Counter[str] = field(default_factory=Counter)
    errors: list[tuple[str, str]] = field(default_factory=list)
    stopped: bool = False

    def add(self, outcome: str, url: str, error: str | None = None) -> None:
        self.counts[outcome] += 1
        if error:
            self.errors.append((url, error))

    @property
    def stored(self) -> int:
        return self.counts["new"] + self.counts["changed"]

    def summary(self) -> str:
        parts = [f"{self.counts[name]} {name.replace('_', ' ')}" for name in OUTCOMES]
        return ", ".join(parts) + (" (stopped early; run again to resume)" if self.stopped else "")


def fetch_and_extract(
    fetcher: Fetcher,
    target: Target,
    check: Check | None,
    options: ReadOptions,
    language: str | None = None,
) -> Fetched:
    """Fetch one target (conditionally when validators are known) and extract it; never raises
    for a bad page. Runs on a worker thread: no archive access here."""
    try:
        capture = fetcher.fetch(target.fetch_url, validators_of(check))
    except FetchError as error:
        return Fetched(target, None, error=str(error))
    if not 200 <= capture.status < 300:
        return Fetched(target, capture)
    try:
        document = prepare(build_document(capture, target, options, language))
    except InputError as error:
        return Fetched(target, capture, error=error.reason)
    return Fetched(target, capture, document)


# --- the collector -------------------------------------------------------------------------


class Collector:
    """Crawls web sources into an archive; one per process (the archive has one writer)."""

    def __init__(
        self,
        archive: Archive,
        index: SearchIndex,
        settings: CollectSettings | None = None,
        clock: Clock | None = None,
        make_fetcher: Callable[[FetchSettings], Fetcher] | None = None,
    ) -> None:
        self.archive = archive
        self.db = archive.db
        self.index = index
        self.settings = settings or CollectSettings()
        self.clock = clock or SystemClock()
        self._make_fetcher = make_fetcher or (lambda s: Fetcher(s, clock=self.clock))
        self._fetchers: dict[bool, Fetcher] = {}
        self.stop_event = threading.Event()
        self._round_at = self.clock.now()  # a check is never recorded as earlier than its round
        self.progress: Callable[[Fetched, str], None] | None = None

    def close(self) -> None:
        for fetcher in self._fetchers.values():
            fetcher.close()
        self._fetchers.clear()

    def fetcher(self, allow_private: bool) -> Fetcher:
        """The fetcher for sources that may (or may not) reach private addresses."""
        if allow_private not in self._fetchers:
            fetch_settings = replace(self.settings.fetch, allow_private=allow_private)
            self._fetchers[allow_private] = self._make_fetcher(fetch_settings)
        return self._fetchers[allow_private]

    def sources(self, names: Sequence[str] | None = None) -> list[WebSource]:
        """The active sources to collect: the named ones, or all."""
        if not names:
            return captures.list_sources(self.db)
        chosen = [captures.get_source(self.db, name) for name in names]
        removed = [source.name for source in chosen if source.removed_at]
        if removed:
            raise UsageError(f"source {removed[0]!r} was removed; add it again to collect it")
        return chosen

    # --- one crawl ---------------------------------------------------------------------------

    def crawl(self, names: Sequence[str] | None = None) -> CrawlReport:
        """Collect every listed statement of the sources once; resume an interrupted crawl."""
        report = CrawlReport()
        for source in self.sources(names):
            if self.stop_event.is_set():
                report.stopped = True
                break
            self._crawl_source(source, report)
        self.index.sync()
        return report

    def _crawl_source(self, source: WebSource, report: CrawlReport) -> None:
        now = self._round_at = self.clock.now()
        resuming = source.last_status in RESUMABLE and source.last_crawl_at is not None
        started = source.last_crawl_at if resuming and source.last_crawl_at else iso(now)
        captures.set_crawl_state(self.db, source.id, started, "running")
        targets = self._listed(source, now, report)
        if targets is None:
            captures.set_crawl_state(self.db, source.id, started, "listing failed")
            return
        urls = list(dict.fromkeys([*targets, *self._due(source, now)]))
        if resuming:
            checks = captures.get_checks(self.db, urls)
            urls = [url for url in urls if not checked_since(checks.get(url), started)]
        self._process(source, urls, targets, report)
        status = "interrupted" if self.stop_event.is_set() else "finished"
        report.stopped = report.stopped or status == "interrupted"
        captures.set_crawl_state(self.db, source.id, started, status)

    # --- watching ----------------------------------------------------------------------------

    def run_due(self, now: datetime, names: Sequence[str] | None = None) -> CrawlReport:
        """One watch round: re-read listings that are due, then fetch every URL that is due."""
        report = CrawlReport()
        self._round_at = now
        for source in self.sources(names):
            if self.stop_event.is_set():
                report.stopped = True
                break
            targets: dict[str, Target] = {}
            if listing_due(source, now, self.settings.listing_interval):
                targets = self._listed(source, now, report) or {}
                captures.set_crawl_state(self.db, source.id, iso(now), "watching")
            self._process(source, self._due(source, now), targets, report)
        if report.stored:
            self.index.sync()
        return report

    def next_wake(self, names: Sequence[str] | None = None) -> datetime | None:
        """The earliest time anything (a URL or a listing) becomes due."""
        chosen = self.sources(names)
        times = [
            parse_time(source.last_crawl_at)
            + source_interval(source, self.settings.listing_interval)
            for source in chosen
            if source.last_crawl_at
        ]
        earliest = captures.next_check_at(self.db, [source.id for source in chosen])
        if earliest:
            times.append(parse_time(earliest))
        return min(times) if times else None

    def watch(
        self,
        names: Sequence[str] | None = None,
        on_round: Callable[[CrawlReport], None] | None = None,
    ) -> None:
        """Run ``run_due`` on schedule until ``stop_event`` is set; sleeps through the clock."""
        while not self.stop_event.is_set():
            report = self.run_due(self.clock.now(), names)
            self.index.close()  # let an import or a crawl in another process write meanwhile
            if on_round is not None:
                on_round(report)
            wake = self.next_wake(names)
            delay = (wake - self.clock.now()).total_seconds() if wake else 0.0
            self._sleep(min(max(delay, 1.0), self.settings.max_idle_seconds))

    def _sleep(self, seconds: float) -> None:
        # In one-second steps, so a stop request is honoured within a second.
        remaining = seconds
        while remaining > 0 and not self.stop_event.is_set():
            step = min(1.0, remaining)
            self.clock.sleep(step)
            remaining -= step

    # --- listing -----------------------------------------------------------------------------

    def _listed(
        self, source: WebSource, now: datetime, report: CrawlReport
    ) -> dict[str, Target] | None:
        """The source's statement URLs now (registered in ``checks``), or None if unreadable."""
        try:
            found = LISTERS[source.kind](self, source)
        except (AnnalsError, re.error) as error:
            report.add("failed", source.url, f"could not list the source: {error}")
            return None
        wanted = url_filter(source.settings)
        targets: dict[str, Target] = {}
        for target in found:
            if (wanted(target.url) or source.kind == "page") and target.url not in targets:
                targets[target.url] = target
        captures.register_urls(self.db, source.id, targets, iso(now))
        return targets

    def _fetch_listing(
        self, source: WebSource, url: str, accept: tuple[str, ...] = SITEMAP_TYPES
    ) -> Capture:
        """Fetch a feed, sitemap or listing page, keeping the answer as a capture."""
        fetcher = self.fetcher(source.allow_private)
        try:
            capture = fetcher.fetch(url, accept=accept)
        except FetchError as error:
            self._keep_capture(source, url, None, "failed", error=str(error))
            raise
        self._keep_capture(source, url, capture, "listing")
        return capture

    def _list_feed(self, source: WebSource) -> list[Target]:
        found = []
        for feed_url in source.settings.get("feeds") or [source.url]:
            for entry in feeds.read(self._fetch_listing(source, feed_url)):
                found.append(
                    Target(
                        canonical_url(entry.url),
                        entry.url,
                        entry.title,
                        normalised_date(entry.published),
                    )
                )
        return found

    def _list_sitemap(self, source: WebSource) -> list[Target]:
        errors: list[str] = []
        entries = sitemaps.collect(
            source.settings.get("sitemaps") or [source.url],
            lambda url: self._fetch_listing(source, url),
            max_sitemaps=self.settings.max_sitemaps,
            errors=errors,
        )
        if not entries and errors:
            raise FetchError(errors[0])
        return [
            Target(
                canonical_url(entry.url),
                entry.url,
                entry.title or "",
                normalised_date(entry.published),
            )
            for entry in entries
        ]

    def _list_listing(self, source: WebSource) -> list[Target]:
        settings = source.settings
        if not settings.get("include"):
            raise UsageError("a listing source needs --include REGEX matching statement links")
        rule = listing.ListingRule(
            include=settings["include"],
            exclude=settings.get("exclude"),
            max_pages=int(settings.get("max_pages") or 10),
        )
        urls = listing.crawl(source.url, lambda url: self._fetch_listing(source, url), rule)
        return [Target(canonical_url(url), url) for url in urls]

    def _list_page(self, source: WebSource) -> list[Target]:
        return [Target(canonical_url(source.url), source.url)]

    def _due(self, source: WebSource, now: datetime) -> list[str]:
        return captures.due_urls(self.db, source.id, iso(now), self.settings.max_urls_per_round)

    # --- fetching and recording --------------------------------------------------------------

    def _process(
        self, source: WebSource, urls: list[str], listed: dict[str, Target], report: CrawlReport
    ) -> None:
        """Fetch and extract on threads, record in this one, a bounded number in flight."""
        if not urls:
            return
        checks = captures.get_checks(self.db, urls)
        states = captures.statement_states(self.db, source.id, urls)
        options = ReadOptions(language_sample_chars=self.settings.language_sample_chars)
        fetcher = self.fetcher(source.allow_private)
        threads = max(1, self.settings.fetch.concurrency)
        pending: deque[Future[Fetched]] = deque()
        with ThreadPoolExecutor(max_workers=threads) as pool:
            for url in urls:
                if self.stop_event.is_set():
                    report.stopped = True
                    break
                target = with_fallbacks(listed.get(url) or Target(url, url), states.get(url))
                work = (fetcher, target, checks.get(url), options, source.language)
                pending.append(pool.submit(fetch_and_extract, *work))
                if len(pending) >= threads * self.settings.in_flight_per_thread:
                    self._record(source, pending.popleft().result(), states, checks, report)
            while pending:
                self._record(source, pending.popleft().result(), states, checks, report)

    def _record(
        self,
        source: WebSource,
        fetched: Fetched,
        states: dict[str, StatementState],
        checks: dict[str, Check],
        report: CrawlReport,
    ) -> None:
        url = fetched.target.url
        state = states.get(url)
        decision = decide(state, fetched)
        outcome = decision.outcome
        statement_id = state.statement_id if state else None
        version_id = None
        fetched_at = fetched.capture.captured_at if fetched.capture else self.clock.now()
        checked_at = max(fetched_at, self._round_at)
        if decision.restore and statement_id is not None:
            captures.mark_restored(self.db, source.id, statement_id, None, iso(checked_at))
        if decision.store and fetched.document is not None:
            stored = self.archive.store_batch(source.id, [fetched.document], None)[0]
            statement_id, version_id = stored.statement_id, stored.version_id
            if stored.status != "unchanged" and self.settings.find_facts:
                self._store_facts(version_id, fetched.document.document.extracted)
            outcome = {"added": "new", "new_version": "changed"}.get(stored.status, "unchanged")
        with captures.transaction(self.db):
            if decision.remove and statement_id is not None and fetched.capture is not None:
                why = f"{fetched.target.fetch_url} answered {fetched.capture.status}"
                captures.mark_removed(self.db, source.id, statement_id, iso(checked_at), why)
            self._keep_capture(
                source,
                fetched.target.fetch_url,
                fetched.capture,
                outcome,
                statement_id,
                version_id,
                decision.error,
                fetched.document,
            )
            self._save_check(source, fetched, checks.get(url), statement_id, checked_at)
        report.add(outcome, url, decision.error)
        if self.progress is not None:
            self.progress(fetched, outcome)

    def _store_facts(self, version_id: int, extracted: Extracted) -> None:
        found = facts_of(extracted)
        with self.archive.transaction() as db:
            replace_facts(db, version_id, found, FACTS_VERSION)

    def _keep_capture(
        self,
        source: WebSource,
        requested_url: str,
        capture: Capture | None,
        outcome: str,
        statement_id: int | None = None,
        version_id: int | None = None,
        error: str | None = None,
        document: PreparedDocument | None = None,
    ) -> None:
        content_sha256 = None
        if document is not None and version_id is not None:
            content_sha256 = document.content_sha256  # stored with the version
        elif capture is not None and capture.status != 304:
            content_sha256 = captures.store_blob(self.db, capture.raw)
        now = capture.captured_at if capture else self.clock.now()
        row = captures.CaptureRow(
            source_id=source.id,
            url=capture.url if capture else requested_url,
            requested_url=requested_url,
            captured_at=iso(now),
            status=capture.status if capture else None,
            headers=capture.headers if capture else (),
            content_sha256=content_sha256,
            statement_id=statement_id,
            version_id=version_id,
            outcome=outcome,
            error=error,
        )
        captures.add_capture(self.db, row)

    def _save_check(
        self,
        source: WebSource,
        fetched: Fetched,
        check: Check | None,
        statement_id: int | None,
        checked_at: datetime,
    ) -> None:
        capture = fetched.capture
        etag = check.etag if check else None
        last_modified = check.last_modified if check else None
        if capture is not None and 200 <= capture.status < 300:
            etag, last_modified = header(capture, "etag"), header(capture, "last-modified")
        elif capture is not None and capture.status == 304:
            etag = header(capture, "etag") or etag
        first_seen = check.first_seen_at if check else iso(checked_at)
        published = fetched.document.document.extracted.published if fetched.document else None
        due = next_check_time(
            parse_time(first_seen),
            checked_at,
            published or fetched.target.published,
            self.settings.tiers,
        )
        captures.save_check(
            self.db,
            Check(
                fetched.target.url,
                source.id,
                statement_id,
                first_seen,
                iso(checked_at),
                iso(due),
                etag,
                last_modified,
            ),
        )


LISTERS: dict[str, Callable[[Collector, WebSource], list[Target]]] = {
    "feed": Collector._list_feed,
    "sitemap": Collector._list_sitemap,
    "listing": Collector._list_listing,
    "page": Collector._list_page,
}
