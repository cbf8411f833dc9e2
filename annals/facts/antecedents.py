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

from typing import NamedTuple

from annals.facts import names as nm
from annals.facts import quote_patterns as qp
from annals.facts.spans import sentence_start
from annals.facts.speakers import bare_name, is_group, speaker_name

#: How far back a person may be named for "he said".
PRONOUN_REACH = 600
#: How long a stage direction may be before a name in it.
STAGE_REACH = 120
#: How far back the last speaker may be for "he said" when they were described, not named ("a
#: man came up to me and said"): a story about a passer-by is short.
DESCRIBED_REACH = 300
#: How far back, and how many sentences back, a person named by a given name alone may be
#: for "he said" when no one else is named: a longer story has someone else in it.
GIVEN_NAME_REACH = 300
GIVEN_NAME_SENTENCES = 7
_ORG_HEADS = frozenset(nm.ORG_HEADS)
_GROUP_PLURAL = frozenset(nm.GROUP_SPEAKERS)
_ORG_NAMES = frozenset(nm.ORG_NAMES)
#: Titles that stand where a name should be after "Mr." or "Madam" only when one speaks to
#: their holder ("Mr. President", "Madam Vice President", "Mr. Speaker").
_TITLES_AS_NAMES = frozenset((*nm.BARE_TITLE_MENTIONS, *nm.VOCATIVE_TITLES))
#: Words that describe a past holder of the speaker's post, but name no one for the "only
#: person named" ("my predecessor").
_PREDECESSORS = frozenset(nm.PREDECESSOR_WORDS)
#: Words a name spoken to comes right after ("Q    Jen,", "Thank you, Senator,").
_VOCATIVE_LEADS = (*nm.TURN_MARKS, *nm.GREETINGS)
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


class _Mention(NamedTuple):
    """A person named before "he said": where, the name, a title that may tell their sex,
    and whether they are the subject of a speech verb ("Congressman Schiff said")."""

    pos: int
    name: str
    title: str
    said: bool = False


def antecedent(
    text: str,
    start: int,
    pronoun: str,
    speakers: list[tuple[int, str]],
    quoted: list[tuple[int, int]],
    speaking: frozenset[str] = frozenset(),
) -> str | None:
    """The person "he" or "she" before ``start`` stands for, or None when unsure.

    Candidates are the last speaker and the people named since (with a title, "Pope
    Francis", or a cue, "named Aliyah", "McConnell, who"), less those of the other sex,
    those named inside quotes, those spoken to ("Mr. President?"), the one whose turn it is
    (``speaking``: "he" in the President's words is someone else) and the subjects of stage
    directions ("(The President makes the sign of the cross.)"). The subject of this
    sentence wins ("Congresswoman X — and she tweeted ... She says"), then the last one who
    said something in this sentence or the one before, then the subject of the one before,
    then the last person named in those two sentences (a title with no name too: "the
    President"), then the only person named. "They" stands for no one person. ``speakers``
    are the (offset, name) of the speakers of the quotes before, ``quoted`` the spans of
    those quotes. When that finds no one, people named by a known given name ("Ron Johnson",
    "Donald Trump") and the speaker's relatives named two sentences back count too.
    """
    if pronoun not in nm.HE and pronoun not in nm.SHE:
        return None
    found = _antecedent(text, start, pronoun, speakers, quoted, speaking, wider=False)
    if found is None:
        found = _antecedent(text, start, pronoun, speakers, quoted, speaking, wider=True)
    return found


