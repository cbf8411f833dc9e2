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


def _with_apostrophes(table: dict[str, int]) -> dict[str, int]:
    """``table`` with each "'" also written "’" and "ʼ" (the three Ukrainian apostrophes)."""
    return {word.replace("'", mark): value for word, value in table.items() for mark in "'’ʼ"}


def _values(table: str) -> dict[str, int]:
    """Read "value: form form ..." lines into {form: value}."""
    forms: dict[str, int] = {}
    for line in table.strip().splitlines():
        value, _, listed = line.partition(":")
        forms.update(dict.fromkeys(listed.split(), int(value)))
    return forms


#: The other Ukrainian and Russian cardinals up to 900 and their oblique case forms ("понад
#: п'яти тисяч", "двадцяти", "зі ста", "двохсот"), Ukrainian first. Ordinal-looking forms
#: ("сьома", seventh) are left out.
UNITS_SLAVIC.update(
    _with_apostrophes(
        _values(
            """
            2: двом двома двум двумя
            3: трьом трьома трех трём трем тремя
            4: чотирьох чотирьом чотирма четырех четырёх четырем четырьмя
            5: п'ять п'яти п'ятьох п'ятьом п'ятьма пяти
            6: шести шістьох шістьма
            7: семи сімох
            8: восьми вісьмох
            9: дев'ять дев'яти дев'ятьох девяти
            10: десяти десятьох
            11: одинадцять одинадцяти одиннадцать одиннадцати
            12: дванадцять дванадцяти двенадцать двенадцати
            13: тринадцять тринадцяти тринадцать тринадцати
            14: чотирнадцять чотирнадцяти четырнадцать четырнадцати
            15: п'ятнадцять п'ятнадцяти пятнадцать пятнадцати
            16: шістнадцять шістнадцяти шестнадцать шестнадцати
            17: сімнадцять сімнадцяти семнадцать семнадцати
            18: вісімнадцять вісімнадцяти восемнадцать восемнадцати
            19: дев'ятнадцять дев'ятнадцяти девятнадцать девятнадцати
            20: двадцяти
            30: тридцяти
            40: сорока
            50: п'ятдесят п'ятдесяти пятидесяти
            60: шістдесят шістдесяти шестьдесят шестидесяти
            70: сімдесят сімдесяти семьдесят семидесяти
            80: вісімдесят вісімдесяти восемьдесят восьмидесяти
            90: дев'яносто девяносто девяноста
            100: ста сотень
            200: двохсот двухсот
            300: трьохсот трехсот трёхсот
            400: чотириста чотирьохсот четыреста четырехсот
            500: п'ятсот п'ятисот пятисот
            600: шістсот шестисот шестьсот
            700: сімсот семисот семьсот
            800: вісімсот восьмисот восемьсот
            900: дев'ятсот дев'ятисот девятьсот девятисот
            """
        )
    )
)

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
    **dict.fromkeys(
        words("тисячу тисячам тисячами тисячах тысячу тысячам тысячами тысячах"), 1_000
    ),
    **dict.fromkeys(
        words("мільйону мільйонам мільйонами мільйонах миллиону миллионам миллионами миллионы"),
        1_000_000,
    ),
    **dict.fromkeys(
        words("мільярда мільярду мільярдам мільярдами миллиарду миллиардам миллиардами миллиарды"),
        1_000_000_000,
    ),
    **dict.fromkeys(
        words("трильйон трильйона трильйонів трлн триллион триллиона триллионов"),
        1_000_000_000_000,
    ),
    # hundreds as a multiplier, as "hundreds": "дві сотні" is 200, "пʼятьма сотнями" 500
    **dict.fromkeys(words("сотні сотень сотнями сотням сотнях сотни сотен"), 100),
}

#: Scale letters written right after the digits ("$2B", "$100M", "170K Pennsylvanians",
#: "€1.5bn"). Case matters: "5m" is five metres, "2b" a clause.
SCALE_SUFFIXES: dict[str, int] = {"K": 1_000, "k": 1_000, "M": 1_000_000, "mn": 1_000_000}
SCALE_SUFFIXES.update({"B": 1_000_000_000, "bn": 1_000_000_000})

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
#: Verbs right before "about" that make it a preposition, not an approximation ("he talked
#: about four crises", "when you think about 1,100 people dying a day").
VERBS_BEFORE_ABOUT: frozenset[str] = frozenset(
    words(
        "talk talks talked talking speak speaks spoke spoken speaking think thinks thought "
        "thinking ask asks asked asking worry worries worried worrying care cares cared caring "
        "hear hears heard hearing learn learned write writes wrote written writing complain "
        "complained argue argued forget forgot forgotten dream dreamed joke joked remind "
        "reminded wonder wondered wondering"
    )
)
#: Words after a number that make it approximate ("100 or more people").
APPROX_AFTER: dict[str, str] = {"or more": "at least", "-plus": "more than", "+": "more than"}
#: Words joining two numbers of which either may be right: the figure takes the first ("3 or
#: 4 percent", "three or five days", "5 чи 6 разів", as for a range "97 to 100 percent").
NUMBER_ALTERNATIVES: tuple[str, ...] = words("or чи або или либо")
#: Words joining the two numbers of a range in words, read as alternatives ("Four to five
#: years of training", "від трьох до п'яти років"); digits have their own range pattern.
NUMBER_RANGE_WORDS: tuple[str, ...] = words("to до")

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
        "bucks": "dollars",  # "it only cost me 35 bucks"
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
        "migrants soldiers troops servicemembers victims hostages prisoners detainees individuals "
        "americans ukrainians azerbaijanis armenians russians students workers families "
        "servicemen defenders officers guards rescuers volunteers doctors teachers "
        "employees entrepreneurs farmers journalists deputies ministers leaders veterans "
        "pensioners patients orphans heroes dead killed wounded occupiers invaders foreigners "
        "fighters military warriors guardsmen policemen drivers representatives mothers "
        "fathers parents greeks poles germans britons french italians lithuanians latvians "
        "estonians georgians moldovans belarusians turks japanese chinese israelis jews tatars "
        "europeans australians canadians"
    )
)


