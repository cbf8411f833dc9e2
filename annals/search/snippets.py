"""Snippets: the passage of a text where the query's words stand closest, words marked.

Query words are folded (lower case, accents off) and each letter becomes a
class of every character that folds to it, so the pattern runs on the
original text (no copy) and "erdogan" marks "Erdoğan".
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from annals.index.schema import STEMMERS, analyze, stem_tokenizer
from annals.index.spelling import spelling_key

ELLIPSIS = "…"
SCAN_CHARS = 12_000  # how much of each hit's text is read first for its snippet
# Where a name may start: no lookbehind, which would slow the scan; a capital inside a word
# ("eBay") is then taken as a name too, which only costs a key lookup.
_NAME = re.compile(r"[^\W\d_a-z][^\W_]*")
_MIN_PREFIX = 3


@lru_cache(maxsize=1)
def _fold_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x20, 0x3000):
        char = chr(code)
        lower = char.lower()
        if len(lower) != 1:
            continue
        base = "".join(
            c for c in unicodedata.normalize("NFKD", lower) if not unicodedata.combining(c)
        )
        folded = base if len(base) == 1 else lower
        if folded != char:
            table[code] = folded
    table.update({ord("ı"): "i", ord("ø"): "o", ord("Ø"): "o", ord("ł"): "l", ord("Ł"): "l"})
    table.update({ord("đ"): "d", ord("Đ"): "d", ord("’"): "'"})
    return table


def fold_same_length(text: str) -> str:
    """Lower case without accents, one character for each character of ``text``."""
    return text.translate(_fold_table())


@lru_cache(maxsize=1)
def _unfold_table() -> dict[str, str]:
    """For each folded character, every character that folds to it."""
    sources: dict[str, set[str]] = {}
    for code, folded in _fold_table().items():
        sources.setdefault(folded, {folded}).add(chr(code))
    return {folded: "".join(sorted(chars)) for folded, chars in sources.items()}


def _accent_free_pattern(folded: str) -> str:
    """A regex for a folded word that matches any case and accents on the original text."""
    unfold = _unfold_table()
    return "".join(
        f"[{re.escape(unfold[char])}]" if char in unfold else re.escape(char) for char in folded
    )


def word_pattern(word: str, language: str | None) -> str:
    """A regex for a query word and its inflections in the statement's language."""
    folded = fold_same_length(word.strip())
    stem = folded
    if language in STEMMERS:
        stems = analyze(stem_tokenizer(language), folded)
        if len(stems) == 1 and folded.startswith(stems[0]) and len(stems[0]) >= _MIN_PREFIX:
            stem = stems[0]
    suffix = r"\w*" if stem != folded or len(folded) >= _MIN_PREFIX else ""
    return _accent_free_pattern(stem) + suffix


def phrase_pattern(words: list[str]) -> str:
    return r"\W+".join(_accent_free_pattern(fold_same_length(word)) for word in words)


def highlight_regex(patterns: list[str]) -> re.Pattern[str] | None:
    """One regex matching any of the patterns as whole words."""
    if not patterns:
        return None
    alternatives = "|".join(sorted(set(patterns), key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def match_spans(
    text: str,
    regex: re.Pattern[str] | None,
    variant_keys: frozenset[str] = frozenset(),
    scan_chars: int = SCAN_CHARS,
) -> list[tuple[int, int]]:
    """Where the query's words stand in ``text``: its forms, inflections and variant spellings.

    Variant spellings are found by comparing the spelling key of each word that
    looks like a name (capitalised, or in another script) with the query words'
    keys. The first ``scan_chars`` characters are read first, and the rest only
    when they hold no match: this runs for every hit of every search.
    """
    spans = _spans_in(text, regex, variant_keys, scan_chars)
    if not spans and scan_chars < len(text):
        spans = _spans_in(text, regex, variant_keys, len(text))
    return _without_overlaps(sorted(spans))


def _spans_in(
    text: str, regex: re.Pattern[str] | None, variant_keys: frozenset[str], scan_chars: int
) -> list[tuple[int, int]]:
    spans = [match.span() for match in regex.finditer(text, 0, scan_chars)] if regex else []
    if variant_keys:
        # Key each distinct name once (findall and set run in C), then find those forms.
        names = set(_NAME.findall(text, 0, scan_chars))
        forms = [
            name
            for name in names
            if spelling_key(name) in variant_keys
            and not (regex and regex.fullmatch(name))  # found above already ("President")
        ]
        if forms:
            longest_first = sorted(forms, key=len, reverse=True)
            found = re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, longest_first))})(?!\w)")
            spans.extend(match.span() for match in found.finditer(text, 0, scan_chars))
    return spans


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if kept and start < kept[-1][1]:
            kept[-1] = (kept[-1][0], max(end, kept[-1][1]))
        else:
            kept.append((start, end))
    return kept


def snippet_from_spans(text: str, spans: list[tuple[int, int]], max_chars: int = 240) -> str:
    """HTML-escaped passage around the best cluster of the given spans, which are marked."""
    start, end = _best_window(text, spans, max_chars)
    inside = [span for span in spans if start <= span[0] and span[1] <= end]
    return _render(text, start, end, inside)


def mark_all(
    text: str, regex: re.Pattern[str] | None, variant_keys: frozenset[str] = frozenset()
) -> str:
    """The whole text HTML-escaped with every match in <mark> (for a statement page)."""
    spans = match_spans(text, regex, variant_keys, scan_chars=len(text))
    return _render(text, 0, len(text), spans, ellipses=False)


def _best_window(text: str, spans: list[tuple[int, int]], max_chars: int) -> tuple[int, int]:
    if not spans:
        return 0, _cut_at_space(text, min(len(text), max_chars))
    best_start, best_count = spans[0][0], 0
    right = 0
    for left, (span_start, _) in enumerate(spans):
        while right < len(spans) and spans[right][1] - span_start <= max_chars:
            right += 1
        distinct = len({text[s:e].lower() for s, e in spans[left:right]})
        if distinct > best_count:
            best_start, best_count = span_start, distinct
    start = max(0, best_start - max_chars // 4)
    start = _start_at_space(text, start)
    return start, _cut_at_space(text, min(len(text), start + max_chars))


def _start_at_space(text: str, start: int) -> int:
    if start == 0:
        return 0
    space = text.find(" ", start, start + 30)
    return space + 1 if space != -1 else start


def _cut_at_space(text: str, end: int) -> int:
    if end >= len(text):
        return len(text)
    space = text.rfind(" ", end - 30, end)
    return space if space != -1 else end


def _render(
    text: str, start: int, end: int, spans: list[tuple[int, int]], ellipses: bool = True
) -> str:
    pieces = [ELLIPSIS] if ellipses and start > 0 else []
    cursor = start
    for span_start, span_end in spans:
        pieces.append(html.escape(text[cursor:span_start], quote=False))
        pieces.append(f"<mark>{html.escape(text[span_start:span_end], quote=False)}</mark>")
        cursor = span_end
    pieces.append(html.escape(text[cursor:end], quote=False))
    if ellipses and end < len(text):
        pieces.append(ELLIPSIS)
    snippet = "".join(pieces)
    return " ".join(snippet.split()) if ellipses else snippet
