"""Measure the spelling key: throughput, collisions among frequent words, variant coverage.

    .venv/bin/python bench/spelling_keys.py [--docs N] [--words 5000] [--show 40]

Prints:
- throughput of ``spellings_in`` (what an import computes: the key and indexed
  form of each word not met before) over the bodies of the White House corpus,
  in MB of UTF-8 body text per CPU second on one core, from a cold start;
- collision rate: the share of the N most frequent (case-folded) words of
  that corpus whose key is shared with another of those words, with examples,
  and which convention rules cause the most collisions;
- coverage of ``bench/data/variants.tsv``: the share of rows marked ``rule``
  whose variant gets the same keys as the corpus form, and the misses.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import time
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from annals.index import spelling
from annals.index.spelling_rules import CONVENTIONS
from annals.index.vocabulary import spellings_in

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path("/work/shared/corpora")
WH_CORPUS = CORPORA / "wh" / "statements.jsonl.gz"
VARIANTS = ROOT / "bench" / "data" / "variants.tsv"


def read_bodies(path: Path, limit: int | None = None) -> Iterator[str]:
    """Yield the ``body`` field of each record of a gzip JSON Lines corpus."""
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for number, line in enumerate(lines):
            if limit is not None and number >= limit:
                return
            yield json.loads(line)["body"]


def throughput(bodies: list[str]) -> float:
    """MB/s of ``spellings_in`` over ``bodies`` from a cold start, in one process.

    Measured in CPU time of this process (one core), so that other programs
    on a shared machine do not change the figure.
    """
    megabytes = sum(len(body.encode("utf-8")) for body in bodies) / 1e6
    seen: set[str] = set()
    started = time.process_time()
    for body in bodies:
        spellings_in(body, seen)
    return megabytes / (time.process_time() - started)


def frequent_words(bodies: list[str], count: int) -> list[str]:
    """Return the ``count`` most frequent case-folded alphabetic tokens."""
    counter: Counter[str] = Counter()
    for body in bodies:
        counter.update(spelling.TOKEN_PATTERN.findall(body.casefold()))
    alphabetic = ((word, n) for word, n in counter.most_common() if word.isalpha())
    return [word for word, _ in list(alphabetic)[:count]]


def colliding_groups(words: list[str], key=spelling.compute_key) -> list[list[str]]:
    """Return the groups of two or more words that share a key."""
    by_key: dict[str, list[str]] = defaultdict(list)
    for word in words:
        by_key[key(word)].append(word)
    return [group for group in by_key.values() if len(group) > 1]


def report_collisions(words: list[str], show: int) -> None:
    groups = colliding_groups(words)
    colliding = sum(len(group) for group in groups)
    print(
        f"collisions: {colliding} of {len(words)} frequent words share a key "
        f"({100 * colliding / len(words):.2f}%), in {len(groups)} groups"
    )
    print("  e.g. " + "; ".join("/".join(group) for group in groups[:show]))
    print("  colliding words that a rule adds (collisions without it):")
    for rule in CONVENTIONS:
        others = tuple(other for other in CONVENTIONS if other is not rule)
        without = colliding_groups(
            words, key=lambda w, rules=others: spelling.compute_key(w, rules)
        )
        saved = colliding - sum(len(group) for group in without)
        if saved > 0:
            print(f"    {rule.name:20} {saved}")


def report_coverage(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as rows_file:
        rows = list(csv.DictReader(rows_file, delimiter="\t"))
    for needs in ("rule", "alias"):
        chosen = [row for row in rows if row["needs"] == needs]
        misses = [row for row in chosen if not same_keys(row["variant"], row["corpus_form"])]
        share = 100 * (len(chosen) - len(misses)) / max(len(chosen), 1)
        print(
            f"variants ({needs}): {len(chosen) - len(misses)} of {len(chosen)} rows "
            f"have the corpus form's key ({share:.1f}%)"
        )
        if needs == "rule":
            for row in misses:
                print(
                    f"    miss: {row['variant']} -> {spelling.keys_for_text(row['variant'])!r}"
                    f" vs {row['corpus_form']} -> {spelling.keys_for_text(row['corpus_form'])!r}"
                )


def same_keys(variant: str, corpus_form: str) -> bool:
    return spelling.keys_for_text(variant) == spelling.keys_for_text(corpus_form)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=None, help="read only the first N documents")
    parser.add_argument("--words", type=int, default=5000, help="frequent words to check")
    parser.add_argument("--show", type=int, default=40, help="collision groups to print")
    args = parser.parse_args()

    bodies = list(read_bodies(WH_CORPUS, args.docs))
    megabytes = sum(len(body.encode("utf-8")) for body in bodies) / 1e6
    print(f"corpus: {len(bodies)} bodies, {megabytes:.1f} MB UTF-8")
    spelling.clear_caches()
    print(f"spellings_in: {throughput(bodies):.1f} MB/s from a cold start (CPU time)")
    report_collisions(frequent_words(bodies, args.words), args.show)
    report_coverage(VARIANTS)


if __name__ == "__main__":
    main()
