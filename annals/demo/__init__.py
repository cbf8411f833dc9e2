"""The demo statements shipped with Annals (written for the project; see README.md here)."""

from __future__ import annotations

from pathlib import Path


def demo_path() -> Path:
    """The JSON Lines file of demo statements inside the installed package."""
    return Path(__file__).with_name("statements.jsonl")
