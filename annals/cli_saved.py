"""CLI commands for saved searches: `annals saved add|list|check|remove`."""

from __future__ import annotations

import json
import sys

import click

from annals.api import Annals
from annals.cli_render import hit_json, hit_lines
from annals.models import SearchResult
from annals.search.engine import SearchRequest


@click.group()
def saved() -> None:
    """Saved searches that watch for new or changed statements (`check` lists them)."""


@saved.command("add")
@click.argument("name")
@click.argument("query")
@click.option("--source", "sources", multiple=True, help="Only this source (repeatable).")
@click.option("--lang", "languages", multiple=True, help="Only this language (repeatable).")
@click.option("--exact", is_flag=True, help="Only the forms typed.")
@click.pass_context
def saved_add(
    context: click.Context,
    name: str,
    query: str,
    sources: tuple[str, ...],
    languages: tuple[str, ...],
    exact: bool,
) -> None:
    """Save QUERY as NAME; statements already archived do not count as new."""
    request = SearchRequest(query=query, sources=sources, languages=languages, variants=not exact)
    with Annals(context.find_root().obj) as annals:
        annals.search(request)  # a malformed query is refused now, not at the first check
        annals.save_search(name, request)
    click.echo(f"saved {name!r}: {query}")


@saved.command("list")
@click.pass_context
def saved_list(context: click.Context) -> None:
    """List saved searches with when they were last checked."""
    with Annals(context.find_root().obj) as annals:
        for search in annals.saved_searches():
            checked = search.last_checked_at or "never"
            click.echo(f"{search.name}\t{search.query}\tlast checked {checked}")


@saved.command("check")
@click.argument("names", nargs=-1)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one line per new statement.")
@click.pass_context
def saved_check(context: click.Context, names: tuple[str, ...], as_json: bool) -> None:
    """Show statements new or changed since each saved search was last checked."""
    with Annals(context.find_root().obj) as annals:
        chosen = names or tuple(search.name for search in annals.saved_searches())
        for name in chosen:
            new = annals.check_saved_search(name)
            if as_json:
                for hit in new:
                    click.echo(
                        json.dumps({"saved_search": name, **hit_json(hit)}, ensure_ascii=False)
                    )
                continue
            click.echo(f"{name}: {len(new)} new or changed")
            result = SearchResult(name, len(new), 0.0, new, {})
            for line in hit_lines(result, color=sys.stdout.isatty())[1:]:
                click.echo(line)


@saved.command("remove")
@click.argument("name")
@click.pass_context
def saved_remove(context: click.Context, name: str) -> None:
    """Remove a saved search."""
    with Annals(context.find_root().obj) as annals:
        click.echo(f"{annals.remove_saved_search(name)} saved search removed")


def register(group: click.Group) -> None:
    """Add the saved-search commands to the `annals` command group."""
    group.add_command(saved)
