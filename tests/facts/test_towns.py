"""Small towns: read where the statement is about their country, or their state follows."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annals.facts import towns as towns_module
from annals.facts.entities import find_entities


def towns(text: str) -> list[tuple[str, str]]:
    return [
        (fact.text, fact.fields["name"])
        for fact in find_entities(text)
        if fact.kind == "place" and fact.fields["type"] == "town"
    ]


def test_towns_of_the_country_a_statement_is_about() -> None:
    text = (
        "Russian troops committed atrocities in Bucha, Borodyanka and Hostomel. Ukraine will "
        "not forget. Ukrainian towns are being rebuilt."
    )
    assert towns(text) == [
        ("Bucha", "Bucha"),
        ("Borodyanka", "Borodyanka"),
        ("Hostomel", "Hostomel"),
    ]


def test_ukrainian_towns_in_other_cases() -> None:
    text = (
        "Росіяни вбивали людей у Бучі та Гостомелі, під Ізюмом і в Бородянці. "
        "Україна і українці пам’ятають."
    )
    assert towns(text) == [
        ("Бучі", "Буча"),
        ("Гостомелі", "Гостомель"),
        ("Ізюмом", "Ізюм"),
        ("Бородянці", "Бородянка"),
    ]


def test_towns_of_two_or_three_words() -> None:
    text = "Ukraine, Ukraine: Nova Kakhovka, Chasiv Yar and Velyka Novosilka. Україна: Часів Яр."
    assert [name for _, name in towns(text)] == [
        "Nova Kakhovka",
        "Chasiv Yar",
        "Velyka Novosilka",
        "Часів Яр",
    ]


def test_a_town_with_its_country_or_state_after_it() -> None:
    assert towns("People were killed in Khojaly, Azerbaijan.") == [("Khojaly", "Khojaly")]
    assert towns("A gunman killed 21 in Uvalde, Texas, and in Uvalde, TX.") == [
        ("Uvalde", "Uvalde"),
        ("Uvalde", "Uvalde"),
    ]


def test_no_town_where_the_statement_is_about_another_country_or_its_name_is_a_word() -> None:
    # Bucha is in Ukraine, named once here against China thrice; a U.S. town needs its state.
    assert (
        towns("China, China and China met Ukraine in Bucha. Claymont in the United States.") == []
    )
    # Part of a longer name, or a town's name that is a common word in some case.
    assert towns("Ukraine, Ukraine: the Bucha Memorial. Українки! Україна.") == []


def test_a_country_named_in_cyrillic_is_the_country_in_any_case() -> None:
    text = "Україна і Польща. В Україні, з Росією. Украина и Россия."
    places = [(f.text, f.fields["name"]) for f in find_entities(text) if f.kind == "place"]
    assert places == [
        ("Україна", "Ukraine"),
        ("Польща", "Poland"),
        ("Україні", "Ukraine"),
        ("Росією", "Russia"),
        ("Украина", "Ukraine"),
        ("Россия", "Russia"),
    ]


def test_the_towns_are_built_once_and_kept_in_the_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    built = _fresh_towns()
    (kept,) = (tmp_path / "annals").glob("towns-*.json")
    assert built["Bucha"] == [("UA", "13")] and json.loads(kept.read_text("utf-8")) == {
        name: [list(place) for place in places] for name, places in built.items()
    }
    kept.write_text('{"Testville": [["UA", "13"]]}', encoding="utf-8")
    assert _fresh_towns() == {"Testville": [("UA", "13")]}  # read from the file, not built
    kept.write_text("{not json", encoding="utf-8")  # a broken file is built again
    assert _fresh_towns() == built and json.loads(kept.read_text(encoding="utf-8"))


def _fresh_towns() -> dict[str, list[tuple[str, str]]]:
    towns_module._towns.cache_clear()
    try:
        return towns_module._towns()
    finally:
        towns_module._towns.cache_clear()