def _forms_table(table: str) -> dict[str, str]:
    """Read "english: form form ..." lines into {form: english}.

    A form written with "'" stands for all three Ukrainian apostrophes ("'", "’", "ʼ").
    """
    forms: dict[str, str] = {}
    for line in table.strip().splitlines():
        english, _, slavic = line.partition(":")
        for form in slavic.split():
            for apostrophe in ("'", "’", "ʼ"):
                forms[form.replace("'", apostrophe)] = english.strip()
    return forms


#: Ukrainian and Russian forms of the nouns official statements count, stored as the English
#: plural like ``COUNTED_NOUNS``, one head noun as an English count is read ("launchers" for
#: гранатометів, grenade launchers; "guns" for кулеметів). Each line gives the forms used
#: with numbers (nominative singular after 1 and 21, nominative plural or genitive singular
#: after 2-4, genitive plural after 5 and after scale words) and the plural of other cases
#: ("у 12 областях", "з 30 країнами"); Ukrainian first, then Russian. Lowercase:
#: abbreviations too ("ТЕС" is "тес").
#: Singular genitives that also follow years in dates ("2022 року", "2022 года") are left
#: out. Read by figures only.
SLAVIC_COUNTED_NOUNS: dict[str, str] = _forms_table(
    """
    people: людей люди людина людини людину людям людях людьми осіб особи особа особам особами
    people: чоловік чоловіка человек человека лиц
    migrants: переселенців переселенці переселенцям переселенцев переселенцы
    children: дітей діти дитина дитини дитину дітям дітях дітьми діточок дітлахів дитинки
    children: детей дети ребенок ребёнок ребенка ребёнка детям детях детьми
    women: жінок жінки жінка жінкам жінками женщин женщины женщина женщинам
    men: чоловіків чоловіки мужчин мужчины мужчина
    civilians: мирних мирных
    residents: жителів жителі мешканців мешканці жителям мешканцям жителей жители жителям
    citizens: громадян громадяни громадянина громадянам граждан граждане гражданина
    ukrainians: українців українці українця українцям українок украинцев украинцы украинца
    russians: росіян росіяни россиян россияне
    refugees: біженців біженці біженцям беженцев беженцы
    servicemen: військовослужбовців військовослужбовці військовослужбовця військовослужбовець
    servicemen: військовослужбовцям военнослужащих военнослужащие военнослужащего
    soldiers: солдатів солдати солдат солдата солдаты
    fighters: бійців бійці бійця бойцов бойцы
    military: військових військові военных военные
    warriors: воїнів воїни воїна воинов воины
    guardsmen: нацгвардійців нацгвардійці гвардійців гвардійці гвардейцев гвардейцы
    defenders: захисників захисники захисника захисник захисникам захисниць захисниці
    defenders: защитников защитники
    officers: офіцерів офіцери офицеров офицеры
    policemen: поліцейських поліцейські поліцейського поліцейський поліціянтів поліціянти
    policemen: полицейских полицейские полицейского
    drivers: водіїв водії водителей водители
    representatives: представників представники представителей представители
    mothers: матерів матерей матери
    parents: батьків батьки родителей родители
    fathers: отцов отцы
    greeks: греків греки греков
    poles: поляків поляки поляков
    americans: американців американці американцев американцы
    germans: німців німці немцев немцы
    britons: британців британці британцев британцы
    french: французів французи французов французы
    italians: італійців італійці итальянцев итальянцы
    lithuanians: литовців литовці литовцев литовцы
    latvians: латвійців латвійці латишів латышей
    estonians: естонців естонці эстонцев эстонцы
    georgians: грузинів грузини грузин
    moldovans: молдован молдовани молдаван
    belarusians: білорусів білоруси белорусов белорусы
    turks: турків турки турок
    japanese: японців японці японцев
    chinese: китайців китайці китайцев
    israelis: ізраїльтян ізраїльтяни израильтян
    jews: євреїв євреї евреев евреи
    tatars: татар татари татары
    europeans: європейців європейці европейцев европейцы
    australians: австралійців австралійці австралийцев
    canadians: канадців канадці канадцев
    armenians: вірмен вірмени армян
    azerbaijanis: азербайджанців азербайджанці азербайджанцев
    residents: маріупольців маріупольці харків'ян харків'яни херсонців херсонці одеситів
    residents: одесити киян кияни кримчан кримчани
    guards: прикордонників прикордонники пограничников пограничники
    rescuers: рятувальників рятувальники спасателей спасатели
    volunteers: волонтерів волонтери добровольців добровольці волонтеров добровольцев
    doctors: лікарів лікарі медиків медики врачей врачи медиков
    teachers: вчителів вчителі учителів учителей учителя
    students: студентів студенти учнів учні школярів студентов студенты учеников
    workers: працівників працівники робітників работников работники рабочих
    workers: працівника працівникам працівниками
    employees: співробітників співробітники сотрудников сотрудники
    entrepreneurs: підприємців підприємці предпринимателей
    farmers: фермерів фермери аграріїв фермеров
    journalists: журналістів журналісти журналистов журналисты
    deputies: депутатів депутати депутатов депутаты
    ministers: міністрів міністри министров министры
    leaders: лідерів лідери лидеров лидеры
    heads: керівників керівники керівника руководителей руководители
    partners: партнерів партнери партнеров партнеры
    veterans: ветеранів ветерани ветеранов ветераны
    pensioners: пенсіонерів пенсіонери пенсионеров пенсионеры
    patients: пацієнтів пацієнти пациентов пациенты
    orphans: сиріт сирот
    heroes: героїв герої героев герои
    families: родин родини сімей сім'ї семей семьи
    households: домогосподарств домохозяйств
    victims: жертв жертви жертва жертвы
    dead: загиблих загиблі погибших погибшие
    killed: убитих вбитих убитых
    wounded: поранених поранені раненых раненые
    hostages: заручників заручники заложников заложники
    prisoners: полонених полонені військовополонених пленных пленные военнопленных
    occupiers: окупантів окупанти оккупантов оккупанты
    invaders: загарбників загарбники захватчиков
    terrorists: терористів терористи террористов
    foreigners: іноземців іноземці иностранцев иностранцы
    lives: життів життя жизней
    deaths: смертей смерті
    votes: голосів голоси голосов голоса
    years: років роки лет годы
    days: днів дні дня діб доби дней суток
    nights: ночей ночі
    weeks: тижнів тижні тижня тиждень недель недели
    months: місяців місяці місяця місяць месяцев месяца
    hours: годин години часов часа
    minutes: хвилин хвилини минут минуты
    seconds: секунд секунди секунды
    decades: десятиліть десятиліття десятилетий десятилетия
    centuries: століть століття веков века
    times: разів рази раз раза
    hryvnias: гривень гривні гривня грн гривен гривны гривна
    dollars: доларів долари долар долара дол долларов доллары доллар доллара
    euros: євро евро
    rubles: рублів рублі рубль рубля рублей рубли руб
    pounds: фунтів фунтов
    tons: тонн тонни тонна тонны тоннами
    kilometers: кілометрів кілометри кілометр км километров километра километр
    meters: метрів метри метров метра
    hectares: гектарів гектари га гектаров
    liters: літрів літри литров литра
    countries: країн країни країна країнам країнах стран страны страна странам странах
    states: держав держави держава державам державах государств государства государство
    regions: областей області область областях областям регіонів регіони регіонах
    regions: регионов регионы регионах
    districts: районів райони районах районов районы
    cities: міст міста місто містах городов города город городах
    cities: містам містами
    villages: сіл села село селах сел деревень деревни
    settlements: селищ селища поселений поселения
    communities: громад громади громадах громадам
    buildings: будинків будинки будинок будівель будівлі домов домів зданий здания
    homes: домівок домівки осель
    apartments: квартир квартири квартиры
    schools: шкіл школи школа школах школ школы
    kindergartens: садків садочків садочки садов
    universities: університетів університети вишів університет университетов университеты вузов
    hospitals: лікарень лікарні лікарня больниц больницы больница
    institutions: закладів заклади заклад установ установи учреждений учреждения
    enterprises: підприємств підприємства підприємство предприятий предприятия
    companies: компаній компанії компаний компании
    businesses: бізнесів
    organizations: організацій організації организаций организации
    banks: банків банки банков
    plants: тес тец аес гес електростанцій електростанції заводів заводи тэс тэц аэс гэс
    plants: электростанций заводов заводы
    facilities: об'єктів об'єкти объектов объекты
    bridges: мостів мости мостов мосты
    roads: доріг дороги дорог
    churches: церков храмів храми храмов
    shelters: укриттів укриття укрытий
    drones: дронів дрони дрон дрона безпілотників безпілотники безпілотник бпла шахедів
    drones: шахеди дронов дроны беспилотников беспилотники
    missiles: ракет ракети ракета ракеты
    tanks: танків танки танк танка танков
    aircraft: літаків літаки літак літака самолетов самолётов самолеты
    helicopters: гелікоптерів гелікоптери вертольотів вертольоти гвинтокрилів гвинтокрили вертолетов
    vehicles: машин машини автомобілів автомобілі бронемашин автомобилей автомобили машины
    trucks: вантажівок вантажівки грузовиков
    units: одиниць одиниці одиниця підрозділів единиц единицы
    systems: систем системи системы
    shells: снарядів снаряди снарядов снаряды
    bombs: бомб бомби авіабомб бомбы авиабомб
    mines: мін міни мин
    ships: кораблів кораблі кораблей корабли
    boats: човнів катерів катеров лодок
    guns: гармат орудий
    brigades: бригад бригади бригады
    battalions: батальйонів батальйони батальонов
    strikes: ударів удари ударов удары
    attacks: атак атаки атака нападів напади нападений
    shellings: обстрілів обстріли обстрелов обстрелы
    generators: генераторів генератори генераторов
    transformers: трансформаторів трансформаторов
    trains: потягів поїздів поездов
    flights: рейсів рейсы рейсов
    corridors: коридорів коридори коридоров
    visits: візитів візити візит визитов визиты визит
    meetings: зустрічей зустрічі зустріч встреч встречи
    calls: дзвінків дзвінки звонков звонки
    conversations: розмов розмови разговоров разговоры
    talks: переговорів переговоров
    sessions: сеансів сеанси сеанс засідань засідання сеансов заседаний
    summits: самітів саміти самітах саммитов саммиты
    conferences: конференцій конференції конференций
    packages: пакетів пакети пакет пакетов пакеты
    sanctions: санкцій санкций
    projects: проєктів проєкти проєкт проектів проекти проектов проекты
    programs: програм програми программ программы
    decrees: указів укази указов указы
    laws: законів закони законов законы
    resolutions: резолюцій резолюції резолюций
    agreements: угод угоди угода договорів договори соглашений соглашения договоров
    documents: документів документи документов документы
    decisions: рішень рішень рішення решений решения
    steps: кроків кроки шагов шаги
    points: пунктів пункти пунктов пункты
    crimes: злочинів злочини преступлений преступления
    cases: справ справи проваджень випадків випадки дел случаев случаи
    applications: заявок заявки заявлений заяв заяви заяву
    awards: нагород нагороди наград награды
    medals: медалей медалі медали
    words: слів слова слов
    languages: мов языков
    generations: поколінь поколений
    doses: доз дози
    vaccines: вакцин вакцини
    tests: тестів тести тестов тесты
    nations: народів народи націй нації народов народы наций
    occupations: окупацій окупації оккупаций оккупации
    wars: воєн війн війни війна войн войны война
    revolutions: революцій революції революций революции
    reforms: реформ реформи реформы
    victories: перемог перемоги побед победы
    threats: загроз загрози угроз угрозы
    questions: питань питання запитань запитання вопросов вопросы
    answers: відповідей відповіді ответов ответы
    directions: напрямків напрямки напрямках напрямів направлений направлениях
    fronts: фронтів фронти фронтов фронты
    positions: позицій позиції позиций позиции
    territories: територій території территорий территории
    operations: операцій операції операций операции
    missions: місій місії миссий миссии
    offices: представництв представництва представительств офісів офіси офисов
    initiatives: ініціатив ініціативи инициатив инициативы
    proposals: пропозицій пропозиції предложений предложения
    conditions: умов умови условий условия
    demands: вимог вимоги требований требования
    guarantees: гарантій гарантії гарантий гарантии
    principles: принципів принципи принципов принципы
    priorities: пріоритетів пріоритети приоритетов приоритеты
    stages: етапів етапи этапов этапы
    waves: хвиль хвилі волн волны
    rounds: раундів раунди раундов раунды
    attempts: спроб спроби попыток попытки
    reasons: причин причини причины
    factors: чинників чинники факторів фактори факторов факторы
    ideas: ідей ідеї идей идеи
    topics: тем теми темы
    sources: джерел джерела источников источники
    stories: історій історії историй истории
    names: прізвищ прізвища імен імена имен имена фамилий
    fates: доль судеб
    hearts: сердець серця сердец сердца
    worlds: світів світи миров миры
    armies: армій армії армий армии
    tasks: завдань завдання задач задачи
    parts: частин частини частей части
    items: предметів предмети предметов предметы
    things: речей речі вещей вещи
    sets: наборів набори наборов наборы комплектів комплекти комплектов
    products: продуктів продукти продуктов продукты
    records: записів записи записей записи
    pages: сторінок сторінки страниц страницы
    professions: професій професії профессий профессии
    continents: континентів континенти континентах континентов
    stations: станцій станції станций станции підстанцій підстанції подстанций
    blocks: блоків блоки блоков блоки енергоблоків енергоблоки энергоблоков
    lines: ліній лінії линий линии
    museums: музеїв музеї музеев музеи
    libraries: бібліотек бібліотеки библиотек библиотеки
    monuments: пам'яток пам'ятки пам'ятників памятников
    cars: автівок автівки
    candles: свічок свічки свечей свечи
    corpses: трупів трупи трупов трупы
    raids: авіанальотів нальотів авианалетов налетов
    howitzers: гаубиць гаубиці гаубиц гаубицы
    launchers: гранатометів гранатомети гранатометов
    guns: кулеметів кулемети пулеметов пулеметы
    stingers: стінгерів стінгери стингеров стингеры
    javelins: джавелінів джавеліни джавелинов джавелины
    cartridges: набоїв набої патронів патрони патронов патроны
    batteries: батарей батареї батареи
    loans: кредитів кредити кредитов кредиты
    grants: грантів гранти грантов гранты
    payments: виплат виплати выплат выплаты
    pensions: пенсій пенсії пенсий пенсии
    salaries: зарплат зарплати зарплаты
    taxes: податків податки налогов налоги
    places: місць місця мест места
    permits: дозволів дозволи разрешений разрешения
    interviews: інтерв'ю интервью
    kopecks: копійок копійки копеек копейки
    yen: єн иен
    kilowatts: кіловат кіловатів квт киловатт
    megawatts: мегават мегаватів мвт мегаватт
    gigawatts: гігават гігаватів гвт гигаватт
    meters: кубометрів кубометри кубометров кубометра
    """
)
#: Two words that together name what a figure counts, where the second alone would name
#: something else ("12 населених пунктів" are settlements, "10 пунктів" points).
SLAVIC_COUNTED_PHRASES: dict[str, str] = {
    phrase.replace("_", " "): noun  # "_" joins the two words in the table
    for phrase, noun in _forms_table(
        """
        settlements: населених_пунктів населені_пункти населеного_пункту населених_пунктах
        settlements: населенных_пунктов населенные_пункты населенных_пунктах
        civilians: мирних_жителів мирних_мешканців мирних_громадян мирних_людей
        civilians: мирных_жителей мирных_граждан мирных_людей
        jobs: робочих_місць робочі_місця рабочих_мест
        """
    ).items()
}
#: A word right after a number that leaves its noun out ("34 million adults, and 88 million
#: more may be at risk"): the figure counts what the figure before it counts.
ELLIPSIS_AFTER_NUMBER: frozenset[str] = frozenset(words("more total altogether combined"))
#: After "billions in", "millions in": words for money ("billions in funding" are dollars).
MONEY_AFTER_IN: frozenset[str] = frozenset(
    words(
        "funding funds aid assistance investment investments grants loans revenue revenues "
        "spending savings relief support financing subsidies contracts sales profits taxes "
        "tax damages fines debt cash donations"
    )
)
#: Ukrainian and Russian verbs that may follow a number ("20 мільярдів можуть піти на
#: оборону"): then the figure counts what an earlier one counts. Unlisted words ending like
#: a verb (``SLAVIC_VERB_ENDINGS``) are read the same way.
SLAVIC_VERBS_AFTER_NUMBER: frozenset[str] = frozenset(
    words(
        "є був була було були буде будуть може можуть мають має стало стали став живе живуть "
        "загинули загинуло отримали отримають отримує отримують перебувають залишаються "
        "есть был была было были будет будут может могут имеют стали живут погибли получили "
        "находятся остаются"
    )
)
#: Singular verbs after a number with no noun: it is a quantity, not people ("the 60 million
#: is what we will have", "2.5 million has been the pace"); plural ones make it people.
SINGULAR_VERBS_AFTER_NUMBER: frozenset[str] = frozenset(words("is has was"))
SLAVIC_VERB_ENDINGS: tuple[str, ...] = (
    *("ють", "ують", "уть", "ять", "ать", "ить", "ться", "тся", "лися", "лись", "ючи", "ячи"),
)
#: Adjectives that name people when nothing follows them ("took out four wounded"); before a
#: noun they only modify it ("four wounded soldiers").
NOMINAL_ADJECTIVES: frozenset[str] = frozenset(words("wounded injured dead killed missing"))
#: English plurals without an "s" that the counted-noun guess would take for singulars.
IRREGULAR_PLURALS: frozenset[str] = frozenset(
    words("feet teeth personnel staff police aircraft cattle livestock youth geese mice")
)
#: Currency codes, before an amount ("EUR 300 million", "USD 500 million", "US$5") or after
#: it ("2 billion USD"), and what the amount then counts. Case matters before an amount.
CURRENCY_CODES: dict[str, str] = {
    **dict.fromkeys(words("USD US$ CAD AUD"), "dollars"),
    **{"EUR": "euros", "UAH": "hryvnias", "GBP": "pounds", "RUB": "rubles", "CHF": "francs"},
    **{"JPY": "yen"},
}
#: Abbreviated units right after a number, and the unit the figure then measures, whatever
#: noun follows ("the 4.4-4.94 GHz spectrum frequencies" are gigahertz). Case matters ("MW"
#: megawatts, "mW" would be milliwatts).
UNIT_ABBREVIATIONS: dict[str, str] = {
    **{"GHz": "gigahertz", "MHz": "megahertz", "kHz": "kilohertz"},
    **{"GW": "gigawatts", "MW": "megawatts", "kW": "kilowatts"},
    **{"TWh": "terawatt-hours", "GWh": "gigawatt-hours", "MWh": "megawatt-hours"},
    **{"kWh": "kilowatt-hours", "km": "kilometers", "kg": "kilograms", "lbs": "pounds"},
    **{"mm": "millimeters", "cm": "centimeters"},
}
#: Number words that make a half of what follows ("half a million") or of what comes
#: before ("two and a half million", "a million and a half").
HALF_WORDS: frozenset[str] = frozenset(words("half"))

