"""Deciding whether a statement really changed, and showing what changed."""

from __future__ import annotations

import pytest

from annals.archive.diff import (
    DiffOp,
    is_trivial_change,
    normalise_for_change,
    render_diff_html,
    render_diff_text,
    word_diff,
)

STATEMENT = """The Ministry of Water Resources announces maintenance of the northern reservoir
from 23 to 25 November 2026.

Read more: https://press.example/s/142?id=142

Last updated: 20 November 2026, 09:30"""


@pytest.mark.parametrize(
    "edited",
    [
        STATEMENT.replace("\n", "\n\n   "),
        STATEMENT.replace("20 November 2026, 09:30", "21 November 2026, 18:02"),
        STATEMENT.replace("?id=142", "?id=142&utm_source=newsletter&utm_medium=email"),
        STATEMENT.replace("?id=142", "?fbclid=IwAR0abc&id=142&gclid=xyz"),
        STATEMENT + "\nViews: 1 204",
        STATEMENT + "\nОбновлено: 21 ноября 2026 г.",
        STATEMENT + "\nSon güncelleme: 21.11.2026 18:02",
    ],
)
def test_trivial_edits_do_not_make_a_new_version(edited):
    assert is_trivial_change(STATEMENT, edited)


@pytest.mark.parametrize(
    "edited",
    [
        STATEMENT.replace("23 to 25", "23 to 27"),
        STATEMENT.replace("?id=142", "?id=143"),
        STATEMENT + "\nUpdated guidance on water use for districts 4 and 5.",
        STATEMENT.replace("northern", "southern"),
    ],
)
def test_real_edits_make_a_new_version(edited):
    assert not is_trivial_change(STATEMENT, edited)


def test_normalised_text_keeps_content_words_in_order():
    normalised = normalise_for_change(STATEMENT)

    assert normalised.startswith("The Ministry of Water Resources announces maintenance")
    assert "https://press.example/s/142?id=142" in normalised
    assert "Last updated" not in normalised


def test_word_diff_gives_runs_of_words():
    ops = word_diff("water supply reduced on Monday", "water supply restored on Tuesday evening")

    assert ops == [
        DiffOp("equal", ("water", "supply"), ("water", "supply")),
        DiffOp("replace", ("reduced",), ("restored",)),
        DiffOp("equal", ("on",), ("on",)),
        DiffOp("replace", ("Monday",), ("Tuesday", "evening")),
    ]


def test_text_rendering_marks_deletions_and_insertions_and_keeps_paragraphs():
    ops = word_diff("Supply cut by 30%.\n\nStore water.", "Supply cut by 20%.\n\nStore water now.")

    assert (
        render_diff_text(ops) == "Supply cut by [-30%.-]{+20%.+}\n\nStore [-water.-]{+water now.+}"
    )


def test_html_rendering_escapes_text():
    ops = word_diff("Tariff <b>A</b> & B", "Tariff <b>C</b> & B")

    rendered = render_diff_html(ops)

    assert (
        rendered == "Tariff <del>&lt;b&gt;A&lt;/b&gt;</del><ins>&lt;b&gt;C&lt;/b&gt;</ins> &amp; B"
    )


def test_identical_texts_give_one_equal_run():
    assert [op.kind for op in word_diff(STATEMENT, STATEMENT)] == ["equal"]
    assert word_diff("", "") == []
