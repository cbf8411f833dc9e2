"""Compiled regexes for fact finding, built once at import from the word lists in ``lexicon``.

Speed notes (facts are found at import time, over whole corpora). ``re`` skips ahead fast
only when a pattern starts with a literal (about ten times faster than a character class) or
one character class (alternatives that all start with a literal count as one); a leading
repeat, ``\\b``, lookaround or IGNORECASE makes it try the whole pattern at every position.
So:

- full-text scans start with a literal where possible (``ISO_DATE`` from its hyphen,
  ``DAY_WORD_END`` from "day", ``PLACE_CUE`` from the "f" of "of", ``YEAR_STARTS``), else
  one class; a search for ``(?:X)+`` is written ``X(?:X)*`` so it starts with X's class;
- every full-text pass costs, even ``str.find``: Cyrillic hints wait behind a one-character
  gate (``gated``), and one pass serves several words where it can (``DAY_WORD_END``);
- one ``TRIGGER`` scan (``finditer``, plus a second look inside a match only where another
  trigger word may start: ``TRIGGER_INNER``) finds where the words that start months,
  instruments, numbered instruments, titles and organisations occur; each kind then runs
  its own pattern only there (``spans.matches_at`` yields exactly what ``finditer`` would);
- rare words are looked for with ``in`` first (``*_HINTS``), or found from where their hints
  occur (``hint_distances``, ``spans.starts_from_hints``);
- context around a hit is read with small anchored patterns (``match`` at a position, or
  ``search`` on a short slice).
"""

from __future__ import annotations

import os
import re
from collections import Counter
from collections.abc import Iterable

from annals.facts import lexicon as lx
from annals.facts import names as nm


