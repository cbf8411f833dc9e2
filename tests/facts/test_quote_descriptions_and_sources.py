"""Quotes whose speaker is described, not named ("the mayor of the city in China … he said",
"she’d say"), introduced by a verb and a work ("stated in his Farewell Address,"), or named on
a source line above them ("**From** [**CNBC**](…)**:**")."""

from __future__ import annotations

from tests.facts.conftest import quotes_of, speakers_of

REMARKS = "Remarks by President Biden at a Campaign Event"


# --- "he" for someone described ------------------------------------------------------------


def test_he_stands_for_a_person_described_in_the_same_sentence() -> None:
    text = (
        "And we went to a city, and I was standing next to the mayor of the city in China, and "
        "during a demonstration, he leaned over to me and he said, “So when do you think the "
        "United States is going to get a clean energy plan?”"
    )
    assert speakers_of(text) == ["mayor"]


def test_a_described_person_keeps_the_place_after_of() -> None:
    text = (
        "I got a phone call from a person I never knew: the former governor of New Jersey, who "
        "was 45 years my senior.  And he told me he knew how I felt.  And I didn’t say "
        "anything.\n\nHe said, “I know what you’re thinking.”"
    )
    assert speakers_of(text) == ["former governor of New Jersey"]


def test_someone_named_after_the_description_blocks_it() -> None:
    text = (
        "I sat down with a senator in England.  And Macron looked at me, and he said, "
        "“Mr. President, for how long — for how long?”"
    )
    assert speakers_of(text) == []


def test_a_given_name_after_with_blocks_the_description() -> None:
    text = (
        "She was the former mayor of Monterey.  I spoke with Judy several days ago.  And she "
        "felt very strongly.  She said, “We have to move forward.”"
    )
    assert "former mayor of Monterey" not in speakers_of(text)


# --- "he’d say", "yell" --------------------------------------------------------------------


def test_what_a_relative_would_say_is_theirs() -> None:
    text = (
        "Every time I’d walk out of my grandfather — leaving his house up in Scranton, he’d "
        "yell, “Joey, keep the faith.” And my grandmother would come to the door, and she’d "
        "say, “No, Joey, spread it.” Let’s spread the faith."
    )
    assert speakers_of(text) == ["grandfather", "grandmother"]


def test_what_someone_would_say_if_they_were_here_is_no_quote() -> None:
    text = "If my mother were here, she’d say, “God bless you both.”  Thank you for joining us."
    assert speakers_of(text, title=REMARKS) == []


def test_exclaimed_after_a_quote_names_the_speaker() -> None:
    text = (
        "“Every package built here today is built with American values,” exclaimed First Lady "
        "Melania Trump."
    )
    assert speakers_of(text) == ["Melania Trump"]


# --- a verb, then the work it was said in ---------------------------------------------------


def test_a_verb_may_be_followed_by_the_work_it_was_said_in() -> None:
    text = (
        "Our greatest leaders have always recognized it.  As President Washington famously "
        "stated in his seminal Farewell Address, “Of all the dispositions and habits which "
        "lead to political prosperity, religion and morality are indispensable supports.”"
    )
    assert speakers_of(text) == ["Washington"]


# --- a source line above the quotes ---------------------------------------------------------


def test_a_from_line_names_the_source_of_the_quoted_paragraphs_below() -> None:
    text = (
        "Rates fell again this week.\n\n**From**\n[**CNBC**](https://www.cnbc.com/2025/09/16/"
        "mortgage.html)**:**\n\n*“Mortgage rates dropped sharply Tuesday, as investors seemed "
        "to buy in.*\n\n*The average rate fell to 6.13%.”*\n"
    )
    quotes = quotes_of(text, language="en")
    assert [speaker for _, speaker in quotes] == ["CNBC"]
    assert quotes[0][0].endswith("6.13%.”")


def test_an_according_to_line_names_the_source_of_a_list_of_quotes() -> None:
    text = (
        "Farmers agree.\n\n**According to the** [**latest**](https://ag.purdue.edu/x)\n"
        "**Purdue University-CME Group Ag Economy Barometer:**\n\n"
        "-   70% of farmers expect tariffs to help.\n-   The index rose.\n"
        "    -   “This month, one out of four respondents said it was a good time to make "
        "large investments.”\n"
    )
    assert speakers_of(text) == ["Purdue University-CME Group Ag Economy Barometer"]


def test_a_source_line_in_lowercase_names_no_one() -> None:
    text = (
        "Read it.\n\n**From the op-ed:**\n\n*“President Donald Trump and the Secretary have "
        "a plan to make America healthy again.”*\n"
    )
    assert speakers_of(text) == []


def test_a_from_line_inside_a_paragraph_names_no_source() -> None:
    text = (
        "From the start, the plan was clear:\n“We will build it and we will finish it on time "
        "and on budget.”"
    )
    assert speakers_of(text) == []
