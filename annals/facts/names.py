"""Word lists for quotes, people, places, organisations and legal instruments.

Plain data, like ``lexicon.py`` (numbers, figures, dates): extend the lists here, not the code.
"""

from __future__ import annotations

from annals.facts.lexicon import words

# --- quotes --------------------------------------------------------------------------------

#: Verbs that attribute speech, as they appear around a quote ("said", "X added:").
SPEAKER_VERBS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "added",
    "adds",
    "stated",
    "states",
    "noted",
    "notes",
    "declared",
    "told",
    "wrote",
    "writes",
    "explained",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "remarked",
    "asked",
    "announced",
    "continued",
    "concluded",
    "recalled",
    "argued",
    "insisted",
    "warned",
    "tweeted",
    "posted",
    "commented",
    "reiterated",
    "affirmed",
    "observed",
    "admitted",
    "replied",
    "responded",
    "exclaimed",
    "shouted",
    "yelled",
    "yell",
    "put it",
    "ask",
    "сказал",
    "сказала",
    "заявил",
    "заявила",
    "отметил",
    "отметила",
    "подчеркнул",
    "сказав",
    "сказала",
    "заявив",
    "заявила",
    "зазначив",
    "зазначила",
    "наголосив",
    "підкреслив",
    # Ukrainian and Russian forms for "she" and "they", and a few more verbs of speech.
    "заявили",
    "зазначили",
    "наголосила",
    "наголосили",
    "підкреслила",
    "підкреслили",
    "сказали",
    "додав",
    "додала",
    "додали",
    "звернувся",
    "звернулася",
    "звернулись",
    "звернулися",
    "повідомив",
    "повідомила",
    "повідомили",
    "відзначив",
    "відзначила",
    "нагадав",
    "нагадала",
    "отметили",
    "подчеркнула",
    "подчеркнули",
    "добавил",
    "добавила",
    "сообщил",
    "сообщила",
    "каже",
    "кажуть",
    "говорить",
    "пише",
    "написав",
    "написала",
    "розповів",
    "розповіла",
    "пояснив",
    "пояснила",
    "говорит",
)
#: Last words of a department or body after "of" in a title ("Secretary of Homeland
#: Security"): a speaker phrase ending with one names no person.
COMPLEMENT_WORDS: frozenset[str] = frozenset(
    words(
        "Security Affairs Services Development Resources Relations Policy Energy Defense "
        "Defence Justice Labor Labour Commerce State Treasury Interior Agriculture Education "
        "Transportation Health Veterans Protection Management Budget Staff Council Office "
        "Department Ministry Agency Administration Committee Commission Trade Finance "
        "Economy Environment Intelligence Operations Communications States Nations Union"
    )
)
#: Words allowed between a speaker and the verb ("Golda Meir once put it this way").
SPEAKER_ADVERBS: tuple[str, ...] = (
    *words(
        "has had have then also later once always famously recently just already rightly "
        "repeatedly often tellingly would did does вже тоді також теж неодноразово"
    ),
    "used to",  # "my dad used to say", "as my mother would say": a habit, told as a quote
)
#: Relatives who speak in a family story ("my dad used to say, “…”"), after "my", "our",
#: "his" or "her": with no name given, the speaker is the relative ("my mother").
KIN_SPEAKERS: tuple[str, ...] = words(
    "mother father mom dad mum mommy daddy grandmother grandfather grandma grandpa "
    "grandmom grandpop wife husband son daughter brother sister uncle aunt"
)
#: People described, not named, who speak in a story ("one of the companies said", "our
#: seniors that said", "each one of those children said"): the description is the speaker.
GROUP_SPEAKERS: tuple[str, ...] = words(
    "people folks staff team kids children students parents grandparents seniors workers "
    "families veterans women men doctors nurses teachers officers "
    "soldiers troops firefighters leaders governors mayors senators members colleagues "
    "friends neighbors neighbours reporters companies executives economists experts "
    "scientists voters constituents survivors residents farmers owners employers unions "
    "states countries presidents guys"
)
#: One such person: "one commuter said", "a woman stood up and said".
PERSON_SPEAKERS: tuple[str, ...] = words(
    "woman man lady guy girl boy kid child student commuter farmer nurse doctor teacher "
    "officer soldier worker veteran senator governor mayor reporter company "
    "executive economist expert scientist voter survivor resident owner fellow friend"
)
#: One person described by a post or a noun, not named, whom a later "he" or "she" may stand
#: for ("the mayor of the city in China … he said", "the former governor of New Jersey, who …
#: He said").
DESCRIBED_PERSONS: tuple[str, ...] = words(
    "mayor governor senator congressman congresswoman ambassador general colonel captain "
    "sergeant woman man lady gentleman guy girl boy farmer nurse doctor teacher officer "
    "soldier veteran"
)
#: Posts and callings named in lowercase before a speech verb ("Iran’s foreign minister
#: warned, quote, “…”", "as one leading oil market analyst put it, quote, “…”"): one person
#: described by what they do, the speaker of the quote.
QUOTED_POSTS: tuple[str, ...] = words(
    "minister secretary official spokesman spokeswoman spokesperson analyst economist expert "
    "ambassador adviser advisor commentator columnist strategist diplomat negotiator envoy "
    "director chairman chairwoman chair president leader commander general prosecutor judge "
    "professor historian journalist reporter editor writer author observer executive chief "
    "lawmaker senator governor mayor head researcher scientist doctor"
)
#: Words before such a noun that belong to the description ("the former governor").
DESCRIPTION_QUALIFIERS: tuple[str, ...] = words("former late young old elderly retired")
#: Words for one person that tell their sex, so "she" does not point to "a guy".
FEMALE_PERSONS: frozenset[str] = frozenset(
    words(
        "woman lady girl mother mom mum mommy grandmother grandma grandmom wife daughter "
        "sister aunt"
    )
)
MALE_PERSONS: frozenset[str] = frozenset(
    words(
        "man guy boy fellow father dad daddy grandfather grandpa grandpop husband son "
        "brother uncle"
    )
)
#: Speech verbs that attribute a quote only to the one speaking, "I" ("I would ask, “…”"):
#: anyone else's "ask" is what is asked in general ("the question people ask is: “…”").
SELF_ONLY_VERBS: frozenset[str] = frozenset({"ask"})
#: Verbs that report what described people said; "people say" and "folks would say" are
#: what anyone might say, no report.
GROUP_VERBS: frozenset[str] = frozenset(
    words(
        "said asked told wrote added declared explained insisted warned recalled replied "
        "responded argued remarked noted stated"
    )
)
#: Adverbs between described people and their verb that keep it a report ("a student once
#: told me"), unlike "would" ("folks would say": what they might say).
REPORT_ADVERBS: frozenset[str] = frozenset(
    words("once also then later recently just already famously repeatedly rightly")
)
#: Words of a deed before "and said" that make the report a habit, a wish or a denial ("would
#: look at me and say", "didn't call and said"), or the deed a clause of its own ("the bill
#: that passed and said").
NOT_IN_DEED: frozenset[str] = frozenset(
    words(
        "would will could should might must can may not never didn’t didn't don’t don't "
        "wouldn’t wouldn't won’t won't that which who if whether"
    )
)
#: Capitalised first words of a subject that name no one ("Not one of you called and said",
#: "Everybody stood up and said").
INDEFINITE_SUBJECTS: frozenset[str] = frozenset(
    words(
        "not no nobody everybody everyone anybody anyone somebody someone some all many most "
        "none any both few several others another imagine a an how what why where when "
        "two three four five six seven eight nine ten dozens hundreds thousands"
    )
)
#: Pronouns that stand for described people named just before ("our seniors said … And they
#: said").
THEY: frozenset[str] = frozenset({"they"})
#: Words before such a description ("my staff", "one of the companies", "those children").
GROUP_DETERMINERS: tuple[str, ...] = (
    *words("my our his her their one a an some many most several those these every each"),
    *("one of the", "one of our", "one of my", "one of those", "one of these"),
    *("each one of those", "each one of the", "each of the", "each of those", "all of the"),
    *("some of the", "some of our", "many of the", "many of our", "a lot of", "two of the"),
)
#: Titles that stand for a person when they have no name after them ("the President said"),
#: so "he" or "she" may point to them.
BARE_TITLE_MENTIONS: tuple[str, ...] = (
    "President",
    "Vice President",
    "First Lady",
    "Second Gentleman",
    "Press Secretary",
    "Head of State",
)
#: The same in Ukrainian and Russian, which have no article ("Глава держави наголосив").
BARE_TITLE_MENTIONS_SLAVIC: tuple[str, ...] = ("Глава держави", "Глава государства", "Президент")
#: Lowercase titles that head a speaker phrase in Ukrainian and Russian
#: ("керівник Офісу Президента України", "міністр закордонних справ Дмитро Кулеба").
SPEAKER_TITLES_LOWER: tuple[str, ...] = words(
    "керівник керівниця голова міністр міністерка президент речник речниця посол посолка "
    "радник радниця заступник заступниця секретар командувач прем’єр-міністр прем'єр-міністр "
    "спікер лідер глава руководитель министр председатель пресс-секретарь советник "
    "премьер-министр спикер"
)
#: Lowercase words that complete such a title when no name follows ("Глава держави", the
#: head of state, is the President in Ukrainian and Russian statements).
TITLE_COMPLEMENTS_LOWER: tuple[str, ...] = words(
    "держави государства уряду правительства оборони обороны"
)
#: The same titles in the genitive, as captions name a speaker ("Звернення Президента України
#: Володимира Зеленського", "Брифінг заступника керівника Офісу Президента Андрія Сибіги"):
#: the name after one is in the genitive too.
SPEAKER_TITLES_GENITIVE: tuple[str, ...] = words(
    "керівника керівниці голови міністра міністерки президента речника речниці посла радника "
    "радниці заступника заступниці секретаря командувача прем’єр-міністра прем'єр-міністра "
    "спікера лідера глави руководителя министра председателя советника премьер-министра"
)
#: Extra title words that end the title part of a speaker phrase, so the name is what follows
#: ("Job Creators Network CEO Alfredo Ortiz" -> "Alfredo Ortiz").
SPEAKER_TITLE_WORDS: frozenset[str] = frozenset(
    words(
        "CEO Chief Officer Founder Co-Founder Chairwoman Chairperson Whip Gov. Lt. Head "
        "Spokesperson Spokesman Spokeswoman Attorney Executive Manager Advisor Adviser Lady "
        "Deputy Undersecretary Assistant Counselor Member Host Editor Anchor Correspondent "
        "Gentleman Rabbi Reverend Rev. Pastor Bishop Cardinal Imam Ranking"
    )
)
#: Words that are never a speaker on their own ("It says", "This said").
NOT_SPEAKERS: frozenset[str] = frozenset(
    words("it this that there here these those what who which one another someone said says")
)
#: Words before a speaker that make "X say" a question about what may be said, not a report
#: ("Does he just say, “…”?", "Will the President say"); "Why did he say" asks about words
#: that were said.
QUESTION_AUXILIARIES: frozenset[str] = frozenset(
    words("does do will would should could can doesn’t don’t won’t doesn't don't won't")
)
#: Nouns that name no one who could speak, as the last word of "the …" before a speech verb
#: ("a certain elected official at the time who said": not "the time").
NOT_SPEAKER_HEADS: frozenset[str] = frozenset(
    words(
        "time moment day days week month year night morning evening event meeting "
        "end point hearing interview conference summit speech way phone line"
    )
)
#: Words that praise, mourn or stress the one named after them, no part of the name or the
#: post ("the late Rabbi Jonathan Sacks", "the great Maya Angelou", "his own team").
SPEAKER_EPITHETS: tuple[str, ...] = words("late great legendary famous beloved renowned own")
#: Past verbs not ending in "-ed" after the subject of a label that tells what someone said
#: ("**President Trump spoke of Americans’ selfless acts:** “…”").
LABEL_PAST_VERBS: frozenset[str] = frozenset(words("spoke said told wrote gave made took"))
#: Possessives before people described, left out of the speaker ("my dad" -> "dad", "our
#: seniors" -> "seniors"), as the dev set names them.
SPEAKER_POSSESSIVES: frozenset[str] = frozenset(words("my our his her their"))
#: Last words of a speaker phrase that make it what someone may or will say, not what they
#: said ("the companies will say", "for the President to say", "the VA can say").
NOT_REPORTING_LAST: frozenset[str] = frozenset(
    words("to will can could should must may might shall")
)
#: Abbreviations that may stand inside a speaker's name or title ("Under Secretary Dr. X").
NAME_ABBREVIATIONS: tuple[str, ...] = words(
    "U.S. Dr. Mr. Mrs. Ms. Jr. Sr. St. Gov. Sen. Rep. Lt. Gen. Adm. Col. Prof. Rev. Hon."
)
#: Words right before a quote that make it a noun of the sentence, a name or a title ("the
#: repeal of “Don’t Ask, Don’t Tell,” the Department announced"), not words said.
NOUN_LEADS: tuple[str, ...] = words("of the a an to for on in by with from about про")
#: Words before a name that make it the object of a deed or a preposition ("He says of Kamala
#: Harris", "a photo with Joe Biden"), seldom the one "he said" stands for.
OBJECT_LEADS: frozenset[str] = frozenset(
    words("of to for on in at by with from about against like than into onto over under")
)
#: Words before a speech verb that deny the quote was said ("the President didn't say").
NEGATIONS: tuple[str, ...] = ("not", "n’t", "n't", "never", "не")
#: Lowercase words a plain label may hold between its capitalised ones ("Secretary of Housing
#: and Urban Development Scott Turner", "Newsmax host Rob Schmitt", "Founder CEO & President").
LABEL_LOWER_WORDS: frozenset[str] = frozenset(
    words("of and the for on at in de del la le da do dos van von der y to & host anchor")
    + words("correspondent contributor")
)
#: Lowercase words that make a plain label a sentence about someone, not their post and name
#: ("Today we heard from Senator X:", "President Trump praised Secretary X:").
LABEL_CLAUSE_WORDS: frozenset[str] = frozenset(
    words("who whom which that was is were has have had says said will would from with")
    + words("he she it we they i you his her its our their my")
)
#: Lowercase words that join the words of a body's name, never a post before a person's name
#: ("Religious Action Center of Reform Judaism", "Commission on Federal Election Reform").
LABEL_CONNECTORS: frozenset[str] = frozenset(
    words("of and the for on at in to by a an & de del la le da do dos van von der y bin al")
)
#: The states of the United States: "Akron, Ohio:" before a quote labels a place, not a speaker.
US_STATES: frozenset[str] = frozenset(
    words(
        "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia "
        "Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland "
        "Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio "
        "Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington "
        "Wisconsin Wyoming D.C."
    )
    + ("New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina")
    + ("North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia")
)
#: First words of a label that names a topic, not a speaker ("**On the border:** “…”").
TOPIC_WORDS: frozenset[str] = frozenset(
    words("on about regarding re in for when with why how what")
)
#: Words of labels that sort claims, not speakers ("**FACT:**", "**PROMISE MADE:**").
RHETORICAL_LABELS: frozenset[str] = frozenset(
    words("fact facts myth myths then now promise promises made kept truth claim reality")
)
#: Words that end a speaker phrase without being part of the name ("the President was").
NOT_LAST_IN_SPEAKER: frozenset[str] = frozenset(words("was is were who which that"))
#: Words that open a speaker phrase without being part of the name ("And I said", "As
#: President X said"); as its last word one shows there is no name ("the heart and said").
LEADING_CONJUNCTIONS: frozenset[str] = frozenset(
    words("and but so then or yet as if when while because after before since і а але та и но")
)
#: Marks that open a reporter's turn in a transcript ("Q    You said, “…”"), never a name.
TURN_MARKS: frozenset[str] = frozenset({"Q"})
#: Titles, besides ``PERSON_TITLES``, that name a person for "he said" / "she said".
SPEAKER_EXTRA_TITLES: tuple[str, ...] = (
    "First Lady",
    "Second Gentleman",
    "Gov.",
    "Lt. Gov.",
    "Attorney General",
    "Madam",
    "Lady",
    "Sir",
)
#: Titles that tell a person's sex, so "she said" does not point to "Mr. Smith".
FEMALE_TITLES: frozenset[str] = frozenset(
    ("Mrs.", "Ms.", "Queen", "Princess", "Congresswoman", "First Lady", "Madam", "Lady")
)
MALE_TITLES: frozenset[str] = frozenset(
    ("Mr.", "King", "Prince", "Crown Prince", "Congressman", "Pope", "Sheikh", "Emir", "Sir")
)
#: Titles that follow "Mr." or "Madam" in place of a name only when one speaks to their
#: holder ("Mr. Speaker", "Madam Secretary"), so "he said" never points to them.
VOCATIVE_TITLES: tuple[str, ...] = words("Speaker Secretary Chairman Chair Leader Ambassador")
#: Words before a bare title that make it a past holder's ("the then-President", "the former
#: President", "the last President"), not the one who holds it now.
TITLE_QUALIFIERS: tuple[str, ...] = ("then-", "then", "former", "last", "previous", "prior", "past")
#: Words for the one who held the speaker's post before them ("my predecessor said").
PREDECESSOR_WORDS: tuple[str, ...] = ("my predecessor", "our predecessor")
#: Words before "asked" that make its subject the one a question was put to ("the President
#: was asked, “…”"): the quote is the question, not their words.
PASSIVE_MARKS: frozenset[str] = frozenset(words("was were is are been being get got gets"))
#: Words right before a name set off by commas that make it the one spoken to ("Thank you,
#: Senator, for …").
GREETINGS: tuple[str, ...] = ("Thank you,", "Thanks,", "Hi,", "Hello,", "Welcome,", "Okay,")
SHE: frozenset[str] = frozenset(words("she вона она"))
HE: frozenset[str] = frozenset(words("he він он"))
#: Pronouns that stand for the one speaking or spoken to, never for a person named before.
FIRST_PERSON: frozenset[str] = frozenset(words("i we you я ми ви мы вы"))
#: The pronouns of the one speaking: in a transcript, the labelled speaker of the turn.
SPEAKING_SELF: frozenset[str] = frozenset(words("i я"))
#: Words that make "he’d say" after them what someone would say, not what they used to say
#: ("If my mother were here, she’d say").
CONDITIONALS: frozenset[str] = frozenset(words("if unless imagine suppose"))
#: Prepositions before a capitalised word that make it a place rather than someone "he" may
#: stand for ("the mayor of the city in China, and … he said").
PLACE_LEADS: frozenset[str] = frozenset(words("in at from of near across"))
#: Words that open a line naming the source of the quoted paragraphs below it ("**From**
#: [**CNBC**](https://…)**:**", "**According to CBS News:**").
SOURCE_CUES: tuple[str, ...] = ("From", "According to")
#: "I" and its contractions, capitalised as in a text ("I’d", "I'm").
SPEAKING_SELF_FORMS: frozenset[str] = frozenset(words("I I’d I'd I’m I'm I’ll I'll I’ve I've Я"))
#: "the words of X" before or after a quote that has no other attribution.
WORDS_OF: tuple[str, ...] = ("words of", "word of", "слова", "словами")
#: Endings of Ukrainian words in the genitive (or dative), which a name in the nominative
#: does not have: in "керівник Офісу Президента України" no word is a name.
GENITIVE_ENDINGS: tuple[str, ...] = ("и", "ї", "у", "ю", "ого", "ої", "их", "ів", "ому")
#: Endings of Ukrainian names in the genitive and in the nominative, longest first:
#: "Качинського" -> "Качинський", "Шевченка" -> "Шевченко", "Андрія" -> "Андрій",
#: "Зеленської" -> "Зеленська", "Олени" -> "Олена", "Леха" -> "Лех".
GENITIVE_TO_NOMINATIVE: tuple[tuple[str, str], ...] = (
    ("ського", "ський"),
    ("цького", "цький"),
    ("енка", "енко"),
    ("ої", "а"),
    ("ого", "ий"),
    ("ія", "ій"),
    ("ея", "ей"),
    ("и", "а"),
    ("і", "я"),
    ("а", ""),
)
#: Patronymic endings: a third name word ("Андрій Борисович Єрмак").
PATRONYMIC_ENDINGS: tuple[str, ...] = ("ович", "йович", "евич", "івна", "ївна", "овна", "евна")
#: Phrases before a name that attribute speech ("according to X").
SPEAKER_BEFORE: tuple[str, ...] = ("according to", "in the words of", "за словами", "по словам")
#: Last words of a speaker phrase that name an account, which speaks for its owner ("the
#: President’s Twitter account posted" is the President).
ACCOUNT_WORDS: frozenset[str] = frozenset(words("account accounts feed page channel handle"))
#: Pronouns that stand for the last named speaker.
SPEAKER_PRONOUNS: frozenset[str] = frozenset({"he", "she", "they", "він", "вона", "он", "она"})
#: Kinds of statement, as a title names them ("Remarks by President Biden on …", "Звернення
#: Президента України …"), whose speaker is the one saying "I" from start to end.
MONOLOGUE_KINDS: tuple[str, ...] = (
    *words("Remarks Address Speech Eulogy Toast Звернення Промова Виступ Привітання"),
    *words("Обращение Выступление Речь"),
)
#: Kinds of written statement: their speaker says "I" throughout, whatever the title is about
#: ("Statement from President Joe Biden on Call with …").
WRITTEN_KINDS: tuple[str, ...] = words("Statement Letter Message Op-Ed Заява Заявление")
#: Words of a title that make the statement a dialogue ("Press Briefing by Press Secretary
#: Jen Psaki", "Remarks … in a Moderated Conversation"): there "I" is whoever's turn it is,
#: which only the turn labels tell. Matched in any case ("… – брифінг Олексія Арестовича").
DIALOGUE_KINDS: tuple[str, ...] = (
    *("Press Briefing", "Briefing", "Gaggle", "Press Call", "Press Conference", "Interview"),
    *("News Conference", "Conversation", "Q&A", "Town Hall", "Roundtable", "Fireside Chat"),
    *("Exchange with Reporters", "Panel", "Брифінг", "Брифинг", "Інтерв’ю", "Інтерв'ю"),
    "Интервью",
)
#: Words that a title joins its speaker to ("Remarks by", "Statement from", "Address of").
TITLE_SPEAKER_LINKS: tuple[str, ...] = words("by from of")
#: Capitalised words of a title that end its speaker's name ("Remarks by President Biden
#: Before Marine One Departure", "… Harris At a Campaign Event").
TITLE_NAME_ENDS: frozenset[str] = frozenset(
    words(
        "On At Before After During In To For With From Upon About Aboard Regarding En Via "
        "Ahead Since While Into Over Across Following Alongside Amid As And Of The A An "
        "On-the-Record One Two Three Four Five Six Seven Eight Nine Ten Twenty Thirty Fifty"
    )
)

