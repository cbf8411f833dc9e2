"""Figures: counts of people and things, with what happened to them and breakdowns.

"613 people, including 63 children, ... were brutally killed" gives four figures: 613
people (predicate "killed") and three breakdowns whose ``part_of`` points at the 613.
Years, dates, ordinals, page, article and section numbers and clock times are not figures;
dates are claimed first by ``dates.py`` and passed in as ``taken``.

Speech transcripts are read as spoken: a struck-through number gives way to its bracketed
correction, a false start ("$500- — $450,000") is left out, and numbers cut short take the
end of the one after them ("$10-, $12-, $15,000" is 10,000 to 15,000).

The numbers come from the fast scans of ``number_scans``; each candidate meets the cheapest
tests first, and one that starts inside the figure kept before it is not read at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from operator import itemgetter

from annals.facts import lexicon as lx
from annals.facts import number_scans as ns
from annals.facts import patterns as pt
from annals.facts.breakdowns import link_breakdowns
from annals.facts.counted import OTHER, Counted, choose_counted, names_people, word_role
from annals.facts.numbers import (
    CURRENCY,
    CURRENCY_BEFORE_SPACE,
    after_truncated,
    approx_before,
    article_before,
    as_number,
    as_spoken,
    between_second,
    compound_rest,
    currency_before,
    fraction_before,
    joins_range,
    parse_digits,
    parse_words,
    scale_value,
    truncated_first,
)
from annals.facts.predicates import attach_predicates
from annals.facts.spans import Taken
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

_COUNTED_FORMS = frozenset(lx.COUNTED_NOUNS.values())
#: The last two letters of the words of ``pt.ALTERNATIVE_JOINS`` ("or", "чи"): a cheap test.
_ALTERNATIVE_ENDS = frozenset(join[-3:-1] for join in pt.ALTERNATIVE_JOINS)
#: What an ``APPROX_AFTER`` match can start with: whitespace, "-" ("-plus") or "+".
_APPROX_AFTER_STARTS = frozenset(" \n\xa0" + ns.RARE_SPACES + "-+")
#: What follows the hyphen of a number cut short in speech ("$10-, $15,000", "$500- — $450,000").
_TRUNCATION_ENDS = frozenset(", \n\xa0")
#: Plural number words in any case ("Thousands were held", "Tens of millions have lost").
_PLURAL_WORDS = frozenset(
    variant for word in lx.PLURAL_NUMBER_WORDS for variant in (word, word.capitalize())
)
#: The first letters and words of "of" and "more" ("142 of our defenders", "Two more of our
#: defenders"): cheap tests before ``OF_DETERMINER_AFTER``.
_OF_DETERMINER_STARTS = frozenset("om")
_OF_DETERMINER_WORDS = ("of", "more")
#: The first letters of ``lx.PARTITIVE_AFTER_NUMBER`` phrases, in either case ("of them").
_PARTITIVE_STARTS = frozenset(
    "".join(phrase[0] + phrase[0].upper() for phrase in lx.PARTITIVE_AFTER_NUMBER)
)


@dataclass(slots=True)
class Draft:
    """A figure being read: where its number and counted phrase lie, and what it counts."""

    start: int
    end: int  # end of the number (before what it counts)
    value: int | float
    value_max: int | float | None
    approx: str | None
    counted: str | None = None
    span_end: int = 0  # end of the counted phrase
    inherits_counted: bool = False
    counts_people: bool = False  # counted names people ("children", "Germans")
    elided: bool = False  # "88 million more": counts what the figure before it counts
    partitive: bool = False  # "24 of them": a share of the figure before it
    takes_next: int = 0  # "9 of the top 11 spots": where the figure it is a share of starts
    scaled: bool = False  # "14 thousand": may stand alone when the noun is left out
    bare: bool = False  # a scaled number followed by nothing it counts ("a peak of 4.6 million")
    predicate: str | None = None
    part_of: int | None = None  # index into the figure list


def find_figures(text: str, taken: Taken, *, decimal_comma: bool = False) -> list[Fact]:
    """Return the figures in ``text`` outside ``taken`` spans, breakdowns linked to totals.

    Each fact's ``part_of`` is an index into the returned list; the caller re-maps it after
    merging with other kinds.
    """
    scanned = as_spoken(text)
    figures = _candidates(scanned, taken, decimal_comma)
    link_breakdowns(scanned, figures)
    attach_predicates(scanned, figures)
    return [_to_fact(text, fig) for fig in figures]


_START = itemgetter(0)


def _candidates(text: str, taken: Taken, decimal_comma: bool) -> list[Draft]:
    """Read every number in digits or words, in text order, and keep those that count something.

    A figure is kept when it starts after the end of the one kept before it.
    """
    numbers = ns.digit_numbers(text)
    words = ns.word_numbers(text)
    if words:
        numbers += [(match.start("w"), match) for match in words]
        numbers.sort(key=_START)
    kept: list[Draft] = []
    covered = 0  # where the last figure kept ends
    for start, match in numbers:
        if start < covered:
            continue  # a figure read here would start inside the one before: dropped
        if match.re is ns.DIGIT_SCAN:
            figure = _from_digits(text, match, taken, decimal_comma)
        else:
            figure = _from_words(text, match, taken)
        if figure is not None and figure.inherits_counted and figure.counted is None:
            figure = figure if figure.takes_next else _with_noun_before(text, figure, kept)
        if figure is not None and text[figure.start - 3 : figure.start - 1] in _ALTERNATIVE_ENDS:
            _from_first_alternative(text, figure, taken, covered, decimal_comma)
        if figure is not None and after_truncated(text, figure.start):
            _from_truncated_first(text, figure, covered)
        if figure and kept and text[figure.start] in CURRENCY and _money_range(text, kept, figure):
            covered = kept[-1].span_end
        elif figure is not None and (not kept or figure.start >= covered):
            if kept and kept[-1].takes_next == figure.start and kept[-1].counted is None:
                kept[-1].counted, kept[-1].counts_people = figure.counted, figure.counts_people
            kept.append(figure)
            covered = figure.span_end
    return [figure for figure in kept if figure.counted is not None or not figure.takes_next]


def _money_range(text: str, kept: list[Draft], second: Draft) -> bool:
    """Make the last kept figure the range up to ``second`` when the two are amounts of one
    currency joined by a range word ("$5,500 to $10,500", "$5-$10 million"); True when it did.

    "$5 to $10 million" is five to ten million: the first takes the scale of the second.
    """
    first = kept[-1]
    if first.counted != second.counted or first.value_max is not None:
        return False
    if not joins_range(text, first.start, first.span_end, second.start):
        return False
    scale = 1000 ** _size(second) if second.scaled and not first.scaled else 1
    value = first.value * scale if first.value * scale < second.value else first.value
    if value >= second.value:
        return False
    first.value, first.value_max = as_number(value), second.value
    first.end = first.span_end = second.span_end
    return True


def _with_noun_before(text: str, figure: Draft, kept: list[Draft]) -> Draft | None:
    """``figure`` ("88 million more", "63 were killed") counting what a figure before counts.

    When no figure before it says what is counted (``_noun_source``), a scaled number followed
    by a verb stands alone ("14 thousand were killed"), as does an approximate one followed
    by nothing ("about 4 million"); others are dropped (None): "Flight 93 who", "kids under
    5 are".
    """
    source = _noun_source(text, figure, kept)
    if source is not None:
        figure.counted, figure.counts_people = source.counted, source.counts_people
        return figure
    if figure.scaled and not (figure.elided or figure.bare) and _people_verb_after(text, figure):
        figure.counted, figure.counts_people = "people", True  # "14 thousand were killed"
        return figure
    if figure.scaled and not figure.elided and (not figure.bare or figure.approx is not None):
        return figure
    return None


def _people_verb_after(text: str, figure: Draft) -> bool:
    """True when the verb after a number with no noun makes it count people: a plural verb
    ("14 thousand were killed", "millions who have applied"), not a singular one ("the 60
    million is what we will have": doses); never for billions (money as often as people).
    """
    if figure.value >= 10**9:
        return False
    verb = text[figure.span_end : figure.span_end + 12].split(None, 1)[:1]
    return not verb or verb[0].lower() not in lx.SINGULAR_VERBS_AFTER_NUMBER


def _noun_source(text: str, figure: Draft, kept: list[Draft]) -> Draft | None:
    """The figure whose counted noun ``figure`` takes, or None.

    A scaled number followed by a verb or by nothing continues the last figure of the same
    size in its sentence or the one before ("33 мільярди доларів. ... 20 мільярдів можуть
    піти на оборону", "2.1 million customers ... a peak of 4.6 million"). Others take the
    noun of the figure right before: in the same sentence ("63 were killed", "88 million
    more"), or the sentence before for a share ("thousands of mines ... 80,000 of them").
    """
    if figure.scaled and not figure.elided:
        for before in reversed(kept[-4:]):
            if _sentences_apart(text, before.span_end, figure.start) > 1:
                return None
            if before.counted not in (None, "percent") and _size(before) == _size(figure):
                return before
        return None
    if not kept or kept[-1].counted is None:
        return None
    reach = 1 if figure.partitive else 0
    return kept[-1] if _sentences_apart(text, kept[-1].span_end, figure.start) <= reach else None


def _from_first_alternative(
    text: str, figure: Draft, taken: Taken, covered: int, decimal_comma: bool
) -> None:
    """Start ``figure`` at the first of two numbers either of which may be right: "3 or 4
    percent", "three or five days", "5 чи 6 разів" take the first value, the second is the
    most (as for a range). "four or five hundred" is 400; "one or two" is left alone.
    """
    if not text[max(0, figure.start - 6) : figure.start].endswith(pt.ALTERNATIVE_JOINS):
        return
    low = max(covered, figure.start - 40)
    found = pt.ALTERNATIVE_BEFORE.search(text[low : figure.start])
    if found is None or taken.covers(low + found.start("first"), low + found.end("first")):
        return
    first = found.group("digits")
    try:
        value = parse_digits(first, decimal_comma=decimal_comma) if first else None
    except ValueError:
        return
    if value is None:
        value = parse_words(found.group("w"))
    if value is None:
        return
    last_word = text[figure.start : figure.end].rsplit(None, 1)[-1].lower()
    if last_word in lx.SCALES and found.group("first").rsplit(None, 1)[-1].lower() not in lx.SCALES:
        value *= lx.SCALES[last_word]  # "four or five hundred": four hundred
    if value >= figure.value:
        return
    figure.value_max = figure.value_max or figure.value
    figure.value, figure.start = as_number(value), low + found.start("first")
    figure.approx = figure.approx or approx_before(text, figure.start)


def _from_truncated_first(text: str, figure: Draft, covered: int) -> None:
    """Start ``figure`` at the first of numbers cut short before it (``truncated_first``):
    "$10-, $12-, $15,000" is 10,000, at most 15,000; "$16- to $17 billion" 16 to 17 billion.
    """
    first = truncated_first(text, figure.start, figure.end, figure.value, covered)
    if first is None:
        return
    figure.value_max = figure.value_max or figure.value
    figure.value, figure.start = first
    figure.approx = figure.approx or approx_before(text, figure.start)


def _sentences_apart(text: str, start: int, end: int) -> int:
    """0 when ``text[start:end]`` holds no sentence end, 1 when it holds one, else 2."""
    found = pt.SENTENCE_END.search(text, start, end)
    if found is None:
        return 0
    return 1 if pt.SENTENCE_END.search(text, found.end(), end) is None else 2


def _size(figure: Draft) -> int:
    """The scale of a figure's value: 1 for thousands, 2 for millions, 3 for billions."""
    return (len(str(int(figure.value))) - 1) // 3


def _from_digits(
    text: str, match: re.Match[str], taken: Taken, decimal_comma: bool
) -> Draft | None:
    """Build a figure from a ``DIGIT_SCAN`` match, or None when the number is not a count."""
    start, end = match.start("tail") - 1, match.end()
    if taken.covers(start, end) or _identifier_before(text, start) or _ratio_before(text, start):
        return None
    if text[end : end + 1] == "-" and text[end + 1 : end + 2] in _TRUNCATION_ENDS:
        return None  # cut short: "$10-, $12-, $15,000", "80- — about 80,000"
    number = text[start : match.end("tail")]
    second, scale = match.group("num2", "scale")
    before = text[start - 1] if start else " "
    currency, currency_start = None, start
    if before in CURRENCY or (start > 1 and text[start - 2] in CURRENCY_BEFORE_SPACE):
        currency, currency_start = currency_before(text, start)
    suffix = pt.SCALE_SUFFIX.match(text, end) if text[end : end + 1].isalpha() else None
    if suffix and not second:  # "$2B", "170K Pennsylvanians"
        scale, end = suffix.group(), suffix.end()
    if not (scale or currency or _may_count(text, end)):
        return None
    multiplier = (lx.SCALE_SUFFIXES[scale] if suffix else scale_value(scale)) if scale else 1
    try:
        value = parse_digits(number, decimal_comma=decimal_comma) * multiplier
        value = round(value, 3) if multiplier > 1 else value  # "$8.2B" is 8200000000
        value_max = (
            parse_digits(second, decimal_comma=decimal_comma) * multiplier if second else None
        )
        if value_max is None and not scale and before == " ":
            value_max, end = between_second(text, start, end, decimal_comma)
        elif scale and not second:
            rest, end = compound_rest(text, end, multiplier)
            value += rest
    except ValueError:
        return None
    figure = Draft(
        start,
        end,
        as_number(value),
        value_max and as_number(value_max),
        approx_before(text, start),
        scaled=bool(scale),
    )
    if currency:
        figure.start, figure.counted, figure.span_end = currency_start, currency, end
    else:
        _read_counted(text, figure, scaled=bool(scale))
    if figure.counted is None and not figure.inherits_counted:
        _share_after_marker(text, figure)
    if suffix and not (currency or _plural(figure.counted)):
        return None  # "3M Company", "Annex 2B", "Council 1M"
    if figure.counted is None and not figure.inherits_counted:
        if not scale:
            return None
        figure.inherits_counted = figure.bare = True  # "a peak of 4.6 million": see _noun_source
    if _looks_like_year(text, number, scale or currency, figure) or _not_a_count(text, figure):
        return None
    if not (currency or _names_a_count(figure)) and _inside_name(text, figure.start):
        return None  # "Nord Stream 2 going online", "Region 10 Administrator"
    return figure


def _may_count(text: str, end: int) -> bool:
    """False when nothing after an unscaled number at ``end`` can say what it counts.

    What it counts follows a space, or is "%", or comes after "+" ("100+ people"); a letter
    right after the number was rejected as glued. (``number_scans.DIGIT_SCAN`` passes over most such
    numbers already.)
    """
    after = text[end : end + 1]
    return after.isspace() or after in ("%", "+") or ns.approx_suffix_at(text, end)  # "50-plus"


def _from_words(text: str, match: re.Match[str], taken: Taken) -> Draft | None:
    """Build a figure from a number in words ("seven thousand people"), or None."""
    start, end = match.span("w")
    if taken.covers(start, end) or _ratio_before(text, start):
        return None
    words = text[start:end]
    if words[-2:] in (" a", " A"):  # "eight a decade ago": the article belongs to what follows
        end, words = end - 2, words[:-2]
    value = parse_words(words)
    if value is None:
        return None
    half = fraction_before(text, start)  # "half a billion", "one and a half million"
    if half is not None:
        start, value = half[0], as_number(value * half[1])
    else:
        start = article_before(text, start, words)
    approx = approx_before(text, start)
    if not lx.PLURAL_NUMBER_WORDS.isdisjoint(words.lower().split()):
        approx = approx or "more than"  # "thousands of people" is at least a thousand
    figure = Draft(start, end, value, None, approx)
    _read_counted(text, figure, scaled=True)
    if figure.counted is None and not figure.inherits_counted:
        _share_after_marker(text, figure)
        if words.lower() in lx.PLURAL_NUMBER_WORDS and _spent_before(text, start):
            figure.counted = "dollars"  # "spent billions on these organizations"
    if figure.counted is None and figure.inherits_counted and value < 10**9:
        # "Thousands were held", "millions who have applied": may count people
        figure.scaled = words.split()[0] in _PLURAL_WORDS
    if figure.counted is None and not (figure.elided or figure.takes_next or figure.scaled):
        return None
    if _not_a_count(text, figure) or (words[0].isupper() and _small_in_name(text, figure)):
        return None  # an age; "our Big Three auto companies"
    if _identifier_before(text, match.start("w"), lx.IDENTIFIER_BEFORE_WORDS):
        return None  # "China was number eight"
    return figure


def _share_after_marker(text: str, figure: Draft) -> None:
    """Mark a bare number as counting what a figure next to it counts.

    After a breakdown marker it is a share of the figure before ("21 million households—
    including 9.3 million age 50 and older", "з них 24 — посмертно"); after "plus" or
    "another" an increment of it ("1015 settlements ..., plus six in the past 24 hours");
    before "of the" and a number a share of the figure after ("9 of the top 11 spots").
    """
    of = text[figure.span_end + 1 : figure.span_end + 3] == "of"  # a cheap test first
    share = pt.SHARE_OF_NUMBER.match(text, figure.span_end) if of else None
    if share is not None:
        figure.inherits_counted, figure.takes_next = True, share.end()
        return
    before = text[max(0, figure.start - 40) : figure.start].lower()
    last_words = before.rsplit(None, 1)[-1:]
    increment = bool(last_words) and last_words[0].lstrip("(") in lx.INCREMENT_BEFORE
    if increment or (
        pt.BARE_AFTER.match(text, figure.span_end) and pt.MARKER_RIGHT_BEFORE.search(before)
    ):
        figure.inherits_counted = figure.elided = True


def _spent_before(text: str, start: int) -> bool:
    """True when a verb of spending is one of the two words before ``start`` ("cost
    taxpayers millions"): a bare "millions" after it is money."""
    before = text[max(0, start - 30) : start].lower().split()[-2:]
    if not before or before[-1] in lx.SHARE_OF_NEXT or before[-1] in ("for", "to", "of"):
        return False  # "lowering costs for millions": people
    return any(word in lx.MONEY_VERBS for word in before)


def _names_a_count(figure: Draft) -> bool:
    """True when a figure's own noun reads as a count: a plural or a listed noun."""
    counted = figure.counted
    if counted is None or figure.inherits_counted:
        return False
    return _plural(counted) or counted in _COUNTED_FORMS or counted in lx.PEOPLE_NOUNS


def _small_in_name(text: str, figure: Draft) -> bool:
    """True for a small number in words that is part of a name ("the Big Three", "World War
    Two"); a larger one there is a headline's figure ("Can Save You Thousands of Dollars")."""
    return figure.value < 100 and _inside_name(text, figure.start)


def _inside_name(text: str, start: int) -> bool:
    """True when a number at ``start`` follows a capitalised word that does not open its
    sentence: the number is part of a name ("Nord Stream 2", "the Big Three")."""
    word_before = text[max(0, start - 20) : start].rsplit(None, 1)[-1:]
    if not (word_before and word_before[0][0].isupper()):
        return False  # a cheap test first
    return pt.NAME_RIGHT_BEFORE.search(text, max(0, start - 40), start) is not None


def _not_a_count(text: str, figure: Draft) -> bool:
    """True for an age ("96 years old", "у віці 45 років") or a multiplier ("у 3 рази", "ten
    times more")."""
    if figure.counted == "years":
        before = text[max(0, figure.start - 24) : figure.start].lower()
        return bool(pt.AGE_AFTER.match(text, figure.span_end) or pt.AGE_BEFORE.search(before))
    if figure.counted == "times":
        words_before = text[max(0, figure.start - 4) : figure.start].lower().split()
        words_after = text[figure.span_end : figure.span_end + 16].lower().split(None, 1)
        return (bool(words_before) and words_before[-1] in lx.MULTIPLIER_BEFORE) or (
            bool(words_after) and words_after[0].strip("—–-,") in lx.MULTIPLIER_AFTER
        )
    return False


def _ratio_before(text: str, start: int) -> bool:
    """True when the number is the second term of a ratio ("1 in 4 Americans")."""
    if text[max(0, start - 4) : start] not in (" in ", " of ", "ery ", "ach "):
        return False
    return pt.RATIO_BEFORE.search(text[max(0, start - 24) : start]) is not None


def _identifier_before(
    text: str, start: int, identifiers: frozenset[str] = lx.IDENTIFIER_BEFORE
) -> bool:
    """True when the word before the number, one of ``identifiers``, makes it a page,
    article, section or rank number ("page 5", "number eight"), or a capitalised word makes
    it part of a name ("Special 301 Report", "Phase 3")."""
    words = text[max(0, start - 24) : start].rsplit(None, 1)
    if not words:
        return False
    word = words[-1]
    return word.lower().rstrip("#") in identifiers or word in lx.NAME_BEFORE_NUMBER


def _looks_like_year(text: str, number: str, scaled: str | None, figure: Draft) -> bool:
    """True for a bare four-digit number in the year range that counts nothing listed.

    One right before a lowercase word leading to a plural is a count ("1570 educational
    institutions", "1570 навчальних закладів"); years the dates took never get here.
    """
    if scaled or len(number) != 4 or not number.isdigit():
        return False
    if not 1500 <= int(number) <= 2100 or figure.counted in _COUNTED_FORMS:
        return False
    return not (text[figure.end + 1 : figure.end + 2].islower() and _plural(figure.counted))


def _plural(counted: str | None) -> bool:
    """True when ``counted`` reads as a plural: English "-s", or any Cyrillic noun."""
    if counted is None:
        return False
    return counted.endswith("s") or not counted.isascii()


def _read_counted(text: str, figure: Draft, *, scaled: bool) -> None:
    """Set ``counted`` and ``span_end`` from the words after the number.

    After "of them" ("24 of them") the figure is a share of the one before and counts what
    that one counts, unless a plural follows ("800,000 of them manufacturing jobs").
    """
    end = figure.end
    after = (
        pt.APPROX_AFTER.match(text, end) if text[end : end + 1] in _APPROX_AFTER_STARTS else None
    )
    if after:
        figure.approx = figure.approx or lx.APPROX_AFTER.get(after.group().strip(), "at least")
        end = after.end()
    after_space = text[end + 1 : end + 2]  # "of" of " of them": a cheap test before the regex
    partitive = pt.PARTITIVE_AFTER.match(text, end) if after_space in _PARTITIVE_STARTS else None
    if partitive:  # "24 of them": counts what the figure before counts, unless a noun follows
        figure.partitive = figure.inherits_counted = figure.elided = True
        end = partitive.end()
    elif (
        after_space in _OF_DETERMINER_STARTS
        and text.startswith(_OF_DETERMINER_WORDS, end + 1)
        and _counted_after_of(text, figure, end)
    ):
        return
    figure.span_end = end
    if scaled and _money_in_after(text, figure, end):
        return
    after_of = False
    if scaled and text[end : end + 1].isspace():
        of = pt.OF_AFTER.match(text, end)
        end, after_of = (of.end(), True) if of else (end, False)
    found = pt.FIGURE_COUNTED_WORDS.match(text, end)
    if not found:
        return
    if found.group("pct"):
        figure.counted, figure.span_end = "percent", found.end()
        return
    counted = choose_counted(found)
    if figure.partitive and not _noun_after_partitive(found, counted):
        return  # "seven of them around the world": no noun after "of them"
    if counted.noun is not None:
        figure.counted, figure.span_end = counted.noun, counted.end
        if text[counted.end : counted.end + 1] == "»":  # "500 «Стінгерів»"
            figure.span_end += 1
        figure.counts_people = counted.people
    if not (figure.partitive or after_of):  # "hundreds of lost planes": no verb after "of"
        figure.inherits_counted, figure.elided = counted.inherits, counted.elided


def _counted_after_of(text: str, figure: Draft, end: int) -> bool:
    """Count the plural after "of" and a determiner: "142 of our defenders", "two of the
    institutions", "Two more of our defenders"; True when it did. "9 of the top 11 spots"
    is left to ``_share_after_marker``.
    """
    share = pt.OF_DETERMINER_AFTER.match(text, end)
    if share is None or pt.SHARE_OF_NUMBER.match(text, end):
        return False
    found = pt.FIGURE_COUNTED_WORDS.match(text, share.end())
    if found is None or found.group("words") is None:
        return False
    counted = choose_counted(found)
    if not _plural(counted.noun) or figure.value == 1:
        return False
    noun = counted.noun or ""
    if text[counted.end - len(noun)].isupper() and not names_people(noun):
        return False  # a name: "2 of the National Labor Relations Board"
    figure.counted, figure.counts_people = counted.noun, counted.people
    figure.span_end = counted.end
    return True


def _money_in_after(text: str, figure: Draft, end: int) -> bool:
    """Count dollars for "billions in funding", "5 million in grants"; True when it did."""
    if text[end + 1 : end + 3] != "in" or figure.partitive:
        return False
    money = pt.MONEY_IN_AFTER.match(text, end)
    if money is None:
        return False
    figure.counted, figure.span_end = "dollars", money.end()
    return True


def _noun_after_partitive(found: re.Match[str], counted: Counted) -> bool:
    """True when "of them/those" is followed by the plural it counts.

    "800,000 of them manufacturing jobs", "200,000 of those new jobs"; not "seven of them
    around the world" nor "56 of those contain hazardous materials" (a verb comes first).
    """
    if not _plural(counted.noun):
        return False
    first = word_role(found.group("words").split(None, 1)[0])
    return first.noun is not None or first.role is not OTHER


def _to_fact(text: str, figure: Draft) -> Fact:
    """Turn the working record into a ``Fact``; ``part_of`` stays a list index."""
    end = max(figure.span_end, figure.end)
    return Fact(
        kind="figure",
        text=text[figure.start : end],
        start=figure.start,
        end=end,
        fields={
            "value": figure.value,
            "value_max": figure.value_max,
            "approx": figure.approx,
            "counted": figure.counted,
            "predicate": figure.predicate,
            "part_of": figure.part_of,
        },
        extractor_version=EXTRACTOR_VERSION,
    )