def _antecedent(
    text: str,
    start: int,
    pronoun: str,
    speakers: list[tuple[int, str]],
    quoted: list[tuple[int, int]],
    speaking: frozenset[str],
    *,
    wider: bool,
) -> str | None:
    """``antecedent``, with the ``_wider_mentions`` too when ``wider``."""
    sentence, previous = _this_and_last_sentence(text, start)
    candidates = _mentions(text, start, speakers, sentence, previous)
    if wider:
        candidates = sorted(candidates + _wider_mentions(text, start, previous))
    agreeing = [
        mention
        for mention in candidates
        if _agrees(pronoun, mention.title)
        and not any(s <= mention.pos < e for s, e in quoted[-20:])
    ]
    mentions = [
        mention
        for mention in agreeing
        if bare_name(mention.name) not in speaking and not _in_stage_direction(text, mention.pos)
    ]
    if not mentions:
        return None
    subject = _subject(text, mentions, sentence)
    if subject is not None:
        return subject
    sayers = [mention.name for mention in mentions if mention.said and mention.pos >= previous]
    if sayers:
        return sayers[-1]
    subject = _subject(text, mentions, previous)
    if subject is not None:
        return subject
    if mentions[-1].pos >= previous:
        return mentions[-1].name
    named = [
        mention.name
        for mention in mentions
        if not mention.name.startswith("the ") and mention.name.lower() not in _PREDECESSORS
    ]
    if named and named[-1] != agreeing[-1].name:
        return None  # "Dr. O’Connor … the President, he": not the only one named
    if len({name.split()[-1] for name in named}) == 1:
        return named[-1]
    return None


def _this_and_last_sentence(text: str, start: int) -> tuple[int, int]:
    """Where the sentence holding ``start`` and the one before it start."""
    sentence = sentence_start(text, start)
    return sentence, sentence_start(text, max(0, sentence - 2))


def _subject(text: str, mentions: list[_Mention], since: int) -> str | None:
    """The first person named since ``since`` who is the subject of the sentence there."""
    for pos, name, _, _ in mentions:
        if pos >= since and qp.SUBJECT_LEAD.match(text, since, pos):
            return name
    return None


def _mentions(
    text: str, start: int, speakers: list[tuple[int, str]], sentence: int, previous: int
) -> list[_Mention]:
    """The last speaker and the people named after it; ``sentence`` and ``previous`` are
    where the sentence holding ``start`` and the one before it start."""
    mentions: list[_Mention] = []
    low = max(0, start - PRONOUN_REACH)
    reach = DESCRIBED_REACH if speakers and is_group(speakers[-1][1]) else 2 * PRONOUN_REACH
    if speakers and speakers[-1][0] >= start - reach:
        last = speakers[-1][1]
        mentions.append(_Mention(speakers[-1][0], last, _sex_of(last)))
        low = max(low, speakers[-1][0])
    for found in qp.SPEAKER_PERSON.finditer(text, low, start):
        name = " ".join(_whole_words(text, found.start("name"), found.end("name")).split())
        if name.rsplit(" ", 1)[-1] in _ORG_HEADS:  # not "Justice Department"
            continue
        if name in _TITLES_AS_NAMES or _is_vocative(text, found.start(), found.end()):
            continue  # "Mr. President", "Thank you, Senator Smith!": the one spoken to
        mentions.append(_Mention(found.start(), name, found["title"]))
    for found in qp.PERSON_CUE.finditer(text, low, start):
        name = found.group("named") or found.group("who")
        if found.group("who") and _after_capitalised(text, found.start()):
            continue  # "of New Jersey, who": only part of a longer name
        mentions.append(_Mention(found.start(), " ".join(name.split()), ""))
    for found in qp.SAID_PERSON.finditer(text, low, start):
        if found["pronoun"] and text[max(0, found.start() - 2) : found.start()] != ", ":
            continue  # "went to Saudi Arabia, he said": only "The senator, X, he said" names X
        words = _whole_words(text, found.start("name"), found.end("name")).split()
        if _may_be_person(words):
            mentions.append(_Mention(found.start(), speaker_name(" ".join(words)) or "", "", True))
    subject = qp.SUBJECT_NAME.match(text, max(low, sentence), start)
    if subject is not None:
        words = _whole_words(text, subject.start("name"), subject.end("name")).split()
        if _may_be_person(words) and _is_bare_name(words, text, subject.end("name")):
            mentions.append(_Mention(subject.start("name"), " ".join(words), ""))
    for found in qp.KIN_MENTION.finditer(text, max(low, previous), start):  # this or the last
        # sentence only: "my dad" is often named in passing in a story about someone else
        if _starts_word(text, found.start()) and not text.endswith("like ", 0, found.start()):
            kin = speaker_name(found.group()) or ""  # not "like my sister": a comparison
            mentions.append(_Mention(found.start(), kin, _sex_of(kin)))
    for found in qp.ADDRESSEE.finditer(text, low, start):
        name = " ".join(found["name"].split())
        if _starts_word(text, found.start()) and not name.isupper() and _may_be_addressee(name):
            mentions.append(_Mention(found.start("name"), name, ""))
    for found in qp.BARE_TITLE.finditer(text, low, start):
        title = " ".join((found["title"] or found["slavic"]).split())
        if not _is_vocative(text, found.start(), found.end()):
            name = f"the {title}" if found["title"] else title
            mentions.append(_Mention(found.start(), name, title))
    for found in qp.QUALIFIED_TITLE.finditer(text, low, start):
        mentions.append(_Mention(found.start(), _qualified_name(found["name"]), ""))
    return sorted(mentions)


