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


def parts(text: str, language: str = "en") -> list[object]:
    return [fact.fields["part_of"] for fact in figures(text, language)]


def test_a_smaller_number_after_a_scale_word_completes_the_number() -> None:
    text = "Це 6 тисяч 500 гривень. Ми подолали 8 thousand 193 kilometers."
    assert counts(text, "uk") == [(6500, "hryvnias"), (8193, "kilometers")]
    assert counts("It saved 2 million 300 thousand people.") == [(2300000, "people")]
    assert counts("We vaccinated 1 million 18-year-olds.") == [(1000000, "18-year-olds")]


def test_slavic_numbers_in_oblique_cases_are_read() -> None:
    text = "Понад п'яти тисяч людей і двадцяти дітей, ста шести будинків, трьох чи п'яти ракет."
    assert counts(text, "uk") == [
        (5000, "people"),
        (20, "children"),
        (106, "buildings"),
        (3, "missiles"),
    ]


def test_a_bare_scaled_number_counts_what_a_figure_of_its_size_counts() -> None:
    text = (
        "Approximately 2.1 million customers are without power, down more than 54% from "
        "the region-wide peak of 4.6 million on September 27."
    )
    assert counts(text) == [(2100000, "customers"), (54, "percent"), (4600000, "customers")]
    text = "На 33 мільярди доларів. Зокрема, понад 20 мільярдів можуть піти на оборону."
    assert counts(text, "uk") == [(33000000000, "dollars"), (20000000000, "dollars")]
    assert counts("They killed for 8 years. 14 thousand were killed.") == [
        (8, "years"),
        (14000, "people"),
    ]


def test_a_breakdown_may_open_the_sentence_after_its_total() -> None:
    text = (
        "На 33 мільярди доларів. Зокрема, понад 20 мільярдів можуть піти на оборону. Ще "
        "понад 8 мільярдів доларів заплановані на економічну підтримку."
    )
    assert parts(text, "uk") == [None, 0, 0]
    text = "419 servicemen were awarded state awards. 72 of them posthumously."
    assert counts(text) == [(419, "servicemen"), (72, "servicemen")]
    assert parts(text) == [None, 0]


def totals(text: str) -> list[tuple[str, str | None]]:
    """Each figure's text and the text of the total it is a part of."""
    facts = extract_facts(text, language="en")
    return [
        (fact.text, None if fact.fields["part_of"] is None else facts[fact.fields["part_of"]].text)
        for fact in facts
        if fact.kind == "figure"
    ]


def test_which_includes_and_this_includes_mark_a_breakdown_but_includes_alone_does_not() -> None:
    text = "FEMA has approved over $911 million, which includes $581 million in assistance."
    assert totals(text) == [("$911 million", None), ("$581 million", "$911 million")]
    text = "The private sector has announced $240 billion. That includes $70 billion in batteries."
    assert totals(text) == [("$240 billion", None), ("$70 billion", "$240 billion")]
    text = "It gave $4 billion to research. The budget request includes $807 million for HBCUs."
    assert totals(text) == [("$4 billion", None), ("$807 million", None)]


def test_times_before_a_comparative_is_a_multiplier_not_a_count() -> None:
    assert counts("Black women are three times more likely to die in childbirth.") == []
    assert counts("It costs six times as much to go underground.") == []
    assert counts("Congress renewed the law three times in 2000, 2005 and 2013.") == [
        (3, "times")
    ]


def test_nouns_of_earlier_phrases_money_and_totals() -> None:
    text = "And we’ve provided billions in\nfunding for the “last mile”."
    assert counts(text) == [(1000000000, "dollars")]
    text = "losing 9,000 manufacturing jobs per month, or 111,000 total, in the final year"
    assert counts(text) == [(9000, "jobs"), (111000, "jobs")]


def test_markdown_and_text_start_do_not_hide_a_figure() -> None:
    text = "The country gained 10,000 [manufacturing\njobs](https://data.bls.gov/x) in office."
    assert counts(text) == [(10000, "jobs")]
    assert counts("Hundreds of children were killed.") == [(100, "children")]
    assert counts("will support **tens of thousands of\ngood, new jobs** for") == [
        (10000, "jobs")
    ]


