"""Turn number text into values: "1,275", "1 275", "1.5 million", "seven thousand", "тысяча";
where a number in words starts ("a million", "half a billion"); amounts of money and their ranges;
the approximation before a number ("about", "more than"); speech transcripts as spoken
(struck-through numbers, numbers cut short).
"""

from __future__ import annotations

import re
from functools import lru_cache

from annals.facts import lexicon as lx
from annals.facts import patterns as pt

_SMALL = {**lx.UNITS_EN, **lx.INNER_EN, **lx.UNITS_SLAVIC}
#: Every word a number in words is made of ("тыс." with its dot).
_NUMBER_WORDS = frozenset([*_SMALL, *lx.SCALES, *lx.HALF_WORDS])
#: A word, with the dot of an abbreviation ("тыс."); a regex of words only, far cheaper than
#: an alternation of all number words.
_TOKEN = re.compile(r"[\w’']+\.?")
_GROUP_SEPARATORS = str.maketrans("", "", ",\u00a0\u202f\u2009 ")
#: Currency signs and what an amount written after one counts.
CURRENCY = {"$": "dollars", "€": "euros", "£": "pounds", "₴": "hryvnias", "₽": "rubles"}
#: What may come two characters before an amount with a currency: "$ 5", "EUR 5".
CURRENCY_BEFORE_SPACE = frozenset([*CURRENCY, *(code[-1] for code in lx.CURRENCY_CODES)])
#: What lies between the two amounts of a range of money ("$5,500 to $10,500", "$5-$10").
_RANGE_GAPS = frozenset([" to ", "-", "–", " - ", " – ", " to\n", "\nto "])
#: The last words of the ``lx.APPROX_BEFORE`` phrases ("about", "than"): a cheap test first.
_APPROX_LAST_WORDS = frozenset(phrase.split()[-1] for phrase in lx.APPROX_BEFORE)


def parse_digits(text: str, *, decimal_comma: bool = False) -> int | float:
    """Return the value of a digit string with thousands separators or a decimal point.

    A comma followed by exactly three digits is a thousands separator; otherwise (only when
    ``decimal_comma``, as in Russian and Ukrainian) it is the decimal mark.
    """
    if text.isdecimal():
        return int(text)  # plain digits, the most common case
    if decimal_comma and "," in text and not _is_grouped(text, ","):
        text = text.replace(",", ".")
    plain = text.translate(_GROUP_SEPARATORS)
    if "." in plain:
        return float(plain)
    return int(plain)


def _is_grouped(text: str, separator: str) -> bool:
    """True when every group after ``separator`` has exactly three digits."""
    return all(len(group) == 3 for group in text.split(separator)[1:])


def scale_value(word: str | None) -> int:
    """Return the multiplier of a scale word ("million" -> 1000000), or 1."""
    if not word:
        return 1
    return lx.SCALES.get(word.lower(), 1)


@lru_cache(maxsize=8192)  # a few thousand phrases ("two", "a million") come again and again
def parse_words(text: str) -> int | float | None:
    """Return the value of a number written in words, or None when it is not one.

    Works as people read: small numbers add up, a scale word multiplies what came before it
    ("two hundred and fifty thousand" = (2 * 100 + 50) * 1000). "a half" adds a half of one
    ("two and a half million" = 2.5 * 1000000), or of the scale before it ("a million and a
    half" = 1500000); "half" without "a" before it adds nothing.
    """
    total: int | float = 0
    current: int | float = 0
    last_scale = 0
    previous = ""
    seen = False
    for word in _without_repeats(_number_words(text)):
        if word in lx.HALF_WORDS:
            if previous == "a":
                current -= 1  # the "a" of "and a half" is not one more
                if current or not last_scale:
                    current += 0.5
                else:
                    total += last_scale / 2
        elif word in lx.SCALES:
            scale = lx.SCALES[word]
            current = (current or 1) * scale
            if scale >= 1000:
                total += current
                current = 0
                last_scale = scale
            seen = True
        elif word in _SMALL:
            current += _SMALL[word]
            seen = True
        previous = word
    if not seen:
        return None
    return as_number(total + current)


def _number_words(text: str) -> list[str]:
    """The number words of ``text``, lowercase, in order ("two and a half" -> two a half)."""
    found = []
    for token in _TOKEN.findall(text.lower()):
        word = token if token in _NUMBER_WORDS else token.rstrip(".")
        if word in _NUMBER_WORDS:
            found.append(word)
    return found


def _without_repeats(words: list[str]) -> list[str]:
    """Words with a plural number word repeated for emphasis said once ("dozens and dozens").

    The "and" between them is not among the number words, so the repeat comes right after.
    """
    return [
        word
        for index, word in enumerate(words)
        if not (index and word == words[index - 1] and word in lx.PLURAL_NUMBER_WORDS)
    ]


