"""Breakdowns: which figure is a part of which ("613 people, including 63 children").

``figures`` reads the figures of a text in order; ``link_breakdowns`` then points each share
at its total through ``part_of`` (an index into the list) and gives a share with no noun of
its own ("24 of them") the noun of the figure before it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from annals.facts import patterns as pt

if TYPE_CHECKING:
    from annals.facts.figures import Draft


def link_breakdowns(text: str, figures: list[Draft]) -> None:
    """Point each breakdown ("including 63 children") at its total; fill inherited nouns.

    A figure is a breakdown when a marker ("including", "of whom") comes between it and the
    figure before, when "of them" follows it ("24 of them"), or when it continues a
    breakdown list (", 106 women and 70 elderly"). Its total is the nearest earlier figure
    of the same sentence that is not a breakdown, counts the same kind of thing and is at
    least as large; or the amount right after it ("$11 million of our $16 million"). A
    breakdown may also open the sentence after its total (``_opens_breakdown``).
    """
    marked = [False] * len(figures)
    for index in range(1, len(figures)):
        figure, previous = figures[index], figures[index - 1]
        # (the same as searching the gap alone: the pattern looks back no further)
        sentence_end = pt.SENTENCE_END.search(text, previous.span_end, figure.start)
        if sentence_end:
            figure.part_of = _total_across(text, figures, marked, index, sentence_end.end())
            marked[index] = figure.part_of is not None
            continue
        gap = text[previous.span_end : figure.start]
        if figure.inherits_counted and figure.counted is None:
            figure.counted, figure.counts_people = previous.counted, previous.counts_people
        continues = marked[index - 1] and (
            pt.LIST_GAP.match(gap) or pt.BREAKDOWN_CONTINUES.search(gap)
        )
        marked[index] = bool(
            figure.partitive or pt.BREAKDOWN.search(gap[-pt.BREAKDOWN_REACH :].lower()) or continues
        )
        if marked[index]:
            figure.part_of = _total_for(text, figures, marked, index)
        elif _share_of(previous, figure, gap):
            previous.part_of = index


def _total_across(
    text: str, figures: list[Draft], marked: list[bool], index: int, opened: int
) -> int | None:
    """The total, in the sentence before, of a breakdown at ``index`` that opens the sentence
    starting at ``opened`` (``_opens_breakdown``), or that continues the breakdown of the
    sentence before ("Зокрема, 20 мільярдів ... . Ще понад 8 мільярдів доларів ..."); else None.
    """
    if not marked[index - 1]:
        return index - 1 if _opens_breakdown(text, figures, index, opened) else None
    figure, total = figures[index], figures[index - 1].part_of
    if total is None or figure.start - opened > pt.BREAKDOWN_REACH:
        return None
    if not _can_hold(figures[total], figure):
        return None
    opening = text[opened : figure.start].lower()
    return total if pt.BREAKDOWN_CONTINUES_OPENS.match(opening) else None


def _opens_breakdown(text: str, figures: list[Draft], index: int, opened: int) -> bool:
    """True when figure ``index``, in the sentence that starts at ``opened``, is a share of
    the figure before it, in the sentence before.

    "419 servicemen ... were awarded state awards. 72 of them posthumously"; "На 33 мільярди
    доларів. Зокрема, понад 20 мільярдів можуть піти на оборону" (the sentence opens with a
    breakdown marker).
    """
    figure, previous = figures[index], figures[index - 1]
    if not _can_hold(previous, figure):
        return False
    if figure.start - opened > pt.BREAKDOWN_REACH or pt.SENTENCE_END.search(
        text, opened, figure.start
    ):
        return False
    if figure.partitive:
        return True
    return pt.BREAKDOWN_OPENS.match(text[opened : figure.start].lower()) is not None


def _total_for(text: str, figures: list[Draft], marked: list[bool], index: int) -> int | None:
    """The index of the figure that a breakdown at ``index`` is part of, or None."""
    figure = figures[index]
    for earlier in range(index - 1, -1, -1):
        candidate = figures[earlier]
        if pt.SENTENCE_END.search(text, candidate.span_end, figure.start):
            return None
        if not marked[earlier] and _can_hold(candidate, figure):
            return earlier
    return None


def _share_of(part: Draft, total: Draft, gap: str) -> bool:
    """True for "almost $11 million of our $16 million": ``part`` is a share of ``total``."""
    return (
        part.part_of is None
        and pt.SHARE_OF_NEXT.fullmatch(gap) is not None
        and _can_hold(total, part)
    )


def _can_hold(total: Draft, part: Draft) -> bool:
    """True when ``part`` can be a share of ``total``: no larger, and of the same kind (people
    of people, dollars of dollars).

    A percentage is never a share of another: each is of its own whole ("90 percent of their
    funds—including 85 percent of total funds").
    """
    if part.counted == "percent" or total.value < part.value:
        return False
    return total.counted == part.counted or (total.counts_people and part.counts_people)