def test_a_number_after_a_capitalised_name_word_is_no_figure() -> None:
    text = "issues identified in the Special 301 Report. Phase 3 trials enrolled 5 people."
    assert counts(text) == [(5, "people")]
    assert counts("They will form 2 battalions.") == [(2, "battalions")]


def test_slavic_people_and_abstract_nouns_are_counted_in_english() -> None:
    text = "Загинули двох греків. Пережили дві окупації. 553 бійці. П'ять поліцейських."
    assert counts(text, "uk") == [
        (2, "greeks"),
        (2, "occupations"),
        (553, "fighters"),
        (5, "policemen"),
    ]
    text = "Вони вбили 16 тисяч російських військових уже."
    assert counts(text, "uk") == [(16000, "military")]
    assert counts("Вони знищили 5 військових об'єктів.", "uk") == [(5, "facilities")]


def test_two_alternative_numbers_take_the_first_and_the_second_as_most() -> None:
    text = "experts were projecting that the American economy would grow by 3 or 4 percent"
    assert [(f.text, f.fields["value"], f.fields["value_max"]) for f in figures(text)] == [
        ("3 or 4 percent", 3, 4)
    ]
    text = "the Russian army will allegedly take down all our resistance - three or five days."
    assert counts(text) == [(3, "days")]
    assert counts("We go through this every four or five hundred years.") == [(400, "years")]
    assert counts("Це повторювалося 5 чи 6 разів.", "uk") == [(5, "times")]
    assert counts("one or two days") == [(2, "days")]  # "one" is never a figure


def test_one_in_every_n_is_a_proportion_not_a_figure() -> None:
    text = "Over 38 million Americans, or 1 in every 10 people, have diabetes."
    assert counts(text) == [(38000000, "americans")]
    assert counts("one out of every three Jews in the entire world") == []


def test_currency_codes_before_and_after_an_amount_name_the_money() -> None:
    text = (
        "Agreed on support from France for EUR 300 million. Zelenskyy also agreed to allocate "
        "USD 500 million to Ukraine. The Government allocates UAH 2,000 to each adult and "
        "2 billion USD more."
    )
    assert counts(text) == [
        (300000000, "euros"),
        (500000000, "dollars"),
        (2000, "hryvnias"),
        (2000000000, "dollars"),
    ]
    assert figures(text)[0].text == "EUR 300 million"


def test_an_abbreviated_unit_is_what_the_figure_measures() -> None:
    text = "studies on the 2.69-2.9 GHz and the 4.4-4.94 GHz spectrum frequencies"
    assert counts(text) == [(2.69, "gigahertz"), (4.4, "gigahertz")]
    text = "plans for about 94 GW of new clean power and 900 MW of electricity"
    assert counts(text) == [(94, "gigawatts"), (900, "megawatts")]


def test_a_scale_letter_glued_to_the_digits_multiplies_them() -> None:
    text = "Serve 900K households; $2B in aid; ACP got 20M+ households connected; €1.5bn"
    assert counts(text) == [
        (900000, "households"),
        (2000000000, "dollars"),
        (20000000, "households"),
        (1500000000, "euros"),
    ]
    text = "Mike Roman is CEO of 3M Company. 3M concluded a deal. See Annex 2B of the USSFTA."
    assert counts(text) == []
    assert counts("Federal spending increased by $8.2B between FY20 and FY23.") == [
        (8200000000, "dollars")
    ]


def test_slavic_weapons_are_counted_by_their_english_head_noun() -> None:
    text = (
        "Німеччина оголосила про постачання 1000 протитанкових гранатометів та 500 «Стінгерів». "
        "Бельгія дає 5000 кулеметів."
    )
    assert counts(text, "uk") == [(1000, "launchers"), (500, "stingers"), (5000, "guns")]
    assert figures(text, "uk")[1].text == "500 «Стінгерів»"


def test_a_number_inside_a_capitalised_name_is_no_figure() -> None:
    text = (
        "The deputy director just said that stopping Nord Stream 2 relieved Europe. I want to "
        "applaud the UAW and each of our Big Three auto companies, and the China 10 percent "
        "tariff stays."
    )
    assert counts(text) == [(10, "percent")]


def test_a_number_opening_a_sentence_after_a_name_is_still_a_figure() -> None:
    text = (
        "Seven servicemen of the State Service for Special Communication and Information "
        "Protection. Two of them - posthumously."
    )
    assert counts(text) == [(7, "servicemen"), (2, "servicemen")]


