"""Quotes and their speakers: one small invented case per rule of ``annals.facts.quotes``."""

from __future__ import annotations

from tests.facts.conftest import quotes_of, speakers_of


def test_a_title_with_of_is_skipped_to_reach_the_name() -> None:
    text = (
        "“The new grid will be finished by spring,” said Secretary of Transport Maria L. "
        "Okafor. “Every town will be connected,” said President of Freedonia Ivan Petrov."
    )
    assert speakers_of(text) == ["Maria L. Okafor", "Ivan Petrov"]


def test_a_title_naming_no_one_is_the_speaker() -> None:
    text = (
        "“Sanctions must stay until the last soldier leaves,” said the head of the Office "
        "of the Prime Minister of Freedonia during a briefing."
    )
    assert speakers_of(text) == ["head of the Office of the Prime Minister of Freedonia"]


def test_a_name_broken_by_a_line_break_is_one_name() -> None:
    text = "“We will open three new clinics this year,” said Director\nKaren Lowe at the event."
    assert speakers_of(text) == ["Karen Lowe"]


def test_a_quote_that_goes_on_after_its_attribution_has_the_same_speaker() -> None:
    same_paragraph = (
        "“The harvest was the best in a decade,” said Minister Olena Petrenko. “Farmers "
        "will be paid before the winter.”"
    )
    next_paragraph = (
        "“The bridge will reopen on time,” Mayor Tom Reyes said in a statement.\n\n"
        "“Crews are working day and night.”"
    )
    assert speakers_of(same_paragraph) == ["Olena Petrenko", "Olena Petrenko"]
    assert speakers_of(next_paragraph) == ["Tom Reyes", "Tom Reyes"]


def test_a_quote_after_other_sentences_does_not_inherit_a_speaker() -> None:
    text = (
        "“The harvest was the best in a decade,” said Minister Olena Petrenko. Prices fell "
        "in the autumn. Exports grew. “Grain for Peace and Prosperity in the Wider Region "
        "of the Black Sea Coast” was the name of the programme."
    )
    assert speakers_of(text) == ["Olena Petrenko"]


def test_he_and_she_stand_for_the_last_person_named() -> None:
    farmer = "I met a farmer named Tomas last spring. He said, “The rain came too late.”"
    pope = "This morning I spoke with Pope Gregory and he said: “Peace is possible.”"
    assert speakers_of(farmer) == ["Tomas"]
    assert speakers_of(pope) == ["Gregory"]


def test_a_pronoun_does_not_point_to_someone_of_the_other_sex_or_he_to_a_group() -> None:
    text = "Mr. Daniel Frost arrived late. She said, “The vote will be held on Friday.”"
    assert quotes_of(text) == []
    assert quotes_of("The unions met. He said, “We will strike next week.”") == []
    assert speakers_of("The unions met. They said, “We will strike next week.”") == ["unions"]


def test_a_few_words_may_stand_between_the_verb_and_the_quote() -> None:
    today = "As the Governor said yesterday, quote, “We will reopen the bridge soon.”"
    colon = "Mayor Ana Silva once put it this way: “A city is its people.”"
    assert speakers_of(today) == ["Governor"]
    assert speakers_of(colon) == ["Ana Silva"]


def test_words_denied_are_not_a_quote() -> None:
    text = "The minister did not say “The Budget Was Cut in Half Last Year,” as claimed."
    assert quotes_of(text) == []


def test_quotes_with_no_speaker_are_left_out() -> None:
    text = (
        "The rule “Standards for Clean Water in Rural Communities and Small Towns Across "
        "the Region” takes effect in May. Critics called it “a costly mistake.”"
    )
    assert quotes_of(text) == []


def test_a_short_fragment_of_a_sentence_is_not_a_quote() -> None:
    assert quotes_of("Senator Ruiz said “a great win for farmers.”") == []
    assert speakers_of("Senator Ruiz said “a great win for farmers and their families.”") == [
        "Ruiz"
    ]


def test_a_sentence_after_a_quote_that_ends_with_a_full_stop_is_a_new_sentence() -> None:
    text = "“The talks are over.” You said it will take some time, Minister Ruiz said."
    assert speakers_of(text) == []


def test_ukrainian_speaker_after_a_dash() -> None:
    verb_first = "«Бюджет буде виконано повністю», – заявив міністр фінансів Сергій Марченко."
    name_first = "«Закон набуде чинності в травні», – Олена Шуляк звернулася до депутатів."
    no_verb = "«Санкції мають тривати», – керівник Офісу Президента України під час зустрічі."
    assert speakers_of(verb_first, language="uk") == ["Сергій Марченко"]
    assert speakers_of(name_first, language="uk") == ["Олена Шуляк"]
    assert speakers_of(no_verb, language="uk") == ["керівник Офісу Президента України"]


def test_ukrainian_verb_with_words_before_the_quote() -> None:
    text = "Президент Зеленський сказав про це дуже чітко: «Мир можливий лише через силу»."
    assert speakers_of(text, language="uk") == ["Зеленський"]


