"""Pure helpers that turn facade values into what the templates and exports show.

Archived HTML is never shown as HTML: only extracted text, escaped here. The
one markup that passes through is the ``<mark>`` the search puts around
matched words, and the spans this module adds itself.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from markupsafe import Markup

from annals.models import Fact
from annals.search.engine import highlight_patterns, variant_keys
from annals.search.query import parse_query
from annals.search.snippets import highlight_regex, mark_all, match_spans

_MARK_TAG = re.compile(r"(</?mark>)")

FACT_KINDS = {
    "figure": "Figures",
    "date": "Dates",
    "quote": "Quotes",
    "citation": "Citations",
    "legal": "Legal references",
    "person": "People",
    "place": "Places",
    "organisation": "Organisations",
}


def safe_snippet(snippet: str) -> Markup:
    """A search snippet as markup in which only ``<mark>`` and ``</mark>`` are tags.

    The facade's snippets are already escaped; escaping each piece between the
    marks again after unescaping it changes nothing for those and neutralises
    anything else.
    """
    pieces = _MARK_TAG.split(snippet)
    return Markup("".join(
        piece if piece in ("<mark>", "</mark>") else html.escape(html.unescape(piece), quote=False)
        for piece in pieces
    ))


def plain_snippet(snippet: str) -> str:
    """A snippet as plain text (for CSV and Atom): marks dropped, entities decoded."""
    return html.unescape(_MARK_TAG.sub("", snippet))


@dataclass(frozen=True, slots=True)
class QueryMarks:
    """What marks a query's words in a text: the word regex and the variant spelling keys."""

    regex: re.Pattern[str] | None = None
    keys: frozenset[str] = frozenset()


def query_marks(query: str, language: str | None, variants: bool = True) -> QueryMarks:
    """How to mark ``query``'s words in a statement of ``language`` (as the search does);
    other spellings too unless ``variants`` is off (``exact=1``)."""
    if not query.strip():
        return QueryMarks()
    tree = parse_query(query)
    keys = variant_keys(tree) if variants else frozenset()
    return QueryMarks(highlight_regex(highlight_patterns(tree, language)), keys)


def marked_text(text: str, marks_for: QueryMarks, facts: Sequence[Fact] = ()) -> Markup:
    """The whole text escaped, query words in ``<mark>``, each fact in a linked span.

    Facts may lie inside others (a place inside a quote): their spans nest, and
    each fact's first piece carries its ``id="fact-N"`` anchor.
    """
    if not facts:
        return Markup(mark_all(text, marks_for.regex, marks_for.keys))
    marks = match_spans(text, marks_for.regex, marks_for.keys)
    fact_spans = [(fact.start, fact.end, number) for number, fact in enumerate(facts)
                  if 0 <= fact.start < fact.end <= len(text)]
    fact_spans.sort(key=lambda span: (span[0], -span[1], span[2]))  # outer before inner
    cuts = sorted({0, len(text)} | {edge for span in marks for edge in span}
                  | {edge for start, end, _ in fact_spans for edge in (start, end)})
    pieces = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        piece = html.escape(text[start:end], quote=False)
        if any(mark_start <= start and end <= mark_end for mark_start, mark_end in marks):
            piece = f"<mark>{piece}</mark>"
        containing = [(fact_start, number) for fact_start, fact_end, number in fact_spans
                      if fact_start <= start and end <= fact_end]
        for fact_start, number in reversed(containing):  # innermost first, so outer wraps it
            kind = html.escape(facts[number].kind)
            anchor = f' id="fact-{number}"' if start == fact_start else ""
            piece = f'<span class="fact fact-{kind}"{anchor}>{piece}</span>'
        pieces.append(piece)
    return Markup("".join(pieces))


def figure_value(fields: dict[str, Any]) -> str:
    """A figure's value for people: "about 1,200", "300–400", "" when it has none."""
    value, value_max = fields.get("value"), fields.get("value_max")
    if value is None:
        return ""
    shown = _number(value) + (f"–{_number(value_max)}" if value_max is not None else "")
    approx = fields.get("approx")
    return f"{approx} {shown}" if approx else shown


def _number(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,}" if float(value).is_integer() else f"{value:,.2f}".rstrip("0")
    return str(value)


def short_date(value: str | None) -> str:
    """The date part of an ISO 8601 timestamp ("undated" when missing)."""
    return value[:10] if value else "undated"


def timestamp(value: str | None) -> str:
    """An ISO 8601 timestamp for people: "2022-05-15 18:40 UTC" (as given when unparseable)."""
    if not value:
        return "—"
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if moment.tzinfo is None:
        return moment.strftime("%Y-%m-%d %H:%M")
    offset = moment.strftime("%z")
    zone = "UTC" if offset in ("+0000", "-0000") else f"UTC{offset[:3]}:{offset[3:]}"
    return f"{moment:%Y-%m-%d %H:%M} {zone}"


def human_size(size: int) -> str:
    for unit in ("bytes", "KB", "MB"):
        if size < 1024 or unit == "MB":
            return f"{size:,} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size = size / 1024  # type: ignore[assignment]
    return str(size)