def test_a_measure_before_a_plural_noun_is_a_modifier_not_a_figure() -> None:
    assert counts("Look at 500 kg bombs that were dropped on the houses.") == []
    assert counts("We delivered 2,000 kg of food.") == [(2000, "kilograms")]


def test_an_adverb_right_after_a_number_is_not_what_it_counts() -> None:
    text = (
        "Nearly 160 million Americans are now fully vaccinated, more than 4.75 million here "
        "in Michigan. John Lewis was only 23 when he spoke."
    )
    assert counts(text) == [(160000000, "americans"), (4750000, "americans")]


def test_n_of_the_top_m_is_a_share_of_the_second_figure() -> None:
    text = (
        "Trump’s judges occupied 9 of the top 11 spots for productivity, and 9 of the "
        "top 10 spots for influence. Then five of the six vaccines were approved."
    )
    facts = figures(text)
    assert [(f.fields["value"], f.fields["counted"], f.fields["part_of"]) for f in facts] == [
        (9, "spots", 1),
        (11, "spots", None),
        (9, "spots", 3),
        (10, "spots", None),
        (5, "vaccines", 5),
        (6, "vaccines", None),
    ]


def test_a_number_of_a_year_takes_no_noun_from_a_later_figure() -> None:
    text = "Doses will be delivered by quarter three of 2022. In total, 300 million doses."
    assert counts(text) == [(300000000, "doses")]


def test_an_increment_counts_what_the_figure_before_counts_and_is_no_share() -> None:
    text = (
        "As of today, 1015 settlements have been de-occupied, which is plus six in the past "
        "24 hours."
    )
    facts = figures(text)
    assert [(f.fields["value"], f.fields["counted"], f.fields["part_of"]) for f in facts] == [
        (1015, "settlements", None),
        (6, "settlements", None),
        (24, "hours", None),
    ]


def test_bare_millions_after_a_verb_of_spending_are_dollars() -> None:
    text = (
        "American taxpayers have spent billions on these organizations. Injunctions can cost "
        "taxpayers millions or even billions of dollars. It saved millions from poverty."
    )
    assert counts(text) == [
        (1000000000, "dollars"),
        (1000000, "dollars"),
        (1000000000, "dollars"),
    ]


def test_ukrainian_displaced_people_are_migrants() -> None:
    text = "Ціною майже десяти мільйонів переселенців."
    assert counts(text, "uk") == [(10000000, "migrants")]


def ranges(text: str) -> list[tuple[str, object, object, object]]:
    return [
        (fact.text, fact.fields["value"], fact.fields["value_max"], fact.fields["counted"])
        for fact in figures(text)
    ]


def test_two_amounts_joined_by_a_range_word_are_one_range() -> None:
    assert ranges("<td>$5,500 to $10,500</td>") == [("$5,500 to $10,500", 5500, 10500, "dollars")]
    text = "will save between $25 and $30 a month, and $1.5-$5.7 billion in all."
    assert ranges(text) == [
        ("$25 and $30", 25, 30, "dollars"),
        ("$1.5-$5.7 billion", 1500000000, 5700000000, "dollars"),
    ]


def test_amounts_from_high_to_low_stay_two_figures() -> None:
    text = "whether they pay $500 to $200 a month"
    assert ranges(text) == [("$500", 500, None, "dollars"), ("$200", 200, None, "dollars")]


def test_a_range_in_words_takes_the_first_number() -> None:
    text = "Four to five years of training to become an electrician. It takes two to three weeks."
    assert ranges(text) == [
        ("Four to five years", 4, 5, "years"),
        ("two to three weeks", 2, 3, "weeks"),
    ]


def test_bucks_are_dollars_and_clock_times_are_no_figures() -> None:
    text = "It only cost me 35 bucks. The press conference is eight o’clock, thereabout."
    assert counts(text) == [(35, "dollars")]


def test_about_after_a_verb_of_speech_is_no_approximation() -> None:
    text = "He talked about four crises. It costs about 5 percent, close to a\nmillion dollars."
    assert [(fact.text, fact.fields["approx"]) for fact in figures(text)] == [
        ("four crises", None),
        ("5 percent", "about"),
        ("a\nmillion dollars", "nearly"),
    ]
