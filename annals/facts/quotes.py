"""Quotes with their speaker and, when the text gives one, the work they are cited from.

Quotes are found by their marks (“…”, «…», „…“ and paired straight quotes), then the
speaker is read from the words around them: ``, said X`` / ``, X said`` after, ``X said:`` /
``X, who ..., said,`` / ``according to X,`` / a bold Markdown label ``**X:**`` before.
A pronoun speaker ("he said") stands for the last named speaker.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from annals.facts import names as nm
from annals.facts import patterns as pt
from annals.facts.spans import Taken, matches_at, offsets_of, sentence_start
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

#: Quotes with no speaker are kept only from this many words (shorter ones are scare quotes).
MIN_WORDS_UNATTRIBUTED = 12
#: How far before a quote its attribution may start.
BEFORE_REACH = 260
#: How far back a titled name may be for "he said" when no quote named a speaker yet.
PRONOUN_REACH = 600
_OPEN_AFTER = frozenset(" \t\n([{—–-/\u00a0")
_CLOSE_BEFORE = frozenset(" \t\n\u00a0")
_PRONOUNS = {word.lower() for word in nm.SPEAKER_PRONOUNS}


def find_quotes(text: str, taken: Taken, citations: list[Fact]) -> list[Fact]:
    """Return the quotes in ``text`` outside ``taken`` spans, with speaker and source."""
    facts: list[Fact] = []
    last_speaker: str | None = None
    for start, end, orphan in _quote_spans(text):
        if taken.covers(start + 1, end - 1):
            continue
        speaker = _speaker_after(text, end) or _speaker_before(text, start)
        if orphan and speaker is None:
            continue
        if speaker is not None and speaker.lower() in _PRONOUNS:
            speaker = last_speaker or _person_before(text, start)
        elif speaker is not None:
            last_speaker = speaker
        # Counting past MIN_WORDS_UNATTRIBUTED changes nothing, and quotes can be long.
        words = len(text[start:end].split(maxsplit=MIN_WORDS_UNATTRIBUTED))
        if words < 2 or (speaker is None and words < MIN_WORDS_UNATTRIBUTED):
            continue
        fields = {"speaker": speaker, "source": _source_after(text, end, citations)}
        facts.append(Fact("quote", text[start:end], start, end, fields, EXTRACTOR_VERSION))
    return facts


def _quote_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, orphan) of quoted passages, marks included, in text order.

    ``orphan`` marks a passage whose opening mark is missing: it runs from its paragraph's
    start to a closing straight quote, as in texts copied from web pages.
    """
    opening = offsets_of(text, *pt.CURLY_QUOTE_OPENERS)
    spans = [(m.start(), m.end(), False) for m in matches_at(pt.CURLY_QUOTE, text, opening)]
    if '"' in text:
        spans.extend(_straight_spans(text))
    spans.sort()
    last_end = -1
    for start, end, orphan in spans:
        if start >= last_end:
            last_end = end
            yield start, end, orphan


def _straight_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Pair straight double quotes by whether each opens or closes a passage."""
    opened: int | None = None
    for match in re.finditer('"', text):
        pos = match.start()
        before = text[pos - 1] if pos else "\n"
        after = text[pos + 1] if pos + 1 < len(text) else "\n"
        opens = before in _OPEN_AFTER and not after.isspace()
        closes = before not in _CLOSE_BEFORE and (after.isspace() or after in ".,;:!?)”")
        if opens and not closes:
            if opened is None or text[pos - 1] == "\n":
                opened = pos if opened is None else opened
            else:
                opened = pos
        elif closes and opened is not None:
            yield opened, pos + 1, False
            opened = None
        elif closes:
            paragraph = text.rfind("\n\n", max(0, pos - 3000), pos)
            start = paragraph + 2 if paragraph >= 0 else max(0, pos - 3000)
            yield start, pos + 1, True


def _speaker_after(text: str, end: int) -> str | None:
    """The speaker named right after a quote: '," the Ministry said', ', said X'."""
    found = pt.SAID_AFTER.match(text, end)
    if not found:
        return None
    return _clean_speaker(found.group("name1") or found.group("name"))


def _speaker_before(text: str, start: int) -> str | None:
    """The speaker named right before a quote: 'X said:', '**X:**', 'according to X,'."""
    low = max(0, start - BEFORE_REACH)
    paragraph = text.rfind("\n\n", low, start)
    low = paragraph + 2 if paragraph >= 0 else low
    near = text[max(low, start - 200) : start]
    if "**" in near:
        label = pt.LABEL_BEFORE.search(text, max(low, start - 200), start)
        if label:
            return _clean_speaker(label.group("name"))
    if "](" in near:
        link = pt.LINK_LABEL_BEFORE.search(text, max(low, start - 200), start)
        if link:
            return _clean_speaker(link.group("name"))
    low = max(low, sentence_start(text, start))
    verb = pt.VERB_BEFORE.search(text, max(low, start - 60), start)
    if verb:
        found = pt.SPEAKER_BEFORE_VERB.search(text, low, verb.start())
        return _clean_speaker(found.group("name")) if found else None
    according = None
    for according in pt.ACCORDING_TO_ANY.finditer(text, low, start):  # noqa: B007 - last
        pass
    return _clean_speaker(according.group("name")) if according else None


def _person_before(text: str, start: int) -> str | None:
    """The last person named with a title before ``start``, for "he said"."""
    found = None
    for found in pt.PERSON.finditer(text, max(0, start - PRONOUN_REACH), start):  # noqa: B007
        pass
    return " ".join(found.group("name").split()) if found else None


def _clean_speaker(raw: str | None) -> str | None:
    """Drop titles, a leading "the", Markdown and line breaks from a speaker's name."""
    if not raw:
        return None
    name = " ".join(re.sub(r"[*\[\]]", "", raw).split()).strip(" ,:")
    name = name.split(",")[0]  # "Sergio Gonzales, Executive Director of ..." -> the name
    without_title = pt.TITLE_PREFIX.sub("", name)
    if without_title and without_title[0].isupper():
        name = without_title
    if name.lower().startswith("the "):
        name = name[4:]
    return name or None


def _source_after(text: str, end: int, citations: list[Fact]) -> dict[str, object] | None:
    """The citation that follows a quote in parentheses, as its fields, if any."""
    for citation in citations:
        if 0 <= citation.start - end <= 4 and "(" in text[end : citation.start + 1]:
            return dict(citation.fields)
    return None
