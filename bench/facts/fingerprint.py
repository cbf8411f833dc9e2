"""Print a fingerprint of every fact found in the shared corpora, to check that a change
meant only for speed leaves the output unchanged.

Usage: .venv/bin/python bench/facts/fingerprint.py [--dump FILE]
Runs ``extract_facts`` over the seed statement, the Ukrainian presidential statements and
the White House statements, and prints one SHA-256 per corpus. ``--dump`` also writes every
fact as a JSON line, so two dumps can be compared with ``diff`` to see what changed.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path

from annals.facts import extract_facts

CORPORA = Path(__file__).resolve().parents[2].parent / "shared/corpora"


def statements() -> Iterator[tuple[str, str, dict[str, str | None]]]:
    """(corpus, text, what else ``extract_facts`` is told) for every statement of the corpora."""
    seed = next((CORPORA / "seed").glob("*.txt"))
    yield "seed", seed.read_text(encoding="utf-8"), {"language": "en", "published": "2022-02-26"}
    for corpus in ("ua-president", "wh"):
        with gzip.open(CORPORA / corpus / "statements.jsonl.gz", "rt", encoding="utf-8") as lines:
            for line in lines:
                record = json.loads(line)
                yield corpus, record["body"], {
                    "language": record.get("lang"),
                    "published": record.get("published"),
                    "title": record.get("title"),
                    "author": ", ".join(record.get("speaker") or []) or None,
                }


def main() -> None:
    """Extract, hash per corpus, and optionally dump every fact."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dump", type=Path, default=None)
    args = parser.parse_args()
    digests: dict[str, hashlib._Hash] = {}
    dump = args.dump.open("w", encoding="utf-8") if args.dump else None
    for corpus, text, known in statements():
        digest = digests.setdefault(corpus, hashlib.sha256())
        for fact in extract_facts(text, **known):
            line = json.dumps(
                [fact.kind, fact.start, fact.end, fact.text, fact.fields],
                ensure_ascii=False,
                sort_keys=True,
                default=str,
            )
            digest.update(line.encode("utf-8"))
            if dump:
                dump.write(f"{corpus}\t{line}\n")
    if dump:
        dump.close()
    for corpus, digest in digests.items():
        print(f"{corpus}: {digest.hexdigest()}")


if __name__ == "__main__":
    main()
