"""Language detection with py3langid, an offline detector that ships its model."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

_MARKUP = re.compile(r"https?://\S+|[*_#>\[\]()|`]+")


@lru_cache(maxsize=1)
def _identifier() -> Any:
    import py3langid  # loads its model (~0.5 s), so only when first needed

    return py3langid


def detect_language(text: str, sample_chars: int = 1000) -> str | None:
    """ISO 639-1 code of the text's language, or None for text with too few letters."""
    sample = _MARKUP.sub(" ", text[:sample_chars])
    if sum(char.isalpha() for char in sample[:200]) < 12:
        return None
    language, _score = _identifier().classify(sample)
    return str(language)
