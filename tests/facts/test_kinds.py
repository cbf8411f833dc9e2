"""Small targeted cases per kind; every fact's span must be exact."""

from __future__ import annotations

from annals.facts import extract_facts
from annals.facts.numbers import parse_digits, parse_words
from annals.models import Fact


def facts_of(text: str, kind: str, **kwargs: str) -> list[Fact]:
    facts = extract_facts(text, **kwargs)
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return [fact for fact in facts if fact.kind == kind]


def test_number_words_and_separators() -> None:
    assert parse_words("two hundred and fifty thousand") == 250_000
    assert parse_words("тысяча") == 1000
    assert parse_digits("1 275") == 1275
    assert parse_digits("1,5", decimal_comma=True) == 1.5


def test_scaled_money_and_ranges() -> None:
    figures = facts_of("It costs $1.5 million. Some 20-30 people were injured.", "figure")
    assert figures[0].fields["value"] == 1_500_000 and figures[0].fields["counted"] == "dollars"
    assert figures[1].fields["value_max"] == 30 and figures[1].fields["approx"] == "about"
    assert figures[1].fields["predicate"] == "injured"


def test_years_pages_articles_and_times_are_not_figures() -> None:
    text = "In 2021, under Article 5 and section 301, see p. 17, at 10:30 a.m. on 3 May."
    assert facts_of(text, "figure") == []


def test_russian_thousand_counts() -> None:
    figures = facts_of("Погибли более 2 тысяч человек, в том числе 300 детей.", "figure")
    assert figures[0].fields["value"] == 2000 and figures[0].fields["counted"] == "people"
    assert figures[1].fields["part_of"] is not None


def test_relative_dates_resolve_against_publication() -> None:
    text = "Yesterday the minister spoke. Last Tuesday he travelled."
    dates = facts_of(text, "date", published="2022-03-10")  # a Thursday
    assert [d.fields["value"] for d in dates] == ["2022-03-09", "2022-03-08"]


def test_us_and_iso_dates() -> None:
    dates = facts_of("Signed on 2022-02-26 and announced 3/9/22, effective May 5, 2022.", "date")
    assert [d.fields["value"] for d in dates] == ["2022-02-26", "2022-03-09", "2022-05-05"]


def test_quote_speaker_after_and_before() -> None:
    text = (
        "“We will rebuild every school in the region,” said Minister Olena Petrenko. "
        "The ambassador, who arrived on Monday, said: “Aid is on its way to the people.”"
    )
    quotes = facts_of(text, "quote")
    assert quotes[0].fields["speaker"] == "Olena Petrenko"
    assert quotes[1].fields["speaker"] is not None


def test_numbered_resolution_and_executive_order() -> None:
    legal = facts_of(
        "UN Security Council resolution 822 (1993) and Executive Order 14067.", "legal"
    )
    assert legal[0].fields["number"] == "resolution 822" and legal[0].fields["date"] == "1993"
    assert legal[1].fields["instrument"] == "executive order"


def test_people_places_and_organisations() -> None:
    text = "President Volodymyr Zelenskyy met the Ministry of Foreign Affairs of Ukraine in Kyiv."
    facts = extract_facts(text)
    kinds = {(f.kind, f.text) for f in facts}
    assert ("person", "Volodymyr Zelenskyy") in kinds
    assert ("place", "Kyiv") in kinds
    assert any(
        k == "organisation" and t.startswith("Ministry of Foreign Affairs") for k, t in kinds
    )


def test_a_range_written_between_and_is_one_figure_with_bounds() -> None:
    text = "Between 40 and 60 volunteers are helping, and 63 children and 70 elderly were moved."
    figures = [fact for fact in extract_facts(text, language="en") if fact.kind == "figure"]
    first = figures[0]
    assert first.text == "40 and 60 volunteers"
    assert (first.fields["value"], first.fields["value_max"]) == (40, 60)
    assert [fact.fields["value_max"] for fact in figures[1:]] == [None, None]


def test_a_number_first_in_the_text_takes_no_currency_from_its_end() -> None:
    # The sign two characters before the first character is the text's own end.
    text = "40 were seen near the €."
    for fact in extract_facts(text):
        assert fact.start >= 0 and text[fact.start : fact.end] == fact.text
        assert fact.fields.get("counted") != "euros"


def test_a_place_in_the_possessive_is_found_without_its_ending() -> None:
    places = facts_of("China’s ports and Japan's factories reopened.", "place")
    assert [place.text for place in places] == ["China", "Japan"]
    assert facts_of("Most delegations agreed.", "place") == []  # Most, the Czech town


def test_us_abbreviation_is_the_country_unless_part_of_a_longer_name() -> None:
    text = "The U.S. Department of Agriculture met U.S. farmers under 7 U.S.C. 136."
    facts = extract_facts(text)
    assert [(f.kind, f.text) for f in facts if f.kind in ("place", "organisation")] == [
        ("organisation", "U.S. Department of Agriculture"),
        ("place", "U.S."),
    ]
    assert [f.fields["name"] for f in facts if f.kind == "place"] == ["United States"]