def test_mixed_quotation_marks_make_a_pair() -> None:
    curly_then_straight = '“We are ready to help," said Governor Ann Lee.'
    straight_then_curly = '"We are ready to help,” said Governor Ann Lee.'
    assert speakers_of(curly_then_straight) == ["Ann Lee"]
    assert speakers_of(straight_then_curly) == ["Ann Lee"]


def test_the_words_of_someone_name_the_speaker() -> None:
    before = "Let me recall the words of Mahatma Gandhi. “Be the change you wish to see.”"
    after = "“Freedom is never given, it is won.” These are the words of the poet Ana Reyes."
    genitive = "Я нагадаю слова Миколи Шевченка: «Ми ніколи не здамося»."
    assert speakers_of(before) == ["Mahatma Gandhi"]
    assert speakers_of(after) == ["Ana Reyes"]
    assert speakers_of(genitive, language="uk") == ["Микола Шевченко"]


def test_a_topic_label_takes_its_speaker_from_the_heading() -> None:
    text = (
        "**Treasury Secretary Jane Roe on Morning News**\n\n"
        "-   [On taxes](https://example.com/1):\n    “Rates will not go up this year.”\n"
        "-   [On trade](https://example.com/2):\n    “Our exports are growing again.”\n"
    )
    assert speakers_of(text) == ["Jane Roe", "Jane Roe"]


def test_a_dated_bold_label_names_the_speaker() -> None:
    text = (
        "- **Sen. Mia Grant (**[**1/16/24**](https://example.com/x)**):** “A shutdown "
        "serves no one in this country.”"
    )
    assert speakers_of(text) == ["Mia Grant"]


def test_a_bold_label_that_takes_in_the_opening_mark_names_the_speaker() -> None:
    text = (
        "**Freedonia Governor Ana Ruiz: “**The new bridge will carry ten thousand cars a day "
        "and cut every commute in half.”"
    )
    assert speakers_of(text) == ["Ana Ruiz"]


def test_a_long_linked_label_names_the_speaker() -> None:
    text = (
        "[National Association of Freedonian River Pilots and Harbor Masters CEO Tom Avery]"
        "(https://example.org/news): “This agreement will keep our ports open all winter.”"
    )
    assert speakers_of(text) == ["Tom Avery"]


def test_and_i_quote_may_stand_between_the_verb_and_the_quote() -> None:
    text = "Mayor Ida Brandt said, and I\nquote, “We will rebuild every school by autumn.”"
    assert speakers_of(text) == ["Ida Brandt"]


def test_the_name_after_a_title_in_commas_is_the_speaker() -> None:
    text = "As our Ambassador, Rosa Delgado Pinto, said: “The vote was hasty and unwise.”"
    assert speakers_of(text) == ["Rosa Delgado Pinto"]


def test_he_may_stand_for_a_person_who_said_something_before() -> None:
    reported = (
        "Savings will reach $900 a year, Omar Haddad, the deputy minister of transport, said "
        "Monday. “No family should pay twice for the same road,” he said on a call."
    )
    assert speakers_of(reported) == ["Omar Haddad"]
    appositive = (
        "The senior senator, Paul Okoro, he said, over the weekend, that he was worried. He "
        "said, “We were told far too little and far too late about the strike.”"
    )
    assert speakers_of(appositive) == ["Paul Okoro"]


def test_a_place_before_he_said_is_not_the_speaker() -> None:
    text = (
        "Q When the President went to Freedonia City, he said, “We will double the grain "
        "shipments before winter.” What happened?"
    )
    assert speakers_of(text) == ["the President"]


def test_he_may_stand_for_a_title_with_no_name() -> None:
    text = (
        "Q I want to ask about the President’s speech last night. He said, “The new plant "
        "will open in March with two thousand workers.”"
    )
    assert speakers_of(text) == ["the President"]


def test_a_relative_in_a_family_story_is_the_speaker() -> None:
    used_to = "My dad used to say, “Nobody is better than you, and you are better than nobody.”"
    assert speakers_of(used_to) == ["dad"]
    would = "And as my grandmother would say, “Keep the faith.”"
    assert speakers_of(would) == ["grandmother"]


def test_a_quote_taken_up_again_after_an_aside_has_the_same_speaker() -> None:
    ellipsis = (
        "Minister Olga Berg said, “This is all about a simple idea: Who do you trust…” — who "
        "do you trust and who — who you follow?  “…\\[W\\]ill you follow the one you trust?”"
    )
    assert speakers_of(ellipsis) == ["Olga Berg", "Olga Berg"]
    lowercase = (
        "Senator Ian Moss said, “It is fair to call it the Clean Water Act because” it truly "
        "— “it is directly cleaning the rivers of this state.”"
    )
    assert speakers_of(lowercase) == ["Ian Moss", "Ian Moss"]


