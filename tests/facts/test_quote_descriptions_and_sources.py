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


def test_a_post_in_lowercase_before_quote_is_the_speaker() -> None:
    text = (
        "And Iran’s foreign minister warned, quote, “Anything would be possible at any moment "
        "and the region will get out of control.”"
    )
    assert speakers_of(text, language="en") == ["Iran’s foreign minister"]


def test_one_analyst_who_put_it_is_the_speaker_without_one() -> None:
    text = (
        "In fact, as one leading oil market analyst put it, quote, “The U.S. has become the "
        "world’s oil barrel of last resort.”"
    )
    assert speakers_of(text, language="en") == ["leading oil market analyst"]


def test_a_post_of_a_place_in_lowercase_is_the_whole_post() -> None:
    before = "The director of the airport said, “We’re about to renovate the airport.”"
    after = "“We’re about to renovate the airport,” said the director of the airport."
    assert speakers_of(before, language="en") == ["director of the airport"]
    assert speakers_of(after, language="en") == ["director of the airport"]


def test_a_bold_subject_and_verb_before_a_quote_name_the_speaker() -> None:
    text = (
        "It will help.\n\n**The First Lady continued**, “Secretary Scott Turner’s commitment "
        "will provide thousands of youth with rental assistance.”"
    )
    assert speakers_of(text, language="en") == ["First Lady"]


def test_a_heading_x_on_a_show_names_the_speaker_of_the_list_under_it() -> None:
    text = (
        "Here is what you missed.\n\n#### **Senator Markwayne Mullin on Meet the Press**\n\n"
        "-   “This cuts spending. It’s the largest deficit cut by any Congress ever.”\n"
        "    ([Watch](https://x.com/RapidResponse47/status/1))\n"
        "-   “What we’re doing is cutting the waste, fraud, and abuse out of the\n"
        "    Medicaid system.”\n"
    )
    assert speakers_of(text, language="en") == ["Markwayne Mullin"] * 2


def test_a_plain_heading_names_the_speaker_of_quotes_labelled_by_topic() -> None:
    text = (
        "Sunday shows.\n\nSenior Counselor Peter Navarro on Sunday Morning Futures\n\n"
        "-   [On the need for\n    tariffs](https://x.com/RapidResponse47/status/1):\n"
        "    “It’s all these things that these foreign countries do to cheat us.”\n"
    )
    assert speakers_of(text, language="en") == ["Peter Navarro"]


def test_a_bold_lead_sentence_over_a_list_names_its_subject() -> None:
    text = (
        "The deal is done.\n\n**Secretary Bessent then made the rounds on television to inform "
        "the\nAmerican people of the landmark deal:**\n\n"
        "-   [On\n    negotiations](https://x.com/RapidResponse47/status/1):\n"
        "    “It was always respectful. We had the two largest economies in the world.”\n"
    )
    assert speakers_of(text, language="en") == ["Bessent"]


def test_a_bold_lead_that_opens_with_no_subject_names_no_one() -> None:
    text = (
        "Chaos.\n\n**Of course, Portland’s own citizens are sounding the alarm loud and "
        "clear:**\n\n-   “It’s like a war zone. There are times I’ve had to have a gas mask on.”\n"
    )
    assert speakers_of(text, language="en") == []


def test_a_bold_lead_sentence_with_a_linked_verb_names_the_speaker() -> None:
    text = (
        "Families benefit.\n\n-   **In Iowa, fifth-generation farmer Dennis Friest**\n"
        "    [**says**](https://x.com/RapidResponse47/status/1)\n"
        "    **it “feels like a weight has been lifted from his shoulders” now\n"
        "    that the bill prevents the death tax from hitting his farm:** “One of my goals "
        "was to pass this farm onto the next generation.”\n"
    )
    assert speakers_of(text, language="en") == ["Dennis Friest"]


def test_a_bold_lead_on_a_topic_names_no_speaker() -> None:
    text = (
        "Results.\n\n-   **On the massive fraud scandals plaguing Minnesota and other\n"
        "    Democrat-run states:** “Minnesota and these other states, we have massive "
        "investigations going into fraud.”\n"
    )
    assert speakers_of(text, language="en") == []


