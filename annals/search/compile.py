"""Compile a parsed query (``annals.search.query``) and filters into a tantivy query.

A word is looked up in the folded ``title`` (boosted) and ``body`` fields, in
the stemmed field of each language the archive holds, and in its other
spellings, the forms of the archive that share its spelling key
(``annals.search.variants``, down-weighted). A statement with the exact form
matches all of them and so ranks above one that only has a variant spelling
("Hojaly" for "Khojaly") or an inflection. ``=word`` or ``variants=False``
leaves out the stems and keys. A word the analyzer splits in two
("COVID-19") becomes a phrase.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from itertools import islice, product
from math import prod

import tantivy

from annals.errors import QuerySyntaxError, UsageError
from annals.index.schema import (
    ENTITY_FIELDS,
    LIGHT_STEMMED,
    PLAIN,
    STEMMERS,
    analyze,
    build_schema,
    stem_field,
    stem_tokenizer,
)
from annals.index.spelling import keys_for_text, spelling_key
from annals.index.suffixes import light_stem_forms
from annals.search.query import And, Node, Not, Or, Phrase, Term
from annals.search.typos import allowed_distance

TITLE_BOOST = 2.0
VARIANT_BOOST = 0.5  # a variant spelling counts half as much as the form searched for
# Other spellings are looked for in bodies only: in titles they moved statements whose
# title holds a short word's namesake ("Jen" and "en" share a key) above the one sought.
VARIANT_FIELDS = ("body",)
MAX_VARIANT_PHRASES = 16  # spellings of a phrase searched: combinations of its words' forms

# Spelling key -> the archive's forms of it with their weights (annals.search.variants).
SpellingsOf = Callable[[str], Sequence[tuple[str, float]]]


def no_spellings(key: str) -> Sequence[tuple[str, float]]:
    """For compilers without a vocabulary: no other spellings."""
    return ()


_MUST, _SHOULD, _MUST_NOT = tantivy.Occur.Must, tantivy.Occur.Should, tantivy.Occur.MustNot


@dataclass(frozen=True, slots=True)
class Filters:
    """Restrictions applied on top of the query text."""

    sources: tuple[str, ...] = ()
    languages: tuple[str, ...] = ()
    date_from: date | None = None
    date_to: date | None = None
    entities: tuple[tuple[str, str], ...] = ()  # (field, name) pairs, e.g. ("place", "Khojaly")


@dataclass(frozen=True, slots=True)
class Compiler:
    """Compiles query trees for an index whose statements are in ``languages``."""

    languages: tuple[str, ...]
    query_text: str
    variants: bool = True
    loosened: frozenset[str] = frozenset()  # words to match with typos too (search.typos)
    spellings: SpellingsOf = no_spellings

    @property
    def stem_languages(self) -> tuple[str, ...]:
        return tuple(language for language in self.languages if language in STEMMERS)

    def compile(self, node: Node | None, filters: Filters) -> tantivy.Query:
        """The whole query: the text's tree (or all documents) AND every filter."""
        clauses = [(_MUST, self.node(node))] if node is not None else []
        clauses.extend((_MUST, query) for query in filter_queries(filters))
        if not clauses:
            return tantivy.Query.all_query()
        if len(clauses) == 1:
            return clauses[0][1]
        return tantivy.Query.boolean_query(clauses)

    def node(self, node: Node) -> tantivy.Query:
        if isinstance(node, Term):
            return self.term(node)
        if isinstance(node, Phrase):
            return self.phrase(node)
        if isinstance(node, And):
            return self.conjunction(node)
        if isinstance(node, Or):
            return tantivy.Query.boolean_query(
                [(_SHOULD, self.node(child)) for child in node.children]
            )
        if isinstance(node, Not):
            return tantivy.Query.boolean_query(
                [(_MUST, tantivy.Query.all_query()), (_MUST_NOT, self.node(node.child))]
            )
        raise TypeError(f"unknown query node {node!r}")

    def conjunction(self, node: And) -> tantivy.Query:
        clauses = [
            (_MUST_NOT, self.node(child.child))
            if isinstance(child, Not)
            else (_MUST, self.node(child))
            for child in node.children
        ]
        if all(occur == _MUST_NOT for occur, _ in clauses):
            clauses.append((_MUST, tantivy.Query.all_query()))
        return tantivy.Query.boolean_query(clauses)

    def term(self, term: Term) -> tantivy.Query:
        if term.field in ("source", "lang", "tag"):
            return exact_value_query(term.field, term.text)
        tokens = analyze(PLAIN, term.text)
        if not tokens:
            raise QuerySyntaxError(
                f"{term.text!r} has no letters or digits to search for",
                self.query_text,
                term.position,
            )
        if term.prefix:
            return self._prefix(tokens, term.field)
        if len(tokens) > 1:
            return self._phrase_in_fields(tokens, term.field, slop=0)
        return self._word(
            term.text, tokens[0], term.field, stems=not term.exact, variants=not term.exact
        )

    def phrase(self, phrase: Phrase) -> tantivy.Query:
        text = " ".join(phrase.words)
        if phrase.field in ("source", "lang", "tag"):
            return exact_value_query(phrase.field, text)
        tokens = analyze(PLAIN, text)
        if not tokens:
            raise QuerySyntaxError(
                "the phrase has no words to search for", self.query_text, phrase.position
            )
        if len(tokens) == 1:
            # A quoted word: its form (and variant spellings), not its inflections.
            return self._word(text, tokens[0], phrase.field, stems=False, variants=not phrase.exact)
        exact = self._phrase_in_fields(tokens, phrase.field, slop=phrase.slop)
        if phrase.exact or not self.variants or phrase.field is not None:
            return exact
        return _any_of([exact, *self._variant(text)])

    def _word(
        self, raw: str, token: str, field: str | None, stems: bool, variants: bool
    ) -> tantivy.Query:
        schema = build_schema()
        queries = [
            _boosted(field_name, tantivy.Query.term_query(schema, field_name, token))
            for field_name in _text_fields(field)
        ]
        if stems and field in (None, "body"):
            queries.extend(self._stemmed(raw))
        if variants and self.variants and field is None:
            queries.extend(self._variant(raw))
        if raw in self.loosened:
            queries.extend(self._near_spellings(token))
        return _any_of(queries)

    def _near_spellings(self, token: str) -> list[tantivy.Query]:
        schema = build_schema()
        distance = allowed_distance(token)
        return [
            tantivy.Query.boost_query(
                tantivy.Query.fuzzy_term_query(schema, name, token, distance=distance),
                VARIANT_BOOST,
            )
            for name in ("title", "body")
        ]

    def _variant(self, raw: str) -> list[tantivy.Query]:
        """The other spellings of a word or phrase: each form (or combination), down-weighted."""
        keys = keys_for_text(raw).split()
        forms = [self.spellings(key) for key in keys]
        if not keys or not all(forms):
            return []
        own = tuple(analyze(PLAIN, raw))
        if len(keys) == 1:
            return [
                _weighted(self._form_query(name, [form]), weight)
                for form, weight in forms[0]
                if (form,) != own
                for name in VARIANT_FIELDS
            ]
        return [
            _weighted(self._form_query(name, words), 1.0)
            for words in variant_phrases(forms, own, MAX_VARIANT_PHRASES)
            for name in VARIANT_FIELDS
        ]

    @staticmethod
    def _form_query(field_name: str, words: list[str]) -> tantivy.Query:
        schema = build_schema()
        if len(words) == 1:
            return tantivy.Query.term_query(schema, field_name, words[0])
        phrase: list[str | tuple[int, str]] = list(words)
        return tantivy.Query.phrase_query(schema, field_name, phrase)

    def _stemmed(self, raw: str) -> list[tantivy.Query]:
        schema = build_schema()
        queries = []
        for language in self.stem_languages:
            stems = analyze(stem_tokenizer(language), raw)
            if len(stems) == 1:
                queries.append(tantivy.Query.term_query(schema, stem_field(language), stems[0]))
        for language in LIGHT_STEMMED:
            if language in self.languages and raw.isalpha():
                queries.extend(
                    tantivy.Query.term_query(schema, stem_field(language), stem)
                    for stem in light_stem_forms(raw, language)
                )
        return queries

    def _phrase_in_fields(
        self, tokens: Sequence[str], field: str | None, slop: int
    ) -> tantivy.Query:
        schema = build_schema()
        return _any_of(
            [
                _boosted(name, tantivy.Query.phrase_query(schema, name, list(tokens), slop=slop))
                for name in _text_fields(field)
            ]
        )

    def _prefix(self, tokens: Sequence[str], field: str | None) -> tantivy.Query:
        schema = build_schema()
        pattern = re.escape(tokens[-1]) + ".*"
        return _any_of(
            [
                _boosted(name, tantivy.Query.regex_query(schema, name, pattern))
                for name in _text_fields(field)
            ]
        )


