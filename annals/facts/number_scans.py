"""Where numbers are: the scans that find numbers in digits and in words, fast.

Figures are found over whole corpora, so these scans do in C what they can: numbers in
digits come from one scan that passes over most numbers that can never be figures
(``DIGIT_SCAN``: codes, paths, numbers with nothing after them that could say what they
count), numbers in words from scans that each start with one literal character (``re``
skips ahead fast only then). ``figures`` reads what they find.
"""

from __future__ import annotations

import re

from annals.facts import lexicon as lx
from annals.facts import patterns as pt
from annals.facts.numbers import CURRENCY

#: Characters that glue a number to what comes before it: codes, paths, URL escapes ("%81"),
#: names with a number ("ICPD+30").
NUMBER_GLUE = frozenset("-./_#@&%+")
#: Signs written before an amount of money ("$3", "€ 5").
CURRENCY_SIGNS = frozenset(CURRENCY)
#: The Unicode whitespace (``\s``, ``str.isspace``) other than " ", "\n" and "\xa0".
RARE_SPACES = (
    "\t\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def digit_numbers(text: str) -> list[tuple[int, re.Match[str]]]:
    """(start, match) of each number in digits not glued to the characters around it.

    "v1.2", "A4", "/20", "5th" and "10:30" are codes, ordinals or times (``DIGIT_SCAN`` passes
    over most of them; the number it ends with is checked here).
    """
    found: list[tuple[int, re.Match[str]]] = []
    for match in DIGIT_SCAN.finditer(text):
        start, end = match.start("tail") - 1, match.end()
        if start and (text[start - 1] in NUMBER_GLUE or text[start - 1].isalnum()):
            continue
        if (
            not is_glued_after(text[end : end + 2])
            or _price_per_unit(text, start, end)
            or pt.SCALE_SUFFIX.match(text, end)
            or approx_suffix_at(text, end)  # "50-plus nations", not "20-plus-year"
        ):
            found.append((start, match))
    return found


def _price_per_unit(text: str, start: int, end: int) -> bool:
    """True for a price per unit ("$3.29/gallon"): a currency sign before, "/" and a letter."""
    return (
        text[end : end + 1] == "/"
        and text[end + 1 : end + 2].isalpha()
        and text[max(0, start - 2) : start].strip(" ")[-1:] in CURRENCY_SIGNS
    )


def _unnamed(fragment: str) -> str:
    """``fragment`` with its named groups made non-capturing."""
    return re.sub(r"\(\?P<\w+>", "(?:", fragment)


#: A suffix that makes a number a lower bound ("50-plus nations"), no compound with what
#: follows ("a 20-plus-year career"); not before a scale word ("$20-plus billion").
APPROX_SUFFIX = re.compile(
    rf"(?:{'|'.join(re.escape(s) for s in lx.APPROX_AFTER if s.startswith('-'))})(?![\w–-])"
    rf"(?!\s+(?:{'|'.join(lx.SCALES)})\b)"
)
_NUMBER_AND_RANGE = pt.DIGITS_TAIL + _unnamed(pt.DIGIT_NUMBER_RANGE)
#: A ``DIGIT_NUMBER`` match after its first digit that can never be a figure, read as
#: ``DIGIT_NUMBER`` would (atomic): glued to the character before ("v1.2", "A4", "/20"); or
#: with no currency sign before it and followed by nothing that could say what it counts (a
#: space, "%" or "+"; a scale word follows a space). A number first in the text is left to
#: ``_from_digits``.
_NEVER_A_FIGURE = (
    rf"(?:(?<=[\w\-./#@&%+]\d)(?>{_NUMBER_AND_RANGE}{_unnamed(pt.DIGIT_NUMBER_SCALE)})"
    rf"|(?<=[\s\S]\d)(?<![$€£₴₽]\d)(?<![$€£₴₽][\s\S]\d)(?>{_NUMBER_AND_RANGE})(?![\s%+]|{pt.SCALE_SUFFIX.pattern}|{APPROX_SUFFIX.pattern}))"
)


#: Every decimal digit (``\d``, ``str.isdecimal``) of the Basic Multilingual Plane, escaped.
_BMP_DIGITS = "".join(re.escape(chr(code)) for code in range(0x10000) if chr(code).isdecimal())
#: ``re`` skips to a pattern's first character by testing each character against it, and
#: runs a repeat by testing each character in turn: for ``\d`` and ``\D`` a Unicode database
#: lookup each time, for a class of characters a bitmap lookup, about a third faster (digits
#: are looked for through whole corpora). A bitmap covers only the Basic Multilingual Plane,
#: so the classes take every character above it in, and a lookaround sorts those out: the two
#: patterns match exactly what ``\d`` and ``\D*+`` do.
_DIGIT = rf"[{_BMP_DIGITS}\U00010000-\U0010ffff](?<=\d)"
_NON_DIGITS = (
    rf"[^{_BMP_DIGITS}\U00010000-\U0010ffff]*+"
    rf"(?:(?!\d)[\U00010000-\U0010ffff][^{_BMP_DIGITS}\U00010000-\U0010ffff]*+)*+"
)

#: ``DIGIT_NUMBER.finditer`` with most numbers that can never be figures passed over in C
#: (in Python they cost more than the scan). A match runs from a first digit over such
#: numbers and what lies between them to the next number, read as ``DIGIT_NUMBER`` would;
#: its first digit is just before group "tail". When no digit follows a number passed over,
#: the match ends on that number instead, so the caller checks it again. Starts with a
#: class of digits (``_DIGIT``) so the scan skips ahead fast.
DIGIT_SCAN = re.compile(
    rf"{_DIGIT}(?:{_NEVER_A_FIGURE}{_NON_DIGITS}\d)*+"
    rf"(?P<tail>{pt.DIGITS_TAIL}){pt.DIGIT_NUMBER_RANGE}{pt.DIGIT_NUMBER_SCALE}"
)


def _after_opener(opener: str) -> re.Pattern[str]:
    """``WORD_NUMBER`` for numbers after ``opener`` only: a scan that starts with a literal.

    The lookahead (the first letters of the words a number may start with) is implied by the
    rest, and much cheaper to fail on than the trie of words, at every space.
    """
    first_words = pt.WORD_NUMBER_FIRST
    letters = "".join(
        "[" + "".join(sorted({re.escape(word[index]) for word in first_words})) + "]"
        for index in range(min(3, *map(len, first_words)))
    )
    return re.compile(f"{re.escape(opener)}(?={letters}){pt.WORD_NUMBER_REST}")


_AFTER_SPACE = _after_opener(" ")
_AT_START = re.compile(pt.WORD_NUMBER_REST)


def word_numbers(text: str) -> list[re.Match[str]]:
    r"""What ``pt.WORD_NUMBER.finditer`` yields on ``text`` with its openers made " " (read
    group "w" from ``text``).

    A scan from one literal is much faster than from a class, so it runs on a copy of
    ``text`` with every whitespace character and every opener ("(", "**", "“") made " "
    (offsets stay, and the rest of the pattern sees whitespace only as ``\s``). A number
    first in the text ("Hundreds of children were killed") is matched on its own.
    """
    spaced = text.replace("\n", " ").replace("\xa0", " ")
    for opener in pt.WORD_NUMBER_OPENERS:
        spaced = spaced.replace(opener, " ")
    for space in RARE_SPACES:
        if space in spaced:
            spaced = spaced.replace(space, " ")
    first = _AT_START.match(spaced) if spaced[:1].isalpha() else None
    if first is None:
        return list(_AFTER_SPACE.finditer(spaced))
    return [first, *_AFTER_SPACE.finditer(spaced, first.end())]


def approx_suffix_at(text: str, end: int) -> bool:
    """True when a suffix that makes the number at ``end`` a lower bound follows ("50-plus")."""
    return APPROX_SUFFIX.match(text, end) is not None


def is_glued_after(after: str) -> bool:
    """True when the characters after a number make it an ordinal, time, code or compound."""
    if not after:
        return False
    first = after[0]
    if first.isalpha() or first in "_@/":
        return True
    return first in ":.-–" and len(after) > 1 and after[1].isalnum()