def test_a_lowercase_quote_in_a_new_sentence_is_not_taken_up_again() -> None:
    text = (
        "Senator Ian Moss said, “It is a fair name for the law.” Critics called it “a tax on "
        "every family in every town of the country.”"
    )
    assert speakers_of(text) == ["Ian Moss"]


def test_a_time_or_an_event_is_never_the_speaker() -> None:
    text = (
        "There was a certain official at the time who said, “Show me you can raise money, "
        "and maybe people will take you seriously.”"
    )
    assert speakers_of(text) == []


def test_a_question_about_what_someone_may_say_is_not_a_quote() -> None:
    asked = "Will the President say to Congress, “Do not leave until the bill is passed”?"
    assert speakers_of(asked) == []
    said = "Why did the President say, “The program is still in play,” last week?"
    assert speakers_of(said) == ["President"]


def test_another_is_no_speaker() -> None:
    text = "One applicant praised it. Another said, “I filled out the form in one minute.”"
    assert speakers_of(text) == []


def test_a_name_with_letters_of_other_alphabets_is_kept_whole() -> None:
    text = (
        "We recall President Lech Wałęsański, who visited in 2008. He said, “When your "
        "soldiers are on our soil, we are safe.”"
    )
    assert speakers_of(text) == ["Lech Wałęsański"]


def test_i_in_a_transcript_turn_is_the_labelled_speaker() -> None:
    text = (
        "Q    Are you worried about the talks?\n\n"
        "MS. PSAKI:  No.  As I said last week, “Stay tuned.”  We will have more.\n\n"
        "THE PRESIDENT:  And then I said, “Yes, we can get this done.”"
    )
    assert speakers_of(text) == ["Psaki", "the President"]


def test_i_we_and_you_with_no_labelled_turn_are_no_speaker() -> None:
    remarks = (
        "And he asked me — he said, “Can you define America for me?”  I said, “Yes, I "
        "can.  One word: possibilities.”"
    )
    question = "Q    You said, “Nothing is off the table.”  Does that include sanctions?"
    we = "We said, “When we see a signal, we will tell you,” and we did."
    assert "I" not in speakers_of(remarks)
    assert speakers_of(question) == []
    assert speakers_of(we) == []


def test_he_after_i_said_is_not_the_one_telling_the_story() -> None:
    text = (
        "THE PRESIDENT:  I was talking to JD Vance.  I said, “JD, you’re really upwardly "
        "mobile.”  He said, “You’re more so than me.”"
    )
    assert speakers_of(text) == ["the President"]


def test_an_account_speaks_for_its_owner() -> None:
    text = (
        "Q    The President’s Twitter account posted the other day, “You want to bring down "
        "inflation?  Let’s make sure the wealthiest corporations pay their fair share.”"
    )
    assert speakers_of(text) == ["President"]


def test_the_and_a_capitalised_title_with_of_after_a_quote() -> None:
    english = "“We must protect every city from Russian strikes,” the Head of State said."
    ministry = "“The embassy will stay open,” the Ministry of Foreign Affairs said on Monday."
    assert speakers_of(english) == ["Head of State"]
    assert speakers_of(ministry) == ["Ministry of Foreign Affairs"]


def test_ukrainian_head_of_state_is_the_whole_title() -> None:
    dash = "«Ми маємо захистити кожне місто від російських ударів», – наголосив Глава держави."
    russian = "«Мы должны защитить каждый город», – подчеркнул Глава государства."
    assert speakers_of(dash, language="uk") == ["Глава держави"]
    assert speakers_of(russian, language="ru") == ["Глава государства"]


def test_he_may_stand_for_the_head_of_state_named_before() -> None:
    english = (
        "The Head of State noted that Ukraine needs air defense. “We must protect every "
        "city and every village,” he said."
    )
    ukrainian = (
        "Глава держави наголосив, що Україні потрібна ППО. «Ми маємо захистити кожне місто "
        "і кожне село», – сказав він."
    )
    assert speakers_of(english) == ["the Head of State"]
    assert speakers_of(ukrainian, language="uk") == ["Глава держави"]


def test_and_i_quote_after_words_that_follow_the_verb() -> None:
    text = (
        "President Johnson signed the Civil Rights Act of 1964.  He said in that bill "
        "signing, and I quote, “This is a proud triumph.”"
    )
    assert speakers_of(text) == ["Johnson"]


def test_he_may_stand_for_a_person_who_was_asked() -> None:
    text = (
        "Mitt Romney was asked about that a little while ago, and he said, “Well, if they’re "
        "not going to budge, it’s not going to happen.”"
    )
    assert speakers_of(text) == ["Mitt Romney"]


def test_a_quote_that_is_a_noun_of_its_sentence_has_no_speaker_after_it() -> None:
    text = (
        "On the anniversary of the repeal of “Don’t Ask, Don’t Tell,” the Department of "
        "Defense announced a review of the records."
    )
    assert speakers_of(text) == []


