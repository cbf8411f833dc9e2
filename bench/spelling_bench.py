"""Search across spellings: variant recall, known-item MRR with and without the layer, latency.

    .venv/bin/python -m bench.spelling_bench [ARCHIVE_DIR]

Builds (once) an archive of the White House and Ukrainian presidential corpora,
then for every row of bench/data/variants.tsv queries the variant spelling and
checks that the statements containing the corpus spelling come back:
recall@10 and recall@100 (found / min(relevant, k)) and MRR of the first one.
Rows marked ``alias`` are measured with their alias group added.
Known-item search: 150 queries made of four words of a statement's title,
MRR@10 with the variant layer and with --exact (the layer off).
"""

from __future__ import annotations

import csv
import random
import re
import statistics
import sys
import time
from pathlib import Path

from annals.api import Annals
from annals.search.engine import SearchRequest
from annals.settings import Settings
from bench.corpus import SHARED, WH, records

VARIANTS = Path(__file__).parent / "data" / "variants.tsv"
UA = SHARED / "ua-president" / "statements.jsonl.gz"
DEFAULT_ARCHIVE = Path("/tmp/annals-bench-all")
CORPORA = {"wh": WH, "ua-president": UA}
CORPUS_NAMES = {"wh": "wh", "ua": "ua-president", "ua-president": "ua-president"}  # variants.tsv


def open_archive(directory: Path) -> Annals:
    annals = Annals(Settings(archive=directory))
    if annals.stats()["statements"] < 15_000:
        for name, path in CORPORA.items():
            print(f"importing {path} (once)...")
            annals.import_paths([path], source=name)
    return annals


class CorpusWords:
    """The corpora read once: which statements hold each word, and their texts."""

    def __init__(self) -> None:
        self.texts: dict[str, dict[str, str]] = {}
        self.holders: dict[str, dict[str, set[str]]] = {}
        for name, path in CORPORA.items():
            texts = {r["id"]: f"{r['title']}\n{r['body']}" for r in records(path)}
            holders: dict[str, set[str]] = {}
            for record_id, text in texts.items():
                for word in set(re.findall(r"\w+", text.lower())):
                    holders.setdefault(word, set()).add(record_id)
            self.texts[name], self.holders[name] = texts, holders

    def relevant_ids(self, form: str, corpus: str) -> set[str]:
        """Ids of the statements whose title or body has the form as a whole word."""
        name = CORPUS_NAMES[corpus]
        words = re.findall(r"\w+", form.lower())
        if len(words) == 1 and words[0] == form.lower():
            return set(self.holders[name].get(words[0], set()))
        candidates = set.intersection(*(self.holders[name].get(w, set()) for w in words))
        pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
        return {i for i in candidates if pattern.search(self.texts[name][i])}


def ranks(annals: Annals, query: str, relevant: set[str], **request: object) -> list[int]:
    hits = annals.search(SearchRequest(query=query, limit=100, facets=False, **request)).hits  # type: ignore[arg-type]
    return [rank for rank, hit in enumerate(hits, start=1) if hit.external_id in relevant]


def variant_scores(annals: Annals) -> None:
    rows = list(csv.DictReader(VARIANTS.open(encoding="utf-8"), delimiter="\t"))
    corpora = CorpusWords()
    recall10, recall100, reciprocal, misses = [], [], [], []
    for row in rows:
        relevant = corpora.relevant_ids(row["corpus_form"], row["corpus"])
        if not relevant:
            continue
        if row.get("needs") == "alias":
            annals.add_aliases(row["corpus_form"], [row["variant"]], origin="bench")
        found = ranks(annals, row["variant"], relevant)
        recall10.append(sum(rank <= 10 for rank in found) / min(len(relevant), 10))
        recall100.append(len(found) / min(len(relevant), 100))
        reciprocal.append(1 / found[0] if found else 0.0)
        if recall10[-1] < 0.9:
            misses.append(f"{row['variant']} -> {row['corpus_form']}: recall@10 {recall10[-1]:.2f}")
    print(
        f"variant queries: {len(recall10)} (of {len(rows)} rows; rows whose corpus form"
        " occurs nowhere are skipped)"
    )
    print(
        f"  recall@10 {statistics.mean(recall10):.3f}  recall@100 {statistics.mean(recall100):.3f}"
        f"  MRR {statistics.mean(reciprocal):.3f}"
    )
    for miss in misses[:15]:
        print(f"  below 0.9: {miss}")


def known_item_scores(annals: Annals, count: int = 150) -> None:
    rng = random.Random(11)
    chosen = [record for record in records() if len(record["title"].split()) >= 6]
    queries = []
    for record in rng.sample(chosen, count):
        words = [word for word in re.findall(r"[^\W\d_]{3,}", record["title"])]
        start = rng.randrange(max(1, len(words) - 3))
        queries.append((" ".join(words[start : start + 4]), record["id"]))
    for label, variants in (("with the layer", True), ("exact (layer off)", False)):
        reciprocal = []
        for query, target in queries:
            found = ranks(annals, query, {target}, variants=variants)
            reciprocal.append(1 / found[0] if found and found[0] <= 10 else 0.0)
        print(
            f"known-item MRR@10 {label}: {statistics.mean(reciprocal):.4f} ({len(queries)} queries)"
        )


def latency(annals: Annals) -> None:
    rows = list(csv.DictReader(VARIANTS.open(encoding="utf-8"), delimiter="\t"))
    queries = [row["variant"] for row in rows] * 2
    timings = []
    for query in queries:
        started = time.perf_counter()
        annals.search(SearchRequest(query=query))
        timings.append((time.perf_counter() - started) * 1000)
    print(
        f"variant query latency (facets, snippets): p50 {statistics.median(timings):.2f} ms,"
        f" p99 {sorted(timings)[int(0.99 * len(timings))]:.2f} ms"
    )


def main() -> None:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_ARCHIVE
    with open_archive(directory) as annals:
        print(f"archive: {directory}, {annals.stats()['statements']} statements", flush=True)
        variant_scores(annals)
        known_item_scores(annals)
        latency(annals)


if __name__ == "__main__":
    main()