# --- people, places, organisations ---------------------------------------------------------

#: Titles before a person's name; the title itself is not part of ``name``.
PERSON_TITLES: tuple[str, ...] = (
    "Vice President",
    "President-elect",
    "President",
    "Prime Minister",
    "Deputy Prime Minister",
    "Foreign Minister",
    "Defence Minister",
    "Defense Minister",
    "Minister",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Press Secretary",
    "Secretary",
    "Ambassador",
    "Senator",
    "Sen.",
    "Representative",
    "Rep.",
    "Congressman",
    "Congresswoman",
    "Governor",
    "Mayor",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Princess",
    "Pope",
    "General",
    "Gen.",
    "Admiral",
    "Adm.",
    "Colonel",
    "Judge",
    "Justice",
    "Chief Justice",
    "Speaker",
    "Leader",
    "Special Envoy",
    "Envoy",
    "Commissioner",
    "Director",
    "Administrator",
    "Chairman",
    "Chair",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Sheikh",
    "Emir",
    "Crown Prince",
    "journalist",
    "historian",
    "Президент",
    "президент",
    "Прем'єр-міністр",
    "Прем’єр-міністр",
    "прем'єр-міністр",
    "прем’єр-міністр",
    "Премьер-министр",
    "премьер-министр",
    "міністр",
    "министр",
    "Міністр",
    "Министр",
    "генсек",
    "Генсек",
)
#: Lowercase particles that may sit inside a personal name ("Thomas de Waal").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "van", "von", "der", "den", "da", "di", "du", "bin", "al", "ibn", "la", "le"}
)
#: Common given names that start a person's name with no title before it ("Jennifer
#: Granholm", "Андрій Сибіга"). Left out: names that are more often a word, a month or a
#: place ("Will", "May", "Grace", "Jordan", "Austin", "Georgia").
GIVEN_NAMES_EN: tuple[str, ...] = words(
    "Aaron Abigail Adam Adrian Al Alan Albert Alejandro Alex Alexander Alexandra Alexis Alfred "
    "Alice Alicia Alison Allison Alma Alvin Amanda Amy Andrea Andrew Andy Angela Angie Anita Ann "
    "Anna Anne Annie Anthony Antony Antonio Arthur Ashley Barbara Barack Ben Benjamin Bernie "
    "Beth Betsy Betty Beverly Bill Billy Bob Bobby Bonnie Brad Bradley Brandon Brenda Brendan "
    "Brett Brian Bruce Bryan Carl Carla Carlos Carmen Carol Caroline Carolyn Catherine Cathy "
    "Cecilia Charles Charlie Charlotte Cheryl Chris Christina Christine Christopher Chuck Cindy "
    "Claire Claudia Colin Connie Cory Craig Cynthia Dan Dana Daniel Danielle Danny Darren Dave "
    "David Deb Debbie Deborah Debra Denis Dennis Denise Derek Diana Diane Dianne Dick Don Donald "
    "Donna Doris Doug Douglas Dwight Ed Eddie Edward Eileen Elaine Eleanor Elijah Elizabeth Ellen "
    "Elon Emily Emma Eric Erica Erin Ethan Eugene Evan Evelyn Frances Francis Frank Fred "
    "Frederick Gabriel Gary Gavin Gene George Gerald Gina Glenn Gloria Gordon Greg Gregory Gwen "
    "Hakeem Hank Harold Harry Heather Heidi Helen Henry Herbert Hillary Howard Hunter Ian Isabel "
    "Isaac Jack Jackie Jacob Jacqueline Jake Jamal James Jamie Jan Jane Janet Janice Jared Jason "
    "Javier Jay Jean Jeanne Jeff Jeffrey Jen Jennifer Jenny Jeremy Jerome Jerry Jesse Jessica Jill "
    "Jim Jimmy Joan Joanne Joaquin Jodi Joe Joel John Johnny Jon Jonathan Jose Joseph Josh Joshua "
    "Joyce Juan Judith Judy Julia Julian Julie Justin Kamala Karen Karine Karoline Kate Katherine "
    "Kathleen Kathryn Kathy Katie Keith Kelly Ken Kenneth Kevin Kim Kimberly Kirsten Kristen "
    "Kristi Kristin Kyle Lael Larry Laura Lauren Lawrence Leah Leon Leonard Leslie Liam Lily "
    "Linda Lindsey Lisa Lloyd Lori Louis Louise Lucy Luis Luke Lynn Mara Marcia Marco Marcus "
    "Margaret Maria Marie Marilyn Mario Marjorie Mark Martha Martin Marty Mary Matt Matthew "
    "Maxine Megan Melania Melissa Merrick Michael Michelle Miguel Mike Mitch Mitt Monica Nancy "
    "Natalie Nathan Neera Neil Nicholas Nick Nicole Nikki Noah Norma Oliver Olivia Pamela Pam "
    "Patricia Patrick Patty Paul Paula Peggy Pete Peter Philip Phillip Rachel Rafael Ralph Rand "
    "Randy Raphael Raymond Rebecca Richard Rick Rob Robert Roberto Robin Rochelle Rodney Roger "
    "Ron Ronald Ronny Rosa Ruben Russell Ruth Ryan Sally Sam Samantha Samuel Sandra Sara Sarah "
    "Scott Sean Sergio Shalanda Sharon Shirley Sonia Sophia Stacey Stephanie Stephen Steve Steven "
    "Susan Susie Suzanne Tammy Ted Teresa Terri Terry Theodore Theresa Thomas Tim Timothy Tina "
    "Todd Tom Tommy Tony Tracy Troy Tulsi Valerie Vanessa Vicki Victor Vincent Virginia Vivek "
    "Walter Wayne Wendy Wesley Willie William Xavier Zach Zachary"
    # Leaders and officials abroad.
    " Abdel Abdullah Abiy Ahmed Alar Alberto Ali Andrzej Angela Annalena Anthony Ashraf Benjamin "
    "Boris Charles Cyril Dmitry Ebrahim Edi Eduard Emmanuel Emomali Fumio Gabriel Giorgia "
    "Gitanas Hassan Ilham Ingrida Isaac Jacinda Jens Joko Justin Kaja Karl Kassym-Jomart Keir "
    "Klaus Kristalina Kyriakos Luiz Magdalena Mahmoud Mateusz Maia Micheál Mohammed Muhammad "
    "Narendra Nayib Nikol Olaf Pedro Recep Rishi Salome Scott Sergei Sergey Serj Shavkat "
    "Shigeru Shinzo Sigrid Ursula Viktor Vitaliy Vladimir Volodymyr Yoshihide Yuriy Zuzana"
)
GIVEN_NAMES_SLAVIC: tuple[str, ...] = words(
    "Андрій Антон Анатолій Арсеній Артем Богдан Борис Вадим Валентин Валерій Василь Віктор "
    "Віталій Владислав Володимир Вячеслав В’ячеслав Геннадій Георгій Гліб Григорій Давид Данило "
    "Денис Дмитро Євген Іван Ігор Ілля Йосип Кирило Костянтин Леонід Максим Микита Микола "
    "Михайло Назар Олег Олександр Олексій Остап Павло Петро Роман Ростислав Руслан Святослав "
    "Сергій Станіслав Степан Тарас Федір Юрій Ярослав "
    "Алла Анастасія Ангеліна Анна Валентина Вікторія Галина Ганна Дарина Олена Ольга Ірина "
    "Катерина Людмила Марина Марія Наталія Наталя Оксана Світлана Соломія Тетяна Уляна Юлія "
    "Яна Ярослава Інгріда Урсула Кая Зузана Магдалена Крісталіна "
    "Алексей Александр Анатолий Андрей Аркадий Валерий Василий Виктор Виталий Вячеслав "
    "Геннадий Георгий Григорий Дмитрий Евгений Иван Игорь Илья Кирилл Константин Леонид "
    "Михаил Николай Олег Павел Пётр Петр Сергей Станислав Юрий Ярослав Алексей "
    "Анастасия Валентина Екатерина Елена Ирина Людмила Мария Наталья Ольга Светлана Татьяна "
    "Юлия "
    "Джо Дональд Емманюель Еммануель Эммануэль Олаф Борис Джастін Джастин Шарль Антоніу "
    "Антонио Анджей Реджеп Ентоні Энтони Камала Ллойд Джейк Кір Ріші Рішi Джорджа Джорджія "
    "Матеуш Кірил Кирил Ільхам Никол Нікол Сердж"
)
#: Case endings of Ukrainian and Russian given names, by the nominative's last letter: the
#: ending that is replaced, and those that replace it ("Андрій" -> "Андрія", "Олена" ->
#: "Олени"). Over-generated forms do no harm: only words that are forms are looked up.
GIVEN_NAME_ENDINGS: dict[str, tuple[str, ...]] = {
    "ький": ("ького", "ькому", "ьким", "ькім"),  # surnames: "Зеленський" -> "Зеленського"
    "кий": ("кого", "кому", "ким", "ком"),
    "й": ("я", "ю", "єм", "ем", "є", "е"),
    "о": ("а", "у", "ові", "ом", "е"),
    "а": ("и", "і", "у", "ою", "ой", "е", "ы", "о"),
    "я": ("ї", "і", "ю", "єю", "ей", "и", "е"),
    "ь": ("я", "ю", "ем", "е"),
    "": ("а", "у", "ові", "ом", "е", "ові"),
}
#: Countries' names in Ukrainian and Russian, with the English name a place fact takes, so
#: that "Україні" and "Ukraine" are one place (the gazetteer names countries in English only).
CYRILLIC_COUNTRY_NAMES: dict[str, str] = {
    **dict.fromkeys(("Україна", "Украина"), "Ukraine"),
    **dict.fromkeys(("Росія", "Россия", "Російська Федерація", "Российская Федерация"), "Russia"),
    **dict.fromkeys(("Білорусь", "Беларусь", "Білорусія", "Белоруссия"), "Belarus"),
    **dict.fromkeys(("Польща", "Польша"), "Poland"),
    **dict.fromkeys(("Німеччина", "Германия"), "Germany"),
    **dict.fromkeys(("Франція", "Франция"), "France"),
    **dict.fromkeys(("Велика Британія", "Великобритания", "Британія"), "United Kingdom"),
    **dict.fromkeys(("Сполучені Штати", "Соединённые Штаты"), "United States"),
    **dict.fromkeys(("Молдова", "Молдавия"), "Moldova"),
    **dict.fromkeys(("Румунія", "Румыния"), "Romania"),
    **dict.fromkeys(("Угорщина", "Венгрия"), "Hungary"),
    **dict.fromkeys(("Словаччина", "Словакия"), "Slovakia"),
    **dict.fromkeys(("Чехія", "Чехия"), "Czechia"),
    **dict.fromkeys(("Литва",), "Lithuania"),
    **dict.fromkeys(("Латвія", "Латвия"), "Latvia"),
    **dict.fromkeys(("Естонія", "Эстония"), "Estonia"),
    **dict.fromkeys(("Фінляндія", "Финляндия"), "Finland"),
    **dict.fromkeys(("Швеція", "Швеция"), "Sweden"),
    **dict.fromkeys(("Норвегія", "Норвегия"), "Norway"),
    **dict.fromkeys(("Данія", "Дания"), "Denmark"),
    **dict.fromkeys(("Нідерланди", "Нидерланды"), "Netherlands"),
    **dict.fromkeys(("Бельгія", "Бельгия"), "Belgium"),
    **dict.fromkeys(("Італія", "Италия"), "Italy"),
    **dict.fromkeys(("Іспанія", "Испания"), "Spain"),
    **dict.fromkeys(("Португалія", "Португалия"), "Portugal"),
    **dict.fromkeys(("Греція", "Греция"), "Greece"),
    **dict.fromkeys(("Туреччина", "Турция"), "Turkey"),
    **dict.fromkeys(("Грузія", "Грузия"), "Georgia"),
    **dict.fromkeys(("Вірменія", "Армения"), "Armenia"),
    **dict.fromkeys(("Азербайджан",), "Azerbaijan"),
    **dict.fromkeys(("Казахстан",), "Kazakhstan"),
    **dict.fromkeys(("Китай",), "China"),
    **dict.fromkeys(("Японія", "Япония"), "Japan"),
    **dict.fromkeys(("Індія", "Индия"), "India"),
    **dict.fromkeys(("Ізраїль", "Израиль"), "Israel"),
    **dict.fromkeys(("Іран",), "Iran"),
    **dict.fromkeys(("Канада",), "Canada"),
    **dict.fromkeys(("Австрія", "Австрия"), "Austria"),
    **dict.fromkeys(("Швейцарія", "Швейцария"), "Switzerland"),
    **dict.fromkeys(("Ірландія", "Ирландия"), "Ireland"),
    **dict.fromkeys(("Болгарія", "Болгария"), "Bulgaria"),
    **dict.fromkeys(("Хорватія", "Хорватия"), "Croatia"),
    **dict.fromkeys(("Сербія", "Сербия"), "Serbia"),
    **dict.fromkeys(("Австралія", "Австралия"), "Australia"),
    **dict.fromkeys(("Південна Корея", "Южная Корея"), "South Korea"),
    **dict.fromkeys(("Північна Корея", "Северная Корея"), "North Korea"),
}
#: Small towns whose names are, in some case, common words or other names: never read as towns
#: ("Українки!" is "Ukrainian women!", "Буде" a verb, "Нового" an adjective, "Cathedral").
TOWN_STOPWORDS: frozenset[str] = frozenset(
    words(
        "Українка Українськ Вільне Золоте Нове Нова Північне Біле Буди Мена Маріїнськ "
        "Чорноморське Чорноморськ Слава Мир Дружба Щастя Світле Світлодарськ Новий Перемога "
        "Кола Мирне Леніна Ленін Хрещатик Cathedral Annex Central Asia Progress Deal Este Tara"
    )
)
#: Words before a given name that make it part of a place's name ("San Antonio", "Fort Bliss");
#: six letters at most.
PLACE_PREFIXES: tuple[str, ...] = words("San Santa St St. Saint Fort Port Lake Mount Cape Camp")
#: Capitalised words that do not go on a person's name after a given name or title ("Bill
#: Signing Ceremony", "General Motors", "Joseph R. Biden Jr. Federal Building"): a name
#: holding one is left out.
NOT_NAME_WORDS: frozenset[str] = frozenset(
    words(
        "The A An And Or Of For To In On At By With From As Is Are Was Were Be Will Would Can "
        "Could Should May Must Has Have Had Do Does Did Not No Your Our My His Her Their Its Prime "
        "This That These Those Who What When Where Why How All New Act Acts Day Days Week Award "
        "Awards Prize Medal Center Centre Building Street Avenue Road Boulevard Highway Bridge "
        "Park Hall Memorial Library Museum Airport Station School High College Academy Hospital "
        "Plan Initiative Law Bill Rule Order Fellowship Scholarship Scholars Fellows Lecture "
        "Provisions Extraordinary Counsel Motors Electric Dynamics Staff Services Inspector "
        "Signing Signs Announces Announcing Delivers Launches Celebrates Statement Remarks "
        "Readout Fact Sheet Jr Sr Mr Mrs Ms Dr Press Secretary Federal Foundation Trust Tower "
        "County Parish City Township Lake River Island Islands Bay Valley Mountain Mountains "
        "National American Democrat Democrats Republican Republicans Senate House Congress "
        "January February March April June July August September October November December "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday Russia Ukraine America "
        "Україна України Росія Росії Уряд Уряду Кабмін Верховна Правительство"
    )
)