def test_a_caption_after_a_quote_that_opens_the_text_names_its_speaker() -> None:
    genitive = (
        "«Так само як від стійкості Мальти залежала доля Європи, сьогодні від українців "
        "залежить, чи виграє свобода».\n\nЗвернення Президента України Володимира Зеленського "
        "до політиків і народу Мальти."
    )
    briefing = (
        '"During the full-scale war, the President held 294 video calls with foreign leaders." '
        "Briefing by Deputy Head of the Office of the President Andriy Sybiha."
    )
    subject = (
        '"The occupiers are confident of impunity. They think everyone needs oil and gas. " '
        "Volodymyr Zelensky addressed the people and politicians of Lithuania"
    )
    signed = (
        "“Today’s decision restores the separation of powers between the branches of our "
        "government.”* — Michael Kratsios, Director of the Office of Science"
    )
    assert speakers_of(genitive, language="uk") == ["Володимир Зеленський"]
    assert speakers_of(briefing) == ["Andriy Sybiha"]
    assert speakers_of(subject) == ["Volodymyr Zelensky"]
    assert speakers_of(signed) == ["Michael Kratsios"]


def test_a_caption_before_a_quote_that_ends_the_opening_paragraph() -> None:
    text = (
        "Andriy Yermak met with a board member of SpaceX “We really appreciate this support "
        "of Ukraine during this war. We are grateful for the Internet thanks to Starlink.”"
        "\n\nThe Head of the Office of the President met him by video."
    )
    assert speakers_of(text) == ["Andriy Yermak"]


def test_a_caption_does_not_attribute_a_title_or_a_quote_in_the_middle_of_the_text() -> None:
    title = (
        "Today, First Lady Melania Trump sent a message to a workshop entitled, “The "
        "Attention Economy: How Big Tech Firms Exploit Children and Hurt Families.”"
    )
    later = (
        "The summit opened on Monday.\n\n“Sanctions must stay until the last soldier leaves "
        "the occupied land of our country,” the delegates heard.\n\n"
        "President Maria Okafor spoke next."
    )
    possessive = (
        "“Violent crime dropped sharply across the biggest cities in the country this "
        "year.” Axios reports on President Donald J. Trump’s commitment to law and order."
    )
    assert speakers_of(title) == []
    assert speakers_of(later) == []
    assert speakers_of(possessive) == []


REMARKS = (
    "Remarks by President Biden Before the 78th Session of the United Nations General Assembly"
)


def test_i_in_remarks_is_the_speaker_the_title_names() -> None:
    text = (
        "When it comes to China, I want to be clear and consistent.  I’ve said, “We are for "
        "de-risking, not decoupling\nwith China.”"
    )
    assert speakers_of(text, title=REMARKS) == ["Biden"]
    assert speakers_of(text) == []


def test_the_president_turn_in_remarks_by_the_president_is_him_by_name() -> None:
    text = (
        "THE PRESIDENT:  And I said, “Yes, ma’am.”\n\n"
        "Q    Mr. President, I said, “Is that a promise?”\n\n"
        "PRIME MINISTER KISHIDA:  I said, “We will stand together.”"
    )
    assert speakers_of(text, title=REMARKS) == ["Biden", "Kishida"]


def test_i_in_an_unlabelled_briefing_turn_or_a_joint_event_is_no_one() -> None:
    text = "And I said, “We will have more on that later this week.”"
    briefing = "Press Briefing by Press Secretary Jen Psaki, April 1, 2022"
    joint = (
        "Remarks by President Biden and Prime Minister Kishida of Japan in Joint Press Conference"
    )
    assert speakers_of(text, title=briefing) == []
    assert speakers_of(text, title=joint) == []
    assert speakers_of("MS. PSAKI:  " + text, title=briefing) == ["Psaki"]


def test_the_author_is_i_only_in_the_script_of_the_text() -> None:
    ukrainian = "Я тоді сказав: «Наш народ став цим військом, і ми переможемо»."
    english = 'And I said: "Our people have become this army, and we will win."'
    author = "Володимир Зеленський"
    assert speakers_of(ukrainian, language="uk", author=author) == [author]
    assert speakers_of(english, language="en", author=author) == []
    address = "Address by President Volodymyr Zelenskyi"
    assert speakers_of(english, language="en", author=author, title=address) == [
        "Volodymyr Zelenskyi"
    ]


def test_a_quote_opening_a_paragraph_of_remarks_has_no_speaker() -> None:
    text = "They said, “What’s the best part?”\n\n“The best workers in the world.”  We did it."
    assert speakers_of(text, title=REMARKS) == []


