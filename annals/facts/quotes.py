"""Quotes with their speaker and, when the text gives one, the work they are cited from.

Quotes are found by their marks (“…”, «…», „…“, paired straight quotes and mixed pairs such as
“…"), then the speaker is read from the words around them: ``, said X`` / ``, X said`` / ``», –
заявив X`` after, ``X said:`` / ``X said today, quote,`` / ``X, who ..., said,`` / ``X stated
in his Farewell Address,`` / ``according to X,`` / a bold Markdown label ``**X:**`` or a
plain ``X:`` opening a paragraph before, or a line "From X:" above the paragraph or list item
the quote opens. A quote that goes on right
after an attributed one ("“…,” said X. “…”") is X's too, and one near "the words of X" is X's;
a long quote that opens the text is the one its caption names ("«…». Звернення Президента
України Володимира Зеленського …"). A pronoun speaker ("he said") stands for the person named
last before it (``antecedents``); "I" for the labelled speaker of a transcript's turn, else
the statement's own speaker in a speech ("Remarks by President Biden …": ``turns``), and
"we", "you" or an "I" in an unlabelled turn of a dialogue for no one the text names, so the
quote is dropped. People described, not named ("one of the companies said", "our seniors
that said", and "they said" right after them) are the speaker when the verb reports what
they said, not what they might say ("people say", "folks would say"). Only quotes with a
speaker are kept: a passage in quotation marks that nobody is said to have said is far more
often a title, a name or a slogan than a quote.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from annals.facts import names as nm
from annals.facts import patterns as pt
from annals.facts import quote_patterns as qp
from annals.facts.antecedents import antecedent, group_antecedent
from annals.facts.entities import spelling_key
from annals.facts.labels import (
    label_before,
    layout_label_before,
    paragraph_start,
    plain_label_before,
    source_line_before,
)
from annals.facts.spans import Taken, matches_at, offsets_of, sentence_start
from annals.facts.speakers import (
    Narrator,
    is_group,
    last_name_words,
    lead_caption_speaker,
    nominative,
    post_before_verb,
    reports,
    speaker_before_verb,
    speaker_name,
    without_possessive,
)
from annals.facts.turns import Turns
from annals.facts.version import EXTRACTOR_VERSION
from annals.models import Fact

#: Quotes that start in lowercase are fragments ("called it “a national emergency”") below this
#: many words.
MIN_WORDS_FRAGMENT = 6
#: How far before a quote its attribution may start.
BEFORE_REACH = 260
#: How far before a quote a speech verb may start ("said today, quote, “").
VERB_REACH = 90
#: How far before a quote "the words of X" may be, in the same paragraph.
WORDS_OF_REACH = 300
#: How long a passage between a curly and a straight quotation mark may be.
MIXED_REACH = 3000
#: How long the rest of an attribution sentence may be for the next quote to continue it.
CONTINUATION_REACH = 150
#: How far after a quote its words may be repeated as a quote of their own.
ECHO_REACH = 40
#: Fewer words than this make no speech published as one quote: a slogan, a title.
WHOLE_MIN_WORDS = 8
#: What may stand around a quote that is all of a text: spaces, Markdown marks, a full stop.
_FRAME = " \t\n\u00a0*>#."
_OPEN_AFTER = frozenset(" \t\n([{—–-/\u00a0")
_CLOSE_BEFORE = frozenset(" \t\n\u00a0")
_STOPS = (".", "!", "?")
_MARKS = frozenset('“”"«»„')
_ATTRIBUTION_AFTER = re.compile(
    rf"[\s,*–—-]*(?:{'|'.join(re.escape(verb) for verb in nm.SPEAKER_VERBS)})(?![\w])"
)
#: The start of a text that opens with a quotation mark (after Markdown marks).
_OPENS_QUOTED = re.compile(r"[\s*#>]*[“\"]")
_CLOSERS = {"“": "”", "«": "»"}
#: What comes before the first word of a paragraph (the text's start or a blank line).
_PARAGRAPH_OPENS = re.compile(r"(?:\A|\n[ \t\u00a0]*\n)[ \t\u00a0]*\Z")
#: An aside set off by dashes between two parts of one quote: '“…” — the Europeans — “…”'.
_DASH_ASIDE = re.compile(r"\s*[—–]\s[^—–.!?]{1,100}\s[—–]\s*")
_VERBS = frozenset(nm.SPEAKER_VERBS)
_ACCORDING_HINTS = tuple(phrase[1:] for phrase in nm.SPEAKER_BEFORE)  # "ccording to"
_WORDS_OF_HINTS = ("ords", "слов")  # cheap test before looking for "the words of X"
_CYRILLIC_WORD = re.compile(r"[А-ЯІЇЄҐЁа-яіїєґё]")
#: What may stand between a quote and its echo: spaces and stage directions ("(Applause.)").
_ECHO_GAP = re.compile(r"(?:\s|\([^()\n]{0,40}\))*")
_WORD = re.compile(r"\w+")


@dataclass
class _Attribution:
    """A quote's speaker as named, and where the words naming it end."""

    speaker: str
    ends: int
    after: bool  # named after the quote (", said X"), so a sentence tail may follow
    narrator: bool = False  # the one telling the story ("I said"), whom "he" never stands for


