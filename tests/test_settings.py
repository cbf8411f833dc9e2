"""Settings: the table, the environment, the command line, and the docs that list them."""

from __future__ import annotations

from pathlib import Path

from annals.settings import SETTINGS, load_settings
from tests.conftest import REPO


def test_environment_then_command_line_override_defaults() -> None:
    settings = load_settings({"ANNALS_BATCH_SIZE": "42", "ANNALS_ARCHIVE": "/x"}, archive=None)
    assert settings.batch_size == 42 and settings.archive == Path("/x")
    assert load_settings({"ANNALS_ARCHIVE": "/x"}, archive="/y").archive == Path("/y")


def test_every_setting_is_documented_in_the_cli_docs() -> None:
    documented = (REPO / "docs" / "cli.md").read_text(encoding="utf-8")
    for setting in SETTINGS:
        assert f"| `{setting.name}` | `{setting.env_var}` |" in documented, setting.name
