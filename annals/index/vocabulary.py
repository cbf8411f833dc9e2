"""The spellings vocabulary: which indexed word forms share a spelling key.

Every distinct word of the archive is keyed once (``annals.index.spelling``), and the pair
(key, indexed form) is kept here. A search for one spelling looks up the other forms of its
key and searches for them in the ``body`` field, so "Hojaly" finds
"Khojaly" and "Ходжалы" without a key being indexed for each of the archive's words: the
words are keyed once, not once per occurrence, and the forms that matched are known by name.

The form is the word as the ``title``/``body`` analyzer indexes it (lower case, accents
folded), and the key is computed from the word as written (its letters give away its
language: "Xocalı" is Azerbaijani, "xocali" need not be), so one form can have two keys.

The vocabulary is derived like the index and lives in its directory, as a small SQLite file;
it only grows: a form no statement holds any more matches nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from annals.index.schema import PLAIN, analyze
from annals.index.spelling import TOKEN_PATTERN, spelling_key

VOCABULARY_FILE = "spellings.sqlite3"
Spelling = tuple[str, str]  # (spelling key, indexed form)

# A process remembers the words it has keyed so that it sends each pair once; past this
# many it forgets them all (the vocabulary ignores pairs it already has).
SEEN_LIMIT = 2_000_000


def spellings_in(text: str, seen: set[str]) -> list[Spelling]:
    """The (key, form) pairs of the words of ``text`` not in ``seen``, which they join.

    ``seen`` holds whitespace-separated chunks ("Khojaly,") and words ("Khojaly") whose
    pairs were already given; most chunks of a text repeat earlier ones, so finding the new
    ones is set arithmetic in C, and only new words are keyed. Digits-only words are left
    out: numbers have no spellings.
    """
    new_chunks = set(text.split()).difference(seen)
    if not new_chunks:
        return []
    if len(seen) >= SEEN_LIMIT:
        seen.clear()
    words = {word for chunk in new_chunks for word in TOKEN_PATTERN.findall(chunk)}
    new_words = sorted(words.difference(seen))  # before the chunks join: "Kyiv" is both
    seen.update(new_chunks)
    seen.update(new_words)
    return [
        (spelling_key(word), form)
        for word, form in zip(new_words, indexed_forms(new_words), strict=True)
        if form and not word.isdigit()
    ]


def indexed_forms(words: list[str]) -> list[str]:
    """Each word as the title/body analyzer indexes it ("" when it indexes nothing)."""
    forms = analyze(PLAIN, " ".join(words))
    if len(forms) == len(words):
        return forms
    # A word the analyzer drops (too long) shifts the rest: analyse one at a time.
    return [next(iter(analyze(PLAIN, word)), "") for word in words]


class SpellingVocabulary:
    """The (key, form) pairs of one index, in ``<index directory>/spellings.sqlite3``."""

    def __init__(self, directory: Path) -> None:
        self.path = directory / VOCABULARY_FILE
        self._db: sqlite3.Connection | None = None

    def _connection(self, create: bool) -> sqlite3.Connection | None:
        if self._db is None and (create or self.path.exists()):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One connection for the facade, whichever thread serves it (the web's pool).
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute("PRAGMA journal_mode = WAL")
            self._db.execute(
                "CREATE TABLE IF NOT EXISTS spellings (key TEXT NOT NULL, form TEXT NOT NULL,"
                " PRIMARY KEY (key, form)) WITHOUT ROWID"
            )
        return self._db

    def add(self, spellings: Iterable[Spelling]) -> None:
        """Remember pairs (made visible to other processes by ``commit``)."""
        db = self._connection(create=True)
        assert db is not None
        db.executemany("INSERT OR IGNORE INTO spellings (key, form) VALUES (?, ?)", spellings)

    def commit(self) -> None:
        if self._db is not None:
            self._db.commit()

    def forms(self, key: str) -> list[str]:
        """Every indexed form whose word has spelling key ``key``."""
        db = self._connection(create=False)
        if db is None:
            return []
        rows = db.execute("SELECT form FROM spellings WHERE key = ?", (key,))
        return [form for (form,) in rows]

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None
