"""Query rewriting before compilation: alias expansion (pure, the lookup is passed in)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from annals.index.spelling import keys_for_text
from annals.search.query import And, Node, Not, Or, Phrase, Term

_SHOWN_FORMS = 8


def expand_aliases(node: Node, lookup: Callable[[str], list[str]]) -> tuple[Node, list[str]]:
    """The tree with each aliased word or phrase ORed with its aliases, and notes saying so."""
    notes: list[str] = []
    return _expand(node, lookup, notes), notes


def _expand(node: Node, lookup: Callable[[str], list[str]], notes: list[str]) -> Node:
    if isinstance(node, And):
        return And(tuple(_expand(child, lookup, notes) for child in node.children))
    if isinstance(node, Or):
        return Or(tuple(_expand(child, lookup, notes) for child in node.children))
    if isinstance(node, Not):
        return Not(_expand(node.child, lookup, notes))
    if node.field is not None or node.exact or (isinstance(node, Term) and node.prefix):
        return node
    text = node.text if isinstance(node, Term) else " ".join(node.words)
    own_key = keys_for_text(text)
    others = [form for form in lookup(text) if keys_for_text(form) != own_key]
    if not others:
        return node
    shown = ", ".join(others[:_SHOWN_FORMS])
    more = f" and {len(others) - _SHOWN_FORMS} more" if len(others) > _SHOWN_FORMS else ""
    notes.append(f"{text}: also searched as {shown}{more} (aliases)")
    return Or((node, *(_leaf(form, node) for form in others)))


def _leaf(form: str, like: Term | Phrase) -> Term | Phrase:
    words = tuple(form.split())
    if len(words) == 1:
        return Term(words[0], position=like.position)
    return replace(Phrase(words), position=like.position)