def alternation(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first, each escaped."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def trie(words: Iterable[str]) -> str:
    """Return a regex matching any of ``words``, factored by shared prefixes.

    ``re`` tries the branches of a plain alternation one by one at every position; a trie
    checks one character per level instead, which is several times faster on long texts.
    """
    root: dict[str, dict] = {}
    for word in set(words):
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return f"(?:{_trie_node(root)})"


def _trie_node(node: dict[str, dict]) -> str:
    """The regex for one trie node (see ``trie``)."""
    branches = [re.escape(char) + _trie_node(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def hints(words: Iterable[str]) -> tuple[str, ...]:
    """Return few substrings such that each of ``words`` (or it capitalised) contains one.

    A cheap ``in`` test on them tells that a text cannot hold any of the words, which is
    much faster than a regex scan for them.
    """
    tails = {word[1:] for word in words}  # without the first letter, so case does not matter
    return tuple(sorted(t for t in tails if not any(o != t and o in t for o in tails)))


def hint_distances(words: Iterable[str], found_by: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each hint in ``found_by``, how far into a word of ``words`` it occurs (all distances).

    With these, ``spans.starts_from_hints`` turns the offsets of a few hints (found with
    ``str.find``) into every offset where one of ``words`` may start.
    """
    distances: dict[str, set[int]] = {hint: set() for hint in found_by}
    for word in words:
        for hint, found in distances.items():
            found.update(m.start() for m in re.finditer(f"(?={re.escape(hint)})", word))
    return {hint: tuple(sorted(found)) for hint, found in distances.items()}


def gated(hints: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """Group ``hints`` under one non-ASCII character each contains (ASCII hints under "").

    ``char in text`` for one character is several times faster than ``hint in text``, and
    the non-ASCII letters of Cyrillic hints are absent from most texts: a text without a
    gate character holds none of the hints under it (``spans.open_hints``). Gates are
    picked greedily, the character shared by the most remaining hints first.
    """
    remaining = sorted(set(hints))
    groups = {"": tuple(hint for hint in remaining if hint.isascii())}
    remaining = [hint for hint in remaining if not hint.isascii()]
    while remaining:
        shared = Counter(char for hint in remaining for char in set(hint) if not char.isascii())
        gate = min(shared, key=lambda char: (-shared[char], char))
        groups[gate] = tuple(hint for hint in remaining if gate in hint)
        remaining = [hint for hint in remaining if gate not in hint]
    return {gate: group for gate, group in groups.items() if group}


def class_characters(ranges: str) -> frozenset[str]:
    """The characters of a regex class body made of single characters and ranges ("a-zё")."""
    characters: set[str] = set()
    index = 0
    while index < len(ranges):
        if ranges[index + 1 : index + 2] == "-" and index + 2 < len(ranges):
            first, last = ord(ranges[index]), ord(ranges[index + 2])
            characters.update(map(chr, range(first, last + 1)))
            index += 3
        else:
            characters.add(ranges[index])
            index += 1
    return frozenset(characters)


def capitalised_variants(words: Iterable[str]) -> list[str]:
    """Return each word as written and with its first letter upper-cased."""
    out: list[str] = []
    for word in words:
        out.append(word)
        out.append(word[:1].upper() + word[1:])
    return out


# --- shared pieces -------------------------------------------------------------------------

UPPER = "A-ZА-ЯІЇЄҐЁ"
LOWER = "a-zа-яіїєґёʼ"
#: One capitalised word (a name part), including hyphenated and apostrophe forms.
CAP_WORD = rf"(?:[{UPPER}][{LOWER}A-Z’'`-]*[{LOWER}A-Z]|[{UPPER}]\.?)"  # "J." only as initial
#: White space between two words of one fact: a line break at most, never a paragraph's end,
#: so no name or figure runs on into the next paragraph ("Department of Labor\n\nLisa M. Gomez").
GAP = r"(?:[ \t]+\n?|\n)[ \t]*"
GAP_OR_NONE = r"[ \t]*\n?[ \t]*"
SPACE_GAP = r"(?:[^\S\n]+\n?|\n)[^\S\n]*"  # the same, with every kind of space
#: A run of name words, with lowercase particles allowed inside ("Thomas de Waal").
NAME = (
    rf"(?:{CAP_WORD})(?:[ \t]+(?:(?:{alternation(nm.NAME_PARTICLES)})[ \t]+)?(?:{CAP_WORD})){{0,4}}"
)

#: The end of a sentence, searched forward from a position: a full stop (or ! ? ;) before a
#: capital or the end, or a blank line. Both branches hang off one leading character class
#: so ``re`` can skip to the next candidate character instead of trying every position.
SENTENCE_END = re.compile(
    r"[.!?;\n](?:(?<=[.!?;])(?=[\s\"”’»)]*(?:\s[\"“«(]?[" + UPPER + r"0-9]|\s*$))|(?<=\n)[ \t]*\n)"
)
#: A sentence start: the last boundary before a position (searched on a reversed slice);
#: ``\s+[.!?;]`` or a blank line, written to start with one character class (see above).
SENTENCE_START_REVERSED = re.compile(r"\s(?:\s*[.!?;]|(?<=\n)[ \t]*\n)")

# --- numbers and figures -------------------------------------------------------------------

#: A number in digits after its first digit: "1,275" is "1" and ",275".
DIGITS_TAIL = (
    r"(?:\d{0,2}(?:(?:,|\u00a0|\u202f|\u2009| (?=\d{3}(?!\d)))\d{3})+(?:\.\d+)?|\d*(?:[.,]\d+)?)"
)
#: Starts with a bare ``\d`` (not ``\d{1,3}``) so ``re`` can skip to the next digit instead of
#: trying the whole pattern at every position.
_DIGITS = rf"\d{DIGITS_TAIL}"
_SCALE = trie(capitalised_variants(lx.SCALES))
#: Any word of a number after its first ("half" only inside: "two and a half million").
_WORD_ANY = alternation([*lx.UNITS_EN, *lx.UNITS_SLAVIC, *lx.SCALES, *lx.INNER_EN, *lx.HALF_WORDS])

#: The parts of ``DIGIT_NUMBER`` after its first number: a range's second number, a scale word.
DIGIT_NUMBER_RANGE = rf"(?:(?P<range>\s?[-–]\s?|\s+(?:to|до)\s+)(?P<num2>{_DIGITS}))?"
DIGIT_NUMBER_SCALE = rf"(?:[\s\u00a0]+(?P<scale>{_SCALE})(?![\w]))?"
#: A number in digits, with an optional second number of a range and a scale word.
DIGIT_NUMBER = re.compile(rf"(?P<num>{_DIGITS}){DIGIT_NUMBER_RANGE}{DIGIT_NUMBER_SCALE}")
#: After a scale word, the smaller number that completes a compound ("8 thousand 193", "6 тисяч
#: 500", "2 million 300 thousand"); not one that starts a longer number or a compound
#: adjective ("1 million 18-year-olds").
COMPOUND_REST = re.compile(
    rf"[ \t\n\u00a0]+(?P<rest>\d{{1,3}})(?![\w’'-]|[.,:]\d)"
    rf"(?:[ \t\n\u00a0]+(?P<scale>{_SCALE})(?![\w]))?"
)
#: A scale letter glued to a number ("$2B", "170K Pennsylvanians", "20M+ households").
SCALE_SUFFIX = re.compile(rf"(?:{alternation(lx.SCALE_SUFFIXES)})(?![\w\-’'.,]\w|[\w\-’'])")
#: The second number of a range written "between 40 and 60" (read after "between " was seen).
BETWEEN_SECOND = re.compile(rf"\s+(?:and|и|і)\s+({_DIGITS})(?![\d])")
#: A number in words: "seven thousand", "two hundred and fifty", "тысяча", "dozens". The
#: leading space is part of the match so the scan can skip ahead; use group "w". Found at the
#: start of the text and after whitespace or one of ``WORD_NUMBER_OPENERS``, which are read as
#: spaces: brackets, Markdown emphasis and opening quotes ("**tens of thousands of jobs**").
WORD_NUMBER_OPENERS = '(*[“"«'
WORD_NUMBER_FIRST = capitalised_variants([*lx.UNITS_EN, *lx.UNITS_SLAVIC, *lx.SCALES])
#: ``WORD_NUMBER`` after its first character (``number_scans`` scans from one space).
WORD_NUMBER_REST = (
    rf"(?P<w>{trie(WORD_NUMBER_FIRST)}"
    rf"(?:[\s-]+(?:and\s+|of\s+)?(?:{_WORD_ANY})(?![\w]))*)(?![\w’'-])"
)
WORD_NUMBER = re.compile(rf"(?:^|\s){WORD_NUMBER_REST}")  # on text with the openers made " "

#: Words read after a number when looking for what it counts.
COUNTED_WORDS = re.compile(
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|відсот\w*|процент\w*)|"
    rf"{SPACE_GAP}(?P<words>(?:[\w’'-]+)(?:{GAP}(?!of\b|in\b|and\b|or\b)[\w’'-]+){{0,2}}))"
)
APPROX_AFTER = re.compile(r"\s+or\s+more\b|-plus\b|\+")
#: ``COUNTED_WORDS`` reading up to four words, for figures: a noun after up to three
#: modifiers ("120,000 more Asian American families", "dozens of gun safety programs"),
#: adjectives separated by commas or joined by "and" ("thousands of good, new jobs", "two
#: violent and deadly attacks"), and dotted abbreviations ("600 U.S. firefighters"); in a
#: Markdown link or emphasis too ("10,000 [manufacturing jobs](https://...)"), or in
#: guillemets, as weapons are named in Ukrainian and Russian ("500 «Стінгерів»").
FIGURE_COUNTED_WORDS = re.compile(
    r"(?:\s*(?P<pct>%|percent\b|per\s+cent\b|відсот\w*|процент\w*)|"
    rf"{SPACE_GAP}(?:\[|\*\*?|«)?(?P<words>[\w’'-]+(?:(?:\.\w)+\.)?"
    rf"(?:,?{GAP}(?!of\b|in\b)[\w’'-]+(?:(?:\.\w)+\.)?){{0,3}}))"
)
#: After a scaled number, "in" and a word for money, perhaps after two modifiers ("billions
#: in funding", "$2 million in new federal grants"): the figure counts dollars.
MONEY_IN_AFTER = re.compile(
    rf"{GAP}in{GAP}(?:[\w’'-]+{GAP}){{0,2}}?(?:{alternation(lx.MONEY_AFTER_IN)})(?![\w])"
)
#: "of" after a scaled number, across a line break too ("thousands of\njobs").
OF_AFTER = re.compile(r"\s+of(?=\s)")
#: Before a number in words: "half a" ("half a billion doses" is 500 million doses).
HALF_A_BEFORE = re.compile(r"(?:^|[\s(])half[\s-]+an?\s+$", re.IGNORECASE)
#: What opens a short name defined in parentheses, right before it: '(the “', '(“'.
DEFINED_NAME_OPEN = re.compile(rf"\((?:the{GAP})?[“\"]$")
#: "one and a half" before a scale word ("one and a half million"): "one" alone is no figure.
ONE_AND_A_HALF_BEFORE = re.compile(r"(?:^|[\s(])one\s+and\s+a\s+half\s+$", re.IGNORECASE)
#: Before a number: "one in" of a ratio ("1 in 4 Americans", "one out of every three"
#: count no Americans); not "205 in 18 countries" nor "the first one in seven years".
RATIO_BEFORE = re.compile(
    r"(?:^|[\s(])(?<!first\s)(?<!only\s)(?<!last\s)(?<!the\s)(?:1|one)\s+(?:in|out\s+of)\s+"
    r"(?:every\s+|each\s+)?$",
    re.IGNORECASE,
)
#: The endings of the text before the second of two alternative numbers ("3 or 4 percent"),
#: or of a range ("four to five years").
_ALTERNATIVE_WORDS = (*lx.NUMBER_ALTERNATIVES, *lx.NUMBER_RANGE_WORDS)
ALTERNATIVE_JOINS = tuple(f" {word} " for word in _ALTERNATIVE_WORDS)
#: Before a number, the first of two alternatives and the word joining them ("3 or ", "three
#: or ", "$3 or "); searched on the text just before the second.
ALTERNATIVE_BEFORE = re.compile(
    rf"(?:^|[\s(])(?P<first>[$€£₴₽]?(?:(?P<digits>{_DIGITS})|{WORD_NUMBER_REST}))"
    rf"\s+(?:{alternation(_ALTERNATIVE_WORDS)})\s+$"
)
#: The end of the text between two breakdowns of one total ("$20 billion from Intel, ...,
#: and another $2 billion").
BREAKDOWN_CONTINUES = re.compile(r"(?:,|\band|\bor|\bта|\bі|\bи)\s*(?:another\s+|other\s+)?$")
#: A breakdown marker at the end of the text between a total and the next figure.
#: Searched on the lowercased last ``BREAKDOWN_REACH`` characters of the gap.
BREAKDOWN = re.compile(rf"{trie(lx.BREAKDOWN_MARKERS)}(?:[\s,:]+[\w’'-]+){{0,3}}?[\s,:]*$")
BREAKDOWN_REACH = 120
#: A breakdown marker opening a sentence, up to a number ("Зокрема, понад 20 мільярдів");
#: matched on the lowercased text from the sentence start to the number.
BREAKDOWN_OPENS = re.compile(rf"\s*{trie(lx.BREAKDOWN_MARKERS)}(?:[\s,:]+[\w’'-]+){{0,3}}?[\s,:]*$")
#: A sentence opening that continues the breakdown of the sentence before, up to a number
#: ("Ще понад 8 мільярдів", "And another 2 million"); matched on the lowercased text.
BREAKDOWN_CONTINUES_OPENS = re.compile(
    rf"\s*(?:(?:and|і|и|а)\s+)?(?:{alternation(lx.BREAKDOWN_CONTINUERS)})\s+"
    rf"(?:(?:{alternation(lx.APPROX_BEFORE)})\s+)?\$?$"
)
#: Only list punctuation between two figures of the same breakdown.
LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|or|as well as|та|і|й|и)\s+)?$")
#: "of them" (``PARTITIVE_AFTER_NUMBER``) right after a number, across line breaks too.
_PARTITIVE = alternation(lx.PARTITIVE_AFTER_NUMBER).replace(r"\ ", GAP)
PARTITIVE_AFTER = re.compile(rf"{GAP}(?:{_PARTITIVE})(?![\w])", re.IGNORECASE)
#: The whole gap between an amount and the larger one it is a share of (" of our ").
SHARE_OF_NEXT = re.compile(
    rf"{GAP}of{GAP}(?:(?:{alternation(lx.SHARE_OF_NEXT)}){GAP})?(?:an?{GAP})?"
    rf"(?:(?:{alternation(lx.RANK_BEFORE_TOTAL)}){GAP})?"
)
#: After a number that counts nothing, a larger number it is a share of ("9 of the top 11
#: spots", "five of the six vaccines"): the first takes the noun of the second.
SHARE_OF_NUMBER = re.compile(
    SHARE_OF_NEXT.pattern + r"(?=\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|hundred|dozen)\b)",
    re.IGNORECASE,
)
#: A capitalised name right before a number, after a lowercase word or a comma: the number
#: is part of it ("if Nord Stream 2 going online", "our Big Three auto companies"); searched
#: on the text just before the number.
NAME_RIGHT_BEFORE = re.compile(r"(?:,|[\s(][a-z][\w’'-]*)[ \n]+(?:[A-Z][a-z][\w’'-]*[ \n]+)+$")
#: A breakdown marker right before a number, perhaps with a word of approximation between
#: ("including 9.3 million", "of whom about 20"); searched on the lowercased text before it.
MARKER_RIGHT_BEFORE = re.compile(
    rf"{trie(lx.BREAKDOWN_MARKERS)}[\s,:]+(?:(?:{alternation(lx.APPROX_BEFORE)})\s+)?$"
)
#: What follows a number given bare after a breakdown marker ("including 9.3 million age 50
#: and older", "з них 24 — посмертно"): punctuation, or an age.
BARE_AFTER = re.compile(rf"{GAP_OR_NONE}(?:[,.;:)—–]|$)|{GAP}(?:age[sd]?)(?![\w])")
#: After "N years": an age ("96 years old"); searched with ``match`` at the counted's end.
AGE_AFTER = re.compile(rf"{GAP}(?:{alternation(lx.AGE_AFTER_YEARS)})(?![\w])")
#: Before "N років": an age ("у віці 45 років"); searched on the lowercased text before.
AGE_BEFORE = re.compile(rf"(?:^|[^\w])(?:{alternation(lx.AGE_BEFORE_YEARS)})\s+$")
#: A transcript's struck-through words and the correction in escaped brackets after them
#: ("<s>50,000</s> \[500,000\] charging stations"): only the correction was said.
STRUCK_CORRECTION = re.compile(
    r"<s>[^<\n]{0,60}</s>(?:[ \t]?\\\[(?P<correction>[^\\\]\n]{1,60})\\\])?"
)
#: After a number, "of", a determiner and what it counts ("142 of our defenders", "two of
#: the institutions", "Two more of our defenders"); ``SHARE_OF_NUMBER`` is tried first.
OF_DETERMINER_AFTER = re.compile(
    rf"(?:{GAP}more)?{GAP}of{GAP}(?:{alternation(lx.SHARE_OF_NEXT)})(?=[ \t\n])"
)
#: Before a number, the first of truncated alternatives or the start of a range spoken
#: with the number's end left out ("$10-, $12-, $15,000", "$16- to $17 billion", "$37- or
#: $38 billion"); searched on the text just before the last number.
TRUNCATED_BEFORE = re.compile(
    r"(?:^|[\s(])(?P<first>[$€£]?(?P<digits>\d{1,3}))-"
    rf"(?:,{GAP}[$€£]?\d{{1,3}}-)*(?:,{GAP}|{GAP}(?:to|or|and){GAP})$"
)


def _top_level_alternatives(fragment: str) -> list[str]:
    """Split a regex fragment at its ``|`` that are outside groups and character classes."""
    parts, depth, in_class, current = [], 0, False, ""
    chars = iter(fragment)
    for char in chars:
        if char == "\\":
            current += char + next(chars)
            continue
        if char == "|" and depth == 0 and not in_class:
            parts.append(current)
            current = ""
            continue
        in_class = (in_class and char != "]") or (not in_class and char == "[")
        depth += 0 if in_class else (char == "(") - (char == ")")
        current += char
    return [*parts, current]


def _by_first_letter(entries: Iterable[tuple[str, str]]) -> tuple[str, dict[str, str]]:
    """Return one regex for ``(fragment, name)`` entries and the names of its groups.

    Alternatives are grouped under their first letter (in their original order within a
    letter), so at each word start ``re`` checks one letter instead of every alternative.
    """
    by_letter: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for i, (fragment, name) in enumerate(entries):
        for j, alternative in enumerate(_top_level_alternatives(fragment)):
            group = f"p{i}_{j}"
            names[group] = name
            by_letter.setdefault(alternative[0], []).append(f"(?P<{group}>{alternative[1:]})")
    branches = [
        re.escape(letter) + "(?:" + "|".join(alts) + ")" for letter, alts in by_letter.items()
    ]
    return r"\b(?:" + "|".join(branches) + r")\b", names


#: Predicates, one named group per alternative so ``lastgroup`` says which matched. Searched on
#: lowercased text; every alternative starts with a plain letter (see ``_by_first_letter``).
_PREDICATE_SOURCE, PREDICATE_NAMES = _by_first_letter(lx.PREDICATES)
PREDICATE = re.compile(_PREDICATE_SOURCE)

# --- dates ---------------------------------------------------------------------------------

MONTH = re.compile(rf"(?:{alternation(lx.MONTHS)})(?![\w])")
DAY_BEFORE_MONTH = re.compile(
    r"(?:^|[^\w\d])(?P<d1>\d{1,2})(?:st|nd|rd|th|-?го|-?е)?(?:\s*[-–—]\s*(?P<d2>\d{1,2}))?"
    r"[\s\u00a0]+(?:of\s+)?$"
)
DAY_AFTER_MONTH = re.compile(
    r"[\s\u00a0]+(?:the[\s\u00a0]+(?=\d{1,2}(?:st|nd|rd|th)))?(?P<d1>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:\s*[-–—]\s*(?P<d2>\d{1,2})(?![\d:]))?"
)
YEAR_AFTER = re.compile(
    r",?[\s\u00a0]+(?:of\s+)?(?P<year>1[5-9]\d\d|20\d\d)(?![\d,]\d)"
    r"(?:[\s\u00a0]*(?:року|роках|році|рік|года|году|год|г\.|р\.))?"
)
#: A day in words (or "25th") before "day of" or "of" and a month, searched on the text
#: before the month: "the twenty-fifth day of August", "thisseventeenth day of April" (as
#: written once), "the first of May", "this 9th day of June".
DAY_WORDS_OF_MONTH = re.compile(
    r"(?:^|(?<=[^\w])|(?<=this))(?i:(?:(?P<tens>twenty|thirty)[\s\u00a0\-\u2011]*)?"
    rf"(?P<unit>{alternation(lx.ORDINAL_DAYS)})|(?P<digits>\d{{1,2}})(?:st|nd|rd|th)"
    r"(?=[\s\u00a0]+day))[\s\u00a0]+(?:day[\s\u00a0]+)?of[\s\u00a0]+$"
)
#: A day as a genitive ordinal before a month: "двадцять четвертого лютого".
SLAVIC_DAY_WORDS_BEFORE_MONTH = re.compile(
    rf"(?:^|(?<=[^\w]))(?i:(?:(?P<tens>{alternation(lx.ORDINAL_DAY_TENS)})[\s\u00a0]+)?"
    rf"(?P<unit>{alternation(lx.SLAVIC_ORDINAL_DAYS)}))[\s\u00a0]+$"
)
_YEAR_WORD = alternation([*lx.UNITS_EN, "one"])
#: The year's words end where no number word follows: "two thousand twenty-second" (as
#: written once) is no year, rather than 2000.
_YEAR_IN_WORDS = (
    rf"(?i:two[\s\u00a0]+thousand(?:(?:[\s\u00a0]+and)?[\s\u00a0]+(?:{_YEAR_WORD})"
    rf"(?:[\s\u00a0\-\u2011]+(?:{_YEAR_WORD}))?)?"
    rf"(?![\w\-\u2011]|[\s\u00a0]+(?:and[\s\u00a0]+)?(?:{_YEAR_WORD})))"
)
#: A year after a date that ``YEAR_AFTER`` does not read: "in the year of our Lord two
#: thousand twenty-three", "in the Year 2022", ", two thousand and twenty-five." (bare words
#: only before punctuation, so "May 5, two thousand troops" is no year), "of last year".
YEAR_NAMED_AFTER = re.compile(
    r",?[\s\u00a0]+(?:(?:in[\s\u00a0]+)?(?:the|this)[\s\u00a0]+[Yy]ear[\s\u00a0]+"
    r"(?:of[\s\u00a0]+[Oo]ur[\s\u00a0]+Lord[\s\u00a0]*,?[\s\u00a0]+)?"
    rf"(?:(?P<digits>1[5-9]\d\d|20\d\d)(?!\w)|(?P<words>{_YEAR_IN_WORDS}))"
    rf"|(?P<bare>{_YEAR_IN_WORDS})(?=[\s\u00a0]*(?:[.,;:)]|$))"
    rf"|(?:of[\s\u00a0]+)?(?P<relation>{alternation(lx.YEAR_RELATIONS)})[\s\u00a0]+year(?!\w)"
    rf"|(?P<slavic_relation>{alternation(lx.SLAVIC_YEAR_RELATIONS)})[\s\u00a0]+(?:року|года)(?!\w))"
)
#: A year named relative to the publication right before a day without one ("Last year, on
#: May 14", "Минулого року 14 травня"); searched on the text before the day.
YEAR_RELATION_BEFORE = re.compile(
    rf"(?:^|(?<=[^\w]))(?P<relation>(?i:{alternation(lx.YEAR_RELATIONS_BEFORE)}))"
    r",?[ \t\n\u00a0]+(?:on[ \t\n\u00a0]+)?$"
)
#: After a day without a year: the rest of a name it starts ("the January 6th Committee").
NAME_AFTER_DAY = re.compile(
    rf"[ \t\u00a0]+(?:(?:{alternation(lx.NAME_WORDS_AFTER_DAY)})[ \t\u00a0]+){{0,2}}"
    rf"(?:{alternation(lx.NAME_HEADS_AFTER_DAY)})(?![\w])"
)
#: Every offset where ``YEAR`` can start, found by scans that start with a literal (fast);
#: each match is one character long, so overlapping candidates are all found. A year
#: followed by a letter or digit never matches ``YEAR`` ("20000", "2020s"): left out here.
YEAR_STARTS = (re.compile(r"1(?=[89]\d\d(?!\w))"), re.compile(r"2(?=0\d\d(?!\w))"))
YEAR = re.compile(
    r"(?P<y1>1[89]\d\d|20\d\d)(?:\s?[-–—]\s?(?P<y2>(?:1[89]|20)?\d\d))?"
    r"(?![\w%]|[.,:/]\d|-\w)"
    r"(?:[\s\u00a0]*(?:року|роках|році|рік|года|году|год|гг?\.|рр?\.))?"
)
#: Numeric dates; the scans start at a digit, so the character before is checked in code.
#: "2022-02-26", found from its first hyphen (a literal, so the scan is fast); the match
#: starts there and the year is the four characters before it.
ISO_DATE = re.compile(r"-(?<=(?:19|20)\d\d-)(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\w-])")
#: "02/26/2022" (US order, month first) and "26.02.2022" (day first), found from the
#: separator after the first number so the scan skips ahead; the first number is read back.
SLASH_DATE = re.compile(r"/(?P<b>\d{1,2})/(?P<y>(?:19|20)?\d\d)(?![\w/]|[.,]\d)")
DOT_DATE = re.compile(r"\.(?P<b>[01]\d)\.(?P<y>(?:19|20)\d\d)(?![\w/.]\w)")
FIRST_NUMBER_BEFORE = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})$")
#: The whole text between the two dates of a range (use ``fullmatch`` with pos and endpos).
RANGE_GAP = re.compile(r"\s*(?:[-–—]|to|until|till|through|and|по|до|і|и)\s*")
RANGE_LEAD = re.compile(r"(?:from|between|з|із|от|с)\s+$", re.IGNORECASE)
RELATIVE_DAY = re.compile(rf"{trie(capitalised_variants(lx.RELATIVE_DAYS))}(?![\w])")
#: Substrings every relative day word contains (in either case).
RELATIVE_DAY_HINTS = hints(lx.RELATIVE_DAYS)
#: Where the hints occur in the relative day words: ``str.find`` looks for the few hints, and
#: ``RELATIVE_DAY`` is matched only where a word can start (the trie scan stops at each letter).
RELATIVE_DAY_STARTS = hint_distances(capitalised_variants(lx.RELATIVE_DAYS), RELATIVE_DAY_HINTS)
_TIME_WORD = rf"(?P<word>{alternation(capitalised_variants(lx.TIME_SERIES_WORDS))})"
_SERIES_GAP = (
    r"(?P<gap>[ \t\u00a0]*,[ \t\u00a0]*(?:(?:and|or|і|й|та|и)[ \t\u00a0]+)?"
    r"|[ \t\u00a0]+(?:and|or|і|й|та|и)[ \t\u00a0]+)"
)
#: The next and the previous time word listed with a relative day ("today, tomorrow, and").
SERIES_NEXT = re.compile(rf"{_SERIES_GAP}{_TIME_WORD}(?![\w’'])")
SERIES_PREVIOUS = re.compile(rf"(?:^|(?<=[^\w])){_TIME_WORD}{_SERIES_GAP}$")
#: A relative day that is a sentence of its own, then the next one-word time sentence
#: ("Tomorrow. Now."), or the one before it ("Today. Tomorrow.").
FRAGMENT_NEXT = re.compile(rf"\.[ \t\u00a0]+{_TIME_WORD}[.!?]")
FRAGMENT_PREVIOUS = re.compile(rf"(?:^|(?<=[.!?:\n])[ \t\u00a0]*){_TIME_WORD}\.[ \t\u00a0]+$")
#: Where a sentence starts, right before a word (searched on the few characters before it).
SENTENCE_START_BEFORE = re.compile(r"(?:^|[.!?:\n][ \t\u00a0]*)$")
#: "jobs of " or "challenges of today and " right before "tomorrow".
OF_BEFORE_TOMORROW = re.compile(
    r"(?:^|[^\w])(?P<noun>\w+)[ \t\n\u00a0]+of[ \t\n\u00a0]+"
    r"(?:today[ \t\n\u00a0]+and[ \t\n\u00a0]+)?$"
)
#: The word after "tomorrow's".
AFTER_POSSESSIVE = re.compile(r"[’'`]s[ \t\n\u00a0]+(?P<noun>\w+)")
WEEKDAY = re.compile(rf"(?:{alternation(lx.WEEKDAYS)})(?![\w])")
_WEEKDAY_ENDING = os.path.commonprefix([w[::-1] for w in lx.WEEKDAYS])[::-1]
#: The relative day hints that end like the weekday names ("esterday", "arlier today"): found
#: with them by ``DAY_WORD_END``, the others with ``str.find`` (gated, see ``gated``).
DAY_WORD_HINTS = tuple(hint for hint in RELATIVE_DAY_HINTS if hint.endswith(_WEEKDAY_ENDING))
RELATIVE_DAY_GATES = gated(hint for hint in RELATIVE_DAY_HINTS if hint not in DAY_WORD_HINTS)
#: The end of a weekday name or of a ``DAY_WORD_HINTS`` hint, found from the ending all of
#: them share ("day", a literal, so the scan is fast) and checked backwards; ``WEEKDAY`` (or
#: ``RELATIVE_DAY``) is then matched at its start.
DAY_WORD_END = re.compile(
    re.escape(_WEEKDAY_ENDING)
    + "(?:"
    + "|".join(f"(?<={re.escape(word)})" for word in (*lx.WEEKDAYS, *DAY_WORD_HINTS))
    + r")(?![\w])"
)
WEEKDAY_RELATION = re.compile(
    rf"(?:^|[^\w])(?P<rel>{alternation(capitalised_variants(lx.WEEKDAY_RELATIONS))})[\s\u00a0]+$"
)
MONTH_AFTER_WEEKDAY = re.compile(
    rf",?[\s\u00a0]+(?:\d{{1,2}}[\s\u00a0]+)?(?:{alternation(lx.MONTHS)})"
)
#: After a relative day, the date it names ("Tomorrow, April 2", "yesterday, Monday, March
#: 13th", "завтра, 2 квітня"): that date alone is kept.
DATE_AFTER_RELATIVE_DAY = re.compile(
    rf"[ \t\u00a0]*[,(—–][ \t\u00a0]*(?:(?:{alternation(lx.WEEKDAYS)}),?[ \t\u00a0]+)?"
    rf"(?:(?:{alternation(lx.MONTHS)})[ \t\u00a0]+\d"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?[ \t\u00a0]+(?:of[ \t\u00a0]+)?(?:{alternation(lx.MONTHS)}))"
)
LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[a-z]+[\s\u00a0]+$")
#: In the sentence of "on Friday": it is the coming Friday ("we'll meet on Friday").
FUTURE_MARK = re.compile(r"\b(?:will|shall)\b|\w[’']ll\b")
#: After a day and month: "of each year", "every year": a day that recurs, not a date.
RECURRING_AFTER = re.compile(r"[ \t\n\u00a0]+(?:of[ \t\n\u00a0]+)?(?:each|every)[ \t\n\u00a0]+year")
#: Before a day named for an event (``lexicon.EVENT_DAYS``): the coming day, or a kind of event.
SCHEDULE_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{alternation(capitalised_variants(lx.SCHEDULE_BEFORE))}),?[ \t\n\u00a0]+$"
)
EVENT_KIND_BEFORE = re.compile(
    rf"(?:^|[^\w])(?:{alternation(capitalised_variants(lx.EVENT_KIND_BEFORE))})[ \t\n\u00a0]+$"
)
#: Before a day or holiday: "every", "each" (a day that recurs).
RECURRING_BEFORE = re.compile(r"(?:^|[^\w])(?:[Ee]very|[Ee]ach|[Кк]ожного|[Кк]ожен)[ \t\n\u00a0]+$")
HOLIDAY = re.compile(rf"(?:{alternation(lx.HOLIDAYS)})(?![\w])")
ANNIVERSARY = re.compile(rf"(?:{alternation(lx.ANNIVERSARY_WORDS)})[\w]*")
ANNIVERSARY_HINTS = hints(lx.ANNIVERSARY_WORDS)
ANNIVERSARY_GATES = gated(ANNIVERSARY_HINTS)
ORDINAL_BEFORE = re.compile(
    r"(?:^|[^\w])(?P<n>\d{1,3})(?:st|nd|rd|th|-?(?:ї|й|я|ю|ої|ой|ая|а|і))?[\s\u00a0]+$"
)
#: "one-year ", "10-year ", "second " before "anniversary" (searched on the text before it).
ANNIVERSARY_COUNT_BEFORE = re.compile(
    rf"(?:^|[^\w-])(?i:(?P<years>\d{{1,3}}|{alternation(lx.ANNIVERSARY_YEAR_NUMBERS)})"
    rf"[-\u2011 ]year|(?P<ordinal>{alternation(lx.ANNIVERSARY_ORDINALS)}))[\s\u00a0]+$"
)
REFERS_BEFORE = re.compile(
    r"(?:the|its|his|her|their|a|this)\s+(?P<what>(?:[a-z]+\s+){0,2}?[a-z]+)\s+(?:of|on|dated)\s+$"
)
REFERS_ANNIVERSARY = re.compile(r"[\s\u00a0]+of[\s\u00a0]+(?P<what>[^.,;:\n()]{1,60})")
REFERS_STOP = re.compile(
    r"\s+(?:by|in|on|at|and|that|which|who|was|is|were|committed|against|marks|when|as)(?![\w])"
)

# --- quotes --------------------------------------------------------------------------------
# The patterns that find speakers are in ``quote_patterns``.

CURLY_QUOTE = re.compile(r"“[^“”]{2,6000}”|«[^«»]{2,6000}»|„[^„“”]{2,6000}[“”]")
CURLY_QUOTE_OPENERS = ("“", "«", "„")  # where a CURLY_QUOTE match can start

# --- citations -----------------------------------------------------------------------------

#: A quoted title followed by publication details in brackets: the trigger of a citation.
#: A cited title in quotation marks and the details of its edition, in parentheses after it
#: ("“Karabakh: …” (New York, NYU Press, 2003, p. 172)") or after a comma up to the end of
#: the parenthesis the whole citation stands in ("(Thomas de Waal, “Karabakh: …”, NYU Press,
#: 2003, p. 172)").
CITED_TITLE = re.compile(
    r"[“\"«](?P<title>[^”\"»\n]{3,250})[”\"»]"
    r"(?:,?\s*\((?P<details>[^()“”\"«»\n]{3,250})\)|,\s*(?P<listed>[^()“”\"«»\n]{3,250})(?=\)))"
)
CITED_TITLE_CLOSERS = '”"»'  # the marks that close a cited title, before its "("
#: The author right before a cited title: "Thomas de Waal, ".
AUTHOR_BEFORE = re.compile(rf"(?P<author>{NAME}(?:\s+(?:and|&)\s+{NAME})?),\s*$")
PAGE = re.compile(r"\bpp?\.\s*(?P<page>\d+(?:\s*[-–]\s*\d+)?)")
PUBLISHER = re.compile(
    r"[^,;()]*\b(?:Press|Publish\w*|Books|Verlag|Editions|Éditions|House|Издательство|Видавництво)\b[^,;()]*"
)
CITATION_YEAR = re.compile(r"\b(?P<year>1[5-9]\d\d|20\d\d)\b")

# --- legal ---------------------------------------------------------------------------------

_CONNECT = r"(?:of|on|the|and|or|against|for|to|in|relating\s+to|concerning|other|all|forms)"
_TITLE_RUN = rf"(?:{GAP}(?:{_CONNECT}{GAP})*|,{GAP})(?:{CAP_WORD})"
INSTRUMENT_HEAD = re.compile(rf"(?:{alternation(nm.INSTRUMENT_HEADS)})(?![\w])")
#: Capitalised words directly before an instrument head ("International", "Trade").
_TITLE_WORD = rf"(?:{CAP_WORD}){GAP}(?:(?:of|on|and|for){GAP})?"
#: Written ``X(?:X)*`` rather than ``(?:X)+`` so it starts with a character class and
#: ``search`` skips to the capitals (see ``ORG_WORDS_BEFORE``).
TITLE_WORDS_BEFORE = re.compile(rf"{_TITLE_WORD}(?:{_TITLE_WORD})*$")
#: The rest of an instrument's name after its head ("on the Prevention and Punishment of ...").
TITLE_AFTER_HEAD = re.compile(
    rf"(?:{GAP}(?:on|against|for|of|relating\s+to|concerning){GAP}(?:the{GAP})?"
    rf"(?:{CAP_WORD})"
    rf"(?:{_TITLE_RUN})*)?(?:{GAP}of{GAP}(?P<year>1[6-9]\d\d|20\d\d)"
    # "Consolidated Appropriations Act, 2022," (the year of an appropriations act's name)
    rf"|,{GAP}(?P<comma_year>20\d\d)(?=[,;”\"’)]|{GAP_OR_NONE}\())?"
)
#: The first word of a numbered instrument; a cheap scan before the full pattern.
NUMBERED_TRIGGER = re.compile(trie(nm.NUMBERED_FIRST_WORDS))
NUMBERED_INSTRUMENT = re.compile(
    "|".join(
        rf"(?P<n{i}>(?:{frag})[\s\u00a0]*(?:No\.\s*)?(?P<num{i}>\d[\d/-]*\d|\d|ES-\d+/\d+)"
        rf"(?:\((?:[a-z]{{1,4}}|\d{{1,3}})\))*"  # subdivisions: "R.C.M. 908(c)(3)"
        rf"(?:\s*\((?P<year{i}>\d{{4}})\))?)"
        for i, (frag, _) in enumerate(nm.NUMBERED_INSTRUMENTS)
    )
)
#: The body that issued a resolution, right before it.
ISSUER_BEFORE = re.compile(
    r"(?:(?:UN|U\.N\.)\s+)?(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council)\s+$"
)
#: The words before a directive or a rule that its name starts with ("Homeland Security
#: Presidential Directive 5", "Federal Rule of Civil Procedure 65(c)"), used for those kinds
#: instead of ``ISSUER_BEFORE``.
NAME_BEFORE_NUMBERED = re.compile(
    r"(?:(?:(?:Homeland|National)\s+Security\s+)?Presidential(?:\s+Policy)?|Space\s+Policy"
    r"|Federal)\s+$"
)
NAME_BEFORE_KINDS = frozenset({"directive", "rule"})
NUMBERED_KINDS = {f"n{i}": kind for i, (_, kind) in enumerate(nm.NUMBERED_INSTRUMENTS)}
PART_BEFORE = re.compile(
    r"(?P<part>(?:[Aa]rticle|[Ss]ection|[Cc]hapter|[Pp]aragraph)\s+\d+[\w()]*)\s+of\s+$"
)
_RULING = rf"(?P<ruling>{alternation(capitalised_variants(nm.RULING_WORDS))})"
_DATED = r"[\s\u00a0]+(?:of|dated|on|from|issued\s+on)[\s\u00a0]+\Z"
#: "decision of ", searched for right before a date (it ends where the date starts).
RULING_BEFORE = re.compile(rf"{_RULING}{_DATED}")
_COURT = (
    rf"(?:{CAP_WORD}{GAP})*(?:Court|Tribunal)"
    rf"(?:{GAP}(?:of|on|for){GAP}(?:the{GAP})?"
    rf"{CAP_WORD}(?:{GAP}(?:(?:of|and|on|for){GAP})?{CAP_WORD})*)?"
    rf"|(?:{alternation(nm.COURT_ACRONYMS)})(?![\w])"
)
COURT_NAME = re.compile(rf"(?P<court>{_COURT})")
#: "judgment of the International Court of Justice of ", right before a date.
RULING_OF_COURT_BEFORE = re.compile(
    rf"{_RULING}[\s\u00a0]+(?:of|by)[\s\u00a0]+(?:the[\s\u00a0]+)?(?P<court>{_COURT}){_DATED}"
)
#: ", the International Court of Justice" right after the date of a ruling ("In its Order of
#: 16 March 2022, the International Court of Justice indicated ...").
COURT_AFTER_DATE = re.compile(rf",?{GAP}(?:the{GAP})?(?P<court>{_COURT})")
#: Where a court may be named: a cheap search before the ruling patterns are tried.
COURT_HINT = re.compile(alternation([*nm.COURT_HEADS, *nm.COURT_ACRONYMS]))
#: Ukrainian and Russian: "рішення Європейського суду з прав людини від ", before a date.
SLAVIC_RULING_BEFORE = re.compile(
    rf"(?P<ruling>(?:{alternation(capitalised_variants(nm.SLAVIC_RULING_STEMS))})\w*)[\s\u00a0]+"
    r"(?P<court>(?:[А-ЯІЇЄҐ][\w’'-]*[\s\u00a0]+)*[Сс]уд\w*"
    r"(?:[\s\u00a0]+(?:з[\s\u00a0]+прав[\s\u00a0]+людини|по[\s\u00a0]+правам[\s\u00a0]+человека"
    r"|[А-ЯІЇЄҐ][\w’'-]*))*)[\s\u00a0]+(?:від|от)[\s\u00a0]+\Z"
)
#: A head word followed by "and", "or" or a comma, inside the capitalised words before another
#: head: where a second name starts ("Bipartisan Infrastructure Law and Inflation Reduction Act").
HEAD_THEN_CONNECTOR = re.compile(
    rf"(?:{alternation(nm.INSTRUMENT_HEADS)})(?:,|{GAP}(?:and|or|&)){GAP}"
)
#: Words after a head that make it part of another name ("Constitution Avenue").
NOT_AFTER_HEAD = re.compile(rf"[ \t\n\u00a0]+(?:{alternation(nm.NOT_AFTER_HEAD)})(?![\w])")
#: "Professor of", "School of", searched for in the words before a head ("Professor of Law").
NOT_BEFORE_OF_HEAD = re.compile(
    rf"(?:^|(?<=\s))(?:{alternation(nm.NOT_BEFORE_OF_HEAD)})[ \t\n\u00a0]+of[ \t\n\u00a0]"
)
#: More numbers of a plural numbered instrument ("resolutions 822, 853, 874 and 884").
NUMBERED_LIST_MORE = re.compile(
    r"(?:,[ \t\n\u00a0]*(?:(?:and|or)[ \t\n\u00a0]+)?"
    r"|[ \t\n\u00a0]+(?:and|or|та|і|и)[ \t\n\u00a0]+)"
    r"(?P<num>\d[\d/-]*\d|\d)(?:[ \t\u00a0]*\((?P<year>\d{4})\))?(?![\w]|[.,]\d)"
)
#: A code citation, matched at "U.S.C." (the title number before is read with
#: ``CODE_TITLE_BEFORE``): "50 U.S.C. 1701-1706", "50 U.S.C. 1622(d)", "77 Stat. 402".
CODE_CITATION = re.compile(
    rf"(?:{alternation(nm.CODE_CITATIONS)})(?:[\s\u00a0]*(?:§|[Ss]ec\.))*[\s\u00a0]*"
    r"(?P<section>\d\w*(?:\.\d\w*)*(?:\(\w{1,4}\))*"
    r"(?:[\s\u00a0]*[-–][\s\u00a0]*\d\w*(?:\.\d\w*)*(?:\(\w{1,4}\))*)?)"
    r"(?:[\s\u00a0]+et[\s\u00a0]+seq\.)?"
)
CODE_TITLE_BEFORE = re.compile(r"(?<![\w.])(?P<title>\d{1,3})[\s\u00a0]+$")
#: A rule's title in quotation marks, matched at the opening mark; it ends before a closing
#: period ("the final rule entitled “Endangered and Threatened ... Long-Eared Bat.”").
RULE_TITLE = re.compile(r"“(?P<title>[^“”]{3,400}?)[.,;]?”")
#: A rule word and the link before such a title, in the same clause, searched on the text
#: before the mark: "the final rule entitled ", "the rule submitted by the Environmental
#: Protection Agency relating to ", "a rule in the Federal Register entitled ".
RULE_BEFORE_TITLE = re.compile(
    rf"(?:^|(?<=[^\w-]))(?:{alternation(nm.RULE_WORDS)})(?![\w-])"
    r"(?:[ \t\n\u00a0]+(?:[^.;,“”\"]|\.(?=\S)){0,90}?)?,?[ \t\n\u00a0]+"
    r"(?:(?:en)?titled|relating[ \t\n\u00a0]+to)[ \t\n\u00a0]$"
)
#: A case known by one party ("the Dobbs decision", "Roe v. Wade"), matched at its name.
CASE_BY_NAME = re.compile(
    rf"(?:{alternation(nm.COURT_CASES)})(?:{GAP}v\.{GAP}{NAME}|{GAP}(?:decision|ruling))"
    rf"|(?P<alone>{alternation(nm.STANDALONE_CASES)})(?![\w-]|[ \t\n\u00a0]+[A-Z][a-z])"
)
#: A capitalised word right before a case's name: in mid-sentence, the name is a person's
#: ("Congressman Phil Roe").
FIRST_NAME_BEFORE = re.compile(r"(?:^|(?<=\s))[A-Z][\w’'.]*[ \t\u00a0]+$")
#: The parties around " v. " in a case name ("Ukraine v. Russian Federation").
CASE_PARTY_BEFORE = re.compile(rf"{CAP_WORD}(?:[ \t]+{CAP_WORD}){{0,3}}$")
CASE_PARTY_AFTER = re.compile(rf"{GAP}{NAME}")

# Ukrainian and Russian instruments (read by ``legal._slavic``).

_SLAVIC_FORMS = [
    stem + ending for stem, endings, _ in nm.SLAVIC_INSTRUMENTS for ending in endings.split("|")
]
#: An instrument word in any listed form ("Закону", "постанову", "Статуту").
SLAVIC_INSTRUMENT = re.compile(rf"{trie(capitalised_variants(_SLAVIC_FORMS))}(?![\w’'-])")
#: The kind of each form's stem, longest stem first ("законопроект" before "закон").
SLAVIC_KINDS: tuple[tuple[str, str], ...] = tuple(
    sorted(((stem, kind) for stem, _, kind in nm.SLAVIC_INSTRUMENTS), key=lambda p: -len(p[0]))
)
#: Trigger words: each stem in both cases.
SLAVIC_TRIGGERS: tuple[str, ...] = tuple(
    capitalised_variants(stem for stem, _, _ in nm.SLAVIC_INSTRUMENTS)
)
_SP = r"[ \t\u00a0]"
#: The issuer after the word: capitalised words ("Президента України", "Ради Безпеки ООН").
SLAVIC_ISSUER_AFTER = re.compile(rf"(?:{_SP}+(?:[А-ЯІЇЄҐ][\w’'-]*|[A-Z]{{2,}}(?![\w-])))+")
#: A word (letters, apostrophes, hyphens), to split a matched run into its words.
WORD = re.compile(r"[\w’'-]+")
#: "від 28 лютого 2022 р." or "от 28.12.2012" after the word.
SLAVIC_DATE_AFTER = re.compile(
    rf",?{_SP}+(?:від|от){_SP}+(?:\d{{1,2}}\.\d{{2}}\.\d{{4}}|\d{{1,2}}{_SP}+\w+{_SP}+\d{{4}})"
    rf"(?:{_SP}*(?:року|года|р\.|г\.))?"
)
#: "№ 64/2022", "N 272-ФЗ"; after a resolution also a bare "2202 (2015)" or "ES-11/1".
SLAVIC_NUMBER_AFTER = re.compile(
    rf",?{_SP}*(?:№|N){_SP}*(?P<num>\d[\w/-]*)"
    rf"|{_SP}+(?P<bare>\d[\d/-]*\d|ES-\d+/\d+)(?:{_SP}*\(\d{{4}}\))?(?![\w])"
)
#: A title in guillemets right after: «Про правовий режим воєнного стану».
SLAVIC_TITLE_AFTER = re.compile(rf"{_SP}*«[^«»\n]{{2,300}}»")
#: The subject after a capitalised word: "про запобігання злочину геноциду".
SLAVIC_SUBJECT_AFTER = re.compile(
    rf"{_SP}+(?:{alternation(nm.SLAVIC_SUBJECT_WORDS)}){_SP}+[\w’'-]+(?:{_SP}+[\w’'-]+){{0,10}}"
)
#: Capitalised words right before the word ("Римського", "Кримінального процесуального").
_ADJECTIVE_END = r"(?:ого|ої|ий|ій|их|ому|ый|ой|ых|ая|ое|ські|ська|цька|зька|ьна|на)"
SLAVIC_ADJECTIVES_BEFORE = re.compile(
    rf"[А-ЯІЇЄҐ][а-яіїєґ’'-]+{_ADJECTIVE_END}(?:[ \t\n\u00a0]+[а-яіїєґ’'-]+{_ADJECTIVE_END})*"
    r"[ \t\n\u00a0]+$"
)
#: "статті 51 " or "статьи 51 " before an instrument.
SLAVIC_PART_BEFORE = re.compile(
    r"(?P<part>(?:[Сс]татт[іяюе]|[Сс]тать[яиеюй]|[Пп]ункт\w*|[Чч]астин\w*)[ \t\u00a0]+\d+[\w()]*)"
    r"[ \t\u00a0]+$"
)

# --- entities ------------------------------------------------------------------------------

#: Letters with diacritics that continue a Latin name word ("Erdoğan", "Kaczyński", "Micheál").
_LATIN_ACCENTED = "à-öø-ÿā-žș-ț"
#: One word of a person's name: ``CAP_WORD`` with accented letters, or an initial ("J.").
NAME_WORD = (
    rf"(?:[{UPPER}][{LOWER}{_LATIN_ACCENTED}A-Z’'`-]*[{LOWER}{_LATIN_ACCENTED}A-Z]|[{UPPER}]\.?)"
)
#: Space between the words of a name: blanks, or one line break (texts are hard-wrapped).
_NAME_GAP = r"(?:[ \t\u00a0]+|[ \t\u00a0]*\n[ \t\u00a0]*(?=\S))"
#: A person's name: words, with up to two particles between two of them ("Ursula von der
#: Leyen").
PERSON_NAME = (
    rf"{NAME_WORD}(?:{_NAME_GAP}(?:(?:{alternation(nm.NAME_PARTICLES)}){_NAME_GAP}){{0,2}}"
    rf"{NAME_WORD}){{0,4}}"
)
PERSON = re.compile(rf"(?P<title>{trie(nm.PERSON_TITLES)})[ \t\n\u00a0]+(?P<name>{PERSON_NAME})")
#: The rest of a name after a given name ("Jennifer| Granholm", "Thomas| de Waal"), matched
#: where the given name ends; it stops before a word that is no part of a name ("Bill|
#: Signing").
AFTER_GIVEN_NAME = re.compile(
    rf"(?:{_NAME_GAP}(?:(?:{alternation(nm.NAME_PARTICLES)}){_NAME_GAP}){{0,2}}"
    rf"(?!{trie(nm.NOT_NAME_WORDS)}(?![\w’'-])){NAME_WORD}){{1,3}}"
)
#: A name word's possessive ending ("Biden’s").
POSSESSIVE_END = re.compile(r"[’']s$")
#: A possessive ending inside a run of name words ("Biden’s| Investing").
POSSESSIVE = re.compile(r"[’']s(?![\w])")
#: A capitalised word after a name, which makes the name part of a longer one ("Harris County").
CAPITALISED_AFTER = re.compile(rf"[ \t\u00a0]+[{UPPER}]")
#: A word of a name, for reading it word by word.
WORD = re.compile(r"\S+")
#: A known name, also before a possessive or a hyphen and a lowercase word ("USDA’s",
#: "FEMA-eligible"), not inside a longer word or a hyphenated name ("UN-Habitat").
ORG_NAME = re.compile(rf"{trie(nm.ORG_NAMES)}(?![\w]|[’'](?!s(?![\w]))|-(?![a-z]))")
ORG_HEAD = re.compile(rf"(?:{alternation(nm.ORG_HEADS)})(?![\w])")
#: Capitalised words right before an organisation's head word. Written ``X(?:X)*`` rather
#: than ``(?:X)+`` so the pattern starts with a character class and ``search`` skips to the
#: capitals instead of trying every position.
ORG_WORDS_BEFORE = re.compile(
    rf"(?:U\.S\.|{CAP_WORD}){GAP}"  # "U.S. Department", "Justice and State Departments"
    rf"(?:(?:(?:and|&){GAP})?(?:U\.S\.|{CAP_WORD}){GAP})*$"
)
#: ``ORG_WORDS_BEFORE`` read backwards: ``match`` on the reversed text before a head word
#: gives the longest run of those words in one attempt, where ``search`` tries every capital.
#: Each word's alternatives go longest first, so the first match is the longest.
_CAP_WORD_REVERSED = rf"(?:\.S\.U|[{LOWER}A-Z][{LOWER}A-Z’'`-]*[{UPPER}]|\.?[{UPPER}])"
ORG_WORDS_BEFORE_REVERSED = re.compile(
    rf"{GAP}{_CAP_WORD_REVERSED}(?:{GAP}(?:(?:dna|&){GAP})?{_CAP_WORD_REVERSED})*"
)
ORG_AFTER_HEAD = re.compile(
    rf"{GAP}(?:of|for|on){GAP}(?:the{GAP})?(?:{CAP_WORD})"
    rf"(?:{GAP}(?:(?:(?:of|for|on)(?:{GAP}the)?|and){GAP})?(?:{CAP_WORD}))*"
)
#: "U.S." or "U.S.A." (not inside "U.S.C.", the Code, or an acronym such as "AU.S.").
US_ABBREVIATION = re.compile(r"U\.S\.(?<![\w.]U\.S\.)(?:A\.)?(?![\w])")
CAPITALISED = re.compile(rf"[{UPPER}][{LOWER}’'-]+")
#: The characters that continue a ``CAPITALISED`` word (all but its capital).
CAPITALISED_TAIL = class_characters(LOWER) | frozenset("’'-")
#: "the town of Khojaly". The scan looks for the literal "f" (rarer than "o", so faster) of
#: "of", then checks a capital follows and the cue noun before; the match starts at "f".
PLACE_CUE = re.compile(
    rf"f(?<=of)(?={GAP}[{UPPER}])(?:"
    + "|".join(f"(?<={re.escape(cue)})" for cue in nm.PLACE_CUES)
    + rf"){GAP}(?P<name>{CAP_WORD})"
)

# --- one scan for the words that start many kinds ------------------------------------------

#: The literal words every match of each pattern starts with. ``TRIGGER`` finds them all in
#: one scan (see ``spans.trigger_offsets``) instead of one scan per pattern.
TRIGGER_WORDS: dict[str, tuple[str, ...]] = {
    "month": tuple(lx.MONTHS),
    "instrument": tuple(nm.INSTRUMENT_HEADS),
    "numbered": nm.NUMBERED_FIRST_WORDS,
    "code": nm.CODE_CITATIONS,
    "holiday": tuple(lx.HOLIDAYS),
    "case": nm.COURT_CASES,
    "court": ("Court", "Tribunal"),
    "slavic_instrument": SLAVIC_TRIGGERS,
    "person": nm.PERSON_TITLES,
    "org_name": nm.ORG_NAMES,
    "org_head": nm.ORG_HEADS,
}
_ALL_TRIGGERS = {word for words in TRIGGER_WORDS.values() for word in words}
#: Trigger words starting with a common lowercase letter ("resolution", "journalist"), found
#: with ``str.find``: in ``TRIGGER`` they would make the scan stop at every "r" or "h".
TRIGGER_LITERALS = tuple(sorted(word for word in _ALL_TRIGGERS if "a" <= word[0] <= "z"))
#: The longest trigger word at a position (no condition after it, so a shorter word that
#: starts there is always a prefix of what matched).
TRIGGER = re.compile(trie(_ALL_TRIGGERS.difference(TRIGGER_LITERALS)))


def _trigger_kinds() -> dict[str, tuple[str, ...]]:
    """For each trigger word, the kinds with a trigger word that is a prefix of it."""
    kinds_by_word: dict[str, tuple[str, ...]] = {}
    for word in _ALL_TRIGGERS:
        kinds_by_word[word] = tuple(
            kind
            for kind, words in TRIGGER_WORDS.items()
            if any(word.startswith(prefix) for prefix in words)
        )
    return kinds_by_word


TRIGGER_KINDS = _trigger_kinds()


def _inner_trigger_offsets(words: Iterable[str]) -> dict[str, tuple[int, ...]]:
    """For each of ``words``, the offsets inside it where another of them may start.

    A ``finditer`` scan does not look inside what it matched ("President" in "Vice
    President", "NATO" right after "UN"): only these offsets need a second look. At offset
    ``k`` of ``word`` another word may start when it begins with ``word[k:]`` or is a prefix
    of ``word[k:]``.
    """
    known = set(words)
    prefixes = {word[:end] for word in known for end in range(1, len(word) + 1)}
    inner: dict[str, tuple[int, ...]] = {}
    for word in known:
        offsets = tuple(
            k
            for k in range(1, len(word))
            if word[k:] in prefixes or any(word[k:end] in known for end in range(k + 1, len(word)))
        )
        if offsets:
            inner[word] = offsets
    return inner


#: Offsets inside each ``TRIGGER`` word where another trigger word may start.
TRIGGER_INNER = _inner_trigger_offsets(_ALL_TRIGGERS.difference(TRIGGER_LITERALS))
#: Every kind that has trigger words.
TRIGGER_KIND_NAMES: tuple[str, ...] = tuple(TRIGGER_WORDS)