def as_number(value: float) -> int | float:
    """Return ``value`` as an int when it is whole, so 1.5 million prints as 1500000."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


RANGE_OPENERS = ("between ", "между ", "між ")  # before "40 and 60"; each ends with " "


def between_second(
    text: str, start: int, end: int, decimal_comma: bool
) -> tuple[float | None, int]:
    """The upper bound and new end of "between 40 and 60", else (None, end)."""
    if not text[max(0, start - 10) : start].lower().endswith(RANGE_OPENERS):
        return None, end
    second = pt.BETWEEN_SECOND.match(text, end)
    if second is None:
        return None, end
    return parse_digits(second.group(1), decimal_comma=decimal_comma), second.end()


def compound_rest(text: str, end: int, multiplier: int) -> tuple[int, int]:
    """The value and end of the smaller number completing "8 thousand 193", else (0, ``end``)."""
    rest = pt.COMPOUND_REST.match(text, end)
    if rest is None:
        return 0, end
    value = int(rest.group("rest")) * scale_value(rest.group("scale"))
    return (value, rest.end()) if value < multiplier else (0, end)


def currency_before(text: str, start: int) -> tuple[str | None, int]:
    """What an amount at ``start`` counts and where it starts with the currency written before
    it ("$5", "€ 5", "EUR 300 million", "USD 500 million"); (None, ``start``) when there is none.
    """
    if start and text[start - 1] in CURRENCY:
        return CURRENCY[text[start - 1]], start - 1
    if start < 2:
        return None, start
    if text[start - 2] in CURRENCY:
        return CURRENCY[text[start - 2]], start - 2
    code = text[max(0, start - 4) : start - 1]
    glued = start > 4 and text[start - 5].isalnum()  # "XEUR 5"
    if code in lx.CURRENCY_CODES and text[start - 1].isspace() and not glued:
        return lx.CURRENCY_CODES[code], start - 4
    return None, start


def joins_range(text: str, first_start: int, first_end: int, second_start: int) -> bool:
    """True when only a range word joins two amounts: "$5,500 to $10,500", "$5-$10 million",
    "between $5 and $10"."""
    gap = text[first_end:second_start]
    if gap == " and ":
        return text[max(0, first_start - 10) : first_start].lower().endswith(RANGE_OPENERS)
    return gap in _RANGE_GAPS


def article_before(text: str, start: int, words: str) -> int:
    """Where a number in words starts with its article: "a million", "a dozen", else ``start``."""
    if start < 2 or text[start - 2] not in "aA" or not text[start - 1].isspace():
        return start
    if start > 2 and text[start - 3].isalnum():
        return start
    first = words.split(None, 1)[0].lower()
    return start - 2 if first in lx.SCALES or first == "dozen" else start


def fraction_before(text: str, start: int) -> tuple[int, float] | None:
    """(where it starts, the factor) of "half a" (0.5: "half a billion") or "one and a half"
    (1.5: "one and a half million") before a number in words at ``start``, else None."""
    ending = text[max(0, start - 2) : start].lower()
    if ending in ("a ", "n "):
        found, factor = pt.HALF_A_BEFORE.search(text[max(0, start - 12) : start]), 0.5
    elif ending == "f ":
        found, factor = pt.ONE_AND_A_HALF_BEFORE.search(text[max(0, start - 20) : start]), 1.5
    else:
        return None
    if found is None:
        return None
    return start - len(found.group().lstrip("( \n\t\xa0")), factor


def approx_before(text: str, start: int) -> str | None:
    """Return the approximation label of the one to three words before ``start``, if any."""
    words = text[max(0, start - 24) : start].lower().rstrip("$€£ ").rsplit(None, 3)
    if not words or words[-1] not in _APPROX_LAST_WORDS:
        return None
    for size in (3, 2, 1):
        phrase = " ".join(words[-size:])
        if len(words) >= size and phrase in lx.APPROX_BEFORE:
            preposition = size == 1 and len(words) > 1 and words[-2] in lx.VERBS_BEFORE_ABOUT
            return None if preposition and phrase == "about" else lx.APPROX_BEFORE[phrase]
    return None


def as_spoken(text: str) -> str:
    """``text`` with a transcript's struck-through words blanked, and the escaped brackets
    of the correction after them ("<s>50,000</s> \\[500,000\\] charging stations" is read
    as "500,000 charging stations"); offsets are kept."""
    if "</s>" not in text:
        return text
    return pt.STRUCK_CORRECTION.sub(_blank_struck, text)


def _blank_struck(match: re.Match[str]) -> str:
    """Spaces for a ``STRUCK_CORRECTION`` match, but for the correction's own text."""
    length = len(match.group())
    correction = match.group("correction")
    if correction is None:
        return " " * length
    before = match.start("correction") - match.start()
    return " " * before + correction + " " * (length - before - len(correction))


def after_truncated(text: str, start: int) -> bool:
    """True when a number cut short ("$10-") may come right before ``start``: "$10-,
    $15,000", "$16- to $17 billion" (a cheap test before ``truncated_first``)."""
    if text.find("-", start - 7, start - 1) < 0:
        return False  # the common case, without slicing
    return text[start - 3 : start - 1] == "-," or "- " in text[start - 7 : start - 1]


def truncated_first(
    text: str, start: int, end: int, value: int | float, covered: int
) -> tuple[int, int] | None:
    """The value and start of the first of numbers spoken with their end left out before
    the number ``text[start:end]`` (of ``value``), which lends them its end: "$10-, $12-,
    $15,000" (alternatives) starts at 10,000, "$16- to $17 billion" at 16 billion, "$4- to
    $700" at 400. None when there is none, or it would not be smaller.
    """
    low = max(covered, start - 40)
    found = pt.TRUNCATED_BEFORE.search(text[low:start])
    if found is None:
        return None
    number = text[start:end].lstrip("".join(CURRENCY) + " ")
    leading = len(number) - len(number.lstrip("0123456789"))
    if leading == len(number):  # "$4- to $700": the first is as long as it is written
        leading = len(found.group("digits"))
    left_out = len(str(int(value))) - leading  # the digits "$10-" leaves to "$15,000"
    first = int(found.group("digits")) * 10**left_out
    if left_out <= 0 or first >= value:
        return None
    return first, low + found.start("first")