@dataclass
class _Seen:
    """What the quotes read so far tell the next ones."""

    turns: Turns  # the transcript's turn labels, read as far as the quotes, for "I"
    last: _Attribution | None = None  # the last quote with a speaker
    speakers: list[tuple[int, str]] = field(default_factory=list)  # (offset, name), for "he"
    quoted: list[tuple[int, int]] = field(default_factory=list)  # every quote's span


def find_quotes(
    text: str, taken: Taken, citations: list[Fact], narrator: Narrator | None = None
) -> list[Fact]:
    """Return the quotes in ``text`` outside ``taken`` spans, with speaker and source;
    ``narrator`` is the statement's own speaker, whom "I" stands for outside labelled turns."""
    facts: list[Fact] = []
    seen = _Seen(Turns(text, narrator))
    for start, end, orphan in _quote_spans(text):
        if taken.covers(start + 1, end - 1):
            continue
        speaker = _speaker(text, start, end, orphan, seen)
        seen.quoted.append((start, end))
        if speaker is None or not _is_quote(text, start, end):
            continue
        if facts and _echoes(text, facts[-1], start, end):
            continue  # "“…by any force or fear.”  “Any force or fear.”": one quote, said once
        if speaker in qp.DOCUMENT_SPEAKERS:
            speaker = _issuer(text, start, speaker) or speaker
        fields = {
            "speaker": speaker,
            "speaker_keys": speaker_keys(speaker),
            "source": _source_after(text, end, citations),
        }
        facts.append(Fact("quote", text[start:end], start, end, fields, EXTRACTOR_VERSION))
    return facts


def _speaker(text: str, start: int, end: int, orphan: bool, seen: _Seen) -> str | None:
    """Who said the quote at ``start:end``; ``seen`` learns it for the quotes after it."""
    attribution = _attribution(text, start, end)
    if attribution is None and not orphan:
        carried = None
        if not _answers(text, end, seen):
            carried = _continuing(text, start, end, seen.last) or _resumed(text, start, end, seen)
        attribution = (
            carried
            or _words_of(text, start, end)
            or _captioned(text, start, end)
            or _released(text, start, end, seen.turns.narrator)
            or _whole(text, start, end, seen.turns.narrator)
        )
    if attribution is None:
        return None
    speaker: str | None = attribution.speaker
    narrator = attribution.narrator
    if attribution.speaker.lower() in nm.SPEAKER_PRONOUNS:
        pronoun = attribution.speaker.lower()
        speaking = seen.turns.speaking(start)
        speaker = antecedent(text, start, pronoun, seen.speakers, seen.quoted, speaking)
        speaker = speaker or _their_group(text, start, pronoun, seen)
        if speaker is None and pronoun in nm.THEY:
            speaker = group_antecedent(text, start, end, seen.quoted)
    elif attribution.speaker.lower() in nm.FIRST_PERSON:
        speaker = seen.turns.speaker(start, attribution.speaker.lower())
        narrator = True
    if speaker is None:
        return None
    speaker = without_possessive(speaker)
    seen.last = _Attribution(speaker, attribution.ends, attribution.after, narrator)
    if not narrator and not is_group(speaker, plural=True):  # "he" is no group
        seen.speakers.append((max(end, attribution.ends), speaker))
    return speaker