def test_relative_days_in_quoted_speech_are_not_resolved() -> None:
    text = (
        "Yesterday the minister opened the school. “We will finish the second school "
        "tomorrow, whatever the weather,” said Minister Olena Petrenko."
    )
    dates = facts_of(text, "date", published="2022-03-22")
    assert [(date.text, date.fields["value"]) for date in dates] == [("Yesterday", "2022-03-21")]


def test_resolutions_of_congress_are_numbered_instruments() -> None:
    text = "The Senate passed S.J. Res. 24; the House, H. Con. Res. 9 and H.R. 5376."
    legal = facts_of(text, "legal")
    assert [(fact.text, fact.fields["instrument"]) for fact in legal] == [
        ("S.J. Res. 24", "resolution"),
        ("H. Con. Res. 9", "resolution"),
        ("H.R. 5376", "bill"),
    ]


def figures_of(text: str, **kwargs: str) -> list[tuple[object, object]]:
    return [(f.fields["value"], f.fields["counted"]) for f in facts_of(text, "figure", **kwargs)]


def test_ukrainian_counted_nouns_are_stored_in_english() -> None:
    text = "Оборона триває вже 12 днів, а за закон віддали понад 300 голосів."
    assert figures_of(text, language="uk") == [(12, "days"), (300, "votes")]


def test_a_capitalised_plural_is_a_breakdown_of_people() -> None:
    text = "The deal freed 14 prisoners, including six Canadians and two Swedes."
    total, canadians, swedes = facts_of(text, "figure")
    assert canadians.fields["part_of"] is not None and swedes.fields["part_of"] is not None
    assert total.fields["part_of"] is None
    israelis, children = facts_of("They held 20 Israelis, including 3 children.", "figure")
    assert children.fields["part_of"] is not None


def test_half_in_number_words() -> None:
    text = (
        "The fund lent half a billion dollars and trained two and a half thousand nurses, "
        "and a million and a half people applied."
    )
    assert figures_of(text) == [
        (500_000_000, "dollars"),
        (2500, "nurses"),
        (1_500_000, "people"),
    ]
    assert facts_of(text, "figure")[0].text == "half a billion dollars"


def test_more_without_a_noun_counts_what_the_figure_before_counts() -> None:
    text = "About 12 million renters are covered, and 3 million more may join next year."
    assert figures_of(text) == [(12_000_000, "renters"), (3_000_000, "renters")]
    assert figures_of("We need 3 million more to finish the work.") == []


def test_a_possessive_modifies_the_counted_noun() -> None:
    assert figures_of("She earned two master’s degrees abroad.") == [(2, "degrees")]


def test_the_counted_noun_may_follow_three_modifiers() -> None:
    assert figures_of("The town built 40 new solar charging stations.") == [(40, "stations")]


def test_adjectives_separated_by_commas_and_of_across_a_line_break() -> None:
    assert figures_of("The plan built thousands of\ngood, safe homes.") == [(1000, "homes")]


def test_url_escapes_and_names_with_a_plus_are_not_figures() -> None:
    assert figures_of("See plan%20of%2040%25%20cuts and the G20+5 goals.") == []


def test_one_in_n_is_a_ratio_not_a_count() -> None:
    text = "One in four adults and 1 in 10 children, with 205 cases in 18 countries."
    assert figures_of(text) == [(205, "cases"), (18, "countries")]


def test_words_ending_in_men_are_plural_and_a_verb_ends_the_noun_phrase() -> None:
    assert figures_of("Today 12 servicemen became heroes.") == [(12, "servicemen")]
    assert figures_of("We brought the two of them home.") == []


def test_regions_and_seas_the_gazetteer_lacks_are_places() -> None:
    places = facts_of("Talks on Crimea, the Black Sea and the Middle East resumed.", "place")
    assert [(place.text, place.fields["type"]) for place in places] == [
        ("Crimea", "region"),
        ("Black Sea", "region"),
        ("Middle East", "region"),
    ]


def test_adjectives_ending_in_ous_or_joined_by_and_modify_the_noun() -> None:
    text = "We met three courageous survivors after two violent and deadly attacks."
    assert figures_of(text) == [(3, "survivors"), (2, "attacks")]
    assert figures_of("It trained 40 well-trusted and well-known community leader.") == []


def test_a_name_or_irregular_plural_before_a_plural_modifies_it() -> None:
    text = (
        "The plan helps tens of millions of United States households, sends 600 U.S. "
        "firefighters and hires 1,000 police officers."
    )
    assert figures_of(text) == [
        (10_000_000, "households"),
        (600, "firefighters"),
        (1000, "officers"),
    ]
    assert figures_of("The law lists 5 million Floridians, supports them.") == [
        (5_000_000, "floridians")
    ]
    assert figures_of("The court cited 50 U.S.C. in its order.") == []


