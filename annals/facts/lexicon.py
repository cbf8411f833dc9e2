"""Word lists for numbers, figures and dates: plain data a linguist can extend without code.

Names, speakers and legal instruments are in ``names.py``. Every list here is read by
``patterns.py`` (which compiles it into regexes) or by the kind
modules for look-ups. Keep entries lowercase unless the case matters (names, titles), and
put longer phrases before shorter ones where a list becomes a regex alternation.
"""

from __future__ import annotations


def words(text: str) -> tuple[str, ...]:
    """Split a space-separated word list (keeps long lists readable as data)."""
    return tuple(text.split())


# --- numbers -------------------------------------------------------------------------------

#: Cardinal number words and their values. "one" is left out on purpose: it is far more often
#: a pronoun ("one of the worst crimes") than a count.
UNITS_EN: dict[str, int] = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "dozen": 12,
    "dozens": 12,
    "tens": 10,
}
#: Plural number words: the figure is at least this many ("thousands of people").
PLURAL_NUMBER_WORDS: frozenset[str] = frozenset(
    words(
        "dozens tens hundreds thousands millions billions десятки десятків сотни сотні тысячи "
        "тисячі мільйони миллионы"
    )
)
#: Words allowed inside a compound number but not at its start ("two hundred and one").
INNER_EN: dict[str, int] = {"one": 1, "a": 1}

#: Russian and Ukrainian cardinals (common case forms); values as for English.
UNITS_SLAVIC: dict[str, int] = {
    "два": 2,
    "две": 2,
    "двух": 2,
    "дві": 2,
    "двох": 2,
    "три": 3,
    "трёх": 3,
    "трьох": 3,
    "четыре": 4,
    "чотири": 4,
    "пять": 5,
    "п'ять": 5,
    "п’ять": 5,
    "шесть": 6,
    "шість": 6,
    "семь": 7,
    "сім": 7,
    "восемь": 8,
    "вісім": 8,
    "девять": 9,
    "дев'ять": 9,
    "дев’ять": 9,
    "десять": 10,
    "двадцать": 20,
    "двадцять": 20,
    "тридцать": 30,
    "тридцять": 30,
    "сорок": 40,
    "пятьдесят": 50,
    "п'ятдесят": 50,
    "п’ятдесят": 50,
    "сто": 100,
    "двести": 200,
    "двісті": 200,
    "триста": 300,
    "пятьсот": 500,
    "п'ятсот": 500,
    "п’ятсот": 500,
    "десятки": 10,
    "десятків": 10,
    "сотни": 100,
    "сотні": 100,
}

#: Multipliers, in English, Russian and Ukrainian. A scale word alone ("тысяча",
#: "a thousand") is a figure of that size.
SCALES: dict[str, int] = {
    "hundred": 100,
    "hundreds": 100,
    "thousand": 1_000,
    "thousands": 1_000,
    "million": 1_000_000,
    "millions": 1_000_000,
    "billion": 1_000_000_000,
    "billions": 1_000_000_000,
    "trillion": 1_000_000_000_000,
    "тысяча": 1_000,
    "тысячи": 1_000,
    "тысяч": 1_000,
    "тыс.": 1_000,
    "тисяча": 1_000,
    "тисячі": 1_000,
    "тисяч": 1_000,
    "тис.": 1_000,
    "миллион": 1_000_000,
    "миллиона": 1_000_000,
    "миллионов": 1_000_000,
    "млн": 1_000_000,
    "мільйон": 1_000_000,
    "мільйона": 1_000_000,
    "мільйони": 1_000_000,
    "мільйонів": 1_000_000,
    "миллиард": 1_000_000_000,
    "миллиарда": 1_000_000_000,
    "миллиардов": 1_000_000_000,
    "млрд": 1_000_000_000,
    "мільярд": 1_000_000_000,
    "мільярди": 1_000_000_000,
    "мільярдів": 1_000_000_000,
}

#: Words before a number that say it is approximate, mapped to the label stored in ``approx``.
APPROX_BEFORE: dict[str, str | None] = {
    "more than": "more than",
    "over": "more than",
    "in excess of": "more than",
    "upwards of": "more than",
    "at least": "at least",
    "no fewer than": "at least",
    "no less than": "at least",
    "a minimum of": "at least",
    "about": "about",
    "around": "about",
    "approximately": "about",
    "roughly": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "nearly": "nearly",
    "almost": "nearly",
    "close to": "nearly",
    "up to": "up to",
    "as many as": "up to",
    "fewer than": "less than",
    "less than": "less than",
    "under": "less than",
    "a total of": None,
    "более": "more than",
    "свыше": "more than",
    "больше": "more than",
    "понад": "more than",
    "більше": "more than",
    "більш ніж": "more than",
    "не менее": "at least",
    "не менше": "at least",
    "щонайменше": "at least",
    "около": "about",
    "примерно": "about",
    "близько": "about",
    "приблизно": "about",
    "почти": "nearly",
    "майже": "nearly",
}
#: Words after a number that make it approximate ("100 or more people").
APPROX_AFTER: dict[str, str] = {"or more": "at least", "-plus": "more than", "+": "more than"}