def test_a_linked_outlet_over_a_headline_is_the_source_of_the_excerpt() -> None:
    text = (
        "Coverage.\n\n[**KNXV (Phoenix,\nAZ)**](https://www.abc15.com/news/x)**:\n"
        "Speaker Johnson, Sec. of Treasury, Rep. Ciscomani visit Arizona\nmanufacturers**  \n"
        "“Top Republican leaders visited a Frito-Lay facility in Casa Grande on Wednesday.”\n"
    )
    assert speakers_of(text, language="en") == ["KNXV"]


def test_a_long_bold_label_over_a_quote_names_its_first_person() -> None:
    text = (
        "Leaders react.\n\xa0 \n**<u>Electra Paskett, Founding Director of the Center for "
        "Cancer Health\nEquity and Deputy Director for Population Sciences and Community\n"
        "Outreach, and Marion Rowley, Designated Chair in Cancer Research, The\nOhio State "
        "University Comprehensive Cancer Center:</u>**  \n“Far too many people fall through "
        "the cracks when it comes to cancer screening.”\n"
    )
    assert speakers_of(text, language="en") == ["Electra Paskett"]


def test_a_long_bold_label_that_opens_with_a_post_names_no_one() -> None:
    text = (
        "Members react.\n\n**Co-chair, Senate and House Bipartisan Task Forces for Combating "
        "Antisemitism, Nevada Congresswoman, Jacky Rosen:** “Jewish communities across our "
        "country are experiencing an alarming rise.”\n"
    )
    assert speakers_of(text, language="en") == []


def test_a_lead_paragraph_with_spoke_names_the_speaker_of_the_quotes_below() -> None:
    text = (
        "At a roundtable, **First Lady Melania Trump spoke** from the heart and shared a "
        "reflection on the families she met:\n\n“My deepest sympathy to all of the parents "
        "who lost beautiful, young souls.”\n\n“We just met with the wonderful families. We "
        "prayed with them.”\n"
    )
    assert speakers_of(text, language="en") == ["Melania Trump"] * 2


def test_a_lead_where_i_spoke_with_someone_leaves_the_quote_to_the_verb() -> None:
    text = (
        "**Dear friends!**\n\nThis morning I spoke with His Holiness Pope Francis and he said "
        "very important words: “I understand that you want peace and that you defend "
        "yourselves.”"
    )
    assert speakers_of(text, language="en") == ["Francis"]


# --- labels as the plain text of a Markdown import leaves them --------------------------------


def test_a_label_with_stray_emphasis_marks_names_the_speaker() -> None:
    text = (
        "See below for what they are saying:\n\n"
        "*Maria Praeli, Deputy Director of Government Relations, FWD.us:\u00a0*“Today’s "
        "announcement is a major victory for DACA recipients and their families.”\n\n"
        "**Rep. Raul Ruiz:\u00a0“I applaud @POTUS’s action to expand health care to DACA "
        "recipients.” [Tweet, 4/13/23]"
    )
    assert speakers_of(text) == ["Maria Praeli", "Raul Ruiz"]


def test_a_plain_label_after_the_quote_before_it_names_the_speaker() -> None:
    text = (
        "Industry leaders praised the plan. “We are proud to partner with this "
        "Administration.” [Statement, 4/13/23] Microsoft Chairman and CEO Satya Nadella: "
        "“Thank you for your leadership on this important issue today.”"
    )
    assert speakers_of(text)[-1] == "Satya Nadella"


def test_a_long_plain_label_opening_a_paragraph_names_its_first_person() -> None:
    text = (
        "“We applaud the decision of the President today.” [Statement, 3/1/22]\n\n"
        "Sandra Leung, President, National Asian Pacific American Bar Association (NAPABA): "
        "“Julie Su is one of the most qualified individuals to lead the department.”"
    )
    assert speakers_of(text) == ["Sandra Leung"]


def test_a_plain_label_of_a_post_and_a_name_names_the_person() -> None:
    text = (
        "Chief Advocacy and Engagement Officer of AARP, Nancy A. LeaMond: “AARP, which "
        "advocates for older Americans, welcomes this step.”"
    )
    assert speakers_of(text) == ["Nancy A. LeaMond"]


