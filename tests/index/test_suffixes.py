"""Light suffix folding for Ukrainian and Azerbaijani (no tantivy stemmer for them)."""

from __future__ import annotations

import pytest

from annals.index.suffixes import light_stem, light_stem_forms, light_stems_for_text


@pytest.mark.parametrize(
    ("words", "language"),
    [
        (["Харкова", "Харкову", "Харкові"], "uk"),
        (["Одеса", "Одеси", "Одесі", "Одесою"], "uk"),
        (["Bakı", "Bakıda", "Bakının", "Bakıdan"], "az"),
        (["şəhər", "şəhərlər", "şəhərlərdə"], "az"),
    ],
)
def test_inflected_forms_share_a_stem(words: list[str], language: str) -> None:
    assert len({light_stem(word, language) for word in words}) == 1


def test_vowel_alternation_gives_the_bare_form_a_second_stem() -> None:
    assert light_stem("Харкова", "uk") in light_stem_forms("Харків", "uk")
    assert light_stem("Києва", "uk") in light_stem_forms("Київ", "uk")
    assert light_stem("регіони", "uk") in light_stem_forms("регіонів", "uk")


def test_short_words_keep_their_shape() -> None:
    assert light_stem("на", "uk") == "на"
    assert light_stem("və", "az") == "və"


def test_text_gives_every_form_of_every_word() -> None:
    words = light_stems_for_text("До Харкова, Львів!", "uk").split()
    assert words == ["до", "харков", "льв", "львов"]
