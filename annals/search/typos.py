"""Typo tolerance: near spellings of long words when a search finds little, and "did you mean".

Only words of 5 letters or more are loosened (edit distance 1; 2 from 9
letters), and only when the exact and variant search found fewer than
``FEW_RESULTS`` statements: a typo-tolerant first pass would drown exact
results in near misses. The suggestion is the commonest near spelling in the
statements the loosened search finds, so it comes from the archive's own words.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace

from rapidfuzz.distance import Levenshtein

from annals.search.query import And, Node, Not, Or, Phrase, Term
from annals.search.snippets import fold_same_length

FEW_RESULTS = 3
_WORD = re.compile(r"[^\W\d_]{4,}")


def allowed_distance(word: str) -> int:
    """How many edits a word may be off: 0 under 5 letters, 1 from 5, 2 from 9."""
    letters = sum(char.isalpha() for char in word)
    return 2 if letters >= 9 else 1 if letters >= 5 else 0


def loosenable_words(node: Node) -> list[Term]:
    """The query's plain positive words long enough to loosen."""
    if isinstance(node, And | Or):
        return [term for child in node.children for term in loosenable_words(child)]
    if isinstance(node, Term) and not (node.exact or node.prefix or node.field):
        return [node] if allowed_distance(node.text) else []
    return []


def suggest(word: str, texts: Iterable[str]) -> str | None:
    """The commonest word in ``texts`` within the allowed distance of ``word`` (not itself)."""
    target = fold_same_length(word)
    limit = allowed_distance(word)
    counts = Counter(candidate for text in texts for candidate in _WORD.findall(text))
    near = [
        candidate
        for candidate in counts
        if abs(len(candidate) - len(target)) <= limit
        and (folded := fold_same_length(candidate)) != target
        and Levenshtein.distance(folded, target, score_cutoff=limit) <= limit
    ]
    return max(near, key=counts.__getitem__) if near else None


def with_suggestions(node: Node, suggestions: dict[str, str]) -> Node:
    """The query tree with words replaced by their suggestions."""
    if isinstance(node, And):
        return And(tuple(with_suggestions(child, suggestions) for child in node.children))
    if isinstance(node, Or):
        return Or(tuple(with_suggestions(child, suggestions) for child in node.children))
    if isinstance(node, Not):
        return node
    if isinstance(node, Term) and node.text in suggestions:
        return replace(node, text=suggestions[node.text])
    if isinstance(node, Phrase):
        return node
    return node
