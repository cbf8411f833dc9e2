"""Dates and legal references that need more than a month name or a head word: anniversaries
in a year the sentence names, holidays, recurring days, code citations, court cases and
rulings, coordinated names and Ukrainian and Russian instruments. Snippets from statements."""

from __future__ import annotations

from annals.facts import extract_facts
from annals.models import Fact


def facts_of(text: str, kind: str, published: str | None = None) -> list[Fact]:
    facts = extract_facts(text, published=published)
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
    return [fact for fact in facts if fact.kind == kind]


def dates_of(text: str, published: str | None = "2025-07-31") -> dict[str, str]:
    return {fact.text: fact.fields["value"] for fact in facts_of(text, "date", published)}


def legal_texts(text: str) -> list[str]:
    return [" ".join(fact.text.split()) for fact in facts_of(text, "legal")]


# --- dates ---------------------------------------------------------------------------------


def test_anniversary_falls_in_the_year_the_sentence_names() -> None:
    text = (
        "The year 2026 will also mark the 250th anniversary of the America’s founding and "
        "the 70th anniversary of the original President’s Council on Youth Fitness."
    )
    assert dates_of(text) == {
        "2026": "2026",
        "250th anniversary": "2026",
        "70th anniversary": "2026",
    }


def test_anniversary_celebrated_on_a_dated_day() -> None:
    text = (
        "On August 24, 2021, the whole country celebrated the 30th anniversary of our independence!"
    )
    assert dates_of(text, "2022-05-09")["30th anniversary"] == "2021"


def test_anniversary_year_far_from_publication_is_the_event_not_the_anniversary() -> None:
    text = "After the war ended in 1945, we marked the 75th anniversary of the liberation."
    assert dates_of(text, "2020-01-27")["75th anniversary"] == "2020"


def test_fourth_of_july_takes_the_year_named_before_it() -> None:
    text = (
        "President Johnson signed the Civil Rights Act of 1964 just two days before the "
        "Fourth of July."
    )
    assert dates_of(text, "2024-07-29") == {"1964": "1964", "Fourth of July": "1964-07-04"}


def test_holidays_without_a_year_take_the_publication_year() -> None:
    assert dates_of("I wish you all a happy Fourth of July.", "2023-07-04") == {
        "Fourth of July": "2023-07-04"
    }
    assert dates_of("We will gather on Christmas Day.", "2023-12-20") == {
        "Christmas Day": "2023-12-25"
    }
    greeting = "Best wishes for New Year’s Day to all families."
    assert dates_of(greeting, "2023-12-29") == {"New Year’s Day": "2024-01-01"}


def test_independence_day_is_ukraines_when_the_sentence_names_ukraine() -> None:
    assert dates_of("Happy Independence Day, Ukraine!", "2022-08-24") == {
        "Independence Day": "2022-08-24"
    }
    assert dates_of(
        "As we prepare to celebrate Independence Day, get vaccinated.", "2021-07-02"
    ) == {"Independence Day": "2021-07-04"}
    text = "Вітаю вас із Днем Незалежності!"
    assert dates_of(text, "2022-08-24") == {"Днем Незалежності": "2022-08-24"}


def test_a_day_of_each_year_is_not_a_date() -> None:
    text = (
        "The Congress, by a joint resolution approved December 17, 1963, as amended, has "
        "designated December 17 of each year as “Wright Brothers Day.”"
    )
    assert dates_of(text, "2021-12-16") == {"December 17, 1963": "1963-12-17"}
    assert dates_of("We gather every Fourth of July.", "2023-07-04") == {}


def test_year_in_an_appropriations_act_name_is_not_a_date() -> None:
    text = "H.R. 2471, the “Consolidated Appropriations Act, 2022,” provides funding."
    assert dates_of(text, "2022-03-15") == {}


# --- legal ---------------------------------------------------------------------------------


def test_code_citations_beside_the_act_they_codify() -> None:
    text = (
        "including section 303 of the Defense Production Act of 1950, as amended (the “Act”) "
        "(50 U.S.C. 4533), and the International Emergency Economic Powers Act "
        "(50 U.S.C. 1701-1706), as amended (77 Stat. 402; 36 U.S.C. 143)."
    )
    assert legal_texts(text) == [
        "section 303 of the Defense Production Act of 1950",
        "50 U.S.C. 4533",
        "International Emergency Economic Powers Act",
        "50 U.S.C. 1701-1706",
        "77 Stat. 402",
        "36 U.S.C. 143",
    ]