def _text_fields(field: str | None) -> tuple[str, ...]:
    if field is None:
        return ("title", "body")
    return (field,)


def _boosted(field_name: str, query: tantivy.Query) -> tantivy.Query:
    return tantivy.Query.boost_query(query, TITLE_BOOST) if field_name == "title" else query


def variant_phrases(
    forms: Sequence[Sequence[tuple[str, float]]], own: tuple[str, ...], limit: int
) -> list[list[str]]:
    """The ``limit`` likeliest spellings of a phrase: combinations of its words' forms.

    ``forms`` holds each word's (form, weight) pairs; a combination's weight is the product
    of its forms' weights, so the archive's usual spellings of every word come first rather
    than every spelling of the last word with the first word's commonest. ``own`` (the
    phrase as typed) is left out: the exact phrase is searched anyway.
    """
    # Enough forms per word for ``limit`` combinations, and never an explosion of them.
    per_word = max(2, round(limit ** (1 / len(forms))) + 1)
    combinations = product(*(word_forms[:per_word] for word_forms in forms))
    ranked = sorted(combinations, key=lambda combination: -prod(w for _, w in combination))
    phrases = ([form for form, _ in combination] for combination in ranked)
    return list(islice((words for words in phrases if tuple(words) != own), limit))


def _weighted(query: tantivy.Query, weight: float) -> tantivy.Query:
    return tantivy.Query.boost_query(query, VARIANT_BOOST * weight)


