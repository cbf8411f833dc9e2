"""Predicates: what happened to what a figure counts ("613 people ... were killed").

``figures`` reads the figures of a text and ``breakdowns`` links their parts; then
``attach_predicates`` reads each total's predicate from the words after it (up to the next
figure or the sentence's end) or else from the words before it in its sentence, and gives
every breakdown its total's predicate.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annals.facts import patterns as pt
from annals.facts.spans import sentence_end, sentence_start

if TYPE_CHECKING:
    from annals.facts.figures import Draft


def attach_predicates(text: str, figures: list[Draft]) -> None:
    """Find what happened to each total; breakdowns and list members share it."""
    for index, figure in enumerate(figures):
        if figure.part_of is not None:
            continue
        stop = _window_stop(text, figures, index)
        figure.predicate = _predicate_in(text, figure.span_end, stop, last=False)
        if figure.predicate is None:
            low = max(figure.start - 80, figures[index - 1].span_end if index else 0)
            low = _sentence_start_from(text, figure.start, low)
            figure.predicate = _predicate_in(text, low, figure.start, last=True)
    for index in range(len(figures) - 2, -1, -1):
        figure, following = figures[index], figures[index + 1]
        if (
            figure.predicate is None
            and following.part_of is None
            and pt.LIST_GAP.match(text[figure.span_end : following.start])
        ):
            figure.predicate = following.predicate
    for figure in figures:
        if figure.part_of is not None:
            figure.predicate = figures[figure.part_of].predicate


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
    """``max(sentence_start(text, pos), low)``, reading only ``text[low:pos]`` when it can.

    A boundary is whitespace and then a full stop (or a blank line), read backwards; one that
    starts in the window lies wholly inside it unless the window opens with whitespace.
    """
    if low >= pos:
        return low
    if text[low].isspace():
        return max(sentence_start(text, pos), low)
    found = pt.SENTENCE_START_REVERSED.search(text[low:pos][::-1])
    return pos - found.start() if found else low


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