#: Last words that make a capitalised phrase an organisation.
ORG_HEADS: tuple[str, ...] = (
    "Ministry",
    "Department",
    "Court",
    "Organization",
    "Organisation",
    "Council",
    "Agency",
    "Office",
    "Commission",
    "Committee",
    "Union",
    "Bank",
    "Fund",
    "Assembly",
    "Parliament",
    "Congress",
    "Senate",
    "Administration",
    "Service",
    "Bureau",
    "Institute",
    "Foundation",
    "Association",
    "Alliance",
    "Forces",
    "Army",
    "Navy",
    "Party",
    "University",
    "Corporation",
    "Company",
    "Group",
    "Authority",
    "Board",
    "Secretariat",
    "Tribunal",
    "Cooperation",
    "Coalition",
    "Federation",
    "Guard",
    "Command",
    "Task Force",
    "Patrol",
    "Club",
    "University Press",
    "Departments",
    "Verkhovna Rada",
    "Rada",
    "Duma",
    "Majlis",
    "Milli Majlis",
    "Cabinet",
)
#: Organisations known by a short name that no head word would catch.
ORG_NAMES: tuple[str, ...] = (
    "United Nations",
    "UN",
    "NATO",
    "European Union",
    "EU",
    "OSCE",
    "G7",
    "G20",
    "IMF",
    "World Bank",
    "World Health Organization",
    "WHO",
    "UNESCO",
    "UNICEF",
    "ASEAN",
    "African Union",
    "OPEC",
    "Interpol",
    "Red Cross",
    "ICRC",
    "FBI",
    "CIA",
    "NASA",
    "CDC",
    "FEMA",
    "USAID",
    # U.S. federal bodies, by the acronyms statements use after the first mention.
    "EPA",
    "DHS",
    "DOJ",
    "HHS",
    "HUD",
    "USDA",
    "CBP",
    "ICE",
    "NIH",
    "FDA",
    "SEC",
    "FTC",
    "FCC",
    "IRS",
    "BLS",
    "NSC",
    "OMB",
    "AmeriCorps",
    "Peace Corps",
    "Customs and Border Protection",
    "Immigration and Customs Enforcement",
    "DOD",
    "DoD",
    "DOE",
    "DOL",
    "SBA",
    "FAA",
    "TSA",
    "ATF",
    "DEA",
    "NOAA",
    "NSF",
    "NIST",
    "NSA",
    "ODNI",
    "CFPB",
    "FDIC",
    "OPM",
    "OSTP",
    "USTR",
    "CBO",
    "GAO",
    "DARPA",
    "USPS",
    "NTSB",
    "USCIS",
    "EEOC",
    "NLRB",
    "FERC",
    "CMS",
    "DFC",
    # Unions and other non-governmental bodies.
    "AFL-CIO",
    "UAW",
    "SEIU",
    "IBEW",
    "AARP",
    "NAACP",
    "ACLU",
    "Intel",
    # International bodies and groupings.
    "APEC",
    "IPEF",
    "OECD",
    "WTO",
    "IAEA",
    "UNHCR",
    "OAS",
    "ICC",
    "ICJ",
    "ILO",
    "FAO",
    "IOM",
    "UNFPA",
    "UNRWA",
    "UNDP",
    "WFP",
    "World Food Programme",
    "World Food Program",
    "United Nations Development Programme",
    "UN Development Programme",
    "United Nations Environment Programme",
    "UN Environment Programme",
    "EBRD",
    "ECOWAS",
    "BRICS",
    "CSTO",
    "Europol",
    "Luftwaffe",
    "ISIS",
    "ISIL",
    "al Qaeda",
    "al-Qaeda",
    "Al Qaeda",
    "Hamas",
    "Hezbollah",
    "Taliban",
    "Reuters",
    "Pentagon",
    "Kremlin",
    "White House",
    "ООН",
    "НАТО",
    "ЄС",
    "Євросоюз",
    "Евросоюз",
    "ОБСЄ",
    "ОБСЕ",
    "МАГАТЕ",
    "Червоний Хрест",
)

