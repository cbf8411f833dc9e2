"""Settings: built once (defaults, then environment, then command line), frozen, passed down.

``SETTINGS`` is the one table that drives the defaults, the environment
variable names, ``annals settings`` and the test that every setting is
documented in docs/cli.md. Nothing here reads the environment at import time.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Setting:
    """One row of the settings table."""

    name: str
    default: Any
    help: str

    @property
    def env_var(self) -> str:
        return "ANNALS_" + self.name.upper()


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "archive", "annals-archive", "Archive directory (SQLite database, raw captures, index)."
    ),
    Setting("batch_size", 500, "Statements written per archive transaction during an import."),
    Setting("index_memory_mb", 256, "Memory budget of the search index writer, in MiB."),
    Setting("max_file_mb", 64, "Input files larger than this are skipped with an error."),
    Setting("default_limit", 10, "Search hits per page when --limit is not given."),
    Setting("max_limit", 1000, "Largest page of search hits one request may ask for."),
    Setting("max_offset", 100_000, "Largest search offset one request may ask for."),
    Setting("snippet_chars", 240, "Approximate length of a search snippet, in characters."),
    Setting("language_sample_chars", 1000, "Characters of text used to detect the language."),
    Setting("find_facts", True, "Find facts (figures, dates, quotes...) while importing."),
    Setting("spelling_variants", True, "Keep word spellings so other spellings and scripts match."),
    Setting(
        "import_workers",
        0,
        "Processes that read files during an import (0: one per core for large inputs).",
    ),
)

_BY_NAME = {setting.name: setting for setting in SETTINGS}


@dataclass(frozen=True, slots=True)
class Settings:
    """The frozen settings one Annals instance runs with."""

    archive: Path = Path("annals-archive")
    batch_size: int = 500
    index_memory_mb: int = 256
    max_file_mb: int = 64
    default_limit: int = 10
    max_limit: int = 1000
    max_offset: int = 100_000
    snippet_chars: int = 240
    language_sample_chars: int = 1000
    import_workers: int = 0
    find_facts: bool = True
    spelling_variants: bool = True

    def with_overrides(self, **overrides: Any) -> Settings:
        """A copy with the given settings changed (``None`` values are ignored)."""
        given = {name: value for name, value in overrides.items() if value is not None}
        return replace(self, **{name: _coerce(name, value) for name, value in given.items()})


def _coerce(name: str, value: Any) -> Any:
    if name not in _BY_NAME:
        raise KeyError(f"unknown setting {name!r}")
    default = _BY_NAME[name].default
    if name == "archive":
        return Path(value)
    if isinstance(default, bool) and isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "on")
    return type(default)(value)


def load_settings(environ: Mapping[str, str], **command_line: Any) -> Settings:
    """Settings from the defaults, then ``ANNALS_*`` variables, then the command line."""
    from_env = {s.name: environ[s.env_var] for s in SETTINGS if s.env_var in environ}
    return Settings().with_overrides(**from_env).with_overrides(**command_line)


def describe(settings: Settings) -> list[tuple[str, Any, str, str]]:
    """(name, value, environment variable, help) for every setting, in table order."""
    assert {f.name for f in fields(settings)} == set(_BY_NAME), "settings table out of date"
    return [(s.name, getattr(settings, s.name), s.env_var, s.help) for s in SETTINGS]
