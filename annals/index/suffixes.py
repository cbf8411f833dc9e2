"""Light suffix folding for languages tantivy has no stemmer for (Ukrainian, Azerbaijani).

Not a full stemmer: it strips the commonest inflection endings so that
"Києва", "Київ" and "Києві" or "Bakıda", "Bakının" and "Bakı" share a form.
The endings are data: a linguist can extend ``SUFFIXES`` without touching
the code. Applied identically to indexed text and to query words.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Per language: the endings to strip (longest first is applied by the code), the shortest
# stem to leave, and how many endings may be stripped in a row (Azerbaijani stacks them:
# "şəhər-lər-də" = in the cities).
SUFFIXES: dict[str, tuple[str, int, int]] = {
    # Ukrainian noun and adjective case endings, and the soft sign. ("-ові" is left out on
    # purpose: "Харкові" must meet "Харкова".)
    "uk": (
        "ами ями ого ому ими іми их іх ій ою ею єю ам ям ах ях ів їв ом ем єм ий ої"
        " а я у ю і ї и о е є ь",
        3,
        1,
    ),
    # Azerbaijani case, plural and possessive endings (both vowel-harmony forms).
    "az": (
        "ların lərin ları ləri lar lər dan dən nın nin nun nün nda ndə"
        " da də ın in un ün ya yə sı si su sü nı ni nu nü ı i u ü a ə",
        3,
        2,
    ),
}

# Vowel alternations: a word in one of these shapes also gets the stem of its alternated form,
# so the bare form and the inflected forms meet: Ukrainian і/ї in a final closed syllable
# alternates with о/є ("Харків" / "Харкова", "Львів" / "Львова", "Київ" / "Києва"). Both
# stems are indexed and searched, as "регіонів" (genitive plural) must still meet "регіони".
ALTERNATIONS: dict[str, tuple[tuple[str, str], ...]] = {
    "uk": (
        (r"(?<=[бвгґджзйклмнпрстфхцчшщ])і(?=[бвгґджзйклмнпрстфхцчшщ]$)", "о"),
        (r"ї(?=[вгрлнт]$)", "є"),
    ),
}

_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=200_000)
def light_stem(word: str, language: str) -> str:
    """The word lower-cased with up to the language's number of endings stripped."""
    endings, shortest, rounds = _table(language)
    stem = word.lower()
    for _ in range(rounds):
        for ending in endings:
            if stem.endswith(ending) and len(stem) - len(ending) >= shortest:
                stem = stem[: -len(ending)]
                break
        else:
            break
    return stem


@lru_cache(maxsize=200_000)
def light_stem_forms(word: str, language: str) -> tuple[str, ...]:
    """The word's light stem, and the stem of its vowel-alternated form when it has one."""
    forms = [light_stem(word, language)]
    lowered = word.lower()
    for pattern, replacement in _alternations(language):
        alternated = pattern.sub(replacement, lowered)
        if alternated != lowered:
            forms.append(light_stem(alternated, language))
    return tuple(dict.fromkeys(forms))


@lru_cache(maxsize=8)
def _alternations(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(pattern), new) for pattern, new in ALTERNATIONS.get(language, ()))


@lru_cache(maxsize=8)
def _table(language: str) -> tuple[tuple[str, ...], int, int]:
    endings, shortest, rounds = SUFFIXES[language]
    return tuple(sorted(set(endings.split()), key=len, reverse=True)), shortest, rounds


def light_stems_for_text(text: str, language: str) -> str:
    """Every word's stem forms, joined by spaces (for a whitespace-tokenized field)."""
    return " ".join(
        form for word in _TOKEN.findall(text) for form in light_stem_forms(word, language)
    )
