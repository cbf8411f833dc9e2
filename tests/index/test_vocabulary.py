"""The spellings vocabulary: each word keyed once, stored as (key, indexed form)."""

from __future__ import annotations

from pathlib import Path

from annals.index.spelling import spelling_key
from annals.index.vocabulary import SpellingVocabulary, indexed_forms, spellings_in


def test_each_new_word_gives_its_key_and_indexed_form_once() -> None:
    seen: set[str] = set()
    first = spellings_in("Khojaly, Khojaly. Hojaly (1992)", seen)
    assert sorted(first) == sorted(
        [(spelling_key("Khojaly"), "khojaly"), (spelling_key("Hojaly"), "hojaly")]
    )
    assert spellings_in("Hojaly; Khojaly", seen) == []
    assert sorted(spellings_in("Khojaly and Kyiv", seen)) == sorted(
        [(spelling_key("and"), "and"), (spelling_key("Kyiv"), "kyiv")]
    )


def test_a_word_standing_alone_is_keyed_though_the_chunk_is_new() -> None:
    # "Kyiv" is both a chunk and a word: it must not count as seen before it is keyed.
    assert spellings_in("Kyiv", set()) == [(spelling_key("Kyiv"), "kyiv")]


def test_the_key_comes_from_the_word_as_written_and_the_form_as_indexed() -> None:
    [(key, form)] = spellings_in("Xocalı", set())
    assert form == "xocali"  # the body field folds the dotless ı
    assert key == spelling_key("Khojaly") != spelling_key("xocali")


def test_a_word_the_analyzer_drops_leaves_the_others_aligned() -> None:
    long_word = "a" * 80
    assert indexed_forms(["Kyiv", long_word, "Ходжалы"]) == ["kyiv", "", "ходжалы"]
    found = spellings_in(f"Kyiv {long_word} Baku", set())
    assert sorted(found) == sorted([(spelling_key("Kyiv"), "kyiv"), (spelling_key("Baku"), "baku")])


def test_vocabulary_keeps_pairs_across_opens(tmp_path: Path) -> None:
    vocabulary = SpellingVocabulary(tmp_path / "index")
    assert vocabulary.forms("hoiali") == []
    assert not (tmp_path / "index").exists()  # reading creates nothing
    vocabulary.add([("hoiali", "khojaly"), ("hoiali", "ходжалы"), ("hoiali", "khojaly")])
    vocabulary.commit()
    vocabulary.close()
    reopened = SpellingVocabulary(tmp_path / "index")
    assert sorted(reopened.forms("hoiali")) == ["khojaly", "ходжалы"]
    assert reopened.forms("kiiv") == []
    reopened.close()
