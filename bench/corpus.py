"""Shared by the benchmarks: a WH archive built once and kept, and a deterministic query mix."""

from __future__ import annotations

import gzip
import json
import random
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

from annals.api import Annals
from annals.settings import Settings

SHARED = Path(__file__).resolve().parents[2] / "shared" / "corpora"
WH = SHARED / "wh" / "statements.jsonl.gz"
DEFAULT_ARCHIVE = Path("/tmp/annals-bench-wh")
_WORD = re.compile(r"[A-Za-z][a-z]{3,}")


def records(path: Path = WH) -> Iterator[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            yield json.loads(line)


def open_wh_archive(directory: Path = DEFAULT_ARCHIVE) -> Annals:
    """The WH corpus in an archive, imported on first use and reused after."""
    annals = Annals(Settings(archive=directory))
    if annals.stats()["statements"] < 14_000:
        print(f"importing {WH} into {directory} (once)...")
        annals.import_paths([WH])
    return annals


def query_mix(seed: int = 7, per_kind: int = 60) -> list[tuple[str, dict[str, str]]]:
    """(kind, request) pairs: rare words, common words, phrases from titles, date-filtered."""
    rng = random.Random(seed)
    document_frequency: Counter[str] = Counter()
    titles = []
    for record in records():
        document_frequency.update({word.lower() for word in _WORD.findall(record["body"])})
        titles.append(record["title"])
    rare = sorted(word for word, count in document_frequency.items() if 2 <= count <= 5)
    common = [word for word, _ in document_frequency.most_common(300)]
    mix: list[tuple[str, dict[str, str]]] = []
    mix += [("rare", {"query": word}) for word in rng.sample(rare, per_kind)]
    mix += [("common", {"query": word}) for word in rng.sample(common, per_kind)]
    for title in rng.sample(titles, per_kind * 3):
        words = _WORD.findall(title)
        if len(words) >= 3 and len(mix) < per_kind * 3:
            start = rng.randrange(len(words) - 2)
            mix.append(("phrase", {"query": '"' + " ".join(words[start : start + 3]) + '"'}))
    for word in rng.sample(common, per_kind):
        year = rng.choice(["2021", "2022", "2023", "2024", "2025"])
        mix.append(
            ("dated", {"query": word, "date_from": f"{year}-01-01", "date_to": f"{year}-06-30"})
        )
    mix += [("common", {"query": "president"}), ("boolean", {"query": "Ukraine OR Kyiv -Russia"})]
    return mix


def search_paths() -> list[str]:
    """The query mix as /api/search paths, for the web benchmarks."""
    paths = []
    for _, spec in query_mix():
        params = {"q": spec["query"]}
        if "date_from" in spec:
            params.update({"from": spec["date_from"], "to": spec["date_to"]})
        paths.append("/api/search?" + urlencode(params))
    return paths
