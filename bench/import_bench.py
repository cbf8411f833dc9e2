"""Import benchmark: wall time and peak memory of importing a corpus into a fresh archive.

    .venv/bin/python bench/import_bench.py [../shared/corpora/wh/statements.jsonl.gz]

Prints the wall time, statements per second, the peak resident memory of the
importing process and of its reading workers, and the archive's size.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from annals.api import Annals
from annals.settings import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/wh/statements.jsonl.gz"


def directory_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


def main() -> None:
    corpus = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_CORPUS
    workdir = Path(tempfile.mkdtemp(prefix="annals-import-bench-"))
    try:
        started = time.perf_counter()
        with Annals(Settings(archive=workdir / "archive")) as annals:
            report = annals.import_paths([corpus])
        seconds = time.perf_counter() - started
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        statements = report.counts["added"]
        print(f"corpus: {corpus}")
        print(f"import: {report.summary()}")
        print(f"wall time: {seconds:.1f} s ({statements / seconds:.0f} statements/s)")
        print(
            f"peak memory: importer {own_peak:.0f} MiB,"
            f" largest reading worker {workers_peak:.0f} MiB"
        )
        print(f"archive size: {directory_size(workdir / 'archive') / 1024 / 1024:.0f} MiB")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
