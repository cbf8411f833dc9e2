"""CLI commands for collecting from the web: sources, crawl, watch, events, WARC export.

Thin like ``annals.cli``: parse options, make one facade call, render.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

import click

from annals.api import Annals
from annals.archive.captures import WebSource
from annals.crawl import KINDS, Collector, CollectSettings, CrawlReport
from annals.crawl_sources import SourceOptions
from annals.sources.fetch import FetchSettings


@contextmanager
def _opened(context: click.Context) -> Iterator[Annals]:
    with Annals(context.find_root().obj) as annals:
        yield annals


@click.group("source")
def source_group() -> None:
    """Web sources to collect statements from: add, list, show, remove."""


@source_group.command("add")
@click.argument("url")
@click.option("--name", help="Source name (default: the host name).")
@click.option("--kind", type=click.Choice(KINDS), help="How to collect it (default: discovered).")
@click.option("--include", help="Regex a statement URL must match (required for listings).")
@click.option("--exclude", help="Regex of URLs to leave out.")
@click.option("--lang", "language", help="Language of the source (ISO 639-1), when known.")
@click.option("--interval", help="Re-read the feed/sitemap/listing this often, e.g. 30m [1h].")
@click.option("--max-pages", type=int, help="Listing pages to follow at most [10].")
@click.option("--publisher", help="Who publishes the statements.")
@click.option("--allow-private", is_flag=True, help="Let it reach private or loopback addresses.")
@click.pass_context
def source_add(context: click.Context, url: str, **options: Any) -> None:
    """Add a web source; a home page is looked at for feeds and sitemaps to pick the kind."""
    with _opened(context) as annals:
        source, discovery = annals.add_source(url, SourceOptions(**options))
    click.echo(f"added source {source.name!r}: {source.kind} {source.url}")
    if discovery is not None:
        click.echo(f"  {discovery.reason}")
        for found in (*discovery.feeds, *discovery.sitemaps):
            click.echo(f"  found {found}")
    click.echo(f"collect it with: annals crawl {source.name}")


@source_group.command("list")
@click.option("--all", "include_removed", is_flag=True, help="Include removed sources.")
@click.pass_context
def source_list(context: click.Context, include_removed: bool) -> None:
    """List web sources with their kind, URL and last crawl."""
    with _opened(context) as annals:
        found = annals.web_sources(include_removed)
    for source in found:
        click.echo(f"{source.name}\t{source.kind}\t{source.url}\t{_last_crawl(source)}")


@source_group.command("show")
@click.argument("name")
@click.pass_context
def source_show(context: click.Context, name: str) -> None:
    """Show a web source's settings and counts."""
    with _opened(context) as annals:
        source, counts = annals.web_source(name)
    click.echo(f"{source.name}: {source.kind} {source.url}")
    for label, value in (
        ("publisher", source.publisher),
        ("homepage", source.homepage),
        ("language", source.language),
        ("added", source.created_at),
        ("removed", source.removed_at),
        ("last crawl", _last_crawl(source)),
    ):
        if value:
            click.echo(f"  {label}: {value}")
    for key, value in sorted(source.settings.items()):
        click.echo(f"  {key}: {value}")
    click.echo("  " + ", ".join(f"{value} {key}" for key, value in counts.items()))


@source_group.command("remove")
@click.argument("name")
@click.pass_context
def source_remove(context: click.Context, name: str) -> None:
    """Stop collecting a source; its statements stay in the archive."""
    with _opened(context) as annals:
        source = annals.remove_source(name)
    click.echo(f"removed source {source.name!r} at {source.removed_at}; its statements are kept")


def _last_crawl(source: WebSource) -> str:
    return f"{source.last_crawl_at} ({source.last_status})" if source.last_crawl_at else "never"


def _collect_options(function: Any) -> Any:
    function = click.option(
        "--concurrency", type=int, default=4, show_default=True, help="Requests in flight at once."
    )(function)
    function = click.option(
        "--host-interval",
        type=float,
        default=1.0,
        show_default=True,
        help="Seconds between requests to one host.",
    )(function)
    return function


