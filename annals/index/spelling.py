"""Spelling-neutral keys: one key for the variant spellings of a name.

People search a name the way they know it: "Khojaly", "Xocalı", "Ходжалы",
"Chodschali". ``spelling_key`` maps each of them to the same key
(``hoiali``), computed identically for the archive's words (the spellings
vocabulary, ``annals.index.vocabulary``) and for the words of a query, so a
search finds every spelling. The rules are data, in
``annals.index.spelling_rules``; this module only applies them, in three steps:

1. normalise: NFKC and case folding;
2. romanise: transliterate other scripts and special Latin letters to plain
   Latin, choosing per word the language its letters give away, then strip
   accents;
3. fold conventions: the ordered regex rules of ``CONVENTIONS``, repeated
   until nothing changes (so a key is its own key).

``fold`` is the lighter normalisation for matching that ignores only case and
accents (Erdoğan == erdogan, but Khojaly != Hojaly). Search should look for
both the folded form and the key's other forms: the key deliberately spells
some letters by sound (ş -> sh), so "Sisli" finds "Şişli" through the folded
form only.

Everything here is pure and memoised.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from functools import cache, lru_cache

from annals.index.spelling_rules import (
    CONVENTIONS,
    FOLD_KEEP,
    FOLD_LETTERS,
    GREEK_LETTERS,
    LANGUAGE_LETTERS,
    LANGUAGE_MARKERS,
    SCRIPT_LETTERS,
    UNCHANGED_WORDS,
    Convention,
)

# Runs of Unicode letters and digits: the boundaries of tantivy's "simple"
# tokenizer (char::is_alphanumeric). Python's \w adds "_", which tantivy splits on.
TOKEN_PATTERN = re.compile(r"[^\W_]+")

# Convention rules are applied until the key stops changing; four rounds are
# plenty (the rules only shorten or simplify) and bound the work on odd input.
MAX_CONVENTION_ROUNDS = 4

# Sizes at which the caches are emptied. The White House corpus (137 MB) has
# ~130,000 distinct tokens and ~330,000 distinct whitespace-separated chunks,
# which take ~60 MB together; the limits keep a long run under ~300 MB.
KEY_CACHE_LIMIT = 1_000_000
CHUNK_CACHE_LIMIT = 1_000_000

_UNCHANGED_WORD = re.compile(UNCHANGED_WORDS)
_KEY_CACHE: dict[str, str] = {}
_TEXT_CHUNK_CACHE: dict[str, str] = {}  # whitespace-separated chunk -> keys of its tokens
Replacement = str | Callable[[re.Match[str]], str]
#: A rule, its compiled pattern, its replacement, and its gate: the pattern itself when it is
#: a plain string ("kh"), which an ``in`` test rules out in a fraction of the time of ``sub``.
CompiledConvention = tuple[Convention, re.Pattern[str], Replacement, str | None]
_ONE_GROUP = re.compile(r"\\([1-9])")


def _compiled(rule: Convention) -> CompiledConvention:
    """A rule ready for ``sub``: its pattern compiled, its replacement as ``sub`` runs it fastest.

    Given a template with a group reference ("\\1"), ``sub`` parses it in Python on every call,
    whether or not anything matches, and so does ``Match.expand``; a function that expands
    it runs only on a match, and a template that is one group reference is that group.
    """
    pattern = re.compile(rule.pattern)
    gate = rule.pattern if re.escape(rule.pattern) == rule.pattern else None
    template = rule.replacement
    if "\\" not in template:
        return rule, pattern, template, gate
    group = _ONE_GROUP.fullmatch(template)
    if group is not None:
        number = int(group[1])
        return rule, pattern, lambda match: match[number] or "", gate
    return rule, pattern, lambda match: match.expand(template), gate


_COMPILED_CONVENTIONS: tuple[CompiledConvention, ...] = tuple(map(_compiled, CONVENTIONS))
_ANY_CONVENTION = re.compile("|".join(f"(?:{rule.pattern})" for rule in CONVENTIONS))


def fold(word: str) -> str:
    """Return ``word`` case-folded and without accents (NFKC first).

    For matching that ignores only case and accents: ``fold("Erdoğan") ==
    fold("erdogan")``, but ``fold("Khojaly") != fold("Hojaly")``. Letters that
    an accent turns into another letter of their alphabet (Ukrainian й, ї)
    are kept.
    """
    text = unicodedata.normalize("NFKC", word).casefold()
    if text.isascii():
        return text
    return "".join(_fold_char(char) for char in text)


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in FOLD_KEEP:
        return char
    if char in FOLD_LETTERS:
        return FOLD_LETTERS[char]
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(part for part in decomposed if not unicodedata.combining(part))


def language_of(text: str) -> str | None:
    """Return the language whose marker letters ``text`` contains, if any.

    Only languages that read some letter differently are recognised (see
    ``LANGUAGE_MARKERS``): "Харків" is ``uk``, "Эрдоган" is ``ru``, "Xocalı" is ``az``.
    """
    for language, markers in LANGUAGE_MARKERS:
        if any(marker in text for marker in markers):
            return language
    return None


class _Transliterator:
    """Replaces the keys of a letter table, longest key first."""

    def __init__(self, letters: dict[str, str]) -> None:
        self._letters = letters
        alternatives = sorted(letters, key=len, reverse=True)
        self._pattern = re.compile("|".join(re.escape(key) for key in alternatives))

    def __call__(self, text: str) -> str:
        return self._pattern.sub(self._replace, text)

    def _replace(self, match: re.Match[str]) -> str:
        return self._letters[match.group()]


@cache
def _script_transliterator(language: str | None) -> _Transliterator:
    overrides = LANGUAGE_LETTERS.get(language or "", {})
    return _Transliterator({**SCRIPT_LETTERS, **overrides})


_greek_transliterator = _Transliterator(GREEK_LETTERS)


def romanise(word: str) -> str:
    """Return ``word`` normalised, case-folded and written in plain Latin letters.

    ``romanise("Київ") == "kyiv"``, ``romanise("Xocalı") == "khodzhali"``. Scripts
    without a table (Han, Hebrew, ...) pass through unchanged.
    """
    text = unicodedata.normalize("NFKC", word).casefold()
    if text.isascii():
        return text
    transliterate = _script_transliterator(language_of(text))
    text = fold(transliterate(text))
    if not text.isascii():
        # Letters the tables lack with their accent ("ѐ") are in them without it ("е").
        text = transliterate(text)
    return _greek_transliterator(text)


def fold_conventions(
    latin: str, conventions: Iterable[Convention] = CONVENTIONS
) -> tuple[str, list[tuple[str, str, str]]]:
    """Apply the convention rules to a romanised word until it stops changing.

    Returns the key and the rules that changed it, as ``(rule name, before,
    after)`` in the order they fired.
    """
    compiled = (
        _COMPILED_CONVENTIONS if conventions is CONVENTIONS else tuple(map(_compiled, conventions))
    )
    fired: list[tuple[str, str, str]] = []
    if _UNCHANGED_WORD.fullmatch(latin):
        return latin, fired
    text = latin
    for round_number in range(MAX_CONVENTION_ROUNDS):
        # After the first round, one search for any rule at all stands in for the whole round
        # in the common case that nothing is left to fold (a new token costs a round less).
        if round_number and compiled is _COMPILED_CONVENTIONS and not _ANY_CONVENTION.search(text):
            break
        start = text
        for rule, pattern, replacement, gate in compiled:
            if gate is not None and gate not in text:
                continue
            changed = pattern.sub(replacement, text)
            if changed != text:
                fired.append((rule.name, text, changed))
                text = changed
        if text == start:
            break
    return text, fired


def compute_key(word: str, conventions: Iterable[Convention] = CONVENTIONS) -> str:
    """Return the spelling key of ``word`` without the cache (see ``spelling_key``).

    ``conventions`` lets tests and benchmarks try the key with a rule left out.
    """
    # NFKC can expand one character into words (the ligature ﷺ), so spaces go.
    latin = "".join(romanise(word).split())
    key, _ = fold_conventions(latin, conventions)
    # A token made only of silent letters (a lone soft sign) keeps its own spelling.
    return key or latin or word


def spelling_key(word: str) -> str:
    """Return the spelling-neutral key of one word (token).

    Variant spellings of one name share a key: ``spelling_key("Zelenskyy") ==
    spelling_key("Зеленський") == spelling_key("Selenskyj") == "selenski"``.
    The key of a token is never empty, has no whitespace and is its own key.
    Memoised: called for every token at index time.
    """
    key = _KEY_CACHE.get(word)
    if key is None:
        key = compute_key(word)
        if len(_KEY_CACHE) >= KEY_CACHE_LIMIT:
            _KEY_CACHE.clear()
        _KEY_CACHE[word] = key
    return key


def keys_for_text(text: str) -> str:
    """Return the keys of every token of ``text``, joined by single spaces.

    Tokens are runs of Unicode letters and digits, as in tantivy's "simple"
    tokenizer, so the n-th key belongs to the n-th word of the indexed text:
    how a query phrase or a name of several words is compared by key.
    """
    cache = _TEXT_CHUNK_CACHE
    # Speed: str.split and dict lookups run in C, and most whitespace-separated
    # chunks ("Zelenskyy’s,") repeat, so the cache maps a whole chunk to the
    # keys of its tokens and Python code runs only for chunks not seen before.
    # Tokens never contain whitespace, so this tokenises exactly like
    # TOKEN_PATTERN.findall(text).
    # New chunks are found with set operations (in C too), so a text with a few new
    # chunks does not cost a Python loop over all of its chunks.
    chunks = text.split()
    new = set(chunks).difference(cache)
    if new:
        if len(cache) + len(new) >= CHUNK_CACHE_LIMIT:
            cache.clear()
            new = set(chunks)
        for chunk in new:
            cache[chunk] = " ".join(
                [spelling_key(token) for token in TOKEN_PATTERN.findall(chunk)]
            )
    return " ".join(filter(None, map(cache.__getitem__, chunks)))


def explain_key(word: str) -> list[str]:
    """Return, step by step, how ``word`` became its key, for "why did this match".

    ``explain_key("Xocalı")`` gives ``"romanised (az): xocalı → khodzhali"``,
    ``"dzh-as-j: khodzhali → khojali"``, ``"kh-as-h: khojali → hojali"``, ...
    """
    normalised = unicodedata.normalize("NFKC", word).casefold()
    latin = romanise(word)
    steps: list[str] = []
    if latin != normalised:
        language = language_of(normalised)
        label = f"romanised ({language})" if language else "romanised"
        steps.append(f"{label}: {normalised} → {latin}")
    _, fired = fold_conventions(latin)
    steps.extend(f"{name}: {before} → {after}" for name, before, after in fired)
    return steps


def clear_caches() -> None:
    """Forget every memoised key (for benchmarks that measure a cold start)."""
    _KEY_CACHE.clear()
    _TEXT_CHUNK_CACHE.clear()