def test_the_statement_speaker_is_read_from_the_title() -> None:
    from annals.facts.speakers import statement_speaker

    def name(title: str, language: str = "en") -> str | None:
        found = statement_speaker(title, None, language)
        return found.name if found else None

    assert name("Remarks by President Biden Before Marine One Departure") == "Biden"
    assert name("Statement from President Joe Biden on the Passing of X") == "Joe Biden"
    assert name("Remarks by the Second Gentleman Marking One Year Since X") is None
    assert name("Remarks by President Biden, Prime Minister Kishida, and President Yoon") is None
    assert name("Readout of President Biden’s Call with Chancellor Scholz") is None
    assert name("Statement of Administration Policy on H.R. 1") is None
    caption = "Звернення Президента України Володимира Зеленського"
    assert name(caption, "uk") == "Володимир Зеленський"


def test_he_may_be_the_bare_name_that_opens_the_sentence() -> None:
    text = (
        "Harvey Milk was right when he said, quote, “It takes no compromise to\ngive people "
        "their rights.”  It takes no compromise to give people their rights."
    )
    assert speakers_of(text, title=REMARKS) == ["Harvey Milk"]


def test_described_people_who_said_something_are_its_speaker() -> None:
    seniors = (
        "We listened to our seniors that said, “We deserve to be able to retire\nwith dignity "
        "and not bankruptcy.”  And they said, “We want to support\nthose who know better "
        "than anyone.”"
    )
    children = (
        "And, you know, the Ukrainian people are — each one of those children\nsaid something "
        "to the effect, “Say a prayer for my dad, for my\ngrandfather, for my brother who’s "
        "back there fighting.”"
    )
    assert speakers_of(seniors, title=REMARKS) == ["seniors", "seniors"]
    assert speakers_of(children, title=REMARKS) == ["each one of those children"]


def test_what_described_people_might_say_is_no_quote() -> None:
    text = (
        "The way people listen is when people say, “I’m going to — this is going to affect "
        "my vote.”  You know, forever, folks would say, “Oh, that is just how it has always "
        "been done here.”"
    )
    assert speakers_of(text, title=REMARKS) == []


def test_an_indented_turn_label_names_who_i_is() -> None:
    text = (
        "Q\u00a0\u00a0\u00a0 As in (inaudible) —\n\n\u00a0\u00a0\u00a0\u00a0 MR. MUSK:\u00a0 But "
        "they always ask me, like, “Do you want to die on Mars?”\u00a0 And I say, “Well, yes, "
        "but not on impact.”\u00a0 (Laughter.)"
    )
    title = "Interview of President Trump and Elon Musk by Sean Hannity"
    assert quotes_of(text, title=title) == [("“Well, yes, but not on impact.”", "Musk")]


def test_a_reporters_indented_q_makes_i_no_one() -> None:
    text = (
        "\u00a0\u00a0\u00a0\u00a0 Q\u00a0\u00a0\u00a0 Well, no, I asked you, “Did he tell the "
        "governors before the call?”"
    )
    assert quotes_of(text, title="Press Briefing by Press Secretary Karine Jean-Pierre") == []


def test_a_quote_taken_up_after_an_aside_in_dashes_is_the_same_speakers() -> None:
    text = (
        "And in every room that I went, I would ask, “Please raise your hand” — I’d look at "
        "the students, the young people — “Please raise your hand if you had to endure an "
        "active shooter drill.”"
    )
    title = "Remarks by Vice President Harris at a Political Event"
    assert speakers_of(text, title=title) == ["Harris", "Harris"]


def test_ask_attributes_a_quote_only_to_i() -> None:
    text = "And the question people often ask is: “When are we going to get information?”"
    title = "Remarks by President Biden on the Pandemic"
    assert quotes_of(text, title=title) == []


def test_he_did_say_is_a_report() -> None:
    text = "The President spoke to him. But he did say, “I hope we can work on this from now on.”"
    assert speakers_of(text) == ["the President"]


def test_he_may_be_the_speakers_relative_named_just_before() -> None:
    text = (
        "We talked about whether there would be enough left at the end of the month for my "
        "dad to be able — he used to say, “have a little bit of breathing room.”"
    )
    assert speakers_of(text, title="Remarks by President Biden on Costs") == ["dad"]


def test_a_relative_named_in_a_comparison_is_no_antecedent() -> None:
    text = (
        "I see Administrator Samantha Power, who, like my sister — whatever I say, she says, "
        "“It’s not enough.”"
    )
    assert "sister" not in speakers_of(text, title="Remarks by President Biden on Aid")


def test_she_may_be_the_one_the_last_quote_was_said_to() -> None:
    text = (
        "I just said to Jill, “You guys should have walked off this stage.”  She\nsaid, “You "
        "were so scintillating tonight, really.”"
    )
    title = "Remarks by President Biden at a Holiday Celebration"
    assert speakers_of(text, title=title) == ["Biden", "Jill"]


def test_a_quotation_over_paragraphs_is_one_quote() -> None:
    text = (
        "“From Gettysburg to my Inaugural Address, I’ve spoken about the danger of election\n"
        "denialism.  \n   \n“Now today in Phoenix, I’m here to speak about another threat to "
        "our democracy.”\n\nThe President will also say more."
    )
    found = quotes_of(
        text,
        title="Excerpts of Remarks as Prepared for Delivery by President Joe Biden on Democracy",
    )
    assert found == [(text[: text.index("”") + 1], "Joe Biden")]


