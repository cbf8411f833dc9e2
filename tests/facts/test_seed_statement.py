"""The seed statement's facts, end to end through ``extract_facts``."""

from __future__ import annotations

from pathlib import Path

import pytest

from annals.facts import EXTRACTOR_VERSION, extract_facts
from annals.models import Fact

SEED = Path(__file__).parents[2].parent / "shared/corpora/seed/mfa-statement-2022-02-26.txt"


@pytest.fixture(scope="module")
def seed() -> tuple[str, list[Fact]]:
    if not SEED.exists():
        pytest.skip("seed statement not available")
    text = SEED.read_text(encoding="utf-8")
    return text, extract_facts(text, language="en", published="2022-02-26")


def figure(facts: list[Fact], text: str) -> Fact:
    return next(f for f in facts if f.kind == "figure" and f.text == text)


def test_every_fact_span_is_exact(seed: tuple[str, list[Fact]]) -> None:
    text, facts = seed
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert fact.extractor_version == EXTRACTOR_VERSION


def test_killed_total_with_breakdown_linked(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    total = figure(facts, "613 people")
    assert total.fields["value"] == 613 and total.fields["predicate"] == "killed"
    for part, counted in (
        ("63 children", "children"),
        ("106 women", "women"),
        ("70 elderly", "elderly"),
    ):
        fact = figure(facts, part)
        assert fact.fields["counted"] == counted
        assert facts[fact.fields["part_of"]] is total


def test_hostages_missing_and_countries(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    hostages = figure(facts, "1,275 people")
    assert hostages.fields["value"] == 1275 and hostages.fields["predicate"] == "taken hostage"
    missing = figure(facts, "150 people")
    assert missing.fields["predicate"] == "missing"
    assert facts[figure(facts, "68 women").fields["part_of"]] is missing
    assert facts[figure(facts, "26 children").fields["part_of"]] is missing
    assert figure(facts, "17 countries").fields["counted"] == "countries"
    assert figure(facts, "24 American states").fields["counted"] == "states"
    words = figure(facts, "seven thousand people")
    assert words.fields["value"] == 7000 and words.fields["approx"] == "more than"


def test_no_figures_from_years_ordinals_or_pages(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    values = {f.fields["value"] for f in facts if f.kind == "figure"}
    assert not values & {1991, 1992, 2003, 2010, 2020, 2022, 172, 366, 30, 22}
    assert all(f.text not in {"366th", "30th", "172"} for f in facts if f.kind == "figure")


def test_dates_and_ranges(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    dates = {f.text: f.fields for f in facts if f.kind == "date"}
    assert dates["25-26 February 1992"]["value"] == "1992-02-25"
    assert dates["25-26 February 1992"]["value_end"] == "1992-02-26"
    assert dates["27 September to 10 November 2020"]["value_end"] == "2020-11-10"
    assert dates["22 April 2010"]["refers_to"] == "decision"
    assert dates["30th anniversary"]["value"] == "2022"
    assert dates["October 1991"]["value"] == "1991-10"


def test_quote_speaker_and_book_source(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    quote = next(f for f in facts if f.kind == "quote" and "stereotype" in f.text)
    assert quote.fields["speaker"] == "Serj Sargsyan"
    source = quote.fields["source"]
    assert source["author"] == "Thomas de Waal" and source["year"] == "2003"
    assert source["page"] == "172"
    speakers = {f.fields["speaker"] for f in facts if f.kind == "quote"}
    assert "Azerbaijani Foreign Ministry" in speakers


def test_conventions_and_court(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    legal = [f.fields for f in facts if f.kind == "legal"]
    names = {fields["name"] for fields in legal}
    assert "Convention on the Prevention and Punishment of the Crime of Genocide" in names
    assert any(n and n.startswith("Convention against Torture") for n in names)
    court = next(fields for fields in legal if fields["court"])
    assert court["court"] == "European Court of Human Rights"
    assert court["date"] == "2010-04-22" and court["instrument"] == "decision"


def test_both_spellings_of_the_town_share_a_key(seed: tuple[str, list[Fact]]) -> None:
    _, facts = seed
    places = {f.text: f.fields["key"] for f in facts if f.kind == "place"}
    assert {"Khojaly", "Hojaly"} <= places.keys()
