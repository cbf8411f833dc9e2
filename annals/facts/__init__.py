"""Fact finding: figures, dates, quotes, citations, legal references and named entities.

Pure core: ``extract_facts`` takes a statement's text (and, when known, its language,
publication date, title and author) and returns ``Fact`` values with exact offsets,
``text[f.start:f.end] == f.text``; ``facts_of`` passes it those five from an extracted document
or a stored version. The kinds run in an order where each claims its spans before the next
reads the text: citations, then dates (so "22 April 2010" is never a figure of 22), then legal
references (so "resolution 822" is not either), then figures, quotes and entities.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from annals.facts.citations import find_citations
from annals.facts.dates import find_dates
from annals.facts.entities import find_entities
from annals.facts.figures import find_figures
from annals.facts.legal import find_legal
from annals.facts.quotes import find_quotes, quoted_passages
from annals.facts.spans import Taken
from annals.facts.speakers import statement_speaker
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

__all__ = ["EXTRACTOR_VERSION", "Statement", "extract_facts", "facts_of"]

_SLAVIC = ("ru", "uk", "be", "bg")


class Statement(Protocol):
    """What ``facts_of`` reads: ``models.Extracted`` and ``archive.store.StoredVersion`` have it."""

    @property
    def text(self) -> str: ...
    @property
    def language(self) -> str | None: ...
    @property
    def published(self) -> str | None: ...
    @property
    def title(self) -> str | None: ...
    @property
    def author(self) -> str | None: ...


def facts_of(statement: Statement) -> list[Fact]:
    """``extract_facts`` on a statement's text, told all else it knows of the statement."""
    return extract_facts(
        statement.text,
        language=statement.language,
        published=statement.published,
        title=statement.title,
        author=statement.author,
    )


def extract_facts(
    text: str,
    *,
    language: str | None = None,
    published: str | None = None,
    title: str | None = None,
    author: str | None = None,
) -> list[Fact]:
    """Return the facts in ``text``, ordered by start offset.

    ``language`` (ISO 639-1) picks the decimal mark and quote conventions; when missing it is
    guessed from the script. ``published`` (ISO 8601 date or datetime) resolves relative
    dates ("yesterday", "last Tuesday", "the 30th anniversary"). ``title`` and ``author``
    (the statement's headline and author, when known) name its one speaker, if it has one
    ("Remarks by President Biden ..."): who "I" is ("I said, “…”") and whose transcript turns
    are labelled with their post ("THE PRESIDENT:").
    """
    language = language or _guess_language(text)
    published_on = _parse_published(published)
    citations = find_citations(text)
    taken = _taken_by(citations)
    slavic = language in _SLAVIC
    dates = find_dates(text, taken, published_on, slavic=slavic)
    legal = find_legal(text, dates)
    numbers_taken = _taken_by(citations, dates, legal)
    figures = find_figures(text, numbers_taken, decimal_comma=slavic)
    quotes = find_quotes(text, taken, citations, statement_speaker(title, author, language))
    dates = _outside_quotes(text, dates)
    entities = find_entities(text)
    return _assemble(figures, [*citations, *dates, *legal, *quotes, *entities])


def _outside_quotes(text: str, dates: list[Fact]) -> list[Fact]:
    """The dates, less relative ones inside quoted passages.

    A speaker's "yesterday" counts from the day they spoke, which the statement seldom
    gives, and in speech "tomorrow" is often a figure of speech ("the Ukraine of tomorrow").
    Every quoted passage counts, whether or not its speaker was found.
    """
    if not any(fact.fields.get("relative") for fact in dates):
        return dates  # the common case: no second look for quotation marks
    spans = quoted_passages(text)
    return [
        fact
        for fact in dates
        if not (fact.fields.get("relative") and any(s <= fact.start < e for s, e in spans))
    ]


def _taken_by(*groups: list[Fact]) -> Taken:
    """The spans of every fact in ``groups``."""
    taken = Taken()
    for group in groups:
        for fact in group:
            taken.add(fact.start, fact.end)
    return taken


def _assemble(figures: list[Fact], others: list[Fact]) -> list[Fact]:
    """Sort all facts and turn figure ``part_of`` (an index into ``figures``) into final indices.

    Facts are frozen but their ``fields`` dict is not, so ``part_of`` is rewritten in place.
    """
    tagged = [(fact.start, 0, index, fact) for index, fact in enumerate(figures)]
    tagged += [(fact.start, 1, index, fact) for index, fact in enumerate(others)]
    tagged.sort(key=_position)
    final_index = {
        index: position for position, (_, group, index, _) in enumerate(tagged) if group == 0
    }
    for fact in figures:
        if fact.fields["part_of"] is not None:
            fact.fields["part_of"] = final_index[fact.fields["part_of"]]
    return [fact for _, _, _, fact in tagged]


def _position(item: tuple[int, int, int, Fact]) -> tuple[int, int, int]:
    """Sort key of a tagged fact: start, then figures before others, then original order."""
    return item[0], item[1], item[2]


def _guess_language(text: str) -> str | None:
    """A cheap script check: Cyrillic text is Ukrainian or Russian, else unknown."""
    sample = text[:2000]
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    if cyrillic < len(sample) / 4:
        return None
    return "uk" if any(ch in sample for ch in "іїєґ") else "ru"


def _parse_published(published: str | None) -> date | None:
    """The calendar date of an ISO 8601 date or datetime, or None when unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None
