"""Figures: what "N of the ..." and codes count, numbers counting people by their verb, and
the struck-through corrections and truncated numbers of speech transcripts."""

from __future__ import annotations

from annals.facts import extract_facts
from annals.models import Fact


def figures(text: str, language: str = "en") -> list[Fact]:
    return [fact for fact in extract_facts(text, language=language) if fact.kind == "figure"]


def counts(text: str, language: str = "en") -> list[tuple[object, object]]:
    return [(fact.fields["value"], fact.fields["counted"]) for fact in figures(text, language)]


def test_n_of_a_determiner_and_a_plural_counts_that_plural() -> None:
    text = "The title of Hero of Ukraine was awarded to 142 of our defenders."
    assert counts(text) == [(142, "defenders")]
    text = "She has worked for two of the institutions that inspired ARPA-H."
    assert [(f.text, f.fields["counted"]) for f in figures(text)] == [
        ("two of the institutions", "institutions")
    ]
    text = "Two more of our defenders were awarded the title of Hero of Ukraine."
    assert counts(text) == [(2, "defenders")]
    assert figures(text)[0].fields["part_of"] is None


def test_n_of_a_name_or_of_a_number_is_no_such_count() -> None:
    assert counts("He worked at Region 2 of the National Labor Relations Board.") == []
    assert counts("under Column 1 of the HTSUS") == []
    text = "Five of the six vaccines were approved."
    assert counts(text) == [(5, "vaccines"), (6, "vaccines")]
    assert [f.fields["part_of"] for f in figures(text)] == [1, None]


def test_a_code_between_a_number_and_its_noun_modifies_the_noun() -> None:
    text = "It covers about 100,000 H-4 spouses and 24 F-35 fighters."
    assert counts(text) == [(100000, "spouses"), (24, "fighters")]
    text = "The U.S. has shared over 200 million COVID-19 vaccine doses and 12.5 million N95 masks."
    assert counts(text) == [(200000000, "doses"), (12500000, "masks")]


def test_a_plural_number_word_or_scaled_number_before_a_plural_verb_counts_people() -> None:
    assert counts("Thanks to the law, millions are saving $800 a year.") == [
        (1000000, "people"),
        (800, "dollars"),
    ]
    assert counts("Thousands were held in brutal captivity.") == [(1000, "people")]
    assert counts("Relief for the millions who have already applied.") == [(1000000, "people")]
    assert counts("Since then, 14 thousand were killed.") == [(14000, "people")]


def test_a_singular_verb_billions_or_of_and_a_verb_count_no_people() -> None:
    assert counts("So the 60 million is what we will have available.") == [(60000000, None)]
    assert counts("But billions have already been announced.") == []
    assert counts("Soon there will be hundreds of lost planes.") == []


def test_a_struck_through_number_gives_way_to_its_correction() -> None:
    text = "It will build out <s>50,000</s> \\[500,000\\] charging stations."
    found = figures(text)
    assert counts(text) == [(500000, "stations")]
    assert found[0].text.startswith("500,000")
    assert counts("GDP grew by <s>2.9</s> \\[2.7\\] percent.") == [(2.7, "percent")]
    assert counts("boosters for up to <s>110</s> \\[100\\] million Americans") == [
        (100000000, "americans")
    ]
    assert counts("the deficit by <s>$7 billion</s> \\[$1 trillion\\].") == [
        (1000000000000, "dollars")
    ]


def test_truncated_alternatives_are_one_figure_from_the_first() -> None:
    text = "Cancer drugs can cost $10-, $12-, $14-, $15,000 a year."
    found = figures(text)
    assert [(f.text, f.fields["value"], f.fields["value_max"]) for f in found] == [
        ("$10-, $12-, $14-, $15,000", 10000, 15000)
    ]
    assert counts("making $60-, $70-, $90-, $139,000 a year") == [(60000, "dollars")]


def test_a_truncated_range_takes_the_size_of_its_second_number() -> None:
    found = figures("That is about $16- to $17 billion a year.")
    assert [(f.fields["value"], f.fields["value_max"]) for f in found] == [
        (16000000000, 17000000000)
    ]
    assert counts("They were paying between $4- and $700 a month.") == [(400, "dollars")]
    assert counts("the full $37- or $38 billion") == [(37000000000, "dollars")]


def test_a_false_start_is_left_out() -> None:
    assert counts("You said everybody gets $500- — $450,000.") == [(450000, "dollars")]
    assert counts("So we had 80- — about 80,000 troops.") == [(80000, "troops")]


def test_slavic_hundreds_multiply_and_clock_times_count_nothing() -> None:
    assert counts("Ми отримали дві сотні танків.", "uk") == [(200, "tanks")]
    text = "Провів зум-конференцію з майже пʼятьма сотнями наших журналістів."
    assert counts(text, "uk") == [(500, "journalists")]
    assert counts("Київ атакували о 4 ранку.", "uk") == []


def test_a_number_with_plus_is_a_lower_bound() -> None:
    found = figures("We have the 50-plus nations of the group and 30-plus years of work.")
    read = [(f.text, f.fields["value"], f.fields["counted"], f.fields["approx"]) for f in found]
    assert read == [
        ("50-plus nations", 50, "nations", "more than"),
        ("30-plus years", 30, "years", "more than"),
    ]


def test_plus_in_a_compound_adjective_or_before_a_scale_is_no_count() -> None:
    assert figures("She had a 20-plus-year career.") == []
    assert [f.text for f in figures("It costs $20-plus billion in aid.")] == ["billion in aid"]


def test_one_and_a_half_before_a_scale_word() -> None:
    found = figures("Beginning in 1915, one and a half million Armenians were deported.")
    assert [(f.text, f.fields["value"]) for f in found] == [
        ("one and a half million Armenians", 1500000)
    ]
    assert [f.fields["value"] for f in figures("half a billion dollars")] == [500000000]


def test_ukrainian_workers_cities_and_heads_are_counted_in_english() -> None:
    text = (
        "Про відзначення 14 керівників місцевих громад. Нагороди 31 медичного працівника. "
        "Допомога чотирьом містам."
    )
    found = figures(text, "uk")
    assert [(f.fields["value"], f.fields["counted"]) for f in found] == [
        (14, "heads"),
        (31, "workers"),
        (4, "cities"),
    ]