def _wider_mentions(text: str, start: int, previous: int) -> list[_Mention]:
    """People named by a known given name ("Ron Johnson") before ``start``, not as the owner
    of something ("George Floyd’s life"), the object of a preposition ("He says of Kamala
    Harris") or the end of a longer name ("Coretta Scott King"); and the speaker's relatives
    in the two sentences before the one that starts at ``previous`` ("my wife teaches …; she
    has an expression; she says")."""
    low = max(0, start - PRONOUN_REACH)
    mentions: list[_Mention] = []
    for found in qp.GIVEN_NAME_PERSON.finditer(text, max(0, start - GIVEN_NAME_REACH), start):
        words = found["name"].split()
        before = text[max(0, found.start() - 20) : found.start()].split()
        if not _starts_word(text, found.start()) or not _may_be_person(words):
            continue
        if len(qp.SENTENCE_BREAK.findall(text, found.end(), start)) > GIVEN_NAME_SENTENCES:
            continue
        if text.startswith(("’s", "'s", "’", "'"), found.end()):
            continue
        if before and _ends_name_or_object(before[-1]):
            continue
        mentions.append(_Mention(found.start(), " ".join(words), ""))
    earlier = sentence_start(text, max(0, sentence_start(text, max(0, previous - 2)) - 2))
    for found in qp.KIN_MENTION.finditer(text, max(low, earlier), previous):
        if _starts_word(text, found.start()) and not text.endswith("like ", 0, found.start()):
            kin = speaker_name(found.group()) or ""
            named = qp.KIN_NAME.match(text, found.end())  # "my son Beau", "my wife, Jill,"
            mentions.append(_Mention(found.start(), named["name"] if named else kin, _sex_of(kin)))
    return mentions + _described_mentions(text, max(low, start - DESCRIBED_REACH), start)


def _described_mentions(text: str, low: int, start: int) -> list[_Mention]:
    """People described, not named, between ``low`` and ``start``, as "he" may stand for
    when no one is named ("I was standing next to the mayor of the city in China, and … he
    said" -> "mayor"; "the former governor of New Jersey" keeps the place that names him)."""
    mentions: list[_Mention] = []
    for found in qp.DESCRIBED_PERSON.finditer(text, low, start):
        if _starts_word(text, found.start()) and not _named_since(text, found.end(), start):
            name = " ".join(found["name"].split())
            mentions.append(_Mention(found.start(), name, _sex_of(found["noun"])))
    return mentions


def _named_since(text: str, pos: int, start: int) -> bool:
    """True when a capitalised word inside a sentence between ``pos`` and ``start`` (quotes
    left out) may name someone whom "he" stands for rather than the person described before
    it ("a senator … And Macron looked at me, and he said"); a place after a preposition ("in
    China") and "I" do not."""
    between = qp.QUOTED_PASSAGE.sub(" ", text[pos:start])
    for found in qp.INNER_CAPITALISED.finditer(between):
        before = found["before"].lower()
        if found["word"] not in nm.SPEAKING_SELF_FORMS and before not in nm.PLACE_LEADS:
            return True
    return False