def test_a_quote_in_a_release_that_opens_quoted_needs_a_speaker_in_the_title() -> None:
    text = "“Now today in Phoenix, I’m here to speak about another threat to our democracy.”"
    assert quotes_of(text, title="Democracy Under Threat") == []
    assert speakers_of(text, title="Remarks by President Joe Biden on Democracy") == ["Joe Biden"]


def test_the_subject_of_a_deed_joined_by_and_is_the_speaker() -> None:
    text = (
        "The other day, a defeated-looking man came up to me and said, “Mr. President, I’m "
        "being crushed by debt.”  And Ji- — and Jill turned to me and said, “What are you "
        "saying that for?”  And then Helmut Kohl of Germany looked at me and said, “What "
        "would you say, Mr. President?”"
    )
    assert speakers_of(text) == ["a defeated-looking man", "Jill", "Helmut Kohl of Germany"]


def test_a_name_inside_the_deed_before_and_said_is_no_speaker() -> None:
    text = (
        "He got on the phone and called the Republican senators and said, “Don’t vote for "
        "it.  Don’t be for it.”  Not one of you have ever called and said, “Now you’re "
        "President.  Can I get boom, boom, boom?”"
    )
    assert speakers_of(text) == []


def test_they_are_the_people_described_in_the_sentence_before() -> None:
    text = (
        "One of the people who is investing over — one of the companies investing over $80 "
        "billion in that, I asked why they’re investing in it.  They said, “You have the best "
        "workers in the world.”"
    )
    assert speakers_of(text) == ["one of the companies"]


def test_what_they_would_have_said_is_no_quote() -> None:
    text = (
        "You know, if you had asked a lot of people around the world was January 6th going "
        "to happen, they would have said, “No, I was very surprised by that.”"
    )
    assert speakers_of(text) == []


def test_i_quote_set_off_by_dashes_after_the_verb() -> None:
    text = (
        "In fact, one such voter told me — I quote — “Being able to vote is a cornerstone of "
        "what it means to be part of a community.”"
    )
    assert speakers_of(text) == ["one such voter"]


def test_he_is_never_the_one_spoken_to() -> None:
    text = (
        "So this is an incredible thing.  Just so you understand how dire this is, Mr. "
        "President — and I’ll finish with this: I was in Council Bluffs, Iowa, talking to a "
        "farmer this summer.  And he came up to me and he said, “Mr. Secretary, thank you so "
        "much for doing this.”"
    )
    assert speakers_of(text) == ["farmer"]  # the farmer described, not "Mr. President"


def test_he_in_the_presidents_turn_is_not_the_president() -> None:
    text = (
        "Q    What does it say for the Republican Party as it stands today, Mr. President?\n\n"
        "THE PRESIDENT:  Well, I heard someone on television as I was coming down here — "
        "or whether he was a pundit, or — he said — he said, “All Trump has done is reveal "
        "who the Republican Party is.”"
    )
    assert speakers_of(text, title="Remarks by President Biden in Press Gaggle") == []


def test_she_is_the_named_subject_not_the_stage_direction() -> None:
    text = (
        "THE PRESIDENT:  Bless me, Father.  (The President makes the sign of the cross.)  "
        "(Laughter.)\n\nAnd Elise Stefanik, a few counties over, called the CHIPS Act — she "
        "said it was, “Washington at its worst,” end of quote."
    )
    speakers = speakers_of(text, title="Remarks by President Biden on the CHIPS and Science Act")
    assert speakers == ["Elise Stefanik"]


def test_he_prefers_the_one_who_said_something_in_the_sentence_before() -> None:
    text = (
        "Q    Just to follow up: Congressman Schiff said, on “Face the Nation” yesterday, the "
        "President should not go to Saudi Arabia, and that he would not shake the Crown "
        "Prince’s hand.  He said, “This is someone who butchered an American resident.”"
    )
    assert speakers_of(text) == ["Schiff"]


def test_the_question_put_to_someone_is_not_their_quote() -> None:
    text = (
        "Q    But the President was asked yesterday, “What are the sticking points in the "
        "border agreement?”  And he said, “I don’t think we have any sticking points left.”"
    )
    assert speakers_of(text) == ["the President"]


def test_a_past_holder_of_a_title_is_not_the_president() -> None:
    text = (
        "And a young woman was killed.  I spoke to her mom.  And my predecessor, as I said, "
        "was asked what he thought.  He said, “There are some very fine people on both "
        "sides.”"
    )
    speakers = speakers_of(text, title="Remarks by President Biden at a Campaign Reception")
    assert speakers == ["my predecessor"]


def test_words_repeated_right_after_their_quote_are_one_quote() -> None:
    text = (
        "As the English poet John Milton wrote, “They also serve who only stand and wait.”  "
        "“They also serve who only stand and wait.”  (Applause.)"
    )
    assert quotes_of(text) == [("“They also serve who only stand and wait.”", "John Milton")]


