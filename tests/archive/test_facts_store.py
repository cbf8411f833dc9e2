"""Facts found at import time, stored per version, searched across statements."""

from __future__ import annotations

import json
from pathlib import Path

from annals.api import Annals
from annals.archive.facts_store import FactQuery


def seed_id(annals: Annals) -> int:
    return next(hit.id for hit in annals.search_hits("Khojaly") if hit.source == "mfa")


def test_import_stores_facts_with_exact_spans(seed_annals: Annals) -> None:
    statement_id = seed_id(seed_annals)
    text = seed_annals.statement(statement_id).text
    facts = seed_annals.facts(statement_id)
    assert facts and all(text[fact.start : fact.end] == fact.text for fact in facts)
    figures = {fact.fields["value"]: fact for fact in facts if fact.kind == "figure"}
    assert figures[613].fields["predicate"] == "killed"
    total_index = facts.index(figures[613])
    assert figures[63].fields["part_of"] == total_index


def test_facts_search_across_statements_by_entity_spelling(seed_annals: Annals) -> None:
    rows = seed_annals.search_facts(FactQuery(kind="figure", predicate="killed"), entity="Hojaly")
    assert [row["fields"]["value"] for row in rows][:4] == [613, 63, 106, 70]
    assert {row["source"] for row in rows} == {"mfa"}
    assert (
        seed_annals.search_facts(FactQuery(kind="figure", predicate="killed"), entity="Riverton")
        == []
    )


def test_facts_search_filters_by_date_and_source(seed_annals: Annals) -> None:
    in_2022 = seed_annals.search_facts(
        FactQuery(kind="date", date_from="2022-01-01", date_to="2022-12-31")
    )
    assert in_2022 and all(row["published"][:4] == "2022" for row in in_2022)
    dates = [row["published"] for row in in_2022]
    assert dates == sorted(dates)
    assert not seed_annals.search_facts(FactQuery(kind="date", source="no-such-source"))


def test_refinding_facts_replaces_them_and_stale_versions_are_refreshed(
    seed_annals: Annals,
) -> None:
    statement_id = seed_id(seed_annals)
    before = seed_annals.facts(statement_id)
    assert seed_annals.find_facts(statement_id) == before
    seed_annals.archive.db.execute("UPDATE fact_runs SET extractor_version = 'old'")
    assert seed_annals.refresh_facts() == seed_annals.stats()["statements"]
    assert seed_annals.refresh_facts() == 0
    assert seed_annals.facts(statement_id) == before


def test_quotes_by_speaker_in_any_spelling_or_script(annals: Annals, tmp_path: Path) -> None:
    records = [
        {
            "id": "a",
            "published": "2022-03-01",
            "lang": "en",
            "body": "“We will not give up,” Volodymyr Zelenskyy said. “Never,” Olaf Scholz said.",
        },
        {
            "id": "b",
            "published": "2022-03-02",
            "lang": "uk",
            "body": "«Ми вистоїмо», – заявив Володимир Зеленський.",
        },
    ]
    source = tmp_path / "quotes.jsonl"
    lines = (json.dumps(record, ensure_ascii=False) for record in records)
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    annals.import_paths([source], source="quotes")
    found = annals.search_facts(FactQuery(), speaker="Zelensky")
    assert [(row["external_id"], row["fields"]["speaker"]) for row in found] == [
        ("a", "Volodymyr Zelenskyy"),
        ("b", "Володимир Зеленський"),
    ]
    assert annals.search_facts(FactQuery(), speaker="Volodymyr Scholz") == []
