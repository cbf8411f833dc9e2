"""The fast figure scans find exactly what the plain regex scans they replace would find."""

from __future__ import annotations

import random
import re

from annals.facts import number_scans as ns
from annals.facts import patterns as pt
from annals.facts import predicates
from annals.facts.spans import sentence_start

PIECES = [
    *("1", "12", "123", "1,234", "1 234", "12,3456", "5.5", "3,5", "2020", "20-30", "40 to 60"),
    *("$", "€", "US$", "A", "v", "-", "–", ".", "/", "_", "#", "@", "&", ":", ",", ";", "%", "+"),
    *(" ", " ", " ", "  ", "\n", "\n\n", "\xa0", "\t", "\u2009", "\u202f", "\u3000", "(", ")"),
    *("**", "“", "["),
    *("people", "killed", "including", "million", "Million", "two", "Two", "hundred", "and"),
    *("of", "dozens", "ten", "often", "twenty-one", "тысяч", "двух", "п’ять", "the", "th", "'s"),
]


def random_texts(count: int, seed: int = 7) -> list[str]:
    chooser = random.Random(seed)
    return [
        "".join(chooser.choice(PIECES) for _ in range(chooser.randint(1, 60))) for _ in range(count)
    ]


def glued_before(text: str, start: int) -> bool:
    return start > 0 and (text[start - 1] in "-./_#@&%+" or text[start - 1].isalnum())


def price_per_unit(text: str, start: int, end: int) -> bool:
    """ "$3.29/gallon": a currency sign (maybe a space) before, "/" and a letter after."""
    before = text[max(0, start - 2) : start].replace(" ", "")
    return (
        text[end : end + 2][:1] == "/"
        and text[end + 1 : end + 2].isalpha()
        and (before[-1:] in ("$", "€", "£", "₴", "₽"))
    )


def passed_over_in_c(text: str, match: re.Match[str]) -> bool:
    """What ``DIGIT_SCAN`` may leave out: glued before, or plain with nothing it can count."""
    start, end = match.span()
    currency = set("$€£₴₽")
    plain = start > 0 and not currency & {text[start - 1], text[max(0, start - 2)]}
    dull = not match.group("scale") and not re.match(r"[\s%+]", text[end : end + 1])
    return glued_before(text, start) or (plain and dull)


def test_digit_scan_finds_every_digit_number_that_may_be_a_figure() -> None:
    for text in random_texts(3000):
        expected = [
            match
            for match in pt.DIGIT_NUMBER.finditer(text)
            if not glued_before(text, match.start())
            and (
                not ns.is_glued_after(text[match.end() : match.end() + 2])
                or price_per_unit(text, match.start(), match.end())
            )
        ]
        found = ns.digit_numbers(text)
        spans = {(start, match.end()): match for start, match in found}
        for match in expected:
            scanned = spans.pop(match.span(), None)
            if scanned is None:
                assert passed_over_in_c(text, match), (text, match)
            else:
                assert scanned.group("range", "num2", "scale") == match.group(
                    "range", "num2", "scale"
                )
                assert text[match.start() : scanned.end("tail")] == match.group("num")
        assert not spans, text


def test_word_scans_equal_word_number_finditer() -> None:
    openers_as_spaces = str.maketrans(pt.WORD_NUMBER_OPENERS, " " * len(pt.WORD_NUMBER_OPENERS))
    for text in random_texts(3000, seed=11):
        fast = [match.span("w") for match in ns.word_numbers(text)]
        plain = pt.WORD_NUMBER.finditer(text.translate(openers_as_spaces))
        assert fast == [match.span("w") for match in plain], text


def test_rare_spaces_are_every_other_whitespace_character() -> None:
    every_character = "".join(map(chr, range(0x110000)))
    whitespace = set(re.findall(r"\s", every_character))
    assert whitespace == set(" \n\xa0" + ns.RARE_SPACES)


def test_sentence_start_from_reads_a_short_window_only_when_it_may() -> None:
    text = "One. Two  three.\n\n  Four five.   Six\tseven; eight.    \n nine ten. " * 3
    for pos in range(len(text) + 1):
        for low in range(max(0, pos - 90), pos + 1):
            assert predicates._sentence_start_from(text, pos, low) == max(
                sentence_start(text, pos), low
            )


def test_digit_classes_match_what_backslash_d_matches() -> None:
    """``DIGIT_SCAN`` looks for digits with bitmap classes: the same matches as with ``\\d``."""
    plain = re.compile(
        ns.DIGIT_SCAN.pattern.replace(ns._DIGIT, r"\d").replace(ns._NON_DIGITS, r"\D*")
    )
    assert plain.pattern != ns.DIGIT_SCAN.pattern
    others = ["٣", "𝟓", "𝟓0", "😀", "😀1", "٣,٤٥٦", "𝟐 000", "x𝟑", "2020, 😀 then 𝟓 people"]
    chooser = random.Random(11)
    pieces = [*PIECES, *others]
    texts = [
        "".join(chooser.choice(pieces) for _ in range(chooser.randint(1, 60))) for _ in range(3000)
    ]
    for text in [*others, *texts]:
        expected = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in ns.DIGIT_SCAN.finditer(text)] == expected