# --- what is counted -----------------------------------------------------------------------

#: Nouns a figure counts, in the form stored in ``counted`` (plural). Other lowercase nouns
#: after a number are accepted too; this list decides the harder cases (a verb right after the
#: number, a noun after an adjective) and the Slavic forms.
COUNTED_NOUNS: dict[str, str] = {
    word: word
    for word in (
        words(
            "people persons civilians children women men elderly inhabitants residents "
            "citizens refugees soldiers troops servicemembers families households victims "
            "hostages prisoners detainees deaths casualties fatalities injuries countries "
            "states nations cities towns villages buildings homes houses schools hospitals "
            "jobs workers students members votes cases doses vaccines tons dollars euros "
            "manats hryvnias rubles percent missiles drones rockets shells tanks aircraft "
            "vehicles settlements years months days weeks hours communities businesses "
            "companies projects programs projects grants americans ukrainians azerbaijanis "
            "armenians russians individuals"
        )
    )
}
COUNTED_NOUNS.update(
    {
        "person": "people",
        "child": "children",
        "woman": "women",
        "man": "men",
        "citizen": "citizens",
        "country": "countries",
        "state": "states",
        "dollar": "dollars",
        "per cent": "percent",
        "%": "percent",
        "$": "dollars",
        "человек": "people",
        "людей": "people",
        "люди": "people",
        "осіб": "people",
        "особи": "people",
        "дітей": "children",
        "детей": "children",
        "діти": "children",
        "дети": "children",
        "женщин": "women",
        "жінок": "women",
        "мирных": "civilians",
        "мирних": "civilians",
        "стран": "countries",
        "країн": "countries",
        "гривень": "hryvnias",
        "доларів": "dollars",
        "долларов": "dollars",
        "ракет": "missiles",
        "ракети": "missiles",
        "дронів": "drones",
        "танків": "tanks",
    }
)
#: Counted nouns that all name people: a breakdown of people may count other people
#: ("613 people, including 63 children"); other breakdowns must count the same thing.
PEOPLE_NOUNS: frozenset[str] = frozenset(
    words(
        "people civilians children women men elderly inhabitants residents citizens refugees "
        "soldiers troops servicemembers victims hostages prisoners detainees individuals "
        "americans ukrainians azerbaijanis armenians russians students workers families"
    )
)
#: Ukrainian and Russian forms of common counted nouns (the forms used after numbers:
#: genitive plural, and nominative plural after 2-4), stored as the English plural like
#: ``COUNTED_NOUNS``. Singular genitives that also follow years in dates ("2022 року",
#: "2022 года") are left out. Read by figures only.
SLAVIC_COUNTED_NOUNS: dict[str, str] = {
    **dict.fromkeys(words("років роки лет годы"), "years"),
    **dict.fromkeys(words("днів дні дня діб доби дней суток"), "days"),
    **dict.fromkeys(words("місяців місяці місяця месяцев месяца"), "months"),
    **dict.fromkeys(words("тижнів тижні тижня недель недели"), "weeks"),
    **dict.fromkeys(words("годин години часов часа"), "hours"),
    **dict.fromkeys(words("хвилин хвилини минут минуты"), "minutes"),
    **dict.fromkeys(words("українців українці украинцев"), "ukrainians"),
    **dict.fromkeys(words("росіян россиян"), "russians"),
    **dict.fromkeys(
        words("військовослужбовців військовослужбовці военнослужащих"), "servicemembers"
    ),
    **dict.fromkeys(words("солдатів солдат бійців воїнів бойцов"), "soldiers"),
    **dict.fromkeys(words("біженців беженцев"), "refugees"),
    **dict.fromkeys(words("переселенців переселенцев"), "people"),
    **dict.fromkeys(words("жителів мешканців жителей"), "residents"),
    **dict.fromkeys(words("громадян граждан"), "citizens"),
    **dict.fromkeys(words("працівників работников"), "workers"),
    **dict.fromkeys(words("студентів студентов"), "students"),
    **dict.fromkeys(words("родин сімей семей"), "families"),
    **dict.fromkeys(words("жертв"), "victims"),
    **dict.fromkeys(words("заручників заложников"), "hostages"),
    **dict.fromkeys(words("полонених пленных"), "prisoners"),
    **dict.fromkeys(words("окупантів оккупантов"), "occupiers"),
    **dict.fromkeys(words("життів жизней"), "lives"),
    **dict.fromkeys(words("голосів голосов"), "votes"),
    **dict.fromkeys(words("грн гривні"), "hryvnias"),
    **dict.fromkeys(words("євро евро"), "euros"),
    **dict.fromkeys(words("тонн тонни"), "tons"),
    **dict.fromkeys(words("кілометрів кілометри километров км"), "kilometers"),
    **dict.fromkeys(words("міст городов"), "cities"),
    **dict.fromkeys(words("сіл сел"), "villages"),
    **dict.fromkeys(words("областей"), "regions"),
    **dict.fromkeys(words("громад"), "communities"),
    **dict.fromkeys(words("держав держави держава государств государства"), "states"),
    **dict.fromkeys(words("країни країна страны страна"), "countries"),
    **dict.fromkeys(words("будинків домов"), "buildings"),
    **dict.fromkeys(words("шкіл школ"), "schools"),
    **dict.fromkeys(words("лікарень больниц"), "hospitals"),
    **dict.fromkeys(words("підприємств предприятий"), "enterprises"),
    **dict.fromkeys(words("літаків самолетов"), "aircraft"),
    **dict.fromkeys(words("гелікоптерів вертольотів вертолетов"), "helicopters"),
    **dict.fromkeys(words("танков"), "tanks"),
    **dict.fromkeys(words("снарядів снарядов"), "shells"),
    **dict.fromkeys(words("машин автомобілів автомобилей"), "vehicles"),
    **dict.fromkeys(words("ударів ударов"), "strikes"),
}
#: A word right after a number that leaves its noun out ("34 million adults, and 88 million
#: more may be at risk"): the figure counts what the figure before it counts.
ELLIPSIS_AFTER_NUMBER: frozenset[str] = frozenset(words("more"))
#: Adjectives that name people when nothing follows them ("took out four wounded"); before a
#: noun they only modify it ("four wounded soldiers").
NOMINAL_ADJECTIVES: frozenset[str] = frozenset(words("wounded injured dead killed missing"))
#: English plurals without an "s" that the counted-noun guess would take for singulars.
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    words("feet teeth personnel staff police aircraft cattle livestock youth geese mice")
)
#: Number words that make a half of what follows ("half a million") or of what comes
#: before ("two and a half million", "a million and a half").
HALF_WORDS: frozenset[str] = frozenset(words("half"))