#: Cyrillic town names not to look for in other cases: their forms are mostly a first name
#: ("Володимира", the president's), or a common word ("на Сході", in the east).
NOT_INFLECTED_PLACES: frozenset[str] = frozenset(
    {"Володимир", "Владимир", "Серго", "Схід", "Центральний", "Київський", "Чорноморськ"}
)
#: Capitalised words that are place names in the gazetteer but almost always something else.
PLACE_STOPWORDS: frozenset[str] = frozenset(
    words(
        "Of March May June Mobile Nice Reading Independence Liberty Victoria Florence Orange "
        "Camden Lincoln Washington Jackson Madison Franklin Hamilton Clinton Trump Biden "
        "Obama Harris Austin Phoenix Columbia Paris Troy Marshall Jefferson Kennedy President "
        "Union Unity Hope Providence Concord Charlotte Santa Delta Sale Bar Police Mercedes "
        "Bath Gary Boulder Carmel Aurora Bristol Dover Eagle Surprise Temple Opportunity "
        "Enterprise Friendship Page Commerce Justice Today Leader Chancellor Fort Port Mount "
        "San Saint St The This That These Those Most Hub Усі"
    )
)
#: Sentence-opening words that start only foreign gazetteer names, or their first letters
#: before a diacritic ("As Samawah", "Andīmeshk", "Itārsi"): names starting with one are left
#: out, so that the scan does not stop at every "And" and "It".
PLACE_FIRST_STOPWORDS: frozenset[str] = frozenset(words("And As At It My Do Go Ag"))
#: Nouns that make the next capitalised word a place ("the town of Khojaly").
PLACE_CUES: tuple[str, ...] = (
    "town of",
    "city of",
    "village of",
    "region of",
    "province of",
    "district of",
    "oblast of",
    "settlement of",
    "Republic of",
)

