"""CLI commands for facts: `annals facts [ID]` and `annals facts search`."""

from __future__ import annotations

import csv
import json
import sys
from typing import Any

import click

from annals.api import Annals
from annals.archive.facts_store import FactQuery
from annals.cli_render import fact_json
from annals.models import Fact
from annals.settings import Settings


def fact_line(fact: Fact) -> str:
    details = ", ".join(
        f"{name}={value}"
        for name, value in fact.fields.items()
        if value not in (None, "", False) and name != "key"
    )
    return f"{fact.kind:12} {fact.start:>6}-{fact.end:<6} {fact.text!r}  {details}"


class _FactsGroup(click.Group):
    """`annals facts [ID] [--json]` runs `show`; `annals facts search` is its own command."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if not args or args[0] not in self.commands:
            args = ["show", *args]
        return super().parse_args(ctx, args)


@click.group(cls=_FactsGroup)
def facts() -> None:
    """Facts found in statements: figures, dates, quotes, citations, legal references, names."""


@facts.command("show")
@click.argument("statement_id", type=int, required=False)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines: one line per statement.")
@click.pass_context
def facts_show(context: click.Context, statement_id: int | None, as_json: bool) -> None:
    """Find a statement's facts again and print them; without ID, every statement's facts."""
    with Annals(_settings(context)) as annals:
        if statement_id is not None:
            version = annals.statement(statement_id)
            _print_statement(version, annals.find_facts(statement_id), as_json)
            return
        refreshed = annals.refresh_facts()
        if refreshed and not as_json:
            click.echo(f"found facts again in {refreshed} versions", err=True)
        for version, found in annals.statements_with_facts():
            _print_statement(version, found, as_json)


def _print_statement(version: Any, found: list[Fact], as_json: bool) -> None:
    if as_json:
        record = {
            "id": version.statement_id,
            "external_id": version.external_id,
            "url": version.url,
            "version": version.number,
            "facts": [fact_json(fact) for fact in found],
        }
        click.echo(json.dumps(record, ensure_ascii=False, default=str))
        return
    click.echo(f"[{version.statement_id}] {version.title} ({len(found)} facts)")
    for fact in found:
        click.echo("  " + fact_line(fact))


@facts.command("search")
@click.option("--kind", help="figure, date, quote, citation, legal, person, place, organisation.")
@click.option("--predicate", help="What a figure says happened, e.g. killed, injured, missing.")
@click.option("--counted", help="What a figure counts, e.g. people, children.")
@click.option("--entity", help="Only statements naming this place, person or organisation.")
@click.option("--speaker", help="Only quotes of this speaker (any spelling; implies quotes).")
@click.option("--source", help="Only this source.")
@click.option("--from", "date_from", help="Statements published on or after (YYYY-MM-DD).")
@click.option("--to", "date_to", help="Statements published on or before (YYYY-MM-DD).")
@click.option("--limit", type=int, default=1000, show_default=True)
@click.option(
    "--format",
    "output",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
)
@click.pass_context
def facts_search(
    context: click.Context, entity: str | None, speaker: str | None, output: str, **filters: Any
) -> None:
    """Facts across statements, ordered by statement date (e.g. --kind figure --predicate killed
    --entity Khojaly, or --speaker Zelenskyy)."""
    with Annals(_settings(context)) as annals:
        rows = annals.search_facts(FactQuery(**filters), entity=entity, speaker=speaker)
    if output == "json":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif output == "csv":
        _write_csv(rows)
    else:
        for row in rows:
            value = row["fields"].get("value", "")
            speaker = row["fields"].get("speaker")
            said = f" — {speaker}" if speaker else ""
            click.echo(
                f"{(row['published'] or '')[:10]:10}  {row['source']:16} {row['kind']:8} "
                f"{value!s:>10}  {row['text']!r}{said}  [{row['statement_id']}] {row['title']}"
            )


def _write_csv(rows: list[dict[str, Any]]) -> None:
    columns = [
        "published",
        "source",
        "statement_id",
        "title",
        "url",
        "kind",
        "text",
        "value",
        "value_max",
        "approx",
        "counted",
        "predicate",
        "speaker",
        "start",
        "end",
    ]
    writer = csv.writer(sys.stdout)
    writer.writerow(columns)
    for row in rows:
        merged = {**row, **row["fields"]}
        writer.writerow(
            ["" if merged.get(column) is None else merged[column] for column in columns]
        )


def _settings(context: click.Context) -> Settings:
    root = context.find_root()
    return root.obj  # type: ignore[no-any-return]


def register(group: click.Group) -> None:
    """Add the facts commands to the `annals` command group."""
    group.add_command(facts)
