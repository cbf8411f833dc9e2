"""Small helpers on text offsets shared by the kind modules: sentences, taken spans, triggers."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache
from operator import attrgetter

from annals.facts.patterns import (
    SENTENCE_END,
    SENTENCE_START_REVERSED,
    TRIGGER,
    TRIGGER_INNER,
    TRIGGER_KIND_NAMES,
    TRIGGER_KINDS,
    TRIGGER_LITERALS,
)
from annals.models import Fact

_START = attrgetter("start")
_END = attrgetter("end")

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
    overlapping words are all found: ``finditer`` does not look inside its matches, so the
    few offsets inside where another trigger word may start get a second look
    (``TRIGGER_INNER``).
    """
    offsets: dict[str, list[int]] = {kind: [] for kind in TRIGGER_KIND_NAMES}
    for found in TRIGGER.finditer(text):
        start = found.start()
        word = found[0]
        for kind in TRIGGER_KINDS[word]:
            offsets[kind].append(start)
        if word in TRIGGER_INNER:
            _add_inner_triggers(text, start, TRIGGER_INNER[word], offsets)
    for word in TRIGGER_LITERALS:
        if word in text:
            for start in offsets_of(text, word):
                for kind in TRIGGER_KINDS[word]:
                    offsets[kind].append(start)
            for kind in TRIGGER_KINDS[word]:
                offsets[kind].sort()
    return offsets


def _add_inner_triggers(
    text: str, start: int, distances: tuple[int, ...], offsets: dict[str, list[int]]
) -> None:
    """Add the trigger words that start ``distances`` into the one matched at ``start``."""
    for distance in distances:
        inner = TRIGGER.match(text, start + distance)
        if inner is not None:
            for kind in TRIGGER_KINDS[inner[0]]:
                offsets[kind].append(start + distance)


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


def starts_from_hints(
    text: str,
    distances: Mapping[str, tuple[int, ...]],
    gates: Mapping[str, tuple[str, ...]] | None = None,
) -> list[int]:
    """The sorted offsets where a word may start, given how far into it each hint occurs
    (``patterns.hint_distances``): a few ``str.find`` scans instead of a regex scan.

    With ``gates`` (``patterns.gated``), only the hints whose gate is open are looked for.
    """
    starts: set[int] = set()
    for hint in distances if gates is None else open_hints(text, gates):
        behind = distances[hint]
        offset = text.find(hint)
        while offset >= 0:
            starts.update(offset - distance for distance in behind)
            offset = text.find(hint, offset + 1)
    return sorted(start for start in starts if start >= 0)


def open_hints(text: str, gates: Mapping[str, tuple[str, ...]]) -> Iterator[str]:
    """The hints of ``gates`` (see ``patterns.gated``) whose gate character is in ``text``."""
    for gate, hints in gates.items():
        if not gate or gate in text:
            yield from hints


def holds_any(text: str, gates: Mapping[str, tuple[str, ...]]) -> bool:
    """True when ``text`` holds one of the hints of ``gates`` (see ``patterns.gated``)."""
    for gate, hints in gates.items():
        if not gate or gate in text:
            for hint in hints:
                if hint in text:
                    return True
    return False


def without_overlaps(facts: list[Fact]) -> list[Fact]:
    """The facts in text order, each that overlaps an earlier (longer-first) one dropped."""
    facts = sorted(facts, key=_END, reverse=True)  # two stable sorts: by start, then longest
    facts.sort(key=_START)
    kept: list[Fact] = []
    end = -1
    for fact in facts:
        if fact.start >= end:
            kept.append(fact)
            end = fact.end
    return kept
