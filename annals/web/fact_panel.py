"""The facts panel of a statement page: each fact once, with what was found in it.

Pure: it takes a version's facts and returns items for the template. A figure says what it
counts and what happened to it ("613 people · killed"), a date its ISO value and what it
refers to, a quote its speaker and the work it is cited from, a legal reference its
instrument, court and date. A name is listed once however often it is written, with its
count and its other spellings in the text ("Khojaly ×14 · also Hojaly").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from annals.models import Fact
from annals.web.render import FACT_KINDS, figure_value

ENTITY_KINDS = frozenset({"person", "place", "organisation"})


@dataclass(frozen=True, slots=True)
class PanelItem:
    """One line of the panel: the fact's anchor (a name's first mention) and its text."""

    number: int
    text: str
    details: str = ""
    total: tuple[int, str] | None = None  # a breakdown's total: its anchor and text


def panel_items(facts: Sequence[Fact]) -> list[tuple[str, list[PanelItem]]]:
    """(heading, items) for each kind present, in the order of ``FACT_KINDS``."""
    numbered: dict[str, list[tuple[int, Fact]]] = {}
    for number, fact in enumerate(facts):
        numbered.setdefault(fact.kind, []).append((number, fact))
    order = list(FACT_KINDS) + sorted(set(numbered) - set(FACT_KINDS))
    return [
        (FACT_KINDS.get(kind, kind.title()), _items(kind, numbered[kind], facts))
        for kind in order
        if kind in numbered
    ]


def _items(kind: str, numbered: list[tuple[int, Fact]], facts: Sequence[Fact]) -> list[PanelItem]:
    if kind in ENTITY_KINDS:
        return _names(numbered)
    describe = _DETAILS.get(kind, _no_details)
    return [
        PanelItem(number, fact.text, describe(fact.fields), _total(fact, facts))
        for number, fact in numbered
    ]


def _names(numbered: list[tuple[int, Fact]]) -> list[PanelItem]:
    """One item per name (its spelling key), at its first mention, with the other forms."""
    mentions: dict[str, list[tuple[int, Fact]]] = {}
    for number, fact in numbered:
        key = str(fact.fields.get("key") or fact.fields.get("name") or fact.text)
        mentions.setdefault(key, []).append((number, fact))
    items = []
    for found in mentions.values():
        first_number, first = found[0]
        forms = dict.fromkeys(" ".join(fact.text.split()) for _, fact in found)
        others = [form for form in forms if form != " ".join(first.text.split())]
        details = [f"×{len(found)}"] if len(found) > 1 else []
        if others:
            details.append("also " + ", ".join(others))
        items.append(PanelItem(first_number, first.text, " · ".join(details)))
    return items


def _total(fact: Fact, facts: Sequence[Fact]) -> tuple[int, str] | None:
    part_of = fact.fields.get("part_of") if fact.kind == "figure" else None
    if isinstance(part_of, int) and 0 <= part_of < len(facts):
        return part_of, facts[part_of].text
    return None


def _joined(*parts: Any) -> str:
    return " · ".join(str(part) for part in parts if part not in (None, ""))


def _figure(fields: dict[str, Any]) -> str:
    value = figure_value(fields)
    counted = fields.get("counted")
    shown = f"= {value} {counted}" if value and counted else (f"= {value}" if value else "")
    return _joined(shown, fields.get("predicate"))


def _date(fields: dict[str, Any]) -> str:
    value, end = fields.get("value"), fields.get("value_end")
    shown = f"= {value} to {end}" if value and end else (f"= {value}" if value else "")
    return _joined(shown, fields.get("refers_to"))


def _quote(fields: dict[str, Any]) -> str:
    speaker = fields.get("speaker")
    source = fields.get("source")
    cited = f"cited from {_citation(source)}" if isinstance(source, dict) else None
    return _joined(f"— {speaker}" if speaker else None, cited)


def _citation(fields: dict[str, Any]) -> str:
    page = fields.get("page")
    return ", ".join(
        str(part)
        for part in (fields.get("author"), fields.get("year"), f"p. {page}" if page else None)
        if part
    )


def _legal(fields: dict[str, Any]) -> str:
    return _joined(
        fields.get("instrument"), fields.get("number"), fields.get("court"), fields.get("date")
    )


def _no_details(fields: dict[str, Any]) -> str:
    return ""


_DETAILS: dict[str, Callable[[dict[str, Any]], str]] = {
    "figure": _figure,
    "date": _date,
    "quote": _quote,
    "citation": _citation,
    "legal": _legal,
}
