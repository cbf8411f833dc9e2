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
    assert dates_of("has designated the first day of May each year as Loyalty Day.") == {}
    assert dates_of("We gather every Fourth of July.", "2023-07-04") == {}


def test_year_in_an_appropriations_act_name_is_also_a_date() -> None:
    text = "H.R. 2471, the “Consolidated Appropriations Act, 2022,” provides funding."
    assert dates_of(text, "2022-03-15") == {"2022": "2022"}
    assert legal_texts(text) == ["H.R. 2471", "Consolidated Appropriations Act, 2022"]


def test_proclamation_date_in_words_is_one_date_without_the_independence_ordinal() -> None:
    text = (
        "IN WITNESS WHEREOF, I have hereunto set my hand this twenty-fifth day of August, in "
        "the year of our Lord two thousand twenty-three, and of the Independence of the "
        "United States of America the two hundred and forty-eighth."
    )
    (fact,) = facts_of(text, "date", "2023-08-25")
    assert fact.fields["value"] == "2023-08-25"
    assert fact.text.startswith("twenty-fifth day of August")
    assert fact.text.endswith("two thousand twenty-three")
    assert facts_of(text, "figure", "2023-08-25") == []


def test_proclamation_date_variants_as_written_in_the_corpus() -> None:
    assert dates_of("set my hand this 1st day of May, in the year of our Lord 2022, and of") == {
        "1st day of May, in the year of our Lord 2022": "2022-05-01"
    }
    assert dates_of(
        "this thirtieth day of April, in the year two thousand twenty-one, and of the"
    ) == {"thirtieth day of April, in the year two thousand twenty-one": "2021-04-30"}
    assert dates_of("this second day of April, two thousand twenty-one, and of the") == {
        "second day of April, two thousand twenty-one": "2021-04-02"
    }
    assert dates_of(
        "thisseventeenth day of April, in the year of our Lord two thousand twenty-five,"
    ) == {
        "seventeenth day of April, in the year of our Lord two thousand twenty-five": "2025-04-17"
    }
    assert dates_of(
        "this 22nd day of January in the Year of our Lord two thousand twenty-five, and"
    ) == {"22nd day of January in the Year of our Lord two thousand twenty-five": "2025-01-22"}
    assert dates_of("on the Sixth of September in the Year Two Thousand and Twenty-Three. ###") == {
        "Sixth of September in the Year Two Thousand and Twenty-Three": "2023-09-06"
    }
    assert dates_of("Signed in Tokyo this 28th day of October, two thousand and twenty-five.") == {
        "28th day of October, two thousand and twenty-five": "2025-10-28"
    }


def test_year_words_that_run_on_into_an_ordinal_are_not_read_as_2000() -> None:
    text = "this twenty-second day of July, in the year of our Lord two thousand twenty-second, and"
    assert dates_of(text, "2022-07-22") == {"twenty-second day of July": "2022-07-22"}


def test_ordinal_days_in_prose() -> None:
    assert dates_of("We met on the first of May.", "2023-08-25") == {"first of May": "2023-05-01"}
    assert dates_of("by May the 1st. I’m glad", "2021-03-12") == {"May the 1st": "2021-05-01"}
    assert dates_of("It began on the 24th of February 2022.") == {
        "24th of February 2022": "2022-02-24"
    }
    assert dates_of("the first of many steps, first of all") == {}


def test_ordinal_days_in_ukrainian_and_russian() -> None:
    assert dates_of("У той же день, третього квітня, коли світ", "2022-04-04") == {
        "третього квітня": "2022-04-03"
    }
    assert dates_of("двадцять четвертого лютого 2022 року", None) == {
        "двадцять четвертого лютого 2022 року": "2022-02-24"
    }
    assert dates_of("с двадцать четвертого февраля", "2022-03-01") == {
        "двадцать четвертого февраля": "2022-02-24"
    }
    assert dates_of("з 24 лютого", "2022-03-01") == {"24 лютого": "2022-02-24"}


def test_a_day_of_last_or_next_year_is_in_that_year() -> None:
    text = "The hostages were initially taken October the 7th of last year. Are there efforts"
    assert dates_of(text, "2024-01-22") == {"October the 7th of last year": "2023-10-07"}
    text = "tax cuts by Jan. 1 of next year, the average Montana family"
    assert dates_of(text, "2025-06-16") == {"Jan. 1 of next year": "2026-01-01"}


def test_vague_relative_expressions_are_no_dates() -> None:
    text = (
        "Last year we passed it, next month we will build on it, and in the past week we "
        "met twice. Earlier this month and later this year, in the years ahead."
    )
    assert dates_of(text) == {}


def test_the_day_after_tomorrow_is_two_days_on() -> None:
    text = "Again, Brett will be in Israel the day after tomorrow. Післязавтра – в Київську."
    assert dates_of(text, "2023-08-25") == {
        "the day after tomorrow": "2023-08-27",
        "Післязавтра": "2023-08-27",
    }


