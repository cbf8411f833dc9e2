"""Relative days: "yesterday", "the day after tomorrow", "last Tuesday", "on Friday", "завтра",
resolved against the publication date.

Words that name no particular day are left out: the future or the past in general ("the jobs
of tomorrow"), rhetorical lists ("today, tomorrow, and forever"), a relative day followed by
the date it names ("Tomorrow, April 2", read as the date alone), and weekdays that are part of
a name ("Super Tuesday").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, timedelta

from annals.facts import lexicon as lx
from annals.facts import patterns as pt
from annals.facts.spans import Taken, matches_at, sentence_end, sentence_start, starts_from_hints


def find_relative_days(
    text: str, taken: Taken, published: date | None
) -> list[tuple[int, int, date]]:
    """The relative days in ``text`` outside ``taken`` spans ("yesterday", "last Tuesday",
    "on Friday"), each as (start, end, the day it names counted from ``published``); none
    when the publication date is unknown."""
    if published is None:
        return []
    out: list[tuple[int, int, date]] = []
    day_word_ends = list(pt.DAY_WORD_END.finditer(text))
    for match in matches_at(pt.RELATIVE_DAY, text, _relative_day_starts(text, day_word_ends)):
        if (
            not text[match.start() - 1 : match.start()].isalpha()
            and not taken.covers(*match.span())
            and not _no_particular_day(text, match)
            and not pt.DATE_AFTER_RELATIVE_DAY.match(text, match.end())  # "Tomorrow, April 2"
        ):
            day = published + timedelta(days=lx.RELATIVE_DAYS[match.group().lower()])
            out.append((match.start(), match.end(), day))
    for match in _weekdays(text, day_word_ends):
        relation = pt.WEEKDAY_RELATION.search(text, max(0, match.start() - 8), match.start())
        if taken.covers(*match.span()) or pt.MONTH_AFTER_WEEKDAY.match(text, match.end()):
            continue
        if relation is None and not pt.LOWER_WORD_BEFORE.search(
            text, max(0, match.start() - 20), match.start()
        ):
            continue  # "Super Tuesday", "Ash Wednesday": a name, not a day to resolve
        word = relation.group("rel").lower() if relation else "on"
        direction = lx.WEEKDAY_RELATIONS[word]
        if direction == "near":
            sentence = text[sentence_start(text, match.start()) : sentence_end(text, match.end())]
            direction = "future" if pt.FUTURE_MARK.search(sentence) else "past"
        day = _weekday_from(published, lx.WEEKDAYS[match.group()], direction)
        out.append((relation.start("rel") if relation else match.start(), match.end(), day))
    return out


def _no_particular_day(text: str, match: re.Match[str]) -> bool:
    """True when a relative day word means the future or the past in general ("the jobs of
    tomorrow", "tomorrow's economy") or is listed rhetorically ("today, tomorrow, and
    forever", "Tomorrow. Now. Yesterday.", "і завтра, і післязавтра")."""
    start, end = match.span()
    if match.group().lower() == "tomorrow":
        of = pt.OF_BEFORE_TOMORROW.search(text, max(0, start - 40), start)
        possessive = pt.AFTER_POSSESSIVE.match(text, end)
        if possessive:
            return possessive.group("noun").lower() in lx.FUTURE_AFTER_TOMORROWS
        if of and of.group("noun").lower() not in lx.DAY_OF_TOMORROW_BEFORE:
            return True
    if text.startswith(".", end) and _in_fragment_row(text, match):
        return True
    listed, gaps = [match.group().lower()], []
    pos = end
    while (after := pt.SERIES_NEXT.match(text, pos)) is not None:
        listed.append(after.group("word").lower())
        gaps.append(after.group("gap"))
        pos = after.end()
    pos = start
    while (before := pt.SERIES_PREVIOUS.search(text, max(0, pos - 24), pos)) is not None:
        listed.append(before.group("word").lower())
        gaps.append(before.group("gap"))
        pos = before.start()
    return _rhetorical_list(listed, gaps)


def _in_fragment_row(text: str, match: re.Match[str]) -> bool:
    """True when a relative day that ends a sentence of its own sits next to another
    one-word sentence naming another time ("Tomorrow. Now. Yesterday.")."""
    start, end = match.span()
    if pt.SENTENCE_START_BEFORE.search(text, max(0, start - 3), start) is None:
        return False
    word = match.group().lower()
    after = pt.FRAGMENT_NEXT.match(text, end)
    before = pt.FRAGMENT_PREVIOUS.search(text, max(0, start - 16), start)
    return any(found and found.group("word").lower() != word for found in (after, before))


def _rhetorical_list(listed: list[str], gaps: list[str]) -> bool:
    """True when the time words ``listed`` with a relative day (joined by ``gaps``) name no
    particular day (see ``lexicon.TIME_SERIES_WORDS``)."""
    distinct = set(listed)
    if len(distinct) < 2:
        return False
    if len(distinct) >= 3 or distinct & lx.ALWAYS_WORDS:
        return True
    return any("," in gap and gap.split()[-1:] in (["і"], ["й"]) for gap in gaps)


def _relative_day_starts(text: str, day_word_ends: list[re.Match[str]]) -> list[int]:
    """The sorted offsets where a relative day word may start, from where its hints occur.

    The hints that end in "day" are read from ``day_word_ends`` (``DAY_WORD_END``, scanned
    for the weekdays anyway) instead of being looked for again.
    """
    starts = starts_from_hints(text, pt.RELATIVE_DAY_STARTS, pt.RELATIVE_DAY_GATES)
    more: list[int] = []
    for ending in day_word_ends:
        for hint in pt.DAY_WORD_HINTS:
            offset = ending.end() - len(hint)
            if text.startswith(hint, offset):
                more += [offset - distance for distance in pt.RELATIVE_DAY_STARTS[hint]]
    if not more:
        return starts
    return sorted({*starts, *(start for start in more if start >= 0)})


def _weekdays(
    text: str, day_word_ends: Iterable[re.Match[str]] | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``WEEKDAY`` in ``text``, found faster from their endings
    (``DAY_WORD_END`` matches: ``day_word_ends`` when the caller has them, else scanned)."""
    if day_word_ends is None:
        day_word_ends = pt.DAY_WORD_END.finditer(text)
    for ending in day_word_ends:
        for weekday in lx.WEEKDAYS:
            if text.startswith(weekday, ending.end() - len(weekday)):
                match = pt.WEEKDAY.match(text, ending.end() - len(weekday))
                if match is not None:
                    yield match
                break


def _weekday_from(published: date, weekday: int, direction: str) -> date:
    """The nearest ``weekday`` before (``past``) or after (``future``) the publication day."""
    if direction == "future":
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    return published - timedelta(days=(published.weekday() - weekday - 1) % 7 + 1)
