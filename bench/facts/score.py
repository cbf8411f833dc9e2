"""Score the fact extractor against the hand-annotated dev set; print P/R per kind.

Usage: .venv/bin/python bench/facts/score.py [--verbose] [--check] [--devset PATH]
       [--whole-records] [--as-imported]
(``--devset bench/facts/devset/heldout.json`` scores the held-out set.) By default the
extractor reads each excerpt alone, as the corpus holds it (Markdown); ``--whole-records`` has
it read the excerpt's whole record from the shared corpora and scores the facts that overlap
the excerpt, so a speaker named before the excerpt or a transcript's turn label can be found.
``--as-imported`` reads the text an import stores, ``markdown_to_text`` of the Markdown (no
link targets, no emphasis marks, lines unwrapped): each gold span is looked up again in that
text, and one that cannot be found counts as missed.

Matching rules:
- figure: same value and same counted noun (case and a plural "s" ignored), one to one,
  overlapping spans preferred; a breakdown counts only if its ``part_of`` points at the
  figure matched to the right total, and a total only if it is not linked to anything.
- date: spans overlap and the ISO value is equal.
- quote: spans overlap and the speaker is right (casefolded, "the" dropped; one name's
  words contained in the other's, so "Serj Sargsyan" matches "President Serj Sargsyan").
- legal: spans overlap.
``--check`` exits non-zero when a pinned floor below is missed.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from make_devset import load_records

from annals.extract import markdown_to_text
from annals.facts import extract_facts
from annals.models import Fact

DEVSET = Path(__file__).resolve().parent / "devset/devset.json"
KINDS = ("figure", "date", "quote", "legal")
#: Floors for --check: (precision, recall) per kind.
FLOORS = {"figure": (0.90, 0.85), "date": (0.90, 0.0), "quote": (0.85, 0.0)}

Gold = dict[str, Any]


def counted_key(counted: str | None) -> str:
    """A forgiving form of a counted noun: lowercase, no plural "s"."""
    return (counted or "").lower().strip().removesuffix("s")


def overlaps(gold: Gold, fact: Fact, offset: int) -> bool:
    """True when a gold span and a predicted span share a character."""
    return fact.start + offset < gold["end"] and gold["start"] < fact.end + offset


def speaker_ok(gold: str | None, predicted: str | None) -> bool:
    """True when the predicted speaker names the gold speaker."""

    def words(name: str | None) -> set[str]:
        tokens = (name or "").casefold().replace(",", " ").split()
        return {t for t in tokens if t != "the"}

    gold_words, predicted_words = words(gold), words(predicted)
    if not gold_words or not predicted_words:
        return gold_words == predicted_words
    return gold_words <= predicted_words or predicted_words <= gold_words


def match_figures(gold: list[Gold], facts: list[Fact], offset: int) -> int:
    """Count correct figures (value, counted and breakdown link all right)."""
    pairing: dict[int, int] = {}  # gold index -> fact index
    used: set[int] = set()
    for gold_index, item in enumerate(gold):
        candidates = [
            i
            for i, fact in enumerate(facts)
            if i not in used
            and fact.kind == "figure"
            and abs(float(fact.fields["value"]) - item["value"]) <= 1e-6 * max(1.0, item["value"])
            and counted_key(fact.fields["counted"]) == counted_key(item["counted"])
        ]
        candidates.sort(key=lambda i: not overlaps(item, facts[i], offset))
        if candidates:
            pairing[gold_index] = candidates[0]
            used.add(candidates[0])
    correct = 0
    for gold_index, fact_index in pairing.items():
        part_of = facts[fact_index].fields["part_of"]
        gold_total = gold[gold_index]["part_of_local"]
        if gold_total is None:
            correct += part_of is None
        else:
            correct += part_of is not None and pairing.get(gold_total) == part_of
    return correct


def match_spans(
    gold: list[Gold], facts: list[Fact], offset: int, right: Callable[[Gold, Fact], bool]
) -> int:
    """Count gold facts with an overlapping, unused predicted fact that is right."""
    used: set[int] = set()
    correct = 0
    for item in gold:
        for index, fact in enumerate(facts):
            if index not in used and overlaps(item, fact, offset) and right(item, fact):
                used.add(index)
                correct += 1
                break
    return correct


RIGHT: dict[str, Callable[[Gold, Fact], bool]] = {
    "date": lambda gold, fact: fact.fields["value"] == gold["value"],
    "quote": lambda gold, fact: speaker_ok(gold["speaker"], fact.fields["speaker"]),
    "legal": lambda gold, fact: True,
}


def excerpt_facts(item: dict[str, Any]) -> tuple[list[Fact], int]:
    """The facts of the excerpt read alone, and the offset that makes their spans absolute."""
    facts = extract_facts(
        item["text"],
        language=item["language"],
        published=item["published"],
        title=item.get("title"),
        author=item.get("author"),
    )
    return facts, item["excerpt_start"]


def window_facts(item: dict[str, Any], body: str) -> tuple[list[Fact], int]:
    """The facts of the whole record that overlap the excerpt (spans already absolute).

    A breakdown whose total lies outside the excerpt keeps a link to no fact of the excerpt,
    so it cannot be right.
    """
    facts = extract_facts(
        body,
        language=item["language"],
        published=item["published"],
        title=item.get("title"),
        author=item.get("author"),
    )
    inside = [
        index
        for index, fact in enumerate(facts)
        if fact.start < item["excerpt_end"] and item["excerpt_start"] < fact.end
    ]
    position = {index: new for new, index in enumerate(inside)}
    kept = []
    for index in inside:
        fact = facts[index]
        if fact.kind == "figure" and fact.fields["part_of"] is not None:
            fields = {**fact.fields, "part_of": position.get(fact.fields["part_of"], -1)}
            fact = dataclasses.replace(fact, fields=fields)
        kept.append(fact)
    return kept, 0


def as_imported(item: dict[str, Any], body: str | None) -> tuple[dict[str, Any], str | None]:
    """The item and its record's body as an import stores them: ``markdown_to_text``.

    Gold spans are found again in the converted excerpt, at the occurrence nearest their
    place in the Markdown; a span that is not found gets an empty span, so it can only be
    matched by a figure's value and noun. The body is kept only when the converted excerpt is
    found in it (offsets then count from the body's start), else the excerpt is read alone.
    """
    markdown, offset = item["text"], item["excerpt_start"]
    text = markdown_to_text(markdown)
    plain_body = markdown_to_text(body) if body is not None else None
    start = plain_body.find(text) if plain_body is not None else -1
    if start < 0:
        start, plain_body = 0, None
    facts = []
    for gold in item["facts"]:
        span = markdown_to_text(markdown[gold["start"] - offset : gold["end"] - offset])
        found = _nearest(text, span, (gold["start"] - offset) / max(len(markdown), 1))
        facts.append({**gold, "start": start + found[0], "end": start + found[1]})
    converted = {
        **item,
        "text": text,
        "excerpt_start": start,
        "excerpt_end": start + len(text),
        "facts": facts,
    }
    return converted, plain_body


def _nearest(text: str, span: str, place: float) -> tuple[int, int]:
    """The occurrence of ``span`` in ``text`` nearest the relative ``place`` (-1, -1 if none)."""
    found = [match.span() for match in re.finditer(re.escape(span), text)] if span else []
    if not found:
        return -1, -1
    return min(found, key=lambda where: abs(where[0] / max(len(text), 1) - place))


def score_item(
    item: dict[str, Any], totals: dict[str, list[int]], verbose: bool, body: str | None
) -> None:
    """Add one item's (correct, predicted, gold) counts per kind to ``totals``.

    With the record's ``body``, the extractor reads the whole record; else the excerpt alone.
    """
    facts, offset = excerpt_facts(item) if body is None else window_facts(item, body)
    for kind in KINDS:
        gold = [dict(g) for g in item["facts"] if g["kind"] == kind]
        if kind == "figure":
            local = {
                j: i
                for i, j in enumerate(
                    k for k, g in enumerate(item["facts"]) if g["kind"] == "figure"
                )
            }
            for g in gold:
                g["part_of_local"] = None if g["part_of"] is None else local[g["part_of"]]
        predicted = [fact for fact in facts if fact.kind == kind]
        if kind == "figure":
            correct = match_figures(gold, facts, offset)
        else:
            correct = match_spans(gold, predicted, offset, RIGHT[kind])
        counts = totals.setdefault(kind, [0, 0, 0])
        counts[0] += correct
        counts[1] += len(predicted)
        counts[2] += len(gold)
        if verbose and (correct != len(gold) or correct != len(predicted)):
            show(item, kind, gold, predicted, correct)


def show(
    item: dict[str, Any], kind: str, gold: list[Gold], predicted: list[Fact], correct: int
) -> None:
    """Print one item's gold and predicted facts of a kind, for error analysis."""
    print(
        f"--- {item['id'][:70]} {kind}: {correct} correct, {len(predicted)} predicted, "
        f"{len(gold)} gold"
    )
    for g in gold:
        detail = {
            k: g.get(k)
            for k in ("value", "counted", "part_of_local", "speaker")
            if g.get(k) is not None
        }
        print("   gold", repr(" ".join(g["text"].split())[:60]), detail)
    for fact in predicted:
        detail = {
            k: fact.fields.get(k)
            for k in ("value", "counted", "part_of", "speaker")
            if fact.fields.get(k) is not None
        }
        print("   pred", repr(" ".join(fact.text.split())[:60]), detail)


def whole_records(items: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    """The body of every item's record, read from the shared corpora, by (corpus, id)."""
    records = load_records({item["id"] for item in items})
    return {key: record["body"] for key, record in records.items()}


def main() -> None:
    """Print precision and recall per kind; with --check, fail below the floors."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--verbose", action="store_true")
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--devset", type=Path, default=DEVSET)
    parser.add_argument("--whole-records", action="store_true")
    parser.add_argument("--as-imported", action="store_true")
    args = parser.parse_args()
    items = json.loads(args.devset.read_text(encoding="utf-8"))
    bodies = whole_records(items) if args.whole_records else {}
    totals: dict[str, list[int]] = {}
    for item in items:
        body = bodies.get((item["corpus"], item["id"]))
        if args.as_imported:
            item, body = as_imported(item, body)
        score_item(item, totals, args.verbose, body)
    read = "whole records" if args.whole_records else "excerpts read alone"
    read += ", as imported" if args.as_imported else ", as Markdown"
    print(f"dev set: {len(items)} excerpts ({read})")
    print(f"{'kind':8} {'gold':>5} {'pred':>5} {'right':>5} {'P':>6} {'R':>6}")
    failed = False
    for kind in KINDS:
        correct, predicted, gold = totals[kind]
        precision = correct / predicted if predicted else 0.0
        recall = correct / gold if gold else 0.0
        print(f"{kind:8} {gold:5d} {predicted:5d} {correct:5d} {precision:6.2f} {recall:6.2f}")
        floor_p, floor_r = FLOORS.get(kind, (0.0, 0.0))
        failed |= precision < floor_p or recall < floor_r
    if args.check and failed:
        sys.exit("below a pinned floor")


if __name__ == "__main__":
    main()