def test_a_weekday_in_a_sentence_with_a_contracted_will_is_the_coming_one() -> None:
    text = "We’ll have jobs numbers come out on Friday."
    assert dates_of(text, "2021-06-02") == {"on Friday": "2021-06-04"}


def test_a_corrected_day_is_not_a_range_back_in_time() -> None:
    text = "over two days on October the 9th — 8th and 9th, even though"
    assert dates_of(text, "2024-02-09") == {"October the 9th": "2024-10-09"}
    text = "OMB’s Memorandum M-24-10 of March 28, 2024 (Advancing Governance"
    assert dates_of(text) == {"March 28, 2024": "2024-03-28"}


def test_fiscal_years_are_years_as_written_with_or_without_a_space() -> None:
    text = "Fiscal Year (FY) 2021, then in FY 2022 and FY2023; see Report-FY2020.pdf"
    assert dates_of(text) == {"2021": "2021", "2022": "2022", "2023": "2023"}


def test_a_day_named_for_a_past_event_takes_the_event_year() -> None:
    text = (
        "From Gettysburg to my Inaugural Address, to the anniversary of the January 6th "
        "insurrection, to Independence Hall in Philadelphia."
    )
    assert dates_of(text, "2023-09-28") == {"January 6th": "2021-01-06"}
    text = "We’ve been actively engaging with them regularly since October 7th."
    assert dates_of(text, "2024-03-15") == {"October 7th": "2023-10-07"}


def test_a_coming_event_day_or_a_kind_of_event_keeps_no_event_year() -> None:
    text = (
        "And on Monday, September 11th, the President will mark the 22nd anniversary of the "
        "terror attacks."
    )
    assert dates_of(text, "2023-08-28")["September 11th"] == "2023-09-11"
    text = "We don’t assess that Hamas can conduct another October 7."
    assert dates_of(text, "2024-06-03") == {}


def test_anniversaries_counted_in_words() -> None:
    text = (
        "On the eve of the one-year anniversary of Russia’s brutal and unprovoked invasion of "
        "Ukraine, the Vice President will reaffirm our support."
    )
    assert dates_of(text, "2023-02-06") == {"one-year anniversary": "2023"}
    text = "Sunday, February 11, 2024 marks the second anniversary of the Indo-Pacific Strategy."
    assert dates_of(text, "2024-02-09")["second anniversary"] == "2024"
    assert dates_of("NATO leaders met on the one-month anniversary of the invasion.") == {}


def test_tomorrow_as_the_future_is_no_date() -> None:
    text = "We will build the clean energy economy of tomorrow and the jobs of tomorrow."
    assert dates_of(text, "2021-04-22") == {}
    text = "To meet the challenges of today and tomorrow, we invest in tomorrow’s workforce."
    assert dates_of(text, "2024-01-16") == {}
    text = "The new rule applies as of tomorrow, and tomorrow’s meeting will discuss it."
    assert list(dates_of(text, "2024-01-16").values()) == ["2024-01-17"]


def test_rhetorical_lists_of_days_are_no_dates() -> None:
    assert dates_of("Tomorrow. Now. Yesterday. Otherwise, Ukraine will bleed out.") == {}
    text = "Israel will be a safe, Jewish, and Democratic state today, tomorrow, and forever."
    assert dates_of(text) == {}
    text = "І це 7144 причини, щоб і завтра, і післязавтра намагатися організувати порятунок."
    assert dates_of(text, "2022-03-11") == {}


def test_days_listed_plainly_are_dates() -> None:
    text = "Сьогодні й завтра у Європі тривають дискусії щодо майбутнього України."
    assert dates_of(text, "2022-03-11") == {"завтра": "2022-03-12"}
    text = "He met with the Vice President yesterday.  Today, he’s met with the Secretary."
    assert dates_of(text, "2024-03-05") == {"yesterday": "2024-03-04"}
    text = "So you’ll see that for yourself in Germany here today and tomorrow."
    assert dates_of(text, "2024-09-05") == {"tomorrow": "2024-09-06"}


def test_a_relative_day_followed_by_its_date_is_that_date_alone() -> None:
    text = (
        "And finally. Tomorrow, April 2, Ukrainian Muslims together with all Muslims of the "
        "world will celebrate the holy month of Ramadan. The call is embargoed until 5:00 a.m. "
        "Eastern tomorrow, Thursday, March 2nd. Вже завтра, 2 квітня, українські мусульмани."
    )
    assert dates_of(text, "2022-04-01T23:30:00") == {
        "April 2": "2022-04-02",
        "March 2nd": "2022-03-02",
        "2 квітня": "2022-04-02",
    }


def test_a_year_named_relative_to_publication_before_or_after_a_day() -> None:
    text = (
        "Минулого року 14 травня в нашій державі вперше відзначався День пам'яті. "
        "Last year, on May 14, the Day of Remembrance was marked. "
        "Ці рішення діють з 24 лютого минулого року. In 2022 we met on June 3."
    )
    assert dates_of(text, "2022-05-14") == {
        "14 травня": "2021-05-14",
        "May 14": "2021-05-14",
        "24 лютого минулого року": "2021-02-24",
        "2022": "2022",
        "June 3": "2022-06-03",
    }


