"""People found without a title, by surname again, and names cut where they end."""

from __future__ import annotations

from annals.facts.entities import find_entities


def _people(text: str) -> list[str]:
    return [fact.text for fact in find_entities(text) if fact.kind == "person"]


def test_a_known_given_name_and_a_surname_are_a_person() -> None:
    text = "Today, Jennifer Granholm and Thomas de Waal spoke in Kyiv."
    assert _people(text) == ["Jennifer Granholm", "Thomas de Waal"]


def test_a_ukrainian_given_name_in_another_case_starts_a_person() -> None:
    text = "Брифінг радника керівника Офісу Президента Олексія Арестовича. Андрій Сибіга заявив."
    assert _people(text) == ["Олексія Арестовича", "Андрій Сибіга"]


def test_a_surname_named_with_a_title_is_a_person_again_later() -> None:
    text = "President Biden met workers. Then they said that Biden’s plan works, and Biden agreed."
    people = [(f.text, f.fields["name"]) for f in find_entities(text) if f.kind == "person"]
    assert people == [("Biden", "Biden"), ("Biden", "Biden"), ("Biden", "Biden")]


def test_a_surname_inside_a_longer_capitalised_phrase_is_not_the_person() -> None:
    text = "Vice President Harris visited Harris County and a store of Kroger Harris."
    assert _people(text) == ["Harris"]


def test_a_possessive_ends_the_name() -> None:
    text = "President Biden’s Investing in America agenda"
    assert _people(text) == ["Biden"]


def test_a_given_name_in_a_heading_or_a_building_or_a_place_is_no_person() -> None:
    text = "Bill Signing Ceremony at the John F. Kennedy Center in San Antonio Texas."
    assert _people(text) == []


def test_a_title_word_is_not_a_name() -> None:
    text = "Jane Lipton, of Florida, to be Ambassador Extraordinary and Plenipotentiary."
    assert _people(text) == ["Jane Lipton"]


def test_a_name_broken_by_a_line_break_is_one_person() -> None:
    text = "[Sen. Markwayne\nMullin](https://x.com/SenMullin/status/1)"
    assert _people(text) == ["Markwayne\nMullin"]


def test_a_country_before_a_titled_name_is_not_part_of_it() -> None:
    text = "Президент України Володимир Зеленський провів зустріч."
    assert _people(text) == ["Володимир Зеленський"]


def _organisations(text: str) -> list[str]:
    return [fact.text for fact in find_entities(text) if fact.kind == "organisation"]


def test_known_acronym_before_possessive_or_hyphen_is_an_organisation() -> None:
    assert _organisations("USDA’s grants and FEMA-eligible costs") == ["USDA", "FEMA"]


def test_program_is_no_organisation_but_task_force_is() -> None:
    text = "the Nonprofit Security Grant Program and the Human Smuggling and Trafficking Task Force"
    assert _organisations(text) == ["Human Smuggling and Trafficking Task Force"]


def test_and_after_a_name_of_its_own_splits_organisations() -> None:
    text = "the State Department and National Security Council, the Food and Drug Administration"
    assert _organisations(text) == [
        "State Department",
        "National Security Council",
        "Food and Drug Administration",
    ]


def test_a_title_addressed_without_a_name_is_no_person() -> None:
    text = (
        "Dear Mr. Prime Minister! Prime Minister Denys Shmyhal met Prime Minister Justin Trudeau."
    )
    assert _people(text) == ["Denys Shmyhal", "Justin Trudeau"]