def _their_group(text: str, start: int, pronoun: str, seen: _Seen) -> str | None:
    """The people described by the last quote's speaker for "they" right after it ("our
    seniors that said, “…”  And they said, “…”")."""
    last = seen.last
    if pronoun not in nm.THEY or last is None or not is_group(last.speaker, plural=True):
        return None
    if not 0 <= start - last.ends <= CONTINUATION_REACH:
        return None
    if qp.BLANK_LINE.search(text, last.ends, start):
        return None
    return last.speaker


def speaker_keys(speaker: str) -> list[str]:
    """The spelling keys of a speaker's words, by which quotes are found whatever the
    spelling or script of the name ("Zelenskyy", "Зеленський"); "the" is left out."""
    key = spelling_key()
    return [key(word) for word in speaker.split() if word.lower() != "the"]


def _issuer(text: str, start: int, document: str) -> str | None:
    """Who issued the ``document`` ("statement") said to speak a quote at ``start``, as the
    text names them before it ("a statement by the Azerbaijani Foreign Ministry"), else None."""
    issuers = [
        found["by"] or found["issuer"]
        for found in qp.DOCUMENT_ISSUER.finditer(text, 0, start)
        if document in (found["noun"], found["issued"])
    ]
    return issuers[-1] if issuers else None


def _echoes(text: str, last: Fact, start: int, end: int) -> bool:
    """True when the quote at ``start:end`` repeats words of the quote right before it, for
    emphasis ("“They also serve who only stand and wait.”  “They also serve …”")."""
    if not 0 <= start - last.end <= ECHO_REACH or not _ECHO_GAP.fullmatch(text, last.end, start):
        return False
    words = " ".join(_WORD.findall(text[start:end].casefold()))
    return bool(words) and f" {words} " in f" {' '.join(_WORD.findall(last.text.casefold()))} "


def _is_quote(text: str, start: int, end: int) -> bool:
    """False for one-word quotes and for short fragments of a sentence ("a “great win”")."""
    words = len(text[start:end].split(maxsplit=MIN_WORDS_FRAGMENT))
    if words < 2:
        return False
    first = next((char for char in text[start + 1 : end] if char.isalpha()), "")
    return words >= MIN_WORDS_FRAGMENT or not first.islower()


# --- where quotes are ----------------------------------------------------------------------


def quoted_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of every passage in quotation marks, quote or not (a title, a slogan)."""
    return [(start, end) for start, end, _ in _quote_spans(text)]


def _quote_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Yield (start, end, orphan) of quoted passages, marks included, in text order.

    ``orphan`` marks a passage whose opening mark is missing: it runs from its paragraph's
    start to a closing straight quote, as in texts copied from web pages.
    """
    opening = offsets_of(text, *pt.CURLY_QUOTE_OPENERS)
    spans = [
        (_first_paragraph(text, m.start()), m.end(), False)
        for m in matches_at(pt.CURLY_QUOTE, text, opening)
    ]
    if '"' in text:
        spans.extend(_straight_spans(text))
        if "“" in text or "”" in text:
            mixed = list(_mixed_spans(text))
            mixed_ends = {end for _, end, _ in mixed}
            spans = [span for span in spans if not (span[2] and span[1] in mixed_ends)]
            spans.extend(mixed)
    spans.sort()
    last_end = -1
    for start, end, orphan in spans:
        if start >= last_end:
            last_end = end
            yield start, end, orphan


def _first_paragraph(text: str, start: int) -> int:
    """Where a quotation that runs over paragraphs opens: each of its paragraphs opens with a
    mark and only the last one closes ('“…America.\n\n“Now today … our nation.”'), so a
    quote that opens a paragraph after such an unclosed one starts where that one does."""
    closer = _CLOSERS.get(text[start])
    if closer is None or (start and text[start - 1] not in " \t\n\u00a0"):
        return start  # the commonest case, cheaply: a quote inside a paragraph
    mark = text[start]
    if not _opens_paragraph(text, start):
        return start
    while True:
        opener = text.rfind(mark, max(0, start - MIXED_REACH), start)
        if opener < 0 or text.find(closer, opener, start) >= 0:
            return start
        if not _opens_paragraph(text, opener):
            return start
        start = opener