#: Short words that end a counted-noun phrase (Slavic prepositions and conjunctions).
SLAVIC_FUNCTION_WORDS: frozenset[str] = frozenset(
    words("на в у з із зі до від для по за та і й и не що як а но але при о об про від")
)
#: Words that, read after a number, show it is not a count (time, measure, identifiers).
NOT_COUNTED: frozenset[str] = frozenset(
    words(
        "a.m. p.m. am pm a.m p.m o'clock percentile th st nd rd years-old "
        "u.s.c. c.f.r. "  # "10 U.S.C. Sec. 2", "31 C.F.R. Part 5"
        "разів рази раз раза"  # multipliers: "у шість разів довше" (six times longer)
    )
)
#: Words after which a number is an identifier, a page, a section or a clause, never a figure.
IDENTIFIER_BEFORE: frozenset[str] = frozenset(
    words(
        "p. pp. page pages article articles art. section sections sec. § chapter title "
        "paragraph para. clause no. nos. number resolution resolutions order proclamation law "
        "act h.r. s. u.s.c. c.f.r. stat. amendment rule item annex volume vol. covid-19 covid "
        "g fy room suite route highway interstate district ward flight № статья статті стаття "
        "пункт резолюція резолюция закон указ"
    )
)

#: Markers between a total and its breakdown ("613 people, including 63 children").
BREAKDOWN_MARKERS: tuple[str, ...] = (
    "including",
    "among them",
    "among whom",
    "of whom",
    "of which",
    "of them",
    "in particular",
    "among those",
    "включая",
    "в том числе",
    "из них",
    "среди них",
    "серед них",
    "з них",
    "у тому числі",
    "в тому числі",
    "зокрема",
)

# --- what happened to them -----------------------------------------------------------------

