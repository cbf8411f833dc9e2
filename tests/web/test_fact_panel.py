"""The facts panel's items for the seed statement: each fact with what was found in it,
each name once."""

from __future__ import annotations

from pathlib import Path

import pytest

from annals.facts import extract_facts
from annals.models import Fact
from annals.web.fact_panel import PanelItem, panel_items

SEED = Path(__file__).parents[2].parent / "shared/corpora/seed/mfa-statement-2022-02-26.txt"


@pytest.fixture(scope="module")
def facts() -> list[Fact]:
    if not SEED.exists():
        pytest.skip("seed statement not available")
    text = SEED.read_text(encoding="utf-8")
    return extract_facts(text, language="en", published="2022-02-26")


def items(facts: list[Fact], heading: str) -> dict[str, PanelItem]:
    return {item.text: item for item in dict(panel_items(facts))[heading]}


def test_a_figure_says_what_it_counts_what_happened_and_its_total(facts: list[Fact]) -> None:
    figures = items(facts, "Figures")
    assert figures["613 people"].details == "= 613 people · killed"
    assert figures["seven thousand people"].details == "= more than 7,000 people"
    children = figures["63 children"]
    assert children.details == "= 63 children · killed"
    assert children.total is not None and children.total[1] == "613 people"
    assert facts[children.total[0]].text == "613 people"


def test_a_date_range_shows_both_ends_and_what_it_refers_to(facts: list[Fact]) -> None:
    dates = items(facts, "Dates")
    assert dates["25-26 February 1992"].details == "= 1992-02-25 to 1992-02-26 · night"
    assert dates["30th anniversary"].details == "= 2022 · the Khojaly genocide"


def test_a_quote_names_its_speaker_and_the_work_it_is_cited_from(facts: list[Fact]) -> None:
    (cited,) = [item for item in items(facts, "Quotes").values() if "cited" in item.details]
    assert cited.details == "— Serj Sargsyan · cited from Thomas de Waal, 2003, p. 172"


def test_a_court_decision_shows_the_court_and_its_date(facts: list[Fact]) -> None:
    (decision,) = [
        item for text, item in items(facts, "Legal references").items() if "Court" in text
    ]
    assert decision.details == "decision · European Court of Human Rights · 2010-04-22"


def test_a_place_is_listed_once_with_its_count_and_other_spellings(facts: list[Fact]) -> None:
    places = [item for item in dict(panel_items(facts))["Places"] if item.text == "Khojaly"]
    mentions = [fact for fact in facts if fact.kind == "place" and "ojaly" in fact.text]
    assert len(places) == 1 and len(mentions) > 2
    assert places[0].details == f"×{len(mentions)} · also Hojaly"
    assert places[0].number == facts.index(mentions[0])  # the link goes to the first mention
