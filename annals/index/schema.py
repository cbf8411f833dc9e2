"""The search index's fields and text analyzers (tantivy).

Every statement is one document holding its current version. Text is indexed
twice: in ``title``/``body`` folded (lower case, accents off) with positions
for phrases, and in one ``stem_<language>`` field stemmed in the statement's
language, so "killed" finds "killing" in English and "трагедии" finds
"трагедия" in Russian (every language tantivy ships a stemmer for, and a light
suffix folding of our own for Ukrainian and Azerbaijani). Other spellings of a
word ("Hojaly", "Xocalı" and "Ходжалы" for "Khojaly") are found through the
spellings vocabulary beside the index (``annals.index.vocabulary``).
"""

from __future__ import annotations

from functools import lru_cache

import tantivy

from annals.index.spelling_rules import RULES_VERSION

# The spelling rules' version is part of it: keys made by other rules would not match.
SCHEMA_VERSION = f"6.{RULES_VERSION}"
PLAIN = "annals_plain"
LIGHT_STEMS = "annals_light_stems"
MAX_TOKEN_CHARS = 60

# ISO 639-1 code -> tantivy (Snowball) stemmer name.
STEMMERS: dict[str, str] = {
    "ar": "arabic",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "fi": "finnish",
    "fr": "french",
    "hu": "hungarian",
    "it": "italian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sv": "swedish",
    "ta": "tamil",
    "tr": "turkish",
}

# Languages without a tantivy stemmer that get annals.index.suffixes' light folding instead.
LIGHT_STEMMED = ("uk", "az")

ENTITY_FIELDS = ("place", "person", "organisation")  # spelling keys of names annals.facts found
FACET_FIELDS = ("source", "language", "year", "tags", *ENTITY_FIELDS)


def stem_field(language: str) -> str:
    return f"stem_{language}"


def stem_tokenizer(language: str) -> str:
    return f"annals_stem_{language}"


@lru_cache(maxsize=1)
def build_schema() -> tantivy.Schema:
    """The index schema; change SCHEMA_VERSION with it so old indexes are rebuilt."""
    builder = tantivy.SchemaBuilder()
    # i64, not u64: tantivy-py makes an i64 term of a Python int, so deleting by u64 term misses.
    builder.add_integer_field("statement_id", stored=True, indexed=True, fast=True)
    builder.add_text_field("title", tokenizer_name=PLAIN)
    builder.add_text_field("body", tokenizer_name=PLAIN)
    for language in STEMMERS:
        builder.add_text_field(
            stem_field(language), tokenizer_name=stem_tokenizer(language), index_option="freq"
        )
    for language in LIGHT_STEMMED:
        builder.add_text_field(
            stem_field(language), tokenizer_name=LIGHT_STEMS, index_option="freq"
        )
    builder.add_text_field("url", tokenizer_name=PLAIN, index_option="basic")
    for raw_field in ("source", "language", "tags", *ENTITY_FIELDS):
        builder.add_text_field(raw_field, tokenizer_name="raw", fast=True, index_option="basic")
    builder.add_unsigned_field("year", indexed=True, fast=True)
    builder.add_date_field("published", indexed=True, fast=True)
    return builder.build()


def plain_analyzer() -> tantivy.TextAnalyzer:
    """Words as runs of letters and digits, lower-cased, accents folded."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


def whitespace_analyzer() -> tantivy.TextAnalyzer:
    """Tokens computed in Python (light stems), split on white space only."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS))
        .build()
    )


def stem_analyzer(language: str) -> tantivy.TextAnalyzer:
    """Lower-cased words stemmed in one language (no accent folding: stemmers need them)."""
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TOKEN_CHARS))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.stemmer(STEMMERS[language]))
        .build()
    )


@lru_cache(maxsize=1)
def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """Every analyzer the schema names, by tokenizer name."""
    named = {
        PLAIN: plain_analyzer(),
        LIGHT_STEMS: whitespace_analyzer(),
    }
    for language in STEMMERS:
        named[stem_tokenizer(language)] = stem_analyzer(language)
    return named


def register_analyzers(index: tantivy.Index) -> None:
    """Tantivy forgets custom analyzers between opens: register them on every open."""
    for name, analyzer in analyzers().items():
        index.register_tokenizer(name, analyzer)


def analyze(tokenizer_name: str, text: str) -> list[str]:
    """The tokens an analyzer makes of a text, as the index stores them."""
    return list(analyzers()[tokenizer_name].analyze(text))