def test_the_answer_to_a_quoted_question_is_not_the_askers() -> None:
    text = (
        "In fact, a student once told me, “I don’t like going to fifth period.”  “Why honey?” "
        "I asked.  "
        "“Because in fifth period, there is no closet.”"
    )
    speakers = speakers_of(text, title="Remarks by Vice President Harris on Gun Safety")
    assert speakers == ["a student", "Harris"]


def test_a_speaker_phrase_ending_with_a_pronoun_is_that_pronoun() -> None:
    text = "And it tells students the same thing I said that day: “We believe in you.”"
    assert speakers_of(text, title="Remarks by President Biden on College") == ["Biden"]


def test_what_someone_will_or_may_say_is_no_quote() -> None:
    will = "They — the companies will say, “Well, the administration is hostile to us.”"
    to = "That is nothing new for the President to say, “I’m going to stand by the workers.”"
    assert speakers_of(will) == []
    assert speakers_of(to) == []


def test_words_that_praise_or_mourn_are_no_part_of_the_name() -> None:
    late = "As the late Rabbi Jonathan Sacks said, “A people that can walk through a valley.”"
    great = "Well, the great Maya Angelou once said, “When someone tells you who they are, …”"
    assert speakers_of(late) == ["Jonathan Sacks"]
    assert speakers_of(great) == ["Maya Angelou"]


def test_he_for_a_person_named_in_a_possessive_is_the_person() -> None:
    text = (
        "Dr. King’s voice rang out when he, quote, said, “We refuse to believe that the bank "
        "of justice is bankrupt.”"
    )
    assert speakers_of(text) == ["King"]


def test_the_thing_someone_speaks_on_is_no_speaker() -> None:
    text = "And they put a poor young woman on the phone who said, “You got to come home.”"
    assert speakers_of(text) == []


def test_a_label_of_posts_then_a_name_names_the_speaker_after_the_posts() -> None:
    text = (
        "**Ranking Member, House Judiciary Committee, New York Congressman Jerry Nadler**: "
        "“I applaud the White House for developing the first-ever national strategy.”"
    )
    assert speakers_of(text) == ["Jerry Nadler"]


def test_a_plain_label_opening_with_a_name_names_it_whatever_follows_the_comma() -> None:
    # As an import stores bold labels: no marks left, a no-break space inside the name.
    text = (
        "Climate Advocates\n\n"
        "Manish\u00a0Bapna, President & CEO, Natural Resources Defense Council:\u00a0“Tonight, "
        "the President laid out a plan.”\n\n"
        "Ellen Farmer, a retiree who takes a blood thinner to treat her atrial fibrillation: “I "
        "was shocked when I saw the price.”"
    )
    assert speakers_of(text) == ["Manish Bapna", "Ellen Farmer"]


def test_a_label_telling_what_someone_said_names_its_subject() -> None:
    text = (
        "-   **President Trump highlighted America’s strong negotiating position:** “What I "
        "think is that we’re going to end up with a great deal.”"
    )
    assert speakers_of(text) == ["Trump"]


def test_a_headline_label_names_no_speaker() -> None:
    text = "-   **Recruitment crisis looms:** “They’re thinking about leaving the Academy.”"
    assert speakers_of(text) == []


def test_a_label_ending_with_a_speech_verb_names_the_one_before_it() -> None:
    text = "**President Biden said.** “The dedication these individuals show is remarkable.”"
    assert speakers_of(text) == ["Biden"]


def test_a_number_opening_a_sentence_is_no_speaker() -> None:
    text = "Two men came up to me and said, “Well, what does that mean for our town?”"
    assert speakers_of(text) == []


def test_whose_the_people_described_are_is_left_out_of_the_speaker() -> None:
    text = "I remember looking at my staff.  And my staff said, “You’re going to South Korea?”"
    assert speakers_of(text) == ["staff"]


def test_he_stands_for_a_person_named_by_given_name_sentences_back() -> None:
    text = (
        "And let me tell you who else is noticing: Donald Trump.  (Laughter.)  He recently "
        "said, “When there’s a crash, I hope it’s soon.”"
    )
    assert quotes_of(text) == [("“When there’s a crash, I hope it’s soon.”", "Donald Trump")]


def test_a_given_name_in_a_longer_name_or_after_of_is_no_antecedent() -> None:
    text = (
        "He says of Kamala Harris that she changed.  Later he said, “She was never ready for "
        "the job, and everyone knows it.”"
    )
    assert quotes_of(text) == []


def test_a_given_name_too_far_back_is_no_antecedent() -> None:
    filler = "We talked about the weather and the roads and the price of gas for a while.  " * 5
    text = f"Tim Cook called me.  {filler}He said, “You know what your problem is?”"
    assert quotes_of(text) == []