def _ends_name_or_object(word: str) -> bool:
    """True when ``word`` before a name makes it part of a longer name ("Coretta Scott King")
    or the object of a preposition ("of Kamala Harris"); not a sentence's first word."""
    if word in nm.OBJECT_LEADS or word in nm.NAME_ABBREVIATIONS:
        return True  # "Mr. Daniel Frost": ``SPEAKER_PERSON`` reads the title and its sex
    if not word[:1].isupper() or word.lower() in nm.LEADING_CONJUNCTIONS:
        return False
    return not word.endswith((".", ",", ":", ";", "!", "?", ")"))


def _qualified_name(found: str) -> str:
    """A qualified title as a speaker: "former President" -> "the former President"."""
    name = " ".join(found.split())
    if name.split()[0].lower() in ("the", "my", "our"):
        return name[:1].lower() + name[1:]
    return f"the {name}"


def _is_vocative(text: str, start: int, end: int) -> bool:
    """True for a name the speaker calls out to, not one they tell of: it ends a question or
    an exclamation ("Mr. President?"), or it is set off by commas after a turn mark or a
    greeting ("Q    Jen, you mentioned", "Thank you, Senator,")."""
    after = text[end : end + 3].lstrip(" \t\u00a0")
    if after[:1] in ("?", "!"):
        return True
    if after[:1] != "," or text.startswith(("the ", "The "), start):
        return False  # "Q    The President, when he spoke": told of, not spoken to
    before = text[max(0, start - 16) : start].rstrip(" \t\u00a0")
    return not before or before.endswith(_VOCATIVE_LEADS)


def _in_stage_direction(text: str, pos: int) -> bool:
    """True for a name in a stage direction of a transcript, a parenthesis that opens a
    sentence ("(The President makes the sign of the cross.)", "(The President presents his
    remarks to Speaker Johnson.)"), or in a turn label ("THE PRESIDENT:")."""
    if text.startswith(("THE ", "MR", "MS"), pos):
        return True
    opened = text.rfind("(", max(0, pos - STAGE_REACH), pos)
    if opened < 0 or text.find(")", opened, pos) >= 0:
        return False
    before = text[max(0, opened - 3) : opened].rstrip(" \t\n\u00a0")
    return before[-1:] in ("", ".", "!", "?", ":", ")")


def _may_be_person(words: list[str]) -> bool:
    """False for a capitalised run before "said" that names no person: one word, a body ("the
    White House has said", "Justice Department"), or a run that opens with "The" or "And"."""
    return len(words) > 1 and _may_name_someone(words)


def _starts_word(text: str, pos: int) -> bool:
    """True when a word starts at ``pos`` ("my", not the end of "dummy")."""
    return pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "’'-")


def _may_be_addressee(name: str) -> bool:
    """False for one spoken to who is no person: a body ("told Congress", "asked the
    Department"), a pronoun or a function word ("said to Him", "told And")."""
    words = name.split()
    return _may_name_someone(words) and words[-1] not in nm.NOT_SPEAKER_HEADS


def _may_name_someone(words: list[str]) -> bool:
    """False for words that open with a function word or a pronoun ("The White House",
    "And Smith") or that name a body ("Justice Department", "Congress")."""
    return (
        words[0] not in _NOT_FIRST_SAID
        and words[-1] not in _ORG_HEADS
        and " ".join(words) not in _ORG_NAMES
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


def group_antecedent(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> str | None:
    """The people described in this sentence or the one before that "they" in the report of
    the quote at ``start:end`` stands for ("one of the companies … I asked why they're
    investing in it.  They said, “…”", "looking at my staff and saying, “…”  And they said"),
    when "they" reports what was said; None when no such people are named there."""
    reported = qp.THEY_REPORTED_AFTER.match(text, end) or qp.THEY_REPORTED_BEFORE.search(
        text, max(0, start - 60), start
    )
    if reported is None:
        return None
    _, previous = _this_and_last_sentence(text, start)
    found = None
    for mention in qp.GROUP_MENTION.finditer(text, previous, start):
        inside = any(s <= mention.start() < e for s, e in quoted[-5:])
        if not inside and mention.group().split()[-1] in _GROUP_PLURAL:
            found = mention
    return speaker_name(found.group()) if found else None