def _any_of(queries: list[tantivy.Query]) -> tantivy.Query:
    if len(queries) == 1:
        return queries[0]
    return tantivy.Query.boolean_query([(_SHOULD, query) for query in queries])


_VALUE_FIELDS = {"source": "source", "lang": "language", "tag": "tags"}


def exact_value_query(field: str, value: str) -> tantivy.Query:
    """A source:, lang: or tag: restriction: the value as stored (languages in lower case)."""
    value = value.lower() if field == "lang" else value
    return tantivy.Query.term_query(build_schema(), _VALUE_FIELDS[field], value)


def filter_queries(filters: Filters) -> list[tantivy.Query]:
    """One query per filter that is set."""
    queries = []
    if filters.sources:
        queries.append(_any_of([exact_value_query("source", name) for name in filters.sources]))
    if filters.languages:
        queries.append(_any_of([exact_value_query("lang", code) for code in filters.languages]))
    if filters.date_from or filters.date_to:
        queries.append(date_range_query(filters.date_from, filters.date_to))
    for field_name, name in filters.entities:
        if field_name not in ENTITY_FIELDS:
            raise UsageError(f"unknown entity kind {field_name!r}: use {', '.join(ENTITY_FIELDS)}")
        key = spelling_key(name)  # the index holds keys: any spelling of the name narrows
        queries.append(tantivy.Query.term_query(build_schema(), field_name, key))
    return queries


def date_range_query(date_from: date | None, date_to: date | None) -> tantivy.Query:
    """Statements published on or after ``date_from`` and on or before ``date_to`` (whole days)."""
    if date_from and date_to and date_from > date_to:
        raise UsageError(f"--from {date_from} is after --to {date_to}: swap them")
    lower = datetime.combine(date_from, time.min, tzinfo=UTC) if date_from else None
    upper = datetime.combine(date_to, time.max, tzinfo=UTC) if date_to else None
    return tantivy.Query.range_query(
        build_schema(), "published", tantivy.FieldType.Date, lower, upper
    )
