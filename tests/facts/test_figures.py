"""Figures: Slavic counted nouns in English, shares of a figure before, ages and multipliers."""

from __future__ import annotations

from annals.facts import extract_facts
from annals.models import Fact


def figures(text: str, language: str = "en") -> list[Fact]:
    return [fact for fact in extract_facts(text, language=language) if fact.kind == "figure"]


def counts(text: str, language: str = "en") -> list[tuple[object, object]]:
    return [(fact.fields["value"], fact.fields["counted"]) for fact in figures(text, language)]


def test_ukrainian_nouns_of_visits_and_calls_are_counted_in_english() -> None:
    text = (
        "Президент провів 294 сеанси відеозв'язку та понад 230 телефонних розмов, а також "
        "26 разів виступив перед парламентами. Відбулося дев'ять візитів лідерів."
    )
    assert counts(text, "uk") == [
        (294, "sessions"),
        (230, "conversations"),
        (26, "times"),
        (9, "visits"),
    ]


def test_an_abbreviation_and_case_forms_are_counted_in_english() -> None:
    assert counts("Рішення: 12 українських ТЕС отримуватимуть газ.", "uk") == [(12, "plants")]
    assert counts("Тривога лунала у 12 областях, збито 30 дронів.", "uk") == [
        (12, "regions"),
        (30, "drones"),
    ]
    assert counts("Россия выпустила 40 ракет и 25 беспилотников.", "ru") == [
        (40, "missiles"),
        (25, "drones"),
    ]


def test_a_two_word_phrase_names_what_is_counted() -> None:
    assert counts("ЗСУ звільнили 12 населених пунктів.", "uk") == [(12, "settlements")]
    assert counts("Загинули 5 мирних жителів.", "uk") == [(5, "civilians")]


def test_a_slavic_adjective_used_as_a_noun_yields_to_the_noun_after_it() -> None:
    assert counts("Не менше 18 поранених. Звичайні мирні люди.", "uk") == [(18, "wounded")]
    assert counts("Це 50 убитих українських дітей.", "uk") == [(50, "children")]


def test_n_of_them_is_a_share_of_the_figure_before() -> None:
    text = "192 servicemen of the Armed Forces were awarded state awards, 24 of them posthumously."
    found = figures(text)
    assert [(fact.fields["value"], fact.fields["counted"]) for fact in found] == [
        (192, "servicemen"),
        (24, "servicemen"),
    ]
    assert found[1].fields["part_of"] == 0 and found[1].text == "24 of them"


def test_n_of_them_followed_by_a_plural_counts_that_plural() -> None:
    text = "13.5 million new jobs — around 800,000 of them manufacturing jobs."
    found = figures(text)
    assert found[1].fields["counted"] == "jobs" and found[1].fields["part_of"] == 0
    assert counts("visited every facility — seven of them around the world.") == []


def test_a_bare_number_after_a_breakdown_marker_counts_what_the_total_counts() -> None:
    text = "It has helped 21 million households—including 9.3 million age 50 and older—get online."
    found = figures(text)
    assert [(fact.fields["value"], fact.fields["counted"]) for fact in found] == [
        (21_000_000, "households"),
        (9_300_000, "households"),
    ]
    assert found[1].fields["part_of"] == 0
    text = "Нагороджено 221 військовослужбовця, з них 34 – посмертно."
    assert figures(text, "uk")[1].fields["counted"] == "servicemen"


def test_an_amount_of_a_larger_amount_is_a_share_of_it() -> None:
    found = figures("we have used almost $11 million of our $16 million to help")
    assert found[0].fields["part_of"] == 1 and found[1].fields["part_of"] is None


def test_a_percentage_is_never_a_share_of_another_percentage() -> None:
    text = "71% support the Act — including 69% of independents."
    assert [fact.fields["part_of"] for fact in figures(text)] == [None, None]


def test_a_number_in_words_starts_at_its_article() -> None:
    found = figures("a pandemic that took more than a million of our friends")
    assert found[0].text == "a million of our friends"
    assert found[0].fields["approx"] == "more than"


def test_ages_are_not_figures() -> None:
    assert counts("He was 96 years old when he died.") == []
    assert counts("Йому було 96 років.", "uk") == []
    assert counts("Він загинув у віці 45 років.", "uk") == []
    assert counts("We have waited 30 years for this.") == [(30, "years")]


def test_a_multiplier_is_not_a_count_of_times() -> None:
    assert counts("Ціни зросли у 3 рази.", "uk") == []
    assert counts("Він 26 разів виступив.", "uk") == [(26, "times")]


def test_prepositions_and_statute_volumes_count_nothing() -> None:
    assert counts("Several tens of thousands out of half a million.") == []
    assert counts("Approved December 17, 1963, 77 Stat. 402.") == []


def test_rank_words_make_a_number_in_words_no_figure() -> None:
    assert counts("China was number eight a decade ago.") == []
    assert counts("I signed into law three bills today.") == [(3, "bills")]
