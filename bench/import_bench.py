"""Import benchmark: wall time and peak memory of importing a corpus into a fresh archive.

    .venv/bin/python bench/import_bench.py [CORPUS] [--stages core,keys,all]

Imports the corpus (default: the White House JSON Lines) once per stage set:
``core`` (archive and index only), ``keys`` (plus spelling keys), ``all``
(plus facts), each in a fresh archive and a fresh process, and prints the
wall time, statements per second, peak memory of the importer and of its
reading workers, the archive's size, each set's time relative to core, and the
time of importing the same corpus again (every statement unchanged).
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from annals.api import Annals
from annals.settings import Settings

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared/corpora/wh/statements.jsonl.gz"


def cpu_seconds(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def directory_size(path: Path) -> int:
    return sum(item.stat().st_size for item in path.rglob("*") if item.is_file())


STAGES = {
    "core": {"find_facts": False, "spelling_variants": False},
    "keys": {"find_facts": False, "spelling_variants": True},
    "all": {"find_facts": True, "spelling_variants": True},
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--stages", default="core,keys,all", help="comma-separated: core,keys,all")
    parser.add_argument("--one", choices=sorted(STAGES), help=argparse.SUPPRESS)
    args = parser.parse_args()
    corpus, wanted = args.corpus, args.stages
    if args.one:
        import_once(corpus, args.one)
        return
    seconds = {}
    for stage in wanted.split(","):
        print(f"--- {stage}: {STAGES[stage]}")
        output = subprocess.run(
            [sys.executable, "-m", "bench.import_bench", str(corpus), "--one", stage],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(output, end="")
        seconds[stage] = float(output.split("wall time: ")[1].split(" s")[0])
    if "core" in seconds:
        for stage, value in seconds.items():
            print(f"{stage}: {value / seconds['core']:.2f}x core")
    if "keys" in seconds and "all" in seconds:
        added = seconds["all"] / seconds["keys"] - 1
        print(f"facts add {added:.0%} to the import without them (all vs keys)")


def import_once(corpus: Path, stage: str) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="annals-import-bench-"))
    try:
        started = time.perf_counter()
        settings = Settings(archive=workdir / "archive").with_overrides(**STAGES[stage])
        with Annals(settings) as annals:
            report = annals.import_paths([corpus])
        seconds = time.perf_counter() - started
        own_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        workers_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        own_cpu, workers_cpu = (
            cpu_seconds(resource.RUSAGE_SELF),
            cpu_seconds(resource.RUSAGE_CHILDREN),
        )
        statements = report.counts["added"]
        print(f"corpus: {corpus}")
        print(f"import: {report.summary()}")
        print(f"wall time: {seconds:.1f} s ({statements / seconds:.0f} statements/s)")
        print(
            f"peak memory: importer {own_peak:.0f} MiB,"
            f" largest reading worker {workers_peak:.0f} MiB"
        )
        print(f"CPU time: importer {own_cpu:.1f} s, reading workers {workers_cpu:.1f} s")
        print(f"archive size: {directory_size(workdir / 'archive') / 1024 / 1024:.0f} MiB")
        started = time.perf_counter()
        with Annals(settings) as annals:
            again = annals.import_paths([corpus])
        print(f"import again: {again.summary()} in {time.perf_counter() - started:.1f} s")
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
