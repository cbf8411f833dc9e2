"""Reading a whole input file with the size limit every reader applies."""

from __future__ import annotations

from pathlib import Path

from annals.errors import InputError
from annals.sources.options import ReadOptions


def read_bytes(path: Path, options: ReadOptions) -> bytes:
    """The file's bytes, or InputError if it is empty, too large or unreadable."""
    origin = str(path)
    try:
        size = path.stat().st_size
        if size > options.max_file_bytes:
            limit_mb = options.max_file_bytes // (1024 * 1024)
            raise InputError(
                origin,
                f"the file is {size / 1024 / 1024:.1f} MiB, over the {limit_mb} MiB limit"
                " (raise it with ANNALS_MAX_FILE_MB)",
            )
        raw = path.read_bytes()
    except OSError as error:
        raise InputError(origin, f"cannot read the file: {error.strerror or error}") from error
    if not raw.strip():
        raise InputError(origin, "the file is empty")
    return raw
