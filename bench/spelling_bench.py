"""Search across spellings: variant recall, known-item MRR with and without the layer, latency.

    .venv/bin/python -m bench.spelling_bench [ARCHIVE_DIR]

Builds (once) an archive of the White House and Ukrainian presidential corpora,
then for every row of bench/data/variants.tsv queries the variant spelling and
checks that the statements containing the corpus spelling come back:
recall@10 and recall@100 (found / min(relevant, k)) and MRR of the first one.
Statements that contain the typed variant itself rank first, as they should,
and are taken out of the ranking before scoring, so the figures measure what
the variant layer adds; a second line scores them as relevant instead.
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
from annals.index.spelling import spelling_key
from annals.search.engine import SearchRequest
from annals.settings import Settings
from bench.corpus import SHARED, WH, records

VARIANTS = Path(__file__).parent / "data" / "variants.tsv"
UA = SHARED / "ua-president" / "statements.jsonl.gz"
DEFAULT_ARCHIVE = Path("/tmp/annals-bench-all")
CORPORA = {"wh": WH, "ua-president": UA}
BENCH_ALIASES = "bench"  # origin of the aliases alias rows add while they are measured
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
        self.by_key: dict[str, set[str]] = {}
        for holders in self.holders.values():
            for word, ids in holders.items():
                self.by_key.setdefault(spelling_key(word), set()).update(ids)

    def holding_any_spelling(self, form: str) -> set[str]:
        """Ids of the statements that name it in any spelling with the same key (one word)."""
        if len(re.findall(r"\w+", form)) != 1:
            return self.holding(form)
        return set(self.by_key.get(spelling_key(form), set()))

    def holding(self, form: str) -> set[str]:
        """Ids of the statements (in any corpus) whose title or body has the form as a word."""
        words = re.findall(r"\w+", form.lower())
        found: set[str] = set()
        for name, holders in self.holders.items():
            candidates = set.intersection(*(holders.get(word, set()) for word in words))
            if len(words) == 1 and words[0] == form.lower():
                found |= candidates
                continue
            pattern = re.compile(rf"(?<!\w){re.escape(form)}(?!\w)", re.IGNORECASE)
            found |= {i for i in candidates if pattern.search(self.texts[name][i])}
        return found


def ranked_ids(annals: Annals, query: str, **request: object) -> list[str]:
    result = annals.search(SearchRequest(query=query, limit=200, facets=False, **request))  # type: ignore[arg-type]
    return [hit.external_id or "" for hit in result.hits]


def ranked_ids_with_alias(annals: Annals, row: dict[str, str]) -> list[str]:
    """The ranking for a row's variant, with its alias added first if the row needs one.

    The alias is removed again afterwards: each row is measured on its own, so an alias
    group such as Vladimir/Volodymyr does not leak into the rows measured after it.
    """
    if row.get("needs") != "alias":
        return ranked_ids(annals, row["variant"])
    annals.add_aliases(row["corpus_form"], [row["variant"]], origin=BENCH_ALIASES)
    try:
        return ranked_ids(annals, row["variant"])
    finally:
        remove_bench_aliases(annals)


def remove_bench_aliases(annals: Annals) -> None:
    """Drop the aliases this benchmark added (earlier versions of it left them behind)."""
    with annals.archive.transaction() as db:
        db.execute("DELETE FROM aliases WHERE origin = ?", (BENCH_ALIASES,))


def scores(ranking: list[str], relevant: set[str]) -> tuple[float, float, float]:
    """recall@10, recall@100 and reciprocal rank of the first relevant id."""
    found = [rank for rank, found_id in enumerate(ranking, start=1) if found_id in relevant]
    return (
        sum(rank <= 10 for rank in found) / min(len(relevant), 10),
        sum(rank <= 100 for rank in found) / min(len(relevant), 100),
        1 / found[0] if found else 0.0,
    )


def variant_scores(annals: Annals) -> None:
    rows = list(csv.DictReader(VARIANTS.open(encoding="utf-8"), delimiter="\t"))
    remove_bench_aliases(annals)
    corpora = CorpusWords()
    layer, union, same_name, misses = [], [], [], []
    for row in rows:
        relevant = corpora.holding(row["corpus_form"])
        typed = corpora.holding(row["variant"])
        if not relevant - typed:
            continue
        ranking = ranked_ids_with_alias(annals, row)
        layer.append(scores([i for i in ranking if i not in typed], relevant - typed))
        union.append(scores(ranking, relevant | typed))
        same_name.append(
            scores(ranking, relevant | corpora.holding_any_spelling(row["corpus_form"]))
        )
        if layer[-1][0] < 0.9:
            misses.append(f"{row['variant']} -> {row['corpus_form']}: recall@10 {layer[-1][0]:.2f}")
    print(
        f"variant queries: {len(layer)} of {len(rows)} rows (the others: no statement has the"
        " corpus form without the typed one)"
    )
    for label, measured in (
        ("typed form set aside", layer),
        ("either form relevant", union),
        ("any spelling of the name relevant", same_name),
    ):
        recall10, recall100, reciprocal = (
            statistics.mean(column) for column in zip(*measured, strict=True)
        )
        print(
            f"  {label}: recall@10 {recall10:.3f}  recall@100 {recall100:.3f}  MRR {reciprocal:.3f}"
        )
    for miss in misses[:20]:
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
            ranking = ranked_ids(annals, query, variants=variants)[:10]
            reciprocal.append(1 / (ranking.index(target) + 1) if target in ranking else 0.0)
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
