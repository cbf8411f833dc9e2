"""Citations of published works: author, title, publisher, place, year and page.

The common shape in statements is a parenthesis after a quote:
``(Thomas de Waal, "Karabakh: ..." (New York and London, New York University Press, 2003,
p. 172)``. Only citations with an author and a quoted title are read; a bare "p. 172" is not
enough to be sure.
"""

from __future__ import annotations

import re

from annals.facts import patterns as pt
from annals.facts.spans import offsets_of
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

#: How far before a cited title its author's name may start.
AUTHOR_REACH = 120


def find_citations(text: str) -> list[Fact]:
    """Return the book and article citations in ``text``."""
    if not _may_cite(text):
        return []
    facts: list[Fact] = []
    for match in pt.CITED_TITLE.finditer(text):
        author = pt.AUTHOR_BEFORE.search(text, max(0, match.start() - AUTHOR_REACH), match.start())
        details = _read_details(match.group("details") or match.group("listed"))
        if author is None or (details["year"] is None and details["publisher"] is None):
            continue
        facts.append(
            Fact(
                kind="citation",
                text=text[author.start() : match.end()],
                start=author.start(),
                end=match.end(),
                fields={
                    "author": " ".join(author.group("author").split()),
                    "title": " ".join(match.group("title").split()),
                    **details,
                },
                extractor_version=EXTRACTOR_VERSION,
            )
        )
    return facts


def _may_cite(text: str) -> bool:
    """True when a "(" follows a closing quote mark ("Title” (..."), or a quote mark and a
    comma follow a "(" ("(Author, “Title”, …)"), as in every citation.

    Much cheaper than the full ``CITED_TITLE`` scan, and false for most statements.
    """
    for offset in offsets_of(text, "("):
        opened = offset
        while offset and text[offset - 1].isspace():
            offset -= 1
        if offset and text[offset - 1] == ",":
            offset -= 1
        if offset and text[offset - 1] in pt.CITED_TITLE_CLOSERS:
            return True
        if any(text.find(f"{mark},", opened, opened + 400) >= 0 for mark in pt.CITED_TITLE_CLOSERS):
            return True  # "(Author, “Title”, Publisher, 2003)"
    return False


def _read_details(details: str) -> dict[str, str | None]:
    """Split "(New York and London, New York University Press, 2003, p. 172)" into fields."""
    year = pt.CITATION_YEAR.search(details)
    page = pt.PAGE.search(details)
    publisher = pt.PUBLISHER.search(details)
    parts = [part.strip() for part in re.split(r"[,:;]", details) if part.strip()]
    place = None
    if parts and not any(ch.isdigit() for ch in parts[0]):
        first = parts[0]
        if publisher is None or first != publisher.group().strip():
            place = first
    return {
        "publisher": publisher.group().strip() if publisher else None,
        "place": place,
        "year": year.group("year") if year else None,
        "page": page.group("page") if page else None,
    }
