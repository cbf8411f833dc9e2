"""Build bench/facts/devset/devset.json from the hand annotations in annotations.txt.

The annotations name each fact by its text (whitespace-tolerant) so they stay readable; this
script looks the spans up in the corpus record and writes a self-contained JSON file with
the excerpt text and absolute offsets into the record's ``body``. It never runs the
extractor. Usage: .venv/bin/python bench/facts/make_devset.py [ANNOTATIONS [OUT]]
(defaults: devset/annotations.txt -> devset/devset.json; the held-out set is built with
``make_devset.py bench/facts/devset/heldout.txt bench/facts/devset/heldout.json``).
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parents[1].parent / "shared/corpora"
FILES = {
    "wh": CORPORA / "wh/statements.jsonl.gz",
    "ua-president": CORPORA / "ua-president/statements.jsonl.gz",
}


def load_records(ids: set[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """Return the corpus records named in the annotations, keyed by (corpus, id)."""
    records: dict[tuple[str, str], dict[str, Any]] = {}
    for corpus, path in FILES.items():
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                if record["id"] in ids:
                    records[(corpus, record["id"])] = record
    for name in ids:
        seed = CORPORA / "seed" / name
        if seed.exists():
            body = seed.read_text(encoding="utf-8")
            records[("seed", name)] = {
                "id": name,
                "body": body,
                "published": "2022-02-26",
                "lang": "en",
            }
    return records


def span_pattern(span: str) -> re.Pattern[str]:
    """A pattern for ``span`` where any whitespace run matches any whitespace run."""
    parts = [re.escape(part) for part in span.split()]
    return re.compile(r"\s+".join(parts))


def locate(text: str, span: str) -> tuple[int, int]:
    """Offsets of ``span`` ("text#n" for the n-th occurrence, "head ... tail" for quotes)."""
    occurrence = 1
    if re.search(r"#\d+$", span):
        span, number = span.rsplit("#", 1)
        occurrence = int(number)
    if " ... " in span:
        head, tail = span.split(" ... ", 1)
        start = locate(text, head)[0]
        end = start + locate(text[start:], tail)[1]
        return start, end
    matches = list(span_pattern(span).finditer(text))
    if len(matches) < occurrence:
        raise ValueError(f"span not found: {span!r}")
    match = matches[occurrence - 1]
    return match.start(), match.end()


def parse_fact(line: str, text: str, offset: int) -> dict[str, Any]:
    """One annotation line -> a fact dict with absolute offsets."""
    kind_code, rest = line.split(" ", 1)
    cells = [cell.strip() for cell in rest.split("|")]
    start, end = locate(text, cells[0])
    kind = {"F": "figure", "D": "date", "Q": "quote", "L": "legal"}[kind_code]
    fact: dict[str, Any] = {
        "kind": kind,
        "start": offset + start,
        "end": offset + end,
        "text": text[start:end],
    }
    cells += [""] * 5
    if kind == "figure":
        fact.update(
            value=float(cells[1]),
            counted=cells[2] or None,
            approx=cells[3] or None,
            total=cells[4] or None,
        )
    elif kind == "date":
        fact.update(value=cells[1], value_end=cells[2] or None)
    elif kind == "quote":
        fact.update(speaker=cells[1] or None)
    else:
        fact.update(instrument=cells[1] or None)
    return fact


def link_totals(item: dict[str, Any], excerpt: str) -> None:
    """Turn each breakdown's total span into the index of that total among the facts."""
    for fact in item["facts"]:
        total = fact.pop("total", None)
        fact_part_of = None
        if total:
            start = item["excerpt_start"] + locate(excerpt, total)[0]
            fact_part_of = next(
                i
                for i, other in enumerate(item["facts"])
                if other["kind"] == "figure" and other["start"] == start
            )
        if fact["kind"] == "figure":
            fact["part_of"] = fact_part_of


def parse_header(line: str) -> list[str]:
    """An "@ <corpus> <id> <start> <end>" line as its four fields (an id may hold spaces)."""
    corpus, *words, start, end = line[2:].split()
    return [corpus, " ".join(words), start, end]


def build(lines: list[str]) -> list[dict[str, Any]]:
    """Parse the annotation file into dev set items."""
    blocks: list[tuple[list[str], list[str]]] = []
    for line in lines:
        if line.startswith("@ "):
            blocks.append((parse_header(line), []))
        elif line.strip() and not line.startswith("#"):
            blocks[-1][1].append(line)
    records = load_records({head[1] for head, _ in blocks})
    items = []
    for (corpus, record_id, start, end), fact_lines in blocks:
        record = records[(corpus, record_id)]
        body = record["body"]
        excerpt_start, excerpt_end = int(start), len(body) if end == "-1" else int(end)
        excerpt = body[excerpt_start:excerpt_end]
        item = {
            "corpus": corpus,
            "id": record_id,
            "published": record["published"],
            "language": record.get("lang", "en"),
            "title": record.get("title"),
            "author": ", ".join(record.get("speaker") or []) or None,
            "excerpt_start": excerpt_start,
            "excerpt_end": excerpt_end,
            "text": excerpt,
            "facts": [parse_fact(line, excerpt, excerpt_start) for line in fact_lines],
        }
        link_totals(item, excerpt)
        items.append(item)
    return items


def main() -> None:
    """Write devset.json from annotations.txt (or OUT from ANNOTATIONS, given as arguments)."""
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else HERE / "devset/annotations.txt"
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else HERE / "devset/devset.json"
    lines = source.read_text(encoding="utf-8").splitlines()
    items = build(lines)
    out.write_text(json.dumps(items, ensure_ascii=False, indent=1), encoding="utf-8")
    counts: dict[str, int] = {}
    for item in items:
        for fact in item["facts"]:
            counts[fact["kind"]] = counts.get(fact["kind"], 0) + 1
    print(f"{len(items)} items, {out.stat().st_size / 1000:.0f} kB, facts: {counts}")


if __name__ == "__main__":
    main()
