"""Whom "he" or "she" in a quote's attribution stands for: the person named last before it.

"He said, “…”" is the words of someone named earlier: the last speaker, a person with a title
("Pope Francis"), one named after a cue ("a woman named Aliyah", "McConnell, who"), a name
before a speech verb ("James Kvaal, the undersecretary, said"), a bare title ("the
President"), a name that is the subject of the sentence ("Harvey Milk was right when he
said"), the speaker's relative ("my dad … he used to say") or the one a quote was said to ("I
said to Jill, “…”  She said"). Names inside quotes do not count, nor those of the other sex
than the pronoun.
"""

from __future__ import annotations

from annals.facts import names as nm
from annals.facts import quote_patterns as qp
from annals.facts.spans import sentence_start
from annals.facts.speakers import speaker_name

#: How far back a person may be named for "he said".
PRONOUN_REACH = 600
_ORG_HEADS = frozenset(nm.ORG_HEADS)
_ORG_NAMES = frozenset(nm.ORG_NAMES)
#: Words that make a capitalised run at the start of a sentence no bare name: titles ("Former
#: Ambassador to Ukraine X" is named by ``SPEAKER_PERSON``), capitalised function words and
#: the reporter's turn mark ("Q In the interview").
_NOT_IN_BARE_NAME = (
    frozenset(nm.PERSON_TITLES)
    | nm.SPEAKER_TITLE_WORDS
    | nm.TITLE_NAME_ENDS
    | nm.TURN_MARKS
    | frozenset(word[:1].upper() + word[1:] for word in nm.NOT_SPEAKERS)
)
#: First words of a capitalised run before "said" that is no person's name ("The White House
#: said", "And Smith said").
_NOT_FIRST_SAID = frozenset(
    word[:1].upper() + word[1:]
    for word in ("the", *nm.LEADING_CONJUNCTIONS, *nm.NOT_SPEAKERS, *nm.SPEAKER_PRONOUNS)
)


def antecedent(
    text: str,
    start: int,
    pronoun: str,
    speakers: list[tuple[int, str]],
    quoted: list[tuple[int, int]],
) -> str | None:
    """The person "he" or "she" before ``start`` stands for, or None when unsure.

    Candidates are the last speaker and the people named since (with a title, "Pope
    Francis", or a cue, "named Aliyah", "McConnell, who"), less those of the other sex and
    those named inside quotes. The subject of this sentence or the one before wins
    ("Congresswoman X — and she tweeted ... She says"), then the last person named in those
    two sentences (a title with no name too: "the President"), then the only person named.
    "They" stands for no one person. ``speakers`` are the (offset, name) of the speakers of
    the quotes before, ``quoted`` the spans of those quotes.
    """
    if pronoun not in nm.HE and pronoun not in nm.SHE:
        return None
    mentions = [
        (pos, name)
        for pos, name, title in _mentions(text, start, speakers)
        if _agrees(pronoun, title) and not any(s <= pos < e for s, e in quoted[-20:])
    ]
    if not mentions:
        return None
    sentence = sentence_start(text, start)
    previous = sentence_start(text, max(0, sentence - 2))
    for bound in (sentence, previous):
        for pos, name in mentions:
            if pos >= bound and qp.SUBJECT_LEAD.match(text, bound, pos):
                return name
    if mentions[-1][0] >= previous:
        return mentions[-1][1]
    named = [name for _, name in mentions if not name.startswith("the ")]
    if len({name.split()[-1] for name in named}) == 1:
        return named[-1]
    return None


