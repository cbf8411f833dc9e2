"""Small helpers on text offsets shared by the kind modules: sentences, taken spans, triggers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from annals.facts.patterns import (
    SENTENCE_END,
    SENTENCE_START_REVERSED,
    TRIGGER,
    TRIGGER_KINDS,
    TRIGGER_LITERALS,
)
from annals.models import Fact

#: How far to look for a sentence boundary; statements rarely have longer sentences.
SENTENCE_REACH = 600


def sentence_end(text: str, pos: int) -> int:
    """Return the offset where the sentence holding ``pos`` ends (exclusive)."""
    found = SENTENCE_END.search(text, pos, min(len(text), pos + SENTENCE_REACH))
    return found.start() if found else min(len(text), pos + SENTENCE_REACH)


def sentence_start(text: str, pos: int) -> int:
    """Return the offset where the sentence holding ``pos`` starts."""
    low = max(0, pos - SENTENCE_REACH)
    window = text[low:pos][::-1]
    found = SENTENCE_START_REVERSED.search(window)
    return pos - found.start() if found else low


class Taken:
    """Spans already claimed by one kind, so another kind does not read them again.

    Spans are added in any order; ``covers`` answers whether an offset range overlaps one.
    """

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._sorted = True

    def add(self, start: int, end: int) -> None:
        """Claim ``text[start:end]``."""
        self._starts.append(start)
        self._ends.append(end)
        self._sorted = False

    def covers(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps a claimed span."""
        if not self._starts:
            return False
        if not self._sorted:
            pairs = sorted(zip(self._starts, self._ends, strict=True))
            self._starts = [s for s, _ in pairs]
            self._ends = [e for _, e in pairs]
            self._max_end = _running_max(self._ends)
            self._sorted = True
        index = bisect_right(self._starts, end - 1)
        return index > 0 and self._max_end[index - 1] > start


def _running_max(values: list[int]) -> list[int]:
    """Return the running maximum of ``values``."""
    out: list[int] = []
    best = -1
    for value in values:
        best = max(best, value)
        out.append(best)
    return out


@lru_cache(maxsize=1)  # the kinds ask in turn for the same text
def trigger_offsets(text: str) -> dict[str, list[int]]:
    """The offsets where a trigger word of each kind starts (see ``patterns.TRIGGER``).

    One scan serves several kinds: each of their patterns then only needs ``match`` at these
    offsets (``matches_at``). Every offset where some trigger word starts is visited, so
    overlapping words are all found.
    """
    offsets: dict[str, list[int]] = {kind: [] for kind in set().union(*TRIGGER_KINDS.values())}
    found = TRIGGER.search(text)
    while found is not None:
        start = found.start()
        for kind in TRIGGER_KINDS[found.group()]:
            offsets[kind].append(start)
        found = TRIGGER.search(text, start + 1)
    for word in TRIGGER_LITERALS:
        if word in text:
            for start in offsets_of(text, word):
                for kind in TRIGGER_KINDS[word]:
                    offsets[kind].append(start)
            for kind in TRIGGER_KINDS[word]:
                offsets[kind].sort()
    return offsets


def matches_at(
    pattern: re.Pattern[str], text: str, offsets: Iterable[int]
) -> Iterator[re.Match[str]]:
    """Yield what ``pattern.finditer(text)`` would, given (sorted) offsets where it may match."""
    end = 0
    for offset in offsets:
        if offset >= end:
            match = pattern.match(text, offset)
            if match is not None:
                yield match
                end = max(match.end(), offset + 1)


def offsets_of(text: str, *literals: str) -> list[int]:
    """The sorted offsets where any of ``literals`` occurs (``str.find`` is much faster than a
    regex scan that starts with a character class)."""
    offsets: list[int] = []
    for literal in literals:
        offset = text.find(literal)
        while offset >= 0:
            offsets.append(offset)
            offset = text.find(literal, offset + 1)
    offsets.sort()
    return offsets


def starts_from_hints(text: str, distances: Mapping[str, tuple[int, ...]]) -> list[int]:
    """The sorted offsets where a word may start, given how far into it each hint occurs
    (``patterns.hint_distances``): a few ``str.find`` scans instead of a regex scan."""
    starts: set[int] = set()
    for hint, behind in distances.items():
        offset = text.find(hint)
        while offset >= 0:
            starts.update(offset - distance for distance in behind)
            offset = text.find(hint, offset + 1)
    return sorted(start for start in starts if start >= 0)


def without_overlaps(facts: list[Fact]) -> list[Fact]:
    """The facts in text order, each that overlaps an earlier (longer-first) one dropped."""
    facts = sorted(facts, key=lambda fact: (fact.start, -fact.end))
    kept: list[Fact] = []
    for fact in facts:
        if not kept or fact.start >= kept[-1].end:
            kept.append(fact)
    return kept