def _opens_paragraph(text: str, pos: int) -> bool:
    """True when ``pos`` is the first non-blank of a paragraph (or of the text)."""
    return _PARAGRAPH_OPENS.search(text, max(0, pos - 16), pos) is not None


def _opens(text: str, pos: int) -> bool:
    """True when the straight quote at ``pos`` can open a passage."""
    before = text[pos - 1] if pos else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    return before in _OPEN_AFTER and not after.isspace()


def _closes(text: str, pos: int) -> bool:
    """True when the straight quote at ``pos`` can close a passage, also one set off by a
    space after the passage's last full stop ('…for this war. " Communication of')."""
    before = text[pos - 1] if pos else "\n"
    after = text[pos + 1] if pos + 1 < len(text) else "\n"
    if not after.isspace() and after not in ".,;:!?)”":
        return False
    return before not in _CLOSE_BEFORE or (before == " " and text[pos - 2 : pos - 1] in _STOPS)


def _straight_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Pair straight double quotes by whether each opens or closes a passage."""
    opened: int | None = None
    for match in re.finditer('"', text):
        pos = match.start()
        opens, closes = _opens(text, pos), _closes(text, pos)
        if opens and not closes:
            if opened is None or text[pos - 1] == "\n":
                opened = pos if opened is None else opened
            else:
                opened = pos
        elif closes and opened is not None:
            yield opened, pos + 1, False
            opened = None
        elif closes:
            yield paragraph_start(text, max(0, pos - 3000), pos), pos + 1, True


def _mixed_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """Passages opened by a curly mark and closed by a straight one, or the other way round:
    each straight quote is paired with the nearest curly mark when no other mark is between."""
    pos = text.find('"')
    while pos >= 0:
        if _closes(text, pos):
            opener = text.rfind("“", max(0, pos - MIXED_REACH), pos)
            if opener >= 0 and not _has_mark(text, opener + 1, pos, '"”'):
                yield opener, pos + 1, False
        elif _opens(text, pos):
            closer = text.find("”", pos, pos + MIXED_REACH)
            if closer >= 0 and not _has_mark(text, pos + 1, closer, '"“'):
                yield pos, closer + 1, False
        pos = text.find('"', pos + 1)


def _has_mark(text: str, start: int, end: int, marks: str) -> bool:
    """True when one of ``marks`` is in ``text[start:end]``."""
    return any(text.find(mark, start, end) >= 0 for mark in marks)


# --- who said it ---------------------------------------------------------------------------


def _attribution(text: str, start: int, end: int) -> _Attribution | None:
    """The speaker named around a quote, after it or else before it."""
    after = _speaker_after(text, start, end)
    if after is not None:
        return after
    before = speaker_name(_speaker_before(text, start))
    return _Attribution(before, end, after=False) if before else None


def _speaker_after(text: str, start: int, end: int) -> _Attribution | None:
    """The speaker named right after a quote: '," the Ministry said', ', said X', '», – X';
    none for a quote that is a noun in its sentence ('the repeal of “Don’t Ask, Don’t
    Tell,” the Department of Defense announced')."""
    if qp.NOUN_LEAD_BEFORE.search(text, max(0, start - 12), start):
        return None
    found = qp.SAID_AFTER.match(text, end)
    if found and found.group("verb2") and _opens_next_sentence(text, end, found):
        found = None
    if found is None:
        found = qp.GROUP_AFTER.match(text, end)
        if found and not _reports_after(text, found):
            found = None
    if found:
        name = speaker_name(found.group("name1") or found.group("name"))
    else:
        found = qp.DASH_AFTER.match(text, end)
        name = speaker_name(found.group("name")) if found else None
    return _Attribution(name, found.end(), after=True) if found and name else None


def _reports_after(text: str, found: re.Match[str]) -> bool:
    """``reports`` for described people after a quote ('," one of them said')."""
    if found["verb1"]:
        return reports(found["verb1"], "")
    return reports(found["verb2"], text[found.end("name") : found.start("verb2")])


def _opens_next_sentence(text: str, end: int, found: re.Match[str]) -> bool:
    """True when "X said" after a quote that ends a sentence starts the next sentence
    ('“…today.” You said it will…', '“…?” He said, “…”') instead of attributing this one."""
    last = text[end - 2] if end >= 2 else ""
    name = found.group("name")
    if last not in ".!?…" or not name[:1].isupper():
        return False
    return last in ".…" or bool(re.match(r"[\s,:]*[“\"«]", text[found.end() : found.end() + 4]))


def _speaker_before(text: str, start: int) -> str | None:
    """The speaker named right before a quote: 'X said:', '**X:**', 'according to X,'."""
    label = (
        label_before(text, start)
        or source_line_before(text, start)
        or plain_label_before(text, start)
    )
    if label is not None:
        return label
    return _said_before(text, start) or layout_label_before(text, start)


def _said_before(text: str, start: int) -> str | None:
    """The speaker of 'X said:', 'X said today, quote,' or 'according to X,' before a quote."""
    low = paragraph_start(text, max(0, start - BEFORE_REACH), start)
    verb = qp.VERB_BEFORE.search(text, max(low, start - VERB_REACH), start)
    if verb:
        low = max(low, sentence_start(text, start))
        if verb.start() < low:
            verb = qp.VERB_BEFORE.search(text, low, start)
        if verb is None:
            return None
        name = speaker_before_verb(text, low, verb.start())
        name = name or post_before_verb(text, low, verb.start())
        said = verb.group().split(maxsplit=1)[0].rstrip(",:")
        if said == "asked" and _passive(text, low, verb.start()):
            return None  # "the President was asked, “…”": the question put to him
        if said in nm.SELF_ONLY_VERBS and (name or "").lower() not in nm.SPEAKING_SELF:
            return None  # "the question people ask is: “…”": anyone's question
        return name
    if not any(text.find(hint, low, start) >= 0 for hint in _ACCORDING_HINTS):
        return None
    low = max(low, sentence_start(text, start))
    according = None
    for according in qp.ACCORDING_TO_ANY.finditer(text, low, start):  # noqa: B007 - last
        pass
    return according.group("name") if according else None


def _passive(text: str, low: int, verb: int) -> bool:
    """True when the word before a speech verb at ``verb`` makes it passive ("was asked")."""
    before = text[max(low, verb - 12) : verb].split()
    return bool(before) and before[-1].lower() in nm.PASSIVE_MARKS


def _continuing(text: str, start: int, end: int, last: _Attribution | None) -> _Attribution | None:
    """The previous quote's speaker when this quote goes straight on from it: in the same
    paragraph after its attribution sentence, or opening the next paragraph."""
    if last is None or not 0 <= start - last.ends <= CONTINUATION_REACH + 4:
        return None
    gap = text[last.ends : start]
    if _MARKS.intersection(gap) or _ATTRIBUTION_AFTER.match(text, end):
        return None  # the quote has an attribution of its own, one that was not understood
    breaks = list(qp.BLANK_LINE.finditer(gap))
    if len(breaks) > 1 or (breaks and gap[breaks[0].end() :].strip()):
        return None
    tail = gap[: breaks[0].start()] if breaks else gap
    if last.after:
        ok = len(qp.SENTENCE_BREAK.findall(tail + " ")) <= 1
    else:
        ok = not tail.strip(" \t\n\u00a0,.;:")
    return _carried(last, end) if ok else None


def _resumed(text: str, start: int, end: int, seen: _Seen) -> _Attribution | None:
    """The previous quote's speaker when this quote takes up its words again after an aside
    in the same paragraph: '“…,” he said — “and so on”', '“…love…” — who do you love — “…will
    you”': it opens with an ellipsis, or in lowercase within the same sentence, or follows an
    aside set off by dashes ('“Please raise your hand” — I’d look at the students — “Please
    …”')."""
    last = seen.last
    if last is None or not seen.quoted or last.ends < seen.quoted[-1][1]:
        return None  # the quote just before had no speaker
    if not 0 <= start - last.ends <= CONTINUATION_REACH:
        return None
    opening = text[start + 1 : start + 5].lstrip("\\[")
    ellipsis = opening.startswith(("…", "...")) or bool(
        _DASH_ASIDE.fullmatch(text, seen.quoted[-1][1], start)  # "” — the Europeans — “"
    )
    if not ellipsis and not opening[:1].islower():
        return None
    gap = text[last.ends : start]
    if _MARKS.intersection(gap) or qp.BLANK_LINE.search(gap) or _ATTRIBUTION_AFTER.match(text, end):
        return None
    if not ellipsis and qp.SENTENCE_BREAK.search(text, seen.quoted[-1][1] - 2, start):
        return None  # a new sentence, in lowercase: "“….” He also found that “most …”"
    return _carried(last, end)


def _answers(text: str, end: int, seen: _Seen) -> bool:
    """True when the quote ending at ``end`` may answer a question quoted just before it, so
    is not the asker's ("“Why honey?” I asked.  “Because in fifth period, …”")."""
    if not seen.quoted:
        return False
    asked = seen.quoted[-1][1]
    return text[asked - 2 : asked - 1] == "?" and text[end - 2 : end - 1] != "?"


def _carried(last: _Attribution, end: int) -> _Attribution:
    """The previous quote's speaker carried over to a quote that ends at ``end``."""
    return _Attribution(last.speaker, end, after=False, narrator=last.narrator)


def _words_of(text: str, start: int, end: int) -> _Attribution | None:
    """X for a quote right after "These are the words of X", or one that opens a sentence
    near "the words of X" earlier in its paragraph."""
    lead = qp.WORDS_OF_AFTER.match(text, end)
    found = qp.WORDS_OF.match(text, lead.end()) if lead else None
    low = max(0, start - WORDS_OF_REACH)
    if (
        found is None
        and _opens_sentence(text, start)
        and any(text.find(hint, low, start) >= 0 for hint in _WORDS_OF_HINTS)
    ):
        paragraph = qp.BLANK_LINE.search(text[low:start][::-1])
        low = start - paragraph.start() if paragraph else low
        for found in qp.WORDS_OF.finditer(text, low, start):  # noqa: B007 - the last
            pass
        if found is not None and _MARKS.intersection(text[found.end() : start]):
            found = None
    if found is None:
        return None
    name = found.group("name")
    if _CYRILLIC_WORD.match(name):  # "слова ... Президента Республіки Польща Леха Качинського"
        name = nominative(" ".join(last_name_words(name.split())))
    name = speaker_name(name)
    return _Attribution(name, end, after=False) if name else None


def _captioned(text: str, start: int, end: int) -> _Attribution | None:
    """The person the caption of a quote that opens the text names (``lead_caption_speaker``)."""
    name = lead_caption_speaker(text, start, end)
    return _Attribution(name, end, after=False) if name else None


def _released(text: str, start: int, end: int, narrator: Narrator | None) -> _Attribution | None:
    """The statement's speaker for a quote that makes up whole paragraphs of a release
    that opens with a quotation mark: remarks or a statement given all in quotation marks
    ("Excerpts of Remarks as Prepared for Delivery by President …": '“I have made …”')."""
    if narrator is None or not narrator.throughout or not _OPENS_QUOTED.match(text):
        return None
    if not _opens_paragraph(text, start):
        return None
    if not qp.PARAGRAPH_END.match(text, end):
        return None
    return _Attribution(narrator.name, end, after=False, narrator=True)


def _whole(text: str, start: int, end: int, narrator: Narrator | None) -> _Attribution | None:
    """The statement's speaker for a quote that is all of its text: a speech or an address
    published as its one quoted passage ("Speech by Volodymyr Zelenskyi …": «We are …»)."""
    if narrator is None or text[:start].strip(_FRAME) or text[end:].strip(_FRAME):
        return None
    if len(text[start:end].split(maxsplit=WHOLE_MIN_WORDS)) < WHOLE_MIN_WORDS:
        return None  # a slogan or a title
    return _Attribution(narrator.name, end, after=False, narrator=True)


def _opens_sentence(text: str, start: int) -> bool:
    """True when a quote starts a sentence, a paragraph or a clause after a colon."""
    before = text[max(0, start - 3) : start].rstrip(" \t\u00a0")
    return not before or before[-1] in ".!?:\n"


def _source_after(text: str, end: int, citations: list[Fact]) -> dict[str, object] | None:
    """The citation that follows a quote in parentheses, as its fields, if any."""
    for citation in citations:
        if 0 <= citation.start - end <= 4 and "(" in text[end : citation.start + 1]:
            return dict(citation.fields)
    return None
