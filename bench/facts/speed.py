"""Print fact-extraction throughput (MB/s of body text) over the White House corpus.

Usage: .venv/bin/python bench/facts/speed.py [--limit N] [--profile] [--as-imported]
Reads ../shared/corpora/wh/statements.jsonl.gz (relative to the repo root) into memory
first, so only extraction is timed (CPU time, one process). ``--as-imported`` extracts from
the plain text an import stores (``markdown_to_text`` of each body), as the product does,
rather than from the corpus Markdown.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pstats
import time
from collections import Counter
from pathlib import Path

from annals.extract.markdown import markdown_to_text
from annals.facts import extract_facts

CORPUS = Path(__file__).resolve().parents[2].parent / "shared/corpora/wh/statements.jsonl.gz"


def load(limit: int | None, as_imported: bool = False) -> list[tuple[str, str]]:
    """Return (body, published) pairs from the corpus (bodies as an import stores them when
    ``as_imported``)."""
    records: list[tuple[str, str]] = []
    with gzip.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            body = markdown_to_text(record["body"]) if as_imported else record["body"]
            records.append((body, record["published"]))
            if limit and len(records) >= limit:
                break
    return records


def run(records: list[tuple[str, str]]) -> Counter[str]:
    """Extract facts from every record; return counts per kind."""
    kinds: Counter[str] = Counter()
    for body, published in records:
        for fact in extract_facts(body, language="en", published=published):
            kinds[fact.kind] += 1
    return kinds


def main() -> None:
    """Time extraction and print MB/s, seconds and fact counts."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--as-imported", action="store_true")
    args = parser.parse_args()
    records = load(args.limit, args.as_imported)
    extract_facts("warm up the gazetteer and regexes, 5 people on 1 May 2020")
    megabytes = sum(len(body.encode("utf-8")) for body, _ in records) / 1e6
    started = time.process_time()
    if args.profile:
        profiler = cProfile.Profile()
        kinds = profiler.runcall(run, records)
        pstats.Stats(profiler).sort_stats("cumulative").print_stats(25)
    else:
        kinds = run(records)
    seconds = time.process_time() - started
    print(f"documents: {len(records)}  text: {megabytes:.1f} MB  CPU: {seconds:.2f} s")
    print(f"throughput: {megabytes / seconds:.1f} MB/s")
    print("facts:", dict(sorted(kinds.items())))


if __name__ == "__main__":
    main()