def test_the_constitution_alone_is_a_reference_but_not_constitution_avenue() -> None:
    text = "by the authority vested in me as President by the Constitution and the laws"
    assert legal_texts(text) == ["Constitution"]
    assert legal_texts("The parade went down Constitution Avenue on Constitution Day.") == []


def test_the_act_opening_a_sentence_on_a_new_line_names_nothing() -> None:
    assert legal_texts("more than 41,500 small businesses and farms. The\nAct also provides") == []


def test_two_laws_joined_by_and_are_two_references() -> None:
    text = "funding in the Bipartisan Infrastructure Law and Inflation Reduction Act for homes"
    assert legal_texts(text) == ["Bipartisan Infrastructure Law", "Inflation Reduction Act"]


def test_each_number_of_a_list_of_resolutions() -> None:
    text = "UN Security Council resolutions 822, 853, 874 and 884 were adopted in 1993."
    assert legal_texts(text) == ["UN Security Council resolutions 822", "853", "874", "884"]


def test_rulings_with_the_court_after_the_ruling_word_or_after_its_date() -> None:
    text = (
        "The judgment of the International Court of Justice of 31 January 2024 is binding. "
        "In its Order of 16 March 2022, the International Court of Justice indicated "
        "provisional measures."
    )
    facts = facts_of(text, "legal")
    assert [fact.fields["court"] for fact in facts] == ["International Court of Justice"] * 2
    assert [fact.fields["date"] for fact in facts] == ["2024-01-31", "2022-03-16"]


def test_court_cases_by_name() -> None:
    text = (
        "The Supreme Court overturned Roe v. Wade. I’ve met with over 150 legislators since "
        "the Dobbs decision."
    )
    assert legal_texts(text) == ["Roe v. Wade", "Dobbs decision"]
    assert legal_texts("Casey said she would come.") == []


def test_ukrainian_law_decree_and_resolution() -> None:
    text = (
        "Верховна Рада ухвалила Закон України «Про правовий режим воєнного стану». Підписав "
        "Указ Президента України №64/2022 «Про введення воєнного стану в Україні». Нагадаю, "
        "вчора було ухвалено постанову №155 «Про особливості визнання гуманітарною допомогою»."
    )
    assert legal_texts(text) == [
        "Закон України «Про правовий режим воєнного стану»",
        "Указ Президента України №64/2022 «Про введення воєнного стану в Україні»",
        "постанову №155 «Про особливості визнання гуманітарною допомогою»",
    ]


def test_ukrainian_charter_article_statute_and_convention() -> None:
    text = (
        "Відповідно до статті 51 Статуту ООН Україна має право на самооборону. Вони будуть "
        "позбавлені, відповідно до статті 48 Дисциплінарного статуту Збройних Сил України, "
        "звань. Ми поводимося з полоненими в межах Женевської конвенції."
    )
    assert legal_texts(text) == [
        "статті 51 Статуту ООН",
        "статті 48 Дисциплінарного статуту Збройних Сил України",
        "Женевської конвенції",
    ]


def test_russian_federal_law_decree_and_un_resolution() -> None:
    text = (
        "Федеральный закон от 28.12.2012 № 272-ФЗ «О мерах воздействия». Указ Президента "
        "Российской Федерации от 21 февраля 2022 г. № 71. Резолюция Совета Безопасности ООН "
        "2202 (2015)."
    )
    assert legal_texts(text) == [
        "Федеральный закон от 28.12.2012 № 272-ФЗ «О мерах воздействия»",
        "Указ Президента Российской Федерации от 21 февраля 2022 г. № 71",
        "Резолюция Совета Безопасности ООН 2202 (2015)",
    ]


def test_slavic_ruling_of_a_court_before_its_date() -> None:
    text = "Згідно з рішенням Європейського суду з прав людини від 22 квітня 2010 року, дії"
    (fact,) = facts_of(text, "legal")
    assert fact.fields["court"] == "Європейського суду з прав людини"
    assert fact.fields["date"] == "2010-04-22"


def test_generic_slavic_mentions_of_laws_and_decrees_are_not_references() -> None:
    text = (
        "Підписав указ про нагородження наших героїв. Очікую ухвалені закони на підпис. "
        "Діємо відповідно до законів України. Він устав від війни."
    )
    assert legal_texts(text) == []