def test_singular_nouns_modifying_a_noun_are_no_count() -> None:
    assert figures_of("Both back a two State solution for the region.") == []
    assert figures_of("It hired 22,000 Border Patrol Agents.") == [(22000, "agents")]


def test_an_adjective_naming_people_counts_them_when_nothing_follows() -> None:
    assert figures_of("The medics took out four wounded under fire.") == [(4, "wounded")]
    assert figures_of("Medics took out four wounded soldiers.") == [(4, "soldiers")]


def test_a_number_with_no_noun_and_nothing_before_it_to_count_is_dropped() -> None:
    assert figures_of("The crew of Flight 93 who fought back were heroes.") == []
    assert figures_of("Since then, 14 thousand were killed.") == [(14000, "people")]
    assert figures_of("They freed 40 prisoners, and 12 were sick.") == [
        (40, "prisoners"),
        (12, "prisoners"),
    ]


def test_a_four_digit_count_before_a_lowercase_plural_is_no_year() -> None:
    text = "Shelling damaged 1570 educational institutions and 1998 hospitals."
    assert figures_of(text) == [(1570, "institutions"), (1998, "hospitals")]
    assert figures_of("The archive holds 1570 Tudor letters.") == []


def test_a_price_per_unit_and_ukrainian_forms_after_numbers() -> None:
    assert figures_of("Gas costs $3.29/gallon now.") == [(3.29, "dollars")]
    text = (
        "141 країна підтримала резолюцію, проти – чотири держави. Ми витримали у шість разів довше."
    )
    assert figures_of(text, language="uk") == [(141, "countries"), (4, "states")]


def test_a_plural_number_word_repeated_for_emphasis_is_one_number() -> None:
    assert parse_words("dozens and dozens") == 12
    assert parse_words("thousands and thousands") == 1000
    figures = facts_of("Hundreds and hundreds of volunteers came.", "figure")
    assert [(f.fields["value"], f.fields["approx"]) for f in figures] == [(100, "more than")]


def test_cyrillic_place_names_are_found_in_other_cases() -> None:
    text = "Обстріли в Києві та Харкові, евакуація з Одеси. Зараз Провів нараду з Володимиром."
    places = facts_of(text, "place", language="uk")
    assert [(place.text, place.fields["name"]) for place in places] == [
        ("Києві", "Київ"),
        ("Харкові", "Харків"),
        ("Одеси", "Одеса"),
    ]


def test_no_fact_but_a_quote_runs_into_the_next_paragraph() -> None:
    # A heading over a paragraph, and table rows as an import's plain text leaves them.
    text = (
        "Lisa Gomez, Nominee, Department of Labor\n\n"
        "Lisa M. Gomez is a partner with a law firm.\n\n"
        "Close Medicare Tax Loophole for Wealthy 250\n\n"
        "Limit Business Losses for the Wealthy 170\n\n"
        "IRS Investments 80"
    )
    facts = extract_facts(text)
    assert not [fact.text for fact in facts if "\n\n" in fact.text]
    organisations = [fact.text for fact in facts if fact.kind == "organisation"]
    assert "Department of Labor" in organisations


def test_a_name_may_run_over_one_line_break() -> None:
    organisations = facts_of("Nominee for the Department\nof Labor, 2022", "organisation")
    assert [fact.fields["name"] for fact in organisations] == ["Department of Labor"]


def test_a_span_of_time_has_no_predicate() -> None:
    text = (
        "For 50 years, people were killed. Протягом 5 років загинули 300 людей. A 1 year old died."
    )
    figures = {fact.text: fact.fields["predicate"] for fact in facts_of(text, "figure")}
    assert figures["50 years"] is None and figures["5 років"] is None
    assert figures["1 year"] is None
    assert figures["300 людей"] == "killed"


def test_a_citation_listed_after_its_title_in_one_parenthesis() -> None:
    text = (
        "“We destroyed this stereotype,” Serj Sargsyan said (Thomas de Waal, “Karabakh: "
        "Armenia and Azerbaijan on the Road to Peace and War”, New York University Press, "
        "2003, p. 172). He said, “We won.” (Thomas de Waal, “Black Garden”, NYU Press, 2013)."
    )
    citations = facts_of(text, "citation")
    assert [(c.fields["author"], c.fields["title"], c.fields["year"]) for c in citations] == [
        ("Thomas de Waal", "Karabakh: Armenia and Azerbaijan on the Road to Peace and War", "2003"),
        ("Thomas de Waal", "Black Garden", "2013"),
    ]
    assert citations[0].fields["page"] == "172"
    # A cited title is no quote, and the quote the citation follows keeps its speaker.
    quotes = facts_of(text, "quote")
    assert [(q.text, q.fields["speaker"]) for q in quotes] == [
        ("“We destroyed this stereotype,”", "Serj Sargsyan"),
        ("“We won.”", "Serj Sargsyan"),
    ]
