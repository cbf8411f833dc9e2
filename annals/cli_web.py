"""CLI commands for serving the archive (web UI, JSON API) and API tokens."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the `annals` command group."""
