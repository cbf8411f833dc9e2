"""CLI commands for collecting from the web: sources, crawl, watch, WARC export."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    """Add this module's commands to the `annals` command group."""
