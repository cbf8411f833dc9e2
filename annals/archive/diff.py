"""Compare two versions of a statement's text: is the change real, and what changed?

``is_trivial_change(old, new)`` decides whether a re-fetched text is a new
version: texts are compared after ``normalise_for_change``, which folds
whitespace, drops "Last updated …"-style stamp lines and view counters, and
strips tracking parameters (utm_*, fbclid, gclid …) from URLs. The stamp
patterns are data (``STAMP_LINE_PATTERNS``); add a language there.

``word_diff(old, new)`` lists runs of equal, inserted, deleted and replaced
words (paragraph breaks count as tokens, so they show); ``render_diff_text``
and ``render_diff_html`` show them as ``[-old-]{+new+}`` or ``<del>/<ins>``.
Pure functions: no I/O.
"""

from __future__ import annotations

import difflib
import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# A whole line that only stamps the page: a label, then a short date or count.
STAMP_LINE_PATTERNS = (
    r"(page\s+)?last\s+(updated|modified|reviewed)",
    r"updated(\s+on)?",
    r"(page\s+)?(generated|printed)(\s+on)?",
    r"views?",
    r"mis\s+à\s+jour(\s+le)?",
    r"dernière\s+mise\s+à\s+jour",
    r"zuletzt\s+aktualisiert",
    r"(последнее\s+)?обновлено",
    r"последнее\s+обновление",
    r"дата\s+обновления",
    r"просмотр(ов|ы)?",
    r"son\s+güncelleme(\s+tarihi)?",
    r"güncellenme(\s+tarihi)?",
    r"görüntülenme(\s+sayısı)?",
)
# What may follow the label: numbers and separators with at most two words (a month,
# a weekday, "г."), so "Updated guidance on water use" stays content.
_DATE_TAIL = r"[\d\s./:,()+\-–—]*(?:[^\W\d_]{1,12}\.?,?[\d\s./:,()+\-–—]*){0,2}"
_STAMP_LINE = re.compile(
    r"^[ \t]*(?:"
    + "|".join(STAMP_LINE_PATTERNS)
    + r")\s*[:\-–—]?\s*(?=[^\n]*\d)"
    + _DATE_TAIL
    + r"$",
    re.IGNORECASE | re.MULTILINE,
)
TRACKING_PARAMETERS = frozenset(
    {"fbclid", "gclid", "dclid", "msclkid", "yclid", "mc_cid", "mc_eid", "igshid", "_ga", "_gl"}
)
_URL = re.compile(r"https?://[^\s<>\"')\]]+")
_TOKEN = re.compile(r"\n[ \t]*\n\s*|\S+")
PARAGRAPH = "\n\n"

DiffKind = Literal["equal", "insert", "delete", "replace"]


@dataclass(frozen=True, slots=True)
class DiffOp:
    """One run of a word diff: the old words and the new words it covers."""

    kind: DiffKind
    old: tuple[str, ...]
    new: tuple[str, ...]


def normalise_for_change(text: str) -> str:
    """The text reduced to what counts as content, for deciding whether it changed."""
    text = unicodedata.normalize("NFC", text)
    text = _STAMP_LINE.sub("", text)
    text = _URL.sub(lambda match: strip_tracking(match.group(0)), text)
    return " ".join(text.split())


def strip_tracking(url: str) -> str:
    """``url`` without utm_* and click-id query parameters."""
    parts = urlsplit(url)
    if not parts.query:
        return url
    kept = [
        (name, value)
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if not name.lower().startswith("utm_") and name.lower() not in TRACKING_PARAMETERS
    ]
    return urlunsplit(parts._replace(query=urlencode(kept, doseq=True)))


def is_trivial_change(old: str, new: str) -> bool:
    """Whether ``new`` differs from ``old`` only in ways that do not make a new version."""
    return normalise_for_change(old) == normalise_for_change(new)


def tokens(text: str) -> list[str]:
    """Words, with each blank-line paragraph break as one ``PARAGRAPH`` token."""
    return [PARAGRAPH if token.isspace() else token for token in _TOKEN.findall(text.strip())]


def word_diff(old: str, new: str) -> list[DiffOp]:
    """Runs of equal/inserted/deleted/replaced words turning ``old`` into ``new``."""
    old_tokens, new_tokens = tokens(old), tokens(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    return [
        DiffOp(kind, tuple(old_tokens[i1:i2]), tuple(new_tokens[j1:j2]))  # type: ignore[arg-type]
        for kind, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def render_diff_text(ops: list[DiffOp]) -> str:
    """Terminal form: ``kept [-removed-]{+added+}``."""
    return _render(ops, lambda words: words, ("[-", "-]"), ("{+", "+}"))


def render_diff_html(ops: list[DiffOp]) -> str:
    """HTML form, escaped: ``kept <del>removed</del><ins>added</ins>``.

    Paragraph breaks stay as blank lines; show it with ``white-space: pre-wrap``.
    """
    return _render(ops, html.escape, ("<del>", "</del>"), ("<ins>", "</ins>"))


def _render(
    ops: list[DiffOp],
    escape: Callable[[str], str],
    deleted: tuple[str, str],
    inserted: tuple[str, str],
) -> str:
    pieces = []
    for op in ops:
        if op.kind == "equal":
            pieces.append(escape(_join(op.old)))
            continue
        # A deletion and its insertion stay glued together: they are one edit.
        removed = f"{deleted[0]}{escape(_join(op.old))}{deleted[1]}" if op.old else ""
        added = f"{inserted[0]}{escape(_join(op.new))}{inserted[1]}" if op.new else ""
        pieces.append(removed + added)
    return _join(tuple(pieces))


def _join(words: tuple[str, ...]) -> str:
    """Join with spaces, but not around paragraph breaks."""
    text = ""
    for word in words:
        glue = "" if not text or text.endswith("\n") or word.startswith("\n") else " "
        text += glue + word
    return text
