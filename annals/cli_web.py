"""CLI commands for serving the archive (web UI, JSON API) and API tokens."""

from __future__ import annotations

import os

import click

from annals.api import Annals


def register(group: click.Group) -> None:
    """Add this module's commands to the `annals` command group."""
    group.add_command(serve)
    group.add_command(token)


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 for every interface).")
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True)
@click.option("--timeout", "timeout_s", type=float, default=5.0, show_default=True,
              help="Seconds a request may run before it is stopped with a 503.")
@click.option("--workers", type=click.IntRange(1, 64), default=os.cpu_count() or 1,
              show_default="one per core",
              help="Server processes (searches are CPU-bound: about one per core).")
@click.pass_context
def serve(context: click.Context, host: str, port: int, timeout_s: float, workers: int) -> None:
    """Serve the archive: search pages, statements, exports and the JSON API."""
    from annals.web.serving import serve as run_server

    click.echo(f"serving {context.obj.archive} at http://{host}:{port}/ (Ctrl+C stops)")
    run_server(context.obj, host, port, workers, timeout_s)


@click.group()
def token() -> None:
    """Tokens for the API's write endpoints (POST /api/import)."""


@token.command("create")
@click.argument("name")
@click.pass_context
def token_create(context: click.Context, name: str) -> None:
    """Make a token called NAME and print it (only its hash is kept: copy it now)."""
    with Annals(context.obj) as annals:
        secret = annals.create_token(name)
    click.echo(secret)


@token.command("list")
@click.pass_context
def token_list(context: click.Context) -> None:
    """List tokens: name, created, last used, revoked."""
    with Annals(context.obj) as annals:
        rows = annals.list_tokens()
    for row in rows:
        state = f"revoked {row['revoked_at']}" if row["revoked_at"] else "active"
        click.echo(f"{row['name']}\tcreated {row['created_at']}\t"
                   f"last used {row['last_used_at'] or 'never'}\t{state}")


@token.command("revoke")
@click.argument("name")
@click.pass_context
def token_revoke(context: click.Context, name: str) -> None:
    """Revoke every token called NAME."""
    with Annals(context.obj) as annals:
        count = annals.revoke_token(name)
    if count == 0:
        raise click.ClickException(
            f"no active token called {name!r}; `annals token list` shows them")
    click.echo(f"revoked {count} token{'s' if count != 1 else ''} called {name!r}")