def _collect_settings(concurrency: int, host_interval: float) -> CollectSettings:
    fetch = FetchSettings(concurrency=max(1, concurrency), host_interval=max(0.0, host_interval))
    return replace(CollectSettings(), fetch=fetch)


@contextmanager
def _stopping_on_signals(collector: Collector) -> Iterator[None]:
    """SIGINT/SIGTERM ask the collector to stop after the pages in flight are stored."""

    def stop(signum: int, frame: Any) -> None:
        click.echo("stopping after the pages in flight…", err=True)
        collector.stop_event.set()

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _print_report(report: CrawlReport, prefix: str = "") -> None:
    for url, reason in report.errors[:50]:
        click.echo(f"failed {url}: {reason}", err=True)
    if len(report.errors) > 50:
        click.echo(f"... and {len(report.errors) - 50} more failures", err=True)
    click.echo(prefix + report.summary())


@click.command("crawl")
@click.argument("sources", nargs=-1)
@_collect_options
@click.pass_context
def crawl_command(
    context: click.Context, sources: tuple[str, ...], concurrency: int, host_interval: float
) -> None:
    """Collect new and changed statements once (all web sources when none are named)."""
    with _opened(context) as annals:
        collector = annals.collector(_collect_settings(concurrency, host_interval))
        with _stopping_on_signals(collector):
            report = annals.crawl(sources, collector=collector)
        collector.close()
    _print_report(report)


@click.command("watch")
@click.argument("sources", nargs=-1)
@_collect_options
@click.pass_context
def watch_command(
    context: click.Context, sources: tuple[str, ...], concurrency: int, host_interval: float
) -> None:
    """Keep collecting on each source's schedule until stopped (Ctrl-C); resumes after restart."""
    with _opened(context) as annals:
        collector = annals.collector(_collect_settings(concurrency, host_interval))

        def on_round(report: CrawlReport) -> None:
            if sum(report.counts.values()):
                _print_report(report, prefix=f"{collector.clock.now():%Y-%m-%d %H:%M:%S} ")

        with _stopping_on_signals(collector):
            annals.watch(collector, sources, on_round=on_round)
    click.echo("stopped")


@click.command("events")
@click.option("--source", help="Only this source.")
@click.option("--since", "since_id", type=int, default=0, help="Only events after this id.")
@click.option("--limit", type=int, default=50, show_default=True)
@click.option(
    "--kind",
    "kinds",
    multiple=True,
    type=click.Choice(["added", "edited", "removed", "restored"]),
    help="Only this kind (repeatable).",
)
@click.pass_context
def events_command(
    context: click.Context, source: str | None, since_id: int, limit: int, kinds: tuple[str, ...]
) -> None:
    """List what happened to statements: added, edited, removed, restored."""
    with _opened(context) as annals:
        found = annals.events(source, since_id, limit, kinds or None)
    for event in found:
        version = f" v{event.version}" if event.version else ""
        click.echo(
            f"{event.id}\t{event.at}\t{event.kind}\t{event.source}\t"
            f"#{event.statement_id}{version}\t{event.title or event.url or ''}"
        )


@click.command("export")
@click.option(
    "--warc",
    "directory",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="Write one WARC file per source into this directory.",
)
@click.option("--source", help="Only this source.")
@click.option("--with-listings", is_flag=True, help="Include feed/sitemap/listing answers too.")
@click.pass_context
def export_command(
    context: click.Context, directory: Path, source: str | None, with_listings: bool
) -> None:
    """Export the kept captures (raw answers with their headers) as WARC files."""
    with _opened(context) as annals:
        written = annals.export_warc(directory, source, with_listings)
    for path, count in written:
        click.echo(f"{path}: {count} records")
    if not written:
        click.echo("no web sources to export", err=True)
        sys.exit(1)


def register(group: click.Group) -> None:
    """Add this module's commands to the `annals` command group."""
    for command in (source_group, crawl_command, watch_command, events_command, export_command):
        group.add_command(command)
