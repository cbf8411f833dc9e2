"""What a figure counts: the head noun of the words after a number.

"50,000 detention beds" counts beds, "two violent and deadly attacks" attacks, "tens of
millions of United States households" households, "took out four wounded" the wounded;
"a two State solution" counts nothing (a compound modifier). ``figures`` calls
``choose_counted`` on the up to four words ``patterns.FIGURE_COUNTED_WORDS`` reads.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from annals.facts import lexicon as lx
from annals.facts.lexicon import words

_FUNCTION_WORDS = frozenset(
    words(
        "of in and or to for from at on by with the a an were was is are be been being who "
        "which that have has had will would this these those its their as than per each "
        "across into over under since after before during while it they he she we you i not "
        "no but if so said says them us out around about through between against within "
        "without among upon via ago all both versus vs"
    )
)
#: Adverbs right after a number: it names no noun ("1,500 now", "4.75 million here in
#: Michigan", "23 when he spoke"). Later in the phrase they need not end it ("911 call when").
_ADVERBS_AFTER_NUMBER = frozenset(
    words(
        "now here there today tonight tomorrow yesterday already just because back together "
        "when then again too right"
    )
)
_VERBS_AFTER_NUMBER = frozenset(
    words(
        "received were was are is have had died remain remained lost got suffered sustained "
        "fled returned will would who could can may still also"
    )
)
_ADJECTIVE_ENDINGS = (
    *("ed", "al", "ic", "ive", "ous", "ful", "an", "ian", "ish", "ese", "ary", "ble", "ent"),
    *("ant", "less", "ing", "ern", "ior", "ly", "ими", "их", "ні", "ых"),
)
_ADJECTIVES = frozenset(
    words(
        "new more additional other major small large young old key top total innocent full "
        "senior junior former current main local federal foreign civilian public private such "
        "many few several different separate good great better best bad high higher low lower "
        "long short big bigger real same whole average annual daily "
        "наш наша наше наші наших нашим нашими ваші ваших свої своїх своїм ці цих цим ті тих "
        "наши наших нашим своих эти этих тех"
    )
)
_PHRASE_ENDERS = _FUNCTION_WORDS | lx.SLAVIC_FUNCTION_WORDS | lx.NOT_COUNTED
#: Ukrainian and Russian "or" between two numbers: the noun follows the second ("трьох чи
#: п'яти ракет").
_NUMBER_ALTERNATIVES = frozenset(lx.NUMBER_ALTERNATIVES) - {"or"}
#: Words that may join two adjectives before the noun ("violent and deadly attacks").
_JOINERS = frozenset(words("and or"))
COUNTED_NOUNS = {
    **lx.SLAVIC_COUNTED_NOUNS,
    **lx.COUNTED_NOUNS,
    **{code.lower(): noun for code, noun in lx.CURRENCY_CODES.items()},  # "2 billion USD"
}
#: The first words of ``lx.SLAVIC_COUNTED_PHRASES`` ("населених" of "населених пунктів").
_PHRASE_FIRST_WORDS = frozenset(phrase.split()[0] for phrase in lx.SLAVIC_COUNTED_PHRASES)
#: Endings of Slavic adjectives and participles that also stand for nouns ("5 поранених",
#: "5 мирних"): before another listed noun they only modify it ("5 поранених дітей").
_SLAVIC_ADJECTIVE_ENDINGS = ("их", "ых", "ені", "лі", "ые", "ие")
#: A word after a number: dotted abbreviations ("U.S.") or letters, digits and apostrophes.
_WORD = re.compile(r"[\w’'-]+(?:(?:\.\w)+\.)?")
_NEXT_WORD = re.compile(r"[ \t\n]+([\w’'-]+(?:(?:\.\w)+\.)?)")
#: A code of capitals and digits that modifies the noun after it ("200 million COVID-19
#: vaccine doses", "100,000 H-4 spouses", "24 F-35 fighters", "400 million N95 masks").
_CODE = re.compile(r"[A-Z]{1,5}-?\d{1,3}[A-Z]?")

ENDS_PHRASE, PLURAL, ADJECTIVE, OTHER = "ends phrase", "plural", "adjective", "other"


class Counted(NamedTuple):
    """What the words after a number say it counts."""

    noun: str | None  # the counted noun, or None
    end: int  # where the counted phrase ends (absolute offset), 0 when no noun
    people: bool = False  # the noun names people ("children", "Germans")
    inherits: bool = False  # a verb right after the number ("63 were killed")
    elided: bool = False  # "88 million more": counts what the figure before it counts


_NOTHING = Counted(None, 0)


class WordRole(NamedTuple):
    """What a word after a number is (``word_role``)."""

    word: str  # lowercase, without edge apostrophes and hyphens
    noun: str | None  # the counted noun it is listed as, or None
    is_verb: bool
    role: str  # ENDS_PHRASE, PLURAL, ADJECTIVE or OTHER
    may_modify: bool  # the next word decides whether it is the noun


def choose_counted(found: re.Match[str]) -> Counted:
    """Pick the counted noun among up to four words after the number (group "words").

    A listed two-word Slavic phrase wins ("12 населених пунктів"), then a listed noun; else
    the first plural-looking word ("50,000 detention beds"); else the first word that does
    not look like an adjective, unless another such word follows it (then it is a compound
    modifier: "two State solution"); else an adjective that names people ("four wounded",
    "18 поранених": one listed, before a noun, only modifies it). A verb ends the phrase;
    right after the number ("63 were killed"), the figure counts what the one before it
    counts, as it does after "more" with no noun ("and 88 million more may be at risk").
    """
    text, offset = found.group("words"), found.start("words")
    head: Counted | None = None
    nominal: Counted | None = None
    elided, compound, joined, previous_end, previous_role = False, False, False, 0, ""
    for index, match in enumerate(_WORD.finditer(text)):
        raw, end = match.group(), offset + match.end()
        if index == 0 and raw in lx.UNIT_ABBREVIATIONS:  # "2.69-2.9 GHz spectrum frequencies"
            if _before_plural(match):
                return _NOTHING  # a measure inside a modifier: "500 kg bombs"
            return Counted(lx.UNIT_ABBREVIATIONS[raw], end)
        if index == 0 and raw in _ADVERBS_AFTER_NUMBER:
            break
        word, noun, is_verb, role, may_modify = word_role(raw)
        if may_modify and role is PLURAL and _before_plural(match):
            previous_end, previous_role = match.end(), ADJECTIVE
            continue  # "United States households": the noun is the later word
        if word in _PHRASE_FIRST_WORDS:
            phrase = _phrase_from(match, word, offset)
            if phrase is not None:
                return phrase
        if noun is not None and not may_modify:
            return Counted(noun, end, noun in lx.PEOPLE_NOUNS)
        if noun is not None and not word.isascii():
            nominal = nominal or Counted(noun, end, noun in lx.PEOPLE_NOUNS)
            previous_end, previous_role = match.end(), ADJECTIVE
            continue  # "50 убитих українських дітей": a noun after it wins
        if noun is not None:
            if not _before_other(match):
                return Counted(noun, end, noun in lx.PEOPLE_NOUNS)
            compound = True  # "a two State solution": unless a plural noun follows
        if is_verb:
            if index == 0:
                return Counted(None, 0, inherits=True)
            break
        if role is ENDS_PHRASE:
            if word not in _JOINERS or previous_role is not ADJECTIVE:
                break
            joined = True  # "two violent and deadly attacks": only a plural noun may follow
        if head is not None and "," in text[previous_end : match.start()]:
            break  # a comma goes only between adjectives ("good, new jobs")
        if role is PLURAL:
            return Counted(word, end, raw[0].isupper())  # "five Germans" names people
        if role is OTHER and head is not None and _compound(head, previous_role):
            compound = True  # "a five year plan", but "22,000 Border Patrol Agents"
        elided = elided or (index == 0 and word in lx.ELLIPSIS_AFTER_NUMBER)
        if index == 0 and word in lx.NOMINAL_ADJECTIVES:
            nominal = Counted(word, end, True)
        if head is None and role is OTHER:
            head = Counted(word, end, raw[0].isupper() and word.endswith("is"))  # "Israelis"
        previous_end, previous_role = match.end(), role
    if head is None and elided:
        return Counted(None, 0, inherits=True, elided=True)
    if compound or joined:
        return _NOTHING  # singular nouns modifying one another name no count
    return head or nominal or _NOTHING


def _before_plural(match: re.Match[str]) -> bool:
    """True when a lowercase plural follows ``match`` with only whitespace between.

    After a capitalised or irregular plural ("United States households", "Armed Forces
    members", "police officers") the noun is the later word; not after a comma ("8 million
    Floridians, supports").
    """
    following = _next_word(match)
    return following is not None and following[0].islower() and word_role(following).role is PLURAL


def names_people(word: str) -> bool:
    """True for plurals of people ("Americans", "Floridians", "New Yorkers"): the noun."""
    return word in lx.PEOPLE_NOUNS or word.endswith(("ans", "ers", "ites"))


def _phrase_from(match: re.Match[str], word: str, offset: int) -> Counted | None:
    """The counted noun of a listed two-word phrase starting at ``match``, else None."""
    found = _NEXT_WORD.match(match.string, match.end())
    if found is None:
        return None
    noun = lx.SLAVIC_COUNTED_PHRASES.get(f"{word} {found.group(1).lower()}")
    if noun is None:
        return None
    return Counted(noun, offset + found.end(), noun in lx.PEOPLE_NOUNS)


def _before_other(match: re.Match[str]) -> bool:
    """True when a word that is neither plural nor an adjective follows ``match``.

    A listed noun in the English singular then modifies it ("a two State solution").
    """
    following = _next_word(match)
    return following is not None and word_role(following).role is OTHER


def _next_word(match: re.Match[str]) -> str | None:
    """The word after ``match`` when only whitespace lies between, else None."""
    found = _NEXT_WORD.match(match.string, match.end())
    return found.group(1) if found else None


def _compound(head: Counted, previous_role: str) -> bool:
    """True when an English singular head right before another noun modifies it."""
    word = head.noun or ""
    return previous_role is OTHER and word.isascii()


@lru_cache(maxsize=8192)  # the same few thousand words follow numbers again and again
def word_role(raw: str) -> WordRole:
    """The lowercase word, counted noun, verbness, role and "may modify" of a word after a number.

    "May modify": a capitalised or irregular plural that does not name people ("States",
    "police"), a listed noun in the English singular ("State") or a listed Slavic adjective
    ("поранених"): the next word decides.
    """
    word = raw.lower().strip("’'-")
    if word in _NUMBER_ALTERNATIVES:
        role = ADJECTIVE  # read past it to the noun after the second number
    elif "-" in word and word[-1].isalpha() and word[0].isdigit():
        # a compound adjective ("1.65 million 8-ounce bottles"), or noun ("18-year-olds")
        role = PLURAL if _looks_plural(word.rsplit("-", 1)[1]) else ADJECTIVE
    elif _CODE.fullmatch(raw):
        role = ADJECTIVE
    elif _ends_phrase(word):
        role = ENDS_PHRASE
    elif word.endswith(("’s", "'s")) or "." in word:
        role = ADJECTIVE  # a possessive or an abbreviation modifies the noun after it
        # ("two master’s degrees", "600 U.S. firefighters"); "50 U.S.C." counts nothing
    elif _looks_plural(word):
        role = PLURAL
    elif _looks_adjective(word):
        role = ADJECTIVE
    else:
        role = OTHER
    noun = COUNTED_NOUNS.get(word)
    if role is PLURAL:
        may_modify = (raw[0].isupper() or word in lx.IRREGULAR_PLURALS) and not names_people(word)
    elif word.isascii():
        may_modify = noun is not None and noun != word
    else:
        may_modify = noun is not None and word.endswith(_SLAVIC_ADJECTIVE_ENDINGS)
    return WordRole(word, noun, _is_verb(word, noun), role, may_modify)


def _is_verb(word: str, noun: str | None) -> bool:
    """True for a verb after a number ("63 were killed", "20 мільярдів можуть піти").

    An unlisted Ukrainian or Russian word is a verb when it ends like one (a past plural in
    "-ли" when longer than "стали": "загинули", "отримали").
    """
    if word in _VERBS_AFTER_NUMBER:
        return True
    if noun is not None or word.isascii() or word in lx.UNITS_SLAVIC:
        return False
    return (
        word in lx.SLAVIC_VERBS_AFTER_NUMBER
        or (len(word) > 4 and word.endswith(lx.SLAVIC_VERB_ENDINGS))
        or (len(word) > 5 and word.endswith("ли"))
    )


def _ends_phrase(word: str) -> bool:
    """True for words that cannot be part of what a number counts."""
    return word in _PHRASE_ENDERS or len(word) < 2 or any(map(str.isdigit, word))


def _looks_plural(word: str) -> bool:
    """A cheap guess that an English word is a plural noun ("beds", "agents", "servicemen")."""
    if word.endswith("men"):
        return len(word) > 5  # "servicemen", "firemen"
    if word in lx.IRREGULAR_PLURALS:
        return True
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))


def _looks_adjective(word: str) -> bool:
    """A cheap guess that ``word`` modifies the noun after it rather than being the noun.

    "-ous" adjectives end in "s" but are not plurals ("three courageous survivors").
    """
    if word in _ADJECTIVES or word.endswith("ous"):
        return True
    return not word.endswith("s") and word.endswith(_ADJECTIVE_ENDINGS)