#: Short words that end a counted-noun phrase (Slavic prepositions and conjunctions).
SLAVIC_FUNCTION_WORDS: frozenset[str] = frozenset(
    words(
        "на в у з із зі до від для по за та і й и не що як а но але при о об про від "
        "ли вже уже ще ещё еще лише лишь тільки только також теж также тоже посмертно "
        "після перед через під над між серед біля без после под между среди без "
        "він вона воно вони он она оно они який яка яке які которые который которая "
        "один одна одне одного одному одну одних"
    )
)
#: Words that, read after a number, show it is not a count (time, measure, identifiers).
NOT_COUNTED: frozenset[str] = frozenset(
    words(
        "a.m. p.m. am pm a.m p.m o'clock o’clock percentile th st nd rd years-old "
        "u.s.c. c.f.r. stat "  # "10 U.S.C. Sec. 2", "31 C.F.R. Part 5", "77 Stat. 402"
        "age"  # "9.3 million age 50 and older"
        " ранку вечора утра вечера"  # clock times: "о 4 ранку" (at 4 in the morning)
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

#: Words right after a number that make it a share of the figure before it ("192 servicemen
#: ..., 24 of them posthumously", "13.5 million new jobs, 800,000 of them manufacturing jobs").
PARTITIVE_AFTER_NUMBER: tuple[str, ...] = (
    *("of them", "of those", "of these", "of whom", "of which", "out of them"),
    *("з них", "із них", "з яких", "із яких", "из них", "из которых"),
)
#: Between two amounts, after "of", words that make the first a share of the second ("almost
#: $11 million of our $16 million", "$2 billion of the $5 billion").
SHARE_OF_NEXT: tuple[str, ...] = words("our their its the this that his her")
#: After those, words that rank the larger amount ("9 of the top 11 spots"): still a share.
RANK_BEFORE_TOTAL: tuple[str, ...] = words("top first last largest biggest best leading")
#: Words right before a bare number that make it an increment of the figure before, counting
#: what it counts ("1015 settlements ..., which is plus six in the past 24 hours", "killing 13
#: people and injuring another 140"); not a breakdown of it.
INCREMENT_BEFORE: tuple[str, ...] = words("plus another ще іще еще")
#: Verbs of spending before a bare "millions", "billions": the amount is money ("spent
#: billions on these organizations", "can cost taxpayers millions or even billions").
MONEY_VERBS: frozenset[str] = frozenset(
    words("spend spends spent spending cost costs costing waste wasted wastes owe owes owed")
)
#: Before a number, words that make "N разів" a multiplier ("у шість разів довше", six times
#: longer), not a count of times.
MULTIPLIER_BEFORE: frozenset[str] = frozenset(words("у в во"))
#: After "N times", words that make it a multiplier ("ten times more", "five times as many",
#: "three times that of fathers"), not a count of times ("renewed three times in 2000").
MULTIPLIER_AFTER: frozenset[str] = frozenset(
    words(
        "more less as what that their its his her higher lower greater larger bigger smaller "
        "faster slower cheaper fewer longer shorter stronger weaker better worse likelier"
    )
)
#: Around "N years" (and its Slavic forms), words that make it an age, not a figure ("he was
#: 96 years old", "Йому було 96 років", "у віці 45 років").
AGE_AFTER_YEARS: tuple[str, ...] = ("old", "of age")
AGE_BEFORE_YEARS: tuple[str, ...] = (
    *("віці", "возрасте", "виповнилося", "виповнилось", "виповниться"),
    *("исполнилось", "исполнится", "исполняется"),
    *("йому було", "їй було", "ему было", "ей было"),
)
#: Words after which a number in words is a rank or a name, not a figure ("China was number
#: eight", "Title Two"); a shorter list than ``IDENTIFIER_BEFORE``: "signed into law three
#: bills" counts bills.
IDENTIFIER_BEFORE_WORDS: frozenset[str] = frozenset(
    words("number no. page article section chapter title paragraph clause item phase")
)
#: Capitalised words after which a number in digits is part of a name ("Special 301 Report",
#: "Form 990", "Phase 3", "Category 5"); only capitalised, as "to form 2 battalions" counts.
NAME_BEFORE_NUMBER: frozenset[str] = frozenset(
    words(
        "Special Form Report Schedule Exhibit Part Phase Stage Tier Level Category Type Grade "
        "Round Apollo Artemis Gemini Mercury Window Gate Terminal Platform Pier Building Unit"
    )
)
#: Markers between a total and its breakdown ("613 people, including 63 children").
BREAKDOWN_MARKERS: tuple[str, ...] = (
    "including",
    # "includes" alone also opens what a plan or a deal holds beside the figure before it
    # ("The budget request includes $807 million" after a $4 billion of other funds).
    "which includes",
    "this includes",
    "that includes",
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
#: Words opening a sentence that adds one more breakdown to the total of the breakdown in the
#: sentence before ("Зокрема, 20 мільярдів — на оборону. Ще 8 мільярдів — на економіку").
BREAKDOWN_CONTINUERS: tuple[str, ...] = ("another", "ще", "ещё", "еще")

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

#: What a figure counts when it measures time ("50 years", "Forty days"): nothing happens to
#: a span of time, so such a figure has no predicate ("For 50 years, people were killed").
TIME_COUNTED: frozenset[str] = frozenset(
    words(
        "seconds minutes hours days nights weeks months years decades centuries"
        " second minute hour day night week month year decade century"
    )
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
    "the day after tomorrow": 2,
    "last night": -1,
    "послезавтра": 2,
    "післязавтра": 2,
    "вчера": -1,
    "завтра": 1,
    "позавчера": -2,
    "вчора": -1,
    "учора": -1,
    "позавчора": -2,
    "вчорашній день": -1,  # "за вчорашній день": over yesterday
    "вчорашнього дня": -1,
}
#: Time words that a relative day may be listed with. A list of three of them ("yesterday,
#: today and tomorrow"), one with an ``ALWAYS_WORDS`` word ("today, tomorrow, and forever"),
#: a row of one-word sentences ("Tomorrow. Now. Yesterday.") or "і завтра, і післязавтра"
#: ("both tomorrow and the day after") is rhetorical: no particular day. ("Today, tonight,
#: and tomorrow" before a storm are days: "tonight" is left out.)
TIME_SERIES_WORDS: tuple[str, ...] = (
    *words("today now yesterday tomorrow forever always"),
    *words("сьогодні зараз нині завтра вчора учора післязавтра позавчора завжди назавжди"),
    *words("сегодня сейчас завтра вчера послезавтра позавчера всегда навсегда"),
)
ALWAYS_WORDS: frozenset[str] = frozenset(words("forever always завжди назавжди всегда навсегда"))
#: Nouns before "of tomorrow" that make it a day ("as of tomorrow", "ahead of tomorrow"); after
#: other nouns it is the future ("the jobs of tomorrow", "the challenges of today and tomorrow").
DAY_OF_TOMORROW_BEFORE: frozenset[str] = frozenset(
    words("as ahead advance preview end course outcome morning afternoon evening night start")
    + words("beginning rest part events embargo schedule purposes")
)
#: Nouns after "tomorrow's" that make it the future, not the next day ("tomorrow's economy").
FUTURE_AFTER_TOMORROWS: frozenset[str] = frozenset(
    words("economy challenges leaders workforce builders opportunities potential doctors adults")
    + words("jobs workers innovators technologies technology industries problems threats world")
    + words("generation generations scientists engineers needs innovations innovation promise")
)
#: Words that make "the 30th anniversary" an anniversary (stems for Slavic case forms).
ANNIVERSARY_WORDS: tuple[str, ...] = ("anniversary", "годовщин", "річниц")
#: Words before a weekday that say which one is meant ("last Tuesday").
WEEKDAY_RELATIONS: dict[str, str] = {"last": "past", "this": "near", "next": "future", "on": "near"}
#: Holidays on a fixed day, as (month, day). The year is the one the sentence names before
#: them ("in 1964 ... before the Fourth of July"), else the publication year. Holidays whose
#: day differs between churches or countries ("Christmas" in Ukraine) are left out.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "Fourth of July": (7, 4),
    "Independence Day": (7, 4),
    "Christmas Day": (12, 25),
    "New Year’s Day": (1, 1),
    "New Year's Day": (1, 1),
    "День Незалежності": (8, 24),
    "Дня Незалежності": (8, 24),
    "Днем Незалежності": (8, 24),
    "День незалежності": (8, 24),
    "Дня незалежності": (8, 24),
    "Днем незалежності": (8, 24),
    "Новий рік": (1, 1),
    "Нового року": (1, 1),
    "Новим роком": (1, 1),
    "Новый год": (1, 1),
    "Нового года": (1, 1),
    "Новым годом": (1, 1),
}
#: The day of "Independence Day" in a sentence that names Ukraine (else the United States').
UKRAINE_INDEPENDENCE_DAY: tuple[int, int] = (8, 24)
UKRAINE_WORDS: tuple[str, ...] = ("Ukrain", "Україн", "Украин")
#: How far a year named in the sentence before an anniversary may be from the publication
#: year to be the anniversary's year ("In 2026 ... the 250th anniversary").
ANNIVERSARY_YEAR_SPAN = 10
#: Days of the month written as ordinal words, lowercase: "the twenty-fifth day of August",
#: "the first of May", "двадцять четвертого лютого" (the genitive, as a date is said).
#: A tens word joins a unit: "twenty" + "fifth", "двадцять" + "четвертого".
ORDINAL_DAYS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "thirtieth": 30,
}
SLAVIC_ORDINAL_DAYS: dict[str, int] = {
    # Ukrainian
    "першого": 1,
    "другого": 2,
    "третього": 3,
    "четвертого": 4,
    "п'ятого": 5,
    "п’ятого": 5,
    "пʼятого": 5,
    "шостого": 6,
    "сьомого": 7,
    "восьмого": 8,
    "дев'ятого": 9,
    "дев’ятого": 9,
    "девʼятого": 9,
    "десятого": 10,
    "одинадцятого": 11,
    "дванадцятого": 12,
    "тринадцятого": 13,
    "чотирнадцятого": 14,
    "п'ятнадцятого": 15,
    "п’ятнадцятого": 15,
    "пʼятнадцятого": 15,
    "шістнадцятого": 16,
    "сімнадцятого": 17,
    "вісімнадцятого": 18,
    "дев'ятнадцятого": 19,
    "дев’ятнадцятого": 19,
    "девʼятнадцятого": 19,
    "двадцятого": 20,
    "тридцятого": 30,
    # Russian
    "первого": 1,
    "второго": 2,
    "третьего": 3,
    "четвёртого": 4,
    "пятого": 5,
    "шестого": 6,
    "седьмого": 7,
    "девятого": 9,
    "одиннадцатого": 11,
    "двенадцатого": 12,
    "тринадцатого": 13,
    "четырнадцатого": 14,
    "пятнадцатого": 15,
    "шестнадцатого": 16,
    "семнадцатого": 17,
    "восемнадцатого": 18,
    "девятнадцатого": 19,
    "двадцатого": 20,
    "тридцатого": 30,
}
ORDINAL_DAY_TENS: dict[str, int] = {
    "twenty": 20,
    "thirty": 30,
    "двадцять": 20,
    "тридцять": 30,
    "двадцать": 20,
    "тридцать": 30,
}
#: How the text right before a month ends when a day in words may precede it ("... day of",
#: "... четвертого"); a cheap test before the pattern.
DAY_WORDS_BEFORE_MONTH_ENDINGS: tuple[str, ...] = ("of", "го")
#: Ordinal words before "anniversary" ("the second anniversary"), with the years they count.
ANNIVERSARY_ORDINALS: dict[str, int] = {
    **ORDINAL_DAYS,
    "twenty-fifth": 25,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventy-fifth": 75,
    "hundredth": 100,
}
#: Number words before "-year anniversary" ("the one-year anniversary").
ANNIVERSARY_YEAR_NUMBERS: dict[str, int] = {"one": 1, **UNITS_EN}
#: Written right before a year, glued to it: a fiscal year ("FY2026") or a part of the year
#: ("mid-2020"), which is a date of that year.
YEAR_PREFIXES: tuple[str, ...] = ("FY", "mid-", "Mid-")
#: Before a year after a date: the year one relative to the publication year ("February
#: 20th of last year").
YEAR_RELATIONS: dict[str, int] = {"last": -1, "this": 0, "next": 1}
#: The same relations in Ukrainian and Russian, before "року"/"года" ("24 лютого минулого
#: року", "14 мая прошлого года").
SLAVIC_YEAR_RELATIONS: dict[str, int] = {
    "позаминулого": -2,
    "минулого": -1,
    "цього": 0,
    "наступного": 1,
    "прошлого": -1,
    "этого": 0,
    "следующего": 1,
}
#: A year named relative to the publication before a day that has none ("Last year, on May
#: 14", "Минулого року 14 травня", "В прошлом году 14 мая"), lowercase.
YEAR_RELATIONS_BEFORE: dict[str, int] = {
    "last year": -1,
    "next year": 1,
    "минулого року": -1,
    "торік": -1,
    "позаминулого року": -2,
    "наступного року": 1,
    "в прошлом году": -1,
    "в следующем году": 1,
}
#: Head words after a day without a year that make the day part of a name ("the January 6th
#: Committee", "the September 11 Fund", "the September 11th National Memorial Trail").
NAME_HEADS_AFTER_DAY: tuple[str, ...] = words(
    "Committee Commission Fund Memorial Museum Foundation Trail Movement"
)
#: Words that may come between such a day and the head ("January 6th Select Committee").
NAME_WORDS_AFTER_DAY: tuple[str, ...] = words("Select National Victim Compensation Memorial")
#: Days that statements name without a year for one past event, with its year: "the January
#: 6th insurrection" in 2023 remarks is 2021-01-06, "since October 7th" in 2024 is 2023-10-07.
EVENT_DAYS: dict[tuple[int, int], int] = {(1, 6): 2021, (9, 11): 2001, (10, 7): 2023}
#: Words right before such a day that make it the coming one ("On Monday, September 11th",
#: "this January 6th", "Now through January 6"): a date in the publication year.
SCHEDULE_BEFORE: tuple[str, ...] = (*WEEKDAYS, "this", "next", "through", "until")
#: Words right before such a day that make it a kind of event, not a day ("another October
#: 7th", "an October 7th happen over and over").
EVENT_KIND_BEFORE: tuple[str, ...] = ("another", "an", "a")
