"""In-process search latency over the WH archive: p50/p99 over a mixed query set, facets included.

    .venv/bin/python bench/search_bench.py [ARCHIVE_DIR]

The archive is built from ../shared/corpora/wh/statements.jsonl.gz on first use.
"""

from __future__ import annotations

import statistics
import sys
import time
from datetime import date
from pathlib import Path

from annals.search.engine import SearchRequest
from bench.corpus import DEFAULT_ARCHIVE, open_wh_archive, query_mix


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def main() -> None:
    archive = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ARCHIVE
    annals = open_wh_archive(archive)
    mix = query_mix()
    requests = [
        (
            kind,
            SearchRequest(
                query=spec["query"],
                date_from=date.fromisoformat(spec["date_from"]) if "date_from" in spec else None,
                date_to=date.fromisoformat(spec["date_to"]) if "date_to" in spec else None,
            ),
        )
        for kind, spec in mix
    ]
    for _, request in requests[:20]:  # warm the OS cache and the index readers
        annals.search(request)
    timings: dict[str, list[float]] = {}
    for kind, request in requests:
        started = time.perf_counter()
        annals.search(request)
        timings.setdefault(kind, []).append((time.perf_counter() - started) * 1000)
    every = [value for values in timings.values() for value in values]
    print(
        f"{len(every)} queries (facets and snippets included) over {annals.stats()['statements']}"
        " statements"
    )
    for kind, values in sorted(timings.items()):
        print(
            f"  {kind:8} n={len(values):3}  p50 {statistics.median(values):6.2f} ms"
            f"  p99 {percentile(values, 0.99):6.2f} ms"
        )
    print(
        f"all       p50 {statistics.median(every):.2f} ms  p99 {percentile(every, 0.99):.2f} ms"
        f"  max {max(every):.2f} ms"
    )


if __name__ == "__main__":
    main()