#: (regex fragment, predicate). The first fragment that matches near a figure wins, so
#: phrases go before the single words they contain.
PREDICATES: tuple[tuple[str, str], ...] = (
    (r"taken\s+(?:prisoner\s+and\s+)?hostages?", "taken hostage"),
    (r"held\s+hostages?|hostages?", "taken hostage"),
    (r"taken\s+(?:prisoner|captive)|captured|detained|imprisoned|arrested", "detained"),
    (r"killed|murdered|slain|died|dead|deaths?|lost\s+their\s+lives|perished|executed", "killed"),
    (r"wounded|injured|injuries|hurt", "injured"),
    (r"missing|unknown|disappeared|unaccounted", "missing"),
    (r"expelled|deported|deportation", "expelled"),
    (r"forcibly\s+displaced|displaced|evacuated|fled|forced\s+to\s+flee", "displaced"),
    (r"tortured", "tortured"),
    (r"released|freed|returned\s+home|brought\s+home|exchanged", "released"),
    (r"rescued|saved", "rescued"),
    (r"vaccinated", "vaccinated"),
    (r"destroyed|damaged", "destroyed"),
    (r"lost\s+(?:one|both|their)\s+parents?|orphaned", "orphaned"),
    (r"adopted|passed|condemned|recognized|recognised", "adopted"),
    (r"employed|hired|created|added", "created"),
    (r"loans?|grants?|allocated|provided|funding|invest(?:ed|ing|ment)", "funded"),
    (r"убит[аоы]?|погибл[иа]|загинул[иа]|загинуло|вбит[оі]|убиты", "killed"),
    (r"ранен[оы]?|поранен[оі]|поранено", "injured"),
    (r"пропал[иа]\s+без\s+вести|зникл[иі]\s+безвісти", "missing"),
    (r"взят[ыо]\s+в\s+плен|в\s+полон[іу]|полонених", "detained"),
    (r"евакуйован[оі]|эвакуирован[оы]", "displaced"),
)

# --- dates ---------------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "January": 1,
    "February": 2,
    "March": 3,
    "April": 4,
    "May": 5,
    "June": 6,
    "July": 7,
    "August": 8,
    "September": 9,
    "October": 10,
    "November": 11,
    "December": 12,
    "Jan.": 1,
    "Feb.": 2,
    "Aug.": 8,
    "Sept.": 9,
    "Sep.": 9,
    "Oct.": 10,
    "Nov.": 11,
    "Dec.": 12,
    # Russian genitive and nominative
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
    "январь": 1,
    "февраль": 2,
    "март": 3,
    "апрель": 4,
    "май": 5,
    "июнь": 6,
    "июль": 7,
    "август": 8,
    "сентябрь": 9,
    "октябрь": 10,
    "ноябрь": 11,
    "декабрь": 12,
    # Ukrainian genitive and nominative
    "січня": 1,
    "лютого": 2,
    "березня": 3,
    "квітня": 4,
    "травня": 5,
    "червня": 6,
    "липня": 7,
    "серпня": 8,
    "вересня": 9,
    "жовтня": 10,
    "листопада": 11,
    "грудня": 12,
    "січень": 1,
    "лютий": 2,
    "березень": 3,
    "квітень": 4,
    "травень": 5,
    "червень": 6,
    "липень": 7,
    "серпень": 8,
    "вересень": 9,
    "жовтень": 10,
    "листопад": 11,
    "грудень": 12,
}
WEEKDAYS: dict[str, int] = {
    "Monday": 0,
    "Tuesday": 1,
    "Wednesday": 2,
    "Thursday": 3,
    "Friday": 4,
    "Saturday": 5,
    "Sunday": 6,
}
#: Relative day words and their offset in days from the publication date.
RELATIVE_DAYS: dict[str, int] = {
    # "today" is left out: in statements it mostly means "nowadays"; "this morning" and
    # "earlier today" are too: they name the publication day, which says nothing more.
    "yesterday": -1,
    "tomorrow": 1,
    "the day before yesterday": -2,
    "last night": -1,
    "вчера": -1,
    "завтра": 1,
    "позавчера": -2,
    "вчора": -1,
    "учора": -1,
    "позавчора": -2,
}
#: Words that make "the 30th anniversary" an anniversary (stems for Slavic case forms).
ANNIVERSARY_WORDS: tuple[str, ...] = ("anniversary", "годовщин", "річниц")
#: Words before a weekday that say which one is meant ("last Tuesday").
WEEKDAY_RELATIONS: dict[str, str] = {"last": "past", "this": "near", "next": "future", "on": "near"}