def test_she_stands_for_a_relative_named_two_sentences_back() -> None:
    text = (
        "Well, my wife teaches at a community college, full-time, still.  She has an "
        "expression; she says, “Any country that out-educates us will outcompete us.”"
    )
    assert speakers_of(text) == ["wife"]


def test_a_relative_named_by_name_is_that_name() -> None:
    text = (
        "The one who should be here is my son Beau.  He was more qualified than I was.  "
        "I will never forget it.  He said, “I’d like you to swear me in.”"
    )
    assert speakers_of(text) == ["Beau"]


def test_a_quote_ending_in_an_ellipsis_is_not_attributed_by_the_next_sentence() -> None:
    text = "I remember once I said, “All those Indian na- …” He said, “No. Nations, Joe.”"
    found = quotes_of(text, title="Remarks by President Biden at a Summit")
    assert found[0] == ("“All those Indian na- …”", "Biden")


def test_a_text_that_is_one_quote_is_its_speakers() -> None:
    text = (
        "«They wanted to destroy us so many times. They couldn't. We've been through so "
        "much! And he has nothing to do in Ukraine»"
    )
    assert quotes_of(text, title="Address by President Volodymyr Zelenskyi") == [
        (text, "Volodymyr Zelenskyi")
    ]


def test_a_short_text_that_is_one_quote_is_no_speech() -> None:
    title = "Address by President Volodymyr Zelenskyi"
    assert quotes_of("«Made in Ukraine Week»", title=title) == []


def test_a_hyphen_typed_for_a_dash_after_a_quote_names_the_speaker() -> None:
    text = (
        "«Ukrainians are a peaceful nation. We want silence», - Volodymyr Zelenskyi "
        "addressed Ukrainians after a meeting."
    )
    assert speakers_of(text, language="en") == ["Volodymyr Zelenskyi"]


def test_these_are_the_words_of_after_the_full_stop_names_the_speaker() -> None:
    text = (
        "«Немає нічого небезпечнішого, ніж підступний ворог, але немає нічого отрутнішого "
        "від удаваного друга». Це слова великого українського філософа Григорія Сковороди."
    )
    assert speakers_of(text, language="uk") == ["Григорій Сковорода"]


def test_my_predecessor_wrapped_over_a_line_is_he() -> None:
    text = "After the shooting, my\npredecessor was asked about it.  He said, “Get over it.”"
    assert speakers_of(text) == ["my predecessor"]


def test_a_sentence_opening_and_is_no_subject_of_a_coordinated_verb() -> None:
    text = (
        "I was in Ohio at a town meeting.  And a woman stood up and said, “I have a son with "
        "diabetes, and I pay six hundred dollars a month.”"
    )
    assert quotes_of(text) == [
        ("“I have a son with diabetes, and I pay six hundred dollars a month.”", "a woman")
    ]


def test_a_linked_speech_verb_after_a_quote_names_the_speaker() -> None:
    text = (
        "“Working with tenants can shape students’ sense of themselves as lawyers,” McNally "
        "[said](https://www.example.com/story)."
    )
    assert speakers_of(text) == ["McNally"]


def test_a_plain_label_opening_a_paragraph_names_the_speaker() -> None:
    text = (
        "Here is what they said.\n\n"
        "Jack Lew: “Prioritization is just default by another name.”\n\n"
        "Dr. Sanjay Gupta, CNN Chief Medical Correspondent: “The statistics are on his side.”"
        "\n\nThe Prime Minister of Israel, Bibi Netanyahu: “I found him very clear.”"
    )
    assert quotes_of(text) == [
        ("“Prioritization is just default by another name.”", "Jack Lew"),
        ("“The statistics are on his side.”", "Sanjay Gupta"),
        ("“I found him very clear.”", "Bibi Netanyahu"),
    ]


def test_a_plain_label_within_a_paragraph_or_of_one_word_names_no_one() -> None:
    inside = "They met on Monday. Jack Lew: “Prioritization is just default by another name.”"
    heading = "Background:  “The statistics are very much on his side this year.”"
    assert speakers_of(inside) == []
    assert speakers_of(heading) == []


def test_a_pronoun_after_a_sentence_opening_and_names_no_one_for_a_coordinated_verb() -> None:
    text = (
        "The director of the port said the work would start soon.  And she looked at me and "
        "said, “I cannot thank you enough for this plan.”"
    )
    assert speakers_of(text) == []


def test_a_document_said_to_speak_is_spoken_for_by_its_issuer() -> None:
    text = (
        "This is stated in a statement by the Azerbaijani Foreign Ministry. “The fate of 150 "
        "people is still unknown,” the statement said. The report by the UN Human Rights "
        "Office was published. “Civilians died,” the report said."
    )
    assert speakers_of(text) == ["Azerbaijani Foreign Ministry", "UN Human Rights Office"]


def test_a_document_whose_issuer_is_not_named_stays_the_speaker() -> None:
    assert speakers_of("“We condemn it,” the statement said.") == ["statement"]
