"""Other spellings of a word, from the archive's own vocabulary, weighted for ranking.

The spellings vocabulary (``annals.index.vocabulary``) gives every indexed form whose word
has a spelling key. A search for "Hojaly" looks up the forms of its key ("khojaly",
"xocali", "ходжалы") and searches for each in the body field, down-weighted (see
``compile.VARIANT_FIELDS``).

Each form is weighted so that the forms of a key count like one word: BM25 gives a rare
form a larger weight than a common one, which would rank statements with an odd spelling
above those with the spelling the archive uses most. Dividing by the form's own rarity and
multiplying by the rarity of the key as a whole takes that back out. Then the archive's
commonest spelling gets up to ``COMMONEST_BONUS`` more: someone who types "Zaporizhia" is
best served by the statements that spell it the way most of the archive does
("Zaporizhzhia") before those with a third spelling ("Zaporizhzhya").
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import tantivy

from annals.index.vocabulary import SpellingVocabulary
from annals.search.compile import VARIANT_FIELDS

# A key with more forms than this is searched by its commonest ones (keys of common
# words can gather dozens of rare misspellings and typos).
MAX_FORMS_PER_KEY = 16
COMMONEST_BONUS = 1.0  # the commonest form's weight is doubled, the others' in proportion


class VariantForms:
    """Callable: spelling key -> [(indexed form, weight)], commonest first (one per search)."""

    def __init__(self, searcher: tantivy.Searcher, vocabulary: SpellingVocabulary) -> None:
        self.searcher = searcher
        self.vocabulary = vocabulary
        self._found: dict[str, Sequence[tuple[str, float]]] = {}

    def __call__(self, key: str) -> Sequence[tuple[str, float]]:
        found = self._found.get(key)
        if found is None:
            found = self._found[key] = self._weighted(key)
        return found

    def _weighted(self, key: str) -> list[tuple[str, float]]:
        counts = [(form, self._doc_freq(form)) for form in self.vocabulary.forms(key)]
        counts = sorted((item for item in counts if item[1]), key=lambda item: -item[1])
        counts = counts[:MAX_FORMS_PER_KEY]
        if not counts:
            return []
        documents = max(self.searcher.num_docs, 1)
        key_rarity = bm25_idf(min(sum(count for _, count in counts), documents), documents)
        commonest = counts[0][1]
        return [
            (
                form,
                key_rarity / bm25_idf(count, documents) * (1 + COMMONEST_BONUS * count / commonest),
            )
            for form, count in counts
        ]

    def _doc_freq(self, form: str) -> int:
        """In how many statements the fields searched for variants hold ``form``."""
        return max(self.searcher.doc_freq(field, form) for field in VARIANT_FIELDS)


def bm25_idf(doc_freq: int, documents: int) -> float:
    """Inverse document frequency as tantivy's BM25 computes it."""
    return math.log(1 + (documents - doc_freq + 0.5) / (doc_freq + 0.5))
