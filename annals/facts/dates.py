"""Dates: calendar dates, ranges, bare years and relative days, as ISO 8601 values.

"the night of 25-26 February 1992" -> 1992-02-25..1992-02-26, "from 27 September to
10 November 2020" -> 2020-09-27..2020-11-10, "October 1991" -> 1991-10, "in 1992" -> 1992.
Relative expressions ("yesterday", "last Tuesday", "the 30th anniversary") and holidays
("the Fourth of July") are resolved against the publication date when it is known; relative
days are read by ``relative_days``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from annals.facts import lexicon as lx
from annals.facts import patterns as pt
from annals.facts.numbers import parse_words
from annals.facts.relative_days import find_relative_days
from annals.facts.spans import (
    Taken,
    holds_any,
    matches_at,
    offsets_of,
    sentence_end,
    sentence_start,
    trigger_offsets,
)
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

_GLUE_BEFORE_YEAR = frozenset("$€£.,:/#-_")
_GLUE_BEFORE_NUMERIC = frozenset("/.-_")
_SUFFIXES = ("st", "nd", "rd", "th")
#: Words before a four-digit number that make it an identifier (fiscal years stay years).
_NOT_YEAR_BEFORE = lx.IDENTIFIER_BEFORE - {"act", "law", "fy", "of", "title"}


@dataclass(slots=True)
class _Date:
    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    refers_to: str | None = None
    relative: bool = False


def find_dates(
    text: str, taken: Taken, published: date | None, *, slavic: bool = False
) -> list[Fact]:
    """Return the dates in ``text`` outside ``taken`` spans, ranges merged into one fact.

    ``slavic`` also reads day-first dotted dates (26.02.2022).
    """
    found = _month_dates(text, taken, published)
    found += _numeric_dates(text, taken, slavic)
    found.sort(key=lambda d: d.start)
    claimed = Taken()
    for item in found:
        claimed.add(item.start, item.end)
    found += _years(text, taken, claimed)
    found += [_on_day(*day) for day in find_relative_days(text, taken, published)]
    found.sort(key=lambda d: d.start)
    found = _with_holidays(text, found, taken, published)
    found = _merge_ranges(text, found)
    _resolve_anniversaries(text, found, published)
    return [_to_fact(text, item) for item in found if item.year is not None or item.month]


def _month_dates(text: str, taken: Taken, published: date | None) -> list[_Date]:
    """Dates built around a month name: "26 February 2022", "February 26, 2022", "May 2021",
    "the twenty-fifth day of August, in the year of our Lord two thousand twenty-three".

    A day and month that recur ("December 7 of each year") are no date.
    """
    out: list[_Date] = []
    for match in matches_at(pt.MONTH, text, trigger_offsets(text)["month"]):
        start, end = match.span()
        if start and text[start - 1].isalpha() or taken.covers(start, end):
            continue
        item = _Date(start, end, None, lx.MONTHS[match.group()])
        _read_day(text, item)
        year_match = pt.YEAR_AFTER.match(text, item.end)
        if year_match:
            item.year, item.end = int(year_match.group("year")), year_match.end()
        elif item.day is None:
            continue
        elif not _read_named_year(text, item, published):
            if _recurs(text, item.start, item.end) or _event_kind(text, item):
                continue
            if pt.NAME_AFTER_DAY.match(text, item.end):
                continue  # "the January 6th Committee": a name, not a date
            if published is not None:
                item.year = _year_related_before(text, item, published) or _year_of_unwritten(
                    text, item, published
                )
        if _valid(item):
            out.append(item)
    return out


def _read_day(text: str, item: _Date) -> None:
    """Set the day (and the end day of "25-26 February") written around ``item``'s month,
    widening its span: "26 February", "24th of February", "February 26", "January the 6th",
    or in words ("the twenty-fifth day of August", "двадцять четвертого лютого")."""
    start, end = item.start, item.end
    before = pt.DAY_BEFORE_MONTH.search(text, max(0, start - 12), start)
    if before is not None and not _ends_later(before):
        before = None  # "M-24-10 of March 28": a number, not days 24 to 10
    if before is None and text[max(0, start - 5) : start].rstrip().endswith(
        lx.DAY_WORDS_BEFORE_MONTH_ENDINGS
    ):
        in_words = _day_in_words_before(text, start)
        if in_words is not None:
            item.day, item.start = in_words
            return
    day_match = before or pt.DAY_AFTER_MONTH.match(text, end)
    if day_match is None:
        return
    item.day = int(day_match.group("d1"))
    item.start = min(start, day_match.start("d1"))
    if _ends_later(day_match):
        item.end_day = int(day_match.group("d2")) if day_match.group("d2") else None
        item.end = max(end, day_match.end())
    else:  # "October the 9th — 8th and 9th": a correction, not a range
        day_end = day_match.end("d1")
        item.end = max(end, day_end + 2 * text.startswith(_SUFFIXES, day_end))


def _ends_later(day_match: re.Match[str]) -> bool:
    """True unless the match holds a second day no later than the first ("October 7th — 7th")."""
    second = day_match.group("d2")
    return second is None or int(second) > int(day_match.group("d1"))


def _day_in_words_before(text: str, start: int) -> tuple[int, int] | None:
    """The day written in words (or "9th day of") before the month at ``start``, and where
    it starts; None when there is none or it is no day of a month ("thirty-second")."""
    low = max(0, start - 40)
    if text[start].isascii():  # an English month
        found = pt.DAY_WORDS_OF_MONTH.search(text, low, start)
        if found and found.group("digits"):
            return int(found.group("digits")), found.start()
        units = lx.ORDINAL_DAYS
    else:
        found = pt.SLAVIC_DAY_WORDS_BEFORE_MONTH.search(text, low, start)
        units = lx.SLAVIC_ORDINAL_DAYS
    if found is None:
        return None
    unit = units[found.group("unit").lower()]
    tens = found.group("tens")
    if tens and unit >= 10:
        return None
    return unit + (lx.ORDINAL_DAY_TENS[tens.lower()] if tens else 0), found.start()


def _read_named_year(text: str, item: _Date, published: date | None) -> bool:
    """Set the year written after ``item`` in words or with "in the year" ("in the year of
    our Lord two thousand twenty-three"), or relative to the publication ("of last year");
    False when there is none."""
    found = pt.YEAR_NAMED_AFTER.match(text, item.end)
    if found is None:
        return False
    if found.group("relation"):
        if published is not None:
            item.year = published.year + lx.YEAR_RELATIONS[found.group("relation")]
    elif found.group("slavic_relation"):
        if published is not None:
            item.year = published.year + lx.SLAVIC_YEAR_RELATIONS[found.group("slavic_relation")]
    else:
        written = found.group("digits") or found.group("words") or found.group("bare")
        year = int(written) if written.isdigit() else parse_words(written)
        if not isinstance(year, int) or not 1500 <= year < 2100:
            return False
        item.year = year
    item.end = found.end()
    return True


def _year_related_before(text: str, item: _Date, published: date) -> int | None:
    """The year named relative to the publication right before a day without one ("Last
    year, on May 14", "Минулого року 14 травня"), or None."""
    found = pt.YEAR_RELATION_BEFORE.search(text, max(0, item.start - 24), item.start)
    if found is None:
        return None
    return published.year + lx.YEAR_RELATIONS_BEFORE[found.group("relation").lower()]


def _event_kind(text: str, item: _Date) -> bool:
    """True when a day named for one event is used for a kind of event ("another October
    7th"): no date."""
    return (item.month, item.day) in lx.EVENT_DAYS and bool(
        pt.EVENT_KIND_BEFORE.search(text, max(0, item.start - 10), item.start)
    )


def _year_of_unwritten(text: str, item: _Date, published: date) -> int:
    """The year of a day written without one: the event's for a day named for one past event
    ("the January 6th insurrection", see ``lexicon.EVENT_DAYS``) unless the words before
    make it the coming day ("On Monday, September 11th"), else the publication year."""
    event_year = lx.EVENT_DAYS.get((item.month or 0, item.day or 0))
    if event_year is None or event_year >= published.year or item.end_day:
        return published.year
    if pt.SCHEDULE_BEFORE.search(text, max(0, item.start - 12), item.start):
        return published.year
    return event_year


def _recurs(text: str, start: int, end: int) -> bool:
    """True when a day is one of every year ("December 17 of each year", "every Fourth of July")."""
    return bool(
        pt.RECURRING_AFTER.match(text, end)
        or pt.RECURRING_BEFORE.search(text, max(0, start - 8), start)
    )


def _with_holidays(
    text: str, found: list[_Date], taken: Taken, published: date | None
) -> list[_Date]:
    """``found`` with the holidays added, less the dates inside them ("July" of "the Fourth
    of July")."""
    offsets = trigger_offsets(text)["holiday"]
    if not offsets:
        return found
    holidays = _holidays(text, offsets, taken, published, found)
    if not holidays:
        return found
    spans = Taken()
    for item in holidays:
        spans.add(item.start, item.end)
    found = [item for item in found if not spans.covers(item.start, item.end)] + holidays
    found.sort(key=lambda d: d.start)
    return found


def _holidays(
    text: str, offsets: list[int], taken: Taken, published: date | None, found: list[_Date]
) -> list[_Date]:
    """Holidays on a fixed day ("the Fourth of July", "Christmas Day", "Дня Незалежності"),
    in the year a date of ``found`` names before them in the sentence, else the publication
    year."""
    out: list[_Date] = []
    for match in matches_at(pt.HOLIDAY, text, offsets):
        start, end = match.span()
        if start and text[start - 1].isalpha() or taken.covers(start, end):
            continue
        if _recurs(text, start, end):
            continue
        month, day = _holiday_day(text, match)
        year = _year_named_before(text, found, start)
        if year is None and published is not None:
            # a New Year's greeting in late December is for the coming year
            year = published.year + (month == 1 and published.month == 12)
        out.append(_Date(start, end, year, month, day))
    return out


def _holiday_day(text: str, match: re.Match[str]) -> tuple[int, int]:
    """The (month, day) of a holiday; "Independence Day" is Ukraine's where the sentence
    names Ukraine."""
    if match.group() == "Independence Day":
        sentence = text[sentence_start(text, match.start()) : sentence_end(text, match.end())]
        if any(word in sentence for word in lx.UKRAINE_WORDS):
            return lx.UKRAINE_INDEPENDENCE_DAY
    return lx.HOLIDAYS[match.group()]


def _year_named_before(text: str, found: list[_Date], pos: int) -> int | None:
    """The year of the last date of ``found`` written in the sentence before ``pos``
    ("in 1964 ... before the Fourth of July"), or None."""
    low = sentence_start(text, pos)
    years = [
        item.year for item in found if low <= item.start and item.end <= pos and not item.relative
    ]
    return next((year for year in reversed(years) if year), None)


def _numeric_dates(text: str, taken: Taken, slavic: bool) -> list[_Date]:
    """Dates written in digits: 2022-02-26, 02/26/2022 (US order), 26.02.2022 (Slavic)."""
    out = [
        _Date(
            m.start() - 4, m.end(), int(text[m.start() - 4 : m.start()]), int(m["m"]), int(m["d"])
        )
        for m in pt.ISO_DATE.finditer(text)
    ]
    for pattern in (pt.SLASH_DATE, pt.DOT_DATE) if slavic else (pt.SLASH_DATE,):
        for match in pattern.finditer(text):
            first = pt.FIRST_NUMBER_BEFORE.search(text, max(0, match.start() - 2), match.start())
            if first is None:
                continue
            a, b, year = int(first.group("a")), int(match.group("b")), int(match.group("y"))
            month, day = (a, b) if pattern is pt.SLASH_DATE else (b, a)
            year += 2000 if year < 100 else 0  # "3/9/22", as press releases write it
            out.append(_Date(first.start(), match.end(), year, month, day))
    return [
        item
        for item in out
        if _valid(item)
        and not taken.covers(item.start, item.end)
        and not (
            item.start
            and (text[item.start - 1].isalnum() or text[item.start - 1] in _GLUE_BEFORE_NUMERIC)
        )
    ]


def _years(text: str, taken: Taken, claimed: Taken) -> list[_Date]:
    """Bare years and year ranges ("in 1992", "2021-2022") not inside a fuller date."""
    out: list[_Date] = []
    starts = sorted(m.start() for pattern in pt.YEAR_STARTS for m in pattern.finditer(text))
    for match in matches_at(pt.YEAR, text, starts):
        start, end = match.span()
        glued = start and (text[start - 1].isalnum() or text[start - 1] in _GLUE_BEFORE_YEAR)
        if glued and not _prefixed_year_at(text, start):
            continue
        if claimed.covers(start, end) or taken.covers(start, end):
            continue
        if _counts_something(text, end) or _identifier_before(text, start):
            continue
        year = int(match.group("y1"))
        item = _Date(start, end, year)
        if match.group("y2"):
            second = match.group("y2")
            end_year = int(second) if len(second) == 4 else year // 100 * 100 + int(second)
            if end_year > year:
                item.end_year = end_year
            else:  # "1992-93" read wrongly or a code: keep only the first year
                item.end = start + 4
        out.append(item)
    return out


def _prefixed_year_at(text: str, start: int) -> bool:
    """True when a prefix is written right before the year at ``start``: "FY2026" (a fiscal
    year is a year, as "FY 2026" is) or "mid-2020"; unless the prefixed year is part of a
    name ("Report-FY2021.pdf") or a century ("the mid-1900’s")."""
    prefix = next((p for p in lx.YEAR_PREFIXES if text.endswith(p, 0, start)), None)
    if prefix is None or text.startswith(("’s", "'s"), start + 4):
        return False  # "the mid-1900’s": a century, no year
    lead = start - len(prefix)
    return lead < 1 or not (text[lead - 1].isalnum() or text[lead - 1] in _GLUE_BEFORE_YEAR)


def _counts_something(text: str, end: int) -> bool:
    """True when the words after a four-digit number say it is a count ("2000 people")."""
    found = pt.COUNTED_WORDS.match(text, end)
    if not found or not found.group("words"):
        return bool(found and found.group("pct"))
    return found.group("words").split()[0].lower() in lx.COUNTED_NOUNS


def _identifier_before(text: str, start: int) -> bool:
    """True when the word before the number makes it a number of something, not a year."""
    words = text[max(0, start - 24) : start].split()
    return bool(words) and words[-1].lower() in _NOT_YEAR_BEFORE


def _on_day(start: int, end: int, day: date) -> _Date:
    """A relative day resolved to ``day``."""
    return _Date(start, end, day.year, day.month, day.day, relative=True)


def _merge_ranges(text: str, found: list[_Date]) -> list[_Date]:
    """Join "from 27 September to 10 November 2020" into one date with an end."""
    merged: list[_Date] = []
    for item in found:
        previous = merged[-1] if merged else None
        if (
            previous is None
            or previous.end_year
            or previous.end_day
            or item.relative
            or not _only_range_word_between(text, previous, item)
            or (previous.month is None) != (item.month is None)  # a year and a day: no range
        ):
            merged.append(item)
            continue
        if previous.year is None or (not _has_year(text, previous) and item.year):
            previous.year = item.year
        previous.end = item.end
        previous.end_year, previous.end_month, previous.end_day = item.year, item.month, item.day
    return merged


def _only_range_word_between(text: str, previous: _Date, item: _Date) -> bool:
    """True when only "to", a dash or the like separates two dates ("and" after "between")."""
    gap = pt.RANGE_GAP.fullmatch(text, previous.end, item.start)
    if gap is None:
        return False
    if gap[0].strip() in ("and", "і", "и"):
        return pt.RANGE_LEAD.search(text, max(0, previous.start - 10), previous.start) is not None
    return True


def _has_year(text: str, item: _Date) -> bool:
    """True when the date's own text names its year."""
    return bool(re.search(r"\d{4}", text[item.start : item.end]))


def _resolve_anniversaries(text: str, found: list[_Date], published: date | None) -> None:
    """Add "the 30th anniversary" as the year it falls in: event year + 30 when the text
    gives it, else the year the sentence names before it, else the publication year."""
    if not holds_any(text, pt.ANNIVERSARY_GATES):
        return
    years = {item.year for item in found if item.year}
    starts = offsets_of(text, *lx.ANNIVERSARY_WORDS)  # str.find: faster than a regex scan
    for match in matches_at(pt.ANNIVERSARY, text, starts):
        counted = _anniversary_count(text, match.start())
        if counted is None:
            continue
        count, start = counted
        fits = sorted(y + count for y in years if y + count in years)
        if published is not None:
            fits = [y for y in fits if abs(y - published.year) <= 1]
        fits = fits or _year_of_anniversary(text, found, start, published)
        if not fits:
            continue
        item = _Date(start, match.end(), fits[0], relative=True)
        item.refers_to = _anniversary_of(text, match.end())
        found.append(item)
    found.sort(key=lambda d: d.start)


def _anniversary_count(text: str, pos: int) -> tuple[int, int] | None:
    """The years an anniversary at ``pos`` counts and where that number starts: "30th",
    "one-year", "second"; None when no number comes before it."""
    ordinal = pt.ORDINAL_BEFORE.search(text, max(0, pos - 10), pos)
    if ordinal is not None:
        return int(ordinal.group("n")), ordinal.start("n")
    words = pt.ANNIVERSARY_COUNT_BEFORE.search(text, max(0, pos - 24), pos)
    if words is None:
        return None
    if words.group("ordinal"):
        return lx.ANNIVERSARY_ORDINALS[words.group("ordinal").lower()], words.start("ordinal")
    years = words.group("years").lower()
    count = int(years) if years.isdigit() else lx.ANNIVERSARY_YEAR_NUMBERS[years]
    return count, words.start("years")


def _year_of_anniversary(
    text: str, found: list[_Date], pos: int, published: date | None
) -> list[int]:
    """The year an anniversary at ``pos`` falls in when no event year says it: the year the
    sentence names before it ("In 2026 ... the 250th anniversary") when near the publication
    year, else the publication year; empty when neither is known."""
    named = _year_named_before(text, found, pos)
    if named is not None and (
        published is None or abs(named - published.year) <= lx.ANNIVERSARY_YEAR_SPAN
    ):
        return [named]
    return [published.year] if published is not None else []


def _anniversary_of(text: str, pos: int) -> str | None:
    """What an anniversary is of ("the Khojaly genocide"), best effort."""
    found = pt.REFERS_ANNIVERSARY.match(text, pos)
    if not found:
        return None
    what = pt.REFERS_STOP.split(found.group("what"), maxsplit=1)[0]
    return " ".join(what.split()) or None


def _ends_with_of(text: str, pos: int) -> bool:
    """A cheap test that the text before ``pos`` may end as ``REFERS_BEFORE`` needs."""
    return text[max(0, pos - 40) : pos].rstrip().endswith(("of", "on", "dated"))


def _valid(item: _Date) -> bool:
    """True when the day and month exist (a missing year is allowed)."""
    try:
        date(item.year or 2000, item.month or 1, item.day or 1)
        if item.end_day:
            date(item.year or 2000, item.month or 1, item.end_day)
    except ValueError:
        return False
    return True


def _iso(year: int | None, month: int | None, day: int | None) -> str:
    """ISO 8601 text with as much precision as known; '--MM-DD' when the year is unknown."""
    head = f"{year:04d}" if year else "-"
    if month is None:
        return head
    if day is None:
        return f"{head}-{month:02d}"
    return f"{head}-{month:02d}-{day:02d}"


def _to_fact(text: str, item: _Date) -> Fact:
    """Turn the working record into a ``Fact``."""
    value = _iso(item.year, item.month, item.day)
    value_end = None
    if item.end_day and not item.end_month:
        value_end = _iso(item.year, item.month, item.end_day)
    elif item.end_year or item.end_month:
        value_end = _iso(item.end_year or item.year, item.end_month, item.end_day)
    refers_to = item.refers_to
    if refers_to is None and not item.relative and _ends_with_of(text, item.start):
        before = pt.REFERS_BEFORE.search(text, max(0, item.start - 40), item.start)
        refers_to = before.group("what") if before else None
    return Fact(
        kind="date",
        text=text[item.start : item.end],
        start=item.start,
        end=item.end,
        fields={
            "value": value,
            "value_end": value_end,
            "refers_to": refers_to,
            "relative": item.relative,
        },
        extractor_version=EXTRACTOR_VERSION,
    )