def test_a_day_that_starts_a_name_is_no_date() -> None:
    text = (
        "She served as the CEO of The September 11 Fund. Q Jen, going back to the documents "
        "that the January 6th Committee requested, and the January 6th Select Committee, and "
        "the September 11th National Memorial Trail. The attack on January 6th was a disgrace."
    )
    assert dates_of(text, "2022-03-01") == {"January 6th": "2021-01-06"}


# --- legal ---------------------------------------------------------------------------------


def test_roe_and_dobbs_alone_are_court_decisions_but_not_people_named_roe() -> None:
    text = "Minnesota has codified the protections of *Roe* into law, the first state to do so."
    assert legal_texts(text) == ["Roe"]
    assert legal_texts("Since Dobbs, extremist officials have passed bans.") == ["Dobbs"]
    assert legal_texts("I want to thank Congressman Phil Roe for his service.") == []


def test_law_schools_centers_and_titles_are_not_laws() -> None:
    text = (
        "Christopher H. Schroeder is Charles S. Murphy Emeritus Professor of Law. Ms. Lee "
        "received her J.D. from Yale Law School and worked at the National Women’s Law Center "
        "and as an Administrative Law Judge, upholding the Rule of Law."
    )
    assert legal_texts(text) == []
    text = (
        "The United Kingdom is party to the North Atlantic Treaty and participates in the "
        "North Atlantic Treaty Organization (NATO) at the Pennsylvania Convention Center."
    )
    assert legal_texts(text) == ["North Atlantic Treaty"]


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


def test_numbered_rules_directives_and_abbreviated_executive_orders() -> None:
    text = (
        "The amendments to Rule for Courts-Martial (R.C.M.) 908(c)(3), R.C.M. 1205(a), and "
        "R.C.M. 1209(a)(1) shall take effect. We will request under Federal Rule of Civil "
        "Procedure 65(c) that courts require security. On February 24, 2021, the President "
        "signed E.O. 14017; EO 14074 followed. It supersedes Presidential Policy Directive 26, "
        "Homeland Security Presidential Directive 5 and NSM-25, consistent with PPD-21."
    )
    assert legal_texts(text) == [
        "Rule for Courts-Martial (R.C.M.) 908(c)(3)",
        "R.C.M. 1205(a)",
        "R.C.M. 1209(a)(1)",
        "Federal Rule of Civil Procedure 65(c)",
        "E.O. 14017",
        "EO 14074",
        "Presidential Policy Directive 26",
        "Homeland Security Presidential Directive 5",
        "NSM-25",
        "PPD-21",
    ]


def test_an_abbreviation_inside_a_word_or_a_link_is_no_executive_order() -> None:
    text = "The CEO 14000 plan is in Digital-Assets-Report-EO14178.pdf, with Executive Order 14178."
    assert legal_texts(text) == ["Executive Order 14178"]


def test_a_rule_cited_by_its_quoted_title() -> None:
    text = (
        "S.J. Res. 24, a joint\nresolution that would disapprove the final rule entitled "
        "“Endangered and\nThreatened Wildlife and Plants; Endangered Species Status for "
        "Northern\nLong-Eared Bat.” H.J. Res. 87 disapproves the rule submitted by the "
        "Environmental Protection Agency relating to “California State Motor Vehicle "
        "Standards”. He said “Good rule” and called it “a book titled “X”” (no rule)."
    )
    assert legal_texts(text) == [
        "S.J. Res. 24",
        "Endangered and Threatened Wildlife and Plants; Endangered Species Status for "
        "Northern Long-Eared Bat",
        "H.J. Res. 87",
        "California State Motor Vehicle Standards",
    ]


def test_a_quoted_title_is_no_rule_without_a_rule_word_in_its_clause() -> None:
    text = (
        "The Treasury will issue a Final Rule to implement Executive Order 14105, from "
        "August of 2023, which is entitled “Addressing United States Investments”."
    )
    assert legal_texts(text) == ["Executive Order 14105"]


def test_a_year_after_mid_is_a_date_but_not_a_century() -> None:
    text = "The deficit is the smallest since mid-2020. Homes were built in the mid-1900’s."
    assert dates_of(text) == {"2020": "2020"}


def test_yesterday_in_ukrainian_as_a_day_phrase() -> None:
    text = "За вчорашній день ворог втратив понад 200 солдатів."
    assert dates_of(text, published="2022-03-04") == {"вчорашній день": "2022-03-03"}


def test_a_short_name_defined_in_parentheses_is_no_second_reference() -> None:
    text = (
        "the Montreal Protocol on Substances that Deplete the Ozone Layer (the “Montreal "
        "Protocol”). The Parties to the Montreal Protocol met."
    )
    assert legal_texts(text) == ["Montreal Protocol on Substances", "Montreal Protocol"]