# --- legal instruments ---------------------------------------------------------------------

#: Head words of legal instruments mapped to the kind stored in ``instrument``.
INSTRUMENT_HEADS: dict[str, str] = {
    "Convention": "convention",
    "Conventions": "convention",
    "Treaty": "treaty",
    "Memorandum": "treaty",
    "Charter": "treaty",
    "Covenant": "treaty",
    "Protocol": "treaty",
    "Agreement": "treaty",
    "Accord": "treaty",
    "Accords": "treaty",
    "Statute": "treaty",
    "Declaration": "declaration",
    "Act": "law",
    "Law": "law",
    "Code": "law",
    "Constitution": "law",
    "Resolution": "resolution",
    "Конвенция": "convention",
    "Конвенція": "convention",
    "Договор": "treaty",
    "Договір": "treaty",
    "Статут": "treaty",
    "Устав": "treaty",
    "Закон": "law",
}
#: Numbered instruments: (regex fragment before the number, kind).
NUMBERED_INSTRUMENTS: tuple[tuple[str, str], ...] = (
    (r"[Rr]esolutions?", "resolution"),
    (r"Executive\s+Orders?|E\.\s?O\.|EO(?= 1\d{4}(?!\d))", "executive order"),
    (r"Proclamations?", "proclamation"),
    (r"Public\s+Law|Pub\.\s?L\.(?:\s?No\.)?", "law"),
    (r"(?:H|S)\.\s?(?:J\.\s?|Con\.\s?)?Res\.", "resolution"),  # of Congress: "S.J. Res. 24"
    (r"H\.\s?R\.|S\.", "bill"),
    (r"National\s+Security\s+(?:Presidential\s+)?Memorandum[-/]?|NSP?M-", "memorandum"),
    # "Presidential Policy Directive 41", "PPD-21", "HSPD-12" (the words before "Directive"
    # are read as its issuer: see ``patterns.ISSUER_BEFORE``)
    (r"Directive[-/]?|PPD-?|HSPD-|NSPD-", "directive"),
    # "Rule for Courts-Martial (R.C.M.) 908(c)(3)", "[Federal] Rule of Civil Procedure 65(c)"
    (
        r"R\.C\.M\.|Rules?\s+for\s+Courts-Martial(?:\s+\(R\.C\.M\.\))?"
        r"|Rules?\s+of\s+(?:(?:Civil|Criminal|Appellate)\s+Procedure|Evidence)",
        "rule",
    ),
    (r"[Рр]езолюці[яї]|[Рр]езолюци[яи]", "resolution"),
    (r"[Уу]каз(?:у)?\s+№", "decree"),
)
#: First words of the entries above, scanned for before the full patterns are tried.
NUMBERED_FIRST_WORDS: tuple[str, ...] = (
    "Resolution",
    "resolution",
    "Executive",
    "Proclamation",
    "Public",
    "Pub.",
    "H.R.",
    "H.",
    "S.",
    "National",
    "E.O.",
    "EO 1",
    "NSM",
    "NSPM",
    "Directive",
    "PPD",
    "HSPD",
    "NSPD",
    "R.C.M.",
    "Rule",
    "Резолюці",
    "резолюці",
    "Резолюци",
    "резолюци",
    "Указ",
    "указ",
)
#: How the text before the opening quotation mark of a rule's title ends ("the final rule
#: entitled “...”", "the rule submitted by the EPA relating to “...”"): a cheap test at each
#: quotation mark before the patterns.
RULE_TITLE_LINK_ENDS: tuple[str, ...] = tuple(
    link + space for link in ("titled", "relating to", "relating\nto") for space in (" ", "\n")
)
#: Their last three characters.
RULE_TITLE_LINK_TAILS: frozenset[str] = frozenset(end[-3:] for end in RULE_TITLE_LINK_ENDS)
#: Words for a rule that such a title names ("the final rule", "the Department's regulation").
RULE_WORDS: tuple[str, ...] = words("rule rules regulation regulations Rule Rules Regulation")
#: Words that name a court's ruling, mapped to ``instrument``.
RULING_WORDS: dict[str, str] = {
    "decision": "decision",
    "judgment": "judgment",
    "judgement": "judgment",
    "ruling": "judgment",
    "verdict": "judgment",
    "order": "decision",
    "advisory opinion": "decision",
}
#: The last word before the date of a ruling ("decision of", "рішення ... від").
RULING_DATE_WORDS: frozenset[str] = frozenset(words("of dated on from від от"))
#: Of those, the ones that may follow a court's name ("judgment of the ICJ of", "суду від").
RULING_OF_COURT_DATE_WORDS: frozenset[str] = frozenset(words("of dated від от"))
#: Head words of courts' names, in English, Ukrainian and Russian.
COURT_HEADS: tuple[str, ...] = ("Court", "Tribunal", "суд", "Суд")
#: Heads that name one instrument even alone ("by the Constitution and the laws"), unlike
#: "the Act" or "the Convention", which point back to one named before.
STANDALONE_HEADS: frozenset[str] = frozenset({"Constitution"})
#: Words after a head that make it part of the name of a place, a body or a day, not of an
#: instrument ("Constitution Avenue", "Harvard Law School", "Convention Center", "North
#: Atlantic Treaty Organization", "Law Enforcement", "Administrative Law Judge").
NOT_AFTER_HEAD: frozenset[str] = frozenset(
    words(
        "Day Avenue Ave. Hall Center Centre Gardens Square Street Party Week Project"
        " School Schools Enforcement Review Journal Institute Firm Judge Judges Clinic Group"
        " Society Organization Organisation Room Library Foundation Professor Students"
    )
)
#: Words before "of" and a head that make it a title or a body ("Professor of Law", "School
#: of Law", "the Rule of Law"), not an instrument.
NOT_BEFORE_OF_HEAD: tuple[str, ...] = words("Professor School College Faculty Doctor Rule Dean")
#: Codes cited by title and section ("50 U.S.C. 1701", "77 Stat. 402", "31 C.F.R. 589.201").
CODE_CITATIONS: tuple[str, ...] = ("U.S.C.", "Stat.", "C.F.R.")
#: Court cases known by one party's name ("the Dobbs decision"); "X v. Y" is read as a case
#: wherever a court is named in the text.
COURT_CASES: tuple[str, ...] = (
    "Dobbs",
    "Roe",
    "Casey",
    "Bruen",
    "Heller",
    "Obergefell",
    "Chevron",
    "Loper Bright",
    "Citizens United",
    "Shelby County",
    "Plessy",
    "Miranda",
)
#: Of those, the cases that statements name by the party alone ("codify Roe", "since Dobbs"):
#: as words they name nothing else there (the others are also people, firms and places).
STANDALONE_CASES: tuple[str, ...] = ("Roe", "Dobbs")
#: Courts known by an acronym, besides the names ``COURT_NAME`` reads.
COURT_ACRONYMS: tuple[str, ...] = ("ICJ", "ICC", "ECHR", "ECtHR", "CJEU", "ITLOS", "PCA")
#: Ukrainian and Russian instrument words: (stem, endings, kind). Plural forms of "закон" and
#: "указ" are left out ("законів України" are laws in general). A word is a reference only
#: with something that makes it one (see ``legal._slavic``): a number, a «title», an issuer
#: ("Закону України", "Статуту ООН"), or capitalised words before it ("Римського статуту").
SLAVIC_INSTRUMENTS: tuple[tuple[str, str, str], ...] = (
    ("закон", "|у|ом|і|а|е", "law"),
    ("законопроект", "|у|ом|і|а|е", "bill"),
    ("законопроєкт", "|у|ом|і|а|е", "bill"),
    ("указ", "|у|ом|і|а|е", "decree"),
    ("постанов", "а|и|у|ою|і|ление|ления|лению|лением|лении", "resolution"),
    ("резолюці", "я|ї|ю|єю|й|ями|ях", "resolution"),
    ("резолюци", "я|и|ю|ей|й|ями|ях", "resolution"),
    ("конвенці", "я|ї|ю|єю|й|ями|ях", "convention"),
    ("конвенци", "я|и|ю|ей|й|ями|ях", "convention"),
    ("конституці", "я|ї|ю|єю", "law"),
    ("конституци", "я|и|ю|ей", "law"),
    ("статут", "|у|ом|і|а|е", "treaty"),
    ("устав", "|у|ом|а|е", "treaty"),
    ("кодекс", "|у|ом|і|а|е", "law"),
    ("договір", "", "treaty"),
    ("договор", "|у|ом|і|а|е", "treaty"),
    ("меморандум", "|у|ом|і|а|е", "treaty"),
    ("протокол", "|у|ом|і|а|е", "treaty"),
    ("деклараці", "я|ї|ю|єю", "declaration"),
    ("деклараци", "я|и|ю|ей", "declaration"),
    ("угод", "а|и|у|ою|і", "treaty"),
    ("соглашени", "е|я|ю|ем|и|й", "treaty"),
    ("пакт", "|у|ом|і|а|е", "treaty"),
    ("харті", "я|ї|ю|єю", "treaty"),
    ("харти", "я|и|ю|ей", "treaty"),
)
#: Last words of an issuer after a Slavic instrument word that make it a reference
#: ("Закону України", "Указ Президента Російської Федерації", "Статуту ООН").
SLAVIC_ISSUER_ENDS: frozenset[str] = frozenset(
    words("України Украины ООН РФ Федерації Федерации Росії России ЄС Євросоюзу Евросоюза США")
)
#: Words that start the subject of an instrument ("Конвенція про права дитини").
SLAVIC_SUBJECT_WORDS: tuple[str, ...] = ("про", "щодо", "о", "об")
#: Ukrainian and Russian words for a court's ruling, as stems.
SLAVIC_RULING_STEMS: tuple[str, ...] = ("рішенн", "решени", "ухвал", "вирок", "приговор")
