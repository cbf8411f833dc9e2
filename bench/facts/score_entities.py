"""Score people, places and organisations against the hand annotations in entities.txt.

Usage: .venv/bin/python bench/facts/score_entities.py [--verbose] [--check]

The gold is devset/entities.txt (its rules are at its top and in devset/README.md) over the
excerpt texts of devset.json; excerpts without a block there are skipped. The extractor runs
on each excerpt as in score.py. Two matching rules, both one to one and both needing the kind:
- exact: the predicted span starts and ends where the gold span does;
- overlap: the spans share a character.
``--verbose`` lists, per excerpt, gold spans found with other bounds or another kind, misses
and false positives. ``--check`` exits non-zero when entities.txt is broken (an unknown
excerpt, kind or span, or gold spans that overlap); there are no floors yet.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_devset import span_pattern
from score import DEVSET, Gold, match_spans, overlaps

from annals.facts import extract_facts
from annals.models import Fact

ENTITIES = DEVSET.parent / "entities.txt"
KINDS = ("person", "place", "organisation")
RULES = ("exact", "overlap")

Item = dict[str, Any]


def locate_word(text: str, span: str) -> tuple[int, int]:
    """Offsets of ``span`` ("text#n": its n-th occurrence not inside a longer word)."""
    occurrence = 1
    if re.search(r"#\d+$", span):
        span, number = span.rsplit("#", 1)
        occurrence = int(number)
    pattern = re.compile(rf"(?<!\w){span_pattern(span).pattern}(?!\w)")
    matches = list(pattern.finditer(text))
    if len(matches) < occurrence:
        raise ValueError(f"span not found: {span!r} #{occurrence}")
    return matches[occurrence - 1].span()


def read_blocks(path: Path) -> list[tuple[list[str], list[tuple[int, str]]]]:
    """The "@" blocks of the annotation file: header fields and (line number, line) pairs."""
    blocks: list[tuple[list[str], list[tuple[int, str]]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("@ "):
            blocks.append((line[2:].split(), []))
        elif line.strip() and not line.startswith("#"):
            if not blocks:
                raise ValueError(f"line {number}: annotation before the first '@' block")
            blocks[-1][1].append((number, line.strip()))
    return blocks


def find_item(items: list[Item], header: list[str]) -> Item:
    """The dev set excerpt a block header names: corpus, id and, optionally, excerpt_start."""
    corpus, record_id, *start = header
    found = [
        item
        for item in items
        if (item["corpus"], item["id"]) == (corpus, record_id)
        and (not start or item["excerpt_start"] == int(start[0]))
    ]
    if len(found) != 1:
        raise ValueError(f"{len(found)} excerpts in devset.json match '@ {' '.join(header)}'")
    return found[0]


def parse_gold(item: Item, lines: list[tuple[int, str]]) -> list[Gold]:
    """Gold entities of one excerpt, with absolute offsets like devset.json's facts."""
    gold: list[Gold] = []
    for number, line in lines:
        kind, _, span = line.partition(" ")
        if kind not in KINDS or not span.strip():
            raise ValueError(f"line {number}: expected '<{'|'.join(KINDS)}> <span>': {line!r}")
        try:
            start, end = locate_word(item["text"], span.strip())
        except ValueError as error:
            raise ValueError(f"line {number}: {error}") from None
        offset = item["excerpt_start"]
        entity = {"kind": kind, "start": offset + start, "end": offset + end, "line": number}
        entity["text"] = item["text"][start:end]
        clash = next((g for g in gold if overlaps(g, _as_fact(entity), 0)), None)
        if clash:
            raise ValueError(f"line {number}: {span!r} overlaps line {clash['line']}")
        gold.append(entity)
    return gold


def _as_fact(entity: Gold) -> Fact:
    """A gold entity shaped as a Fact, to reuse ``overlaps`` between two gold spans."""
    return Fact(entity["kind"], entity["text"], entity["start"], entity["end"], {}, "")


def load_gold(
    items: list[Item], path: Path = ENTITIES
) -> tuple[list[tuple[Item, list[Gold]]], list[str]]:
    """Annotated excerpts with their gold entities, and the problems found in the file."""
    annotated: list[tuple[Item, list[Gold]]] = []
    problems: list[str] = []
    seen: set[int] = set()
    for header, lines in read_blocks(path):
        try:
            item = find_item(items, header)
            if id(item) in seen:
                raise ValueError(f"two blocks for '@ {' '.join(header)}'")
            seen.add(id(item))
            annotated.append((item, parse_gold(item, lines)))
        except ValueError as error:
            problems.append(f"{header[1][:60] if len(header) > 1 else header}: {error}")
    return annotated, problems