def _mentions(text: str, start: int, speakers: list[tuple[int, str]]) -> list[tuple[int, str, str]]:
    """(offset, name, title) of the last speaker and of the people named after it."""
    mentions: list[tuple[int, str, str]] = []
    low = max(0, start - PRONOUN_REACH)
    if speakers and speakers[-1][0] >= start - 2 * PRONOUN_REACH:
        mentions.append((speakers[-1][0], speakers[-1][1], _sex_of(speakers[-1][1])))
        low = max(low, speakers[-1][0])
    for found in qp.SPEAKER_PERSON.finditer(text, low, start):
        name = " ".join(_whole_words(text, found.start("name"), found.end("name")).split())
        if name.rsplit(" ", 1)[-1] not in _ORG_HEADS:  # not "Justice Department"
            mentions.append((found.start(), name, found["title"]))
    for found in qp.PERSON_CUE.finditer(text, low, start):
        name = found.group("named") or found.group("who")
        if found.group("who") and _after_capitalised(text, found.start()):
            continue  # "of New Jersey, who": only part of a longer name
        mentions.append((found.start(), " ".join(name.split()), ""))
    for found in qp.SAID_PERSON.finditer(text, low, start):
        if found["pronoun"] and text[max(0, found.start() - 2) : found.start()] != ", ":
            continue  # "went to Saudi Arabia, he said": only "The senator, X, he said" names X
        words = _whole_words(text, found.start("name"), found.end("name")).split()
        if _may_be_person(words):
            mentions.append((found.start(), speaker_name(" ".join(words)) or "", ""))
    subject = qp.SUBJECT_NAME.match(text, max(low, sentence_start(text, start)), start)
    if subject is not None:
        words = _whole_words(text, subject.start("name"), subject.end("name")).split()
        if _may_be_person(words) and _is_bare_name(words, text, subject.end("name")):
            mentions.append((subject.start("name"), " ".join(words), ""))
    near = sentence_start(text, max(0, sentence_start(text, start) - 2))
    for found in qp.KIN_MENTION.finditer(text, max(low, near), start):  # this or the last
        # sentence only: "my dad" is often named in passing in a story about someone else
        if _starts_word(text, found.start()) and not text.endswith("like ", 0, found.start()):
            kin = speaker_name(found.group()) or ""  # not "like my sister": a comparison
            mentions.append((found.start(), kin, _sex_of(kin)))
    for found in qp.ADDRESSEE.finditer(text, low, start):
        name = " ".join(found["name"].split())
        if _starts_word(text, found.start()) and not name.isupper() and _may_be_addressee(name):
            mentions.append((found.start("name"), name, ""))
    for found in qp.BARE_TITLE.finditer(text, low, start):
        title = " ".join((found["title"] or found["slavic"]).split())
        mentions.append((found.start(), f"the {title}" if found["title"] else title, title))
    return sorted(mentions)


def _may_be_person(words: list[str]) -> bool:
    """False for a capitalised run before "said" that names no person: one word, a body ("the
    White House has said", "Justice Department"), or a run that opens with "The" or "And"."""
    return (
        len(words) > 1
        and words[0] not in _NOT_FIRST_SAID
        and words[-1] not in _ORG_HEADS
        and " ".join(words) not in _ORG_NAMES
    )


def _starts_word(text: str, pos: int) -> bool:
    """True when a word starts at ``pos`` ("my", not the end of "dummy")."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "’'-")


def _may_be_addressee(name: str) -> bool:
    """False for one spoken to who is no person: a body ("told Congress", "asked the
    Department"), a pronoun or a function word ("said to Him", "told And")."""
    words = name.split()
    return (
        words[0] not in _NOT_FIRST_SAID
        and words[-1] not in _ORG_HEADS
        and name not in _ORG_NAMES
        and words[-1] not in nm.NOT_SPEAKER_HEADS
    )


def _is_bare_name(words: list[str], text: str, end: int) -> bool:
    """True for a name with no title and no function word ("Harvey Milk"), not one that
    owns something ("Cesar Chavez’s partner") or a reporter's "Q In the interview"."""
    return (
        not _NOT_IN_BARE_NAME.intersection(words)
        and not text.startswith(("’s", "'s"), end)
        and not words[-1].endswith(("’s", "'s", "’", "'"))
    )


def _whole_words(text: str, start: int, end: int) -> str:
    """``text[start:end]`` stretched to the end of its last word ("Kaczy" -> "Kaczyński":
    name patterns know only English and Ukrainian letters)."""
    while end < len(text) and text[end].isalpha():
        end += 1
    return text[start:end]


def _after_capitalised(text: str, pos: int) -> bool:
    """True when the word before ``pos`` is capitalised ("New" before "Jersey")."""
    words = text[max(0, pos - 30) : pos].split()
    return bool(words) and words[-1][:1].isupper() and not words[-1].endswith(",")


def _sex_of(name: str) -> str:
    """A title telling the sex of a person described ("a young woman" -> "Ms."), else ""."""
    last = name.rsplit(" ", 1)[-1]
    if last in nm.FEMALE_PERSONS:
        return "Ms."
    return "Mr." if last in nm.MALE_PERSONS else ""


def _agrees(pronoun: str, title: str) -> bool:
    """False when a title tells the other sex than the pronoun ("she" and "Mr.")."""
    if pronoun in nm.SHE:
        return title not in nm.MALE_TITLES
    return title not in nm.FEMALE_TITLES
