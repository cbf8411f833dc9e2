"""Print the CPU time of ``find_entities`` alone over the White House corpus.

Usage: .venv/bin/python bench/facts/entities_speed.py [--limit N] [--repeat R] [--profile]
       [--dump FILE] [--compare FILE]
Reads ../shared/corpora/wh/statements.jsonl.gz (relative to the repo root) into memory first,
so only ``find_entities`` is timed (CPU time, one process), ``--repeat`` times; the minimum
is the figure to compare (other processes share the machine). ``--dump`` pickles the
entities of the first 3,000 White House and 1,000 Ukrainian statements, ``--compare`` checks
them against such a dump: a quick check, before ``fingerprint.py``, that output is unchanged.
"""

from __future__ import annotations

import argparse
import cProfile
import gzip
import json
import pickle
import pstats
import time
from pathlib import Path

from annals.facts.entities import find_entities

CORPORA = Path(__file__).resolve().parents[2].parent / "shared/corpora"


def load(corpus: str, limit: int | None) -> list[str]:
    """Return the bodies of a corpus's statements, the first ``limit`` of them if given."""
    bodies: list[str] = []
    with gzip.open(CORPORA / corpus / "statements.jsonl.gz", "rt", encoding="utf-8") as lines:
        for line in lines:
            bodies.append(json.loads(line)["body"])
            if limit and len(bodies) >= limit:
                break
    return bodies


def run(bodies: list[str]) -> int:
    """Find the entities of every body; return how many."""
    return sum(len(find_entities(body)) for body in bodies)


def outputs() -> list[list[tuple[object, ...]]]:
    """The entities of the statements ``--dump`` and ``--compare`` look at, as tuples."""
    bodies = load("wh", 3000) + load("ua-president", 1000)
    return [
        [(f.kind, f.start, f.end, f.text, sorted(f.fields.items())) for f in find_entities(body)]
        for body in bodies
    ]


def main() -> None:
    """Time ``find_entities``, or dump or compare its output."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--dump", type=Path, default=None)
    parser.add_argument("--compare", type=Path, default=None)
    args = parser.parse_args()
    if args.dump:
        args.dump.write_bytes(pickle.dumps(outputs()))
        return
    if args.compare:
        expected = pickle.loads(args.compare.read_bytes())
        found = outputs()
        differing = [i for i, (a, b) in enumerate(zip(expected, found, strict=True)) if a != b]
        print("same" if not differing else f"DIFFERENT in {len(differing)}: {differing[:10]}")
        return
    bodies = load("wh", args.limit)
    find_entities("warm up: President Joe Biden met NATO in Kyiv, the town of Khojaly.")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(run, bodies)
        pstats.Stats(profiler).sort_stats("tottime").print_stats(30)
        return
    seconds: list[float] = []
    for _ in range(args.repeat):
        started = time.process_time()
        count = run(bodies)
        seconds.append(time.process_time() - started)
        print(f"documents: {len(bodies)}  entities: {count}  CPU: {seconds[-1]:.2f} s")
    print(f"min CPU: {min(seconds):.2f} s")


if __name__ == "__main__":
    main()