def exact_span(offset: int) -> Callable[[Gold, Fact], bool]:
    """A ``match_spans`` test: same bounds (``match_spans`` has checked the overlap)."""

    def same_bounds(gold: Gold, fact: Fact) -> bool:
        return (fact.start + offset, fact.end + offset) == (gold["start"], gold["end"])

    return same_bounds


def score_item(
    item: Item, gold: list[Gold], totals: dict[tuple[str, str], list[int]], verbose: bool
) -> None:
    """Add one excerpt's (correct, predicted, gold) counts per rule and kind to ``totals``."""
    facts = extract_facts(item["text"], language=item["language"], published=item["published"])
    entities = [fact for fact in facts if fact.kind in KINDS]
    offset = item["excerpt_start"]
    for kind in KINDS:
        gold_kind = [g for g in gold if g["kind"] == kind]
        predicted = [fact for fact in entities if fact.kind == kind]
        for rule, right in (("exact", exact_span(offset)), ("overlap", lambda g, f: True)):
            counts = totals.setdefault((rule, kind), [0, 0, 0])
            counts[0] += match_spans(gold_kind, predicted, offset, right)
            counts[1] += len(predicted)
            counts[2] += len(gold_kind)
    if verbose:
        show(item, gold, entities)


def show(item: Item, gold: list[Gold], entities: list[Fact]) -> None:
    """Print what is not an exact match in one excerpt, for error analysis."""
    offset = item["excerpt_start"]
    lines = []
    for g in gold:
        same = [f for f in entities if f.kind == g["kind"] and overlaps(g, f, offset)]
        if any(exact_span(offset)(g, f) for f in same):
            continue
        other = [f for f in entities if overlaps(g, f, offset)]
        label = "bounds" if same else "kind" if other else "miss"
        found = ", ".join(f"{f.kind} {_quoted(f.text)}" for f in same or other)
        gold_text = f"{_quoted(g['text'])} (line {g['line']})"
        lines.append(f"   {label:7} {g['kind']:12} {gold_text}  <- {found or '-'}")
    for fact in entities:
        if not any(g["kind"] == fact.kind and overlaps(g, fact, offset) for g in gold):
            lines.append(f"   {'false':7} {fact.kind:12} {_quoted(fact.text)}")
    if lines:
        print(f"--- {item['corpus']} {item['id'][:70]}")
        print("\n".join(lines))


def _quoted(text: str) -> str:
    """A span on one line, quoted."""
    return repr(" ".join(text.split()))


def report(totals: dict[tuple[str, str], list[int]]) -> None:
    """Print the precision/recall table, per matching rule and kind, with an "all" row."""
    print(f"{'rule':8} {'kind':13} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6}")
    for rule in RULES:
        rows = [(kind, totals.get((rule, kind), [0, 0, 0])) for kind in KINDS]
        rows.append(("all", [sum(counts[i] for _, counts in rows) for i in range(3)]))
        for kind, (correct, predicted, gold) in rows:
            precision = correct / predicted if predicted else 0.0
            recall = correct / gold if gold else 0.0
            print(
                f"{rule:8} {kind:13} {gold:5d} {predicted:5d} {correct:5d} "
                f"{precision:6.2f} {recall:6.2f}"
            )


def main() -> None:
    """Print precision and recall per kind; with --check, fail on a broken entities.txt."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    items = json.loads(DEVSET.read_text(encoding="utf-8"))
    annotated, problems = load_gold(items)
    for problem in problems:
        print(f"entities.txt: {problem}", file=sys.stderr)
    totals: dict[tuple[str, str], list[int]] = {}
    for item, gold in annotated:
        score_item(item, gold, totals, args.verbose)
    print(
        f"dev set: {len(annotated)} of {len(items)} excerpts annotated with entities "
        f"({len(items) - len(annotated)} skipped)"
    )
    report(totals)
    if args.check and problems:
        sys.exit(f"entities.txt is broken: {len(problems)} problem(s)")


if __name__ == "__main__":
    main()