def test_a_plain_line_that_says_something_is_no_label() -> None:
    text = (
        "“It was a great day for the country.”\n\n"
        "Akron, Ohio: “Gas prices have gone down again in Northeast Ohio this week.”\n\n"
        "MS. WINFREY:\u00a0 “Are you okay?”\u00a0 I know, when I heard that, I was moved."
    )
    assert speakers_of(text) == []


def test_a_one_word_plain_label_needs_a_run_of_labelled_quotes() -> None:
    quoted = "“Inflation slowed sharply in March, new data showed on Thursday.”"
    assert speakers_of(f"“Prices fell in March for the first time.”\n\nCNN: {quoted}") == ["CNN"]
    assert speakers_of(f"The numbers are in.\n\nBackground: {quoted}") == []


def test_a_plain_outlet_over_its_headline_is_the_speaker_of_the_excerpt() -> None:
    text = (
        "Here is a selection of recent coverage:\n\n"
        "KFSN (Fresno, CA): Robert F. Kennedy Jr. visits Atwater to announce investment\n"
        "“U.S. Health and Human Services Secretary Robert F. Kennedy Jr. visited Atwater on "
        "Friday to announce a new investment in rural health care.”"
    )
    assert speakers_of(text) == ["KFSN"]


def test_a_plain_headline_without_a_news_outlet_names_no_one() -> None:
    text = (
        "The week in review:\n\n"
        "Big wins: The President signed three bills into law this week\n"
        "“This is a historic moment for the country and for working families everywhere.”"
    )
    assert speakers_of(text) == []


def test_topic_items_under_a_plain_heading_are_the_heading_speaker_s() -> None:
    text = (
        "Here’s what you missed:\n\n"
        "Secretary of State Marco Rubio on Face the Nation\n"
        "- On what happens next: “What happens next will now depend on what Iran chooses.”\n"
        "- On diplomacy: “This is very simple. The President wants to resolve this.”"
    )
    assert speakers_of(text) == ["Marco Rubio", "Marco Rubio"]


# --- plain labels with lowercase words before the name ---------------------------------------


def test_a_plain_label_with_a_lowercase_post_names_the_person_after_it() -> None:
    text = (
        "Here’s what they’re saying:\n\n"
        "CNN national affairs correspondent Jeff Zeleny: “This is the biggest trade deal in "
        "President Trump’s term so far, and it is a very big deal.”\n\n"
        "Google co-founder Sergey Brin: “It’s a real incredible inflection point for the "
        "technology and for the country.”"
    )
    assert speakers_of(text) == ["Jeff Zeleny", "Sergey Brin"]


def test_a_plain_label_of_posts_and_a_titled_name_names_the_person() -> None:
    text = (
        "Chairwoman, Senate Agriculture, Nutrition and Forestry Committee, Michigan Senator "
        "Debbie Stabenow: “The Inflation Reduction Act is delivering for seniors across the "
        "country.” [Statement, 8/29/23]\n\n"
        "Alphabet, Inc., and Google CEO Sundar Pichai: “The AI moment is one of the most "
        "transformative moments any of us have ever seen.”"
    )
    assert speakers_of(text) == ["Debbie Stabenow", "Sundar Pichai"]


def test_a_label_that_tells_a_deed_or_ends_with_a_body_names_no_one_after_the_post() -> None:
    text = (
        "The reactions:\n\n"
        "President Trump praised Secretary Scott Bessent: “He is doing a fantastic job for "
        "the country and everybody knows it.”\n\n"
        "Peter Wehner, former Director of Speechwriting under President George W. Bush: “We "
        "need to come together in common purpose to address these challenges.”"
    )
    assert "Scott Bessent" not in speakers_of(text)
    assert "George W. Bush" not in speakers_of(text)


def test_a_name_after_a_post_needs_two_or_three_name_words() -> None:
    from annals.facts.labels import name_after_post

    assert name_after_post("OutKick founder Clay Travis") == "Clay Travis"
    assert name_after_post("Religious Action Center of Reform Judaism") is None
    assert name_after_post("Commissioner, Tennessee Valley Authority") is None
    assert name_after_post("Michael Hunt, fifth-generation Wisconsin farmer") is None
