"""Predicates: what happened to what a figure counts ("613 people ... were killed").

``figures`` reads the figures of a text and ``breakdowns`` links their parts; then
``attach_predicates`` reads each total's predicate from the words after it (up to the next
figure or the sentence's end) or else from the words before it in its sentence, and gives
every breakdown its total's predicate.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annals.facts import lexicon as lx
from annals.facts import patterns as pt
from annals.facts.spans import SENTENCE_REACH, sentence_end

if TYPE_CHECKING:
    from annals.facts.figures import Draft


#: ``pt.LIST_GAP`` to match between two offsets of the text, not on a copy of the gap.
_LIST_GAP = re.compile(pt.LIST_GAP.pattern.removeprefix("^"))


def attach_predicates(text: str, figures: list[Draft]) -> None:
    """Find what happened to each total; breakdowns and list members share it."""
    empty = (-1, -1)  # (index, stop) of the last window after a figure that held no predicate
    for index, figure in enumerate(figures):
        if figure.part_of is not None:
            continue
        stop = _window_stop(text, figures, index)
        figure.predicate = _predicate_in(text, figure.span_end, stop, last=False)
        if figure.predicate is None and not _read_before(figures, index, empty):
            low = max(figure.start - 80, figures[index - 1].span_end if index else 0)
            low = _sentence_start_from(text, figure.start, low)
            figure.predicate = _predicate_in(text, low, figure.start, last=True)
        if figure.predicate is None:
            empty = (index, stop)
    for index in range(len(figures) - 2, -1, -1):
        figure, following = figures[index], figures[index + 1]
        if (
            figure.predicate is None
            and following.part_of is None
            and _LIST_GAP.match(text, figure.span_end, following.start)
        ):
            figure.predicate = following.predicate
    for figure in figures:
        if figure.part_of is not None:
            figure.predicate = figures[figure.part_of].predicate
        if figure.counted in lx.TIME_COUNTED:
            figure.predicate = None


def _read_before(figures: list[Draft], index: int, empty: tuple[int, int]) -> bool:
    """True when the window before figure ``index`` lies inside the window after the figure
    right before it, which held no predicate (``empty``): then it holds none either.

    That window ran up to this figure, and the window before it opens at the figure before
    or at a sentence start after it (whitespace before: no word is cut).
    """
    start = figures[index].start
    return empty == (index - 1, start) and figures[index - 1].span_end >= start - 80


def _window_stop(text: str, figures: list[Draft], index: int) -> int:
    """End of the text after a figure that may hold its predicate."""
    stop = min(sentence_end(text, figures[index].span_end), figures[index].span_end + 160)
    for later in range(index + 1, len(figures)):
        figure = figures[later]
        if figure.start >= stop:
            break
        if figure.part_of != index:
            return figure.start
    return stop


def _sentence_start_from(text: str, pos: int, low: int) -> int:
    """``max(sentence_start(text, pos), low)``, reading little more than ``text[low:pos]``.

    A boundary is whitespace and then a full stop (or a blank line), read backwards; one that
    starts in the window lies wholly inside it unless the window opens with whitespace, so
    the window first takes in the whitespace before it and the character before that.
    """
    if low >= pos:
        return low
    opened, floor = low, max(0, pos - SENTENCE_REACH)  # ``sentence_start`` reads from floor
    while opened > floor and text[opened].isspace():
        opened -= 1
    found = pt.SENTENCE_START_REVERSED.search(text[opened:pos][::-1])
    return max(pos - found.start(), low) if found else low


def _predicate_in(text: str, start: int, stop: int, *, last: bool) -> str | None:
    """Return the canonical predicate found in ``text[start:stop]`` (first or last one)."""
    if stop <= start:
        return None
    window = text[start:stop].lower()
    if last:
        found = None
        for found in pt.PREDICATE.finditer(window):  # noqa: B007 - the last one is wanted
            pass
    else:
        found = pt.PREDICATE.search(window)
    if found is None:
        return None
    group = found.lastgroup
    return pt.PREDICATE_NAMES[group] if group else None
